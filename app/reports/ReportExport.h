#pragma once

#include "reports/ResponseReport.h"

#include <QByteArray>
#include <QString>

namespace Madoguchi {

// The report written out for people and programs: CSV for Excel, JSON for scripts and an
// aligned text table for the terminal.
class ReportExport
{
public:
    static QByteArray csv(const ResponseReport &report);
    static QByteArray json(const ResponseReport &report);
    static QString textTable(const ResponseReport &report);
    // Terminal columns a string takes: East Asian wide and full-width characters take two.
    static int displayWidth(const QString &text);
};

} // namespace Madoguchi
