// Dialogs that start asynchronous jobs, with each job finishing before and after the dialog
// has closed (issue 13, "No crash"): Settings → Mailbox → OK against a real keyring (run under
// tests/scripts/with-keyring.sh), and the mailbox connection test against a server that answers
// at once or never. Run in the sanitized build too (tests/scripts/run-sanitized.sh), where a
// job touching a freed dialog or job is reported.

#include "../common/TestDatabase.h"
#include "../common/VerifyOk.h"
#include "ScriptedPrompts.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/account/MailAccountSettings.h"
#include "settings/MailboxForm.h"
#include "settings/SettingsDialog.h"
#include "store/DesktopSettings.h"
#include "store/PasswordKeychain.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::ScriptedPrompts;
using Madoguchi::Testing::TestDatabase;

namespace {

const QString service = u"Madoguchi dialog jobs test"_s;

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Types into a field as a person does, so the page knows it was edited.
void type(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString saved(PasswordKeychain &keychain, const QString &key)
{
    const auto read = keychain.read(key);
    return read.ok() ? *read : read.error().code;
}

} // namespace

class TestDialogJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<DesktopSettings> m_desktop;
    ScriptedPrompts m_prompts;
    FixedClock m_clock { *Jst::parseIso(u"2026-12-02T11:30:00+09:00"_s) };
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<TicketDesk> m_desk;
    StaffUser m_manager;

    // Settings → Mailbox filled in by typing, then OK.
    void fillMailboxAndPressOk(SettingsDialog &dialog, const QString &user)
    {
        QWidget *page = child<QWidget>(&dialog, u"accountsPage"_s);
        type(page, u"imapHostLineEdit"_s, u"mail.example.co.jp"_s);
        type(page, u"imapUserLineEdit"_s, user);
        type(page, u"imapPasswordLineEdit"_s, u"pw-"_s + user);
        dialog.open();
        child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    }

    QString imapKey()
    {
        auto stored = MailAccountSettings::load(m_desk->database());
        return stored && stored->has_value() ? stored->value().imapPasswordKey() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"MadoguchiTest"_s);
        QCoreApplication::setApplicationName(u"tst_dialogjobs"_s);
    }

    void init()
    {
        m_qsettings = std::make_unique<QSettings>(m_home.filePath(u"desktop.ini"_s), QSettings::IniFormat);
        m_desktop = std::make_unique<DesktopSettings>(*m_qsettings);
        m_prompts = ScriptedPrompts();
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        m_desk = std::make_unique<TicketDesk>(m_t->db(), m_clock);
        m_manager = TicketFixtureBuilder(*m_desk).staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        QVERIFY(m_manager.id > 0);
    }

    void cleanup()
    {
        m_desk.reset();
        m_t.reset();
    }

    // The keyring answers while the dialog waits: the settings and the password are kept.
    void mailboxOkWithTheKeyringAnsweringInTime()
    {
        PasswordKeychain keychain(service);
        {
            SettingsDialog dialog(*m_desk, *m_desktop, m_manager, keychain, m_prompts);
            fillMailboxAndPressOk(dialog, u"intime"_s);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(m_prompts.questions.isEmpty());
        }
        QVERIFY(!imapKey().isEmpty());
        QCOMPARE(saved(keychain, imapKey()), u"pw-intime"_s);
        VERIFY_OK(keychain.remove(imapKey()));
    }

    // A second OK while the first one waits for the keyring (the wait runs a local event
    // loop, so the dialog still takes clicks): it is not run inside the first, the settings
    // are saved and the dialog accepted once.
    void secondOkWhileTheKeychainWaitsSavesOnce()
    {
        PasswordKeychain keychain(service);
        SettingsDialog dialog(*m_desk, *m_desktop, m_manager, keychain, m_prompts);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        bool pressedWhileSaving = false;
        // Runs in the first OK's wait for the keyring, as a second press would.
        QTimer::singleShot(0, &dialog, [&] {
            pressedWhileSaving = dialog.isApplying();
            dialog.accept();
            QVERIFY(!dialog.apply().ok()); // Apply too: refused, not run inside the first
        });
        fillMailboxAndPressOk(dialog, u"twice"_s);
        QVERIFY(pressedWhileSaving);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved(keychain, imapKey()), u"pw-twice"_s);
        VERIFY_OK(keychain.remove(imapKey()));
    }

    // The keyring answers after the dialog gave up waiting and closed (a person typing a new
    // keyring's password into gnome-keyring's prompt): the answer reaches a job that still
    // exists. This path crashed the desktop (SIGSEGV in QtKeychain's libsecret callback).
    void mailboxOkWithTheKeyringAnsweringAfterTheDialogClosed()
    {
        PasswordKeychain impatient(service, 1);
        m_prompts.confirmAnswer = true; // "Continue without saving the password?"
        {
            SettingsDialog dialog(*m_desk, *m_desktop, m_manager, impatient, m_prompts);
            fillMailboxAndPressOk(dialog, u"late"_s);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(m_prompts.questions.size(), 1);
            QVERIFY2(m_prompts.questions.first().contains(u"keychain"_s), qPrintable(m_prompts.questions.first()));
        }
        QVERIFY(!imapKey().isEmpty()); // the mailbox settings are not lost
        PasswordKeychain patient(service);
        QTRY_COMPARE(saved(patient, imapKey()), u"pw-late"_s); // the late answer landed
        VERIFY_OK(patient.remove(imapKey()));
    }

    // "Test connection" against a server that answers at once and against one that never does,
    // with the dialog closed while the check still waits: nothing is left to call back.
    void connectionTestAroundTheDialogClosing_data()
    {
        QTest::addColumn<bool>("serverAnswers");
        QTest::newRow("answered before closing") << true;
        QTest::newRow("still waiting when closed") << false;
    }

    void connectionTestAroundTheDialogClosing()
    {
        QFETCH(bool, serverAnswers);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QPointer<QTcpSocket> accepted;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            accepted = server.nextPendingConnection();
            if (serverAnswers) {
                accepted->write("* BYE not today\r\n");
                accepted->disconnectFromHost();
            }
        });
        PasswordKeychain keychain(service);
        {
            auto dialog = std::make_unique<SettingsDialog>(*m_desk, *m_desktop, m_manager, keychain, m_prompts);
            QWidget *page = child<QWidget>(dialog.get(), u"accountsPage"_s);
            child<QComboBox>(page, u"imapSecurityComboBox"_s)->setCurrentIndex(1); // STARTTLS
            type(page, u"imapHostLineEdit"_s, u"127.0.0.1"_s);
            child<QSpinBox>(page, u"imapPortSpinBox"_s)->setValue(server.serverPort());
            type(page, u"imapUserLineEdit"_s, u"probe"_s);
            type(page, u"imapPasswordLineEdit"_s, u"pw"_s);
            dialog->open();
            QSignalSpy tested(page->findChild<MailboxForm *>(), &MailboxForm::connectionTested);
            child<QPushButton>(page, u"testConnectionButton"_s)->click();
            QTRY_VERIFY(accepted);
            if (serverAnswers) {
                QTRY_COMPARE(tested.size(), 1);
                QCOMPARE(tested.first().first().toBool(), false);
            } else {
                QCOMPARE(tested.size(), 0);
            }
            dialog->reject();
        } // the dialog and its check are gone here
        // Whatever was still queued for the dialog or its check runs now, and the client hung up.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QTRY_COMPARE(accepted->state(), QAbstractSocket::UnconnectedState);
    }
};

QTEST_MAIN(TestDialogJobs)
#include "tst_dialogjobs.moc"
