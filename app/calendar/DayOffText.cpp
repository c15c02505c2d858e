#include "calendar/DayOffText.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

constexpr const char *context = "DayOffText";

const char *const weekdayShortNames[] = {
    QT_TRANSLATE_NOOP("DayOffText", "Mon"), QT_TRANSLATE_NOOP("DayOffText", "Tue"),
    QT_TRANSLATE_NOOP("DayOffText", "Wed"), QT_TRANSLATE_NOOP("DayOffText", "Thu"),
    QT_TRANSLATE_NOOP("DayOffText", "Fri"), QT_TRANSLATE_NOOP("DayOffText", "Sat"),
    QT_TRANSLATE_NOOP("DayOffText", "Sun"),
};

const char *const weekdayLongNames[] = {
    QT_TRANSLATE_NOOP("DayOffText", "Monday"),    QT_TRANSLATE_NOOP("DayOffText", "Tuesday"),
    QT_TRANSLATE_NOOP("DayOffText", "Wednesday"), QT_TRANSLATE_NOOP("DayOffText", "Thursday"),
    QT_TRANSLATE_NOOP("DayOffText", "Friday"),    QT_TRANSLATE_NOOP("DayOffText", "Saturday"),
    QT_TRANSLATE_NOOP("DayOffText", "Sunday"),
};

QString withName(const char *source, const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate(context, source);
    return QCoreApplication::translate("DayOffText", "%1 (%2)").arg(QCoreApplication::translate(context, source), name);
}

} // namespace

QString DayOffText::weekdayShort(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return QCoreApplication::translate(context, weekdayShortNames[dayOfWeek - 1]);
}

QString DayOffText::weekdayName(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return QCoreApplication::translate(context, weekdayLongNames[dayOfWeek - 1]);
}

QString DayOffText::reasonLabel(DayOffReason reason, const QString &name)
{
    switch (reason) {
    case DayOffReason::None:
        return QCoreApplication::translate("DayOffText", "business day");
    case DayOffReason::Saturday:
        return weekdayName(Qt::Saturday);
    case DayOffReason::Sunday:
        return weekdayName(Qt::Sunday);
    case DayOffReason::NationalHoliday:
        return withName(QT_TRANSLATE_NOOP("DayOffText", "national holiday"), name);
    case DayOffReason::SubstituteHoliday:
        return QCoreApplication::translate("DayOffText", "substitute holiday");
    case DayOffReason::CitizensHoliday:
        return QCoreApplication::translate("DayOffText", "citizens' holiday");
    case DayOffReason::YearEndBreak:
        return QCoreApplication::translate("DayOffText", "year-end break");
    case DayOffReason::CompanyHoliday:
        return withName(QT_TRANSLATE_NOOP("DayOffText", "company holiday"), name);
    }
    return {};
}

QString DayOffText::shortLabel(DayOffReason reason, const QString &name)
{
    switch (reason) {
    case DayOffReason::None:
    case DayOffReason::Saturday:
    case DayOffReason::Sunday:
        return {};
    case DayOffReason::NationalHoliday:
    case DayOffReason::CompanyHoliday:
        return name.isEmpty() ? reasonLabel(reason) : name;
    default:
        return reasonLabel(reason);
    }
}

QString DayOffText::reasonKey(DayOffReason reason)
{
    switch (reason) {
    case DayOffReason::None:
        return u"business-day"_s;
    case DayOffReason::Saturday:
        return u"saturday"_s;
    case DayOffReason::Sunday:
        return u"sunday"_s;
    case DayOffReason::NationalHoliday:
        return u"national-holiday"_s;
    case DayOffReason::SubstituteHoliday:
        return u"substitute-holiday"_s;
    case DayOffReason::CitizensHoliday:
        return u"citizens-holiday"_s;
    case DayOffReason::YearEndBreak:
        return u"year-end-break"_s;
    case DayOffReason::CompanyHoliday:
        return u"company-holiday"_s;
    }
    return {};
}

QString DayOffText::dateWithWeekday(QDate date)
{
    return QCoreApplication::translate("DayOffText", "%1 (%2)")
        .arg(date.toString(Qt::ISODate), weekdayShort(date.dayOfWeek()));
}

} // namespace Madoguchi
