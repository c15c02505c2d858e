#pragma once

#include "core/Result.h"
#include "notices/Notice.h"
#include "tickets/StaffUser.h"

#include <QCoreApplication>
#include <QHash>

namespace Madoguchi {

class TicketDesk;
struct Incident;
struct MaintenancePlan;

// Writing and sending the notices of the agreement's chapter 2 (連絡体制) and keeping which
// went to whom.
//
// One mail per organisation, To its registered administrators only (OrganisationContacts), so
// no customer sees another's addresses; From the support address; through the outbox, so the
// send-cancel window, retries and the Sent copy apply as for a reply. Each organisation's
// notices of one incident or plan live in one ticket of their own (resolved: nothing is owed
// on it), as messages of kind Notice that answer nothing — a customer obligation elsewhere
// stays open — and an administrator's answer threads into that ticket ([#N] and References).
// The record (schema 17) says which notice went to which organisation and addresses, when it
// was queued and when the server accepted it; an accepted maintenance announcement becomes the
// plan's announcement time (MailIntake::markSent).
class NoticeBook
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::NoticeBook)

public:
    explicit NoticeBook(TicketDesk &desk) : m_desk(desk) {}

    // First notice and recovery are for incidents, the announcement for plans; an update for
    // either.
    static bool kindFits(NoticeKind kind, const NoticeTopic &topic);

    // The template of `kind` in `language` filled from the incident or plan, and every
    // organisation: those with administrators, those without. Error "not-found" for an
    // unknown incident or plan, "input" for a kind that does not fit it.
    Result<NoticeDraft> prepare(const NoticeTopic &topic, NoticeKind kind, const QString &language = QStringLiteral("ja"));
    // Every organisation with its registered administrators, by domain.
    Result<QList<NoticeRecipient>> organisations();

    // Queues one mail per organisation in draft.recipients that has administrators, all in
    // one transaction. Error "setup" without a support address, "input" for an empty text
    // or no organisation with an administrator, "charset" when ISO-2022-JP cannot carry it.
    Result<NoticeSendResult> send(const StaffUser &actor, const NoticeDraft &draft);

    // What went out about the topic, oldest first.
    Result<QList<NoticeRecord>> records(const NoticeTopic &topic);

    // A line naming the incident or plan, for choosers and headings:
    // "#3 client 2026-12-02 18:00 – (internal)".
    Result<QString> describe(const NoticeTopic &topic);

    // The placeholder values (NoticeTemplates) of an incident or a plan in `language`, on
    // `today` (JST).
    static QHash<QString, QString> valuesOf(const Incident &incident, const QString &language, QDate today);
    static QHash<QString, QString> valuesOf(const MaintenancePlan &plan, const QString &language, QDate today);
    // 「12月2日(水) 18:00」, or "Wed 2 Dec 18:00 JST" in English.
    static QString timeText(const QDateTime &utc, const QString &language);

private:
    Result<qint64> ticketFor(const NoticeDraft &draft, const NoticeRecipient &recipient, const QString &subject);

    TicketDesk &m_desk;
};

} // namespace Madoguchi
