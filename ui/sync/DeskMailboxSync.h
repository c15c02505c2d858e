#pragma once

#include "MailboxSignIn.h"
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

    // An OAuth 2.0 mailbox whose sign-in expired or was revoked (error "oauth-signin-required"):
    // signInAgain() runs the browser sign-in of Settings → Mailbox; once signed in, the sync
    // starts again and signedInAgain() tells the outbox. The desk works offline meanwhile.
    bool needsSignIn() const;
    void signInAgain();
    void cancelSignIn();
    bool isSigningIn() const { return m_signIn != nullptr; }
    // "Waiting for the browser…", "Signed in as …", or why the sign-in failed.
    QString signInStatus() const { return m_signInStatus; }
    QUrl signInRedirectUri() const; // while waiting
    void setUrlOpener(MailboxSignIn::UrlOpener opener) { m_opener = std::move(opener); }

Q_SIGNALS:
    void signInChanged();
    void signedInAgain();

private:
    void startWith(const Result<std::optional<MailAccountSettings>> &account);

    TicketDesk &m_desk;
    QString m_databasePassword;
    PasswordKeychain &m_keychain;
    MailboxSyncMonitor m_monitor;
    std::unique_ptr<OAuthTokenSource> m_tokens; // an OAuth 2.0 mailbox; the worker asks it across threads
    std::unique_ptr<MailboxSyncWorker> m_worker;
    QString m_settingsFingerprint;
    MailboxSignIn::UrlOpener m_opener = MailboxSignIn::systemBrowser();
    MailboxSignIn *m_signIn = nullptr;
    QString m_signInStatus;
};

} // namespace Madoguchi
