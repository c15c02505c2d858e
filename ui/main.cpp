#include "DeskStartup.h"
#include "MainWindow.h"
#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

// The first-run setup (database choice, mailbox) belongs to the settings work; until it is
// merged the program starts on the built-in database, which needs no setup at all.
void showFirstRunSetup(Madoguchi::DeskStartup &startup)
{
    Q_UNUSED(startup)
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Madoguchi"_s);
    QApplication::setApplicationName(u"madoguchi"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(Madoguchi::versionString));
    QApplication::setDesktopFileName(u"madoguchi"_s);
    QApplication::setQuitOnLastWindowClosed(true);

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // MADOGUCHI_QM_DIR: translations built from a working copy (tests/ui/screenshot.sh uses
    // it to show strings still waiting in translations/pending/) win over the embedded ones.
    QTranslator translator;
    const QString qmDir = qEnvironmentVariable("MADOGUCHI_QM_DIR");
    if ((!qmDir.isEmpty() && translator.load(QLocale(), u"madoguchi"_s, u"_"_s, qmDir))
        || translator.load(QLocale(), u"madoguchi"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Madoguchi"));

    Madoguchi::DeskStartup startup;
    auto opened = startup.open();
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Madoguchi"),
                              QApplication::translate("main", "The desk could not start: %1")
                                  .arg(opened.error().message));
        return 1;
    }
    if (startup.isFirstRun())
        showFirstRunSetup(startup);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"ticket"_s, QApplication::translate("main", "Open this ticket number."), u"number"_s});
    parser.process(app);

    Madoguchi::MainWindow window(startup.desk(), startup.me());
    window.show();
    if (parser.isSet(u"ticket"_s))
        window.openTicket(parser.value(u"ticket"_s).toLongLong());
    return app.exec();
}
