#pragma once

#include "tickets/TicketListQuery.h"

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace Madoguchi {

class TicketDesk;

// Search and filters above the list: text (subjects, bodies, addresses — Japanese
// substrings), status, assignee, organisation, tag and a received date range. Typing
// waits a moment before searching so each keystroke does not query the database.
// One row while the search box keeps its room beside the filters; on a narrower list the
// filters go to a second row, so the search box never collapses to "…" (issue 13).
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

    // The search box is never narrower than this (about 24 characters).
    int searchLeastWidth() const;
    bool isOneRow() const { return m_oneRow; }
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<QWidget *> filterWidgets() const;
    int oneRowWidth() const;
    void arrange(bool oneRow);

    TicketDesk &m_desk;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_tag = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTimer *m_typing = nullptr;
    QBoxLayout *m_top = nullptr;
    QBoxLayout *m_bottom = nullptr;
    bool m_oneRow = false;
};

} // namespace Madoguchi
