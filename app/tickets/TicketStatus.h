#pragma once

#include <QString>

#include <optional>

namespace Madoguchi {

// Where a ticket stands. Only New and Open carry open obligations; a new customer message
// on a Waiting, Resolved or Closed ticket reopens it (DESIGN.md, "The clock" 9).
enum class TicketStatus {
    New,      // 未対応
    Open,     // 対応中
    Waiting,  // お客様回答待ち
    Resolved, // 解決済み
    Closed,   // 完了
};

QString statusKey(TicketStatus status); // "new", "open", … as stored and used on the command line
std::optional<TicketStatus> statusFromKey(const QString &key);
QString statusLabel(TicketStatus status); // translated: 未対応, 対応中, …
bool isSettled(TicketStatus status);      // waiting, resolved or closed

enum class TicketPriority { Low, Normal, High, Urgent };

QString priorityKey(TicketPriority priority);
std::optional<TicketPriority> priorityFromKey(const QString &key);
QString priorityLabel(TicketPriority priority); // 低, 通常, 高, 緊急

} // namespace Madoguchi
