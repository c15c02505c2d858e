#include "FlagIcons.h"

#include "Appearance.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::FlagIcons {

QColor colour(DeadlineFlag flag, bool urgent, const QPalette &palette)
{
    // Dark text colours on a light list, light ones on a dark list: each at least 4.5:1
    // against the list's rows and the urgent row background (tst_appearance checks it).
    const bool dark = Appearance::isDark(palette);
    switch (flag) {
    case DeadlineFlag::Overdue:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case DeadlineFlag::DueSoon:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x4b, 0x00);
    case DeadlineFlag::OnTime:
        break;
    }
    if (urgent)
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
    return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

QColor colour(DeadlineFlag flag, bool urgent)
{
    return colour(flag, urgent, QGuiApplication::palette());
}

QColor urgentBackground(const QPalette &palette)
{
    return Appearance::isDark(palette) ? QColor(0x4a, 0x24, 0x24) : QColor(0xff, 0xe4, 0xe1);
}

QColor urgentBackground()
{
    return urgentBackground(QGuiApplication::palette());
}

QString label(DeadlineFlag flag, bool urgent)
{
    if (urgent) {
        switch (flag) {
        case DeadlineFlag::Overdue:
            return QCoreApplication::translate("FlagIcons", "Urgent, overdue");
        case DeadlineFlag::DueSoon:
            return QCoreApplication::translate("FlagIcons", "Urgent, due soon");
        case DeadlineFlag::OnTime:
            break;
        }
        return QCoreApplication::translate("FlagIcons", "Urgent");
    }
    switch (flag) {
    case DeadlineFlag::Overdue:
        return QCoreApplication::translate("FlagIcons", "Overdue");
    case DeadlineFlag::DueSoon:
        return QCoreApplication::translate("FlagIcons", "Due soon");
    case DeadlineFlag::OnTime:
        break;
    }
    return QCoreApplication::translate("FlagIcons", "On time");
}

QIcon icon(DeadlineFlag flag, bool urgent)
{
    const int size = 32;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour(flag, urgent));
    if (urgent) { // a lightning bolt in the state's colour (purple while on time)
        const QPolygonF bolt{{19, 1}, {5, 18}, {14, 18}, {10, 31}, {27, 12}, {18, 12}, {22, 1}};
        p.drawPolygon(bolt);
        return QIcon(pixmap);
    }
    switch (flag) {
    case DeadlineFlag::Overdue: { // a red octagon-like disc with "!"
        p.drawEllipse(2, 2, size - 4, size - 4);
        p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(size / 2, 8, size / 2, 18);
        p.drawPoint(size / 2, 24);
        break;
    }
    case DeadlineFlag::DueSoon: { // an orange triangle with a clock hand
        QPainterPath triangle;
        triangle.moveTo(size / 2.0, 2);
        triangle.lineTo(size - 2, size - 3);
        triangle.lineTo(2, size - 3);
        triangle.closeSubpath();
        p.drawPath(triangle);
        p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(size / 2, 11, size / 2, 20);
        p.drawPoint(size / 2, 25);
        break;
    }
    case DeadlineFlag::OnTime: // a green check
        p.setPen(QPen(colour(flag), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QList<QPointF>{{6, 17}, {13, 24}, {26, 8}});
        break;
    }
    return QIcon(pixmap);
}

QIcon trayIcon(int overdue)
{
    const int size = 64;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x1e, 0x5a, 0x96));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(4, 4, size - 8, size - 8, 10, 10);
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setPixelSize(30);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRect(4, 4, size - 8, size - 8), Qt::AlignCenter, u"窓"_s);
    if (overdue > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour(DeadlineFlag::Overdue));
        p.drawEllipse(size - 34, 0, 34, 34);
        p.setPen(Qt::white);
        font.setPixelSize(overdue > 99 ? 13 : 20);
        p.setFont(font);
        p.drawText(QRect(size - 34, 0, 34, 34), Qt::AlignCenter,
                   overdue > 99 ? u"99+"_s : QString::number(overdue));
    }
    return QIcon(pixmap);
}

} // namespace Madoguchi::FlagIcons
