// Desktop notices where there is no system tray (Debian's GNOME): they go to the session's
// notification service — here a real one, dunst, started by with-notifications.sh — and
// clicking one opens its ticket.
#include "desk/DeskNotifier.h"
#include "desk/DesktopNotifications.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QString dunstctl(const QStringList &args)
{
    QProcess process;
    process.start(qEnvironmentVariable("MADOGUCHI_TEST_DUNSTCTL"), args);
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return u"dunstctl failed: "_s + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

TicketFlagState flagged(qint64 id, DeadlineFlag flag, const QString &subject, qint64 remaining)
{
    TicketFlagState state;
    state.ticketId = id;
    state.flag = flag;
    state.subject = subject;
    state.remainingMinutes = remaining;
    return state;
}

} // namespace

class TestDeskNotices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noticeIsShownOnceAndClickingItOpensTheTicket();
};

void TestDeskNotices::noticeIsShownOnceAndClickingItOpensTheTicket()
{
    QVERIFY(DesktopNotifications::isAvailable());
    DeskNotifier notifier;
    QVERIFY(!notifier.hasTray()); // offscreen: no tray, as on GNOME
    QVERIFY(notifier.usesDesktopNotifications());
    QSignalSpy opened(&notifier, &DeskNotifier::openTicketRequested);

    const int day = 7 * 60;
    QVERIFY(notifier.update({}, true, day).isEmpty()); // the first look only takes stock
    const auto late = flagged(1042, DeadlineFlag::Overdue, u"請求書の再発行"_s, -130);
    const auto soon = flagged(1057, DeadlineFlag::DueSoon, u"ログインできません"_s, 45);
    QCOMPARE(notifier.update({late}, true, day).size(), 1);
    QTRY_COMPARE(dunstctl({u"count"_s, u"displayed"_s}), u"1"_s);
    // Clicking it (dunst's default action) opens its ticket.
    QCOMPARE(dunstctl({u"action"_s, u"0"_s}), QString());
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.last().first().toLongLong(), 1042);
    (void)dunstctl({u"close-all"_s});

    // The next refreshes announce nothing new; another ticket turning due soon is a new notice.
    QVERIFY(notifier.update({late}, true, day).isEmpty());
    QTest::qWait(200);
    QCOMPARE(dunstctl({u"count"_s, u"displayed"_s}), u"0"_s);
    QCOMPARE(notifier.update({late, soon}, true, day).size(), 1);
    QTRY_COMPARE(dunstctl({u"count"_s, u"displayed"_s}), u"1"_s);
    QCOMPARE(dunstctl({u"action"_s, u"0"_s}), QString());
    QTRY_COMPARE(opened.size(), 2);
    QCOMPARE(opened.last().first().toLongLong(), 1057);

    // What the person read: the ticket, the flag and the time, in the notice's body.
    (void)dunstctl({u"close-all"_s});
    QTRY_VERIFY(dunstctl({u"history"_s}).contains(u"#1042"_s));
    const QString history = dunstctl({u"history"_s});
    QVERIFY2(history.contains(u"請求書の再発行"_s), qPrintable(history));
    QVERIFY2(history.contains(u"#1057"_s) && history.contains(u"ログインできません"_s), qPrintable(history));
}

QTEST_MAIN(TestDeskNotices)
#include "tst_desknotices.moc"
