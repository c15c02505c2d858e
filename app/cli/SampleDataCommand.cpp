// madoguchi-cli sample-data: a realistic desk to try the program (and the UI) without mail.

#include "cli/CliActor.h"
#include "cli/CliCommands.h"
#include "cli/CliStore.h"
#include "mail/DeskIdentity.h"
#include "tickets/TicketDesk.h"
#include "tickets/TicketFixtureBuilder.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

int runSampleData(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"force"_s, u"add the sample even when the database already has tickets"_s});
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();
    auto database = openCliStore(context, CliStoreOpening::MayCreate);
    if (!database)
        return context.failure(database.error().message);
    TicketDesk desk(**database, context.clock);
    // The sample adds users and team settings: a manager's (or the owner's) to do.
    auto actor = cliManager(desk, u"sample-data"_s);
    if (!actor)
        return context.failure(actor.error());
    const auto existing = desk.queue().list(QueueFilter::All, context.clock.now(), 1);
    if (!existing)
        return context.failure(existing.error().message);
    if (!existing->isEmpty() && !parser.isSet(u"force"_s)) {
        return context.failure(QCoreApplication::translate(
            "SampleDataCommand", "The database already has tickets; use --force to add the sample anyway."));
    }
    TicketFixtureBuilder builder(desk);
    const auto made = builder.sampleDesk(context.clock.now());
    if (!made)
        return context.failure(made.error().message);
    // Replying works on the sample desk at once: it has a support address, a From name and
    // the tag prefix (a real desk's own, when --force adds the sample to it, are kept).
    auto identity = DeskIdentity::load(desk);
    if (!identity)
        return context.failure(identity.error().message);
    if (identity->supportAddresses.isEmpty()) {
        DeskIdentity sample = *identity;
        sample.supportAddresses = {TicketFixtureBuilder::supportAddress()};
        if (sample.fromName.isEmpty())
            sample.fromName = u"株式会社サンプル サポート窓口"_s;
        if (auto saved = sample.save(desk, *actor); !saved)
            return context.failure(saved.error().message);
    }
    context.out << QCoreApplication::translate("SampleDataCommand", "Added %1 sample tickets.").arg(*made) << Qt::endl;
    return 0;
}

} // namespace Madoguchi
