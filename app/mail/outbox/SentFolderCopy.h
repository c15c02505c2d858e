#pragma once

#include "mail/imap/ImapServerSettings.h"
#include "mail/imap/ImapSession.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <memory>

namespace Madoguchi {

class Clock;

// Puts a copy of each sent reply into the mailbox's Sent folder (DESIGN.md, "Mail out"), so
// the team's ordinary mail program shows what the desk answered. One short IMAP session per
// batch: log in, APPEND each waiting copy, log out. The folder must exist (the administrator
// names it in the account settings). A copy that cannot be stored is reported, never retried
// into a duplicate; the reply itself has gone out either way. When the sync also reads the
// Sent folder, the copy is recognised as the stored reply (same Message-ID and bytes).
class SentFolderCopy : public QObject
{
    Q_OBJECT
public:
    SentFolderCopy(const Clock &clock, ImapServerSettings server, QString password, QString folder,
                   ImapSession::SocketFactory factory = {}, QObject *parent = nullptr);
    ~SentFolderCopy() override;

    // Sign in with OAuth 2.0 tokens from `tokens` instead of the password.
    void setTokenProvider(SaslBearer::TokenProvider tokens) { m_tokens = std::move(tokens); }

    void store(const QByteArray &message);
    bool isBusy() const { return m_session != nullptr; }

Q_SIGNALS:
    void stored(int count);
    void failed(const QString &message);

private:
    void begin();
    void appendNext();
    void finish(const QString &problem);

    const Clock &m_clock;
    ImapServerSettings m_server;
    QString m_password;
    SaslBearer::TokenProvider m_tokens;
    QString m_folder;
    ImapSession::SocketFactory m_factory;
    std::unique_ptr<ImapSession> m_session;
    QList<QByteArray> m_waiting;
    int m_stored = 0;
    bool m_inFlight = false;
};

} // namespace Madoguchi
