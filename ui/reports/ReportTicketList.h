#pragma once

#include "reports/ReportedMessage.h"

#include <QTableWidget>

namespace Madoguchi {

// The tickets behind a figure: number, subject, who handled it, received, due and answered
// (JST), one line per customer message.
class ReportTicketList : public QTableWidget
{
    Q_OBJECT

public:
    explicit ReportTicketList(QWidget *parent = nullptr);
    void setMessages(const QString &title, const QList<ReportedMessage> &messages);
    QString title() const { return m_title; }
    // The width below which a column's usual text would be cut.
    int readableWidth(int column) const;

Q_SIGNALS:
    // Double-click: the main window may open the ticket.
    void ticketActivated(qint64 ticketId);

private:
    void keepColumnsReadable();

    QString m_title;
};

} // namespace Madoguchi
