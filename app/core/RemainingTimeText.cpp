#include "core/RemainingTimeText.h"

#include <QCoreApplication>

namespace Madoguchi {

namespace {

// Each caller marks its text with QT_TRANSLATE_NOOP so lupdate finds it in this context.
QString phrase(const char *text)
{
    return QCoreApplication::translate("RemainingTimeText", text);
}

QString hoursAndMinutesText(qint64 hours, qint64 minutes)
{
    if (hours == 0)
        return phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "%1 min")).arg(minutes);
    if (minutes == 0)
        return phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "%1 h")).arg(hours);
    return phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "%1 h %2 min")).arg(hours).arg(minutes);
}

} // namespace

QString RemainingTimeText::span(qint64 minutes, int businessDayMinutes, bool urgent)
{
    const qint64 total = minutes < 0 ? -minutes : minutes;
    const qint64 dayLength = urgent ? 24 * 60 : (businessDayMinutes > 0 ? businessDayMinutes : 7 * 60);
    const qint64 days = total / dayLength;
    const qint64 rest = total % dayLength;
    if (days == 0)
        return hoursAndMinutesText(rest / 60, rest % 60);
    // Past a whole day, minutes are noise: "1 business day and 3 h" is what a person reads.
    const qint64 hours = rest / 60;
    if (urgent) {
        if (hours == 0)
            return days == 1 ? phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "1 day")) : phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "%1 days")).arg(days);
        return days == 1 ? phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "1 day and %1 h")).arg(hours) : phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "%1 days and %2 h")).arg(days).arg(hours);
    }
    if (hours == 0)
        return days == 1 ? phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "1 business day")) : phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "%1 business days")).arg(days);
    return days == 1 ? phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "1 business day and %1 h")).arg(hours) : phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "%1 business days and %2 h")).arg(days).arg(hours);
}

QString RemainingTimeText::hoursAndMinutes(qint64 minutes)
{
    const qint64 total = minutes < 0 ? -minutes : minutes;
    return hoursAndMinutesText(total / 60, total % 60);
}

QString RemainingTimeText::format(qint64 minutes, int businessDayMinutes, bool urgent)
{
    const QString text = span(minutes, businessDayMinutes, urgent);
    return minutes < 0 ? phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "Overdue %1")).arg(text) : phrase(QT_TRANSLATE_NOOP("RemainingTimeText", "%1 left")).arg(text);
}

} // namespace Madoguchi
