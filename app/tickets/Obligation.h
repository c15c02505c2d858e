#pragma once

#include <QDateTime>
#include <QString>

namespace Madoguchi {

// One customer message waiting for an answer (DESIGN.md, "The clock" 5–9). Closed when a
// staff reply after it is stored ("reply") or the ticket is set waiting/resolved/closed
// ("status"); a bounce of the answering reply opens it again with its original deadline.
struct Obligation
{
    qint64 id = 0;
    qint64 messageId = 0; // the customer message (row id)
    qint64 ticketId = 0;
    QDateTime received; // UTC
    QDateTime deadline; // UTC
    bool urgent = false;
    qint64 answeredById = 0;
    QDateTime closed; // invalid while open
    QString closedReason; // "reply", "status" or empty

    bool isOpen() const { return !closed.isValid(); }
};

} // namespace Madoguchi
