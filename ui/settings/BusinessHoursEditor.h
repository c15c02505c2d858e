#pragma once

#include "calendar/CalendarSettings.h"
#include "core/Result.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Madoguchi {

// The business-hours intervals of a business day (10:00–12:00, 13:00–18:00 by default),
// each half-open; rows can be added and removed.
class BusinessHoursEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BusinessHoursEditor(QWidget *parent = nullptr);

    void setIntervals(const QList<BusinessHoursInterval> &intervals);
    // An error when an interval ends before it starts or intervals overlap.
    Result<QList<BusinessHoursInterval>> intervals() const;
    void addInterval(QTime start, QTime end);

private:
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Madoguchi
