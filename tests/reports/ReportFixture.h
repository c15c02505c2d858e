#pragma once

// The hand-built desk every report test reads: 23 tickets, 22 customer messages in
// November–December 2025 and one in October, with replies across weekends, 文化の日,
// the 振替休日 of 24 November, the year-end break and lunch. Every expected figure in
// tst_reports.cpp is worked out by hand from the comments here.
//
// Business hours 10:00–12:00 and 13:00–18:00 JST (420 business minutes a day).
// November 2025: 3 Mon 文化の日, 23 Sun 勤労感謝の日, 24 Mon 振替休日.
// Year-end break 28 Dec – 4 Jan; 5 Jan 2026 (Mon) is the first business day.
// "Now" for the main report: 2026-01-05 15:00 JST.

#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QHash>
#include <QTest>

namespace Madoguchi::Testing {

inline QDateTime jst(const QString &text)
{
    const auto moment = Jst::parseIso(text + QStringLiteral(":00+09:00"));
    if (!moment)
        qFatal("bad time in test data: %s", qPrintable(text));
    return *moment;
}

class ReportFixture
{
public:
    ReportFixture(Database &database, FixedClock &clock) : m_clock(clock), m_desk(database, clock), m_builder(m_desk) {}

    TicketDesk &desk() { return m_desk; }
    qint64 ticket(const QString &name) const { return m_tickets.value(name); }
    StaffUser sato, suzuki, tanaka;

    bool build()
    {
        using namespace Qt::Literals::StringLiterals;
        m_clock.set(jst(u"2025-10-01T09:00"_s));
        tanaka = *m_builder.staff(u"tanaka"_s, u"田中"_s, StaffRole::Manager);
        sato = *m_builder.staff(u"sato"_s, u"佐藤"_s);
        suzuki = *m_builder.staff(u"suzuki"_s, u"鈴木"_s);
        const QString a = u"yamada@alpha.co.jp"_s; // organisation alpha.co.jp
        const QString b = u"kimura@beta.co.jp"_s;  // organisation beta.co.jp

        // name, customer, received → reply (author), business minutes, outcome
        // T1  a Tue 11-04 09:00 → Tue 10:30 sato: 10:00–10:30 = 30; due Wed 11-05 18:00, on time
        mail(u"T1"_s, a, u"2025-11-04T09:00"_s);
        autoReply(u"T1"_s, a, u"2025-11-04T09:01"_s); // out-of-office: no obligation
        reply(u"T1"_s, sato, u"2025-11-04T10:30"_s);
        // T2  a Tue 11-04 11:30 → 13:30 sato: 11:30–12:00 30 + 13:00–13:30 30 = 60 (lunch), on time
        mail(u"T2"_s, a, u"2025-11-04T11:30"_s);
        reply(u"T2"_s, sato, u"2025-11-04T13:30"_s);
        // T3  b Fri 11-07 17:00 → Mon 11-10 10:30 suzuki: 60 + 30 = 90; due Mon 18:00, on time
        mail(u"T3"_s, b, u"2025-11-07T17:00"_s);
        reply(u"T3"_s, suzuki, u"2025-11-10T10:30"_s);
        // T4  b Sat 11-01 23:40 → Tue 11-04 17:00 suzuki: Sat, Sun, Mon (文化の日) 0; Tue 120 + 240 = 360;
        //     due Tue 11-04 18:00 (Sun and the holiday skipped), on time
        mail(u"T4"_s, b, u"2025-11-01T23:40"_s);
        reply(u"T4"_s, suzuki, u"2025-11-04T17:00"_s);
        // T5  a Fri 11-21 16:00 → Wed 11-26 10:15 sato: Fri 120 + Tue 420 + Wed 15 = 555;
        //     due Tue 11-25 18:00 (weekend, 振替休日 Mon 24 skipped): LATE
        mail(u"T5"_s, a, u"2025-11-21T16:00"_s);
        reply(u"T5"_s, sato, u"2025-11-26T10:15"_s);
        // T6  a Thu 11-13 12:30 (lunch) → 13:05 suzuki: 5, on time
        mail(u"T6"_s, a, u"2025-11-13T12:30"_s);
        reply(u"T6"_s, suzuki, u"2025-11-13T13:05"_s);
        // T7  b Wed 12-24 15:00 → Fri 12-26 11:00 sato: 180 + 420 + 60 = 660; due Thu 12-25 18:00: LATE
        mail(u"T7"_s, b, u"2025-12-24T15:00"_s);
        reply(u"T7"_s, sato, u"2025-12-26T11:00"_s);
        // T8  a Fri 12-26 17:30, assigned suzuki, no reply: due Mon 2026-01-05 18:00 (year-end
        //     break): OPEN, NOT YET DUE at now
        mail(u"T8"_s, a, u"2025-12-26T17:30"_s);
        assign(u"T8"_s, suzuki, u"2025-12-26T17:35"_s);
        // T9  b Thu 12-25 10:00, nobody assigned, no reply: due Fri 12-26 18:00: OPEN, OVERDUE
        mail(u"T9"_s, b, u"2025-12-25T10:00"_s);
        // T10 b Tue 12-30 10:00 (break) → Mon 2026-01-05 10:45 sato: 45; due 01-05 18:00, on time
        mail(u"T10"_s, b, u"2025-12-30T10:00"_s);
        reply(u"T10"_s, sato, u"2026-01-05T10:45"_s);
        // T11 a Mon 12-01 10:00, assigned suzuki, resolved 11:00 without a reply: CLOSED WITHOUT REPLY
        mail(u"T11"_s, a, u"2025-12-01T10:00"_s);
        assign(u"T11"_s, suzuki, u"2025-12-01T10:30"_s);
        setStatus(u"T11"_s, suzuki, TicketStatus::Resolved, u"2025-12-01T11:00"_s);
        // T12 URGENT a Sun 11-16 09:00 → 09:40 sato: 40 wall-clock minutes; due 10:00, on time
        mail(u"T12"_s, a, u"2025-11-16T09:00"_s);
        urgent(u"T12"_s, u"2025-11-16T09:05"_s);
        reply(u"T12"_s, sato, u"2025-11-16T09:40"_s);
        // T13 URGENT b Sat 12-06 20:00 → 22:30 suzuki: 150 minutes; due 21:00: LATE
        mail(u"T13"_s, b, u"2025-12-06T20:00"_s);
        urgent(u"T13"_s, u"2025-12-06T20:01"_s);
        reply(u"T13"_s, suzuki, u"2025-12-06T22:30"_s);
        // T14 a Mon 12-08 10:00 → 11:00 sato: 60 (the ticket's first response);
        //     follow-up Mon 17:00 → Tue 12-09 10:30 sato: 60 + 30 = 90; both on time
        mail(u"T14"_s, a, u"2025-12-08T10:00"_s);
        reply(u"T14"_s, sato, u"2025-12-08T11:00"_s);
        mail(u"T14"_s, a, u"2025-12-08T17:00"_s);
        reply(u"T14"_s, sato, u"2025-12-09T10:30"_s);
        // T15 a Wed 12-10 10:00 and 11:00, one reply 14:00 sato answers both:
        //     120 + 60 = 180 (first of the ticket) and 60 + 60 = 120; on time
        mail(u"T15"_s, a, u"2025-12-10T10:00"_s);
        mail(u"T15"_s, a, u"2025-12-10T11:00"_s);
        reply(u"T15"_s, sato, u"2025-12-10T14:00"_s);
        // T16 b Fri 10-31 17:00 → Tue 11-04 10:00 suzuki: 60 + 0 = 60, on time: OCTOBER, outside
        //     the Nov–Dec period (only in the 12-month trend)
        mail(u"T16"_s, b, u"2025-10-31T17:00"_s);
        reply(u"T16"_s, suzuki, u"2025-11-04T10:00"_s);
        // T20 b Mon 11-17 18:30 (after hours) → Tue 11-18 10:00 suzuki: 0, on time
        mail(u"T20"_s, b, u"2025-11-17T18:30"_s);
        reply(u"T20"_s, suzuki, u"2025-11-18T10:00"_s);
        // T21 b Fri 11-28 11:59 → Mon 12-01 18:00 sato, exactly at the deadline: on time;
        //     1 + 300 + 420 = 721
        mail(u"T21"_s, b, u"2025-11-28T11:59"_s);
        reply(u"T21"_s, sato, u"2025-12-01T18:00"_s);
        // T22 a Wed 12-03 10:00 → Thu 12-04 18:30 suzuki: 420 + 420 = 840; due Thu 18:00: LATE
        mail(u"T22"_s, a, u"2025-12-03T10:00"_s);
        reply(u"T22"_s, suzuki, u"2025-12-04T18:30"_s);
        // T23 a Mon 12-22 13:00, assigned sato, no reply: due Tue 12-23 18:00: OPEN, OVERDUE
        mail(u"T23"_s, a, u"2025-12-22T13:00"_s);
        assign(u"T23"_s, sato, u"2025-12-22T13:10"_s);
        // T24 b Mon 2026-01-05 09:00, after the period (January)
        mail(u"T24"_s, b, u"2026-01-05T09:00"_s);

        m_clock.set(jst(u"2026-01-05T15:00"_s));
        return m_ok;
    }

private:
    void check(bool ok, const Error &error)
    {
        if (!ok) {
            qWarning("fixture: %s", qPrintable(error.message));
            m_ok = false;
        }
    }
    void mail(const QString &name, const QString &from, const QString &when)
    {
        m_clock.set(jst(when));
        auto stored = m_builder.customerMail(from, QStringLiteral("問い合わせ ") + name, QStringLiteral("本文"), jst(when),
                                             m_tickets.value(name));
        check(stored.ok(), stored.ok() ? Error{} : stored.error());
        if (stored)
            m_tickets.insert(name, stored->ticketId);
    }
    void autoReply(const QString &name, const QString &from, const QString &when)
    {
        m_clock.set(jst(when));
        auto stored = m_builder.autoReply(m_tickets.value(name), from, jst(when));
        check(stored.ok(), stored.ok() ? Error{} : stored.error());
    }
    void reply(const QString &name, const StaffUser &author, const QString &when)
    {
        m_clock.set(jst(when));
        auto stored = m_builder.staffReply(m_tickets.value(name), author, QStringLiteral("回答です"), jst(when));
        check(stored.ok(), stored.ok() ? Error{} : stored.error());
    }
    qint64 version(const QString &name)
    {
        auto t = m_desk.tickets().ticket(m_tickets.value(name));
        return t && t->has_value() ? (*t)->version : 0;
    }
    void assign(const QString &name, const StaffUser &to, const QString &when)
    {
        m_clock.set(jst(when));
        auto done = m_desk.operations().assign(tanaka, m_tickets.value(name), version(name), to.id);
        check(done.ok(), done.ok() ? Error{} : done.error());
    }
    void setStatus(const QString &name, const StaffUser &by, TicketStatus status, const QString &when)
    {
        m_clock.set(jst(when));
        auto done = m_desk.operations().setStatus(by, m_tickets.value(name), version(name), status);
        check(done.ok(), done.ok() ? Error{} : done.error());
    }
    void urgent(const QString &name, const QString &when)
    {
        m_clock.set(jst(when));
        auto done = m_desk.operations().setPriority(tanaka, m_tickets.value(name), version(name), TicketPriority::Urgent);
        check(done.ok(), done.ok() ? Error{} : done.error());
    }

    FixedClock &m_clock;
    TicketDesk m_desk;
    TicketFixtureBuilder m_builder;
    QHash<QString, qint64> m_tickets;
    bool m_ok = true;
};

} // namespace Madoguchi::Testing
