#include "calendar/JapaneseHolidays.h"

#include "calendar/HolidayCsv.h"
#include "calendar/HolidayRules.h"

#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Art. 3(2) and 3(3) came into force on these days; the wording of both changed in 2007.
const QDate substituteLawStart(1973, 4, 12);
const QDate citizensLawStart(1985, 12, 27);
const QDate newWordingStart(2007, 1, 1);

Holiday substituteHoliday(QDate date)
{
    return Holiday { date, u"振替休日"_s, u"Substitute Holiday"_s, HolidayKind::Substitute, false };
}

Holiday citizensHoliday(QDate date)
{
    return Holiday { date, u"国民の休日"_s, u"Citizens' Holiday"_s, HolidayKind::Citizens, false };
}

bool lessByDate(const Holiday &a, const Holiday &b)
{
    return a.date < b.date;
}

} // namespace

QList<Holiday> JapaneseHolidays::computedForYear(int year)
{
    // 祝日 of the neighbouring years too, so that a scan across 31 Dec / 1 Jan is right.
    QList<QDate> national;
    for (int y = year - 1; y <= year + 1; ++y) {
        for (const Holiday &h : HolidayRules::nationalHolidays(y))
            national.append(h.date);
    }
    const auto isNational = [&national](QDate d) {
        return national.contains(d);
    };

    QList<Holiday> result = HolidayRules::nationalHolidays(year);

    // 国民の休日: a non-祝日 day between two 祝日. Before 2007 the law excluded Sundays and
    // days that were already a 振替休日 (the day after a Sunday 祝日).
    for (const QDate &before : std::as_const(national)) {
        const QDate d = before.addDays(1);
        if (d.year() != year || d < citizensLawStart || isNational(d) || !isNational(d.addDays(1)))
            continue;
        if (d < newWordingStart && (d.dayOfWeek() == Qt::Sunday || before.dayOfWeek() == Qt::Sunday))
            continue;
        result.append(citizensHoliday(d));
    }

    // 振替休日: a 祝日 on a Sunday moves the day off to the next day (until 2006) or to the
    // nearest following day that is not a 祝日 (since 2007).
    for (const QDate &h : std::as_const(national)) {
        if (h.dayOfWeek() != Qt::Sunday || h < substituteLawStart)
            continue;
        QDate c = h.addDays(1);
        if (h < newWordingStart) {
            if (isNational(c))
                continue;
        } else {
            while (isNational(c))
                c = c.addDays(1);
        }
        if (c.year() == year)
            result.append(substituteHoliday(c));
    }
    std::sort(result.begin(), result.end(), lessByDate);
    return result;
}

JapaneseHolidays::JapaneseHolidays()
{
    // Computed once per process and shared (implicitly) by every instance.
    static const QHash<int, QList<Holiday>> computed = [] {
        QHash<int, QList<Holiday>> years;
        years.reserve(HolidayRules::lastRuleYear - HolidayRules::firstRuleYear + 1);
        for (int year = HolidayRules::firstRuleYear; year <= HolidayRules::lastRuleYear; ++year) {
            QList<Holiday> list = computedForYear(year);
            for (Holiday &h : list)
                h.provisional = year > builtInOfficialYear;
            years.insert(year, list);
        }
        return years;
    }();
    m_years = computed;
}

void JapaneseHolidays::markProvisional()
{
    const int last = lastOfficialYear();
    for (auto it = m_years.begin(); it != m_years.end(); ++it) {
        for (Holiday &h : it.value())
            h.provisional = it.key() > last;
    }
}

std::optional<Holiday> JapaneseHolidays::holiday(QDate date) const
{
    const auto it = m_years.constFind(date.year());
    if (it == m_years.constEnd())
        return std::nullopt;
    for (const Holiday &h : it.value()) {
        if (h.date == date)
            return h;
    }
    return std::nullopt;
}

QList<Holiday> JapaneseHolidays::holidaysInYear(int year) const
{
    return m_years.value(year);
}

QList<Holiday> JapaneseHolidays::holidaysBetween(QDate from, QDate to) const
{
    QList<Holiday> result;
    if (!from.isValid() || !to.isValid())
        return result;
    for (int year = from.year(); year <= to.year(); ++year) {
        for (const Holiday &h : m_years.value(year)) {
            if (h.date >= from && h.date <= to)
                result.append(h);
        }
    }
    return result;
}

Result<int> JapaneseHolidays::importOfficialCsv(const QByteArray &data)
{
    const auto parsed = HolidayCsv::parse(data);
    if (!parsed)
        return parsed.error();

    QMap<int, QList<HolidayCsv::Entry>> byYear;
    QHash<QDate, QString> officialNames;
    for (const HolidayCsv::Entry &entry : parsed.value()) {
        byYear[entry.date.year()].append(entry);
        officialNames.insert(entry.date, entry.name);
    }
    // The CSV calls both 振替休日 and 国民の休日 just "休日"; a 休日 that follows an
    // unbroken run of days off starting on a Sunday 祝日 is a substitute, otherwise a
    // citizens' holiday.
    const QString genericDayOff = u"休日"_s;
    const auto followsSundayHoliday = [&officialNames, &genericDayOff](QDate d) {
        for (QDate p = d.addDays(-1); officialNames.contains(p); p = p.addDays(-1)) {
            if (p.dayOfWeek() == Qt::Sunday && officialNames.value(p) != genericDayOff)
                return true;
        }
        return false;
    };

    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        const QList<Holiday> computed = computedForYear(it.key());
        QList<Holiday> official;
        for (const HolidayCsv::Entry &entry : it.value()) {
            const auto match = std::find_if(computed.cbegin(), computed.cend(),
                                            [&entry](const Holiday &h) { return h.date == entry.date; });
            const bool generic = entry.name == genericDayOff || entry.name.startsWith(u"休日（"_s);
            if (match != computed.cend()) {
                Holiday h = *match;
                if (!generic && entry.name != h.nameJa) {
                    const QString english = HolidayRules::englishNameFor(entry.name);
                    h.nameJa = entry.name;
                    if (!english.isEmpty())
                        h.nameEn = english;
                }
                official.append(h);
            } else if (entry.name == genericDayOff) {
                official.append(followsSundayHoliday(entry.date) ? substituteHoliday(entry.date)
                                                                 : citizensHoliday(entry.date));
            } else {
                const QString english = HolidayRules::englishNameFor(entry.name);
                official.append(Holiday { entry.date, entry.name, english.isEmpty() ? entry.name : english,
                                          HolidayKind::National, false });
            }
        }
        std::sort(official.begin(), official.end(), lessByDate);
        m_years.insert(it.key(), official);
    }
    m_lastOfficialYear = std::max(m_lastOfficialYear, byYear.lastKey());
    markProvisional();
    return static_cast<int>(parsed->size());
}

} // namespace Madoguchi
