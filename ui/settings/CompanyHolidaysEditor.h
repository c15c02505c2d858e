#pragma once

#include "calendar/CalendarSettings.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Madoguchi {

class ModalPrompts;

// The company's own days off (弊社所定の休日: 創立記念日, 夏季休業, …): add one, remove the
// selected ones, or import a CSV (syukujitsu format) or iCalendar file. Nothing is stored
// until the Settings dialog applies the page.
class CompanyHolidaysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyHolidaysEditor(ModalPrompts &prompts, QWidget *parent = nullptr);

    void setHolidays(const QList<CompanyHoliday> &holidays);
    QList<CompanyHoliday> holidays() const;
    // Adds (or renames) the day; keeps the list sorted by date.
    void addHoliday(const CompanyHoliday &holiday);
    void importFile(const QString &path);

Q_SIGNALS:
    void changed();

private:
    void addFromFields();
    void removeSelected();
    void chooseFileToImport();

    ModalPrompts &m_prompts;
    QList<CompanyHoliday> m_holidays;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Madoguchi
