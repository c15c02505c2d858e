#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Madoguchi::Appearance {

// The program takes its colours from the system's palette (light or dark); the few colours
// of its own (deadline flags, message bands, notices) come in a light and a dark variant,
// chosen by the palette in force, so text keeps a WCAG contrast of at least 4.5:1 on both.

// Whether a palette is dark: its window background is darker than mid-grey.
bool isDark(const QPalette &palette);
bool isDark(); // the application's palette

// WCAG 2.x contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

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
