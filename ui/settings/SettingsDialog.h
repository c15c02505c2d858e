#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Madoguchi {

class DesktopSettings;
class ModalPrompts;
class PasswordKeychain;
class SettingsPage;
class TicketDesk;

// Settings… from the main window: accounts, database, calendar, urgent keywords, users and
// roles, language. OK and Apply store every page; a failure keeps the dialog open on the
// page that failed, with the reason in a banner at the bottom.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(TicketDesk &desk, DesktopSettings &settings, const StaffUser &user, PasswordKeychain &keychain,
                   ModalPrompts &prompts, QWidget *parent = nullptr);

    // Stores every page; stops at the first failure and shows it.
    Result<void> apply();
    // Shows the page with this object name ("calendarPage", "usersPage", …).
    void showPage(const QString &objectName);
    QList<SettingsPage *> pages() const { return m_pages; }

    void accept() override;

private:
    void addPage(SettingsPage *page);

    QList<SettingsPage *> m_pages;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Madoguchi
