#pragma once

#include <QString>

namespace Madoguchi {

enum class StaffRole { Staff, Manager };

// A person who works the desk. Managers also change the calendar, the users and the
// settings the team shares (enforced by the core API, not only by the UI).
struct StaffUser
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString email;
    StaffRole role = StaffRole::Staff;
    // 承認: a manager decided this person's replies wait for a manager's approval
    // (ReplyApprovals) before they go to the outbox.
    bool needsApproval = false;

    bool isManager() const { return role == StaffRole::Manager; }
    // The actor for changes the program makes by itself (mail import, calendar recompute).
    static StaffUser system();
};

} // namespace Madoguchi
