// First-run setup and the Settings dialog, driven through their widgets offscreen: the
// built-in database choice writes this desktop's configuration; a company holiday added in
// the Calendar page moves an open ticket's deadline in the store (and is audited); staff see
// the manager-only pages disabled. Runs on SQLite (tst_settings) and, for the team-database
// rows, against a real PostgreSQL (tst_settings_pg).

#include "../common/TestDatabase.h"
#include "../common/VerifyOk.h"
#include "ScriptedPrompts.h"
#include "calendar/ResponseDeadline.h"
#include "desk/DeskStartup.h"
#include "settings/CalendarSettingsPage.h"
#include "settings/CompanyHolidaysEditor.h"
#include "settings/DatabaseForm.h"
#include "settings/FirstRunWizard.h"
#include "mail/DeskIdentity.h"
#include "mail/outbox/ReplySignatures.h"
#include "mail/outbox/TicketReplies.h"
#include "settings/MailboxForm.h"
#include "settings/SettingsDialog.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/account/MailAccountSettings.h"
#include "store/DatabaseBackup.h"
#include "store/DesktopSettings.h"
#include "store/PasswordKeychain.h"
#include "store/SettingsTable.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"
#include "tickets/UrgencyRules.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;
using Madoguchi::Testing::ScriptedPrompts;
using Madoguchi::Testing::TestDatabase;

namespace {

QDateTime jst(const QString &text)
{
    return *Jst::parseIso(text + u":00+09:00"_s);
}

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<DesktopSettings> m_desktop;
    // No keychain answers in a plain test run (no session bus): every store fails fast,
    // which is exactly the "keychain unavailable" path.
    PasswordKeychain m_keychain { u"MadoguchiTest"_s, 5000 };
    ScriptedPrompts m_prompts;
    FixedClock m_clock { jst(u"2026-12-02T11:30"_s) };
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<TicketDesk> m_desk;
    std::unique_ptr<TicketFixtureBuilder> m_build;
    StaffUser m_tanaka;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The built-in database goes to AppDataLocation: keep it inside the test's folder.
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"MadoguchiTest"_s);
        QCoreApplication::setApplicationName(u"tst_settings"_s);
    }

    void init()
    {
        QFile::remove(m_home.filePath(u"desktop.ini"_s));
        m_qsettings = std::make_unique<QSettings>(m_home.filePath(u"desktop.ini"_s), QSettings::IniFormat);
        m_desktop = std::make_unique<DesktopSettings>(*m_qsettings);
        m_prompts = ScriptedPrompts();
        // Every test gets a fresh desk with one manager, on the backend of this run.
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isValid());
        m_desk = std::make_unique<TicketDesk>(m_t->db(), m_clock);
        m_build = std::make_unique<TicketFixtureBuilder>(*m_desk);
        m_tanaka = m_build->staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager).valueOr({});
        QVERIFY(m_tanaka.id > 0);
    }

    void cleanup()
    {
        m_build.reset();
        m_desk.reset();
        m_t.reset();
    }

    void wizardBuiltInDatabaseWritesConfiguration()
    {
        QFile::remove(DatabaseAddress::defaultSqlitePath());
        QVERIFY(!m_desktop->isSetUp());
        FirstRunWizard wizard(*m_desktop, m_keychain, m_clock, m_prompts);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(child<QRadioButton>(&wizard, u"builtInRadioButton"_s)->isChecked());
        QVERIFY(!child<QWidget>(&wizard, u"hostLineEdit"_s)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::MailboxPage));
        QTest::mouseClick(child<QRadioButton>(&wizard, u"filesLaterRadioButton"_s), Qt::LeftButton);
        QVERIFY(!wizard.mailboxForm()->isEnabled());
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // This desktop's configuration: set up, built-in database, mail from files for now.
        QSettings reread(m_home.filePath(u"desktop.ini"_s), QSettings::IniFormat);
        DesktopSettings stored(reread);
        QVERIFY(stored.isSetUp());
        QCOMPARE(stored.databaseAddressText(), QString());
        QVERIFY(stored.mailFromFilesOnly());
        QCOMPARE(stored.databaseAddress()->filePath, DatabaseAddress::defaultSqlitePath());

        // The database exists, is migrated, and its first user is a manager.
        QVERIFY(QFile::exists(DatabaseAddress::defaultSqlitePath()));
        std::unique_ptr<Database> database = wizard.takeDatabase();
        QVERIFY(database);
        QCOMPARE(SchemaMigrations::currentVersion(*database).valueOr(-1), SchemaMigrations::latestVersion());
        TicketDesk desk(*database, m_clock);
        auto users = desk.team().users();
        VERIFY_OK(users);
        QCOMPARE(users->size(), 1);
        QVERIFY(users->first().isManager());
        QCOMPARE(users->first().login, stored.staffLogin());

        // A second run of the wizard on the same database does not add another user.
        FirstRunWizard again(*m_desktop, m_keychain, m_clock, m_prompts);
        again.setConnectMailbox(false);
        VERIFY_OK(again.finish());
        auto reopened = again.takeDatabase();
        QVERIFY(reopened);
        TicketDesk desk2(*reopened, m_clock);
        QCOMPARE(desk2.team().users()->size(), 1);
    }

    void wizardMailboxSavedWhenKeychainRefuses()
    {
        FirstRunWizard wizard(*m_desktop, m_keychain, m_clock, m_prompts);
        wizard.setConnectMailbox(true);
        MailboxForm *form = wizard.mailboxForm();
        // Missing fields are named before anything is stored.
        auto missing = wizard.finish();
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(u"incoming mail server"_s), qPrintable(missing.error().message));
        QVERIFY(!m_desktop->isSetUp());

        child<QLineEdit>(form, u"imapHostLineEdit"_s)->setText(u"mail.example.co.jp"_s);
        child<QComboBox>(form, u"imapSecurityComboBox"_s)->setCurrentIndex(1); // STARTTLS
        QCOMPARE(child<QSpinBox>(form, u"imapPortSpinBox"_s)->value(), 143);
        child<QLineEdit>(form, u"imapUserLineEdit"_s)->setText(u"support@example.co.jp"_s);
        child<QLineEdit>(form, u"imapPasswordLineEdit"_s)->setText(u"s3cret"_s);
        child<QLineEdit>(form, u"smtpHostLineEdit"_s)->setText(u"smtp.example.co.jp"_s);
        child<QLineEdit>(form, u"smtpUserLineEdit"_s)->setText(u"support@example.co.jp"_s);
        m_prompts.confirmAnswer = true; // "continue without saving the password"
        VERIFY_OK(wizard.finish());
        QVERIFY(m_desktop->isSetUp());
        QVERIFY(!m_desktop->mailFromFilesOnly());

        auto database = wizard.takeDatabase();
        QVERIFY(database);
        auto account = SettingsTable::read(*database, u"mail.account"_s);
        VERIFY_OK(account);
        QVERIFY(account->has_value());
        QVERIFY2(account->value().contains(u"imap://support%40example.co.jp@mail.example.co.jp:143"_s),
                 qPrintable(account->value()));
        QVERIFY2(account->value().contains(u"smtp://support%40example.co.jp@smtp.example.co.jp:587"_s),
                 qPrintable(account->value()));
        QVERIFY2(!account->value().contains(u"s3cret"_s), "a password must never reach the database");
        // The IMAP sync reads the same settings through its own API.
        auto forSync = MailAccountSettings::load(*database);
        VERIFY_OK(forSync);
        QVERIFY(forSync->has_value());
        QCOMPARE(forSync->value().imap.host, u"mail.example.co.jp"_s);
        QCOMPARE(forSync->value().imap.port, quint16(143));
        QCOMPARE(forSync->value().imap.security, ImapServerSettings::Security::StartTls);
        QCOMPARE(forSync->value().accountName(), u"support@example.co.jp@mail.example.co.jp"_s);
        // Without a keychain the user was asked, in words that say what happened.
        if (!m_prompts.questions.isEmpty())
            QVERIFY(m_prompts.questions.first().contains(u"keychain"_s));

        // Declining keeps the wizard open with the reason.
        FirstRunWizard declined(*m_desktop, m_keychain, m_clock, m_prompts);
        declined.setConnectMailbox(true);
        declined.mailboxForm()->setImap(*ImapServerSettings::fromUrl(u"imaps://support@mail.example.co.jp"_s));
        child<QLineEdit>(declined.mailboxForm(), u"imapPasswordLineEdit"_s)->setText(u"s3cret"_s);
        m_prompts.confirmAnswer = false;
        const qsizetype asked = m_prompts.questions.size();
        auto refused = declined.finish();
        if (m_prompts.questions.size() > asked) // only when the keychain really refused
            QVERIFY(!refused.ok());
    }

    void wizardTeamDatabaseConnectionErrorIsClear()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close(); // nothing listens there now

        FirstRunWizard wizard(*m_desktop, m_keychain, m_clock, m_prompts);
        DatabaseForm *form = wizard.databaseForm();
        QTest::mouseClick(child<QRadioButton>(form, u"teamRadioButton"_s), Qt::LeftButton);
        QVERIFY(child<QWidget>(form, u"hostLineEdit"_s)->isEnabled());
        QSignalSpy tested(form, &DatabaseForm::connectionTested);
        QTest::mouseClick(child<QPushButton>(form, u"testConnectionButton"_s), Qt::LeftButton);
        QVERIFY(!tested.isEmpty() || tested.wait(2000)); // a missing field is reported at once
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY2(tested.first().at(1).toString().contains(u"host"_s), qPrintable(tested.first().at(1).toString()));

        child<QLineEdit>(form, u"hostLineEdit"_s)->setText(u"127.0.0.1"_s);
        child<QSpinBox>(form, u"portSpinBox"_s)->setValue(port);
        child<QLineEdit>(form, u"userLineEdit"_s)->setText(u"madoguchi"_s);
        tested.clear();
        QTest::mouseClick(child<QPushButton>(form, u"testConnectionButton"_s), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        const QString shown = child<QLabel>(form, u"connectionResultLabel"_s)->text();
        QVERIFY2(shown.startsWith(u"Cannot connect"_s), qPrintable(shown));
        QVERIFY2(shown.contains(QString::number(port)), qPrintable(shown)); // says where it tried

        wizard.setConnectMailbox(false);
        auto finished = wizard.finish();
        QVERIFY(!finished.ok());
        QVERIFY(!m_desktop->isSetUp());
    }

    void wizardTeamDatabaseOnPostgres()
    {
        if (!Testing::usingPostgres())
            QSKIP("needs tests/scripts/with-postgres.sh (tst_settings_pg)");
        TestDatabase server(0); // a fresh, empty database on the test server
        QVERIFY(server.isValid());
        const DatabaseAddress target = server.address();

        FirstRunWizard wizard(*m_desktop, m_keychain, m_clock, m_prompts);
        DatabaseForm *form = wizard.databaseForm();
        child<QRadioButton>(form, u"teamRadioButton"_s)->setChecked(true);
        child<QLineEdit>(form, u"hostLineEdit"_s)->setText(target.host);
        child<QSpinBox>(form, u"portSpinBox"_s)->setValue(target.port);
        child<QLineEdit>(form, u"databaseLineEdit"_s)->setText(target.databaseName);
        child<QLineEdit>(form, u"userLineEdit"_s)->setText(target.user);
        child<QLineEdit>(form, u"passwordLineEdit"_s)->setText(qEnvironmentVariable("PGPASSWORD"));
        child<QCheckBox>(form, u"savePasswordCheckBox"_s)->setChecked(false);
        QSignalSpy tested(form, &DatabaseForm::connectionTested);
        form->testConnection();
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(tested.first().at(1).toString().contains(u"empty"_s));

        wizard.setConnectMailbox(false);
        VERIFY_OK(wizard.finish());
        QCOMPARE(m_desktop->databaseAddressText(), target.toString());
        QVERIFY(!m_desktop->databasePasswordSaved());
        auto database = wizard.takeDatabase();
        QVERIFY(database);
        QVERIFY(database->dialect().isPostgres());
        QCOMPARE(SchemaMigrations::currentVersion(*database).valueOr(-1), SchemaMigrations::latestVersion());
    }

    // Settings → Database says when the open SQLite database was last backed up.
    void databasePageShowsTheLastBackup()
    {
        TicketDesk &desk = *m_desk;
        SettingsDialog first(desk, *m_desktop, m_tanaka, m_keychain, m_prompts);
        if (desk.database().dialect().isPostgres()) {
            QVERIFY(child<QLabel>(&first, u"lastBackupLabel"_s)->text().contains(u"pg_dump"_s));
            return;
        }
        FixedClock clock(*Jst::parseIso(u"2030-01-15T00:05:00+09:00"_s)); // newer than any other backup here
        VERIFY_OK(DatabaseBackup(desk.database()).backupNow(clock));
        SettingsDialog dialog(desk, *m_desktop, m_tanaka, m_keychain, m_prompts);
        const QString text = child<QLabel>(&dialog, u"lastBackupLabel"_s)->text();
        QVERIFY2(text.contains(u"2030/01/15"_s) && text.contains(u"00:05 JST"_s), qPrintable(text));
        QVERIFY2(text.contains(DatabaseBackup(desk.database()).folder()), qPrintable(text));
    }

    void calendarPageCompanyHolidayMovesDeadline()
    {
        TicketDesk &desk = *m_desk;
        TicketFixtureBuilder &build = *m_build;
        const StaffUser tanaka = m_tanaka;
        // Received Wednesday 2 December 2026 → due Thursday 18:00.
        auto mail = build.customerMail(u"yamada@example.co.jp"_s, u"請求書の件"_s, u"ご確認ください"_s,
                                       jst(u"2026-12-02T11:00"_s));
        VERIFY_OK(mail);
        QCOMPARE(desk.tickets().ticket(mail->ticketId).value()->due, jst(u"2026-12-03T18:00"_s));

        SettingsDialog dialog(desk, *m_desktop, tanaka, m_keychain, m_prompts);
        dialog.showPage(u"calendarPage"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *page = child<CalendarSettingsPage>(&dialog, u"calendarPage"_s);
        QVERIFY(page->isVisible());
        child<QDateEdit>(page, u"holidayDateEdit"_s)->setDate(QDate(2026, 12, 3));
        child<QLineEdit>(page, u"holidayNameLineEdit"_s)->setText(u"創立記念日"_s);
        QTest::mouseClick(child<QPushButton>(page, u"addHolidayButton"_s), Qt::LeftButton);
        auto *table = child<QTableWidget>(page, u"companyHolidaysTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"創立記念日"_s);

        child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The store moved the deadline past the founding day, and recorded who did it.
        QCOMPARE(desk.tickets().ticket(mail->ticketId).value()->due, jst(u"2026-12-04T18:00"_s));
        auto stored = desk.calendar().load();
        VERIFY_OK(stored);
        QCOMPARE(stored->companyHolidays.size(), 1);
        QCOMPARE(stored->companyHolidays.first().name, u"創立記念日"_s);
        auto audit = desk.audit().recent(5, u"calendar"_s);
        VERIFY_OK(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().actorName, u"田中"_s);
        QVERIFY(audit->first().newValue.contains(u"創立記念日"_s));

        // Removing it again through the dialog brings the deadline back.
        SettingsDialog second(desk, *m_desktop, tanaka, m_keychain, m_prompts);
        auto *secondPage = child<CalendarSettingsPage>(&second, u"calendarPage"_s);
        auto *secondTable = child<QTableWidget>(secondPage, u"companyHolidaysTable"_s);
        QCOMPARE(secondTable->rowCount(), 1);
        secondTable->selectRow(0);
        QTest::mouseClick(child<QPushButton>(secondPage, u"removeHolidayButton"_s), Qt::LeftButton);
        VERIFY_OK(second.apply());
        QCOMPARE(desk.tickets().ticket(mail->ticketId).value()->due, jst(u"2026-12-03T18:00"_s));
    }

    // Issue 20 item 2: the urgent "due soon" threshold is a setting beside the other, shown
    // with what is stored and saved from the page.
    void calendarPageShowsTheUrgentDueSoonThreshold()
    {
        TicketDesk &desk = *m_desk;
        SettingsDialog dialog(desk, *m_desktop, m_tanaka, m_keychain, m_prompts);
        auto *page = child<CalendarSettingsPage>(&dialog, u"calendarPage"_s);
        auto *urgent = child<QSpinBox>(page, u"urgentDueSoonSpinBox"_s);
        QCOMPARE(urgent->value(), CalendarSettings().urgentDueSoonThresholdMinutes);
        QCOMPARE(child<QSpinBox>(page, u"dueSoonSpinBox"_s)->value(), 120);
        urgent->setValue(20);
        VERIFY_OK(dialog.apply());
        auto stored = desk.calendar().load();
        VERIFY_OK(stored);
        QCOMPARE(stored->urgentDueSoonThresholdMinutes, 20);
        QCOMPARE(stored->dueSoonThresholdMinutes, 120);
        auto calendar = desk.calendar().calendar();
        VERIFY_OK(calendar);
        const QDateTime due = jst(u"2026-12-06T04:00"_s);
        QCOMPARE(DeadlineCalculator(**calendar).classify(due, due.addSecs(-20 * 60), true), DeadlineFlag::DueSoon);
        QCOMPARE(DeadlineCalculator(**calendar).classify(due, due.addSecs(-20 * 60 - 1), true), DeadlineFlag::OnTime);
    }

    // Issue 20 item 4 / issue 17 item 5: the desktop program opens the database through the
    // same StoreOpener as every command: without a keychain (no D-Bus) libpq's .pgpass is used,
    // and with no password anywhere the error is one line naming the sources.
    // Issue 13: Settings → Database names the database in use and where the choice came
    // from, which can differ from the setting shown in the form.
    void databasePageNamesTheDatabaseInUse()
    {
        if (Testing::usingPostgres())
            QSKIP("SQLite files chosen by MADOGUCHI_DATABASE and --database");
        auto restore = qScopeGuard([] {
            for (const char *name : {"MADOGUCHI_DATABASE", "MADOGUCHI_USER"})
                qunsetenv(name);
        });
        const QString fromEnvironment = m_home.filePath(u"from-environment.sqlite"_s);
        const QString fromOption = m_home.filePath(u"from-option.sqlite"_s);
        qputenv("MADOGUCHI_DATABASE", fromEnvironment.toUtf8());
        qputenv("MADOGUCHI_USER", "tanaka");
        {
            DeskStartup startup;
            VERIFY_OK(startup.open());
            SettingsDialog dialog(startup.desk(), *m_desktop, startup.me(), m_keychain, m_prompts);
            const QString text = child<QLabel>(&dialog, u"databaseInUseLabel"_s)->text();
            QVERIFY2(text.contains(QDir::toNativeSeparators(fromEnvironment)) && text.contains(u"MADOGUCHI_DATABASE"_s),
                     qPrintable(text));
        }
        DeskStartup startup;
        startup.setDatabaseOption(fromOption);
        VERIFY_OK(startup.open());
        SettingsDialog dialog(startup.desk(), *m_desktop, startup.me(), m_keychain, m_prompts);
        const QString text = child<QLabel>(&dialog, u"databaseInUseLabel"_s)->text();
        QVERIFY2(text.contains(QDir::toNativeSeparators(fromOption)) && text.contains(u"--database"_s), qPrintable(text));
        QVERIFY(!text.contains(u"from-environment"_s));
    }

    void deskStartupFallsThroughToLibpqWithoutAKeychain()
    {
        if (!Testing::usingPostgres())
            QSKIP("a PostgreSQL password: see tst_settings_pg");
        const QByteArray password = qgetenv("PGPASSWORD");
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QString pgpass = m_home.filePath(u"pgpass"_s);
        auto restore = qScopeGuard([&] {
            qputenv("PGPASSWORD", password);
            if (!bus.isEmpty())
                qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
            for (const char *name : {"MADOGUCHI_DATABASE", "MADOGUCHI_USER", "PGPASSFILE"})
                qunsetenv(name);
        });
        for (const char *name : {"PGPASSWORD", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY"})
            qunsetenv(name);
        const DatabaseAddress &address = m_t->address();
        qputenv("MADOGUCHI_DATABASE", address.toString().toUtf8());
        qputenv("MADOGUCHI_USER", "tanaka");
        qputenv("PGPASSFILE", pgpass.toUtf8());
        {
            DeskStartup startup;
            const auto opened = startup.open();
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().message.contains(u"wants a password and none was found"_s),
                     qPrintable(opened.error().message));
            QVERIFY(!opened.error().message.contains(u'\n'));
        }
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"%1:%2:%3:%4:%5\n"_s.arg(address.host).arg(address.port).arg(address.databaseName, address.user,
                                                                              QString::fromUtf8(password))
                       .toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        DeskStartup startup;
        VERIFY_OK(startup.open());
        QCOMPARE(startup.me().login, u"tanaka"_s);
        QVERIFY(startup.databasePassword().isEmpty()); // libpq found it; the sync connection will too
    }

    void calendarPageImportsFilesAndRefusesBadHours()
    {
        TicketDesk &desk = *m_desk;
        TicketFixtureBuilder &build = *m_build;
        const StaffUser tanaka = m_tanaka;
        auto mail = build.customerMail(u"yamada@example.co.jp"_s, u"年末の件"_s, u"本文"_s, jst(u"2028-01-06T11:00"_s));
        VERIFY_OK(mail);
        const QDateTime before = desk.tickets().ticket(mail->ticketId).value()->due;

        QTemporaryDir files;
        QFile csv(files.filePath(u"company.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,name\n2026/8/13,夏季休業\n2026/8/14,夏季休業\n");
        csv.close();
        // An official list that reaches 2028 (a made-up announcement for the test).
        QFile official(files.filePath(u"syukujitsu.csv"_s));
        QVERIFY(official.open(QIODevice::WriteOnly));
        official.write("国民の祝日・休日月日,国民の祝日・休日名称\n2028/1/1,元日\n2028/1/7,臨時の休日\n");
        official.close();
        m_prompts.files = { csv.fileName(), official.fileName() };

        SettingsDialog dialog(desk, *m_desktop, tanaka, m_keychain, m_prompts);
        auto *page = child<CalendarSettingsPage>(&dialog, u"calendarPage"_s);
        QVERIFY(child<QLabel>(page, u"officialYearLabel"_s)->text().contains(u"2027"_s));
        QTest::mouseClick(child<QPushButton>(page, u"importHolidaysButton"_s), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>(page, u"companyHolidaysTable"_s)->rowCount(), 2);
        QTest::mouseClick(child<QPushButton>(page, u"importOfficialButton"_s), Qt::LeftButton);
        QVERIFY2(child<QLabel>(page, u"officialYearLabel"_s)->text().contains(u"2028"_s),
                 qPrintable(child<QLabel>(page, u"officialYearLabel"_s)->text()));
        QCOMPARE(desk.calendar().lastOfficialYear().valueOr(0), 2028);
        // Applied at once: the 2028-01-07 day off moved the open deadline.
        QCOMPARE(before, jst(u"2028-01-07T18:00"_s));
        // The imported list replaces the computed 2028 days: 成人の日 (10 January) is not in it.
        QCOMPARE(desk.tickets().ticket(mail->ticketId).value()->due, jst(u"2028-01-10T18:00"_s));

        // Business hours that end before they start are refused, and the dialog says why.
        auto *hours = child<QTableWidget>(page, u"businessHoursTable"_s);
        auto *end = qobject_cast<QTimeEdit *>(hours->cellWidget(0, 1));
        QVERIFY(end);
        end->setTime(QTime(9, 0));
        auto refused = dialog.apply();
        QVERIFY(!refused.ok());
        QVERIFY(child<QLabel>(&dialog, u"errorLabel"_s)->text().contains(u"end before they start"_s));
        QCOMPARE(desk.calendar().load()->companyHolidays.size(), 0); // nothing stored on failure
    }

    // Issue 12: Settings → Mailbox keeps the desk's support addresses (several), the From name
    // and the ticket tag prefix; Reply uses them. A bad address is named and nothing is stored.
    void mailboxPageKeepsTheDesksIdentity()
    {
        auto ticket = m_build->customerMail(u"watanabe@osaka-kogyo.example.jp"_s, u"請求書"_s, u"本文"_s,
                                            m_clock.now());
        VERIFY_OK(ticket);
        const StaffUser sato = m_build->staff(u"sato"_s, u"佐藤"_s).valueOr({});
        SettingsDialog staffDialog(*m_desk, *m_desktop, sato, m_keychain, m_prompts);
        QVERIFY(!child<QWidget>(&staffDialog, u"deskIdentityForm"_s)->isEnabled());

        SettingsDialog dialog(*m_desk, *m_desktop, m_tanaka, m_keychain, m_prompts);
        QWidget *page = child<QWidget>(&dialog, u"accountsPage"_s);
        child<QLineEdit>(page, u"supportAddressesLineEdit"_s)->setText(u"support@example.co.jp, info@example.co.jp, bad"_s);
        child<QLineEdit>(page, u"fromNameLineEdit"_s)->setText(u"株式会社サンプル サポート窓口"_s);
        child<QLineEdit>(page, u"ticketTagPrefixLineEdit"_s)->setText(u"MD-"_s);
        auto refused = dialog.apply();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"「bad」"_s), qPrintable(refused.error().message));
        QVERIFY(DeskIdentity::load(*m_desk)->supportAddresses.isEmpty());
        child<QLineEdit>(page, u"supportAddressesLineEdit"_s)->setText(u"support@example.co.jp"_s);
        child<QLineEdit>(page, u"quoteHeaderLineEdit"_s)->setText(u"{date} {name}様"_s);
        refused = dialog.apply();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"{name}"_s), qPrintable(refused.error().message));
        QVERIFY(DeskIdentity::load(*m_desk)->supportAddresses.isEmpty());
        child<QLineEdit>(page, u"quoteHeaderLineEdit"_s)->setText(u"{date} {time} {from} からのメール:"_s);

        child<QLineEdit>(page, u"supportAddressesLineEdit"_s)->setText(u"support@example.co.jp, info@example.co.jp"_s);
        QCOMPARE(child<QSpinBox>(page, u"attachmentLimitSpinBox"_s)->value(), 10); // the default
        child<QSpinBox>(page, u"attachmentLimitSpinBox"_s)->setValue(25);
        QCOMPARE(child<QSpinBox>(page, u"sendCancelSpinBox"_s)->value(), 30); // on by default
        child<QSpinBox>(page, u"sendCancelSpinBox"_s)->setValue(0);
        QCOMPARE(child<QLineEdit>(page, u"warningWordsLineEdit"_s)->text(), u"社外秘, パスワード"_s);
        child<QLineEdit>(page, u"warningWordsLineEdit"_s)->setText(u"社外秘、部外秘"_s);
        QVERIFY(child<QCheckBox>(page, u"sendChecklistCheckBox"_s)->isChecked()); // on by default
        child<QCheckBox>(page, u"sendChecklistCheckBox"_s)->setChecked(false);
        VERIFY_OK(dialog.apply());
        QVERIFY(!DeskIdentity::load(*m_desk)->sendChecklist);
        auto switched = m_desk->audit().recent(5, u"setting mail.send_checklist"_s);
        VERIFY_OK(switched);
        QCOMPARE(switched->size(), 1);
        QCOMPARE(switched->at(0).actorId, m_tanaka.id);
        QCOMPARE(switched->at(0).newValue, u"0"_s);
        QCOMPARE(TicketReplies(*m_desk).attachmentLimit().valueOr(0), 25 * 1024 * 1024);
        QCOMPARE(TicketReplies(*m_desk).sendCancelSecs().valueOr(-1), 0);
        QCOMPARE(DeskIdentity::load(*m_desk)->warningWords, (QStringList{u"社外秘"_s, u"部外秘"_s}));
        auto stored = DeskIdentity::load(*m_desk);
        VERIFY_OK(stored);
        QCOMPARE(stored->supportAddresses, (QStringList{u"support@example.co.jp"_s, u"info@example.co.jp"_s}));
        QCOMPARE(stored->fromName, u"株式会社サンプル サポート窓口"_s);
        QCOMPARE(stored->ticketTagPrefix, u"MD-"_s);
        auto draft = TicketReplies(*m_desk).draft(ticket->ticketId);
        VERIFY_OK(draft);
        QCOMPARE(draft->from.address, u"support@example.co.jp"_s);
        QCOMPARE(draft->from.name, u"株式会社サンプル サポート窓口"_s);
        QVERIFY2(draft->subject.contains(u"[MD-%1]"_s.arg(ticket->ticketId)), qPrintable(draft->subject));
        // Shown again when the page opens.
        SettingsDialog again(*m_desk, *m_desktop, m_tanaka, m_keychain, m_prompts);
        QCOMPARE(child<QLineEdit>(&again, u"supportAddressesLineEdit"_s)->text(),
                 u"support@example.co.jp, info@example.co.jp"_s);
    }

    // Issue 12: the first-run wizard asks for the support address, prefilled from the IMAP user.
    void wizardAsksForTheSupportAddress()
    {
        FirstRunWizard wizard(*m_desktop, m_keychain, m_clock, m_prompts);
        wizard.setConnectMailbox(true);
        MailboxForm *form = wizard.mailboxForm();
        child<QLineEdit>(form, u"imapHostLineEdit"_s)->setText(u"mail.example.co.jp"_s);
        child<QLineEdit>(form, u"imapUserLineEdit"_s)->setText(u"agent"_s);
        QVERIFY(wizard.supportAddressEdit()->text().isEmpty());
        auto missing = wizard.finish();
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(u"support address"_s), qPrintable(missing.error().message));
        child<QLineEdit>(form, u"imapUserLineEdit"_s)->setText(u"help@example.co.jp"_s);
        QCOMPARE(wizard.supportAddressEdit()->text(), u"help@example.co.jp"_s);
        m_prompts.confirmAnswer = true; // continue without the keychain if there is none
        VERIFY_OK(wizard.finish());
        auto database = wizard.takeDatabase();
        QVERIFY(database);
        TicketDesk desk(*database, m_clock);
        auto stored = DeskIdentity::load(desk);
        VERIFY_OK(stored);
        QVERIFY2(stored->supportAddresses.contains(u"help@example.co.jp"_s),
                 qPrintable(stored->supportAddresses.join(u", "_s)));
    }

    // Issue 12: Settings → Signatures: everyone keeps their own; the team's is a manager's.
    void signaturesPageKeepsOwnAndTeamSignatures()
    {
        const StaffUser sato = m_build->staff(u"sato"_s, u"佐藤"_s).valueOr({});
        SettingsDialog staffDialog(*m_desk, *m_desktop, sato, m_keychain, m_prompts);
        QWidget *page = child<QWidget>(&staffDialog, u"signaturesPage"_s);
        QVERIFY(!child<QPlainTextEdit>(page, u"teamSignatureEdit"_s)->isEnabled());
        child<QPlainTextEdit>(page, u"ownSignatureEdit"_s)->setPlainText(u"佐藤 花子"_s);
        VERIFY_OK(staffDialog.apply());
        QCOMPARE(ReplySignatures(*m_desk).own(sato.id).valueOr(QString()), u"佐藤 花子"_s);

        SettingsDialog managerDialog(*m_desk, *m_desktop, m_tanaka, m_keychain, m_prompts);
        page = child<QWidget>(&managerDialog, u"signaturesPage"_s);
        QVERIFY(child<QPlainTextEdit>(page, u"ownSignatureEdit"_s)->toPlainText().isEmpty());
        child<QPlainTextEdit>(page, u"teamSignatureEdit"_s)->setPlainText(u"株式会社サンプル サポート窓口"_s);
        VERIFY_OK(managerDialog.apply());
        QCOMPARE(ReplySignatures(*m_desk).forAuthor(m_tanaka.id).valueOr(QString()), u"株式会社サンプル サポート窓口"_s);
        QCOMPARE(ReplySignatures(*m_desk).forAuthor(sato.id).valueOr(QString()), u"佐藤 花子"_s);
    }

    void staffSeeManagerPagesDisabled()
    {
        TicketDesk &desk = *m_desk;
        TicketFixtureBuilder &build = *m_build;
        const StaffUser tanaka = m_tanaka;
        const StaffUser sato = build.staff(u"sato"_s, u"佐藤"_s).valueOr({});
        QVERIFY(sato.id > 0);

        SettingsDialog dialog(desk, *m_desktop, sato, m_keychain, m_prompts);
        dialog.showPage(u"usersPage"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QWidget *usersPage = child<QWidget>(&dialog, u"usersPage"_s);
        QVERIFY(usersPage->isVisible());
        QVERIFY(!child<QWidget>(usersPage, u"usersEditor"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(usersPage, u"addUserButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(usersPage, u"usersExplanationLabel"_s)->text().contains(u"Only a manager"_s));
        QCOMPARE(child<QTableWidget>(usersPage, u"usersTable"_s)->rowCount(), 2); // still visible to read
        QVERIFY(!child<QWidget>(&dialog, u"importOfficialButton"_s)->isEnabled());
        QVERIFY(!child<QWidget>(&dialog, u"addHolidayButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u"calendarReadOnlyLabel"_s));
        QVERIFY(!child<QWidget>(&dialog, u"urgencyRulesTable"_s)->isEnabled());
        VERIFY_OK(dialog.apply()); // nothing to store, nothing refused

        // A manager gets the same page enabled and can add a colleague.
        SettingsDialog managerDialog(desk, *m_desktop, tanaka, m_keychain, m_prompts);
        QWidget *managerUsers = child<QWidget>(&managerDialog, u"usersPage"_s);
        QVERIFY(child<QWidget>(managerUsers, u"usersEditor"_s)->isEnabled());
        child<QLineEdit>(managerUsers, u"newLoginLineEdit"_s)->setText(u"suzuki"_s);
        child<QLineEdit>(managerUsers, u"newNameLineEdit"_s)->setText(u"鈴木"_s);
        QTest::mouseClick(child<QPushButton>(managerUsers, u"addUserButton"_s), Qt::LeftButton);
        auto users = desk.team().users();
        VERIFY_OK(users);
        QCOMPARE(users->size(), 3);
        QCOMPARE(users->last().displayName, u"鈴木"_s);
        QCOMPARE(child<QTableWidget>(managerUsers, u"usersTable"_s)->rowCount(), 3);
    }

    void urgencyRulesPageSavesRules()
    {
        SettingsDialog dialog(*m_desk, *m_desktop, m_tanaka, m_keychain, m_prompts);
        QWidget *page = child<QWidget>(&dialog, u"urgencyPage"_s);
        auto *table = child<QTableWidget>(page, u"urgencyRulesTable"_s);
        QCOMPARE(table->rowCount(), int(UrgencyRules::defaults().rules().size()));
        QTest::mouseClick(child<QPushButton>(page, u"addRuleButton"_s), Qt::LeftButton);
        table->item(table->rowCount() - 1, 0)->setText(u"全面停止"_s);
        child<QLineEdit>(page, u"tryLineEdit"_s)->setText(u"【至急】サービス全面停止"_s);
        QVERIFY(child<QLabel>(page, u"tryResultLabel"_s)->text().contains(u"至急"_s));
        VERIFY_OK(dialog.apply());
        auto stored = UrgencyRules::load(m_t->db());
        VERIFY_OK(stored);
        QCOMPARE(stored->rules().size(), UrgencyRules::defaults().rules().size() + 1);
        QCOMPARE(stored->rules().last().pattern, u"全面停止"_s);
    }

    void languageIsStoredForNextStart()
    {
        SettingsDialog dialog(*m_desk, *m_desktop, StaffUser::system(), m_keychain, m_prompts);
        auto *language = child<QComboBox>(&dialog, u"languageComboBox"_s);
        QCOMPARE(language->currentData().toString(), QString());
        language->setCurrentIndex(language->findData(u"ja"_s));
        VERIFY_OK(dialog.apply());
        QCOMPARE(m_desktop->language(), u"ja"_s);
        QVERIFY(child<QLabel>(&dialog, u"languageStatusLabel"_s)->text().contains(u"Restart"_s));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
