#include "tickets/DeadlineNoticeBook.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

// Each step is "<flag><hours>": flag T on time, D due soon, O overdue, - not listed (the
// obligation was answered); hours + business hours, - outside them. The first step only
// takes stock (the program just opened).
class TestDeadlineNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequence_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<bool>("urgent");
        QTest::addColumn<QList<int>>("fired"); // notices after each step
        QTest::newRow("already late at start: quiet") << QStringList{u"O+"_s, u"O+"_s} << false << QList<int>{0, 0};
        QTest::newRow("becomes due soon once") << QStringList{u"T+"_s, u"D+"_s, u"D+"_s, u"D+"_s} << false
                                               << QList<int>{0, 1, 0, 0};
        QTest::newRow("due soon then overdue") << QStringList{u"T+"_s, u"D+"_s, u"O+"_s, u"O+"_s} << false
                                               << QList<int>{0, 1, 1, 0};
        QTest::newRow("straight to overdue") << QStringList{u"-+"_s, u"O+"_s} << false << QList<int>{0, 1};
        QTest::newRow("overdue at 18:00 waits for the morning")
            << QStringList{u"D+"_s, u"O-"_s, u"O-"_s, u"O+"_s, u"O+"_s} << false << QList<int>{0, 0, 0, 1, 0};
        QTest::newRow("held back and answered overnight: nothing")
            << QStringList{u"D+"_s, u"O-"_s, u"--"_s, u"-+"_s} << false << QList<int>{0, 0, 0, 0};
        QTest::newRow("urgent fires at night") << QStringList{u"T-"_s, u"D-"_s, u"O-"_s} << true
                                               << QList<int>{0, 1, 1};
        QTest::newRow("answered, new mail, late again") << QStringList{u"T+"_s, u"O+"_s, u"-+"_s, u"O+"_s} << false
                                                        << QList<int>{0, 1, 0, 1};
        QTest::newRow("back on time (deadline moved), due soon again")
            << QStringList{u"T+"_s, u"D+"_s, u"T+"_s, u"D+"_s} << false << QList<int>{0, 1, 0, 1};
        QTest::newRow("nothing flagged") << QStringList{u"T+"_s, u"T+"_s, u"T-"_s} << false << QList<int>{0, 0, 0};
    }

    void sequence()
    {
        QFETCH(QStringList, steps);
        QFETCH(bool, urgent);
        QFETCH(QList<int>, fired);
        QCOMPARE(steps.size(), fired.size());
        DeadlineNoticeBook book;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QChar flag = steps.at(i).at(0);
            const bool business = steps.at(i).at(1) == u'+';
            QList<TicketFlagState> current;
            if (flag != u'-') {
                const DeadlineFlag f = flag == u'O' ? DeadlineFlag::Overdue
                                       : flag == u'D' ? DeadlineFlag::DueSoon
                                                      : DeadlineFlag::OnTime;
                current.append(TicketFlagState{1057, f, urgent, u"請求書について"_s, 120});
            }
            const QList<DeadlineNotice> notices = book.update(current, business);
            QVERIFY2(notices.size() == fired.at(i), qPrintable(u"step %1 (%2): %3 notices"_s.arg(i).arg(
                                                                   steps.at(i)).arg(notices.size())));
            for (const DeadlineNotice &notice : notices) {
                QCOMPARE(notice.ticketId, qint64(1057));
                QCOMPARE(notice.subject, u"請求書について"_s);
                QCOMPARE(book.announced(1057), notice.flag);
            }
        }
    }

    void manyTicketsEachOnce()
    {
        DeadlineNoticeBook book;
        QList<TicketFlagState> states;
        QVERIFY(book.update(states, true).isEmpty());
        QVERIFY(book.hasBaseline());
        for (qint64 id = 1; id <= 50; ++id)
            states.append(TicketFlagState{id, id % 2 ? DeadlineFlag::Overdue : DeadlineFlag::DueSoon, false, {}, 0});
        QCOMPARE(book.update(states, true).size(), 50);
        QCOMPARE(book.update(states, true).size(), 0);
        states[3].flag = DeadlineFlag::Overdue; // id 4: due soon → overdue
        const auto again = book.update(states, true);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().ticketId, qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineNotices)
#include "tst_deadlinenotices.moc"
