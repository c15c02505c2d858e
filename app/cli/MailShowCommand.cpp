#include "cli/CliCommands.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "core/Jst.h"
#include "mail/MailClassifier.h"
#include "mail/MailIngestor.h"
#include "mail/SubjectLine.h"
#include "mail/import/MailFileScanner.h"
#include "mail/mime/MimeParser.h"
#include "tickets/TicketDesk.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString addressLine(const QList<MailAddress> &addresses)
{
    QStringList parts;
    for (const MailAddress &a : addresses)
        parts.append(a.name.isEmpty() ? a.address : a.name + u" <"_s + a.address + u">"_s);
    return TerminalText::line(parts.join(u", "_s));
}

} // namespace

// `madoguchi-cli mail-show FILE...`: how Madoguchi reads a mail (decoded headers, charset
// guesses, parse errors, classification), for support staff answering "why is this garbled?"
int runMailShow(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    QCommandLineOption support(u"support-address"_s, u"The desk's support address."_s, u"ADDRESS"_s);
    QCommandLineOption body(u"body"_s, u"Print the text body too."_s);
    parser.addOptions({ support, body });
    if (!context.parse(parser, args, 1, -1))
        return context.parseStatus();
    auto entries = MailFileScanner::scan(parser.positionalArguments().mid(1));
    if (!entries)
        return context.failure(entries.error().message);
    // With a desk, its own support and staff addresses decide what a mail is, as in import.
    std::unique_ptr<Database> database;
    std::unique_ptr<TicketDesk> deskStore;
    DeskAddresses desk;
    if (cliDeskExists(context)) {
        auto opened = openExistingCliStore(context);
        if (!opened) {
            return opened.error().code == u"missing"_s ? context.usageError(opened.error().message)
                                                        : context.failure(opened.error().message);
        }
        database = std::move(opened.value());
        deskStore = std::make_unique<TicketDesk>(*database, context.clock);
        auto stored = MailIngestor::loadAddresses(*deskStore);
        if (!stored)
            return context.failure(stored.error().message);
        desk = stored.value();
    }
    if (parser.isSet(support) && !desk.isSupport(parser.value(support)))
        desk.supportAddresses.append(parser.value(support));
    std::optional<MailIngestor> ingestor;
    if (deskStore)
        ingestor.emplace(*deskStore, desk);
    const MailClassifier classifier(desk);
    for (const MailFileEntry &entry : std::as_const(*entries)) {
        auto raw = MailFileScanner::read(entry);
        if (!raw)
            return context.failure(raw.error().message);
        const MailMessage mail = MimeParser().parse(*raw);
        MailClassification kind;
        if (ingestor) {
            auto classified = ingestor->classify(mail);
            if (!classified)
                return context.failure(classified.error().message);
            kind = *classified;
        } else {
            kind = classifier.classify(mail);
        }
        QTextStream &out = context.out;
        out << "file:        " << TerminalText::line(entry.label()) << '\n'
            << "from:        " << addressLine({ mail.from }) << '\n'
            << "to:          " << addressLine(mail.to) << '\n';
        if (!mail.cc.isEmpty())
            out << "cc:          " << addressLine(mail.cc) << '\n';
        out << "subject:     " << TerminalText::line(mail.subject) << '\n'
            << "shown as:    " << TerminalText::line(SubjectLine::forDisplay(mail.subject, desk.ticketTagPrefix))
            << '\n'
            << "date:        " << (mail.date.isValid() ? Jst::format(mail.date) + u" (JST, the sender's Date header)"_s : u"-"_s) << '\n'
            << "message-id:  " << TerminalText::line(QString::fromUtf8(mail.messageId)) << '\n'
            << "kind:        " << mailKindName(kind.kind) << " (" << TerminalText::line(kind.reason) << ")\n";
        if (!kind.bouncedMessageId.isEmpty())
            out << "returns:     " << TerminalText::line(QString::fromUtf8(kind.bouncedMessageId)) << '\n';
        out << "attachments: " << TerminalText::line(mail.attachmentNames().join(u", "_s)) << '\n'
            << "charset:     " << (mail.charsetGuessed ? "guessed" : "as labelled") << '\n';
        if (mail.unreadable)
            out << "UNREADABLE\n";
        for (const QString &error : mail.parseErrors)
            out << "problem:     " << TerminalText::line(error) << '\n';
        if (parser.isSet(body))
            out << "\n" << TerminalText::block(mail.textBody) << '\n';
        out << '\n';
    }
    return 0;
}

} // namespace Madoguchi
