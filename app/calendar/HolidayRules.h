#pragma once

#include "calendar/Holiday.h"

#include <QList>

namespace Madoguchi {

// The 国民の祝日 of one year (Art. 2 of the Holiday Law plus the special-law one-off days),
// read from a table of rules that each carry the years they are in force. 振替休日 and
// 国民の休日 are not here: JapaneseHolidays derives them from this set.
class HolidayRules
{
public:
    static constexpr int firstRuleYear = 1949; // the law's first full year
    static constexpr int lastRuleYear = 2150; // the equinox formula's last valid year

    // Sorted by date; empty outside [firstRuleYear, lastRuleYear].
    static QList<Holiday> nationalHolidays(int year);

    // Day of March (vernal) or September (autumnal) by the 新こよみ便利帳 formula, with
    // truncating division as the rules document requires (flooring is wrong before 1980).
    static int equinoxDay(int year, bool vernal);
    static QDate nthMonday(int year, int month, int n);

    // The English name the rules give a Japanese holiday name, or an empty string.
    static QString englishNameFor(const QString &nameJa);
};

} // namespace Madoguchi
