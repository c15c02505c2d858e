#include "WindowGeometry.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace Madoguchi::WindowGeometry {

void fitToScreen(QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect room = screen->availableGeometry();
    if (QLayout *layout = window->layout())
        layout->activate(); // its minimum size is known only then
    // The frame: known once the window is on screen; a usual title bar and border before.
    QMargins frame(4, 32, 4, 4);
    if (window->isVisible() && window->windowHandle())
        frame = window->windowHandle()->frameMargins();
    const QSize most(room.width() - frame.left() - frame.right(), room.height() - frame.top() - frame.bottom());
    // A window's minimum size can be larger than a small screen: the room wins.
    window->setMinimumSize(window->minimumSize().boundedTo(most));
    const QSize size = window->size().boundedTo(most);
    if (size != window->size())
        window->resize(size);
    // Keep the whole frame inside the room.
    const QRect outer(window->pos(), QSize(size.width() + frame.left() + frame.right(),
                                           size.height() + frame.top() + frame.bottom()));
    const int x = std::clamp(outer.left(), room.left(), room.right() + 1 - outer.width());
    const int y = std::clamp(outer.top(), room.top(), room.bottom() + 1 - outer.height());
    if (x != outer.left() || y != outer.top())
        window->move(x, y);
}

} // namespace Madoguchi::WindowGeometry
