#pragma once

#include "availability/AvailabilityTable.h"

#include <QCoreApplication>
#include <QImage>

#include <memory>

class QTextDocument;

namespace Madoguchi {

// The month's availability as a document: title and month, both functions' figures against the
// target (met or missed in words), every incident's and maintenance's contribution, and the
// 12-month chart as a picture. Written to PDF with QPdfWriter (A4 landscape).
class AvailabilityPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::AvailabilityPrinter)

public:
    AvailabilityPrinter(const AvailabilityMonth &month, QImage chart, QDateTime now)
        : m_month(month), m_chart(std::move(chart)), m_now(std::move(now))
    {
    }

    std::unique_ptr<QTextDocument> document() const;
    // False when the file cannot be written.
    bool writePdf(const QString &path) const;

    static QString verdict(const AvailabilityFigures &figures); // "Met" / "Missed"

private:
    const AvailabilityMonth &m_month;
    QImage m_chart;
    QDateTime m_now;
};

} // namespace Madoguchi
