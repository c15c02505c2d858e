// Shows the first-run setup and every Settings page with a realistic Japanese fixture and
// saves a PNG of each, so a person can look at them for clipping and untranslated text.
// Run it through tests/ui/settings-screenshots.sh (Xvfb, LANG=ja_JP.UTF-8).
//
//   madoguchi-settings-screenshots OUTDIR [EXTRA.qm]

#include "settings/AccountsPage.h"
#include "settings/CalendarSettingsPage.h"
#include "settings/MailboxForm.h"
#include "settings/OAuthSignInPanel.h"
#include "settings/FirstRunWizard.h"
#include "ModalPrompts.h"
#include "settings/SettingsDialog.h"
#include "settings/SettingsPage.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "store/Database.h"
#include "store/DesktopSettings.h"
#include "store/PasswordKeychain.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QLibraryInfo>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

void settle()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
}

void save(QWidget &widget, const QString &path)
{
    settle();
    widget.grab().save(path);
    qInfo("%s", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        qWarning("usage: madoguchi-settings-screenshots OUTDIR [EXTRA.qm]");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    QTranslator qt, extra, embedded;
    if (qt.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    if (embedded.load(QLocale(), u"madoguchi"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&embedded);
    if (argc > 2 && extra.load(QString::fromLocal8Bit(argv[2])))
        QApplication::installTranslator(&extra);

    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath(u"data"_s).toUtf8());
    QSettings local(dir.filePath(u"desktop.ini"_s), QSettings::IniFormat);
    DesktopSettings desktop(local);
    PasswordKeychain keychain;
    FixedClock clock(*Jst::parseIso(u"2026-12-02T11:30:00+09:00"_s));
    ModalPrompts &prompts = ModalPrompts::interactive();

    FirstRunWizard wizard(desktop, keychain, clock, prompts);
    wizard.show();
    save(wizard, out + u"/wizard-1-database.png"_s);
    wizard.next();
    save(wizard, out + u"/wizard-2-mailbox.png"_s);
    wizard.hide();

    DatabaseAddress address;
    address.filePath = dir.filePath(u"desk.sqlite"_s);
    auto database = DesktopSettings::openDatabase(address);
    if (!database) {
        qWarning("%s", qPrintable(database.error().message));
        return 1;
    }
    TicketDesk desk(**database, clock);
    TicketFixtureBuilder build(desk);
    if (auto made = build.sampleDesk(clock.now()); !made) {
        qWarning("%s", qPrintable(made.error().message));
        return 1;
    }
    const StaffUser tanaka = desk.team().userByLogin(u"tanaka"_s).valueOr(std::nullopt).value_or(StaffUser {});
    const StaffUser sato = desk.team().userByLogin(u"sato"_s).valueOr(std::nullopt).value_or(StaffUser {});
    CalendarSettings calendar = desk.calendar().load().valueOr(CalendarSettings {});
    calendar.companyHolidays = { { QDate(2026, 12, 3), u"創立記念日"_s }, { QDate(2027, 8, 13), u"夏季休業"_s } };
    (void)desk.changeCalendar(tanaka, calendar);

    for (const auto &[who, name] : { std::pair { tanaka, u"manager"_s }, std::pair { sato, u"staff"_s } }) {
        SettingsDialog dialog(desk, desktop, who, keychain, prompts);
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(u"pageListWidget"_s);
        for (int i = 0; i < list->count(); ++i) {
            list->setCurrentRow(i);
            save(dialog,
                 out + u"/settings-%1-%2-%3.png"_s.arg(name).arg(i + 1).arg(dialog.pages().at(i)->objectName()));
        }
    }

    // The mailbox's sign-in (issue 14) at 1024×700: Google Workspace chosen, then waiting for
    // the browser (no browser is opened: the opener does nothing), then cancelled.
    SettingsDialog dialog(desk, desktop, tanaka, keychain, prompts);
    dialog.resize(1024, 700);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(u"pageListWidget"_s);
    for (int i = 0; i < list->count(); ++i) {
        if (dialog.pages().at(i)->objectName() == u"accountsPage"_s)
            list->setCurrentRow(i);
    }
    auto *form = dialog.findChild<MailboxForm *>();
    form->setUrlOpener([](const QUrl &) { return true; });
    form->findChild<QLineEdit *>(u"imapUserLineEdit"_s)->setText(u"support@example.co.jp"_s);
    auto *method = form->findChild<QComboBox *>(u"signInMethodComboBox"_s);
    method->setCurrentIndex(1);
    Q_EMIT method->activated(1);
    form->findChild<QLineEdit *>(u"oauthClientIdLineEdit"_s)->setText(u"123456789012-abc.apps.googleusercontent.com"_s);
    form->findChild<QLineEdit *>(u"oauthClientSecretLineEdit"_s)->setText(u"GOCSPX-example"_s);
    save(dialog, out + u"/signin-1-google.png"_s);
    form->findChild<QPushButton *>(u"oauthSignInButton"_s)->click();
    save(dialog, out + u"/signin-2-waiting.png"_s);
    form->findChild<QPushButton *>(u"oauthCancelSignInButton"_s)->click();
    save(dialog, out + u"/signin-3-cancelled.png"_s);
    method->setCurrentIndex(2);
    Q_EMIT method->activated(2);
    save(dialog, out + u"/signin-4-microsoft.png"_s);
    return 0;
}
