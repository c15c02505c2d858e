#include "desk/TicketListModel.h"

#include "FlagIcons.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "core/RemainingTimeText.h"

#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

TicketListModel::TicketListModel(TicketListQuery &query, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_query(query), m_clock(clock)
{
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString jstText(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return QLocale().toString(Jst::toJst(moment), u"MM/dd (ddd) HH:mm"_s);
}

QString TicketListModel::customerText(const Ticket &ticket)
{
    // 「氏名 (会社名)」 as staff think of their customers; the address when the mail gave no
    // name, and no organisation beside it while it is only named after that address's domain.
    const QString name = ticket.customerName.trimmed();
    const QString person = name.isEmpty() ? ticket.customerAddress : name;
    const QString domain = ticket.customerAddress.section(u'@', 1);
    if (ticket.organisationName.isEmpty() || (name.isEmpty() && ticket.organisationName == domain))
        return person;
    return tr("%1 (%2)").arg(person, ticket.organisationName);
}

QVariant TicketListModel::displayText(const QueueEntry &entry, int column) const
{
    const Ticket &t = entry.ticket;
    switch (column) {
    case FlagColumn:
        if (!t.due.isValid() || !m_flagText)
            return QString();
        return FlagIcons::label(entry.flag, t.isUrgent());
    case NumberColumn:
        return u"#%1"_s.arg(t.id);
    case SubjectColumn:
        return t.isUrgent() ? tr("[Urgent] %1").arg(t.subject) : t.subject;
    case CustomerColumn:
        return customerText(t);
    case StatusColumn:
        return t.replyUndelivered ? tr("%1 (reply undelivered)").arg(statusLabel(t.status)) : statusLabel(t.status);
    case AssigneeColumn:
        return t.assigneeName;
    case ReceivedColumn:
        return jstText(entry.received);
    case DueColumn:
        return jstText(t.due);
    case RemainingColumn:
        if (!t.due.isValid())
            return QString();
        return RemainingTimeText::format(entry.remainingMinutes, m_businessDayMinutes, t.isUrgent());
    default:
        return {};
    }
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry &entry = m_rows.at(index.row());
    // Urgent tickets are coloured in every state; ordinary ones only when due soon or late.
    const bool flagged =
        entry.ticket.due.isValid() && (entry.flag != DeadlineFlag::OnTime || entry.ticket.isUrgent());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DueColumn || index.column() == ReceivedColumn)
            return tr("Times are Japan Standard Time (JST)");
        if (index.column() == CustomerColumn)
            return entry.ticket.customerAddress;
        if (index.column() == FlagColumn && entry.ticket.due.isValid())
            return FlagIcons::label(entry.flag, entry.ticket.isUrgent()); // also when only the icon shows
        return displayText(entry, index.column());
    case Qt::DecorationRole:
        if (index.column() == FlagColumn && entry.ticket.due.isValid())
            return FlagIcons::icon(entry.flag, entry.ticket.isUrgent());
        return {};
    case Qt::ForegroundRole:
        if (flagged && (index.column() == FlagColumn || index.column() == RemainingColumn || index.column() == DueColumn))
            return FlagIcons::colour(entry.flag, entry.ticket.isUrgent());
        return {};
    case Qt::BackgroundRole:
        if (entry.ticket.isUrgent() && entry.ticket.due.isValid())
            return FlagIcons::urgentBackground();
        return {};
    case Qt::FontRole:
        if (entry.ticket.isUrgent() || (flagged && entry.flag == DeadlineFlag::Overdue)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TicketIdRole:
        return entry.ticket.id;
    case FlagRole:
        return entry.ticket.due.isValid() ? int(entry.flag) : -1;
    case UrgentRole:
        return entry.ticket.isUrgent();
    default:
        return {};
    }
}

void TicketListModel::setFlagTextShown(bool shown)
{
    if (m_flagText == shown)
        return;
    m_flagText = shown;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FlagColumn), index(int(m_rows.size()) - 1, FlagColumn), {Qt::DisplayRole});
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == CustomerColumn)
        return tr("The sender's name and organisation; the address when you point at a row");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FlagColumn:
        return tr("Flag");
    case NumberColumn:
        return tr("No.");
    case SubjectColumn:
        return tr("Subject");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
    case ReceivedColumn:
        return tr("Received (JST)");
    case DueColumn:
        return tr("Due (JST)");
    case RemainingColumn:
        return tr("Time left");
    default:
        return {};
    }
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    // Views (and QAbstractItemModelTester) ask again while a reset or an insertion is being
    // announced; fetching then would nest one change inside another.
    return !parent.isValid() && !m_announcing && m_rows.size() < m_total;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback announcing(m_announcing, true);
    auto more = m_query.page(m_filter, m_sort, m_descending, m_clock.now(), int(m_rows.size()), pageSize);
    if (!more) {
        fail(more.error());
        m_total = int(m_rows.size()); // stop asking until the next refresh
        return;
    }
    if (more->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size()) - 1);
    m_rows.append(more.value());
    endInsertRows();
}

void TicketListModel::sort(int column, Qt::SortOrder order)
{
    static const TicketListSort byColumn[ColumnCount] = {
        TicketListSort::Deadline, TicketListSort::Number,   TicketListSort::Subject,
        TicketListSort::Customer, TicketListSort::Status,   TicketListSort::Assignee,
        TicketListSort::Received, TicketListSort::Deadline, TicketListSort::Deadline,
    };
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void TicketListModel::setFilter(const TicketListFilter &filter)
{
    m_filter = filter;
    reload();
}

bool TicketListModel::fail(const Error &error)
{
    m_lastError = error.message;
    Q_EMIT loadFailed(error.message);
    return false;
}

void TicketListModel::reload()
{
    const QScopedValueRollback announcing(m_announcing, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_capped = false;
    const QDateTime now = m_clock.now();
    auto first = m_query.window(m_filter, m_sort, m_descending, now, 0, pageSize);
    if (first) {
        m_total = first->total;
        m_capped = first->capped;
        m_rows = first->entries;
    } else {
        fail(first.error());
    }
    endResetModel();
}

void TicketListModel::refresh()
{
    const QScopedValueRollback announcing(m_announcing, true);
    const QDateTime now = m_clock.now();
    const int loaded = int(std::max<qsizetype>(m_rows.size(), pageSize));
    auto window = m_query.window(m_filter, m_sort, m_descending, now, 0, loaded);
    if (!window) {
        fail(window.error());
        return;
    }
    const QList<QueueEntry> &rows = window->entries;
    bool sameTickets = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameTickets && i < m_rows.size(); ++i)
        sameTickets = rows.at(i).ticket.id == m_rows.at(i).ticket.id;
    m_lastError.clear();
    m_capped = window->capped;
    if (sameTickets) {
        m_rows = rows;
        m_total = window->total;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_total = window->total;
    endResetModel();
}

qint64 TicketListModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).ticket.id : 0;
}

int TicketListModel::rowOfTicket(qint64 ticketId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ticket.id == ticketId)
            return int(i);
    }
    return -1;
}

const QueueEntry *TicketListModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace Madoguchi
