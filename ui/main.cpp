#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "ModalPrompts.h"
#include "core/Clock.h"
#include "core/Version.h"
#include "store/DesktopSettings.h"
#include "store/PasswordKeychain.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Madoguchi"_s);
    QApplication::setApplicationName(u"madoguchi"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Madoguchi"));
    QApplication::setApplicationVersion(QString::fromUtf8(Madoguchi::versionString));
    QApplication::setDesktopFileName(u"madoguchi"_s);

    // The language chosen in Settings (empty: the system's); translators are installed once.
    QSettings localSettings;
    Madoguchi::DesktopSettings desktop(localSettings);
    if (!desktop.language().isEmpty())
        QLocale::setDefault(QLocale(desktop.language()));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"madoguchi"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    if (!desktop.isSetUp()) {
        Madoguchi::PasswordKeychain keychain;
        Madoguchi::FirstRunWizard wizard(desktop, keychain, Madoguchi::Clock::system(),
                                         Madoguchi::ModalPrompts::interactive());
        if (wizard.exec() != QDialog::Accepted)
            return 0;
    }

    Madoguchi::MainWindow window(Madoguchi::Clock::system());
    window.show();
    return app.exec();
}
