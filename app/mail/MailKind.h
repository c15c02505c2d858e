#pragma once

#include <QString>

namespace Madoguchi {

// What an arriving mail is to the desk (DESIGN.md, "Mail in").
enum class MailKind {
    CustomerMessage, // creates or answers-required: starts a response obligation
    StaffReply, // from the support address or a staff address: answers obligations
    AutoReply, // auto-replies, out-of-office, read receipts, loops: stored, never obligations
    Bounce, // delivery status: attached to the outbound mail it reports on
};

QString mailKindName(MailKind kind); // "customer", "staff", "auto-reply", "bounce"

} // namespace Madoguchi
