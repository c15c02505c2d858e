#include "reply/DeskOutbox.h"

#include "mail/account/MailAccountSettings.h"
#include "store/PasswordKeychain.h"
#include "tickets/TicketDesk.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

DeskOutbox::DeskOutbox(TicketDesk &desk, PasswordKeychain &keychain, QObject *parent)
    : QObject(parent), m_desk(desk), m_keychain(keychain)
{
}

DeskOutbox::~DeskOutbox() = default;

void DeskOutbox::setProblem(const QString &text, bool announce)
{
    m_problem = text;
    if (announce)
        Q_EMIT statusChanged(text);
}

void DeskOutbox::start()
{
    m_sender.reset();
    m_sentCopy.reset();
    m_tokens.reset();
    auto account = MailAccountSettings::load(m_desk.database());
    if (!account) {
        setProblem(account.error().message);
        return;
    }
    if (!account->has_value() || (*account)->smtpUrl.isEmpty()) {
        setProblem(tr("Replies stay in the outbox: no outgoing mail server is set (Settings → Mailbox)."), false);
        return;
    }
    auto server = SmtpServerSettings::fromAccount(**account);
    if (!server) {
        setProblem(server.error().message);
        return;
    }
    QString password;
    if ((*account)->oauth) {
        m_tokens = std::make_unique<OAuthTokenSource>(
            *(*account)->oauth, OAuthTokenVault(m_keychain, (*account)->oauthTokensKey()), m_desk.clock());
    } else if (!server->user.isEmpty()) {
        auto smtp = m_keychain.read((*account)->smtpPasswordKey());
        auto imap = smtp ? smtp : m_keychain.read((*account)->imapPasswordKey());
        if (!imap) {
            setProblem(tr("Replies stay in the outbox: the password of %1 is not saved on this computer "
                          "(Settings → Mailbox).")
                           .arg(server->toDisplayText()),
                       false);
            return;
        }
        password = *imap;
    }
    m_sender = std::make_unique<OutboxSender>(m_desk, *server, password);
    if (m_tokens)
        m_sender->setTokenProvider(m_tokens->provider());
    if (!(*account)->sentFolder.isEmpty() && m_tokens) {
        m_sentCopy = std::make_unique<SentFolderCopy>(m_desk.clock(), (*account)->imap, QString(), (*account)->sentFolder);
        m_sentCopy->setTokenProvider(m_tokens->provider());
        connect(m_sentCopy.get(), &SentFolderCopy::failed, this, [this](const QString &text) { setProblem(text); });
        m_sender->setSentCopy(m_sentCopy.get());
    } else if (!(*account)->sentFolder.isEmpty()) {
        if (auto imapPassword = m_keychain.read((*account)->imapPasswordKey())) {
            m_sentCopy = std::make_unique<SentFolderCopy>(m_desk.clock(), (*account)->imap, *imapPassword,
                                                          (*account)->sentFolder);
            connect(m_sentCopy.get(), &SentFolderCopy::failed, this, [this](const QString &text) { setProblem(text); });
            m_sender->setSentCopy(m_sentCopy.get());
        }
    }
    connect(m_sender.get(), &OutboxSender::replySent, this, [this](qint64, qint64 ticketId) {
        setProblem(QString());
        Q_EMIT statusChanged(tr("Reply on #%1 sent.").arg(ticketId));
        Q_EMIT outboxChanged();
    });
    connect(m_sender.get(), &OutboxSender::replyDeferred, this,
            [this](qint64, qint64 ticketId, const QString &words) {
                setProblem(tr("The reply on #%1 is waiting in the outbox: %2").arg(ticketId).arg(words));
                Q_EMIT outboxChanged();
            });
    connect(m_sender.get(), &OutboxSender::replyRefused, this, [this](qint64, qint64 ticketId, const QString &words) {
        setProblem(tr("The reply on #%1 was refused: %2").arg(ticketId).arg(words));
        Q_EMIT outboxChanged();
    });
    connect(m_sender.get(), &OutboxSender::problem, this, [this](const QString &text) { setProblem(text); });
    m_problem.clear();
    m_sender->start();
}

void DeskOutbox::wake()
{
    if (m_sender)
        m_sender->wake();
}

void DeskOutbox::resumeAfterSignIn()
{
    start();
    auto entries = m_desk.outbox().entries();
    if (!entries) {
        setProblem(entries.error().message);
        return;
    }
    for (const OutboxEntry &entry : std::as_const(*entries)) {
        // Only what a failed attempt put off; a reply in its send-cancel window stays there.
        if (entry.state == OutboxState::Queued && entry.attempts > 0) {
            if (auto retried = m_desk.outbox().retryNow(entry.id); !retried)
                setProblem(retried.error().message);
        }
    }
    wake();
}

} // namespace Madoguchi
