#pragma once

#include "mail/imap/SaslBearer.h"
#include "mail/smtp/SmtpFailure.h"
#include "mail/smtp/SmtpServerSettings.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace Madoguchi {

class ImapSocket;

struct SmtpTimeouts
{
    int connectMs = 30'000; // TCP + TLS + greeting
    int commandMs = 60'000; // each command's reply
    int dataMs = 300'000;   // the reply after the message body (servers scan it first)
};

struct SmtpEnvelope
{
    QString sender;         // MAIL FROM
    QStringList recipients; // RCPT TO, each once
    QByteArray message;     // RFC 5322 bytes; line ends are normalised to CRLF on the wire
};

// Submits one message over one SMTP session (RFC 5321/6409): greeting, EHLO, STARTTLS when
// the address is smtp:// (required unless the account allows plaintext), EHLO again, AUTH
// PLAIN or LOGIN, MAIL FROM, RCPT TO, DATA with dot-stuffing, QUIT. Emits accepted() at the 250 after
// the body, and finished() once.
//
// The byte stream is an ImapSocket: it is a plain TLS-capable stream with nothing IMAP in
// it, so the same SslImapSocket (certificate checks, readable TLS errors) and the tests'
// scripted fake serve both protocols.
class SmtpClient : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `socket`.
    SmtpClient(SmtpServerSettings settings, QString password, ImapSocket *socket, SmtpTimeouts timeouts = {},
               QObject *parent = nullptr);
    ~SmtpClient() override;

    // Sign in with AUTH XOAUTH2 and an OAuth 2.0 access token from `tokens` instead of the
    // password; a refused token is renewed and tried once more in the same session, and the
    // server's JSON error (base64 in the 334 challenge) becomes part of the failure.
    void setTokenProvider(SaslBearer::TokenProvider tokens) { m_tokens = std::move(tokens); }

    void send(const SmtpEnvelope &envelope);

    // The lines the client wrote, AUTH secrets replaced by "***" (for the outbox's log).
    const QStringList &transcript() const { return m_transcript; }

    // Dot-stuffed, CRLF-only message body ending in CRLF "." CRLF.
    static QByteArray dataBlock(const QByteArray &message);

Q_SIGNALS:
    // `failure` empty: the server accepted the message; `serverReply` is its last words
    // (e.g. "250 2.0.0 Ok: queued as 4F2A").
    void finished(const std::optional<Madoguchi::SmtpFailure> &failure, const QString &serverReply);
    // The server said 250 after the message body: it has taken responsibility for the message.
    // Emitted synchronously, before QUIT is written, so a receiver connected directly can
    // record that before anything else happens (the outbox's window, docs/store.md);
    // finished() follows with no failure.
    void accepted(const QString &serverReply);

private:
    enum class Step { Idle, Greeting, Ehlo, StartTls, TlsHandshake, EhloAfterTls, AuthPlain, AuthLoginUser,
                      AuthLoginPassword, AuthLoginDone, AuthBearer, AuthBearerError, MailFrom, RcptTo, Data, Body, Quit, Done };

    void onReady();
    void onEncrypted();
    void onReadyRead();
    void onSocketFailed(const QString &message);
    void onTimeout();
    void handleReply(int code, const QStringList &lines);
    void afterEhlo(const QStringList &lines);
    void authenticate();
    void authenticateWithToken(bool renew);
    void bearerReply(int code, const QStringList &lines);
    void mailFrom();
    void command(const QByteArray &line, Step next, const QByteArray &shown = {});
    void fail(SmtpFailure::Kind kind, int code, const QString &message);
    void succeed(const QString &reply);
    void end(const std::optional<SmtpFailure> &failure, const QString &reply); // once per send

    QString serverWords(int code, const QStringList &lines) const;
    void armTimer(int ms);

    SmtpServerSettings m_settings;
    QString m_password;
    SaslBearer::TokenProvider m_tokens;
    bool m_tokenRenewed = false;
    QString m_bearerError; // the decoded 334 error challenge
    ImapSocket *m_socket;
    SmtpTimeouts m_timeouts;
    SmtpEnvelope m_envelope;
    Step m_step = Step::Idle;
    QByteArray m_buffer;
    QStringList m_replyLines;
    QStringList m_capabilities;
    qsizetype m_nextRecipient = 0;
    QString m_acceptedReply;
    QTimer m_timer;
    QStringList m_transcript;
    bool m_finished = false;
};

} // namespace Madoguchi
