// Issue 15, the desk's side of availability, offscreen: the Availability view shows the
// worked example (2 hours down in a 30-day month → 99.72 %) with each incident's contribution,
// redraws when a manager changes the target, writes the CSV `madoguchi-cli availability` writes
// (byte for byte) and a PDF whose text holds the figures (pdftotext); open incidents show in
// the status bar, ended ones do not; a ticket is linked to an incident from the ticket panel
// (the link and its audit row are stored), and the incidents dialog keeps the CLI's rules.

#include "../common/TestDatabase.h"

#include "availability/AvailabilityChart.h"
#include "availability/AvailabilityTarget.h"
#include "availability/AvailabilityView.h"
#include "availability/DeskIncidents.h"
#include "availability/IncidentLinkBar.h"
#include "availability/IncidentTickets.h"
#include "availability/IncidentsDialog.h"
#include "availability/OutageStore.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "desk/MainWindow.h"
#include "desk/TicketPanel.h"
#include "settings/AvailabilityTargetPage.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using namespace Madoguchi::Testing;

namespace {

QDateTime jst(int month, int day, int hour, int minute = 0)
{
    return Jst::at(QDate(2026, month, day), QTime(hour, minute));
}

Incident incident(ServiceFunction function, const QDateTime &from, const QDateTime &to, OutageCause cause,
                  const QString &note = {})
{
    Incident i;
    i.function = function;
    i.start = from;
    i.end = to;
    i.cause = cause;
    i.note = note;
    return i;
}

QStringList rowTexts(const QTableWidget *table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

} // namespace

class TestAvailabilityView : public QObject
{
    Q_OBJECT

    struct Desk
    {
        TestDatabase db;
        FixedClock clock{jst(12, 1, 10)};
        std::unique_ptr<TicketDesk> desk;
        StaffUser kato, sato;

        Desk()
        {
            desk = std::make_unique<TicketDesk>(db.db(), clock);
            TicketFixtureBuilder build(*desk);
            // The first user of an empty desk becomes a manager: Kato, so Sato is staff.
            kato = build.staff(u"kato"_s, u"加藤"_s, StaffRole::Manager).valueOr({});
            sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        }
        OutageStore outages() { return OutageStore(db.db(), clock); }
    };

    QTemporaryDir m_dir;

    // The worked example: November 2026 (30 days), 2 hours down by our fault on the client
    // function, and a platform outage of the web forms (excluded).
    static void addNovember(Desk &d)
    {
        QVERIFY(d.outages().addIncident(
            incident(ServiceFunction::Client, jst(11, 10, 10), jst(11, 10, 12), OutageCause::Internal, u"DB failover"_s)));
        QVERIFY(d.outages().addIncident(
            incident(ServiceFunction::WebForm, jst(11, 20, 1), jst(11, 20, 2), OutageCause::Platform)));
    }

    static std::unique_ptr<AvailabilityView> openView(Desk &d, const StaffUser &viewer)
    {
        auto view = std::make_unique<AvailabilityView>(*d.desk, viewer);
        view->resize(1100, 800);
        view->setMonth(QDate(2026, 11, 1));
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("window not exposed");
        return view;
    }

    static double targetLineValue(AvailabilityView &view)
    {
        QLineSeries *target = AvailabilityChart::targetSeries(view.chartView()->chart());
        return target && target->count() > 0 ? target->at(0).y() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void showsTheWorkedExampleWithContributions()
    {
        Desk d;
        addNovember(d);
        auto view = openView(d, d.kato);
        auto *figures = view->findChild<QTableWidget *>(u"figuresTableWidget"_s);
        QVERIFY(figures);
        QCOMPARE(figures->rowCount(), 2);
        QCOMPARE(rowTexts(figures, 0).mid(1, 5),
                 (QStringList{u"43200"_s, u"0"_s, u"120"_s, u"99.72"_s, u"99.00"_s}));
        QVERIFY(rowTexts(figures, 0).at(6).contains(u"Met"_s));
        QCOMPARE(rowTexts(figures, 1).mid(1, 5),
                 (QStringList{u"43140"_s, u"60"_s, u"0"_s, u"100.00"_s, u"99.00"_s}));

        auto *contributions = view->findChild<QTableWidget *>(u"contributionsTableWidget"_s);
        QVERIFY(contributions);
        QCOMPARE(contributions->rowCount(), 2);
        const QStringList internal = rowTexts(contributions, 0);
        QCOMPARE(internal.at(0), u"Incident 1"_s);
        QCOMPARE(internal.at(2), u"2026-11-10 10:00 – 2026-11-10 12:00"_s);
        QCOMPARE(internal.at(3), u"120"_s);
        QCOMPARE(internal.at(4), u"0"_s);
        QCOMPARE(internal.at(5), u"downtime: our fault"_s);
        QCOMPARE(internal.at(6), u"our fault: DB failover"_s);
        const QStringList platform = rowTexts(contributions, 1);
        QCOMPARE(platform.at(3), u"0"_s);
        QCOMPARE(platform.at(4), u"60"_s);
        QCOMPARE(platform.at(5), u"excluded: caused by the platform"_s);
        QCOMPARE(platform.at(6), u"platform (SFDC / Force.com)"_s);

        // Twelve months on the chart, November last, the target drawn at 99.
        QCOMPARE(view->clientTrend().size(), 12);
        QCOMPARE(view->clientTrend().last().month, QDate(2026, 11, 1));
        QCOMPARE(view->clientTrend().last().percent, 99.72);
        QCOMPARE(targetLineValue(*view), 99.0);

        // Another month from the selector: October had nothing.
        auto *month = view->findChild<QComboBox *>(u"monthComboBox"_s);
        month->setCurrentIndex(month->findData(QDate(2026, 10, 1)));
        QCOMPARE(view->month(), QDate(2026, 10, 1));
        QCOMPARE(rowTexts(figures, 0).at(4), u"100.00"_s);
        QCOMPARE(contributions->rowCount(), 0);

        // An incident double-clicked opens it.
        view->setMonth(QDate(2026, 11, 1));
        QSignalSpy opened(view.get(), &AvailabilityView::incidentActivated);
        Q_EMIT contributions->cellDoubleClicked(0, 0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), 1);
    }

    void targetChangeRedraws()
    {
        Desk d;
        addNovember(d);
        auto view = openView(d, d.kato);
        auto *target = view->findChild<QDoubleSpinBox *>(u"targetSpinBox"_s);
        QVERIFY(target && target->isEnabled());
        target->setValue(99.8);
        Q_EMIT target->editingFinished();
        QCOMPARE(view->target(), 99.8);
        QCOMPARE(targetLineValue(*view), 99.8);
        auto *figures = view->findChild<QTableWidget *>(u"figuresTableWidget"_s);
        QCOMPARE(rowTexts(figures, 0).at(5), u"99.80"_s);
        QVERIFY(rowTexts(figures, 0).at(6).contains(u"Missed"_s));
        QCOMPARE(AvailabilityTarget::read(d.db.db()).valueOr(0), 99.8);
        auto audit = d.desk->audit().recent(5, u"setting availability_target_percent"_s);
        QVERIFY(audit && audit->size() == 1);
        QCOMPARE(audit->first().actorName, u"加藤"_s);

        // Staff read it; the field is theirs to see, not to change.
        auto staffView = openView(d, d.sato);
        QVERIFY(!staffView->findChild<QDoubleSpinBox *>(u"targetSpinBox"_s)->isEnabled());
        QCOMPARE(staffView->target(), 99.8);

        // The Settings page writes the same setting, audited.
        AvailabilityTargetPage page(*d.desk, d.kato);
        auto *field = page.findChild<QDoubleSpinBox *>(u"availabilityTargetSpinBox"_s);
        QVERIFY(field);
        QCOMPARE(field->value(), 99.8);
        field->setValue(99.5);
        QVERIFY(page.apply());
        QCOMPARE(AvailabilityTarget::read(d.db.db()).valueOr(0), 99.5);
        view->refresh();
        QCOMPARE(targetLineValue(*view), 99.5);
        AvailabilityTargetPage staffPage(*d.desk, d.sato);
        QVERIFY(!staffPage.findChild<QDoubleSpinBox *>(u"availabilityTargetSpinBox"_s)->isEnabled());
    }

    void csvIsTheCommandsBytes()
    {
        if (usingPostgres())
            QSKIP("the command line reads the SQLite file here");
        Desk d;
        addNovember(d);
        auto view = openView(d, d.kato);
        const QString path = m_dir.filePath(u"availability.csv"_s);
        view->setSaveFileChooser([&](const QString &suggested, const QString &) {
            [&] { QCOMPARE(suggested, u"madoguchi-availability-2026-11.csv"_s); }();
            return path;
        });
        QVERIFY(view->exportCsv());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"MADOGUCHI_DATABASE"_s, d.db.address().filePath);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(MADOGUCHI_CLI), {u"--now=2026-12-01T10:00:00+09:00"_s, u"availability"_s,
                                                  u"--month"_s, u"2026-11"_s, u"--format"_s, u"csv"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(written, cli.readAllStandardOutput());
        QVERIFY(written.startsWith("\xEF\xBB\xBF"));
        QVERIFY(written.contains("client,2026-11,43200,0,120,99.72,99.00\r\n"));
    }

    void pdfHoldsTheFigures()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QFAIL("pdftotext (poppler-utils, setup.sh) is needed to read the PDF");
        Desk d;
        addNovember(d);
        auto view = openView(d, d.kato);
        const QString path = m_dir.filePath(u"availability.pdf"_s);
        view->setSaveFileChooser([&](const QString &, const QString &) { return path; });
        QVERIFY(view->exportPdf());
        QProcess text;
        text.start(pdftotext, {u"-layout"_s, path, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        QCOMPARE(text.exitCode(), 0);
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected : {u"Availability 2026-11"_s, u"43200"_s, u"120"_s, u"99.72"_s, u"99.00"_s,
                                        u"100.00"_s, u"43140"_s, u"Incident 1"_s, u"DB failover"_s, u"Met"_s,
                                        u"downtime: our fault"_s})
            QVERIFY2(words.contains(expected), qPrintable(expected + u" not in:\n"_s + words));
    }

    void statusBarShowsOpenIncidentsOnly()
    {
        Desk d;
        addNovember(d); // ended ones
        MainWindow window(*d.desk, d.sato);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPushButton *button = window.deskIncidents()->statusButton();
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        auto open = d.outages().addIncident(
            incident(ServiceFunction::ClickCount, jst(12, 1, 9, 30), {}, OutageCause::Internal));
        QVERIFY(open);
        window.refreshLive();
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), u"⚠ Incident 3: click counting down since 12-01 09:30 (JST)"_s);
        // A click opens that incident.
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = window.findChild<IncidentsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->currentIncident(), *open);
        dialog->close();
        // Ended: gone from the status bar.
        QVERIFY(d.outages().endIncident(*open, jst(12, 1, 9, 50)));
        window.refreshLive();
        QVERIFY(!button->isVisible());
    }

    void linkingFromTheTicketWritesLinkAndAudit()
    {
        Desk d;
        auto open = d.outages().addIncident(
            incident(ServiceFunction::Client, jst(12, 1, 9, 0), {}, OutageCause::Internal));
        auto old = d.outages().addIncident(incident(ServiceFunction::Client, jst(11, 10, 10), jst(11, 10, 12),
                                                    OutageCause::Internal, u"DB failover"_s));
        QVERIFY(open && old);
        TicketFixtureBuilder build(*d.desk);
        auto before = build.customerMail(u"伊藤 <ito@minato.example.co.jp>"_s, u"請求書"_s, u"本文"_s, jst(11, 30, 15));
        auto during = build.customerMail(u"山田 <yamada@kabushiki.example.jp>"_s, u"ログインできません"_s, u"本文"_s,
                                         jst(12, 1, 9, 20));
        QVERIFY(before && during);
        MainWindow window(*d.desk, d.sato);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IncidentLinkBar *bar = window.ticketPanel()->incidentLinkBar();

        // A ticket from before the incident: no prompt.
        window.openTicket(before->ticketId);
        QCOMPARE(bar->offeredIncident(), 0);
        // A ticket that came in during it: "An incident is open: link?" and Link.
        window.openTicket(during->ticketId);
        QCOMPARE(bar->offeredIncident(), *open);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->promptText().contains(u"client function down since 12-01 09:00"_s), qPrintable(bar->promptText()));
        QTest::mouseClick(bar->findChild<QPushButton *>(u"linkOpenIncidentButton"_s), Qt::LeftButton);
        IncidentTickets links(d.db.db(), d.desk->audit());
        QCOMPARE(links.incidentsOf(during->ticketId).valueOr({}), QList<qint64>{*open});
        auto history = d.desk->audit().forTicket(during->ticketId);
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->last().action, u"incident link"_s);
        QCOMPARE(history->last().newValue, u"incident %1"_s.arg(*open));
        QCOMPARE(history->last().actorName, u"佐藤"_s);
        QCOMPARE(bar->offeredIncident(), 0);
        QVERIFY(bar->linkedText().contains(u"Incident %1"_s.arg(*open)));

        // Ticket ▸ Link to incident… offers the open incidents first, then the ended ones.
        QList<qint64> offered;
        bar->setIncidentChooser([&](const QList<Incident> &incidents) {
            for (const Incident &i : incidents)
                offered.append(i.id);
            return *old;
        });
        window.openTicket(before->ticketId);
        QVERIFY(bar->askLink());
        QCOMPARE(offered, (QList<qint64>{*open, *old}));
        QCOMPARE(links.incidentsOf(before->ticketId).valueOr({}), QList<qint64>{*old});

        // The incident lists its tickets; one opens the ticket.
        IncidentsDialog *dialog = window.deskIncidents()->showIncidents(*open);
        auto *tickets = dialog->findChild<QListWidget *>(u"linkedTicketsListWidget"_s);
        QCOMPARE(tickets->count(), 1);
        QVERIFY(tickets->item(0)->text().contains(u"ログインできません"_s));
        window.openTicket(before->ticketId);
        Q_EMIT tickets->itemActivated(tickets->item(0));
        QCOMPARE(window.ticketPanel()->ticketId(), during->ticketId);
        // Unlinked from the incident: audited too.
        tickets->setCurrentRow(0);
        QVERIFY(dialog->unlinkChosenTicket());
        QVERIFY(links.incidentsOf(during->ticketId).valueOr({0}).isEmpty());
        QCOMPARE(d.desk->audit().forTicket(during->ticketId)->last().action, u"incident unlink"_s);
    }

    void incidentsDialogKeepsTheRules()
    {
        Desk d;
        IncidentsDialog dialog(*d.desk, d.kato);
        dialog.show();
        dialog.showIncident(0);
        auto *function = dialog.findChild<QComboBox *>(u"functionComboBox"_s);
        auto *cause = dialog.findChild<QComboBox *>(u"causeComboBox"_s);
        auto *start = dialog.findChild<QDateTimeEdit *>(u"startDateTimeEdit"_s);
        auto *ended = dialog.findChild<QCheckBox *>(u"endedCheckBox"_s);
        auto *end = dialog.findChild<QDateTimeEdit *>(u"endDateTimeEdit"_s);
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(function && cause && start && ended && end && error);
        function->setCurrentIndex(function->findData(int(ServiceFunction::WebForm)));
        cause->setCurrentIndex(cause->findData(int(OutageCause::Internal)));
        start->setDateTime(QDateTime(QDate(2026, 11, 10), QTime(10, 0)));
        ended->setChecked(true);
        end->setDateTime(QDateTime(QDate(2026, 11, 10), QTime(9, 0))); // before the start
        auto refused = dialog.save();
        QVERIFY(!refused);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"The end (2026-11-10T09:00:00+09:00) must come after the start "
                                "(2026-11-10T10:00:00+09:00)."_s);
        QVERIFY(d.outages().incidents().valueOr({Incident{}}).isEmpty()); // nothing stored

        end->setDateTime(QDateTime(QDate(2026, 11, 10), QTime(12, 0)));
        auto saved = dialog.save();
        QVERIFY(saved);
        const auto stored = d.outages().incident(*saved).valueOr(std::nullopt);
        QVERIFY(stored);
        QCOMPARE(stored->function, ServiceFunction::WebForm);
        QCOMPARE(stored->start, jst(11, 10, 10)); // the form is JST
        QCOMPARE(stored->end, jst(11, 10, 12));
        QVERIFY(!error->isVisible());

        // Edited: the end cleared makes it open; End now ends it at the clock's now.
        ended->setChecked(false);
        QVERIFY(dialog.save());
        QVERIFY(!d.outages().incident(*saved).valueOr(std::nullopt)->end.isValid());
        QVERIFY(dialog.endNow());
        QCOMPARE(d.outages().incident(*saved).valueOr(std::nullopt)->end, d.clock.now());
        auto *list = dialog.findChild<QTableWidget *>(u"incidentsTableWidget"_s);
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 3)->text(), u"2026-12-01 10:00"_s);
    }

    void scrollsOnALowScreen()
    {
        Desk d;
        addNovember(d);
        auto view = openView(d, d.kato);
        view->resize(1024, 700);
        QCoreApplication::processEvents();
        auto *scroll = view->findChild<QScrollArea *>(u"availabilityScrollArea"_s);
        QVERIFY(scroll);
        // The chart keeps its height: the page scrolls instead of squeezing it.
        QVERIFY(view->chartView()->height() >= view->chartView()->minimumHeight());
    }
};

QTEST_MAIN(TestAvailabilityView)
#include "tst_availabilityview.moc"
