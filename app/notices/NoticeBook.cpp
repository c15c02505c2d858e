#include "notices/NoticeBook.h"

#include "availability/OutageStore.h"
#include "core/Clock.h"
#include "core/JapaneseDateText.h"
#include "core/Jst.h"
#include "mail/MailIngestor.h"
#include "mail/OutgoingMail.h"
#include "mail/SubjectLine.h"
#include "mail/mime/MimeParser.h"
#include "mail/outbox/TicketReplies.h"
#include "notices/NoticeTemplates.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/TransactionGuard.h"
#include "tickets/TicketDesk.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// The agreement's names of the functions (chapter 4), as the customer knows them.
QString functionName(ServiceFunction function, const QString &language)
{
    const bool en = language == u"en"_s;
    switch (function) {
    case ServiceFunction::Client:
        return en ? u"client function"_s : u"クライアント機能"_s;
    case ServiceFunction::WebForm:
        return en ? u"consumer function (web forms)"_s : u"コンシューマ機能（WEBフォーム機能）"_s;
    case ServiceFunction::ClickCount:
        return en ? u"consumer function (click counting)"_s : u"コンシューマ機能（クリックカウント機能）"_s;
    }
    return {};
}

QString functionsText(const QList<ServiceFunction> &functions, const QString &language)
{
    QStringList names;
    for (ServiceFunction f : functions)
        names.append(functionName(f, language));
    return names.join(language == u"en"_s ? u", "_s : u"、"_s);
}

QString causeText(OutageCause cause, const QString &language)
{
    const bool en = language == u"en"_s;
    switch (cause) {
    case OutageCause::Internal:
        return en ? u"a fault in our system"_s : u"弊社システムの障害"_s;
    case OutageCause::Maintenance:
        return en ? u"maintenance"_s : u"メンテナンス作業"_s;
    case OutageCause::Platform:
        return en ? u"the platform (SFDC / Force.com)"_s : u"プラットフォーム（SFDC / Force.com）の障害"_s;
    case OutageCause::ForceMajeure:
        return en ? u"force majeure"_s : u"不可抗力（天災等）"_s;
    }
    return {};
}

QString todayText(QDate today, const QString &language)
{
    return language == u"en"_s ? QLocale(QLocale::English).toString(today, u"d MMMM yyyy"_s) : japaneseDateText(today);
}

QString endText(const QDateTime &end, const QString &language)
{
    if (end.isValid())
        return NoticeBook::timeText(end, language);
    return language == u"en"_s ? u"not yet known"_s : u"未定"_s;
}

Error notFound(const QString &message)
{
    return makeError(u"not-found"_s, message);
}

} // namespace

QString NoticeBook::timeText(const QDateTime &utc, const QString &language)
{
    const QDateTime jst = Jst::toJst(utc);
    if (language == u"en"_s)
        return QLocale(QLocale::English).toString(jst, u"ddd d MMM HH:mm"_s) + u" JST"_s;
    return japaneseDateText(jst.date(), false) + u' ' + jst.toString(u"HH:mm"_s);
}

QHash<QString, QString> NoticeBook::valuesOf(const Incident &incident, const QString &language, QDate today)
{
    return {{u"functions"_s, functionsText({incident.function}, language)},
            {u"start"_s, timeText(incident.start, language)},
            {u"end"_s, endText(incident.end, language)},
            {u"cause"_s, causeText(incident.cause, language)},
            {u"note"_s, incident.note},
            {u"today"_s, todayText(today, language)}};
}

QHash<QString, QString> NoticeBook::valuesOf(const MaintenancePlan &plan, const QString &language, QDate today)
{
    return {{u"functions"_s, functionsText(plan.functions, language)},
            {u"start"_s, timeText(plan.start, language)},
            {u"end"_s, endText(plan.end, language)},
            {u"cause"_s, causeText(OutageCause::Maintenance, language)},
            {u"note"_s, plan.note},
            {u"today"_s, todayText(today, language)}};
}

bool NoticeBook::kindFits(NoticeKind kind, const NoticeTopic &topic)
{
    switch (kind) {
    case NoticeKind::First:
    case NoticeKind::Recovery:
        return !topic.isPlan();
    case NoticeKind::Announcement:
        return topic.isPlan();
    case NoticeKind::Update:
        return true;
    }
    return false;
}

Result<QList<NoticeRecipient>> NoticeBook::organisations()
{
    OrganisationContacts contacts(m_desk);
    auto summaries = contacts.organisations();
    if (!summaries)
        return summaries.error();
    auto administrators = contacts.administrators();
    if (!administrators)
        return administrators.error();
    QList<NoticeRecipient> result;
    for (const OrganisationSummary &o : std::as_const(*summaries)) {
        NoticeRecipient r{o.id, o.domain, o.name, {}};
        for (const OrganisationContact &c : std::as_const(*administrators)) {
            if (c.organisationId == o.id)
                r.administrators.append(c);
        }
        result.append(r);
    }
    return result;
}

Result<NoticeDraft> NoticeBook::prepare(const NoticeTopic &topic, NoticeKind kind, const QString &language)
{
    if (!noticeLanguages().contains(language))
        return makeError(u"input"_s, tr("A notice is written in Japanese (ja) or English (en), not \"%1\".").arg(language));
    if (!kindFits(kind, topic)) {
        return makeError(u"input"_s, topic.isPlan() ? tr("A maintenance plan takes an announcement or an update.")
                                                    : tr("An incident takes a first notice, an update or a recovery "
                                                         "notice."));
    }
    OutageStore outages(m_desk.database(), m_desk.clock());
    const QDate today = Jst::dateOf(m_desk.clock().now());
    QHash<QString, QString> values;
    if (topic.isPlan()) {
        auto plans = outages.plans();
        if (!plans)
            return plans.error();
        const auto plan = std::find_if(plans->cbegin(), plans->cend(),
                                       [&](const MaintenancePlan &p) { return p.id == topic.planId; });
        if (plan == plans->cend())
            return notFound(tr("There is no maintenance plan %1.").arg(topic.planId));
        values = valuesOf(*plan, language, today);
    } else {
        auto incident = outages.incident(topic.incidentId);
        if (!incident)
            return incident.error();
        if (!incident->has_value())
            return notFound(tr("There is no incident %1.").arg(topic.incidentId));
        values = valuesOf(**incident, language, today);
    }
    auto text = NoticeTemplates(m_desk).text(kind, language);
    if (!text)
        return text.error();
    NoticeDraft draft;
    draft.topic = topic;
    draft.kind = kind;
    draft.language = language;
    draft.text = {NoticeTemplates::fill(text->subject, values), NoticeTemplates::fill(text->body, values)};
    auto everyone = organisations();
    if (!everyone)
        return everyone.error();
    for (const NoticeRecipient &r : std::as_const(*everyone))
        (r.administrators.isEmpty() ? draft.notNotified : draft.recipients).append(r);
    return draft;
}

Result<qint64> NoticeBook::ticketFor(const NoticeDraft &draft, const NoticeRecipient &recipient,
                                     const QString &subject)
{
    const QString topicColumn = draft.topic.isPlan() ? u"plan_id"_s : u"incident_id"_s;
    const qint64 topicId = draft.topic.isPlan() ? draft.topic.planId : draft.topic.incidentId;
    auto earlier = m_desk.database().scalar(u"Looking for the organisation's notice ticket"_s,
                                            u"SELECT MIN(ticket_id) FROM notices WHERE organisation_id = ? AND %1 = ?"_s
                                                .arg(topicColumn),
                                            {recipient.organisationId, topicId});
    if (!earlier)
        return earlier.error();
    if (!earlier->isNull()) {
        // A ticket merged since: its notices follow it.
        auto ticket = m_desk.tickets().findByNumber(earlier->toLongLong());
        if (!ticket)
            return ticket.error();
        if (ticket->has_value())
            return (*ticket)->id;
    }
    return m_desk.mail().openNoticeTicket(subject, recipient.organisationId);
}

Result<NoticeSendResult> NoticeBook::send(const StaffUser &actor, const NoticeDraft &draft)
{
    if (draft.text.subject.trimmed().isEmpty() || draft.text.body.trimmed().isEmpty())
        return makeError(u"input"_s, tr("A notice needs a subject and a text."));
    if (const QStringList unknown = NoticeTemplates::unknownPlaceholders(draft.text.subject + u'\n' + draft.text.body);
        !unknown.isEmpty())
        return makeError(u"input"_s, tr("Unknown placeholder {{%1}} in the notice.").arg(unknown.first()));
    QList<NoticeRecipient> recipients;
    for (const NoticeRecipient &r : draft.recipients) {
        if (!r.addresses().isEmpty())
            recipients.append(r);
    }
    if (recipients.isEmpty())
        return makeError(u"input"_s, tr("No organisation has a registered administrator to send the notice to."));
    auto desk = MailIngestor::loadAddresses(m_desk);
    if (!desk)
        return desk.error();
    if (desk->supportAddresses.isEmpty())
        return makeError(u"setup"_s, tr("The desk has no support address to send from (Settings → Mailbox)."));
    auto fromName = m_desk.settings().value(QString::fromLatin1(TicketReplies::fromNameSetting));
    if (!fromName)
        return fromName.error();
    auto window = TicketReplies(m_desk).sendCancelSecs();
    if (!window)
        return window.error();
    const QDateTime now = m_desk.clock().now();
    const MailAddress from{*fromName, desk->supportAddresses.first()};

    NoticeSendResult result;
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    for (const NoticeRecipient &recipient : std::as_const(recipients)) {
        const NoticeText text = draft.textFor(recipient);
        auto ticketId = ticketFor(draft, recipient, text.subject);
        if (!ticketId)
            return ticketId.error();
        auto earlier = m_desk.tickets().messages(*ticketId);
        if (!earlier)
            return earlier.error();
        OutgoingMail mail;
        mail.from = from;
        for (const OrganisationContact &c : std::as_const(recipient.administrators)) {
            if (!MailAddress::addressesOf(mail.to).contains(c.address, Qt::CaseInsensitive))
                mail.to.append({c.name, c.address});
        }
        mail.subject = SubjectLine::tag(*ticketId, desk->ticketTagPrefix) + u' ' + text.subject.trimmed();
        mail.body = text.body;
        mail.charset = draft.charset;
        mail.date = now;
        mail.messageId = OutgoingMail::newMessageId(from.domain(), now);
        // An update follows the earlier notices in the administrators' mailers.
        for (const TicketMessage &m : std::as_const(*earlier)) {
            if (!m.messageId.isEmpty())
                mail.references.append(m.messageId);
        }
        if (!mail.references.isEmpty())
            mail.inReplyTo = mail.references.constLast();
        auto bytes = mail.compose();
        if (!bytes)
            return bytes.error();

        TicketMessage notice;
        notice.kind = MessageKind::Notice;
        notice.messageId = mail.messageId;
        notice.inReplyTo = mail.inReplyTo;
        notice.references = mail.references;
        notice.fromAddress = from.address;
        notice.fromName = from.name;
        notice.to = MailAddress::addressesOf(mail.to);
        notice.subject = mail.subject;
        notice.received = now;
        notice.bodyText = mail.body;
        notice.rawSource = *bytes;
        notice.contentHash = MimeParser::contentHash(*bytes); // the Sent copy is known as this one
        notice.authorId = actor.id;
        notice.delivery = ReplyDelivery::Pending;
        auto stored = m_desk.mail().addMessage(notice, *ticketId);
        if (!stored)
            return stored.error();
        auto queued = m_desk.outbox().enqueue(stored->messageRowId, now, *window > 0 ? now.addSecs(*window) : QDateTime());
        if (!queued)
            return queued.error();
        auto recorded = m_desk.database().insert(
            u"Recording a notice to %1"_s.arg(recipient.domain),
            u"INSERT INTO notices (kind, incident_id, plan_id, organisation_id, ticket_id, message_row_id, addresses, "
            "language, author_id, queued_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {noticeKindKey(draft.kind), SqlValues::fromId(draft.topic.incidentId), SqlValues::fromId(draft.topic.planId),
             recipient.organisationId, stored->ticketId, stored->messageRowId, notice.to.join(u' '), draft.language,
             SqlValues::fromId(actor.id), SqlValues::fromTime(now)});
        if (!recorded)
            return recorded.error();
        if (auto logged = m_desk.audit().record(actor, stored->ticketId, u"notice"_s, QString(),
                                                noticeKindKey(draft.kind) + u' ' + mail.messageId);
            !logged)
            return logged.error();
        result.outboxIds.append(*queued);
        ++result.organisations;
        ++result.mails;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    result.notNotified = draft.notNotified;
    return result;
}

Result<QList<NoticeRecord>> NoticeBook::records(const NoticeTopic &topic)
{
    const QString topicColumn = topic.isPlan() ? u"n.plan_id"_s : u"n.incident_id"_s;
    auto rows = m_desk.database().exec(
        u"Reading the notices"_s,
        u"SELECT n.id, n.kind, n.incident_id, n.plan_id, n.organisation_id, o.name, o.domain, n.ticket_id, "
        "n.message_row_id, n.addresses, n.language, n.queued_ms, n.accepted_ms, m.delivery FROM notices n "
        "JOIN organisations o ON o.id = n.organisation_id JOIN messages m ON m.id = n.message_row_id "
        "WHERE %1 = ? ORDER BY n.queued_ms, n.id"_s.arg(topicColumn),
        {topic.isPlan() ? topic.planId : topic.incidentId});
    if (!rows)
        return rows.error();
    QList<NoticeRecord> list;
    for (QSqlQuery &r = rows.value(); r.next();) {
        NoticeRecord n;
        n.id = r.value(0).toLongLong();
        n.kind = noticeKindFromKey(r.value(1).toString()).value_or(NoticeKind::Update);
        n.topic = {r.value(2).toLongLong(), r.value(3).toLongLong()};
        n.organisationId = r.value(4).toLongLong();
        n.organisationName = r.value(5).toString();
        n.domain = r.value(6).toString();
        n.ticketId = r.value(7).toLongLong();
        n.messageRowId = r.value(8).toLongLong();
        n.addresses = r.value(9).toString().split(u' ', Qt::SkipEmptyParts);
        n.language = r.value(10).toString();
        n.queued = SqlValues::toTime(r.value(11));
        n.accepted = r.value(12).isNull() ? QDateTime() : SqlValues::toTime(r.value(12));
        n.delivery = replyDeliveryFromKey(r.value(13).toString());
        list.append(n);
    }
    return list;
}

Result<QString> NoticeBook::describe(const NoticeTopic &topic)
{
    OutageStore outages(m_desk.database(), m_desk.clock());
    const auto shown = [](const QDateTime &t) {
        return t.isValid() ? Jst::toJst(t).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    };
    if (topic.isPlan()) {
        auto plans = outages.plans();
        if (!plans)
            return plans.error();
        for (const MaintenancePlan &p : std::as_const(*plans)) {
            if (p.id == topic.planId) {
                QStringList functions;
                for (ServiceFunction f : p.functions)
                    functions.append(functionKey(f));
                return tr("Maintenance #%1 %2 %3 – %4").arg(p.id).arg(functions.join(u','), shown(p.start), shown(p.end));
            }
        }
        return notFound(tr("There is no maintenance plan %1.").arg(topic.planId));
    }
    auto incident = outages.incident(topic.incidentId);
    if (!incident)
        return incident.error();
    if (!incident->has_value())
        return notFound(tr("There is no incident %1.").arg(topic.incidentId));
    const Incident &i = **incident;
    return tr("Incident #%1 %2 %3 – %4 (%5)")
        .arg(i.id)
        .arg(functionKey(i.function), shown(i.start), shown(i.end), causeKey(i.cause));
}

} // namespace Madoguchi
