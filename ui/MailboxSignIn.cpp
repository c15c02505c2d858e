#include "MailboxSignIn.h"

#include "mail/account/OAuthBrowserSignIn.h"

#include <QDesktopServices>

namespace Madoguchi {

MailboxSignIn::UrlOpener MailboxSignIn::systemBrowser()
{
    return [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

MailboxSignIn::MailboxSignIn(OAuthSettings settings, OAuthTokenVault vault, QString clientSecret, const Clock &clock,
                             UrlOpener opener, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_vault(std::move(vault)), m_opener(std::move(opener))
{
    if (clientSecret.isEmpty()) // signing in again keeps the secret given the first time
        clientSecret = m_vault.read().valueOr(OAuthTokens()).clientSecret;
    m_flow = new OAuthBrowserSignIn(m_settings, clientSecret, clock, this);
    connect(m_flow, &OAuthBrowserSignIn::openBrowser, this, [this](const QUrl &url) {
        if (!m_opener(url))
            finish(tr("No web browser could be opened for the sign-in. Set a default browser and try again."));
    });
    connect(m_flow, &OAuthBrowserSignIn::signedIn, this, [this](const OAuthTokens &tokens) {
        if (auto saved = m_vault.write(tokens); !saved)
            finish(tr("Signed in, but the sign-in could not be kept: %1").arg(saved.error().message));
        else
            finish(QString(), tokens.signedInAs);
    });
    connect(m_flow, &OAuthBrowserSignIn::failed, this, [this](const Error &error) { finish(error.message); });
}

MailboxSignIn::~MailboxSignIn()
{
    if (m_flow)
        m_flow->cancel();
}

Result<void> MailboxSignIn::start()
{
    m_waiting = true;
    auto started = m_flow->start();
    if (!started)
        m_waiting = false;
    return started;
}

void MailboxSignIn::cancel()
{
    if (!m_waiting)
        return;
    m_flow->cancel(); // closes the loopback listener: a late browser finds nobody there
    finish(tr("The sign-in was cancelled; nothing was saved."));
}

QUrl MailboxSignIn::redirectUri() const
{
    return m_waiting && m_flow ? m_flow->redirectUri() : QUrl();
}

void MailboxSignIn::finish(const QString &failure, const QString &address)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    if (!failure.isEmpty()) {
        m_flow->cancel();
        Q_EMIT failed(failure);
    } else {
        Q_EMIT signedIn(address);
    }
}

} // namespace Madoguchi
