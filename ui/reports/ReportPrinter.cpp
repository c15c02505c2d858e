#include "reports/ReportPrinter.h"

#include "core/Jst.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

std::unique_ptr<QTextDocument> ReportPrinter::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    QString html = u"<h2>%1</h2><p>%2</p>"_s.arg(
        QCoreApplication::translate("ReportPrinter", "Response report").toHtmlEscaped(),
        QCoreApplication::translate("ReportPrinter", "%1 to %2 (JST), %3, as of %4")
            .arg(m_report.period.from.toString(Qt::ISODate), m_report.period.to.toString(Qt::ISODate),
                 groupingLabel(m_report.grouping),
                 Jst::toJst(m_report.now).toString(u"yyyy-MM-dd HH:mm"_s))
            .toHtmlEscaped());
    // The table is split in two (standard figures, then response times and urgent) so it
    // fits an A4 page.
    const QStringList headers = ReportTable::headers();
    const QList<const ResponseReportRow *> rows = ReportTable::rowsWithTotal(m_report);
    const QList<QPair<int, int>> parts{{0, 8}, {8, int(headers.size())}};
    for (const auto &[first, last] : parts) {
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>"_s;
        html += u"<th>%1</th>"_s.arg(headers.at(0).toHtmlEscaped());
        for (int c = std::max(first, 1); c < last; ++c)
            html += u"<th>%1</th>"_s.arg(headers.at(c).toHtmlEscaped());
        html += u"</tr>"_s;
        for (const ResponseReportRow *row : rows) {
            const QStringList cells = ReportTable::cells(*row);
            html += u"<tr><td>%1</td>"_s.arg(cells.at(0).toHtmlEscaped());
            for (int c = std::max(first, 1); c < last; ++c)
                html += u"<td align=\"right\">%1</td>"_s.arg(cells.at(c).toHtmlEscaped());
            html += u"</tr>"_s;
        }
        html += u"</table><br/>"_s;
    }
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        const QUrl name(u"chart%1.png"_s.arg(i));
        doc->addResource(QTextDocument::ImageResource, name, m_charts.at(i));
        html += u"<p><img src=\"%1\" width=\"640\"/></p>"_s.arg(name.toString());
    }
    doc->setHtml(html);
    return doc;
}

void ReportPrinter::print(QPrinter &printer) const
{
    document()->print(&printer);
}

bool ReportPrinter::writePdf(const QString &path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    print(printer);
    return QFileInfo(path).size() > 0;
}

} // namespace Madoguchi
