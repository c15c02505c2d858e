#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace Madoguchi {

// Fits the ticket list's columns to the width there is (issue 13): the flag, number,
// customer, deadline and time-left columns come first and are as wide as their texts (bold
// included: urgent and overdue rows are bold), the subject takes whatever width is left,
// and status, assignee and received are shown after them only while the subject keeps a
// readable width. Refits when the list is resized or its rows change.
class TicketListColumns : public QObject
{
    Q_OBJECT

public:
    explicit TicketListColumns(QTableView *view);

    // The columns that must always be visible without scrolling, in their visual order.
    static QList<int> requiredColumns();
    // Width a column needs for its header, the loaded rows and a typical long value.
    int neededWidth(int column) const;
    void fit();
    // The narrowest list that shows every required column whole (subject and customer at
    // their minimum), for the window to decide where the ticket panel goes.
    int requiredWidth() const;

    static constexpr int customerMinimum = 120;
    static constexpr int subjectMinimum = 120;  // below this the subject is a few characters
    static constexpr int subjectComfort = 260;  // optional columns give way below this

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int sampleWidth(int column) const;

    QTableView *m_view;
    bool m_fitting = false;
};

} // namespace Madoguchi
