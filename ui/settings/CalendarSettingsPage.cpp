#include "settings/CalendarSettingsPage.h"

#include "settings/BusinessHoursEditor.h"
#include "settings/CompanyHolidaysEditor.h"
#include "ModalPrompts.h"
#include "calendar/JapaneseHolidays.h"
#include "tickets/TicketDesk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// Month and day only: the year is a leap year so 29 February can be chosen.
QDateEdit *monthDayEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(u"MM/dd"_s);
    edit->setDateRange(QDate(2000, 1, 1), QDate(2000, 12, 31));
    return edit;
}

// Wall-clock minutes for the urgent tickets' 24×7 clock (up to a week).
QSpinBox *minutesSpinBox(QWidget *parent, const QString &name, int minimum, int step)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, 7 * 24 * 60);
    box->setSingleStep(step);
    box->setSuffix(CalendarSettingsPage::tr(" minutes, around the clock"));
    return box;
}

} // namespace

CalendarSettingsPage::CalendarSettingsPage(TicketDesk &desk, const StaffUser &user, ModalPrompts &prompts,
                                           QWidget *parent)
    : SettingsPage(parent)
    , m_desk(desk)
    , m_user(user)
    , m_prompts(prompts)
{
    setObjectName(u"calendarPage"_s);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    if (!m_user.isManager()) {
        auto *readOnly
            = new QLabel(tr("Only a manager can change the business calendar. You can see it here."), content);
        readOnly->setObjectName(u"calendarReadOnlyLabel"_s);
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }

    auto *hoursBox = new QGroupBox(tr("Business hours on business days"), content);
    auto *hoursLayout = new QVBoxLayout(hoursBox);
    m_hours = new BusinessHoursEditor(hoursBox);
    hoursLayout->addWidget(m_hours);
    layout->addWidget(hoursBox);

    auto *rulesBox = new QGroupBox(tr("Deadlines"), content);
    auto *rules = new QFormLayout(rulesBox);
    m_policy = new QComboBox(rulesBox);
    m_policy->setObjectName(u"policyComboBox"_s);
    m_policy->addItem(tr("18:00 on the next business day after the date of receipt"),
                      int(DeadlinePolicy::NextBusinessDay));
    m_policy->addItem(tr("After-hours mail is accepted on the next business day"),
                      int(DeadlinePolicy::AfterHoursNextDay));
    rules->addRow(tr("Deadline rule:"), m_policy);
    m_dueSoon = new QSpinBox(rulesBox);
    m_dueSoon->setObjectName(u"dueSoonSpinBox"_s);
    m_dueSoon->setRange(0, 24 * 60);
    m_dueSoon->setSingleStep(15);
    m_dueSoon->setSuffix(tr(" business minutes"));
    rules->addRow(tr("Due soon when at most:"), m_dueSoon);
    m_urgentTarget = minutesSpinBox(rulesBox, u"urgentTargetSpinBox"_s, 5, 15);
    rules->addRow(tr("Urgent tickets answered within:"), m_urgentTarget);
    // Urgent tickets run on a 60-minute 24×7 clock, so two business hours would flag them at
    // once; their own threshold is shown here rather than hidden.
    m_urgentDueSoon = minutesSpinBox(rulesBox, u"urgentDueSoonSpinBox"_s, 0, 5);
    rules->addRow(tr("Urgent tickets due soon when at most:"), m_urgentDueSoon);
    m_yearEnd = new QCheckBox(tr("Year-end break from"), rulesBox);
    m_yearEnd->setObjectName(u"yearEndCheckBox"_s);
    m_yearEndStart = monthDayEdit(rulesBox, u"yearEndStartDateEdit"_s);
    m_yearEndEnd = monthDayEdit(rulesBox, u"yearEndEndDateEdit"_s);
    auto *yearEndRow = new QHBoxLayout;
    yearEndRow->addWidget(m_yearEnd);
    yearEndRow->addWidget(m_yearEndStart);
    yearEndRow->addWidget(new QLabel(tr("to"), rulesBox));
    yearEndRow->addWidget(m_yearEndEnd);
    yearEndRow->addWidget(new QLabel(tr("(both included)"), rulesBox));
    yearEndRow->addStretch(1);
    rules->addRow(yearEndRow);
    connect(m_yearEnd, &QCheckBox::toggled, m_yearEndStart, &QWidget::setEnabled);
    connect(m_yearEnd, &QCheckBox::toggled, m_yearEndEnd, &QWidget::setEnabled);
    layout->addWidget(rulesBox);

    auto *holidayBox = new QGroupBox(tr("Company holidays"), content);
    auto *holidayLayout = new QVBoxLayout(holidayBox);
    m_holidays = new CompanyHolidaysEditor(m_prompts, holidayBox);
    holidayLayout->addWidget(m_holidays);
    layout->addWidget(holidayBox);

    auto *officialBox = new QGroupBox(tr("National holidays"), content);
    auto *officialLayout = new QHBoxLayout(officialBox);
    m_official = new QLabel(officialBox);
    m_official->setObjectName(u"officialYearLabel"_s);
    m_official->setWordWrap(true);
    m_importOfficial = new QPushButton(tr("Import syukujitsu.csv…"), officialBox);
    m_importOfficial->setObjectName(u"importOfficialButton"_s);
    m_importOfficial->setToolTip(tr("The Cabinet Office list of national holidays. It is applied at once, "
                                    "for every desktop, and every open deadline is recomputed."));
    officialLayout->addWidget(m_official, 1);
    officialLayout->addWidget(m_importOfficial);
    layout->addWidget(officialBox);

    m_status = new QLabel(content);
    m_status->setObjectName(u"calendarStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_importOfficial, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.openFileName(this, tr("Import the official holiday list"),
                                                    tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importOfficialHolidays(path);
    });

    for (QWidget *editor : { static_cast<QWidget *>(hoursBox), static_cast<QWidget *>(rulesBox),
                             static_cast<QWidget *>(holidayBox), static_cast<QWidget *>(m_importOfficial) })
        editor->setEnabled(m_user.isManager());
    load();
}

QString CalendarSettingsPage::title() const
{
    return tr("Calendar");
}

void CalendarSettingsPage::load()
{
    auto loaded = m_desk.calendar().load();
    if (!loaded) {
        m_status->setText(loaded.error().message);
        return;
    }
    m_loaded = *loaded;
    m_hours->setIntervals(m_loaded.businessHours);
    m_policy->setCurrentIndex(m_policy->findData(int(m_loaded.policy)));
    m_dueSoon->setValue(m_loaded.dueSoonThresholdMinutes);
    m_urgentTarget->setValue(m_loaded.urgentTargetMinutes);
    m_urgentDueSoon->setValue(m_loaded.urgentDueSoonThresholdMinutes);
    m_yearEnd->setChecked(m_loaded.yearEndBreakEnabled);
    m_yearEndStart->setDate(QDate(2000, m_loaded.yearEndStartMonth, m_loaded.yearEndStartDay));
    m_yearEndEnd->setDate(QDate(2000, m_loaded.yearEndEndMonth, m_loaded.yearEndEndDay));
    m_yearEndStart->setEnabled(m_loaded.yearEndBreakEnabled);
    m_yearEndEnd->setEnabled(m_loaded.yearEndBreakEnabled);
    m_holidays->setHolidays(m_loaded.companyHolidays);
    showOfficialYear();
}

void CalendarSettingsPage::showOfficialYear()
{
    auto year = m_desk.calendar().lastOfficialYear();
    if (!year) {
        m_official->setText(year.error().message);
        return;
    }
    m_official->setText(tr("National holidays are official through %1. Later years are computed by the "
                           "rules of the holiday law and may change when the government announces them.")
                            .arg(*year));
}

Result<CalendarSettings> CalendarSettingsPage::settings() const
{
    CalendarSettings settings = m_loaded;
    auto hours = m_hours->intervals();
    if (!hours)
        return hours.error();
    settings.businessHours = *hours;
    settings.policy = DeadlinePolicy(m_policy->currentData().toInt());
    settings.dueSoonThresholdMinutes = m_dueSoon->value();
    settings.urgentTargetMinutes = m_urgentTarget->value();
    settings.urgentDueSoonThresholdMinutes = m_urgentDueSoon->value();
    settings.yearEndBreakEnabled = m_yearEnd->isChecked();
    settings.yearEndStartMonth = m_yearEndStart->date().month();
    settings.yearEndStartDay = m_yearEndStart->date().day();
    settings.yearEndEndMonth = m_yearEndEnd->date().month();
    settings.yearEndEndDay = m_yearEndEnd->date().day();
    settings.companyHolidays = m_holidays->holidays();
    return settings;
}

Result<void> CalendarSettingsPage::apply()
{
    if (!m_user.isManager())
        return {};
    auto wanted = settings();
    if (!wanted)
        return wanted.error();
    if (*wanted == m_loaded)
        return {};
    auto moved = m_desk.changeCalendar(m_user, *wanted);
    if (!moved)
        return moved.error();
    m_status->setText(tr("Saved. %n open deadline(s) recomputed.", nullptr, *moved));
    load();
    return {};
}

void CalendarSettingsPage::importOfficialHolidays(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto moved = m_desk.calendar().importOfficialHolidays(m_user, file.readAll(), m_desk.obligations());
    if (!moved) {
        m_status->setText(tr("%1 was not imported: %2").arg(path, moved.error().message));
        return;
    }
    showOfficialYear();
    m_status->setText(tr("Official holiday list imported. %n open deadline(s) recomputed.", nullptr, *moved));
}

} // namespace Madoguchi
