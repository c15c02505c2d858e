#include "MainWindow.h"
#include "core/Clock.h"
#include "core/Version.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"madoguchi"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    Madoguchi::MainWindow window(Madoguchi::Clock::system());
    window.show();
    return app.exec();
}
