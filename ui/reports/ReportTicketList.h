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

Q_SIGNALS:
    // Double-click: the main window may open the ticket.
    void ticketActivated(qint64 ticketId);

private:
    QString m_title;
};

} // namespace Madoguchi
