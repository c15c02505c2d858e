#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

class QWidget;

namespace Madoguchi::Appearance {

// The program takes its colours from the system's palette (light or dark); the few colours
// of its own (deadline flags, message bands, notices) come in a light and a dark variant,
// chosen by the palette in force, so text keeps a WCAG contrast of at least 4.5:1 on both.

// Whether a palette is dark: its window background is darker than mid-grey.
bool isDark(const QPalette &palette);
bool isDark(); // the application's palette

// WCAG 2.x contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// The program's own notices, each a text on its own background: Warning (someone changed
// the ticket first, someone is writing a reply), Information (a reply waiting to be sent),
// Error (a reply not delivered), Caution (an address outside the customer's organisation).
enum class Notice { Warning, Information, Error, Caution };
struct NoticeColours
{
    QColor text;
    QColor background;
    QColor border;
};
NoticeColours noticeColours(Notice kind, const QPalette &palette);
// "color: …; background-color: …" for the application's palette, for a style sheet.
QString noticeStyle(Notice kind);
// Words that warn, written on the window's own background (the send confirmation).
QColor warningTextColour(const QPalette &palette);
QColor errorTextColour(const QPalette &palette);
// Sets a style sheet only when it differs: restyling on a palette change must not loop
// through the palette change a style sheet itself causes.
void setStyleSheetIfChanged(QWidget *widget, const QString &styleSheet);
// A font `scale` times the size of `base` (the widget's inherited font), bold if asked: for
// the few texts that stand out (a key figure, a title). Applied again on QEvent::FontChange,
// they follow the text size setting instead of keeping a size of their own.
QFont scaledFont(const QFont &base, double scale, bool bold = true);

// Text size for the whole program (Settings → Appearance), applied as the application
// font so the list, the ticket panel and the thread follow without their own code.
enum class FontSize { Small, Normal, Large };
FontSize fontSizeFromKey(const QString &key); // "small" / "normal" / "large"
QString fontSizeKey(FontSize size);
double fontScale(FontSize size);               // 0.85, 1, 1.25
// Sets the application font to the system's font scaled for `size`. The system's size is
// remembered on the first call, so choosing again never compounds.
void applyFontSize(FontSize size);
FontSize appliedFontSize();

} // namespace Madoguchi::Appearance
