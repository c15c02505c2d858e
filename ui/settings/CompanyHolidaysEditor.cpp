#include "settings/CompanyHolidaysEditor.h"

#include "ModalPrompts.h"
#include "calendar/CompanyHolidayImport.h"

#include <QDateEdit>
#include <QFile>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

CompanyHolidaysEditor::CompanyHolidaysEditor(ModalPrompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
{
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"holidayDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(QDate(2026, 1, 1));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"holidayNameLineEdit"_s);
    m_name->setPlaceholderText(tr("Name, e.g. Founding day"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(u"addHolidayButton"_s);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"companyHolidaysTable"_s);
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Name") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(180); // leaves the official list in view on the calendar page
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeHolidayButton"_s);
    m_import = new QPushButton(tr("Import CSV or iCalendar…"), this);
    m_import->setObjectName(u"importHolidaysButton"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"holidayImportLabel"_s);
    m_status->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 0, 0);
    layout->addWidget(m_name, 0, 1);
    layout->addWidget(m_add, 0, 2);
    layout->addWidget(m_table, 1, 0, 3, 2);
    layout->addWidget(m_remove, 1, 2);
    layout->addWidget(m_import, 2, 2);
    layout->setRowStretch(3, 1);
    layout->addWidget(m_status, 4, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_add, &QPushButton::clicked, this, &CompanyHolidaysEditor::addFromFields);
    connect(m_name, &QLineEdit::returnPressed, this, &CompanyHolidaysEditor::addFromFields);
    connect(m_remove, &QPushButton::clicked, this, &CompanyHolidaysEditor::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &CompanyHolidaysEditor::chooseFileToImport);
}

void CompanyHolidaysEditor::setHolidays(const QList<CompanyHoliday> &holidays)
{
    m_holidays = holidays;
    std::sort(m_holidays.begin(), m_holidays.end(), [](const auto &a, const auto &b) { return a.date < b.date; });
    m_table->setRowCount(int(m_holidays.size()));
    for (int row = 0; row < m_holidays.size(); ++row) {
        const CompanyHoliday &day = m_holidays.at(row);
        auto *date = new QTableWidgetItem(QLocale().toString(day.date, u"yyyy-MM-dd (ddd)"_s));
        date->setData(Qt::UserRole, day.date);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(day.name));
    }
}

QList<CompanyHoliday> CompanyHolidaysEditor::holidays() const
{
    return m_holidays;
}

void CompanyHolidaysEditor::addHoliday(const CompanyHoliday &holiday)
{
    QList<CompanyHoliday> next = m_holidays;
    next.removeIf([&](const CompanyHoliday &day) { return day.date == holiday.date; });
    next.append(holiday);
    setHolidays(next);
    Q_EMIT changed();
}

void CompanyHolidaysEditor::addFromFields()
{
    const QString name = m_name->text().trimmed();
    addHoliday({ m_date->date(), name.isEmpty() ? tr("Company holiday") : name });
    m_name->clear();
    m_status->clear();
}

void CompanyHolidaysEditor::removeSelected()
{
    QList<QDate> gone;
    const QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        gone.append(m_holidays.value(index.row()).date);
    if (gone.isEmpty())
        return;
    QList<CompanyHoliday> next = m_holidays;
    next.removeIf([&](const CompanyHoliday &day) { return gone.contains(day.date); });
    setHolidays(next);
    Q_EMIT changed();
}

void CompanyHolidaysEditor::chooseFileToImport()
{
    const QString path = m_prompts.openFileName(this, tr("Import company holidays"),
                                                tr("Holiday lists (*.csv *.ics *.ical);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CompanyHolidaysEditor::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto imported = CompanyHolidayImport::fromFile(file.readAll());
    if (!imported) {
        m_status->setText(tr("%1 was not imported: %2").arg(path, imported.error().message));
        return;
    }
    QList<CompanyHoliday> next = m_holidays;
    for (const CompanyHoliday &day : *imported) {
        next.removeIf([&](const CompanyHoliday &existing) { return existing.date == day.date; });
        next.append(day);
    }
    setHolidays(next);
    m_status->setText(
        tr("%n day(s) imported. They take effect when you apply the settings.", nullptr, int(imported->size())));
    Q_EMIT changed();
}

} // namespace Madoguchi
