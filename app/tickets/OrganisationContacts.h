#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The people at each customer organisation the desk may write to (schema version 16), above
// all the registered system administrators (システム管理者) whom the agreement's chapter 2
// promises notices of outages and maintenance. Organisations are named after their mail
// domain until renamed (TeamDirectory).
namespace Madoguchi {

class Database;
class TicketDesk;

enum class ContactRole { Administrator, Other };
QString contactRoleKey(ContactRole role); // admin, other
std::optional<ContactRole> contactRoleFromText(const QString &text); // admin/other, システム管理者/その他

struct OrganisationContact
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString domain;
    QString name;
    QString address;
    ContactRole role = ContactRole::Other;
};

struct OrganisationSummary
{
    qint64 id = 0;
    QString domain;
    QString name;
    int contacts = 0;
    int administrators = 0;
};

class OrganisationContacts
{
public:
    explicit OrganisationContacts(TicketDesk &desk);

    Result<QList<OrganisationSummary>> organisations();
    // By domain (case-insensitive) or by exact name.
    Result<std::optional<OrganisationSummary>> find(const QString &domainOrName);
    Result<QList<OrganisationContact>> contacts(qint64 organisationId);
    // Every registered administrator of every organisation, by organisation.
    Result<QList<OrganisationContact>> administrators();

    // Adds a contact (or changes the name and role of the one with that address) to the
    // organisation of `domain`, created if it is new; the domain defaults to the address's.
    Result<qint64> addContact(const StaffUser &actor, const OrganisationContact &contact);
    Result<void> removeContact(const StaffUser &actor, const QString &domain, const QString &address);

    // A CSV file (UTF-8 or Shift_JIS, a header row naming the columns: name/氏名,
    // address/メールアドレス, and optionally domain/ドメイン, organisation/会社名, role/役割).
    // All or nothing: the first bad line is reported as "line N: ..." and nothing is stored.
    // Returns how many contacts were added or changed.
    Result<int> importCsv(const StaffUser &actor, const QByteArray &data);

private:
    TicketDesk &m_desk;
    Database &m_database;
};

} // namespace Madoguchi
