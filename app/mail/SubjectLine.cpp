#include "mail/SubjectLine.h"

#include <QRegularExpression>

#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// "[#1234]", also as typed with a Japanese IME in full width: "［＃１２３４］".
QRegularExpression compileTagPattern(const QString &prefix)
{
    QString alternatives;
    for (const QChar c : prefix) {
        alternatives += u"(?:"_s + QRegularExpression::escape(QString(c));
        if (c.unicode() > 0x20 && c.unicode() < 0x7F)
            alternatives += u"|"_s + QRegularExpression::escape(QString(QChar(c.unicode() - 0x21 + 0xFF01)));
        alternatives += u")"_s;
    }
    return QRegularExpression(u"[\\[［]\\s*"_s + alternatives + u"\\s*([0-9０-９]{1,12})\\s*[\\]］]"_s,
                              QRegularExpression::CaseInsensitiveOption);
}

// The subject of every stored mail is matched: compiled once per prefix (and thread, as the
// desktop syncs on a thread of its own) rather than for each mail.
const QRegularExpression &tagPattern(const QString &prefix)
{
    thread_local std::optional<std::pair<QString, QRegularExpression>> compiled;
    if (!compiled || compiled->first != prefix)
        compiled.emplace(prefix, compileTagPattern(prefix));
    return compiled->second;
}

} // namespace

QString SubjectLine::withoutReplyPrefixes(const QString &subject)
{
    static const QRegularExpression prefix(u"^\\s*(?:(?:re|fwd?|aw|wg|sv|vs|antw|tr|rif|ref|réf|転送|返信|回复|答复|"
                                           u"轉寄)\\s*(?:\\[\\d+\\]|\\(\\d+\\)|\\^\\d+)?\\s*[:：>]\\s*"
                                           "|【(?:転送|返信)】\\s*)+"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
    QString out = subject.simplified();
    out.remove(prefix);
    return out.trimmed();
}

std::optional<qint64> SubjectLine::ticketNumber(const QString &subject, const QString &prefix)
{
    const auto match = tagPattern(prefix).match(subject);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 number = match.captured(1).normalized(QString::NormalizationForm_KC).toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

QString SubjectLine::forDisplay(const QString &subject, const QString &prefix)
{
    QString out = withoutReplyPrefixes(subject);
    const auto match = tagPattern(prefix).match(out);
    if (match.hasMatch()) {
        out.remove(match.capturedStart(), match.capturedLength());
        out = withoutReplyPrefixes(out); // "[#12] Re: ..." after the tag
    }
    return out.simplified();
}

QString SubjectLine::tag(qint64 ticketNumber, const QString &prefix)
{
    return u"["_s + prefix + QString::number(ticketNumber) + u"]"_s;
}

} // namespace Madoguchi
