#pragma once

#include "mail/account/OAuthTokenSource.h"
#include "mail/outbox/OutboxSender.h"
#include "mail/outbox/SentFolderCopy.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Madoguchi {

class PasswordKeychain;
class TicketDesk;

// The desktop's outbox sender: every desktop runs one (claim-before-send makes that safe),
// on the window's thread — the SMTP session is asynchronous and each database step is one
// short statement. Reads the team's SMTP address from the mailbox settings and the password
// from this computer's keychain (the SMTP entry, else the mailbox's, as the settings page
// offers "same as incoming"). With a Sent folder in the settings, a copy of each sent reply
// is stored there (SentFolderCopy, with the mailbox's own password).
class DeskOutbox : public QObject
{
    Q_OBJECT
public:
    DeskOutbox(TicketDesk &desk, PasswordKeychain &keychain, QObject *parent = nullptr);
    ~DeskOutbox() override;

    void start();
    // After the settings dialog: start again with what is stored now.
    void restart() { start(); }
    // A reply was queued or Retry was pressed: look now.
    void wake();
    // The mailbox was signed in again (OAuth 2.0): start over with the new sign-in and send
    // the replies that were waiting for it now rather than at their next retry.
    void resumeAfterSignIn();
    bool isRunning() const { return m_sender != nullptr; }
    // Why it does not run, or the last problem; empty when all is well.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void statusChanged(const QString &text);
    void outboxChanged();

private:
    // `announce`: say it in the status bar now. A sender that cannot start (no SMTP server,
    // no password here) is said when a reply is queued, not at every start: a desk that only
    // reads mail has nothing waiting, and the status bar shows the mailbox state instead.
    void setProblem(const QString &text, bool announce = true);

    TicketDesk &m_desk;
    PasswordKeychain &m_keychain;
    std::unique_ptr<OAuthTokenSource> m_tokens; // an OAuth 2.0 mailbox: for SMTP and the Sent copy
    std::unique_ptr<SentFolderCopy> m_sentCopy;
    std::unique_ptr<OutboxSender> m_sender;
    QString m_problem;
};

} // namespace Madoguchi
