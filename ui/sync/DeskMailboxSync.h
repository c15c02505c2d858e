#pragma once

#include "mail/account/MailAccountSettings.h"
#include "mail/account/OAuthTokenSource.h"
#include "mail/sync/MailboxSyncMonitor.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Madoguchi {

class MailboxSyncWorker;
class PasswordKeychain;
class TicketDesk;

// The desktop's own mailbox sync: reads the team's mailbox settings from the database and
// the password from this computer's keychain, then runs MailboxSyncWorker on its own thread
// with its own connection to the same database. The worker syncs only while no other
// process holds the team's lock, so a desk next to `madoguchi-cli serve` just shows who
// syncs. Everything the window shows is in monitor().
class DeskMailboxSync : public QObject
{
    Q_OBJECT
public:
    // `databasePassword`: what the desk's own connection used (PostgreSQL only).
    DeskMailboxSync(TicketDesk &desk, QString databasePassword, PasswordKeychain &keychain, QObject *parent = nullptr);
    ~DeskMailboxSync() override;

    // (Re)reads the settings and starts the sync; without a mailbox the monitor says so.
    void start();
    // After the settings dialog: restarts when the mailbox settings changed, or when the
    // sync is not running (a password entered now may be what it was missing).
    void restartIfChanged();
    void syncNow();
    void stop();
    bool isRunning() const { return m_worker != nullptr; }

    MailboxSyncMonitor &monitor() { return m_monitor; }

private:
    void startWith(const Result<std::optional<MailAccountSettings>> &account);

    TicketDesk &m_desk;
    QString m_databasePassword;
    PasswordKeychain &m_keychain;
    MailboxSyncMonitor m_monitor;
    std::unique_ptr<OAuthTokenSource> m_tokens; // an OAuth 2.0 mailbox; the worker asks it across threads
    std::unique_ptr<MailboxSyncWorker> m_worker;
    QString m_settingsFingerprint;
};

} // namespace Madoguchi
