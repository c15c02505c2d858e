#include "calendar/HolidayRules.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

enum class RuleDate { Fixed, NthMonday, VernalEquinox, AutumnalEquinox };

struct HolidayRule
{
    const char16_t *nameJa;
    const char16_t *nameEn;
    RuleDate kind;
    int month;
    int dayOrN; // day of month (Fixed) or which Monday (NthMonday)
    int fromYear;
    int toYear;
};

constexpr int open = 9999;

// The law's history as data: one row per rule and period in force (rules document §2, §7).
// A one-off day is a Fixed rule whose period is a single year.
constexpr HolidayRule rules[] = {
    { u"元日", u"New Year's Day", RuleDate::Fixed, 1, 1, 1949, open },
    { u"成人の日", u"Coming of Age Day", RuleDate::Fixed, 1, 15, 1949, 1999 },
    { u"成人の日", u"Coming of Age Day", RuleDate::NthMonday, 1, 2, 2000, open },
    { u"建国記念の日", u"National Foundation Day", RuleDate::Fixed, 2, 11, 1967, open },
    { u"天皇誕生日", u"The Emperor's Birthday", RuleDate::Fixed, 4, 29, 1949, 1988 },
    { u"天皇誕生日", u"The Emperor's Birthday", RuleDate::Fixed, 12, 23, 1989, 2018 },
    { u"天皇誕生日", u"The Emperor's Birthday", RuleDate::Fixed, 2, 23, 2020, open },
    { u"春分の日", u"Vernal Equinox Day", RuleDate::VernalEquinox, 3, 0, 1949, open },
    { u"みどりの日", u"Greenery Day", RuleDate::Fixed, 4, 29, 1989, 2006 },
    { u"みどりの日", u"Greenery Day", RuleDate::Fixed, 5, 4, 2007, open },
    { u"昭和の日", u"Showa Day", RuleDate::Fixed, 4, 29, 2007, open },
    { u"憲法記念日", u"Constitution Memorial Day", RuleDate::Fixed, 5, 3, 1949, open },
    { u"こどもの日", u"Children's Day", RuleDate::Fixed, 5, 5, 1949, open },
    { u"海の日", u"Marine Day", RuleDate::Fixed, 7, 20, 1996, 2002 },
    { u"海の日", u"Marine Day", RuleDate::NthMonday, 7, 3, 2003, 2019 },
    { u"海の日", u"Marine Day", RuleDate::Fixed, 7, 23, 2020, 2020 },
    { u"海の日", u"Marine Day", RuleDate::Fixed, 7, 22, 2021, 2021 },
    { u"海の日", u"Marine Day", RuleDate::NthMonday, 7, 3, 2022, open },
    { u"山の日", u"Mountain Day", RuleDate::Fixed, 8, 11, 2016, 2019 },
    { u"山の日", u"Mountain Day", RuleDate::Fixed, 8, 10, 2020, 2020 },
    { u"山の日", u"Mountain Day", RuleDate::Fixed, 8, 8, 2021, 2021 },
    { u"山の日", u"Mountain Day", RuleDate::Fixed, 8, 11, 2022, open },
    { u"敬老の日", u"Respect for the Aged Day", RuleDate::Fixed, 9, 15, 1966, 2002 },
    { u"敬老の日", u"Respect for the Aged Day", RuleDate::NthMonday, 9, 3, 2003, open },
    { u"秋分の日", u"Autumnal Equinox Day", RuleDate::AutumnalEquinox, 9, 0, 1948, open },
    { u"体育の日", u"Health and Sports Day", RuleDate::Fixed, 10, 10, 1966, 1999 },
    { u"体育の日", u"Health and Sports Day", RuleDate::NthMonday, 10, 2, 2000, 2019 },
    { u"スポーツの日", u"Sports Day", RuleDate::Fixed, 7, 24, 2020, 2020 },
    { u"スポーツの日", u"Sports Day", RuleDate::Fixed, 7, 23, 2021, 2021 },
    { u"スポーツの日", u"Sports Day", RuleDate::NthMonday, 10, 2, 2022, open },
    { u"文化の日", u"Culture Day", RuleDate::Fixed, 11, 3, 1948, open },
    { u"勤労感謝の日", u"Labor Thanksgiving Day", RuleDate::Fixed, 11, 23, 1948, open },
    // One-off days created by special laws (rules document §7).
    { u"結婚の儀", u"The Rite of Wedding of Crown Prince Akihito", RuleDate::Fixed, 4, 10, 1959, 1959 },
    { u"大喪の礼", u"The Funeral Ceremony of Emperor Showa", RuleDate::Fixed, 2, 24, 1989, 1989 },
    { u"即位礼正殿の儀", u"The Ceremony of the Enthronement", RuleDate::Fixed, 11, 12, 1990, 1990 },
    { u"結婚の儀", u"The Rite of Wedding of Crown Prince Naruhito", RuleDate::Fixed, 6, 9, 1993, 1993 },
    { u"天皇の即位の日", u"The Day of the Emperor's Enthronement", RuleDate::Fixed, 5, 1, 2019, 2019 },
    { u"即位礼正殿の儀", u"The Ceremony of the Enthronement", RuleDate::Fixed, 10, 22, 2019, 2019 },
};

} // namespace

int HolidayRules::equinoxDay(int year, bool vernal)
{
    double c = 0;
    int base = 1980;
    if (year <= 1979) {
        c = vernal ? 20.8357 : 23.2588;
        base = 1983;
    } else if (year <= 2099) {
        c = vernal ? 20.8431 : 23.2488;
    } else {
        c = vernal ? 21.8510 : 24.2488;
    }
    // Both INTs truncate toward zero; C++ integer division on (year - base) does exactly that.
    const double value = c + 0.242194 * (year - 1980) - (year - base) / 4;
    return static_cast<int>(std::trunc(value));
}

QDate HolidayRules::nthMonday(int year, int month, int n)
{
    const int w = QDate(year, month, 1).dayOfWeek();
    return QDate(year, month, 1 + (8 - w) % 7 + 7 * (n - 1));
}

QList<Holiday> HolidayRules::nationalHolidays(int year)
{
    QList<Holiday> result;
    if (year < firstRuleYear || year > lastRuleYear)
        return result;
    for (const HolidayRule &rule : rules) {
        if (year < rule.fromYear || year > rule.toYear)
            continue;
        QDate date;
        switch (rule.kind) {
        case RuleDate::Fixed:
            date = QDate(year, rule.month, rule.dayOrN);
            break;
        case RuleDate::NthMonday:
            date = nthMonday(year, rule.month, rule.dayOrN);
            break;
        case RuleDate::VernalEquinox:
            date = QDate(year, 3, equinoxDay(year, true));
            break;
        case RuleDate::AutumnalEquinox:
            date = QDate(year, 9, equinoxDay(year, false));
            break;
        }
        result.append(Holiday { date, QString::fromUtf16(rule.nameJa), QString::fromUtf16(rule.nameEn),
                                HolidayKind::National, false });
    }
    std::sort(result.begin(), result.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return result;
}

QString HolidayRules::englishNameFor(const QString &nameJa)
{
    for (const HolidayRule &rule : rules) {
        if (nameJa == QStringView(rule.nameJa))
            return QString::fromUtf16(rule.nameEn);
    }
    return {};
}

} // namespace Madoguchi
