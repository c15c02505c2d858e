#pragma once

#include "reports/ReportedMessage.h"

#include <QCoreApplication>

#include <QList>
#include <QString>

namespace Madoguchi {

// The distribution of response times (business minutes) in bins a manager reads at a
// glance; a business day is 420 minutes (10–12, 13–18), so the bins end at whole days.
class ResponseTimeHistogram
{
    // The context lupdate extracts the labels with, so the Japanese is found at run time.
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::ResponseTimeHistogram)

public:
    struct Bin
    {
        qint64 fromMinutes; // included
        qint64 toMinutes;   // excluded; -1: no upper end
        QString label;      // translated: "Under 30 min", "1–2 h", … whole, never abbreviated
    };

    static QList<Bin> bins();
    static int binOf(qint64 minutes);
    // Answered messages on the business-hours clock per bin.
    static QList<int> counts(const QList<ReportedMessage> &messages);
    static QList<ReportedMessage> messagesIn(const QList<ReportedMessage> &messages, int bin);
};

} // namespace Madoguchi
