#include "core/Jst.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::Jst {

QTimeZone zone()
{
    static const QTimeZone jst = QTimeZone(9 * 3600);
    return jst;
}

QDateTime toJst(const QDateTime &moment)
{
    return moment.toTimeZone(zone());
}

QDate dateOf(const QDateTime &moment)
{
    return toJst(moment).date();
}

QDateTime at(QDate date, QTime time)
{
    return QDateTime(date, time, zone());
}

QString format(const QDateTime &moment)
{
    return toJst(moment).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+09:00"_s;
}

std::optional<QDateTime> parseIso(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})$)"_s);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, u'0').toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString offsetText = m.captured(8);
    int offsetSeconds = 0;
    if (offsetText.compare(u"Z"_s, Qt::CaseInsensitive) != 0) {
        const QString digits = offsetText.mid(1).remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (offsetText.startsWith(u'-') ? -1 : 1);
    }
    const QDateTime moment(date, time, QTimeZone(offsetSeconds));
    if (!moment.isValid())
        return std::nullopt;
    return moment.toUTC();
}

} // namespace Madoguchi::Jst
