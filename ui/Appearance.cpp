#include "Appearance.h"

#include <QApplication>
#include <QFont>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::Appearance {

namespace {

std::optional<QFont> systemFont;
FontSize applied = FontSize::Normal;

double relativeLuminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

FontSize fontSizeFromKey(const QString &key)
{
    if (key == u"small"_s)
        return FontSize::Small;
    if (key == u"large"_s)
        return FontSize::Large;
    return FontSize::Normal;
}

QString fontSizeKey(FontSize size)
{
    switch (size) {
    case FontSize::Small: return u"small"_s;
    case FontSize::Normal: break;
    case FontSize::Large: return u"large"_s;
    }
    return u"normal"_s;
}

double fontScale(FontSize size)
{
    switch (size) {
    case FontSize::Small: return 0.85;
    case FontSize::Normal: break;
    case FontSize::Large: return 1.25;
    }
    return 1.0;
}

void applyFontSize(FontSize size)
{
    if (!systemFont)
        systemFont = QApplication::font();
    QFont font = *systemFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(systemFont->pointSizeF() * fontScale(size));
    else
        font.setPixelSize(int(std::lround(systemFont->pixelSize() * fontScale(size))));
    applied = size;
    QApplication::setFont(font);
}

FontSize appliedFontSize()
{
    return applied;
}

} // namespace Madoguchi::Appearance
