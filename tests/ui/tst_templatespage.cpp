// Settings → Templates (定型文, issue 12), offscreen: managers keep the team's list, staff their
// own; the placeholders are listed; an unknown placeholder, a missing name or body and a name
// already in the list are refused with the reason and nothing is stored.
// MADOGUCHI_TEMPLATES_SCREENSHOT=path.png saves the page as a manager sees it.

#include "../common/TestDatabase.h"
#include "ReplyFixture.h"

#include "mail/outbox/ReplyTemplates.h"
#include "settings/TemplatesPage.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

using Madoguchi::Testing::ReplyFixture::Fixture;
using Madoguchi::Testing::ReplyFixture::JapaneseForScreenshot;

namespace {

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

void write(TemplatesPage &page, const QString &name, const QString &body, const QString &subject = {})
{
    child<QLineEdit>(&page, u"templateNameLineEdit"_s)->setText(name);
    child<QLineEdit>(&page, u"templateSubjectLineEdit"_s)->setText(subject);
    child<QPlainTextEdit>(&page, u"templateBodyEdit"_s)->setPlainText(body);
}

} // namespace

class TestTemplatesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholdersAreListed()
    {
        Fixture f;
        TemplatesPage page(*f.desk, f.sato);
        const QString help = child<QLabel>(&page, u"templatePlaceholdersLabel"_s)->text();
        for (const QString &placeholder : ReplyTemplates::placeholders())
            QVERIFY2(help.contains(placeholder), qPrintable(placeholder));
    }

    // A manager writes the team's templates; a refused one names the reason and stores nothing.
    void managerKeepsTheTeamsList_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("unknown placeholder in the body")
            << u"お礼"_s << u"{{customer.name}}様 {{customer.nmae}}"_s << QString() << u"{{customer.nmae}}"_s;
        QTest::newRow("unknown placeholder in the subject")
            << u"お礼"_s << u"本文"_s << u"{{ticket}} のご案内"_s << u"{{ticket}}"_s;
        QTest::newRow("no name") << QString() << u"本文"_s << QString() << u"needs a name and a body"_s;
        QTest::newRow("no body") << u"お礼"_s << u"  "_s << QString() << u"needs a name and a body"_s;
        QTest::newRow("same name") << u"既存"_s << u"本文"_s << QString() << u"already a template 「既存」"_s;
        QTest::newRow("good") << u"お礼"_s << u"{{customer.name}}様\n{{deadline}}までにご回答します。"_s
                              << u"{{ticket.number}} のご案内"_s << QString();
    }

    void managerKeepsTheTeamsList()
    {
        QFETCH(QString, name);
        QFETCH(QString, body);
        QFETCH(QString, subject);
        QFETCH(QString, refusal);
        Fixture f;
        const StaffUser manager
            = TicketFixtureBuilder(*f.desk).staff(u"kanri"_s, u"管理 一郎"_s, StaffRole::Manager).valueOr({});
        ReplyTemplate existing;
        existing.name = u"既存"_s;
        existing.body = u"既存の本文"_s;
        QVERIFY(ReplyTemplates(*f.desk).add(manager, existing).ok());
        TemplatesPage page(*f.desk, manager);
        auto *owner = child<QComboBox>(&page, u"templateOwnerComboBox"_s);
        QVERIFY(owner->isEnabled());
        owner->setCurrentIndex(owner->findData(qint64(0)));
        write(page, name, body, subject);
        auto saved = page.apply(); // the dialog's OK stores the template being written
        QCOMPARE(saved.ok(), refusal.isEmpty());
        auto stored = ReplyTemplates(*f.desk).visibleTo(f.sato.id);
        QVERIFY(stored.ok());
        if (!refusal.isEmpty()) {
            QVERIFY2(saved.error().message.contains(refusal), qPrintable(saved.error().message));
            QVERIFY(page.statusText().contains(refusal));
            QCOMPARE(stored->size(), 1);
            return;
        }
        QCOMPARE(stored->size(), 2); // the team's: staff see it
        QCOMPARE(stored->at(0).name, u"お礼"_s);
        QCOMPARE(stored->at(0).ownerId, qint64(0));
        QCOMPARE(stored->at(0).subject, subject);
        auto *list = child<QListWidget>(&page, u"templateListWidget"_s);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->currentItem()->text().contains(u"お礼"_s));

        // Changed in place, then deleted.
        child<QPlainTextEdit>(&page, u"templateBodyEdit"_s)->setPlainText(u"{{staff.name}}です。"_s);
        QVERIFY(page.saveCurrent().ok());
        QCOMPARE(ReplyTemplates(*f.desk).named(f.sato.id, u"お礼"_s)->body, u"{{staff.name}}です。"_s);
        QVERIFY(page.removeCurrent().ok());
        QCOMPARE(ReplyTemplates(*f.desk).visibleTo(f.sato.id)->size(), 1);
        QCOMPARE(list->count(), 1);
    }

    // Staff keep their own list and read the team's without changing it.
    void staffKeepTheirOwn()
    {
        Fixture f;
        const StaffUser manager
            = TicketFixtureBuilder(*f.desk).staff(u"kanri"_s, u"管理 一郎"_s, StaffRole::Manager).valueOr({});
        ReplyTemplate team;
        team.name = u"チームの定型文"_s;
        team.category = u"請求"_s;
        team.body = u"いつもお世話になっております。"_s;
        QVERIFY(ReplyTemplates(*f.desk).add(manager, team).ok());
        const QString shot = qEnvironmentVariable("MADOGUCHI_TEMPLATES_SCREENSHOT");
        JapaneseForScreenshot japanese(shot);
        TemplatesPage page(*f.desk, f.tanaka); // staff (佐藤, the desk's first user, is a manager)
        auto *owner = child<QComboBox>(&page, u"templateOwnerComboBox"_s);
        QVERIFY(!owner->isEnabled()); // staff write only their own
        write(page, u"自分用"_s, u"{{customer.organization}} {{customer.name}}様"_s);
        QVERIFY(page.saveCurrent().ok());
        auto mine = ReplyTemplates(*f.desk).named(f.tanaka.id, u"自分用"_s);
        QVERIFY(mine.ok());
        QCOMPARE(mine->ownerId, f.tanaka.id);
        QCOMPARE(ReplyTemplates(*f.desk).visibleTo(f.sato.id)->size(), 1); // not 佐藤's

        auto *list = child<QListWidget>(&page, u"templateListWidget"_s);
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(0); // by name: the team's
        QVERIFY(list->currentItem()->text().contains(u"チームの定型文"_s));
        QVERIFY(child<QLineEdit>(&page, u"templateNameLineEdit"_s)->isReadOnly());
        QVERIFY(!child<QPushButton>(&page, u"templateSaveButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&page, u"templateDeleteButton"_s)->isEnabled());
        QVERIFY(page.statusText().contains(u"manager"_s) || !shot.isEmpty());
        QVERIFY(page.apply().ok()); // nothing of the team's to store
        if (!shot.isEmpty()) {
            page.resize(1024, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            list->setCurrentRow(1);
            QVERIFY(page.grab().save(shot));
        }
    }
};

QTEST_MAIN(TestTemplatesPage)
#include "tst_templatespage.moc"
