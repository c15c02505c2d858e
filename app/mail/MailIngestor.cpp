#include "mail/MailIngestor.h"

#include "core/Clock.h"
#include "mail/MailClassifier.h"
#include "mail/MailThreader.h"
#include "mail/OrphanTickets.h"
#include "mail/outbox/AutoAcknowledgement.h"
#include "store/Database.h"
#include "store/SettingsTable.h"
#include "store/TransactionGuard.h"
#include "tickets/KeywordUrgency.h"
#include "tickets/StoredText.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString kSupportSetting = u"mail.support_addresses"_s;
const QString kPrefixSetting = u"mail.ticket_tag_prefix"_s;

QStringList idList(const QList<QByteArray> &ids)
{
    QStringList list;
    for (const QByteArray &id : ids)
        list.append(QString::fromUtf8(id));
    return list;
}

} // namespace

MailIngestor::MailIngestor(TicketDesk &desk, DeskAddresses addresses, MimeParser parser)
    : m_desk(desk)
    , m_addresses(std::move(addresses))
    , m_parser(parser)
{ }

Result<DeskAddresses> MailIngestor::loadAddresses(TicketDesk &desk)
{
    DeskAddresses addresses;
    auto support = desk.database().scalar(u"Reading the support addresses"_s,
                                          u"SELECT value FROM settings WHERE name = ?"_s, { kSupportSetting });
    if (!support)
        return support.error();
    for (const QString &address : support->toString().split(u',', Qt::SkipEmptyParts))
        addresses.supportAddresses.append(address.trimmed());
    auto prefix = desk.database().scalar(u"Reading the ticket tag prefix"_s,
                                         u"SELECT value FROM settings WHERE name = ?"_s, { kPrefixSetting });
    if (!prefix)
        return prefix.error();
    if (!prefix->toString().isEmpty())
        addresses.ticketTagPrefix = prefix->toString();
    return addresses;
}

Result<void> MailIngestor::saveAddresses(TicketDesk &desk, const DeskAddresses &addresses)
{
    TransactionGuard transaction(desk.database());
    if (!transaction.ok())
        return transaction.error();
    const QList<std::pair<QString, QString>> rows
        = { { kSupportSetting, addresses.supportAddresses.join(u',') }, { kPrefixSetting, addresses.ticketTagPrefix } };
    for (const auto &[name, value] : rows) {
        auto removed
            = desk.database().exec(u"Saving the mail settings"_s, u"DELETE FROM settings WHERE name = ?"_s, { name });
        if (!removed)
            return removed.error();
        auto added = desk.database().exec(u"Saving the mail settings"_s,
                                          u"INSERT INTO settings (name, value) VALUES (?, ?)"_s, { name, value });
        if (!added)
            return added.error();
    }
    return transaction.commit();
}

Result<MailClassification> MailIngestor::classify(const MailMessage &mail)
{
    // Staff addresses live in the team directory; the configured list adds to them.
    DeskAddresses desk = m_addresses;
    if (!mail.from.address.isEmpty() && !desk.isDesk(mail.from.address)) {
        auto staff = m_desk.team().isStaffAddress(mail.from.address);
        if (!staff)
            return staff.error();
        if (*staff)
            desk.staffAddresses.append(mail.from.address);
    }
    return MailClassifier(desk).classify(mail);
}

TicketMessage MailIngestor::toTicketMessage(const MailMessage &mail, MailKind kind, const QDateTime &received,
                                            bool claimed) const
{
    TicketMessage message;
    switch (kind) {
    case MailKind::CustomerMessage:
        message.kind = MessageKind::CustomerMessage;
        break;
    case MailKind::StaffReply:
        message.kind = MessageKind::StaffReply;
        break;
    case MailKind::AutoReply:
        // Our own automatic acknowledgement coming back is not someone else's auto-reply.
        message.kind = m_addresses.isSupport(mail.from.address) ? MessageKind::Acknowledgement : MessageKind::AutoReply;
        break;
    case MailKind::Bounce:
        message.kind = MessageKind::Bounce;
        break;
    }
    message.messageId = QString::fromUtf8(mail.messageId);
    message.inReplyTo = QString::fromUtf8(mail.inReplyTo);
    message.references = idList(mail.references);
    message.fromAddress = mail.from.address;
    message.fromName = mail.from.name;
    QStringList problems = mail.parseErrors;
    if (message.fromAddress.size() > StoredText::kAddressChars) {
        // Not a mailbox anyone could answer; the raw source keeps it.
        message.fromAddress.clear();
        problems.append(QCoreApplication::translate("MailIngestor",
                                                    "The sender address is longer than %1 characters and was not used.")
                            .arg(StoredText::kAddressChars));
    }
    message.to = MailAddress::addressesOf(mail.to);
    message.cc = MailAddress::addressesOf(mail.cc);
    message.subject = mail.subject;
    message.received = received;
    message.receivedClaimed = claimed;
    message.bodyText = mail.textBody;
    message.bodyHtml = mail.htmlBody;
    if (mail.unreadable || !problems.isEmpty()) {
        // The problem is shown above the text so nobody mistakes a damaged mail for the whole story.
        const QString heading = mail.unreadable
            ? QCoreApplication::translate("MailIngestor", "Unreadable mail: only the original source is reliable.")
            : QCoreApplication::translate("MailIngestor", "This mail is damaged:");
        message.bodyText = u"[%1]\n%2\n\n"_s.arg(heading, problems.join(u'\n')) + message.bodyText;
    }
    if (message.subject.isEmpty() && mail.unreadable)
        message.subject = QCoreApplication::translate("MailIngestor", "(unreadable mail)");
    // NUL is legal in a decoded byte stream but not in a PostgreSQL text column.
    for (QString *text : {&message.subject, &message.bodyText, &message.bodyHtml, &message.fromName})
        text->remove(QChar(u'\0'));
    message.rawSource = mail.rawSource;
    message.packedSource = mail.packedSource;
    message.contentHash = mail.contentHash;
    for (const MailAttachment &file : mail.attachments) {
        MessageAttachment attachment;
        attachment.fileName = file.fileName;
        attachment.mimeType = QString::fromLatin1(file.mimeType);
        attachment.size = file.data.size();
        attachment.content = file.data;
        attachment.sha256 = file.sha256;
        attachment.inSource = true; // parsed from message.rawSource: the store keeps the bytes once
        message.attachments.append(attachment);
    }
    return message;
}

Result<qint64> MailIngestor::bouncedReplyRow(qint64 ticketId, const QByteArray &messageId)
{
    auto messages = m_desk.tickets().messages(ticketId);
    if (!messages)
        return messages.error();
    const QString wanted = normalisedMessageId(QString::fromUtf8(messageId));
    for (const TicketMessage &message : std::as_const(*messages))
        if (message.kind == MessageKind::StaffReply && normalisedMessageId(message.messageId) == wanted)
            return message.id;
    return qint64(0);
}

Result<void> MailIngestor::flagUnreadable(qint64 ticketId)
{
    auto ticket = m_desk.tickets().ticket(ticketId);
    if (!ticket)
        return ticket.error();
    const QString tag = u"unreadable-mail"_s;
    if (!ticket->has_value() || (*ticket)->tags.contains(tag))
        return {};
    auto tagged = m_desk.operations().addTag(StaffUser::system(), ticketId, (*ticket)->version, tag);
    if (!tagged)
        return tagged.error();
    return {};
}

Result<StoredMessage> MailIngestor::store(TicketMessage message, const MailMessage &mail,
                                          const MailClassification &classification, const ThreadDecision &decision,
                                          IngestResult &result)
{
    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    if (classification.kind == MailKind::Bounce) {
        qint64 replyRow = 0;
        if (decision.by == ThreadDecision::By::Bounce) {
            auto row = bouncedReplyRow(decision.ticketId, classification.bouncedMessageId);
            if (!row)
                return row.error();
            replyRow = *row;
        }
        // Only a permanent failure of one of our replies reopens anything; a delay notice
        // or a bounce of something else is kept in the thread like an auto-reply.
        if (replyRow > 0 && classification.deliveryFailed) {
            message.bounceOfId = replyRow;
            result.replyUndelivered = true;
        } else {
            message.kind = MessageKind::AutoReply;
        }
    }
    auto added = m_desk.mail().addMessage(message, decision.ticketId);
    if (!added)
        return added.error();
    if (mail.unreadable) {
        if (auto flagged = flagUnreadable(added->ticketId); !flagged)
            return flagged.error();
    }
    if (message.kind == MessageKind::CustomerMessage) {
        // The agreement's promise for outages (chapter 3, section 2) starts with the mail itself.
        auto rules = urgencyRules();
        if (!rules)
            return rules.error();
        auto urgent = KeywordUrgency(m_desk).apply(added->ticketId, **rules, mail.subject, mail.textBody);
        if (!urgent)
            return urgent.error();
        if (urgent->has_value())
            result.urgencyRule = (*urgent)->pattern;
        // 受付自動返信, once the deadline (urgent or not) is known; off unless a manager set it.
        if (added->newTicket) {
            auto acknowledged = AutoAcknowledgement(m_desk).afterNewTicket(mail, *added, m_addresses);
            if (!acknowledged)
                return acknowledged.error();
            result.acknowledgementOutboxId = acknowledged->outboxId;
        }
    }
    OrphanTickets orphans(m_desk);
    if (decision.by == ThreadDecision::By::NewTicket) {
        if (auto waiting = orphans.await(added->ticketId, MailThreader::referencedIds(mail)); !waiting)
            return waiting.error();
    }
    if (auto adopted = orphans.adopt(mail.messageId, added->ticketId); !adopted)
        return adopted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<StoredMessage> MailIngestor::storeRefused(const MailMessage &mail, const QDateTime &received, bool claimed,
                                                 const Error &reason)
{
    TicketMessage message;
    message.kind = MessageKind::CustomerMessage;
    message.messageId = QString::fromUtf8(mail.messageId);
    message.subject = StoredText::bounded(mail.subject, StoredText::kTicketSubjectChars);
    if (message.subject.isEmpty())
        message.subject = QCoreApplication::translate("MailIngestor", "(unreadable mail)");
    message.subject.remove(QChar(u'\0'));
    message.received = received;
    message.receivedClaimed = claimed;
    message.bodyText = u"[%1]\n%2\n"_s.arg(
        QCoreApplication::translate("MailIngestor", "Unreadable mail: only the original source is reliable."),
        QCoreApplication::translate("MailIngestor", "The database refused to store this mail as read: %1")
            .arg(StoredText::bounded(reason.message, 1000)));
    message.rawSource = mail.rawSource;
    message.packedSource = mail.packedSource;
    message.contentHash = mail.contentHash;

    TransactionGuard transaction(m_desk.database());
    if (!transaction.ok())
        return transaction.error();
    auto added = m_desk.mail().addMessage(message, 0);
    if (!added)
        return added.error();
    if (auto flagged = flagUnreadable(added->ticketId); !flagged)
        return flagged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<const UrgencyRules *> MailIngestor::urgencyRules()
{
    auto stored = SettingsTable::read(m_desk.database(), QString::fromLatin1(UrgencyRules::settingName));
    if (!stored)
        return stored.error();
    const QString text = stored->value_or(QString());
    if (!m_rules || text != m_rulesText) {
        auto loaded = text.isEmpty() ? Result<UrgencyRules>(UrgencyRules::defaults())
                                     : UrgencyRules::fromJson(text.toUtf8());
        if (!loaded)
            return loaded.error();
        m_rules = loaded.value();
        m_rulesText = text;
    }
    return &*m_rules;
}

Result<IngestResult> MailIngestor::ingest(const QByteArray &raw, std::optional<QDateTime> receivedAt, MailOrigin origin)
{
    return ingestParsed(m_parser.parse(raw), receivedAt, origin);
}

Result<IngestResult> MailIngestor::ingestParsed(const MailMessage &mail, std::optional<QDateTime> receivedAt,
                                                MailOrigin origin)
{
    Q_UNUSED(origin); // both origins pass what they know in receivedAt
    IngestResult result;
    result.unreadable = mail.unreadable;

    auto stored = m_desk.tickets().hasMessage(QString::fromUtf8(mail.messageId), mail.contentHash);
    if (!stored)
        return stored.error();
    if (*stored) {
        result.duplicate = true;
        return result;
    }

    auto classification = classify(mail);
    if (!classification)
        return classification.error();
    result.kind = classification->kind;

    ThreadLookup lookup;
    lookup.ticketByNumber = [this](qint64 number) -> Result<std::optional<qint64>> {
        auto ticket = m_desk.tickets().findByNumber(number);
        if (!ticket)
            return ticket.error();
        return ticket->has_value() ? std::optional<qint64>((*ticket)->id) : std::nullopt;
    };
    lookup.ticketByMessageIds = [this](const QList<QByteArray> &ids) -> Result<std::optional<qint64>> {
        auto ticket = m_desk.tickets().findTicketByMessageIds(idList(ids));
        if (!ticket)
            return ticket.error();
        return *ticket > 0 ? std::optional<qint64>(*ticket) : std::nullopt;
    };
    auto decision = MailThreader(lookup, m_addresses.ticketTagPrefix).decide(mail, *classification);
    if (!decision)
        return decision.error();

    // Receipt time: INTERNALDATE or the local delivery time; else the sender's Date header,
    // marked claimed; a mail without either counts from when we read it.
    QDateTime received = receivedAt.value_or(QDateTime());
    if (!received.isValid()) {
        received = mail.date.isValid() ? mail.date : m_desk.clock().now();
        result.receivedClaimed = true;
    }
    TicketMessage message = toTicketMessage(mail, classification->kind, received.toUTC(), result.receivedClaimed);
    auto added = store(message, mail, *classification, *decision, result);
    if (!added) {
        // One mail must never block the ones after it: what the store refused is kept as its
        // raw source in a ticket of its own, flagged, with the reason. Only when even that
        // fails (the database is gone) does the error reach the caller.
        auto kept = storeRefused(mail, received.toUTC(), result.receivedClaimed, added.error());
        if (!kept)
            return added.error();
        added = kept;
        result.kind = MailKind::CustomerMessage;
        result.unreadable = true;
        result.replyUndelivered = false;
    }
    result.ticketId = added->ticketId;
    result.newTicket = added->newTicket;
    result.messageRowId = added->messageRowId;
    return result;
}

} // namespace Madoguchi
