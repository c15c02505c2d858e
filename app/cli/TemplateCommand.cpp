// madoguchi-cli template: the team's reply templates (定型文) for scripts.
#include "cli/CliActor.h"
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "cli/TerminalText.h"
#include "mail/outbox/ReplyTemplates.h"
#include "tickets/TicketDesk.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// template list | add NAME | remove NAME on the opened desk.
int templateAction(CliContext &context, const QCommandLineParser &parser, TicketDesk &desk, const QStringList &words,
                   const QString &action)
{
    ReplyTemplates templates(desk);
    // The team's templates are a manager's: under a staff member's own login the program
    // refuses, as the database would.
    auto actor = cliActor(desk);
    if (!actor)
        return context.failure(actor.error());
    if (action == u"list"_s && words.size() <= 1) {
        auto list = templates.visibleTo(0);
        if (!list)
            return context.failure(list.error().message);
        for (const ReplyTemplate &t : std::as_const(*list)) {
            context.out << TerminalText::tsvField(t.name) << u'\t' << TerminalText::tsvField(t.category) << u'\t'
                        << TerminalText::tsvField(t.subject) << u'\n';
        }
        return 0;
    }
    if (action == u"add"_s && words.size() == 2) {
        QFile file(parser.value(u"body-file"_s));
        if (parser.value(u"body-file"_s).isEmpty() || !file.open(QIODevice::ReadOnly))
            return context.usageError(u"template add: --body-file FILE (readable) is needed"_s);
        ReplyTemplate entry;
        entry.name = words.at(1);
        entry.body = QString::fromUtf8(file.readAll());
        entry.subject = parser.value(u"subject"_s);
        entry.category = parser.value(u"category"_s);
        auto added = templates.add(*actor, entry);
        if (!added) {
            return added.error().code == u"permission"_s ? context.failure(u"template add: "_s + added.error().message)
                                                         : context.usageError(added.error().message);
        }
        return 0;
    }
    if (action == u"remove"_s && words.size() == 2) {
        auto list = templates.visibleTo(0);
        if (!list)
            return context.failure(list.error().message);
        for (const ReplyTemplate &t : std::as_const(*list)) {
            if (t.name == words.at(1)) {
                auto removed = templates.remove(*actor, t.id);
                return removed ? 0 : context.failure(u"template remove: "_s + removed.error().message);
            }
        }
        return context.usageError(u"template remove: no team template named %1"_s.arg(words.at(1)));
    }
    return context.usageError(u"template: use list, add NAME --body-file FILE, or remove NAME"_s);
}

} // namespace

int runTemplate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"body-file"_s, u"the template's text (UTF-8)"_s, u"file"_s});
    parser.addOption({u"subject"_s, u"the reply's subject when the template is used"_s, u"text"_s});
    parser.addOption({u"category"_s, u"a category to find it by"_s, u"text"_s});
    return runOnCliDesk(context, parser, args, u"list"_s,
                        [&](TicketDesk &desk, const QStringList &words, const QString &action) {
                            return templateAction(context, parser, desk, words, action);
                        });
}

} // namespace Madoguchi
