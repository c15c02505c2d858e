#pragma once

#include "tickets/TicketListQuery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace Madoguchi {

class TicketDesk;

// Search and filters above the list: text (subjects, bodies, addresses — Japanese
// substrings), status, assignee, organisation, tag and a received date range. Typing
// waits a moment before searching so each keystroke does not query the database.
class TicketFilterBar : public QWidget
{
    Q_OBJECT

public:
    TicketFilterBar(TicketDesk &desk, QWidget *parent = nullptr);

    // Applies the bar's fields to a filter (queue and "me" stay as given).
    TicketListFilter apply(TicketListFilter filter) const;
    QLineEdit *searchEdit() const { return m_search; }
    void refreshChoices();
    // The filters in force, in words (「検索: 請求」, 「担当者: 佐藤」 …); empty when none.
    QStringList describe() const;
    // Back to no filter at all (emits changed once).
    void clear();
    // Shows a saved view's filters (without emitting changed): an organisation or person no
    // longer listed is added under its number rather than dropped.
    void setFilter(const TicketListFilter &filter);

Q_SIGNALS:
    void changed();

private:
    TicketDesk &m_desk;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_tag = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace Madoguchi
