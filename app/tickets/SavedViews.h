#pragma once

#include "core/Result.h"
#include "tickets/StaffUser.h"
#include "tickets/TicketListQuery.h"

#include <QCoreApplication>
#include <QList>

namespace Madoguchi {

class AuditLog;
class Database;

// A named queue, filters and search someone saved from the desk (issue 13).
struct SavedView
{
    qint64 id = 0;
    QString name;
    qint64 ownerId = 0;
    QString ownerName;
    bool shared = false; // shown to the whole team (a manager shared it)
    TicketListFilter filter; // "me" is whoever opens the view, never stored
};

// Saved views (schema 14): each person keeps their own; a manager shares one with the whole
// team (and only a manager can, or stop sharing it). Saving under a name the person already
// uses replaces that view.
class SavedViews
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::SavedViews)

public:
    SavedViews(Database &database, AuditLog &audit) : m_database(database), m_audit(audit) {}

    // The person's own views and the shared ones, by name.
    Result<QList<SavedView>> visibleTo(qint64 staffId);
    Result<qint64> save(const StaffUser &actor, const QString &name, const TicketListFilter &filter);
    Result<void> setShared(const StaffUser &actor, qint64 viewId, bool shared);
    // Own views by their owner; a shared one also by a manager.
    Result<void> remove(const StaffUser &actor, qint64 viewId);

    // The filter as stored (JSON), and back; fields it does not know are ignored.
    static QString encode(const TicketListFilter &filter);
    static TicketListFilter decode(const QString &text);

    static constexpr int maxNameChars = 100;

private:
    Result<SavedView> find(qint64 viewId);

    Database &m_database;
    AuditLog &m_audit;
};

} // namespace Madoguchi
