#include "notices/NoticeTemplates.h"

#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([^{}]*?)\\s*\\}\\}"_s);
    return pattern;
}

// The customer reads these, in the template's language, whatever the desk's screen is in.
NoticeText japanese(NoticeKind kind)
{
    const QString greeting = u"{{organization}}\nシステムご担当者様\n\n"
                             "いつも弊社サービスをご利用いただき、誠にありがとうございます。\n\n"_s;
    switch (kind) {
    case NoticeKind::First:
        return {u"【障害発生のお知らせ】{{functions}}"_s,
                greeting
                    + u"下記のとおり障害が発生しております。\n"
                      "ご迷惑をおかけしており、誠に申し訳ございません。\n\n"
                      "■ 対象機能：{{functions}}\n"
                      "■ 発生日時：{{start}}\n"
                      "■ 原因：{{cause}}\n"
                      "■ 状況：{{note}}\n\n"
                      "詳細が分かり次第、改めてご連絡いたします。\n"_s};
    case NoticeKind::Update:
        return {u"【続報】障害のお知らせ（{{functions}}）"_s,
                greeting
                    + u"先にお知らせいたしました障害について、続報をお知らせいたします。\n\n"
                      "■ 対象機能：{{functions}}\n"
                      "■ 発生日時：{{start}}\n"
                      "■ 復旧日時：{{end}}\n"
                      "■ 原因：{{cause}}\n"
                      "■ 状況：{{note}}\n\n"
                      "引き続き復旧に努めてまいります。状況が変わり次第、改めてご連絡いたします。\n"_s};
    case NoticeKind::Recovery:
        return {u"【復旧のお知らせ】{{functions}}"_s,
                greeting
                    + u"先にお知らせいたしました障害は、下記のとおり復旧いたしました。\n"
                      "ご迷惑をおかけいたしましたことを、深くお詫び申し上げます。\n\n"
                      "■ 対象機能：{{functions}}\n"
                      "■ 発生日時：{{start}}\n"
                      "■ 復旧日時：{{end}}\n"
                      "■ 原因：{{cause}}\n"
                      "■ 詳細：{{note}}\n"_s};
    case NoticeKind::Announcement:
        return {u"【メンテナンスのお知らせ】{{start}}〜{{end}}"_s,
                greeting
                    + u"下記の日程でシステムメンテナンスを実施いたします。\n"
                      "作業中は対象の機能をご利用いただけません。ご不便をおかけいたしますが、"
                      "ご理解とご協力をお願い申し上げます。\n\n"
                      "■ 作業日時：{{start}}〜{{end}}\n"
                      "■ 対象機能：{{functions}}\n"
                      "■ 作業内容：{{note}}\n"_s};
    }
    return {};
}

NoticeText english(NoticeKind kind)
{
    const QString greeting = u"To the system administrators of {{organization}}\n\n"
                             "Thank you for using our service.\n\n"_s;
    switch (kind) {
    case NoticeKind::First:
        return {u"[Outage] {{functions}}"_s,
                greeting
                    + u"An outage has occurred as follows. We apologise for the inconvenience.\n\n"
                      "- Affected: {{functions}}\n"
                      "- Since: {{start}}\n"
                      "- Cause: {{cause}}\n"
                      "- Status: {{note}}\n\n"
                      "We will write again as soon as we know more.\n"_s};
    case NoticeKind::Update:
        return {u"[Update] Outage of {{functions}}"_s,
                greeting
                    + u"An update on the outage we told you of.\n\n"
                      "- Affected: {{functions}}\n"
                      "- Since: {{start}}\n"
                      "- Restored: {{end}}\n"
                      "- Cause: {{cause}}\n"
                      "- Status: {{note}}\n\n"
                      "We will write again when the situation changes.\n"_s};
    case NoticeKind::Recovery:
        return {u"[Restored] {{functions}}"_s,
                greeting
                    + u"The outage we told you of is over. We apologise for the inconvenience.\n\n"
                      "- Affected: {{functions}}\n"
                      "- Since: {{start}}\n"
                      "- Restored: {{end}}\n"
                      "- Cause: {{cause}}\n"
                      "- Details: {{note}}\n"_s};
    case NoticeKind::Announcement:
        return {u"[Maintenance] {{start}} - {{end}}"_s,
                greeting
                    + u"We will carry out maintenance as follows; the functions below cannot be used "
                      "while it lasts.\n\n"
                      "- When: {{start}} - {{end}}\n"
                      "- Affected: {{functions}}\n"
                      "- Work: {{note}}\n"_s};
    }
    return {};
}

} // namespace

QStringList NoticeTemplates::placeholders()
{
    return {u"organization"_s, u"functions"_s, u"start"_s, u"end"_s, u"cause"_s, u"note"_s, u"today"_s};
}

NoticeText NoticeTemplates::builtIn(NoticeKind kind, const QString &language)
{
    return language == u"en"_s ? english(kind) : japanese(kind);
}

QString NoticeTemplates::settingName(NoticeKind kind, const QString &language, const char *part)
{
    return u"notice.template.%1.%2.%3"_s.arg(noticeKindKey(kind), language, QString::fromLatin1(part));
}

Result<NoticeText> NoticeTemplates::text(NoticeKind kind, const QString &language)
{
    const NoticeText fallback = builtIn(kind, language);
    auto subject = m_desk.settings().value(settingName(kind, language, "subject"), fallback.subject);
    if (!subject)
        return subject.error();
    auto body = m_desk.settings().value(settingName(kind, language, "body"), fallback.body);
    if (!body)
        return body.error();
    return NoticeText{*subject, *body};
}

Result<void> NoticeTemplates::save(const StaffUser &actor, NoticeKind kind, const QString &language,
                                   const NoticeText &text)
{
    if (!noticeLanguages().contains(language))
        return makeError(u"input"_s, tr("A notice template is Japanese (ja) or English (en), not \"%1\".").arg(language));
    if (text.subject.trimmed().isEmpty() || text.body.trimmed().isEmpty())
        return makeError(u"input"_s, tr("A notice template needs a subject and a body."));
    if (const QStringList unknown = unknownPlaceholders(text.subject + u'\n' + text.body); !unknown.isEmpty()) {
        return makeError(u"input"_s, tr("Unknown placeholder {{%1}}. Known: {{%2}}.")
                                         .arg(unknown.first(), placeholders().join(u"}}, {{"_s)));
    }
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    if (auto saved = m_desk.settings().setValue(actor, settingName(kind, language, "subject"), text.subject); !saved)
        return saved;
    if (auto saved = m_desk.settings().setValue(actor, settingName(kind, language, "body"), text.body); !saved)
        return saved;
    return transaction.commit();
}

QStringList NoticeTemplates::unknownPlaceholders(const QString &text)
{
    const QStringList known = placeholders();
    QStringList unknown;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

QString NoticeTemplates::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString filled;
    qsizetype done = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        filled += text.mid(done, m.capturedStart() - done);
        filled += values.value(m.captured(1), m.captured(0));
        done = m.capturedEnd();
    }
    return filled + text.mid(done);
}

} // namespace Madoguchi
