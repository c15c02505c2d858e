#include "Appearance.h"

#include <QApplication>
#include <QFont>
#include <QWidget>

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

NoticeColours noticeColours(Notice kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case Notice::Warning:
        return dark ? NoticeColours{QColor(0xff, 0xe0, 0x8a), QColor(0x3d, 0x32, 0x10), QColor(0x8a, 0x6d, 0x1f)}
                    : NoticeColours{QColor(0x7a, 0x4a, 0x00), QColor(0xff, 0xf3, 0xcd), QColor(0xe0, 0xb2, 0x52)};
    case Notice::Information:
        return dark ? NoticeColours{QColor(0xbb, 0xde, 0xfb), QColor(0x0d, 0x2a, 0x45), QColor(0x1e, 0x5a, 0x96)}
                    : NoticeColours{QColor(0x0d, 0x3c, 0x61), QColor(0xe3, 0xf2, 0xfd), QColor(0x90, 0xca, 0xf9)};
    case Notice::Error:
        return dark ? NoticeColours{Qt::white, QColor(0x8c, 0x1a, 0x1a), QColor(0x8c, 0x1a, 0x1a)}
                    : NoticeColours{Qt::white, QColor(0xb0, 0x00, 0x20), QColor(0xb0, 0x00, 0x20)};
    case Notice::Caution:
        break;
    }
    return dark ? NoticeColours{QColor(0xff, 0xcc, 0x80), QColor(0x4a, 0x2c, 0x0a), QColor(0x8a, 0x5a, 0x1f)}
                : NoticeColours{QColor(0x8a, 0x3b, 0x00), QColor(0xff, 0xe0, 0xb2), QColor(0xff, 0xb7, 0x4d)};
}

QString noticeStyle(Notice kind)
{
    const NoticeColours colours = noticeColours(kind, QGuiApplication::palette());
    return u"color: %1; background-color: %2"_s.arg(colours.text.name(), colours.background.name());
}

QColor warningTextColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0x7a, 0x4a, 0x00);
}

QColor errorTextColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb0, 0x00, 0x20);
}

void setStyleSheetIfChanged(QWidget *widget, const QString &styleSheet)
{
    if (widget->styleSheet() != styleSheet)
        widget->setStyleSheet(styleSheet);
}

QFont scaledFont(const QFont &base, double scale, bool bold)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * scale);
    else
        font.setPixelSize(int(std::lround(base.pixelSize() * scale)));
    font.setBold(bold);
    return font;
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
