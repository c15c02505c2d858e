#include "reports/KeyFigureStrip.h"

#include "Appearance.h"
#include "core/RemainingTimeText.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const char *figureName(KeyFigure figure)
{
    switch (figure) {
    case KeyFigure::Received: return "received";
    case KeyFigure::OnTimePercent: return "onTime";
    case KeyFigure::MedianMinutes: return "median";
    case KeyFigure::P90Minutes: return "p90";
    case KeyFigure::AnsweredLate: return "late";
    case KeyFigure::OpenOverdue: return "overdue";
    }
    return "";
}

bool isDuration(KeyFigure figure)
{
    return figure == KeyFigure::MedianMinutes || figure == KeyFigure::P90Minutes;
}

} // namespace

KeyFigureStrip::KeyFigureStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"keyFigureStrip"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (KeyFigure figure : KeyFigures::all()) {
        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QVBoxLayout(tile);
        grid->setContentsMargins(8, 4, 8, 4);
        grid->setSpacing(0);
        auto *name = new QLabel(title(figure), tile);
        auto *value = new QLabel(tile);
        value->setObjectName(QString::fromLatin1(figureName(figure)) + u"ValueLabel"_s);
        value->setFont(Appearance::scaledFont(font(), valueScale));
        auto *change = new QLabel(tile);
        change->setObjectName(QString::fromLatin1(figureName(figure)) + u"ChangeLabel"_s);
        for (QLabel *label : {name, value, change})
            label->setTextFormat(Qt::PlainText);
        grid->addWidget(name);
        grid->addWidget(value);
        grid->addWidget(change);
        layout->addWidget(tile, 1);
        m_values.append(value);
        m_changes.append(change);
    }
}

void KeyFigureStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        for (QLabel *value : std::as_const(m_values))
            value->setFont(Appearance::scaledFont(font(), valueScale));
    }
}

QString KeyFigureStrip::title(KeyFigure figure)
{
    switch (figure) {
    case KeyFigure::Received: return tr("Received");
    case KeyFigure::OnTimePercent: return tr("On time");
    case KeyFigure::MedianMinutes: return tr("Median response");
    case KeyFigure::P90Minutes: return tr("90th percentile");
    case KeyFigure::AnsweredLate: return tr("Answered late");
    case KeyFigure::OpenOverdue: return tr("Open, overdue");
    }
    return {};
}

QString KeyFigureStrip::valueText(KeyFigure figure, const std::optional<double> &value)
{
    if (!value)
        return u"—"_s;
    if (figure == KeyFigure::OnTimePercent)
        return QString::number(*value, 'f', 1) + u'%';
    if (isDuration(figure))
        return RemainingTimeText::hoursAndMinutes(std::llround(*value));
    return QString::number(std::llround(*value));
}

QString KeyFigureStrip::changeText(const KeyFigureChange &change)
{
    const auto delta = change.change();
    if (!delta)
        return u"—"_s;
    const bool zero = change.figure == KeyFigure::OnTimePercent ? std::abs(*delta) < 0.05 : std::llround(*delta) == 0;
    if (zero)
        return u"±0"_s;
    const QString sign = *delta > 0 ? u"+"_s : u"−"_s;
    const double size = std::abs(*delta);
    if (change.figure == KeyFigure::OnTimePercent)
        //: Change of the on-time rate in percentage points (Japanese: %1 ポイント)
        return sign + tr("%1 pt").arg(QString::number(size, 'f', 1));
    if (isDuration(change.figure))
        return sign + RemainingTimeText::hoursAndMinutes(std::llround(size));
    return sign + QString::number(std::llround(size));
}

void KeyFigureStrip::setFigures(const QList<KeyFigureChange> &changes, const ReportPeriod &previous)
{
    const QString since = tr("Previous period %1 – %2").arg(previous.from.toString(Qt::ISODate),
                                                           previous.to.toString(Qt::ISODate));
    for (const KeyFigureChange &c : changes) {
        const int i = int(KeyFigures::all().indexOf(c.figure));
        m_values.at(i)->setText(valueText(c.figure, c.current));
        QLabel *label = m_changes.at(i);
        //: Under a key figure: its change from the previous period of the same length
        label->setText(tr("vs. previous: %1").arg(changeText(c)));
        label->setToolTip(since + u": "_s + valueText(c.figure, c.previous));
        // Good news green, bad news red, from the palette's own text colours where they
        // read on both light and dark backgrounds.
        const auto better = KeyFigureChange::higherIsBetter(c.figure);
        const auto delta = c.change();
        QString style;
        if (better && delta && changeText(c) != u"±0"_s) {
            const bool good = (*delta > 0) == *better;
            const bool dark = Appearance::isDark(palette());
            const QColor colour = good ? (dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20))
                                       : (dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
            style = u"color: %1;"_s.arg(colour.name());
        }
        label->setStyleSheet(style);
    }
}

QString KeyFigureStrip::valueShown(KeyFigure figure) const
{
    return m_values.at(int(KeyFigures::all().indexOf(figure)))->text();
}

QString KeyFigureStrip::changeShown(KeyFigure figure) const
{
    return m_changes.at(int(KeyFigures::all().indexOf(figure)))->text();
}

} // namespace Madoguchi
