#pragma once

// What the screenshot programs (screen_matrix.cpp, availability_screenshots.cpp) share: the
// language from LANGUAGE=ja|en with the pending Japanese (MADOGUCHI_QM_DIR), and saving a
// window with a note of whether it fits its screen.

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTranslator>
#include <QWidget>

namespace Madoguchi::Testing {

inline void settle()
{
    for (int i = 0; i < 30; ++i)
        QCoreApplication::processEvents();
}

// Saves the window and says whether it fits the screen (item: never larger than the screen).
inline bool saveFitted(QWidget &window, const QString &path)
{
    settle();
    const QRect room = window.screen()->availableGeometry();
    const QRect frame = window.frameGeometry();
    const bool fits = room.contains(frame);
    qInfo("%s: window %dx%d at %d,%d on %dx%d%s", qPrintable(path), frame.width(), frame.height(), frame.x(),
          frame.y(), room.width(), room.height(), fits ? "" : " — LARGER THAN THE SCREEN");
    return window.grab().save(path) && fits;
}

// Japanese when LANGUAGE starts with "ja" (Qt's own strings and Madoguchi's, the pending ones
// from MADOGUCHI_QM_DIR when set), else English.
inline void chooseLanguage(QTranslator &qt, QTranslator &madoguchi)
{
    using namespace Qt::Literals::StringLiterals;
    const bool japanese = qEnvironmentVariable("LANGUAGE").startsWith(u"ja"_s);
    QLocale::setDefault(japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                 : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!japanese)
        return;
    if (qt.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    const QString qmDir = qEnvironmentVariable("MADOGUCHI_QM_DIR");
    if ((!qmDir.isEmpty() && madoguchi.load(QLocale(), u"madoguchi"_s, u"_"_s, qmDir))
        || madoguchi.load(QLocale(), u"madoguchi"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&madoguchi);
}

} // namespace Madoguchi::Testing
