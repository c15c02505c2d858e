#include "tickets/UrgencyRules.h"

#include "store/SettingsTable.h"
#include "store/TransactionGuard.h"
#include "tickets/AuditLog.h"
#include "tickets/TeamDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

UrgencyRules::UrgencyRules(QList<UrgencyRule> rules)
    : m_rules(std::move(rules))
{
    compile();
}

UrgencyRules UrgencyRules::defaults()
{
    return UrgencyRules({ { u"緊急"_s, false },
                          { u"至急"_s, false },
                          { u"メール配信が停止"_s, false },
                          { u"配信(バッチ)?が(止ま|停止|失敗)"_s, true },
                          { u"(ログイン|利用|アクセス)(が|も)?でき(ない|ません)"_s, true } });
}

QString UrgencyRules::normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

void UrgencyRules::compile()
{
    m_compiled.clear();
    for (const UrgencyRule &rule : std::as_const(m_rules)) {
        if (rule.regularExpression) {
            // NFKC only: case folding would turn \S into \s; the option ignores case instead.
            m_compiled.append(QRegularExpression(rule.pattern.normalized(QString::NormalizationForm_KC),
                                                 QRegularExpression::CaseInsensitiveOption
                                                     | QRegularExpression::UseUnicodePropertiesOption));
        } else {
            m_compiled.append(QRegularExpression());
        }
    }
}

Result<void> UrgencyRules::validate() const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const UrgencyRule &rule = m_rules.at(i);
        if (rule.pattern.trimmed().isEmpty()) {
            return makeError(u"urgency-rule"_s,
                             QCoreApplication::translate("UrgencyRules", "Rule %1 is empty.").arg(i + 1));
        }
        if (rule.regularExpression && !m_compiled.at(i).isValid()) {
            return makeError(u"urgency-rule"_s,
                             QCoreApplication::translate("UrgencyRules",
                                                         "Rule %1 (\"%2\") is not a valid regular expression: %3 "
                                                         "at offset %4.")
                                 .arg(i + 1)
                                 .arg(rule.pattern, m_compiled.at(i).errorString())
                                 .arg(m_compiled.at(i).patternErrorOffset()));
        }
    }
    return {};
}

std::optional<UrgencyRule> UrgencyRules::firstMatch(const QString &subject, const QString &body) const
{
    if (m_rules.isEmpty())
        return std::nullopt;
    const QString text
        = subject.normalized(QString::NormalizationForm_KC) + u'\n' + body.normalized(QString::NormalizationForm_KC);
    const QString folded = text.toCaseFolded();
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const UrgencyRule &rule = m_rules.at(i);
        if (rule.pattern.trimmed().isEmpty())
            continue;
        const bool hit = rule.regularExpression
            ? (m_compiled.at(i).isValid() && m_compiled.at(i).match(text).hasMatch())
            : folded.contains(normalised(rule.pattern.trimmed()));
        if (hit)
            return rule;
    }
    return std::nullopt;
}

QByteArray UrgencyRules::toJson() const
{
    QJsonArray array;
    for (const UrgencyRule &rule : m_rules)
        array.append(QJsonObject { { u"pattern"_s, rule.pattern }, { u"regex"_s, rule.regularExpression } });
    return QJsonDocument(QJsonObject { { u"rules"_s, array } }).toJson(QJsonDocument::Compact);
}

Result<UrgencyRules> UrgencyRules::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(u"settings"_s,
                         QCoreApplication::translate("UrgencyRules", "The stored urgent keyword rules are damaged: %1.")
                             .arg(parseError.errorString()));
    }
    QList<UrgencyRule> rules;
    const QJsonArray array = document.object().value(u"rules"_s).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        rules.append({ object.value(u"pattern"_s).toString(), object.value(u"regex"_s).toBool() });
    }
    return UrgencyRules(rules);
}

Result<UrgencyRules> UrgencyRules::load(Database &database)
{
    auto stored = SettingsTable::read(database, QString::fromLatin1(settingName));
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return defaults();
    return fromJson(stored->value().toUtf8());
}

Result<void> UrgencyRules::save(Database &database, AuditLog &audit, const StaffUser &actor) const
{
    if (!actor.isManager()) {
        return managerOnlyError(
            QCoreApplication::translate("UrgencyRules", "Only a manager can change the urgent keyword rules."));
    }
    if (auto valid = validate(); !valid)
        return valid;
    TransactionGuard transaction(database);
    if (!transaction.ok())
        return transaction.error();
    auto before = load(database);
    const QString oldValue = before ? QString::fromUtf8(before->toJson()) : QString();
    if (auto stored = SettingsTable::write(database, QString::fromLatin1(settingName), QString::fromUtf8(toJson()));
        !stored)
        return stored;
    if (auto logged = audit.record(actor, 0, u"urgency-rules"_s, oldValue, QString::fromUtf8(toJson())); !logged)
        return logged;
    return transaction.commit();
}

} // namespace Madoguchi
