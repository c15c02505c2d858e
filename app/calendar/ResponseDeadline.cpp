#include "calendar/ResponseDeadline.h"

#include "calendar/DayOffText.h"
#include "core/Jst.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Weekday names alone are ambiguous once receipt and deadline are a week or more apart
// (the year-end break), so long spans also show the month and day.
bool needsDates(const ResponseDeadline &d)
{
    return Jst::dateOf(d.received).daysTo(Jst::dateOf(d.deadline)) >= 7;
}

QString momentLabel(const QDateTime &moment, bool withDate)
{
    const QDateTime jst = Jst::toJst(moment);
    const QString day = DayOffText::weekdayShort(jst.date().dayOfWeek());
    const QString time = jst.toString(u"HH:mm"_s);
    if (withDate)
        return jst.toString(u"M/d"_s) + u' ' + day + u' ' + time;
    return day + u' ' + time;
}

QString skippedLabel(const SkippedDay &day, bool withDate)
{
    const QString name = QLocale().language() == QLocale::Japanese ? day.name : day.nameEn;
    QString label = DayOffText::weekdayName(day.date.dayOfWeek());
    if (withDate)
        label = day.date.toString(u"M/d"_s) + u' ' + label;
    const QString reason = DayOffText::shortLabel(day.reason, name);
    if (reason.isEmpty())
        return label;
    return QCoreApplication::translate("DayOffText", "%1 (%2)").arg(label, reason);
}

// The summary gives a long unbroken break as one range ("excluding 9 days off, 4/29 to 5/6").
bool summaryGivesARange(const ResponseDeadline &d)
{
    const qsizetype skipped = d.skippedDays.size();
    return skipped > 5 && d.skippedDays.first().date.daysTo(d.skippedDays.last().date) + 1 == skipped;
}

// The explanation's lines after the summary; without `times`, only those the summary does
// not already say.
QStringList detailLines(const ResponseDeadline &d, bool times)
{
    QStringList lines;
    if (!d.deadline.isValid())
        return lines;
    const QDateTime jst = Jst::toJst(d.received);
    if (times) {
        lines.append(QCoreApplication::translate("ResponseDeadline", "Received: %1 %2 JST")
                         .arg(DayOffText::dateWithWeekday(jst.date()), jst.toString(u"HH:mm:ss"_s)));
    }
    if (d.urgent) {
        lines.append(
            QCoreApplication::translate("ResponseDeadline", "Rule: urgent, answered within %1 min on a 24×7 clock")
                .arg(d.urgentTargetMinutes));
        if (!d.urgentReason.isEmpty())
            lines.append(QCoreApplication::translate("ResponseDeadline", "Urgent because %1").arg(d.urgentReason));
    } else {
        if (d.acceptanceDate != jst.date())
            lines.append(
                QCoreApplication::translate("ResponseDeadline", "Accepted on: %1 (received outside business hours)")
                    .arg(DayOffText::dateWithWeekday(d.acceptanceDate)));
        else if (times)
            lines.append(QCoreApplication::translate("ResponseDeadline", "Accepted on: %1")
                             .arg(DayOffText::dateWithWeekday(d.acceptanceDate)));
        if (times || summaryGivesARange(d)) {
            for (const SkippedDay &day : d.skippedDays) {
                const QString name = QLocale().language() == QLocale::Japanese ? day.name : day.nameEn;
                lines.append(QCoreApplication::translate("ResponseDeadline", "Skipped: %1, %2")
                                 .arg(DayOffText::dateWithWeekday(day.date), DayOffText::reasonLabel(day.reason, name)));
            }
        }
        lines.append(d.policy == DeadlinePolicy::NextBusinessDay
                         ? QCoreApplication::translate(
                             "ResponseDeadline",
                             "Rule: by the close of business on the next business day after the day of receipt")
                         : QCoreApplication::translate(
                             "ResponseDeadline",
                             "Rule: mail received outside business hours is accepted on the next business day; "
                             "due by the close of business on the business day after acceptance"));
    }
    if (times) {
        const QDateTime due = Jst::toJst(d.deadline);
        lines.append(QCoreApplication::translate("ResponseDeadline", "Due: %1 %2 JST")
                         .arg(DayOffText::dateWithWeekday(due.date()), due.toString(u"HH:mm:ss"_s)));
    }
    return lines;
}

} // namespace

QString ResponseDeadline::summary() const
{
    if (!deadline.isValid())
        return QCoreApplication::translate("ResponseDeadline", "No deadline (the receipt time is unknown)");
    const bool withDate = needsDates(*this);
    if (urgent) {
        return QCoreApplication::translate("ResponseDeadline",
                                           "Received %1 → due %2 (urgent: within %3 min, around the clock)")
            .arg(momentLabel(received, withDate), momentLabel(deadline, withDate))
            .arg(urgentTargetMinutes);
    }
    QString text = QCoreApplication::translate("ResponseDeadline", "Received %1 → due %2")
                       .arg(momentLabel(received, withDate), momentLabel(deadline, withDate));
    const qsizetype skipped = skippedDays.size();
    if (summaryGivesARange(*this)) {
        // A long unbroken break (Golden Week, the year end) reads better as one range; the
        // explanation below still lists every day with its reason.
        const auto dayLabel = [](QDate d) -> QString {
            return d.toString(u"M/d"_s) + u' ' + DayOffText::weekdayShort(d.dayOfWeek());
        };
        text += QCoreApplication::translate("ResponseDeadline", " (excluding %1 days off, %2 to %3)")
                    .arg(skipped)
                    .arg(dayLabel(skippedDays.first().date), dayLabel(skippedDays.last().date));
    } else if (!skippedDays.isEmpty()) {
        QStringList items;
        for (const SkippedDay &day : skippedDays)
            items.append(skippedLabel(day, withDate));
        text += QCoreApplication::translate("ResponseDeadline", " (excluding %1)")
                    .arg(items.join(QCoreApplication::translate("ResponseDeadline", ", ")));
    }
    return text;
}

QString ResponseDeadline::explanation() const
{
    const QString rest = details();
    return rest.isEmpty() ? summary() : summary() + u'\n' + rest;
}

QString ResponseDeadline::details() const
{
    return detailLines(*this, true).join(u'\n');
}

QString ResponseDeadline::reasons() const
{
    return detailLines(*this, false).join(u'\n');
}

} // namespace Madoguchi
