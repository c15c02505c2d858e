#include "sync/DeskMailboxSync.h"
#include "reply/DeskOutbox.h"
#include "desk/DeskStartup.h"
#include "settings/FirstRunWizard.h"
#include "desk/MainWindow.h"
#include "Appearance.h"
#include "ModalPrompts.h"
#include "WindowGeometry.h"
#include "reports/ReportsView.h"
#include "settings/SettingsDialog.h"
#include "core/Clock.h"
#include "core/Version.h"
#include "store/DesktopSettings.h"
#include "store/PasswordKeychain.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Madoguchi"_s);
    QApplication::setApplicationName(u"madoguchi"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(Madoguchi::versionString));
    QApplication::setDesktopFileName(u"madoguchi"_s);
    QApplication::setQuitOnLastWindowClosed(true);

    // The language chosen in Settings (empty: the system's); translators are installed once.
    QSettings localSettings;
    Madoguchi::DesktopSettings desktop(localSettings);
    if (!desktop.language().isEmpty())
        QLocale::setDefault(QLocale(desktop.language()));

    // The text size chosen in Settings → Appearance, for every window.
    Madoguchi::Appearance::applyFontSize(Madoguchi::Appearance::fontSizeFromKey(desktop.fontSize()));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // MADOGUCHI_QM_DIR: translations built from a working copy win over the embedded ones.
    QTranslator translator;
    const QString qmDir = qEnvironmentVariable("MADOGUCHI_QM_DIR");
    if ((!qmDir.isEmpty() && translator.load(QLocale(), u"madoguchi"_s, u"_"_s, qmDir))
        || translator.load(QLocale(), u"madoguchi"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Madoguchi"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"ticket"_s, QApplication::translate("main", "Open this ticket number."), u"number"_s});
    parser.addOption({u"database"_s,
                      QApplication::translate("main", "Open this database (a SQLite file or "
                                                      "postgresql://user@host:port/name) instead of the one in "
                                                      "Settings."),
                      u"address"_s});
    parser.process(app);

    Madoguchi::PasswordKeychain keychain;
    // First run: choose the built-in database or the team's PostgreSQL, and the mailbox.
    // --database or MADOGUCHI_DATABASE (scripts, the screenshot fixture) skips it.
    if (!desktop.isSetUp() && qEnvironmentVariable("MADOGUCHI_DATABASE").isEmpty() && !parser.isSet(u"database"_s)) {
        Madoguchi::FirstRunWizard wizard(desktop, keychain, Madoguchi::Clock::system(),
                                         Madoguchi::ModalPrompts::interactive());
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        desktop.sync();
    }

    Madoguchi::DeskStartup startup;
    startup.setDatabaseOption(parser.value(u"database"_s));
    // Some schema upgrades rebuild a search index: minutes on a large desk, once.
    std::unique_ptr<QProgressDialog> upgrading;
    auto opened = startup.open([&upgrading](int from, int to) {
        upgrading = std::make_unique<QProgressDialog>(
            QApplication::translate("main",
                                    "Updating the database for this version of Madoguchi (schema %1 to %2).\n"
                                    "This happens once after an update and can take a few minutes on a large "
                                    "desk. Please wait.")
                .arg(from)
                .arg(to),
            QString(), 0, 0);
        upgrading->setWindowTitle(QApplication::translate("main", "Madoguchi"));
        upgrading->setMinimumDuration(0);
        upgrading->show();
        QApplication::processEvents(QEventLoop::AllEvents, 200); // paint it before the long, blocking upgrade
    });
    upgrading.reset();
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Madoguchi"),
                              QApplication::translate("main", "The desk could not start: %1")
                                  .arg(opened.error().message));
        return 1;
    }

    Madoguchi::MainWindow window(startup.desk(), startup.me());
    window.setAnnouncementMemory(&localSettings); // the daily maintenance warning: once a day
    // The desktop syncs the mailbox itself unless another desktop or `madoguchi-cli serve`
    // holds the team's lock (then the status bar says who does).
    Madoguchi::DeskMailboxSync mailboxSync(startup.desk(), startup.databasePassword(), keychain);
    window.setMailboxSync(&mailboxSync);
    // Every desktop sends what is in the team's outbox (claim-before-send keeps it to once).
    Madoguchi::DeskOutbox outbox(startup.desk(), keychain);
    window.setOutbox(&outbox);
    // Signed in again (OAuth 2.0): the replies that waited for it go out now.
    QObject::connect(&mailboxSync, &Madoguchi::DeskMailboxSync::signedInAgain, &outbox,
                     &Madoguchi::DeskOutbox::resumeAfterSignIn);
    window.setSettingsOpener([&](QWidget *parent) {
        Madoguchi::SettingsDialog dialog(startup.desk(), desktop, startup.me(), keychain,
                                         Madoguchi::ModalPrompts::interactive(), parent);
        if (dialog.exec() == QDialog::Accepted) {
            mailboxSync.restartIfChanged();
            outbox.restart();
        }
        window.refreshLive();
    });
    window.setReportsOpener([&](QWidget *parent) {
        auto *reports = new Madoguchi::ReportsView(startup.desk(), startup.me(), parent);
        reports->setWindowFlag(Qt::Window);
        reports->setAttribute(Qt::WA_DeleteOnClose);
        reports->setWindowTitle(QApplication::translate("main", "Reports"));
        reports->resize(1100, 800);
        Madoguchi::WindowGeometry::fitToScreen(reports);
        QObject::connect(reports, &Madoguchi::ReportsView::ticketActivated, &window, &Madoguchi::MainWindow::openTicket);
        reports->show();
    });
    window.show();
    mailboxSync.start();
    outbox.start();
    if (parser.isSet(u"ticket"_s))
        window.openTicket(parser.value(u"ticket"_s).toLongLong());
    return app.exec();
}
