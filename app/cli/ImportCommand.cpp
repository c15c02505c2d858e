#include "cli/CliActor.h"
#include "cli/CliCommands.h"
#include "mail/MailIngestor.h"
#include "mail/import/MailImport.h"
#include "cli/CliStore.h"
#include "tickets/TicketDesk.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

// `madoguchi-cli import PATH...`: .eml files, maildir folders and mbox files into tickets.
// Prints exactly one summary line; a second run over the same files imports nothing.
int runImport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    QCommandLineOption support(u"support-address"_s, u"The desk's support address (repeatable)."_s, u"ADDRESS"_s);
    QCommandLineOption prefix(u"tag-prefix"_s, u"Ticket tag prefix in subjects (default #)."_s, u"PREFIX"_s);
    QCommandLineOption save(u"save"_s, u"Keep --support-address/--tag-prefix in the database."_s);
    QCommandLineOption progress(u"progress"_s, u"Print N/M progress on stderr."_s);
    parser.addOptions({ support, prefix, save, progress });
    if (!context.parse(parser, args, 1, -1))
        return context.parseStatus();

    auto database = openCliStore(context, CliStoreOpening::MayCreate); // a setup command
    if (!database)
        return context.failure(database.error().message);
    TicketDesk desk(**database, context.clock);

    auto stored = MailIngestor::loadAddresses(desk);
    if (!stored)
        return context.failure(stored.error().message);
    DeskAddresses addresses = stored.value();
    for (const QString &value : parser.values(support))
        if (!addresses.isSupport(value))
            addresses.supportAddresses.append(value);
    if (parser.isSet(prefix))
        addresses.ticketTagPrefix = parser.value(prefix);
    if (parser.isSet(save)) {
        // The desk's addresses are team settings: a manager's to keep.
        if (auto manager = cliManager(desk, u"import --save"_s); !manager)
            return context.failure(manager.error());
        if (auto saved = MailIngestor::saveAddresses(desk, addresses); !saved)
            return context.failure(saved.error().message);
    }

    MailIngestor ingestor(desk, addresses);
    MailImport import(ingestor);
    const bool showProgress = parser.isSet(progress);
    auto summary = import.run(parser.positionalArguments().mid(1), [&](qsizetype done, qsizetype total) {
        if (showProgress && (done % 100 == 0 || done == total))
            context.err << done << '/' << total << Qt::endl;
    });
    if (!summary)
        return context.failure(summary.error().message);
    context.out << summary->line() << Qt::endl;
    return 0;
}

} // namespace Madoguchi
