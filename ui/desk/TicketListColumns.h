#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTableView;

namespace Madoguchi {

// Fits the ticket list's columns to the width there is (issue 13): the flag, number,
// customer, deadline and time-left columns come first and are as wide as their texts (bold
// included: urgent and overdue rows are bold), the subject takes whatever width is left,
// and status, assignee and received are shown after them only while the subject keeps a
// readable width. On a list too narrow for that (English at 1024 pixels) the flag column
// shows its icon alone before the subject drops below about 30 characters. A column the
// person widened or narrowed by dragging its edge keeps that width (remembered across
// sessions), within the same rules: the deadline texts stay whole and the subject keeps its
// 30 characters. Refits when the list is resized or its rows change.
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

    // About 30 characters of the list's font: below this a subject no longer says what the
    // ticket is about.
    int subjectUsableWidth() const;
    // The flag column with its words ("Urgent, due soon" in bold) and with its icon alone.
    int flagFullWidth() const;
    int flagIconWidth() const;

    // Widths the person chose by dragging (logical column → pixels), as remembered.
    QHash<int, int> chosenWidths() const { return m_chosen; }
    static constexpr const char *chosenWidthsKey = "TicketList/chosenColumnWidths";

    static constexpr int customerMinimum = 120;
    static constexpr int subjectMinimum = 120;  // below this the subject is a few characters
    static constexpr int subjectComfort = 260;  // optional columns give way below this

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int sampleWidth(int column) const;
    int itemMargin() const;
    void remember(int column, int width);

    QTableView *m_view;
    QObject *m_viewport; // compared only: events reach the filter while the view is destroyed
    bool m_fitting = false;
    bool m_resetting = false; // the header lays its sections out anew: not the person's doing
    QHash<int, int> m_chosen;
};

} // namespace Madoguchi
