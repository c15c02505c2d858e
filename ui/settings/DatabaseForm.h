#pragma once

#include "core/Result.h"
#include "store/DatabaseAddress.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Madoguchi {

class DesktopSettings;
class PasswordKeychain;

// Where this desktop keeps its tickets: the built-in database or the team's PostgreSQL.
// Shared by the first-run setup and the Database settings page.
class DatabaseForm : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseForm(PasswordKeychain &keychain, QWidget *parent = nullptr);

    void load(const DesktopSettings &settings);
    bool usesTeamDatabase() const;
    // The address the fields describe; an error naming the missing field.
    Result<DatabaseAddress> address() const;
    QString password() const;
    bool savesPassword() const;
    void setSavesPassword(bool save);

    // Writes the choice to this desktop's settings and the password to the keychain. A keychain
    // failure comes back as an error with a "keychain…" code so the caller can offer to go on
    // without saving the password.
    Result<void> save(DesktopSettings &settings);

    // Tries the connection on a worker thread (libpq may wait up to its connect timeout);
    // connectionTested() reports the outcome, which is also shown under the button.
    void testConnection();
    bool isTesting() const { return m_testing; }

Q_SIGNALS:
    void connectionTested(bool ok, const QString &message);

private:
    void updateEnabled();
    void showResult(bool ok, const QString &message);

    PasswordKeychain &m_keychain;
    QRadioButton *m_builtIn = nullptr;
    QRadioButton *m_team = nullptr;
    QLabel *m_builtInPath = nullptr;
    QWidget *m_teamFields = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_savePassword = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    bool m_testing = false;
};

} // namespace Madoguchi
