#pragma once

#include "tickets/TicketListQuery.h"

#include <QAbstractTableModel>

namespace Madoguchi {

class Clock;

// The centre ticket list. It never holds more than what has been scrolled to: rows come in
// pages from TicketListQuery (canFetchMore/fetchMore), and sorting asks the database for a
// new order instead of sorting a copy of every ticket.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FlagColumn, NumberColumn, SubjectColumn, CustomerColumn, StatusColumn, AssigneeColumn,
                  ReceivedColumn, DueColumn, RemainingColumn, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, FlagRole, UrgentRole };

    TicketListModel(TicketListQuery &query, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const TicketListFilter &filter);
    const TicketListFilter &filter() const { return m_filter; }
    // Re-reads the rows loaded so far for "now": flags and remaining times change in place
    // when the same tickets are still there in the same order, otherwise the model resets.
    void refresh();

    int totalCount() const { return m_total; }
    // The search matched more messages than the list takes (TicketListQuery::searchHitLimit).
    bool isCapped() const { return m_capped; }
    qint64 ticketIdAt(int row) const;
    int rowOfTicket(qint64 ticketId) const; // -1 when not loaded
    const QueueEntry *entryAt(int row) const;
    QString lastError() const { return m_lastError; }
    void setBusinessDayMinutes(int minutes) { m_businessDayMinutes = minutes; }
    // On a narrow list the flag column shows its icon alone (the words are in its tooltip and
    // the time-left column says "overdue" / "left"), so the subject keeps a readable width.
    void setFlagTextShown(bool shown);
    bool flagTextShown() const { return m_flagText; }

    static constexpr int pageSize = 200;
    // The customer column: 「山田 太郎 (山田商事株式会社)」 (name, organisation).
    static QString customerText(const Ticket &ticket);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QVariant displayText(const QueueEntry &entry, int column) const;
    void reload();
    bool fail(const Error &error);

    TicketListQuery &m_query;
    const Clock &m_clock;
    TicketListFilter m_filter;
    TicketListSort m_sort = TicketListSort::Deadline;
    bool m_descending = false;
    QList<QueueEntry> m_rows;
    int m_total = 0;
    bool m_capped = false;
    bool m_announcing = false;
    int m_businessDayMinutes = 7 * 60;
    bool m_flagText = true;
    QString m_lastError;
};

} // namespace Madoguchi
