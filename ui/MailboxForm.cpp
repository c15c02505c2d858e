#include "MailboxForm.h"

#include "ModalPrompts.h"
#include "mail/imap/MailAccountSettings.h"
#include "store/PasswordKeychain.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
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
    auto *imapBox = new QGroupBox(tr("Incoming mail (IMAP)"), this);
    auto *imapForm = new QFormLayout(imapBox);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(imapBox);
    layout->addWidget(smtpBox);
    layout->addStretch(1);

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

void MailboxForm::setImap(const ImapServerSettings &imap)
{
    m_imapHost->setText(imap.host);
    m_imapSecurity->setCurrentIndex(m_imapSecurity->findData(int(imap.security)));
    m_imapPort->setValue(imap.port);
    m_imapUser->setText(imap.user);
}

void MailboxForm::setSmtpUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || url.host().isEmpty())
        return;
    m_smtpHost->setText(url.host());
    m_smtpSecurity->setCurrentIndex(url.scheme() == u"smtps"_s ? 1 : 0);
    m_smtpPort->setValue(url.port(url.scheme() == u"smtps"_s ? 465 : 587));
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
    return imap;
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
        setImap(stored->value().imap);
        setSmtpUrl(stored->value().smtpUrl);
    }
    return {};
}

Result<void> MailboxForm::save(Database &database, PasswordKeychain &keychain, ModalPrompts &prompts, QWidget *parent)
{
    auto imapSettings = imap();
    if (!imapSettings)
        return imapSettings.error();
    auto smtp = smtpUrl();
    if (!smtp)
        return smtp.error();
    // Keep what this form does not show (Sent folder, CA file, mark-seen…), set from the CLI.
    auto previous = MailAccountSettings::load(database);
    if (!previous)
        return previous.error();
    MailAccountSettings account = previous->value_or(MailAccountSettings {});
    const ImapServerSettings before = account.imap;
    account.imap = *imapSettings;
    account.imap.allowPlaintext = before.allowPlaintext;
    account.imap.caFile = before.caFile;
    account.smtpUrl = *smtp;
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
