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

    // Stores every page; stops at the first failure and shows it. While a page waits (the
    // keychain's answer runs a local event loop) a second OK or Apply is refused, not run
    // inside the first: the settings are saved once.
    Result<void> apply();
    bool isApplying() const { return m_applying; }
    // Shows the page with this object name ("calendarPage", "usersPage", …).
    void showPage(const QString &objectName);
    QList<SettingsPage *> pages() const { return m_pages; }

    void accept() override;
    void reject() override; // not while saving: the pages are still in use

private:
    void addPage(SettingsPage *page);

    QList<SettingsPage *> m_pages;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_applying = false;
};

} // namespace Madoguchi
