#include "settings/DatabaseForm.h"

#include "store/Database.h"
#include "store/DesktopSettings.h"
#include "store/PasswordKeychain.h"
#include "store/SchemaMigrations.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

DatabaseForm::DatabaseForm(PasswordKeychain &keychain, QWidget *parent)
    : QWidget(parent)
    , m_keychain(keychain)
{
    auto *layout = new QVBoxLayout(this);
    m_builtIn = new QRadioButton(tr("Built-in database on this computer (nothing to set up; one person)"), this);
    m_builtIn->setObjectName(u"builtInRadioButton"_s);
    m_builtInPath = new QLabel(this);
    m_builtInPath->setObjectName(u"builtInPathLabel"_s);
    m_builtInPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_builtInPath->setWordWrap(true);
    m_builtInPath->setContentsMargins(24, 0, 0, 0);
    m_builtInPath->setText(tr("Stored in %1").arg(DatabaseAddress::defaultSqlitePath()));
    m_team = new QRadioButton(tr("The team's PostgreSQL database (shared by every desktop)"), this);
    m_team->setObjectName(u"teamRadioButton"_s);
    m_builtIn->setChecked(true);

    m_teamFields = new QWidget(this);
    auto *form = new QFormLayout(m_teamFields);
    form->setContentsMargins(24, 0, 0, 0);
    m_host = new QLineEdit(m_teamFields);
    m_host->setObjectName(u"hostLineEdit"_s);
    m_host->setPlaceholderText(u"db.example.co.jp"_s);
    m_port = new QSpinBox(m_teamFields);
    m_port->setObjectName(u"portSpinBox"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_databaseName = new QLineEdit(u"madoguchi"_s, m_teamFields);
    m_databaseName->setObjectName(u"databaseLineEdit"_s);
    m_user = new QLineEdit(m_teamFields);
    m_user->setObjectName(u"userLineEdit"_s);
    m_password = new QLineEdit(m_teamFields);
    m_password->setObjectName(u"passwordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_savePassword = new QCheckBox(tr("Keep the password in the system keychain"), m_teamFields);
    m_savePassword->setObjectName(u"savePasswordCheckBox"_s);
    m_savePassword->setChecked(true);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_databaseName);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_savePassword);
    m_testButton = new QPushButton(tr("Test connection"), m_teamFields);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    form->addRow(QString(), m_testButton);
    m_result = new QLabel(m_teamFields);
    m_result->setObjectName(u"connectionResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_result);

    layout->addWidget(m_builtIn);
    layout->addWidget(m_builtInPath);
    layout->addWidget(m_team);
    layout->addWidget(m_teamFields);
    layout->addStretch(1);

    connect(m_team, &QRadioButton::toggled, this, &DatabaseForm::updateEnabled);
    connect(m_testButton, &QPushButton::clicked, this, &DatabaseForm::testConnection);
    updateEnabled();
}

void DatabaseForm::load(const DesktopSettings &settings)
{
    auto address = settings.databaseAddress();
    const bool team = address && address->backend == DatabaseBackend::Postgres;
    m_team->setChecked(team);
    m_builtIn->setChecked(!team);
    if (team) {
        m_host->setText(address->host);
        m_port->setValue(address->port);
        m_databaseName->setText(address->databaseName);
        m_user->setText(address->user);
        m_savePassword->setChecked(settings.databasePasswordSaved());
    }
    updateEnabled();
}

bool DatabaseForm::usesTeamDatabase() const
{
    return m_team->isChecked();
}

Result<DatabaseAddress> DatabaseForm::address() const
{
    if (!usesTeamDatabase())
        return DatabaseAddress::parse(QString());
    const auto missing = [](const QString &field) {
        return makeError(u"input"_s, tr("Enter the %1 of the team database.").arg(field));
    };
    if (m_host->text().trimmed().isEmpty())
        return missing(tr("host"));
    if (m_databaseName->text().trimmed().isEmpty())
        return missing(tr("database name"));
    if (m_user->text().trimmed().isEmpty())
        return missing(tr("user"));
    DatabaseAddress address;
    address.backend = DatabaseBackend::Postgres;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.databaseName = m_databaseName->text().trimmed();
    address.user = m_user->text().trimmed();
    return address;
}

QString DatabaseForm::password() const
{
    return m_password->text();
}

bool DatabaseForm::savesPassword() const
{
    return m_savePassword->isChecked();
}

void DatabaseForm::setSavesPassword(bool save)
{
    m_savePassword->setChecked(save);
}

Result<void> DatabaseForm::save(DesktopSettings &settings)
{
    auto chosen = address();
    if (!chosen)
        return chosen.error();
    if (chosen->backend == DatabaseBackend::Postgres && savesPassword() && !password().isEmpty()) {
        if (auto stored = m_keychain.store(DesktopSettings::databasePasswordKey(*chosen), password()); !stored)
            return stored;
    }
    settings.setDatabaseAddressText(chosen->backend == DatabaseBackend::Postgres ? chosen->toString() : QString());
    settings.setDatabasePasswordSaved(chosen->backend == DatabaseBackend::Sqlite || savesPassword());
    return {};
}

void DatabaseForm::testConnection()
{
    auto chosen = address();
    if (!chosen) {
        showResult(false, chosen.error().message);
        return;
    }
    m_testing = true;
    m_testButton->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(chosen->toString()));
    auto outcome = std::make_shared<std::pair<bool, QString>>();
    const DatabaseAddress target = *chosen;
    const QString secret = password();
    // The connection belongs to the worker thread: it is opened and closed there.
    QThread *worker = QThread::create([outcome, target, secret] {
        auto opened = Database::open(target, secret);
        if (!opened) {
            *outcome = { false, opened.error().message };
            return;
        }
        auto version = SchemaMigrations::currentVersion(*opened.value());
        if (!version)
            *outcome = { false, version.error().message };
        else if (*version == 0)
            *outcome = { true, tr("Connected. The database is empty; Madoguchi prepares it when you save.") };
        else
            *outcome
                = { true, tr("Connected. The database is in use by Madoguchi (schema version %1).").arg(*version) };
    });
    QPointer<DatabaseForm> self(this);
    connect(worker, &QThread::finished, this, [self, worker, outcome] {
        worker->deleteLater();
        if (!self)
            return;
        self->m_testing = false;
        self->updateEnabled();
        self->showResult(outcome->first, outcome->second);
    });
    worker->start();
}

void DatabaseForm::showResult(bool ok, const QString &message)
{
    m_result->setText(ok ? message : tr("Cannot connect: %1").arg(message));
    m_result->setStyleSheet(ok ? u"color: #1b5e20;"_s : u"color: #b71c1c;"_s);
    Q_EMIT connectionTested(ok, message);
}

void DatabaseForm::updateEnabled()
{
    m_teamFields->setEnabled(usesTeamDatabase());
    m_testButton->setEnabled(usesTeamDatabase() && !m_testing);
}

} // namespace Madoguchi
