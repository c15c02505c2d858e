#include "settings/OAuthSignInPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

constexpr int passwordMethod = -1;

QLineEdit *field(QWidget *parent, const QString &name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

OAuthSignInPanel::OAuthSignInPanel(QWidget *parent) : QWidget(parent)
{
    m_method = new QComboBox(this);
    m_method->setObjectName(u"signInMethodComboBox"_s);
    m_method->addItem(tr("Password"), passwordMethod);
    for (auto provider : {OAuthSettings::Provider::Google, OAuthSettings::Provider::Microsoft})
        m_method->addItem(OAuthSettings::providerName(provider), int(provider));
    m_method->addItem(tr("Another OAuth 2.0 provider"), int(OAuthSettings::Provider::Other));

    m_details = new QWidget(this);
    m_form = new QFormLayout(m_details);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_help = new QLabel(m_details);
    m_help->setObjectName(u"oauthHelpLabel"_s);
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clientId = field(m_details, u"oauthClientIdLineEdit"_s);
    m_clientSecret = field(m_details, u"oauthClientSecretLineEdit"_s, tr("Only if the provider gave one (Google does)"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_tenant = field(m_details, u"oauthTenantLineEdit"_s, tr("Directory (tenant) ID or domain; empty: organizations"));
    m_authorizationUrl = field(m_details, u"oauthAuthorizationUrlLineEdit"_s, u"https://id.example.com/authorize"_s);
    m_tokenUrl = field(m_details, u"oauthTokenUrlLineEdit"_s, u"https://id.example.com/token"_s);
    m_deviceUrl = field(m_details, u"oauthDeviceUrlLineEdit"_s, tr("Optional"));
    m_scopes = field(m_details, u"oauthScopesLineEdit"_s, tr("Separated by spaces"));
    m_signIn = new QPushButton(tr("Sign in…"), m_details);
    m_signIn->setObjectName(u"oauthSignInButton"_s);
    m_cancel = new QPushButton(tr("Cancel"), m_details);
    m_cancel->setObjectName(u"oauthCancelSignInButton"_s);
    m_cancel->setVisible(false);
    m_status = new QLabel(m_details);
    m_status->setObjectName(u"oauthSignInStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signIn, 0, Qt::AlignTop);
    signInRow->addWidget(m_cancel, 0, Qt::AlignTop);
    signInRow->addWidget(m_status, 1);

    m_form->addRow(m_help);
    m_form->addRow(tr("Client ID:"), m_clientId);
    m_form->addRow(tr("Client secret:"), m_clientSecret);
    m_form->addRow(tr("Tenant:"), m_tenant);
    m_form->addRow(tr("Authorization URL:"), m_authorizationUrl);
    m_form->addRow(tr("Token URL:"), m_tokenUrl);
    m_form->addRow(tr("Device authorization URL:"), m_deviceUrl);
    m_form->addRow(tr("Scopes:"), m_scopes);
    m_form->addRow(signInRow);

    auto *methodRow = new QFormLayout;
    methodRow->setContentsMargins(0, 0, 0, 0);
    methodRow->addRow(tr("Sign in with:"), m_method);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(methodRow);
    layout->addWidget(m_details);

    connect(m_method, &QComboBox::activated, this, [this] {
        if (!isWaiting())
            showStatus(QString()); // said of the provider chosen before
        showProvider();
        Q_EMIT providerChosen(provider());
        Q_EMIT edited();
    });
    for (QLineEdit *edit : m_details->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &OAuthSignInPanel::edited);
    connect(m_signIn, &QPushButton::clicked, this, &OAuthSignInPanel::signInRequested);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthSignInPanel::cancelSignIn);
    showProvider();
}

OAuthSignInPanel::~OAuthSignInPanel() = default;

std::optional<OAuthSettings::Provider> OAuthSignInPanel::provider() const
{
    const int method = m_method->currentData().toInt();
    if (method == passwordMethod)
        return std::nullopt;
    return OAuthSettings::Provider(method);
}

void OAuthSignInPanel::showProvider()
{
    const auto chosen = provider();
    m_details->setVisible(chosen.has_value());
    if (!chosen)
        return;
    const bool microsoft = *chosen == OAuthSettings::Provider::Microsoft;
    const bool other = *chosen == OAuthSettings::Provider::Other;
    m_form->setRowVisible(m_tenant, microsoft);
    for (QLineEdit *edit : {m_authorizationUrl, m_tokenUrl, m_deviceUrl, m_scopes})
        m_form->setRowVisible(edit, other);
    switch (*chosen) {
    case OAuthSettings::Provider::Google:
        m_help->setText(tr("Register Madoguchi once in your organisation's Google Cloud console: APIs & Services → "
                           "OAuth consent screen (Internal), then Credentials → Create credentials → OAuth client ID "
                           "of type \"Desktop app\". Copy its client ID and client secret here."));
        m_clientId->setPlaceholderText(u"123456789012-abc.apps.googleusercontent.com"_s);
        break;
    case OAuthSettings::Provider::Microsoft:
        m_help->setText(tr("Register Madoguchi once in the Microsoft Entra admin center: App registrations → New "
                           "registration, platform \"Mobile and desktop applications\" with the redirect URI "
                           "http://127.0.0.1, \"Allow public client flows\" on, and the Office 365 Exchange Online "
                           "permissions IMAP.AccessAsUser.All and SMTP.Send. Copy the application (client) ID and "
                           "the directory (tenant) ID here; no secret is needed."));
        m_clientId->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);
        break;
    case OAuthSettings::Provider::Other:
        m_help->setText(tr("Enter the endpoints and scopes your provider documents for IMAP and SMTP access, and the "
                           "client ID of the app registered there for Madoguchi, with http://127.0.0.1 as its "
                           "redirect URI."));
        m_clientId->setPlaceholderText(QString());
        break;
    }
}

Result<std::optional<OAuthSettings>> OAuthSignInPanel::settings() const
{
    const auto chosen = provider();
    if (!chosen)
        return std::optional<OAuthSettings>();
    OAuthSettings settings = OAuthSettings::preset(*chosen);
    settings.clientId = m_clientId->text().trimmed();
    if (*chosen == OAuthSettings::Provider::Microsoft && !m_tenant->text().trimmed().isEmpty())
        settings.tenant = m_tenant->text().trimmed();
    if (*chosen == OAuthSettings::Provider::Other) {
        settings.authorizationUrl = m_authorizationUrl->text().trimmed();
        settings.tokenUrl = m_tokenUrl->text().trimmed();
        settings.deviceAuthorizationUrl = m_deviceUrl->text().trimmed();
        settings.scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    }
    if (auto valid = settings.validate(); !valid)
        return valid.error();
    return std::optional<OAuthSettings>(settings);
}

void OAuthSignInPanel::setSettings(const std::optional<OAuthSettings> &settings)
{
    m_method->setCurrentIndex(m_method->findData(settings ? int(settings->provider) : passwordMethod));
    if (settings) {
        m_clientId->setText(settings->clientId);
        m_tenant->setText(settings->tenant);
        m_authorizationUrl->setText(settings->authorizationUrl);
        m_tokenUrl->setText(settings->tokenUrl);
        m_deviceUrl->setText(settings->deviceAuthorizationUrl);
        m_scopes->setText(settings->scopes.join(u' '));
    }
    showProvider();
}

QString OAuthSignInPanel::clientSecret() const
{
    return m_clientSecret->text();
}

void OAuthSignInPanel::signIn(const OAuthSettings &settings, const OAuthTokenVault &vault, const Clock &clock)
{
    cancelSignIn();
    m_running = new MailboxSignIn(settings, vault, clientSecret(), clock, m_opener, this);
    connect(m_running, &MailboxSignIn::signedIn, this, [this](const QString &address) {
        showStatus(address.isEmpty() ? tr("Signed in.") : tr("Signed in as %1.").arg(address));
        Q_EMIT signedIn(address);
    });
    connect(m_running, &MailboxSignIn::failed, this, [this](const QString &message) { showStatus(message, true); });
    for (auto signal : {&MailboxSignIn::signedIn, &MailboxSignIn::failed}) {
        connect(m_running, signal, this, [this] {
            m_signIn->setEnabled(true);
            m_cancel->setVisible(false);
            m_running->deleteLater();
            m_running = nullptr;
        });
    }
    m_signIn->setEnabled(false);
    m_cancel->setVisible(true);
    showStatus(tr("Waiting for the browser… Sign in there as the support mailbox, then come back."));
    if (auto started = m_running->start(); !started) {
        m_signIn->setEnabled(true);
        m_cancel->setVisible(false);
        showStatus(started.error().message, true);
        m_running->deleteLater();
        m_running = nullptr;
    }
}

void OAuthSignInPanel::cancelSignIn()
{
    if (m_running)
        m_running->cancel(); // says "cancelled" through failed()
}

bool OAuthSignInPanel::isWaiting() const
{
    return m_running && m_running->isWaiting();
}

QUrl OAuthSignInPanel::redirectUri() const
{
    return m_running ? m_running->redirectUri() : QUrl();
}

QString OAuthSignInPanel::statusText() const
{
    return m_status->text();
}

void OAuthSignInPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #c62828"_s : QString());
}

} // namespace Madoguchi
