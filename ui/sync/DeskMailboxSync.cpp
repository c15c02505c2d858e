#include "sync/DeskMailboxSync.h"

#include "mail/account/MailAccountSettings.h"
#include "mail/account/MailPasswordSource.h"
#include "mail/sync/MailboxSyncWorker.h"
#include "store/Database.h"
#include "tickets/TicketDesk.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Everything the sync depends on, as one comparable string.
QString fingerprint(const std::optional<MailAccountSettings> &account)
{
    if (!account)
        return {};
    return QStringList{account->imap.toUrl(), account->imap.caFile, QString::number(account->imap.allowPlaintext),
                       account->sentFolder, QString::number(account->markSeen), account->moveToFolder}
        .join(u'\n');
}

} // namespace

DeskMailboxSync::DeskMailboxSync(TicketDesk &desk, QString databasePassword, PasswordKeychain &keychain,
                                 QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_databasePassword(std::move(databasePassword))
    , m_keychain(keychain)
    , m_monitor(desk.clock())
{
}

DeskMailboxSync::~DeskMailboxSync() = default; // the worker stops its thread and releases the lock

void DeskMailboxSync::start()
{
    startWith(MailAccountSettings::load(m_desk.database()));
}

void DeskMailboxSync::startWith(const Result<std::optional<MailAccountSettings>> &account)
{
    stop();
    if (!account) {
        m_monitor.setFailed(account.error());
        return;
    }
    m_settingsFingerprint = fingerprint(account.value());
    if (!account->has_value()) {
        m_monitor.setNotConfigured();
        return;
    }
    const MailAccountSettings &settings = **account;
    m_monitor.setAccount(settings.accountName());
    // OAuth 2.0: the sync's own thread reads the tokens from the keychain.
    auto password = settings.oauth ? Result<QString>(QString())
                                   : MailPasswordSource::resolve({}, settings.imapPasswordKey(), m_keychain);
    if (!password) {
        Error error = password.error();
        if (error.code == u"keychain-missing"_s) {
            error.message = tr("The password of %1 is not saved on this computer: enter it in Settings → Mailbox.")
                                .arg(settings.imap.toDisplayText());
        }
        m_monitor.setFailed(error);
        return;
    }
    MailboxSyncRunner::Setup setup;
    setup.database = m_desk.database().address();
    setup.databasePassword = m_databasePassword;
    setup.account = settings;
    setup.imapPassword = password.value();
    if (settings.oauth) {
        m_tokens = std::make_unique<OAuthTokenSource>(
            *settings.oauth, OAuthTokenVault(m_keychain, settings.oauthTokensKey()), m_desk.clock());
        setup.tokens = m_tokens->crossThreadProvider();
    }
    // The clock is read from the sync thread: the desk's clock is the system clock or, for
    // demonstrations, a fixed one — both only read.
    m_worker = std::make_unique<MailboxSyncWorker>(std::move(setup), m_desk.clock());
    m_monitor.watch(*m_worker);
    m_worker->start();
}

void DeskMailboxSync::restartIfChanged()
{
    auto account = MailAccountSettings::load(m_desk.database());
    const bool changed = !account || fingerprint(account.value()) != m_settingsFingerprint;
    const bool stuck = m_monitor.state() == MailboxSyncMonitor::State::Failed || !m_worker;
    if (changed || stuck)
        startWith(account);
}

void DeskMailboxSync::syncNow()
{
    if (m_worker)
        m_worker->syncNow();
    else
        start();
}

bool DeskMailboxSync::needsSignIn() const
{
    return m_monitor.state() == MailboxSyncMonitor::State::Failed
        && m_monitor.lastError().code == u"oauth-signin-required"_s;
}

void DeskMailboxSync::signInAgain()
{
    if (m_signIn)
        return;
    auto account = MailAccountSettings::load(m_desk.database());
    if (!account || !account->has_value() || !(*account)->oauth) {
        m_signInStatus = account ? tr("The mailbox does not sign in with OAuth 2.0.") : account.error().message;
        Q_EMIT signInChanged();
        return;
    }
    const MailAccountSettings &settings = **account;
    m_signIn = new MailboxSignIn(*settings.oauth, settings.oauthTokenVault(m_keychain), QString(), m_desk.clock(),
                                 m_opener, this);
    connect(m_signIn, &MailboxSignIn::signedIn, this, [this](const QString &address) {
        m_signInStatus = address.isEmpty() ? tr("Signed in.") : tr("Signed in as %1.").arg(address);
        m_signIn->deleteLater();
        m_signIn = nullptr;
        start(); // a fresh token source reads the new sign-in
        Q_EMIT signInChanged();
        Q_EMIT signedInAgain();
    });
    connect(m_signIn, &MailboxSignIn::failed, this, [this](const QString &message) {
        m_signInStatus = message;
        m_signIn->deleteLater();
        m_signIn = nullptr;
        Q_EMIT signInChanged();
    });
    m_signInStatus = tr("Waiting for the browser… Sign in there as %1, then come back.").arg(settings.imap.user);
    Q_EMIT signInChanged();
    if (auto started = m_signIn->start(); !started && m_signIn) {
        m_signInStatus = started.error().message;
        m_signIn->deleteLater();
        m_signIn = nullptr;
        Q_EMIT signInChanged();
    }
}

void DeskMailboxSync::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel(); // failed("cancelled") tidies up
}

QUrl DeskMailboxSync::signInRedirectUri() const
{
    return m_signIn ? m_signIn->redirectUri() : QUrl();
}

void DeskMailboxSync::stop()
{
    m_worker.reset(); // first: its thread may be asking for a token
    m_tokens.reset();
}

} // namespace Madoguchi
