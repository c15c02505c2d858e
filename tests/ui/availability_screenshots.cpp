// madoguchi-availability-screenshots OUTDIR SUFFIX: pictures of the Availability view (November
// 2026: 2 hours down by our fault, a platform outage excluded, an announced maintenance, one
// open incident) and of the desk with that open incident in the status bar and a ticket that
// came in during it ("An incident is open: link?"), saved as OUTDIR/{availability,incident}-
// SUFFIX.png, the incidents dialog as incidents-SUFFIX.png (and the view's PDF as
// availability-SUFFIX.pdf) for a person to look at. Run by tests/ui/screenshot-matrix.sh beside
// madoguchi-screen-matrix, once per screen size and language (offscreen, the screen from a
// configfile); each window opens fitted to that screen, as the program opens it.
//
// Environment: MADOGUCHI_QM_DIR (the Japanese with the pending strings), LANGUAGE=ja|en,
// MADOGUCHI_DARK=1 for a dark palette.

#include "ScreenshotWindows.h"

#include "WindowGeometry.h"
#include "availability/AvailabilityView.h"
#include "availability/DeskIncidents.h"
#include "availability/IncidentLinkBar.h"
#include "availability/IncidentsDialog.h"
#include "availability/OutageStore.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "desk/MainWindow.h"
#include "desk/TicketPanel.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QDateTime jst(int month, int day, int hour, int minute = 0)
{
    return Jst::at(QDate(2026, month, day), QTime(hour, minute));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        qWarning("usage: madoguchi-availability-screenshots OUTDIR SUFFIX");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString suffix = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    QTranslator qt, madoguchi;
    Testing::chooseLanguage(qt, madoguchi);
    if (qEnvironmentVariable("MADOGUCHI_DARK") == u"1"_s) {
        // A dark desktop (KDE's Breeze Dark colours), to see the chart and the met/missed colours on it.
        QPalette dark = QApplication::palette();
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            dark.setColor(group, QPalette::Window, QColor(0x31, 0x36, 0x3b));
            dark.setColor(group, QPalette::Base, QColor(0x23, 0x26, 0x29));
            dark.setColor(group, QPalette::AlternateBase, QColor(0x2c, 0x30, 0x34));
            for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
                dark.setColor(group, role, QColor(0xef, 0xf0, 0xf1));
            dark.setColor(group, QPalette::Button, QColor(0x31, 0x36, 0x3b));
        }
        QApplication::setPalette(dark);
    }

    QTemporaryDir folder;
    DatabaseAddress address;
    address.filePath = folder.filePath(u"desk.sqlite"_s);
    auto database = Database::open(address);
    if (!database || !SchemaMigrations::migrate(**database)) {
        qWarning("cannot create the fixture database");
        return 1;
    }
    FixedClock clock(jst(12, 1, 10, 0));
    TicketDesk desk(**database, clock);
    TicketFixtureBuilder build(desk);
    if (!build.sampleDesk(clock.now())) {
        qWarning("cannot fill the fixture database");
        return 1;
    }
    const StaffUser manager = desk.team().userByLogin(u"tanaka"_s).valueOr(std::nullopt).value_or(StaffUser::system());
    OutageStore outages(**database, clock);
    Incident internal;
    internal.function = ServiceFunction::Client;
    internal.start = jst(11, 10, 10);
    internal.end = jst(11, 10, 12);
    internal.note = u"DBフェイルオーバー"_s;
    Incident platform;
    platform.function = ServiceFunction::WebForm;
    platform.cause = OutageCause::Platform;
    platform.start = jst(11, 20, 1);
    platform.end = jst(11, 20, 2, 30);
    platform.note = u"Salesforce 障害"_s;
    Incident open;
    open.function = ServiceFunction::ClickCount;
    open.start = jst(12, 1, 9, 20);
    MaintenancePlan plan;
    plan.functions = {ServiceFunction::Client, ServiceFunction::WebForm};
    plan.announced = jst(11, 1, 10);
    plan.start = jst(11, 27, 22);
    plan.end = jst(11, 28, 1);
    plan.actualEnd = jst(11, 28, 1, 30);
    plan.note = u"DBバージョンアップ"_s;
    if (!outages.addIncident(internal) || !outages.addIncident(platform) || !outages.addIncident(open)
        || !outages.addPlan(plan)) {
        qWarning("cannot record the incidents");
        return 1;
    }
    auto during = build.customerMail(u"加藤 一郎 <kato@sapporo-lab.example.jp>"_s, u"クリック数が集計されません"_s,
                                     u"本日9時頃からクリック数が増えていません。"_s, jst(12, 1, 9, 40));
    if (!during)
        return 1;
    bool allFit = true;
    {
        AvailabilityView view(desk, manager);
        view.setWindowTitle(QApplication::translate("Madoguchi::MainWindow", "Availability"));
        view.resize(1440, 860); // as the desk opens it (MainWindow::showAvailability)
        WindowGeometry::fitToScreen(&view);
        view.setMonth(QDate(2026, 11, 1));
        view.show();
        allFit &= Testing::saveFitted(view, u"%1/availability-%2.png"_s.arg(out, suffix));
        // The PDF of the same month, to look at as well.
        const QString pdf = u"%1/availability-%2.pdf"_s.arg(out, suffix);
        view.setSaveFileChooser([&](const QString &, const QString &) { return pdf; });
        allFit &= view.exportPdf();
    }
    {
        const StaffUser sato = desk.team().userByLogin(u"sato"_s).valueOr(std::nullopt).value_or(StaffUser{});
        MainWindow window(desk, sato);
        window.show();
        window.openTicket(during->ticketId);
        allFit &= Testing::saveFitted(window, u"%1/incident-%2.png"_s.arg(out, suffix));
        // View ▸ Incidents on the open incident, the ticket linked to it.
        IncidentLinkBar *bar = window.ticketPanel()->incidentLinkBar();
        allFit &= bar->linkTo(bar->offeredIncident()).ok();
        IncidentsDialog *incidents = window.deskIncidents()->showIncidents(3);
        allFit &= Testing::saveFitted(*incidents, u"%1/incidents-%2.png"_s.arg(out, suffix));
    }
    return allFit ? 0 : 3;
}
