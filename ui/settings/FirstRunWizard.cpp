#include "settings/FirstRunWizard.h"

#include "WindowGeometry.h"

#include "settings/DatabaseForm.h"
#include "settings/DatabaseSettingsPage.h"
#include "settings/MailboxForm.h"
#include "ModalPrompts.h"
#include "core/Clock.h"
#include "mail/DeskIdentity.h"
#include "mail/account/MailAccountSettings.h"
#include "store/Database.h"
#include "store/DesktopSettings.h"
#include "tickets/AuditLog.h"
#include "tickets/TeamDirectory.h"
#include "tickets/TicketDesk.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

FirstRunWizard::FirstRunWizard(DesktopSettings &settings, PasswordKeychain &keychain, const Clock &clock,
                               ModalPrompts &prompts, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_clock(clock)
    , m_prompts(prompts)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Set up Madoguchi"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *databasePage = new QWizardPage(this);
    databasePage->setObjectName(u"databaseWizardPage"_s);
    databasePage->setTitle(tr("Where are the tickets kept?"));
    databasePage->setSubTitle(tr("Working alone, use the built-in database. A team shares one PostgreSQL database, "
                                 "so everyone sees the same tickets."));
    auto *databaseLayout = new QVBoxLayout(databasePage);
    m_databaseForm = new DatabaseForm(keychain, databasePage);
    m_databaseForm->load(m_settings);
    databaseLayout->addWidget(m_databaseForm);
    setPage(DatabasePage, databasePage);

    auto *mailboxPage = new QWizardPage(this);
    mailboxPage->setObjectName(u"mailboxWizardPage"_s);
    mailboxPage->setTitle(tr("The support mailbox"));
    mailboxPage->setSubTitle(tr("Madoguchi reads support@ over IMAP and answers over SMTP. Passwords go to the "
                                "system keychain. You can also start with mail files and connect the mailbox later "
                                "in Settings."));
    auto *mailboxLayout = new QVBoxLayout(mailboxPage);
    m_connectMailbox = new QRadioButton(tr("Connect the support mailbox now"), mailboxPage);
    m_connectMailbox->setObjectName(u"connectMailboxRadioButton"_s);
    m_filesLater = new QRadioButton(tr("Import mail from files for now; connect the mailbox later"), mailboxPage);
    m_filesLater->setObjectName(u"filesLaterRadioButton"_s);
    m_connectMailbox->setChecked(true);
    m_mailboxForm = new MailboxForm(mailboxPage);
    m_mailboxForm->setKeychain(&m_keychain);
    mailboxLayout->addWidget(m_connectMailbox);
    mailboxLayout->addWidget(m_mailboxForm);
    mailboxLayout->addWidget(m_filesLater);
    auto *supportRow = new QFormLayout;
    m_supportAddress = new QLineEdit(mailboxPage);
    m_supportAddress->setObjectName(u"supportAddressLineEdit"_s);
    m_supportAddress->setPlaceholderText(u"support@example.co.jp"_s);
    m_supportAddress->setToolTip(tr("Replies are sent from this address; more can be added in Settings → Mailbox."));
    supportRow->addRow(tr("Support address (replies are sent from it):"), m_supportAddress);
    mailboxLayout->addLayout(supportRow);
    // The mailbox's login is usually the support address itself: follow it until edited.
    if (auto *imapUser = m_mailboxForm->findChild<QLineEdit *>(u"imapUserLineEdit"_s)) {
        connect(imapUser, &QLineEdit::textChanged, this, [this](const QString &user) {
            if (!m_supportAddress->isModified() && user.contains(u'@'))
                m_supportAddress->setText(user.trimmed());
        });
    }
    m_error = new QLabel(mailboxPage);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b71c1c; }"_s);
    mailboxLayout->addWidget(m_error);
    connect(m_connectMailbox, &QRadioButton::toggled, m_mailboxForm, &QWidget::setEnabled);
    setPage(MailboxPage, mailboxPage);
    setStartId(DatabasePage);
    resize(720, 640);
    WindowGeometry::fitToScreen(this);
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::setConnectMailbox(bool connectNow)
{
    (connectNow ? m_connectMailbox : m_filesLater)->setChecked(true);
}

std::unique_ptr<Database> FirstRunWizard::takeDatabase()
{
    return std::move(m_database);
}

Result<void> FirstRunWizard::ensureFirstUser(Database &database)
{
    // Someone must be able to administer a new desk: the person setting it up becomes its
    // first manager. A team database that already has users is left alone.
    AuditLog audit(database, m_clock);
    TeamDirectory team(database, audit);
    auto users = team.users();
    if (!users)
        return users.error();
    if (!users->isEmpty())
        return {};
    StaffUser me;
    me.login = m_settings.staffLogin();
    me.displayName = me.login;
    me.role = StaffRole::Manager;
    if (auto added = team.addUser(StaffUser::system(), me); !added)
        return added.error();
    return {};
}

Result<void> FirstRunWizard::saveSupportAddress(Database &database, const QStringList &addresses)
{
    if (addresses.isEmpty())
        return {};
    // A team database may know the desk already: its addresses stay, the typed one is added.
    TicketDesk desk(database, m_clock);
    auto loaded = DeskIdentity::load(desk);
    if (!loaded)
        return loaded.error();
    DeskIdentity identity = *loaded;
    for (const QString &address : addresses) {
        if (!identity.supportAddresses.contains(address, Qt::CaseInsensitive))
            identity.supportAddresses.append(address);
    }
    return identity.save(desk, StaffUser::system());
}

Result<void> FirstRunWizard::finish()
{
    m_error->clear();
    const bool connectNow = m_connectMailbox->isChecked();
    if (connectNow) {
        if (auto account = m_mailboxForm->account(); !account) // the servers, and the OAuth client if any
            return account.error();
    }
    auto support = DeskIdentity::parseAddresses(m_supportAddress->text());
    if (!support)
        return support.error();
    if (connectNow && support->isEmpty())
        return makeError(u"input"_s, tr("Enter the support address replies are sent from."));
    auto address = m_databaseForm->address();
    if (!address)
        return address.error();
    auto opened = DesktopSettings::openDatabase(*address, m_databaseForm->password());
    if (!opened)
        return opened.error();
    if (auto saved = saveDatabaseChoice(*m_databaseForm, m_settings, m_prompts, this); !saved)
        return saved;
    if (auto user = ensureFirstUser(*opened.value()); !user)
        return user;
    if (auto saved = saveSupportAddress(*opened.value(), *support); !saved)
        return saved;
    if (connectNow) {
        if (auto mailbox = m_mailboxForm->save(*opened.value(), m_keychain, m_prompts, this); !mailbox)
            return mailbox;
    }
    m_settings.setMailFromFilesOnly(!connectNow);
    m_settings.markSetUp();
    m_settings.sync();
    m_database = std::move(opened.value());
    return {};
}

void FirstRunWizard::accept()
{
    auto done = finish();
    if (!done) {
        m_error->setText(done.error().message);
        return;
    }
    QWizard::accept();
}

} // namespace Madoguchi
