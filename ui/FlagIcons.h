#pragma once

#include "calendar/ResponseDeadline.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace Madoguchi {

// The deadline flag's look, shared by the list, the ticket panel and the tray: a colour
// AND a shape (so nobody depends on telling red from orange), drawn in code so no icon
// theme is needed. An urgent ticket has its own shape (a lightning bolt) and its own colour
// while it is on time, so it is never shown with the green tick of an ordinary ticket.
namespace FlagIcons {

QIcon icon(DeadlineFlag flag, bool urgent = false);
// The flag's text colour for the application's palette (light or dark), or for `palette`.
QColor colour(DeadlineFlag flag, bool urgent = false);
QColor colour(DeadlineFlag flag, bool urgent, const QPalette &palette);
QColor urgentBackground();
QColor urgentBackground(const QPalette &palette);
// 期限超過, 期限間近, 期限内; urgent: 緊急・期限超過, 緊急・期限間近, 緊急
QString label(DeadlineFlag flag, bool urgent = false);
// The tray icon: the application mark with the overdue count on it.
QIcon trayIcon(int overdue);

} // namespace FlagIcons

} // namespace Madoguchi
