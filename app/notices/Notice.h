#pragma once

#include "mail/HeaderEncoder.h"
#include "tickets/OrganisationContacts.h"
#include "tickets/TicketMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The notices the agreement's chapter 2 (連絡体制) promises the customers' registered
// administrators: of an outage when it starts, as it develops and when it is over, and of
// maintenance two weeks ahead (DESIGN.md "Availability and maintenance").
namespace Madoguchi {

enum class NoticeKind {
    First,        // 障害発生のお知らせ
    Update,       // 続報
    Recovery,     // 復旧のお知らせ
    Announcement, // メンテナンスのお知らせ
};

QString noticeKindKey(NoticeKind kind); // first, update, recovery, announcement
std::optional<NoticeKind> noticeKindFromKey(const QString &key);
QString noticeKindLabel(NoticeKind kind); // translated, for the desk

// The languages a notice is written in: the customer reads Japanese; English for the
// customers who asked for it.
QStringList noticeLanguages(); // ja, en

// What a notice is about: one incident or one maintenance plan.
struct NoticeTopic
{
    qint64 incidentId = 0;
    qint64 planId = 0;
    bool isPlan() const { return planId != 0; }
    static NoticeTopic incident(qint64 id) { return {id, 0}; }
    static NoticeTopic plan(qint64 id) { return {0, id}; }
};

// A template, or its text once filled.
struct NoticeText
{
    QString subject;
    QString body;
};

// One organisation a notice goes to, with the registered administrators who receive it
// (none: the organisation is "not notified: no administrator").
struct NoticeRecipient
{
    qint64 organisationId = 0;
    QString domain;
    QString name;
    QList<OrganisationContact> administrators;
    QStringList addresses() const;
};

// A notice ready to go: the text (placeholders filled, except {{organization}}, which each
// organisation's mail gets its own name for), the organisations it goes to and those it
// cannot. Staff may edit subject and body before sending.
struct NoticeDraft
{
    NoticeTopic topic;
    NoticeKind kind = NoticeKind::First;
    QString language = QStringLiteral("ja");
    NoticeText text;
    OutgoingCharset charset = OutgoingCharset::Utf8;
    QList<NoticeRecipient> recipients;  // with at least one administrator
    QList<NoticeRecipient> notNotified; // no administrator registered
    // The text of the mail that goes to `recipient` ({{organization}} filled).
    NoticeText textFor(const NoticeRecipient &recipient) const;
};

// What went out: one row per organisation and notice.
struct NoticeRecord
{
    qint64 id = 0;
    NoticeKind kind = NoticeKind::First;
    NoticeTopic topic;
    qint64 organisationId = 0;
    QString organisationName;
    QString domain;
    qint64 ticketId = 0;
    qint64 messageRowId = 0;
    QStringList addresses;
    QString language;
    QDateTime queued;   // UTC
    QDateTime accepted; // UTC, the SMTP server's 250; invalid until then
    ReplyDelivery delivery = ReplyDelivery::Pending;
};

struct NoticeSendResult
{
    int organisations = 0;
    int mails = 0;
    QList<qint64> outboxIds;
    QList<NoticeRecipient> notNotified;
};

} // namespace Madoguchi
