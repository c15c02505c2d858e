#include "availability/AvailabilityPrinter.h"

#include "core/Jst.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString cell(const QString &text, bool right = false)
{
    return (right ? u"<td align=\"right\">%1</td>"_s : u"<td>%1</td>"_s).arg(text.toHtmlEscaped());
}

QString headerRow(const QStringList &titles)
{
    QString row = u"<tr>"_s;
    for (const QString &title : titles)
        row += u"<th>%1</th>"_s.arg(title.toHtmlEscaped());
    return row + u"</tr>"_s;
}

} // namespace

QString AvailabilityPrinter::verdict(const AvailabilityFigures &figures)
{
    return figures.meetsTarget() ? tr("Met") : tr("Missed");
}

std::unique_ptr<QTextDocument> AvailabilityPrinter::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    QString html = u"<h2>%1</h2><p>%2</p>"_s.arg(
        tr("Availability %1").arg(m_month.month.toString(u"yyyy-MM"_s)).toHtmlEscaped(),
        tr("The agreement's formula (chapter 4): service minutes = days × 24 × 60 − excluded minutes; "
           "availability = (service minutes − downtime) ÷ service minutes × 100. As of %1 (JST).")
            .arg(Jst::toJst(m_now).toString(u"yyyy-MM-dd HH:mm"_s))
            .toHtmlEscaped());
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    html += headerRow({tr("Function"), tr("Service minutes"), tr("Excluded minutes"), tr("Downtime minutes"),
                       tr("Availability %"), tr("Target %"), tr("Result")});
    for (const AvailabilityFigures &f : m_month.figures) {
        html += u"<tr>"_s + cell(scopeLabel(f.scope)) + cell(QString::number(f.serviceMinutes), true)
                + cell(QString::number(f.excludedMinutes), true) + cell(QString::number(f.downtimeMinutes), true)
                + cell(AvailabilityTable::percentText(f.percent), true)
                + cell(AvailabilityTable::percentText(f.targetPercent), true) + cell(verdict(f)) + u"</tr>"_s;
    }
    html += u"</table><h3>%1</h3>"_s.arg(tr("Incidents and maintenance this month").toHtmlEscaped());
    bool any = false;
    QString rows;
    for (const AvailabilityFigures &f : m_month.figures) {
        for (const AvailabilityContribution &c : f.contributions) {
            any = true;
            rows += u"<tr>"_s + cell(AvailabilityTable::sourceLabel(c)) + cell(functionLabel(c.function))
                    + cell(AvailabilityTable::spanText(c, m_month)) + cell(AvailabilityTable::causeText(c, m_month))
                    + cell(QString::number(c.downtimeMinutes), true) + cell(QString::number(c.excludedMinutes), true)
                    + cell(ruleLabel(c.why)) + u"</tr>"_s;
        }
    }
    if (any) {
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s
                + headerRow({tr("Incident or maintenance"), tr("Function"), tr("When (JST)"), tr("Cause"), tr("Downtime minutes"),
                             tr("Excluded minutes"), tr("Rule")})
                + rows + u"</table>"_s;
    } else {
        html += u"<p>%1</p>"_s.arg(tr("No incident or maintenance touched this month.").toHtmlEscaped());
    }
    if (!m_chart.isNull()) {
        const QUrl name(u"availability-chart.png"_s);
        doc->addResource(QTextDocument::ImageResource, name, m_chart);
        html += u"<p><img src=\"%1\" width=\"640\"/></p>"_s.arg(name.toString());
    }
    doc->setHtml(html);
    return doc;
}

bool AvailabilityPrinter::writePdf(const QString &path) const
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(300);
        writer.setTitle(tr("Availability %1").arg(m_month.month.toString(u"yyyy-MM"_s)));
        writer.setCreator(u"Madoguchi"_s);
        std::unique_ptr<QTextDocument> doc = document();
        doc->print(&writer);
    }
    return QFileInfo(path).size() > 0;
}

} // namespace Madoguchi
