// madoguchi-cli notice preview | send | list: the notices of the agreement's chapter 2 (連絡体制)
// to every organisation's registered administrators, one mail per organisation.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "cli/TextTable.h"
#include "core/Jst.h"
#include "notices/NoticeBook.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString deliveryWord(const NoticeRecord &n)
{
    switch (n.delivery) {
    case ReplyDelivery::Delivered:
        return u"sent"_s;
    case ReplyDelivery::Pending:
        return u"queued"_s;
    case ReplyDelivery::Held: // notices are never held for approval (NoticeBook queues them); kept for -Wswitch
        return u"held"_s;
    case ReplyDelivery::Undelivered:
        return u"undelivered"_s;
    case ReplyDelivery::Discarded:
        return u"discarded"_s;
    }
    return {};
}

QString shown(const QDateTime &moment)
{
    return moment.isValid() ? Jst::toJst(moment).toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s;
}

QString organisationLine(const NoticeRecipient &r)
{
    const QString name = r.name.isEmpty() || r.name == r.domain ? r.domain : QString(r.name + u" ("_s + r.domain + u')');
    return name;
}

void printNotNotified(CliContext &context, const QList<NoticeRecipient> &notNotified)
{
    for (const NoticeRecipient &r : notNotified)
        context.out << u"not notified: %1: no administrator\n"_s.arg(organisationLine(r));
}

int listNotices(CliContext &context, NoticeBook &book, const NoticeTopic &topic)
{
    auto records = book.records(topic);
    if (!records)
        return context.failure(records.error());
    TextTable table({u"Kind"_s, u"Organisation"_s, u"Addresses"_s, u"Queued"_s, u"Accepted"_s, u"State"_s,
                     u"Ticket"_s});
    for (const NoticeRecord &n : std::as_const(*records)) {
        table.addRow({noticeKindKey(n.kind), n.domain, n.addresses.join(u' '), shown(n.queued), shown(n.accepted),
                      deliveryWord(n), u"#"_s + QString::number(n.ticketId)});
    }
    context.out << table.render(80);
    return 0;
}

} // namespace

int runNotice(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"incident"_s, u"the incident the notice is about"_s, u"id"_s});
    parser.addOption({u"maintenance"_s, u"the maintenance plan the notice is about"_s, u"id"_s});
    parser.addOption({u"kind"_s, u"first, update, recovery (incidents) or announcement (plans)"_s, u"kind"_s});
    parser.addOption({u"lang"_s, u"ja (default) or en"_s, u"lang"_s, u"ja"_s});
    parser.addOption({u"charset"_s, u"send: utf-8 (default) or iso-2022-jp"_s, u"charset"_s, u"utf-8"_s});
    parser.addOption({u"subject"_s, u"send: this subject instead of the template's"_s, u"subject"_s});
    parser.addOption({u"body-file"_s, u"send: this text (UTF-8) instead of the template's"_s, u"file"_s});
    parser.addOption({u"as"_s, u"send: the staff member who sends it (default: the system)"_s, u"login"_s});
    if (!context.parse(parser, args, 1, 1))
        return context.parseStatus();
    const QString action = parser.positionalArguments().value(1);
    if (action != u"preview"_s && action != u"send"_s && action != u"list"_s)
        return context.usageError(u"notice: use preview, send or list"_s);
    if (parser.isSet(u"incident"_s) == parser.isSet(u"maintenance"_s))
        return context.usageError(u"notice %1: give --incident ID or --maintenance ID"_s.arg(action));
    bool ok = false;
    const qint64 id = parser.value(parser.isSet(u"incident"_s) ? u"incident"_s : u"maintenance"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usageError(u"notice %1: the id must be a positive number"_s.arg(action));
    const NoticeTopic topic = parser.isSet(u"incident"_s) ? NoticeTopic::incident(id) : NoticeTopic::plan(id);
    std::optional<NoticeKind> kind;
    if (action != u"list"_s) {
        kind = noticeKindFromKey(parser.value(u"kind"_s));
        if (!kind)
            return context.usageError(u"notice %1: --kind must be first, update, recovery or announcement"_s.arg(action));
    }
    const QString charset = parser.value(u"charset"_s).toLower();
    if (charset != u"utf-8"_s && charset != u"iso-2022-jp"_s)
        return context.usageError(u"notice: --charset is utf-8 or iso-2022-jp, not \""_s + charset + u'"');
    QString body;
    if (parser.isSet(u"body-file"_s)) {
        QFile file(parser.value(u"body-file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return context.usageError(u"notice: cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        body = QString::fromUtf8(file.readAll());
    }

    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    NoticeBook book(desk);
    if (action == u"list"_s)
        return listNotices(context, book, topic);

    auto draft = book.prepare(topic, *kind, parser.value(u"lang"_s));
    if (!draft) {
        const QString code = draft.error().code;
        if (code == u"not-found"_s || code == u"input"_s)
            return context.usageError(u"notice %1: "_s.arg(action) + draft.error().message);
        return context.failure(draft.error());
    }
    NoticeDraft notice = draft.value();
    if (parser.isSet(u"subject"_s))
        notice.text.subject = parser.value(u"subject"_s);
    if (parser.isSet(u"body-file"_s))
        notice.text.body = body;
    notice.charset = charset == u"utf-8"_s ? OutgoingCharset::Utf8 : OutgoingCharset::Iso2022Jp;

    if (action == u"preview"_s) {
        const NoticeText text = notice.recipients.isEmpty() ? notice.text : notice.textFor(notice.recipients.first());
        context.out << u"Subject: "_s << text.subject << u"\n\n"_s << text.body;
        if (!text.body.endsWith(u'\n'))
            context.out << '\n';
        context.out << u"\n"_s;
        for (const NoticeRecipient &r : std::as_const(notice.recipients))
            context.out << u"to %1: %2\n"_s.arg(organisationLine(r), r.addresses().join(u", "_s));
        printNotNotified(context, notice.notNotified);
        return 0;
    }

    StaffUser author = StaffUser::system();
    if (parser.isSet(u"as"_s)) {
        auto user = desk.team().userByLogin(parser.value(u"as"_s));
        if (!user)
            return context.failure(user.error());
        if (!user->has_value())
            return context.usageError(u"notice send: there is no staff member with the login \""_s
                                      + parser.value(u"as"_s) + u'"');
        author = **user;
    }
    auto sent = book.send(author, notice);
    if (!sent) {
        const QString code = sent.error().code;
        if (code == u"input"_s || code == u"charset"_s || code == u"setup"_s)
            return context.usageError(u"notice send: "_s + sent.error().message);
        return context.failure(sent.error());
    }
    QStringList ids;
    for (qint64 outboxId : std::as_const(sent->outboxIds))
        ids.append(QString::number(outboxId));
    context.out << u"queued %1 mail(s) to %2 organisation(s): outbox %3\n"_s.arg(sent->mails)
                       .arg(sent->organisations)
                       .arg(ids.join(u' '));
    printNotNotified(context, sent->notNotified);
    return 0;
}

} // namespace Madoguchi
