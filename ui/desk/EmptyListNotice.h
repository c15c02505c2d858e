#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Madoguchi {

// What the ticket list says when it has nothing to show (issue 13): on an empty desk, the
// three ways to get tickets (connect the mailbox, import mail files, look at a sample desk);
// when filters or a search leave nothing, 「該当するチケットはありません」 with the filters in
// force and a button that clears them.
class EmptyListNotice : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyListNotice(QWidget *parent = nullptr);

    void showEmptyDesk();
    void showNoMatch(const QStringList &filters);
    QString text() const;

    static constexpr double titleScale = 1.5; // the title's size against the text size setting's

Q_SIGNALS:
    void connectMailboxRequested();
    void importMailRequested();
    void sampleDeskRequested();
    void clearFiltersRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QList<QPushButton *> m_emptyDeskButtons;
    QPushButton *m_clear = nullptr;
};

} // namespace Madoguchi
