#pragma once

#include "calendar/Holiday.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace Madoguchi {

// Japanese national days off for 1955–2099, computed by rule (fixed-date and Happy-Monday
// holidays with their years in force, equinox days, 振替休日, 国民の休日, one-off days).
// An imported Cabinet Office list (syukujitsu.csv) overrides the computed days for every
// year it covers; later years are marked provisional.
//
// Every year the rules cover (1949–2150) is computed once in the constructor, so a const
// JapaneseHolidays is safe to read from several threads and cheap to copy (shared data).
class JapaneseHolidays
{
public:
    static constexpr int firstYear = 1955;
    static constexpr int lastYear = 2099;
    // The rules were checked date for date against the Cabinet Office list of 2026-02-02,
    // which covers 1955–2027; computed days after this year are provisional.
    static constexpr int builtInOfficialYear = 2027;

    JapaneseHolidays();

    std::optional<Holiday> holiday(QDate date) const;
    bool isHoliday(QDate date) const { return holiday(date).has_value(); }
    QList<Holiday> holidaysBetween(QDate from, QDate to) const; // inclusive, sorted
    QList<Holiday> holidaysInYear(int year) const;

    // Imports the Cabinet Office CSV (Shift_JIS as published, or UTF-8; header
    // "国民の祝日・休日月日,国民の祝日・休日名称", dates "YYYY/M/D"). Returns the number of
    // days read. The years it covers replace the computed ones.
    Result<int> importOfficialCsv(const QByteArray &data);
    // The last year whose days are official: the built-in 2027, or a later imported year.
    int lastOfficialYear() const { return std::max(builtInOfficialYear, m_lastOfficialYear); }
    int lastImportedYear() const { return m_lastOfficialYear; } // 0 when nothing imported
    bool isProvisional(QDate date) const { return date.year() > lastOfficialYear(); }

    // The days computed by rule alone, ignoring any import (for tests and comparisons).
    static QList<Holiday> computedForYear(int year);

private:
    void markProvisional();

    QHash<int, QList<Holiday>> m_years; // every year of HolidayRules, imported ones replaced
    int m_lastOfficialYear = 0;
};

} // namespace Madoguchi
