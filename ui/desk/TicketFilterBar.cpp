#include "desk/TicketFilterBar.h"

#include "store/Database.h"
#include "tickets/TicketDesk.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QResizeEvent>
#include <QSqlQuery>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

TicketFilterBar::TicketFilterBar(TicketDesk &desk, QWidget *parent) : QWidget(parent), m_desk(desk)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    // The bar's least width is its two-row width (minimumSizeHint), not the one-row layout's.
    rows->setSizeConstraint(QLayout::SetNoConstraint);
    m_top = new QHBoxLayout;
    m_bottom = new QHBoxLayout;
    rows->addLayout(m_top);
    rows->addLayout(m_bottom);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search subjects, mail text and addresses (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilterComboBox"_s);
    m_status->addItem(tr("Any status"), QString());
    for (TicketStatus s : {TicketStatus::New, TicketStatus::Open, TicketStatus::Waiting, TicketStatus::Resolved,
                           TicketStatus::Closed})
        m_status->addItem(statusLabel(s), statusKey(s));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"assigneeFilterComboBox"_s);
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(u"organisationFilterComboBox"_s);
    m_organisation->setMaximumWidth(160);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(u"tagFilterLineEdit"_s);
    m_tag->setPlaceholderText(tr("Tag"));
    m_tag->setMaximumWidth(90);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy/MM/dd"_s);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(edit == m_from ? tr("From") : tr("To"));
        edit->setDate(edit->minimumDate());
        connect(edit, &QDateEdit::dateChanged, this, &TicketFilterBar::changed);
    }
    m_search->setMinimumWidth(searchLeastWidth());
    arrange(true);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &TicketFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        Q_EMIT changed();
    });
    connect(m_tag, &QLineEdit::editingFinished, this, &TicketFilterBar::changed);
    for (QComboBox *combo : {m_status, m_assignee, m_organisation})
        connect(combo, &QComboBox::activated, this, [this](int) { Q_EMIT changed(); });
    refreshChoices();
}

QList<QWidget *> TicketFilterBar::filterWidgets() const
{
    return {m_status, m_assignee, m_organisation, m_tag, m_from, m_to};
}

int TicketFilterBar::searchLeastWidth() const
{
    // The clear button and the frame come on top of the characters.
    return 24 * m_search->fontMetrics().averageCharWidth() + 2 * m_search->sizeHint().height();
}

int TicketFilterBar::oneRowWidth() const
{
    int width = searchLeastWidth();
    for (const QWidget *filter : filterWidgets())
        width += filter->sizeHint().width() + m_top->spacing();
    return width;
}

QSize TicketFilterBar::minimumSizeHint() const
{
    // Two rows: the wider of the search box and the filters side by side.
    int filters = 0;
    for (const QWidget *filter : filterWidgets())
        filters += filter->minimumSizeHint().width() + m_bottom->spacing();
    return {std::max(searchLeastWidth(), filters), QWidget::minimumSizeHint().height()};
}

void TicketFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool oneRow = event->size().width() >= oneRowWidth();
    if (oneRow != m_oneRow)
        arrange(oneRow);
}

void TicketFilterBar::arrange(bool oneRow)
{
    m_oneRow = oneRow;
    for (QBoxLayout *row : {m_top, m_bottom}) {
        while (QLayoutItem *item = row->takeAt(0))
            delete item; // a stretch, or a widget's place in the row (the widget stays)
    }
    m_top->addWidget(m_search, 3);
    QBoxLayout *filters = oneRow ? m_top : m_bottom;
    for (QWidget *filter : filterWidgets())
        filters->addWidget(filter);
    if (!oneRow)
        m_bottom->addStretch(1);
    updateGeometry();
}

void TicketFilterBar::refreshChoices()
{
    const QVariant assignee = m_assignee->currentData();
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), qint64(-1));
    m_assignee->addItem(tr("Nobody"), qint64(0));
    if (auto users = m_desk.team().users()) {
        for (const StaffUser &u : std::as_const(users.value()))
            m_assignee->addItem(u.displayName, u.id);
    }
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(assignee)));

    const QVariant organisation = m_organisation->currentData();
    m_organisation->clear();
    m_organisation->addItem(tr("Any organisation"), qint64(0));
    auto rows = m_desk.database().exec(u"Listing organisations"_s,
                                       u"SELECT id, CASE WHEN name = '' THEN domain ELSE name END AS label "
                                       "FROM organisations ORDER BY label LIMIT 500"_s);
    if (rows) {
        while (rows.value().next())
            m_organisation->addItem(rows.value().value(1).toString(), rows.value().value(0).toLongLong());
    }
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(organisation)));
}

QStringList TicketFilterBar::describe() const
{
    QStringList words;
    if (!m_search->text().trimmed().isEmpty())
        words.append(tr("Search: %1").arg(m_search->text().trimmed()));
    for (QComboBox *combo : {m_status, m_assignee, m_organisation}) {
        if (combo->currentIndex() > 0)
            words.append(combo->currentText());
    }
    if (!m_tag->text().trimmed().isEmpty())
        words.append(tr("Tag: %1").arg(m_tag->text().trimmed()));
    if (m_from->date() != m_from->minimumDate())
        words.append(tr("From %1").arg(m_from->date().toString(u"yyyy/MM/dd"_s)));
    if (m_to->date() != m_to->minimumDate())
        words.append(tr("To %1").arg(m_to->date().toString(u"yyyy/MM/dd"_s)));
    return words;
}

void TicketFilterBar::clear()
{
    {
        const QSignalBlocker quietFrom(m_from), quietTo(m_to), quietSearch(m_search);
        m_search->clear();
        m_tag->clear();
        for (QComboBox *combo : {m_status, m_assignee, m_organisation})
            combo->setCurrentIndex(0);
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
    }
    m_typing->stop();
    Q_EMIT changed();
}

void TicketFilterBar::setFilter(const TicketListFilter &filter)
{
    const QSignalBlocker quietFrom(m_from), quietTo(m_to), quietSearch(m_search);
    m_typing->stop();
    m_search->setText(filter.text);
    m_tag->setText(filter.tag);
    const auto choose = [](QComboBox *combo, const QVariant &value) {
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(u"#%1"_s.arg(value.toString()), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    choose(m_status, filter.status);
    choose(m_assignee, filter.assigneeId);
    choose(m_organisation, filter.organisationId);
    m_from->setDate(filter.receivedFrom.isValid() ? filter.receivedFrom : m_from->minimumDate());
    m_to->setDate(filter.receivedTo.isValid() ? filter.receivedTo : m_to->minimumDate());
}

TicketListFilter TicketFilterBar::apply(TicketListFilter filter) const
{
    filter.text = m_search->text();
    filter.status = m_status->currentData().toString();
    filter.assigneeId = m_assignee->currentData().toLongLong();
    filter.organisationId = m_organisation->currentData().toLongLong();
    filter.tag = m_tag->text().trimmed();
    filter.receivedFrom = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
    filter.receivedTo = m_to->date() == m_to->minimumDate() ? QDate() : m_to->date();
    return filter;
}

} // namespace Madoguchi
