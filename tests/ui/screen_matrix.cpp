// madoguchi-screen-matrix OUTDIR SUFFIX: the four screens of the desk — the list, a ticket
// open beside it, the Reports window and Settings — on the fixture desk of
// madoguchi-screenshot-fixture, saved as OUTDIR/{desk,ticket,reports,settings}-SUFFIX.png
// for a person to look at. Run by tests/ui/screenshot-matrix.sh once per screen size,
// language and scale (the screen comes from the platform: offscreen with a configfile, or
// Xvfb); each window opens as the program opens it, fitted to that screen.
//
// Environment: MADOGUCHI_DATABASE (the fixture file), MADOGUCHI_NOW (its fixed clock),
// MADOGUCHI_QM_DIR (the Japanese with the pending strings), LANGUAGE=ja|en.

#include "ScreenshotWindows.h"

#include "ModalPrompts.h"
#include "WindowGeometry.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "desk/MainWindow.h"
#include "reports/ReportsView.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "store/DesktopSettings.h"
#include "store/PasswordKeychain.h"
#include "tickets/TicketDesk.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        qWarning("usage: madoguchi-screen-matrix OUTDIR SUFFIX");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString suffix = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    QTranslator qt, madoguchi;
    Testing::chooseLanguage(qt, madoguchi);

    QTemporaryDir home;
    QSettings local(home.filePath(u"desktop.ini"_s), QSettings::IniFormat);
    DesktopSettings desktop(local);
    DatabaseAddress address;
    address.filePath = qEnvironmentVariable("MADOGUCHI_DATABASE");
    auto database = DesktopSettings::openDatabase(address);
    const auto now = Jst::parseIso(qEnvironmentVariable("MADOGUCHI_NOW"));
    if (!database || !now) {
        qWarning("MADOGUCHI_DATABASE and MADOGUCHI_NOW must name the fixture and its time");
        return 1;
    }
    FixedClock clock(*now);
    TicketDesk desk(**database, clock);
    const StaffUser sato = desk.team().userByLogin(u"sato"_s).valueOr(std::nullopt).value_or(StaffUser{});
    const StaffUser tanaka = desk.team().userByLogin(u"tanaka"_s).valueOr(std::nullopt).value_or(StaffUser{});
    bool allFit = true;

    {
        MainWindow window(desk, sato); // opens as the program opens it, fitted to the screen
        window.show();
        allFit &= Testing::saveFitted(window, u"%1/desk-%2.png"_s.arg(out, suffix));
        window.openTicket(6);
        allFit &= Testing::saveFitted(window, u"%1/ticket-%2.png"_s.arg(out, suffix));
    }
    {
        ReportsView reports(desk, tanaka);
        reports.setWindowTitle(QApplication::translate("main", "Reports"));
        reports.resize(1100, 800); // as main.cpp opens it
        WindowGeometry::fitToScreen(&reports);
        reports.show();
        allFit &= Testing::saveFitted(reports, u"%1/reports-%2.png"_s.arg(out, suffix));
    }
    {
        PasswordKeychain keychain;
        SettingsDialog settings(desk, desktop, tanaka, keychain, ModalPrompts::interactive());
        WindowGeometry::fitToScreen(&settings);
        settings.show();
        allFit &= Testing::saveFitted(settings, u"%1/settings-%2.png"_s.arg(out, suffix));
    }
    return allFit ? 0 : 3;
}
