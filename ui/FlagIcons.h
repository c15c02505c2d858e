#pragma once

#include "calendar/ResponseDeadline.h"

#include <QColor>
#include <QIcon>

namespace Madoguchi {

// The deadline flag's look, shared by the list, the ticket panel and the tray: a colour
// AND a shape (so nobody depends on telling red from orange), drawn in code so no icon
// theme is needed.
namespace FlagIcons {

QIcon icon(DeadlineFlag flag, bool urgent = false);
QColor colour(DeadlineFlag flag);
QColor urgentBackground();
QString label(DeadlineFlag flag); // 期限超過, 期限間近, 期限内
// The tray icon: the application mark with the overdue count on it.
QIcon trayIcon(int overdue);

} // namespace FlagIcons

} // namespace Madoguchi
