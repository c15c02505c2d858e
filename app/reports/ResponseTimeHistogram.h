#pragma once

#include "reports/ReportedMessage.h"

#include <QList>
#include <QString>

namespace Madoguchi {

// The distribution of response times (business minutes) in bins a manager reads at a
// glance; a business day is 420 minutes (10–12, 13–18), so the bins end at whole days.
class ResponseTimeHistogram
{
public:
    struct Bin
    {
        qint64 fromMinutes; // included
        qint64 toMinutes;   // excluded; -1: no upper end
        QString label;      // translated: "< 30 min", "1–2 h", …
    };

    static QList<Bin> bins();
    static int binOf(qint64 minutes);
    // Answered messages on the business-hours clock per bin.
    static QList<int> counts(const QList<ReportedMessage> &messages);
    static QList<ReportedMessage> messagesIn(const QList<ReportedMessage> &messages, int bin);
};

} // namespace Madoguchi
