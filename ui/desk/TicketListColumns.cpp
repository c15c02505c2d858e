#include "desk/TicketListColumns.h"

#include "FlagIcons.h"
#include "core/Jst.h"
#include "core/RemainingTimeText.h"
#include "desk/TicketListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTableView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

TicketListColumns::TicketListColumns(QTableView *view)
    : QObject(view), m_view(view), m_viewport(view->viewport())
{
    QHeaderView *header = m_view->horizontalHeader();
    // Visual order: what staff read first, then the optional columns.
    const QList<int> order = requiredColumns()
                             + QList<int>{TicketListModel::StatusColumn, TicketListModel::AssigneeColumn,
                                          TicketListModel::ReceivedColumn};
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    header->setSectionResizeMode(TicketListModel::SubjectColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(30);
    m_view->viewport()->installEventFilter(this); // the viewport lives as long as the view
    const QVariantMap chosen = QSettings().value(QString::fromLatin1(chosenWidthsKey)).toMap();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (it.key().toInt() != TicketListModel::SubjectColumn && it.value().toInt() > 0)
            m_chosen.insert(it.key().toInt(), it.value().toInt());
    }
    // Only a drag of a column's edge resizes a section outside fit() and a model reset.
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (!m_fitting && !m_resetting && column != TicketListModel::SubjectColumn && width > 0)
            remember(column, width);
    });
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_resetting = false;
            fit();
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, &TicketListColumns::fit);
        connect(model, &QAbstractItemModel::dataChanged, this, &TicketListColumns::fit);
    }
}

QList<int> TicketListColumns::requiredColumns()
{
    return {TicketListModel::FlagColumn,     TicketListModel::NumberColumn, TicketListModel::SubjectColumn,
            TicketListModel::CustomerColumn, TicketListModel::DueColumn,    TicketListModel::RemainingColumn};
}

void TicketListColumns::remember(int column, int width)
{
    m_chosen.insert(column, width);
    QVariantMap stored;
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
        stored.insert(QString::number(it.key()), it.value());
    QSettings().setValue(QString::fromLatin1(chosenWidthsKey), stored);
}

int TicketListColumns::itemMargin() const
{
    // The item's own margins, as QStyledItemDelegate adds them, and a little air.
    return 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
}

int TicketListColumns::subjectUsableWidth() const
{
    return 30 * m_view->fontMetrics().averageCharWidth();
}

int TicketListColumns::flagFullWidth() const
{
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (DeadlineFlag flag : {DeadlineFlag::OnTime, DeadlineFlag::DueSoon, DeadlineFlag::Overdue}) {
        for (bool urgent : {false, true})
            widest = std::max(widest, metrics.horizontalAdvance(FlagIcons::label(flag, urgent)));
    }
    return std::max(widest + m_view->iconSize().width() + 4 + itemMargin(), flagIconWidth());
}

int TicketListColumns::flagIconWidth() const
{
    return std::max(m_view->iconSize().width() + itemMargin(),
                    m_view->horizontalHeader()->sectionSizeHint(TicketListModel::FlagColumn));
}

int TicketListColumns::sampleWidth(int column) const
{
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int margin = itemMargin();
    const QDateTime friday1800 = Jst::at(QDate(2026, 11, 27), QTime(18, 0));
    switch (column) {
    case TicketListModel::FlagColumn:
        return flagFullWidth();
    case TicketListModel::DueColumn:
    case TicketListModel::ReceivedColumn:
        return metrics.horizontalAdvance(QLocale().toString(Jst::toJst(friday1800), u"MM/dd (ddd) HH:mm"_s)) + margin;
    case TicketListModel::RemainingColumn:
        return metrics.horizontalAdvance(RemainingTimeText::format(-(7 * 60 + 5 * 60), 7 * 60)) + margin;
    case TicketListModel::NumberColumn:
        return metrics.horizontalAdvance(u"#00000"_s) + margin;
    default: // at least the header's words and the sort arrow (a hidden section has no hint)
        return metrics.horizontalAdvance(m_view->model()->headerData(column, Qt::Horizontal).toString()) + margin + 16;
    }
}

int TicketListColumns::neededWidth(int column) const
{
    const int header = m_view->horizontalHeader()->sectionSizeHint(column);
    // QTableView hides sizeHintForColumn; the item view's public one measures the loaded rows.
    const int rows = static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column);
    return std::max({header, rows, sampleWidth(column)});
}

int TicketListColumns::requiredWidth() const
{
    int width = std::max<int>(customerMinimum, sampleWidth(TicketListModel::CustomerColumn)) + subjectMinimum
                + m_view->verticalScrollBar()->sizeHint().width();
    for (int column : requiredColumns()) {
        if (column != TicketListModel::SubjectColumn && column != TicketListModel::CustomerColumn)
            width += neededWidth(column);
    }
    return width;
}

void TicketListColumns::fit()
{
    if (m_fitting || !m_view->model())
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    QHeaderView *header = m_view->horizontalHeader();
    // The vertical scroll bar may appear later; keep its room so nothing is pushed off.
    const int available = m_view->viewport()->width()
                          - (m_view->verticalScrollBar()->isVisible() ? 0 : m_view->verticalScrollBar()->sizeHint().width());
    int used = 0;
    for (int column : requiredColumns()) {
        if (column == TicketListModel::SubjectColumn || column == TicketListModel::CustomerColumn
            || column == TicketListModel::FlagColumn)
            continue;
        // Wider if the person made it so; never narrower than its texts.
        const int width = std::max(neededWidth(column), m_chosen.value(column));
        header->setSectionHidden(column, false);
        header->resizeSection(column, width);
        used += width;
    }
    // A long address is cut rather than the subject (the customer is also in the panel).
    // At most a quarter of the list: the subject is what takes the spare width.
    const int customerLeast = std::max<int>(customerMinimum, sampleWidth(TicketListModel::CustomerColumn));
    // The flag's words give way first: its icon, colour and tooltip still say it, and the
    // time-left column says "overdue" or how long is left.
    // (A list not shown yet has no width to judge by: it keeps the words until it is.)
    const bool flagWords = !m_view->isVisible()
                           || available - used - customerLeast - flagFullWidth() >= subjectUsableWidth();
    if (auto *model = qobject_cast<TicketListModel *>(m_view->model()))
        model->setFlagTextShown(flagWords);
    const int flag = flagWords ? flagFullWidth() : flagIconWidth();
    header->setSectionHidden(TicketListModel::FlagColumn, false);
    header->resizeSection(TicketListModel::FlagColumn, flag);
    used += flag;
    int customer = std::min(neededWidth(TicketListModel::CustomerColumn),
                            std::max(customerLeast, std::min(available - used - subjectComfort, available / 4)));
    if (const int chosen = m_chosen.value(TicketListModel::CustomerColumn); chosen > 0)
        customer = std::clamp(chosen, customerMinimum, std::max(customerMinimum, available - used - subjectUsableWidth()));
    header->setSectionHidden(TicketListModel::CustomerColumn, false);
    header->resizeSection(TicketListModel::CustomerColumn, customer);
    used += customer;
    for (int column : {TicketListModel::StatusColumn, TicketListModel::AssigneeColumn, TicketListModel::ReceivedColumn}) {
        header->setSectionHidden(column, false); // measured while shown: a hidden one has no size hint
        const int width = m_chosen.value(column, neededWidth(column));
        const bool fits = available - used - width >= subjectComfort;
        header->setSectionHidden(column, !fits);
        if (fits) {
            header->resizeSection(column, width);
            used += width;
        }
    }
}

bool TicketListColumns::eventFilter(QObject *watched, QEvent *event)
{
    // The view is not touched before the event is known to matter: the viewport's last events
    // arrive while the view is being destroyed, when it is no longer a QTableView (UBSan).
    if (watched != m_viewport)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Resize)
        fit();
    // A new text size (Settings → Appearance): rows as tall as the text, columns refitted.
    if (event->type() == QEvent::FontChange) {
        m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
        fit();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Madoguchi
