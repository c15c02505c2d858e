#include "settings/MailboxForm.h"

#include "ModalPrompts.h"
#include "core/Clock.h"
#include "mail/imap/ImapConnectionCheck.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/account/OAuthTokenSource.h"
#include "settings/OAuthSignInPanel.h"
#include "store/PasswordKeychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QSpinBox *portBox(QWidget *parent, const QString &name, int port)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, 65535);
    box->setValue(port);
    box->setProperty("savedValue", port);
    return box;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

MailboxForm::MailboxForm(QWidget *parent)
    : QWidget(parent)
{
    m_signInPanel = new OAuthSignInPanel(this);
    m_signInPanel->setObjectName(u"oauthSignInPanel"_s);
    auto *imapBox = new QGroupBox(tr("Incoming mail (IMAP)"), this);
    auto *imapForm = new QFormLayout(imapBox);
    m_imapForm = imapForm;
    m_imapHost = lineEdit(imapBox, u"imapHostLineEdit"_s, u"mail.example.co.jp"_s);
    m_imapPort = portBox(imapBox, u"imapPortSpinBox"_s, 993);
    m_imapSecurity = new QComboBox(imapBox);
    m_imapSecurity->setObjectName(u"imapSecurityComboBox"_s);
    m_imapSecurity->addItem(tr("TLS (port 993)"), int(ImapServerSettings::Security::ImplicitTls));
    m_imapSecurity->addItem(tr("STARTTLS (port 143)"), int(ImapServerSettings::Security::StartTls));
    m_imapUser = lineEdit(imapBox, u"imapUserLineEdit"_s, u"support@example.co.jp"_s);
    m_imapPassword = lineEdit(imapBox, u"imapPasswordLineEdit"_s);
    m_imapPassword->setEchoMode(QLineEdit::Password);
    imapForm->addRow(tr("Server:"), m_imapHost);
    imapForm->addRow(tr("Security:"), m_imapSecurity);
    imapForm->addRow(tr("Port:"), m_imapPort);
    imapForm->addRow(tr("User:"), m_imapUser);
    imapForm->addRow(tr("Password:"), m_imapPassword);

    auto *smtpBox = new QGroupBox(tr("Outgoing mail (SMTP)"), this);
    auto *smtpForm = new QFormLayout(smtpBox);
    m_smtpForm = smtpForm;
    m_smtpHost = lineEdit(smtpBox, u"smtpHostLineEdit"_s, u"smtp.example.co.jp"_s);
    m_smtpPort = portBox(smtpBox, u"smtpPortSpinBox"_s, 587);
    m_smtpSecurity = new QComboBox(smtpBox);
    m_smtpSecurity->setObjectName(u"smtpSecurityComboBox"_s);
    m_smtpSecurity->addItem(tr("STARTTLS (port 587)"), u"smtp"_s);
    m_smtpSecurity->addItem(tr("TLS (port 465)"), u"smtps"_s);
    m_smtpUser = lineEdit(smtpBox, u"smtpUserLineEdit"_s);
    m_smtpPassword = lineEdit(smtpBox, u"smtpPasswordLineEdit"_s, tr("Same as incoming when empty"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    smtpForm->addRow(tr("Server:"), m_smtpHost);
    smtpForm->addRow(tr("Security:"), m_smtpSecurity);
    smtpForm->addRow(tr("Port:"), m_smtpPort);
    smtpForm->addRow(tr("User:"), m_smtpUser);
    smtpForm->addRow(tr("Password:"), m_smtpPassword);

    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *optionsForm = new QFormLayout(optionsBox);
    m_optionsForm = optionsForm;
    m_caFile = lineEdit(optionsBox, u"caFileLineEdit"_s, tr("Only for a server with the company's own certificate"));
    auto *browse = new QPushButton(tr("Browse…"), optionsBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate to trust"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            Q_EMIT edited();
        }
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_allowPlaintext = new QCheckBox(tr("Allow the password over an unencrypted connection (not recommended)"), optionsBox);
    m_allowPlaintext->setObjectName(u"allowPlaintextCheckBox"_s);
    m_sentFolder = lineEdit(optionsBox, u"sentFolderLineEdit"_s, tr("e.g. Sent — replies sent from another mail program count as answers"));
    m_markSeen = new QCheckBox(tr("Mark imported mail as read on the server"), optionsBox);
    m_markSeen->setObjectName(u"markSeenCheckBox"_s);
    m_moveTo = lineEdit(optionsBox, u"moveToLineEdit"_s, tr("Leave mail where it is"));
    optionsForm->addRow(tr("Extra CA certificate:"), caRow);
    optionsForm->addRow(QString(), m_allowPlaintext);
    optionsForm->addRow(tr("Sent folder:"), m_sentFolder);
    optionsForm->addRow(QString(), m_markSeen);
    optionsForm->addRow(tr("Move imported mail to:"), m_moveTo);

    m_testButton = new QPushButton(tr("Test connection"), this);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    connect(m_testButton, &QPushButton::clicked, this, &MailboxForm::testConnection);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"connectionTestLabel"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_signInPanel);
    layout->addWidget(imapBox);
    layout->addLayout(testRow);
    layout->addWidget(smtpBox);
    layout->addWidget(optionsBox);
    layout->addStretch(1);

    // Any change a person makes, for the settings page's "something to save".
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (!m_signInPanel->isAncestorOf(edit))
            connect(edit, &QLineEdit::textEdited, this, &MailboxForm::edited);
    }
    connect(m_signInPanel, &OAuthSignInPanel::edited, this, &MailboxForm::edited);
    connect(m_signInPanel, &OAuthSignInPanel::providerChosen, this, &MailboxForm::fillPreset);
    connect(m_signInPanel, &OAuthSignInPanel::signInRequested, this, &MailboxForm::signIn);
    for (QComboBox *combo : {m_imapSecurity, m_smtpSecurity})
        connect(combo, &QComboBox::activated, this, &MailboxForm::edited);
    for (QCheckBox *box : {m_allowPlaintext, m_markSeen})
        connect(box, &QCheckBox::clicked, this, &MailboxForm::edited);
    for (QSpinBox *box : {m_imapPort, m_smtpPort})
        connect(box, &QSpinBox::editingFinished, this, [this, box] {
            if (box->property("savedValue").toInt() != box->value())
                Q_EMIT edited();
        });

    // The usual port follows the security choice unless someone typed another one.
    connect(m_imapSecurity, &QComboBox::currentIndexChanged, this, [this] {
        if (m_imapPort->value() == 993 || m_imapPort->value() == 143)
            m_imapPort->setValue(m_imapSecurity->currentIndex() == 0 ? 993 : 143);
    });
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, [this] {
        if (m_smtpPort->value() == 587 || m_smtpPort->value() == 465)
            m_smtpPort->setValue(m_smtpSecurity->currentIndex() == 0 ? 587 : 465);
    });
    // Most support mailboxes log in to SMTP with the same user.
    connect(m_imapUser, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_smtpUser->text().isEmpty() || m_smtpUser->property("followsImap").toBool()) {
            m_smtpUser->setText(text);
            m_smtpUser->setProperty("followsImap", true);
        }
    });
    connect(m_smtpUser, &QLineEdit::textEdited, this, [this] { m_smtpUser->setProperty("followsImap", false); });
}

MailboxForm::~MailboxForm() = default;

void MailboxForm::setUrlOpener(MailboxSignIn::UrlOpener opener)
{
    m_signInPanel->setUrlOpener(std::move(opener));
}

void MailboxForm::fillPreset(std::optional<OAuthSettings::Provider> provider)
{
    showPasswordRows();
    if (!provider || *provider == OAuthSettings::Provider::Other)
        return;
    // The mailbox address is the user name of both servers at Google and Microsoft.
    const QString user = m_imapUser->text().trimmed();
    const QUrl imap(OAuthSettings::presetImapUrl(*provider, user));
    m_imapHost->setText(imap.host());
    m_imapSecurity->setCurrentIndex(m_imapSecurity->findData(int(ImapServerSettings::Security::ImplicitTls)));
    m_imapPort->setValue(imap.port(993));
    const QUrl smtp(OAuthSettings::presetSmtpUrl(*provider, user));
    m_smtpHost->setText(smtp.host());
    m_smtpSecurity->setCurrentIndex(m_smtpSecurity->findData(smtp.scheme()));
    m_smtpPort->setValue(smtp.port(587));
    if (m_smtpUser->text().isEmpty() || m_smtpUser->property("followsImap").toBool()) {
        m_smtpUser->setText(user);
        m_smtpUser->setProperty("followsImap", true);
    }
}

void MailboxForm::showPasswordRows()
{
    const bool password = !m_signInPanel->provider().has_value();
    m_imapForm->setRowVisible(m_imapPassword, password);
    m_smtpForm->setRowVisible(m_smtpPassword, password);
    m_optionsForm->setRowVisible(m_allowPlaintext, password);
}

void MailboxForm::signIn()
{
    auto settings = account();
    if (!settings) {
        m_signInPanel->showStatus(settings.error().message, true);
        return;
    }
    if (!m_keychain) {
        m_signInPanel->showStatus(tr("The sign-in cannot be kept: no keychain on this computer."), true);
        return;
    }
    m_signInPanel->signIn(*settings->oauth, settings->oauthTokenVault(*m_keychain), Clock::system());
}

void MailboxForm::showSignedIn()
{
    auto settings = account();
    if (!settings || !settings->oauth || !m_keychain)
        return;
    const auto tokens = settings->oauthTokenVault(*m_keychain).read();
    if (tokens && !tokens->refreshToken.isEmpty()) {
        m_signInPanel->showStatus(tokens->signedInAs.isEmpty() ? tr("Signed in.")
                                                               : tr("Signed in as %1.").arg(tokens->signedInAs));
    } else if (!tokens && tokens.error().code != u"keychain-missing"_s) {
        m_signInPanel->showStatus(tokens.error().message, true);
    } else {
        m_signInPanel->showStatus(tr("Not signed in on this computer yet: press Sign in…"));
    }
}

void MailboxForm::setImap(const ImapServerSettings &imap)
{
    m_imapHost->setText(imap.host);
    m_imapSecurity->setCurrentIndex(m_imapSecurity->findData(int(imap.security)));
    m_imapPort->setValue(imap.port);
    m_imapPort->setProperty("savedValue", imap.port);
    m_imapUser->setText(imap.user);
    m_caFile->setText(imap.caFile);
    m_allowPlaintext->setChecked(imap.allowPlaintext);
}

void MailboxForm::setAccount(const MailAccountSettings &account)
{
    setImap(account.imap);
    setSmtpUrl(account.smtpUrl);
    m_signInPanel->setSettings(account.oauth);
    showPasswordRows();
    m_sentFolder->setText(account.sentFolder);
    m_markSeen->setChecked(account.markSeen);
    m_moveTo->setText(account.moveToFolder);
}

void MailboxForm::setSmtpUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || url.host().isEmpty())
        return;
    m_smtpHost->setText(url.host());
    m_smtpSecurity->setCurrentIndex(url.scheme() == u"smtps"_s ? 1 : 0);
    m_smtpPort->setValue(url.port(url.scheme() == u"smtps"_s ? 465 : 587));
    m_smtpPort->setProperty("savedValue", m_smtpPort->value());
    m_smtpUser->setText(url.userName(QUrl::FullyDecoded));
}

Result<ImapServerSettings> MailboxForm::imap() const
{
    if (m_imapHost->text().trimmed().isEmpty())
        return makeError(u"input"_s, tr("Enter the incoming mail server."));
    if (m_imapUser->text().trimmed().isEmpty())
        return makeError(u"input"_s, tr("Enter the user name of the mailbox."));
    ImapServerSettings imap;
    imap.host = m_imapHost->text().trimmed();
    imap.port = quint16(m_imapPort->value());
    imap.security = ImapServerSettings::Security(m_imapSecurity->currentData().toInt());
    imap.user = m_imapUser->text().trimmed();
    imap.caFile = m_caFile->text().trimmed();
    imap.allowPlaintext = m_allowPlaintext->isChecked();
    return imap;
}

Result<MailAccountSettings> MailboxForm::account() const
{
    auto imapSettings = imap();
    if (!imapSettings)
        return imapSettings.error();
    auto smtp = smtpUrl();
    if (!smtp)
        return smtp.error();
    auto oauth = m_signInPanel->settings();
    if (!oauth)
        return oauth.error();
    MailAccountSettings account;
    account.oauth = oauth.value();
    account.imap = *imapSettings;
    account.smtpUrl = *smtp;
    account.sentFolder = m_sentFolder->text().trimmed();
    account.markSeen = m_markSeen->isChecked();
    account.moveToFolder = m_moveTo->text().trimmed();
    return account;
}

void MailboxForm::testConnection()
{
    auto settings = account();
    if (!settings) {
        showTestResult(false, settings.error().message);
        return;
    }
    if (settings->oauth) {
        if (!m_keychain) {
            showTestResult(false, tr("The sign-in cannot be read: no keychain on this computer."));
            return;
        }
        m_checkTokens = std::make_unique<OAuthTokenSource>(*settings->oauth, settings->oauthTokenVault(*m_keychain),
                                                           Clock::system());
    }
    QString password = settings->oauth ? QString() : imapPassword();
    if (!settings->oauth && password.isEmpty() && m_keychain) {
        auto saved = m_keychain->read(settings->imapPasswordKey());
        if (!saved && saved.error().code != u"keychain-missing"_s) {
            showTestResult(false, saved.error().message);
            return;
        }
        password = saved.valueOr(QString());
    }
    if (!m_check) {
        m_check = new ImapConnectionCheck(Clock::system(), ImapConnectionCheck::shortTimeouts(), this);
        connect(m_check, &ImapConnectionCheck::finished, this, [this](const Result<ImapMailboxStatus> &result) {
            m_testButton->setEnabled(true);
            if (result) {
                showTestResult(true, tr("Connected and logged in: %1 holds %n message(s).", nullptr, int(result->exists))
                                         .arg(result->name));
            } else {
                showTestResult(false, result.error().message);
            }
        });
    }
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1…").arg(settings->imap.host));
    if (settings->oauth)
        m_check->start(settings->imap, m_checkTokens->provider());
    else
        m_check->start(settings->imap, password);
}

QString MailboxForm::connectionTestText() const
{
    return m_testResult->text();
}

void MailboxForm::showTestResult(bool ok, const QString &text)
{
    m_testResult->setText(text);
    m_testResult->setStyleSheet(ok ? u"color: #2e7d32"_s : u"color: #c62828"_s);
    Q_EMIT connectionTested(ok);
}

Result<QString> MailboxForm::smtpUrl() const
{
    if (m_smtpHost->text().trimmed().isEmpty())
        return QString();
    const QString user = m_smtpUser->text().trimmed();
    if (user.isEmpty())
        return makeError(u"input"_s, tr("Enter the user name for outgoing mail."));
    QUrl url;
    url.setScheme(m_smtpSecurity->currentData().toString());
    url.setUserName(user);
    url.setHost(m_smtpHost->text().trimmed());
    url.setPort(m_smtpPort->value());
    return url.toString();
}

namespace {

Result<void> storePassword(PasswordKeychain &keychain, const QString &key, const QString &password,
                           ModalPrompts &prompts, QWidget *parent)
{
    if (password.isEmpty())
        return {}; // unchanged: keep what the keychain has
    auto stored = keychain.store(key, password);
    if (stored)
        return {};
    const QString question = MailboxForm::tr("The password could not be kept in the system keychain:\n%1\n\n"
                                             "Continue without saving the password? Mail is not fetched until a "
                                             "password is saved on this computer.")
                                 .arg(stored.error().message);
    if (prompts.confirm(parent, MailboxForm::tr("System keychain unavailable"), question))
        return {};
    return stored;
}

} // namespace

Result<void> MailboxForm::load(Database &database)
{
    auto stored = MailAccountSettings::load(database);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        setAccount(stored->value());
        showSignedIn();
    }
    return {};
}

Result<void> MailboxForm::save(Database &database, PasswordKeychain &keychain, ModalPrompts &prompts, QWidget *parent)
{
    auto described = account();
    if (!described)
        return described.error();
    const MailAccountSettings &account = *described;
    if (account.oauth) // the tokens and the client secret went to the keychain at "Sign in…"
        return account.save(database);
    if (auto stored = storePassword(keychain, account.imapPasswordKey(), imapPassword(), prompts, parent); !stored)
        return stored;
    if (!account.smtpUrl.isEmpty()) {
        if (auto stored = storePassword(keychain, account.smtpPasswordKey(), smtpPassword(), prompts, parent); !stored)
            return stored;
    }
    return account.save(database);
}

QString MailboxForm::imapPassword() const
{
    return m_imapPassword->text();
}

QString MailboxForm::smtpPassword() const
{
    return m_smtpPassword->text().isEmpty() ? m_imapPassword->text() : m_smtpPassword->text();
}

} // namespace Madoguchi
