#pragma once

#include "reports/KeyFigures.h"
#include "reports/ReportPeriod.h"

#include <QWidget>

class QLabel;

namespace Madoguchi {

// The figures a manager looks at first (received, on-time %, median, 90th percentile,
// answered late, open overdue) in a row above the table, each with its change from the
// previous period of the same length: 「前期間比 +3」, 「−2.5 ポイント」, 「+1時間5分」.
class KeyFigureStrip : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFigureStrip(QWidget *parent = nullptr);

    void setFigures(const QList<KeyFigureChange> &changes, const ReportPeriod &previous);

    static QString title(KeyFigure figure);
    // The figure as the table shows it ("70.6%", 「1時間30分」, "19"); "—" for nothing.
    static QString valueText(KeyFigure figure, const std::optional<double> &value);
    // "+3", "−40.0 pt", "+1 h 5 min", "±0"; "—" when either period has nothing to measure.
    static QString changeText(const KeyFigureChange &change);

    QString valueShown(KeyFigure figure) const;
    static constexpr double valueScale = 1.4; // the figures' size against the text around them
    QString changeShown(KeyFigure figure) const;

protected:
    // The figures stay 1.4 times the text size setting's size (Settings → Appearance).
    void changeEvent(QEvent *event) override;

private:
    QList<QLabel *> m_values;
    QList<QLabel *> m_changes;
};

} // namespace Madoguchi
