#include "tickets/OrganisationContacts.h"

#include "calendar/HolidayCsv.h"
#include "core/CsvReader.h"
#include "store/Database.h"
#include "store/TransactionGuard.h"
#include "tickets/StoredText.h"
#include "tickets/TicketDesk.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

Error inputError(const QString &message)
{
    return makeError(u"input"_s, message);
}

bool plausibleAddress(const QString &address)
{
    static const QRegularExpression pattern(u"^[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+$"_s);
    return address.size() <= StoredText::kAddressChars && pattern.match(address).hasMatch();
}

QList<OrganisationContact> contactsFrom(QSqlQuery &rows)
{
    QList<OrganisationContact> result;
    while (rows.next()) {
        OrganisationContact c;
        c.id = rows.value(0).toLongLong();
        c.organisationId = rows.value(1).toLongLong();
        c.domain = rows.value(2).toString();
        c.name = rows.value(3).toString();
        c.address = rows.value(4).toString();
        c.role = rows.value(5).toString() == u"admin"_s ? ContactRole::Administrator : ContactRole::Other;
        result.append(c);
    }
    return result;
}

const QString contactColumns
    = u"SELECT c.id, c.organisation_id, o.domain, c.name, c.address, c.role FROM organisation_contacts c "
      "JOIN organisations o ON o.id = c.organisation_id "_s;

// Which column holds what, from the header row's names (English or Japanese).
struct Columns
{
    int name = -1;
    int address = -1;
    int domain = -1;
    int organisation = -1;
    int role = -1;
};

Columns columnsOf(const QStringList &header)
{
    Columns c;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        if (h == u"name"_s || h == u"氏名"_s || h == u"名前"_s)
            c.name = i;
        else if (h == u"address"_s || h == u"email"_s || h == u"e-mail"_s || h == u"メールアドレス"_s)
            c.address = i;
        else if (h == u"domain"_s || h == u"ドメイン"_s)
            c.domain = i;
        else if (h == u"organisation"_s || h == u"organization"_s || h == u"会社名"_s)
            c.organisation = i;
        else if (h == u"role"_s || h == u"役割"_s)
            c.role = i;
    }
    return c;
}

} // namespace

QString contactRoleKey(ContactRole role)
{
    return role == ContactRole::Administrator ? u"admin"_s : u"other"_s;
}

std::optional<ContactRole> contactRoleFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"admin"_s || t == u"administrator"_s || t == u"システム管理者"_s || t == u"管理者"_s)
        return ContactRole::Administrator;
    if (t.isEmpty() || t == u"other"_s || t == u"その他"_s)
        return ContactRole::Other;
    return std::nullopt;
}

OrganisationContacts::OrganisationContacts(TicketDesk &desk)
    : m_desk(desk)
    , m_database(desk.database())
{ }

Result<QList<OrganisationSummary>> OrganisationContacts::organisations()
{
    auto query = m_database.exec(
        u"Reading organisations"_s,
        u"SELECT o.id, o.domain, o.name, COUNT(c.id), "
        "COALESCE(SUM(CASE WHEN c.role = 'admin' THEN 1 ELSE 0 END), 0) FROM organisations o "
        "LEFT JOIN organisation_contacts c ON c.organisation_id = o.id GROUP BY o.id, o.domain, o.name "
        "ORDER BY o.domain"_s);
    if (!query)
        return query.error();
    QList<OrganisationSummary> result;
    for (QSqlQuery &rows = query.value(); rows.next();)
        result.append({ rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
                        rows.value(3).toInt(), rows.value(4).toInt() });
    return result;
}

Result<std::optional<OrganisationSummary>> OrganisationContacts::find(const QString &domainOrName)
{
    auto all = organisations();
    if (!all)
        return all.error();
    for (const OrganisationSummary &o : std::as_const(*all)) {
        if (o.domain == domainOrName.trimmed().toLower() || o.name == domainOrName.trimmed())
            return std::optional<OrganisationSummary>(o);
    }
    return std::optional<OrganisationSummary>();
}

Result<QList<OrganisationContact>> OrganisationContacts::contacts(qint64 organisationId)
{
    auto query = m_database.exec(u"Reading an organisation's contacts"_s,
                                 contactColumns + u"WHERE c.organisation_id = ? ORDER BY c.role, c.name, c.address"_s,
                                 { organisationId });
    if (!query)
        return query.error();
    return contactsFrom(query.value());
}

Result<QList<OrganisationContact>> OrganisationContacts::administrators()
{
    auto query = m_database.exec(u"Reading the registered administrators"_s,
                                 contactColumns + u"WHERE c.role = 'admin' ORDER BY o.domain, c.address"_s);
    if (!query)
        return query.error();
    return contactsFrom(query.value());
}

Result<qint64> OrganisationContacts::addContact(const StaffUser &actor, const OrganisationContact &contact)
{
    const QString address = contact.address.trimmed().toLower();
    if (!plausibleAddress(address))
        return inputError(
            QCoreApplication::translate("OrganisationContacts", "\"%1\" is not a mail address.").arg(contact.address));
    const QString domain
        = (contact.domain.trimmed().isEmpty() ? address.section(u'@', 1) : contact.domain.trimmed()).toLower();
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto organisation = m_desk.team().ensureOrganisation(domain);
    if (!organisation)
        return organisation.error();
    auto existing = m_database.scalar(
        u"Looking up a contact"_s, u"SELECT id FROM organisation_contacts WHERE organisation_id = ? AND address = ?"_s,
        { *organisation, address });
    if (!existing)
        return existing.error();
    qint64 id = 0;
    if (existing->isValid()) {
        id = existing->toLongLong();
        auto done = m_database.exec(u"Changing a contact"_s,
                                    u"UPDATE organisation_contacts SET name = ?, role = ? WHERE id = ?"_s,
                                    { contact.name.trimmed(), contactRoleKey(contact.role), id });
        if (!done)
            return done.error();
    } else {
        auto added = m_database.insert(
            u"Adding a contact"_s,
            u"INSERT INTO organisation_contacts (organisation_id, name, address, role) VALUES (?, ?, ?, ?)"_s,
            { *organisation, contact.name.trimmed(), address, contactRoleKey(contact.role) });
        if (!added)
            return added.error();
        id = *added;
    }
    if (auto logged = m_desk.audit().record(actor, 0, u"contact"_s, QString(),
                                            domain + u": "_s + contact.name.trimmed() + u" <"_s + address + u"> ("_s
                                                + contactRoleKey(contact.role) + u")"_s);
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> OrganisationContacts::removeContact(const StaffUser &actor, const QString &domain, const QString &address)
{
    auto organisation = find(domain);
    if (!organisation)
        return organisation.error();
    if (!organisation->has_value())
        return makeError(
            u"not-found"_s,
            QCoreApplication::translate("OrganisationContacts", "There is no organisation %1.").arg(domain));
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    auto done = m_database.exec(u"Removing a contact"_s,
                                u"DELETE FROM organisation_contacts WHERE organisation_id = ? AND address = ?"_s,
                                { (*organisation)->id, address.trimmed().toLower() });
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return makeError(u"not-found"_s,
                         QCoreApplication::translate("OrganisationContacts", "%1 has no contact %2.")
                             .arg((*organisation)->domain, address));
    if (auto logged
        = m_desk.audit().record(actor, 0, u"contact"_s, (*organisation)->domain + u": "_s + address, QString());
        !logged)
        return logged;
    return transaction.commit();
}

Result<int> OrganisationContacts::importCsv(const StaffUser &actor, const QByteArray &data)
{
    const CsvReadResult csv = readCsv(HolidayCsv::decode(data));
    if (!csv.error.isEmpty())
        return inputError(
            QCoreApplication::translate("OrganisationContacts", "line %1: %2").arg(csv.errorLine).arg(csv.error));
    if (csv.records.isEmpty())
        return inputError(QCoreApplication::translate("OrganisationContacts", "The file is empty."));
    const Columns columns = columnsOf(csv.records.first().fields);
    if (columns.name < 0 || columns.address < 0)
        return inputError(QCoreApplication::translate(
                              "OrganisationContacts",
                              "line %1: the header row needs a name (氏名) and an address (メールアドレス) column.")
                              .arg(csv.records.first().line));
    // Everything is checked before anything is stored.
    QList<std::pair<OrganisationContact, QString>> rows; // with the organisation's name, if given
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        const CsvRecord &record = csv.records.at(i);
        const auto field = [&](int column) {
            return column < 0 ? QString() : record.fields.value(column).trimmed();
        };
        OrganisationContact contact;
        contact.name = field(columns.name);
        contact.address = field(columns.address).toLower();
        contact.domain = field(columns.domain);
        const auto role = contactRoleFromText(field(columns.role));
        if (!plausibleAddress(contact.address))
            return inputError(
                QCoreApplication::translate("OrganisationContacts", "line %1: \"%2\" is not a mail address.")
                    .arg(record.line)
                    .arg(field(columns.address)));
        if (!role)
            return inputError(
                QCoreApplication::translate("OrganisationContacts",
                                            "line %1: unknown role \"%2\" (システム管理者 / admin or その他 / other).")
                    .arg(record.line)
                    .arg(field(columns.role)));
        if (contact.name.size() > 200)
            return inputError(
                QCoreApplication::translate("OrganisationContacts", "line %1: the name is too long.").arg(record.line));
        contact.role = *role;
        rows.append({ contact, field(columns.organisation) });
    }
    TransactionGuard transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    for (const auto &[contact, organisationName] : std::as_const(rows)) {
        auto added = addContact(actor, contact);
        if (!added)
            return added.error();
        const QString domain = (contact.domain.isEmpty() ? contact.address.section(u'@', 1) : contact.domain).toLower();
        if (!organisationName.isEmpty()) {
            // A name from the file replaces only the default (the domain); a renamed
            // organisation keeps the name the team gave it.
            auto renamed = m_database.exec(u"Naming an organisation"_s,
                                           u"UPDATE organisations SET name = ? WHERE domain = ? AND name = domain"_s,
                                           { organisationName, domain });
            if (!renamed)
                return renamed.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(rows.size());
}

} // namespace Madoguchi
