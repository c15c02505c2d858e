// madoguchi-cli org: customer organisations and their contacts, above all the registered
// system administrators (システム管理者) that outage and maintenance notices go to.
#include "cli/CliActor.h"
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliStore.h"
#include "cli/TextTable.h"
#include "tickets/OrganisationContacts.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString roleLabel(ContactRole role)
{
    return role == ContactRole::Administrator ? QCoreApplication::translate("OrgCommand", "administrator")
                                              : QCoreApplication::translate("OrgCommand", "other");
}

int storeError(CliContext &context, const QString &doing, const Error &error)
{
    return error.code == u"input"_s || error.code == u"not-found"_s ? context.usageError(doing + u": "_s + error.message)
                                                                      : context.failure(error);
}

} // namespace

int runOrg(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"name"_s, u"contact add: the person's name"_s, u"name"_s});
    parser.addOption({u"address"_s, u"contact add: the person's mail address"_s, u"address"_s});
    parser.addOption({u"role"_s, u"contact add: admin (システム管理者, gets notices) or other"_s, u"role"_s, u"other"_s});
    if (!context.parse(parser, args, 1, 4))
        return context.parseStatus();
    const QStringList words = parser.positionalArguments().mid(1);
    const QString action = words.value(0);
    const bool listing = action == u"list"_s && words.size() == 1;
    const bool showing = action == u"show"_s && words.size() == 2;
    const bool adding = action == u"contact"_s && words.value(1) == u"add"_s && words.size() == 3;
    const bool removing = action == u"contact"_s && words.value(1) == u"remove"_s && words.size() == 4;
    const bool importing = action == u"import"_s && words.size() == 2;
    if (!listing && !showing && !adding && !removing && !importing)
        return context.usageError(u"org: use list, show DOMAIN, contact add DOMAIN --name N --address A [--role R], "
                                  "contact remove DOMAIN ADDRESS, or import FILE.csv"_s);
    std::optional<ContactRole> role;
    if (adding) {
        role = contactRoleFromText(parser.value(u"role"_s));
        if (!role)
            return context.usageError(u"org contact add: --role must be admin or other"_s);
        if (!parser.isSet(u"address"_s))
            return context.usageError(u"org contact add: --address is needed"_s);
    }
    QByteArray csv;
    if (importing) {
        QFile file(words.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return context.usageError(u"org import: cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        csv = file.readAll();
    }

    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    TicketDesk desk(**database, context.clock);
    OrganisationContacts contacts(desk);

    if (listing) {
        auto list = contacts.organisations();
        if (!list)
            return context.failure(list.error());
        TextTable table({QCoreApplication::translate("OrgCommand", "Domain"),
                         QCoreApplication::translate("OrgCommand", "Name"),
                         QCoreApplication::translate("OrgCommand", "Contacts"),
                         QCoreApplication::translate("OrgCommand", "Administrators")});
        for (const OrganisationSummary &o : std::as_const(*list))
            table.addRow({o.domain, o.name, QString::number(o.contacts), QString::number(o.administrators)});
        context.out << table.render(60);
        return 0;
    }
    if (showing) {
        auto found = contacts.find(words.at(1));
        if (!found)
            return context.failure(found.error());
        if (!found->has_value())
            return context.usageError(u"org show: no organisation %1"_s.arg(words.at(1)));
        const OrganisationSummary &o = **found;
        context.out << o.name << u" ("_s << o.domain << u")\n"_s;
        auto people = contacts.contacts(o.id);
        if (!people)
            return context.failure(people.error());
        TextTable table({QCoreApplication::translate("OrgCommand", "Name"),
                         QCoreApplication::translate("OrgCommand", "Address"),
                         QCoreApplication::translate("OrgCommand", "Role")});
        for (const OrganisationContact &c : std::as_const(*people))
            table.addRow({c.name, c.address, roleLabel(c.role)});
        context.out << table.render(60);
        if ((*people).isEmpty())
            context.out << QCoreApplication::translate("OrgCommand", "No contacts yet: madoguchi-cli org contact add %1 "
                                                                     "--name NAME --address ADDRESS --role admin")
                               .arg(o.domain)
                        << '\n';
        return 0;
    }
    // Changes are made in the name of whoever runs the command (their own database login).
    auto actor = cliActor(desk);
    if (!actor)
        return context.failure(actor.error());
    if (adding) {
        OrganisationContact contact;
        contact.domain = words.at(2);
        contact.name = parser.value(u"name"_s);
        contact.address = parser.value(u"address"_s);
        contact.role = *role;
        auto added = contacts.addContact(*actor, contact);
        return added ? 0 : storeError(context, u"org contact add"_s, added.error());
    }
    if (removing) {
        auto removed = contacts.removeContact(*actor, words.at(2), words.at(3));
        return removed ? 0 : storeError(context, u"org contact remove"_s, removed.error());
    }
    auto imported = contacts.importCsv(*actor, csv);
    if (!imported)
        return storeError(context, u"org import: "_s + words.at(1), imported.error());
    context.out << QCoreApplication::translate("OrgCommand", "%n contact(s) added or changed", nullptr, *imported)
                << '\n';
    return 0;
}

} // namespace Madoguchi
