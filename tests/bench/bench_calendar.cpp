// madoguchi-bench-calendar: prints how long the business clock takes. Not a test: the
// figures go into notes and reviews; nothing here passes or fails.
#include "calendar/ResponseDeadline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>
#include <random>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Madoguchi;

namespace {

QTextStream out(stdout);

std::vector<QDateTime> randomReceipts(size_t count, std::mt19937_64 &random)
{
    const qint64 first = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(2099, 12, 31), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
    std::uniform_int_distribution<qint64> pick(first, last);
    std::vector<QDateTime> receipts;
    receipts.reserve(count);
    for (size_t i = 0; i < count; ++i)
        receipts.push_back(QDateTime::fromSecsSinceEpoch(pick(random), Qt::UTC));
    return receipts;
}

// CPU time of this thread: on a shared machine wall time also counts the time other
// processes had the core, so both are printed.
qint64 threadCpuNanoseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

qint64 cpuStart = 0;

void report(const char *what, qint64 nanoseconds, size_t count, qint64 checksum)
{
    const qint64 cpu = threadCpuNanoseconds() - cpuStart;
    out << QString::fromUtf8(what).leftJustified(44)
        << u"%1 ns/op wall %2 ns/op cpu"_s.arg(double(nanoseconds) / double(count), 9, 'f', 1)
               .arg(double(cpu) / double(count), 9, 'f', 1)
        << u"  (%1 ops, checksum %2)"_s.arg(count).arg(checksum) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const size_t count = app.arguments().size() > 1 ? app.arguments().at(1).toULongLong() : 1000000;
    std::mt19937_64 random(20251125);

    QElapsedTimer timer;
    timer.start();
    cpuStart = threadCpuNanoseconds();
    const BusinessCalendar calendar;
    report("first BusinessCalendar (rules + table)", timer.nsecsElapsed(), 1, 0);
    timer.start();
    cpuStart = threadCpuNanoseconds();
    const BusinessCalendar another;
    report("another BusinessCalendar (1950-2150 table)", timer.nsecsElapsed(), 1, another.closingSecond());

    const std::vector<QDateTime> receipts = randomReceipts(count, random);
    const DeadlineCalculator calculator(calendar);
    for (const DeadlinePolicy policy : { DeadlinePolicy::NextBusinessDay, DeadlinePolicy::AfterHoursNextDay }) {
        qint64 checksum = 0;
        timer.start();
        cpuStart = threadCpuNanoseconds();
        for (const QDateTime &received : receipts)
            checksum += calculator.deadline(received, false, policy).toSecsSinceEpoch();
        report(policy == DeadlinePolicy::NextBusinessDay ? "deadline(), next-business-day, 1970-2099"
                                                         : "deadline(), after-hours-next-day, 1970-2099",
               timer.nsecsElapsed(), receipts.size(), checksum % 1000000);
    }

    // Pairs a few weeks apart, the usual span of an open ticket; and pairs years apart.
    for (const qint64 maxSpan : { qint64(30) * 86400, qint64(10) * 365 * 86400 }) {
        std::uniform_int_distribution<qint64> span(0, maxSpan);
        std::vector<QDateTime> ends;
        ends.reserve(receipts.size());
        for (const QDateTime &from : receipts)
            ends.push_back(from.addSecs(span(random)));
        qint64 checksum = 0;
        timer.start();
        cpuStart = threadCpuNanoseconds();
        for (size_t i = 0; i < receipts.size(); ++i)
            checksum += calendar.businessMinutesBetween(receipts[i], ends[i]);
        report(maxSpan < 86400 * 365 ? "businessMinutesBetween(), spans up to 30 days"
                                     : "businessMinutesBetween(), spans up to 10 years",
               timer.nsecsElapsed(), receipts.size(), checksum % 1000000);
    }

    std::uniform_int_distribution<qint64> minutes(0, 20000);
    qint64 checksum = 0;
    timer.start();
    cpuStart = threadCpuNanoseconds();
    for (const QDateTime &from : receipts)
        checksum += calendar.addBusinessMinutes(from, minutes(random)).toSecsSinceEpoch();
    report("addBusinessMinutes(), 0-20000 minutes", timer.nsecsElapsed(), receipts.size(), checksum % 1000000);

    const size_t explained = std::min<size_t>(receipts.size(), 100000);
    checksum = 0;
    timer.start();
    cpuStart = threadCpuNanoseconds();
    for (size_t i = 0; i < explained; ++i)
        checksum += calculator.compute(receipts[i]).skippedDays.size();
    report("compute() with skipped days", timer.nsecsElapsed(), explained, checksum);
    return 0;
}
