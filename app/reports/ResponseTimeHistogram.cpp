#include "reports/ResponseTimeHistogram.h"

namespace Madoguchi {

QList<ResponseTimeHistogram::Bin> ResponseTimeHistogram::bins()
{
    return {
        {0, 30, tr("Under 30 min")},
        {30, 60, tr("30 min–1 h")},
        {60, 120, tr("1–2 h")},
        {120, 240, tr("2–4 h")},
        {240, 420, tr("4–7 h")},
        {420, 840, tr("1–2 business days")},
        {840, -1, tr("2+ business days")},
    };
}

int ResponseTimeHistogram::binOf(qint64 minutes)
{
    const QList<Bin> all = bins();
    for (int i = 0; i < all.size(); ++i) {
        if (minutes >= all.at(i).fromMinutes && (all.at(i).toMinutes < 0 || minutes < all.at(i).toMinutes))
            return i;
    }
    return 0;
}

QList<int> ResponseTimeHistogram::counts(const QList<ReportedMessage> &messages)
{
    QList<int> result(bins().size(), 0);
    for (const ReportedMessage &m : messages) {
        if (!m.urgent && m.isAnswered())
            ++result[binOf(m.responseMinutes)];
    }
    return result;
}

QList<ReportedMessage> ResponseTimeHistogram::messagesIn(const QList<ReportedMessage> &messages, int bin)
{
    QList<ReportedMessage> result;
    for (const ReportedMessage &m : messages) {
        if (!m.urgent && m.isAnswered() && binOf(m.responseMinutes) == bin)
            result.append(m);
    }
    return result;
}

} // namespace Madoguchi
