#include "mail/smtp/SmtpClient.h"

#include "mail/imap/ImapSocket.h"

#include <QHostInfo>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// The name we greet with: a real host name if there is one, else an address literal, as
// RFC 5321 4.1.1.1 asks; servers compare it only loosely.
QByteArray ehloName()
{
    QString name = QHostInfo::localHostName();
    if (name.isEmpty() || name.contains(u' '))
        return QByteArrayLiteral("[127.0.0.1]");
    return name.toUtf8();
}

QByteArray angle(const QString &address)
{
    return '<' + address.trimmed().toUtf8() + '>';
}

} // namespace

SmtpClient::SmtpClient(SmtpServerSettings settings, QString password, ImapSocket *socket, SmtpTimeouts timeouts,
                       QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_password(std::move(password)), m_socket(socket),
      m_timeouts(timeouts)
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
    connect(m_socket, &ImapSocket::ready, this, &SmtpClient::onReady);
    connect(m_socket, &ImapSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &ImapSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &ImapSocket::closedByPeer, this, [this]() {
        onSocketFailed(tr("The server closed the connection."));
    });
    connect(m_socket, &ImapSocket::failed, this, [this](const Error &error) {
        if (m_finished)
            return;
        // A certificate the desk does not trust is a setup problem, not a reason to give up on the reply.
        fail(error.code == u"tls"_s ? SmtpFailure::Kind::Account : SmtpFailure::Kind::Temporary, 0, error.message);
    });
}

SmtpClient::~SmtpClient()
{
    if (!m_finished)
        m_socket->abort();
}

void SmtpClient::send(const SmtpEnvelope &envelope)
{
    m_envelope = envelope;
    if (m_envelope.recipients.isEmpty()) {
        QTimer::singleShot(0, this, [this]() {
            fail(SmtpFailure::Kind::Permanent, 0, tr("The reply has no recipient."));
        });
        return;
    }
    m_step = Step::Greeting;
    armTimer(m_timeouts.connectMs);
    m_socket->connectToHost(m_settings.host, m_settings.port,
                            m_settings.security == SmtpServerSettings::Security::ImplicitTls);
}

void SmtpClient::armTimer(int ms)
{
    m_timer.start(ms);
}

void SmtpClient::onReady()
{
    // The greeting arrives by itself; nothing to write until then.
}

void SmtpClient::onEncrypted()
{
    if (m_step != Step::TlsHandshake)
        return;
    m_capabilities.clear();
    command("EHLO " + ehloName(), Step::EhloAfterTls);
}

void SmtpClient::onSocketFailed(const QString &message)
{
    if (m_finished)
        return;
    // After QUIT's reply, or after the server accepted the message, a close is no failure.
    if (m_step == Step::Quit || m_step == Step::Done) {
        succeed(m_acceptedReply);
        return;
    }
    fail(SmtpFailure::Kind::Temporary, 0,
         tr("Lost the connection to %1 port %2: %3").arg(m_settings.host).arg(m_settings.port).arg(message));
}

void SmtpClient::onTimeout()
{
    if (m_finished)
        return;
    if (m_step == Step::Quit) { // the message is accepted; a server slow to say goodbye changes nothing
        succeed(m_acceptedReply);
        return;
    }
    fail(SmtpFailure::Kind::Temporary, 0,
         tr("The mail server %1 did not answer in time.").arg(m_settings.host));
}

void SmtpClient::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype end;
    while (!m_finished && (end = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        bool numeric = false;
        const int code = line.left(3).toInt(&numeric);
        if (line.size() < 3 || !numeric) {
            fail(SmtpFailure::Kind::Temporary, 0,
                 tr("The mail server sent something that is not SMTP: \"%1\".")
                     .arg(QString::fromUtf8(line.left(200))));
            return;
        }
        m_replyLines.append(QString::fromUtf8(line.mid(4)));
        // "250-…" continues a multi-line reply; "250 …" (or a bare "250") ends it.
        if (line.size() > 3 && line.at(3) == '-')
            continue;
        const QStringList lines = m_replyLines;
        m_replyLines.clear();
        handleReply(code, lines);
    }
}

QString SmtpClient::serverWords(int code, const QStringList &lines) const
{
    return QString::number(code) + u' ' + lines.join(u' ').trimmed();
}

void SmtpClient::command(const QByteArray &line, Step next, const QByteArray &shown)
{
    m_step = next;
    m_transcript.append(QString::fromUtf8(shown.isEmpty() ? line : shown));
    armTimer(m_timeouts.commandMs);
    m_socket->write(line + "\r\n");
}

void SmtpClient::handleReply(int code, const QStringList &lines)
{
    const QString words = serverWords(code, lines);
    const bool positive = code >= 200 && code < 400;
    const auto refused = [&](SmtpFailure::Kind permanentKind, const QString &what) {
        const SmtpFailure::Kind kind = code >= 500 ? permanentKind : SmtpFailure::Kind::Temporary;
        fail(kind, code, what.arg(m_settings.host, words));
    };
    switch (m_step) {
    case Step::Greeting:
        if (code != 220)
            return refused(SmtpFailure::Kind::Account, tr("The mail server %1 does not take mail now: %2"));
        command("EHLO " + ehloName(), Step::Ehlo);
        return;
    case Step::Ehlo:
    case Step::EhloAfterTls:
        if (code != 250)
            return refused(SmtpFailure::Kind::Account, tr("The mail server %1 refused the greeting (EHLO): %2"));
        afterEhlo(lines);
        return;
    case Step::StartTls:
        if (code != 220)
            return refused(SmtpFailure::Kind::Account, tr("The mail server %1 refused to start encryption: %2"));
        m_step = Step::TlsHandshake;
        armTimer(m_timeouts.connectMs);
        m_socket->startTls();
        return;
    case Step::AuthPlain:
    case Step::AuthLoginUser:
    case Step::AuthLoginPassword:
    case Step::AuthLoginDone: {
        // 334 asks for the next AUTH LOGIN piece; 235 means logged in.
        const bool asking = m_step == Step::AuthLoginUser || m_step == Step::AuthLoginPassword;
        if (code != (asking ? 334 : 235))
            return refused(SmtpFailure::Kind::Account,
                           tr("The mail server %1 did not accept the user name and password: %2"));
        if (m_step == Step::AuthLoginUser)
            command(m_settings.user.toUtf8().toBase64(), Step::AuthLoginPassword, "***");
        else if (m_step == Step::AuthLoginPassword)
            command(m_password.toUtf8().toBase64(), Step::AuthLoginDone, "***");
        else
            mailFrom();
        return;
    }
    case Step::AuthBearer:
    case Step::AuthBearerError:
        bearerReply(code, lines);
        return;
    case Step::MailFrom:
        if (!positive)
            return refused(SmtpFailure::Kind::Permanent, tr("The mail server %1 refused the sender: %2"));
        m_nextRecipient = 0;
        [[fallthrough]];
    case Step::RcptTo:
        if (!positive) {
            const QString who = m_envelope.recipients.value(m_nextRecipient - 1);
            const SmtpFailure::Kind kind = code >= 500 ? SmtpFailure::Kind::Permanent : SmtpFailure::Kind::Temporary;
            return fail(kind, code, tr("The mail server %1 refused the recipient %2: %3").arg(m_settings.host, who, words));
        }
        if (m_nextRecipient < m_envelope.recipients.size()) {
            const QString to = m_envelope.recipients.at(m_nextRecipient++);
            command("RCPT TO:" + angle(to), Step::RcptTo);
        } else {
            command("DATA", Step::Data);
        }
        return;
    case Step::Data:
        if (code != 354)
            return refused(SmtpFailure::Kind::Permanent, tr("The mail server %1 refused the message: %2"));
        m_step = Step::Body;
        m_transcript.append(u"<message, %1 bytes>"_s.arg(m_envelope.message.size()));
        armTimer(m_timeouts.dataMs);
        m_socket->write(dataBlock(m_envelope.message));
        return;
    case Step::Body:
        if (code != 250)
            return refused(SmtpFailure::Kind::Permanent, tr("The mail server %1 refused the message: %2"));
        m_acceptedReply = words;
        m_step = Step::Quit; // from here a lost connection or a silent server is no failure
        Q_EMIT accepted(words); // receivers must not delete the client here (deleteLater)
        command("QUIT", Step::Quit);
        return;
    case Step::Quit:
        succeed(m_acceptedReply);
        return;
    case Step::Idle:
    case Step::TlsHandshake:
    case Step::Done:
        fail(SmtpFailure::Kind::Temporary, code, tr("The mail server %1 said something unexpected: %2")
                                                     .arg(m_settings.host, words));
        return;
    }
}

void SmtpClient::afterEhlo(const QStringList &lines)
{
    m_capabilities.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) // the first line is the server's name
        m_capabilities.append(lines.at(i).trimmed().toUpper());
    const bool startTls = m_settings.security == SmtpServerSettings::Security::StartTls;
    if (startTls && !m_socket->isEncrypted()) {
        if (m_capabilities.contains(u"STARTTLS"_s)) {
            command("STARTTLS", Step::StartTls);
            return;
        }
        if (!m_settings.allowPlaintext) {
            fail(SmtpFailure::Kind::Account, 0,
                 tr("The mail server %1 does not offer encryption (STARTTLS), so the password would travel "
                    "unencrypted. Use smtps:// or allow plaintext in the account settings.")
                     .arg(m_settings.host));
            return;
        }
    }
    authenticate();
}

void SmtpClient::authenticate()
{
    if (m_settings.user.isEmpty()) {
        mailFrom();
        return;
    }
    QStringList mechanisms;
    for (const QString &capability : std::as_const(m_capabilities)) {
        if (capability.startsWith(u"AUTH "_s) || capability.startsWith(u"AUTH="_s))
            mechanisms += capability.mid(5).split(u' ', Qt::SkipEmptyParts);
    }
    if (m_tokens) {
        if (!mechanisms.contains(u"XOAUTH2"_s)) {
            fail(SmtpFailure::Kind::Account, 0,
                 tr("The mail server %1 does not offer signing in with OAuth 2.0 (AUTH XOAUTH2).")
                     .arg(m_settings.host));
            return;
        }
        authenticateWithToken(false);
    } else if (mechanisms.contains(u"PLAIN"_s)) {
        const QByteArray token = QByteArray() + '\0' + m_settings.user.toUtf8() + '\0' + m_password.toUtf8();
        command("AUTH PLAIN " + token.toBase64(), Step::AuthPlain, "AUTH PLAIN ***");
    } else if (mechanisms.contains(u"LOGIN"_s)) {
        command("AUTH LOGIN", Step::AuthLoginUser);
    } else {
        fail(SmtpFailure::Kind::Account, 0,
             tr("The mail server %1 offers no way to log in that Madoguchi knows (PLAIN or LOGIN).")
                 .arg(m_settings.host));
    }
}

void SmtpClient::authenticateWithToken(bool renew)
{
    m_bearerError.clear();
    m_timer.stop(); // the token may take a refresh over the network; the token source times out itself
    QPointer<SmtpClient> self(this);
    m_tokens(renew, [self, renew](const Result<QString> &token) {
        if (!self || self->m_finished)
            return;
        if (!token) {
            self->fail(SmtpFailure::Kind::Account, 0, token.error().message);
            return;
        }
        self->m_tokenRenewed = renew;
        const QByteArray response = SaslBearer::initialResponse(SaslBearer::Mechanism::XOAuth2, self->m_settings.user,
                                                                token.value(), self->m_settings.host,
                                                                self->m_settings.port);
        self->command("AUTH XOAUTH2 " + response.toBase64(), Step::AuthBearer, "AUTH XOAUTH2 ***");
    });
}

void SmtpClient::bearerReply(int code, const QStringList &lines)
{
    if (code == 235) {
        mailFrom();
        return;
    }
    if (code == 334 && m_step == Step::AuthBearer) {
        // RFC 7628 3.2.3 (and Google's XOAUTH2): the reason comes as a challenge; an empty
        // answer asks for the final refusal.
        m_bearerError = SaslBearer::describeErrorChallenge(lines.value(0).toLatin1());
        command(QByteArray(), Step::AuthBearerError);
        return;
    }
    if (code >= 500 && code < 600 && code != 530 && !m_tokenRenewed) {
        authenticateWithToken(true); // expired or revoked early: one fresh token, once
        return;
    }
    QString words = serverWords(code, lines);
    if (!m_bearerError.isEmpty())
        words += u" ("_s + tr("the server said: %1").arg(m_bearerError) + u')';
    fail(code >= 500 ? SmtpFailure::Kind::Account : SmtpFailure::Kind::Temporary, code,
         tr("The mail server %1 did not accept the OAuth 2.0 sign-in: %2").arg(m_settings.host, words));
}

void SmtpClient::mailFrom()
{
    command("MAIL FROM:" + angle(m_envelope.sender), Step::MailFrom);
}

QByteArray SmtpClient::dataBlock(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 50 + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (lineStart && c == '.')
            out += '.'; // RFC 5321 4.5.2: the server removes it again
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < message.size() && message.at(i + 1) == '\n')
                ++i;
            lineStart = true;
        } else if (c == '\n') {
            out += "\r\n";
            lineStart = true;
        } else {
            out += c;
            lineStart = false;
        }
    }
    if (!lineStart)
        out += "\r\n";
    out += ".\r\n";
    return out;
}

void SmtpClient::fail(SmtpFailure::Kind kind, int code, const QString &message)
{
    end(SmtpFailure{kind, code, message}, QString());
}

void SmtpClient::succeed(const QString &reply)
{
    end(std::nullopt, reply);
}

void SmtpClient::end(const std::optional<SmtpFailure> &failure, const QString &reply)
{
    if (m_finished)
        return;
    m_finished = true;
    m_step = Step::Done;
    m_timer.stop();
    m_socket->abort();
    Q_EMIT finished(failure, reply);
}

} // namespace Madoguchi
