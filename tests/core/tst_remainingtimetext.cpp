#include "core/RemainingTimeText.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Madoguchi::RemainingTimeText;

class TestRemainingTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<int>("dayMinutes");
        QTest::addColumn<bool>("urgent");
        QTest::addColumn<QString>("expected");
        // Business time: a business day is 7 h (10–12, 13–18) unless the calendar says otherwise.
        QTest::newRow("2h15 left") << qint64(135) << 420 << false << u"2 h 15 min left"_s;
        QTest::newRow("exactly at the deadline") << qint64(0) << 420 << false << u"0 min left"_s;
        QTest::newRow("minutes only") << qint64(45) << 420 << false << u"45 min left"_s;
        QTest::newRow("whole hours") << qint64(120) << 420 << false << u"2 h left"_s;
        QTest::newRow("59 min") << qint64(59) << 420 << false << u"59 min left"_s;
        QTest::newRow("6h59") << qint64(419) << 420 << false << u"6 h 59 min left"_s;
        QTest::newRow("one business day") << qint64(420) << 420 << false << u"1 business day left"_s;
        QTest::newRow("day and 3h") << qint64(600) << 420 << false << u"1 business day and 3 h left"_s;
        QTest::newRow("day, minutes dropped") << qint64(450) << 420 << false << u"1 business day left"_s;
        QTest::newRow("two days and 1h") << qint64(900) << 420 << false << u"2 business days and 1 h left"_s;
        QTest::newRow("one minute late") << qint64(-1) << 420 << false << u"Overdue 1 min"_s;
        QTest::newRow("3h late") << qint64(-180) << 420 << false << u"Overdue 3 h"_s;
        QTest::newRow("1 day and 3h late") << qint64(-600) << 420 << false << u"Overdue 1 business day and 3 h"_s;
        QTest::newRow("2 days late") << qint64(-840) << 420 << false << u"Overdue 2 business days"_s;
        QTest::newRow("8-hour day") << qint64(500) << 480 << false << u"1 business day left"_s;
        QTest::newRow("8-hour day, 2 days 2h") << qint64(-1080) << 480 << false << u"Overdue 2 business days and 2 h"_s;
        QTest::newRow("no day length falls back to 7h") << qint64(430) << 0 << false << u"1 business day left"_s;
        // Urgent tickets run on the 24×7 clock: days are calendar days.
        QTest::newRow("urgent 30 min late") << qint64(-30) << 420 << true << u"Overdue 30 min"_s;
        QTest::newRow("urgent 7h late is not a day") << qint64(-420) << 420 << true << u"Overdue 7 h"_s;
        QTest::newRow("urgent day and 1h") << qint64(1500) << 420 << true << u"1 day and 1 h left"_s;
        QTest::newRow("urgent 2 days late") << qint64(-2880) << 420 << true << u"Overdue 2 days"_s;
        QTest::newRow("urgent 3 days 4h late") << qint64(-(3 * 1440 + 240)) << 420 << true
                                               << u"Overdue 3 days and 4 h"_s;
        QTest::newRow("urgent 1 day") << qint64(1440) << 420 << true << u"1 day left"_s;
    }

    void format()
    {
        QFETCH(qint64, minutes);
        QFETCH(int, dayMinutes);
        QFETCH(bool, urgent);
        QFETCH(QString, expected);
        QCOMPARE(RemainingTimeText::format(minutes, dayMinutes, urgent), expected);
    }

    void spanHasNoDirection()
    {
        QCOMPARE(RemainingTimeText::span(-135, 420), u"2 h 15 min"_s);
        QCOMPARE(RemainingTimeText::span(135, 420), u"2 h 15 min"_s);
    }
};

QTEST_GUILESS_MAIN(TestRemainingTimeText)
#include "tst_remainingtimetext.moc"
