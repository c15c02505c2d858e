#pragma once

#include "reports/ResponseReport.h"

#include <QImage>
#include <QList>

#include <memory>

class QPrinter;
class QTextDocument;

namespace Madoguchi {

// The report as a printable document: title and period, the summary, the table and the
// charts as pictures. The same document goes to a printer and to a PDF file.
class ReportPrinter
{
public:
    ReportPrinter(const ResponseReport &report, QList<QImage> charts) : m_report(report), m_charts(std::move(charts)) {}

    void print(QPrinter &printer) const;
    // Writes a PDF (QPrinter's PDF output); false when the file cannot be written.
    bool writePdf(const QString &path) const;
    std::unique_ptr<QTextDocument> document() const;

private:
    const ResponseReport &m_report;
    QList<QImage> m_charts;
};

} // namespace Madoguchi
