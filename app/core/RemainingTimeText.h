#pragma once

#include <QString>

namespace Madoguchi {

// How much time is left before a deadline, or how late it is, in the words the desk shows
// in its list and notices: "2 h 15 min left" (残り 2時間15分), "Overdue 1 business day
// and 3 h" (超過 1営業日と3時間). Business time counts whole business days of the
// calendar's length (7 h by default); urgent tickets run on the 24×7 clock and count days.
class RemainingTimeText
{
public:
    // minutes: left until the deadline, negative when overdue (business minutes, or
    // wall-clock minutes when urgent). businessDayMinutes: the length of one business day.
    static QString format(qint64 minutes, int businessDayMinutes, bool urgent = false);

    // The span alone, without "left"/"overdue": "1 business day and 3 h", "45 min".
    static QString span(qint64 minutes, int businessDayMinutes, bool urgent = false);

    // Hours and minutes only, never days: "5 h 30 min" (5時間30分), "45 min", "2 h". For
    // response times in reports, where a manager compares hours.
    static QString hoursAndMinutes(qint64 minutes);
};

} // namespace Madoguchi
