#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Madoguchi {

// What kind of national day off a date is (国民の祝日に関する法律).
enum class HolidayKind {
    National, // 国民の祝日 (Art. 2), including the special-law one-off days
    Substitute, // 振替休日 (Art. 3(2))
    Citizens, // 国民の休日 (Art. 3(3))
};

struct Holiday
{
    QDate date;
    QString nameJa; // 元日, 振替休日, 国民の休日, …
    QString nameEn; // New Year's Day, Substitute Holiday, Citizens' Holiday, …
    HolidayKind kind = HolidayKind::National;
    bool provisional = false; // computed for a year after the last officially published one

    // The name in the UI language (Japanese on a Japanese system, English otherwise).
    QString displayName() const { return QLocale().language() == QLocale::Japanese ? nameJa : nameEn; }
};

} // namespace Madoguchi
