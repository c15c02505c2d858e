#include "cli/CliCommands.h"
#include "mail/MailClassifier.h"
#include "mail/SubjectLine.h"
#include "mail/import/MailFileScanner.h"
#include "mail/mime/MimeParser.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString addressLine(const QList<MailAddress> &addresses)
{
    QStringList parts;
    for (const MailAddress &a : addresses)
        parts.append(a.name.isEmpty() ? a.address : a.name + u" <"_s + a.address + u">"_s);
    return parts.join(u", "_s);
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
    DeskAddresses desk;
    if (parser.isSet(support))
        desk.supportAddresses = { parser.value(support) };
    const MailClassifier classifier(desk);
    for (const MailFileEntry &entry : std::as_const(*entries)) {
        auto raw = MailFileScanner::read(entry);
        if (!raw)
            return context.failure(raw.error().message);
        const MailMessage mail = MimeParser().parse(*raw);
        const MailClassification kind = classifier.classify(mail);
        QTextStream &out = context.out;
        out << "file:        " << entry.label() << '\n'
            << "from:        " << addressLine({ mail.from }) << '\n'
            << "to:          " << addressLine(mail.to) << '\n';
        if (!mail.cc.isEmpty())
            out << "cc:          " << addressLine(mail.cc) << '\n';
        out << "subject:     " << mail.subject << '\n'
            << "shown as:    " << SubjectLine::forDisplay(mail.subject, desk.ticketTagPrefix) << '\n'
            << "date:        " << (mail.date.isValid() ? mail.date.toString(Qt::ISODate) : u"-"_s) << '\n'
            << "message-id:  " << QString::fromUtf8(mail.messageId) << '\n'
            << "kind:        " << mailKindName(kind.kind) << " (" << kind.reason << ")\n";
        if (!kind.bouncedMessageId.isEmpty())
            out << "returns:     " << QString::fromUtf8(kind.bouncedMessageId) << '\n';
        out << "attachments: " << mail.attachmentNames().join(u", "_s) << '\n'
            << "charset:     " << (mail.charsetGuessed ? "guessed" : "as labelled") << '\n';
        if (mail.unreadable)
            out << "UNREADABLE\n";
        for (const QString &error : mail.parseErrors)
            out << "problem:     " << error << '\n';
        if (parser.isSet(body))
            out << "\n" << mail.textBody << '\n';
        out << '\n';
    }
    return 0;
}

} // namespace Madoguchi
