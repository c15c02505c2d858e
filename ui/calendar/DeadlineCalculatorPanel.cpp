#include "calendar/DeadlineCalculatorPanel.h"

#include "calendar/DayOffText.h"
#include "core/Clock.h"
#include "core/Jst.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

DeadlineCalculatorPanel::DeadlineCalculatorPanel(const BusinessCalendar &calendar, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_calendar(calendar)
    , m_clock(clock)
    , m_receivedEdit(new QDateTimeEdit(this))
    , m_policyCombo(new QComboBox(this))
    , m_urgentCheck(
          new QCheckBox(tr("Urgent (24×7, answer within %1 min)").arg(calendar.settings().urgentTargetMinutes), this))
    , m_nowButton(new QPushButton(tr("Now"), this))
    , m_deadlineLabel(new QLabel(this))
    , m_explanationLabel(new QLabel(this))
{
    setObjectName(u"deadlineCalculatorPanel"_s);
    m_receivedEdit->setObjectName(u"receivedDateTimeEdit"_s);
    m_policyCombo->setObjectName(u"policyComboBox"_s);
    m_urgentCheck->setObjectName(u"urgentCheckBox"_s);
    m_nowButton->setObjectName(u"nowButton"_s);
    m_deadlineLabel->setObjectName(u"deadlineLabel"_s);
    m_explanationLabel->setObjectName(u"explanationLabel"_s);

    // The editor shows JST wall-clock time whatever the desktop's zone: it holds the JST
    // date and time as a zone-less UTC value, and received() turns them into an instant.
    m_receivedEdit->setTimeSpec(Qt::UTC);
    m_receivedEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_receivedEdit->setCalendarPopup(true);
    m_receivedEdit->setMinimumDate(QDate(JapaneseHolidays::firstYear, 1, 1));
    m_receivedEdit->setMaximumDate(QDate(JapaneseHolidays::lastYear, 12, 31));

    m_policyCombo->addItem(tr("Next business day"), int(DeadlinePolicy::NextBusinessDay));
    m_policyCombo->addItem(tr("After-hours mail accepted on the next business day"),
                           int(DeadlinePolicy::AfterHoursNextDay));
    m_policyCombo->setCurrentIndex(m_policyCombo->findData(int(calendar.settings().policy)));

    QFont big = m_deadlineLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_deadlineLabel->setFont(big);
    m_deadlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanationLabel->setWordWrap(true);
    m_explanationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanationLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *receivedRow = new QHBoxLayout;
    receivedRow->addWidget(m_receivedEdit, 1);
    receivedRow->addWidget(new QLabel(tr("JST"), this));
    receivedRow->addWidget(m_nowButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Received at:"), receivedRow);
    form->addRow(tr("Policy:"), m_policyCombo);
    form->addRow(QString(), m_urgentCheck);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Deadline calculator"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Deadline:"), this));
    layout->addWidget(m_deadlineLabel);
    layout->addSpacing(4);
    layout->addWidget(m_explanationLabel, 1);

    connect(m_receivedEdit, &QDateTimeEdit::dateTimeChanged, this, &DeadlineCalculatorPanel::recompute);
    connect(m_policyCombo, &QComboBox::currentIndexChanged, this, &DeadlineCalculatorPanel::recompute);
    connect(m_urgentCheck, &QCheckBox::toggled, this, &DeadlineCalculatorPanel::recompute);
    connect(m_nowButton, &QPushButton::clicked, this, [this] { setReceived(m_clock.now()); });

    setReceived(m_clock.now());
    recompute();
}

QDateTime DeadlineCalculatorPanel::received() const
{
    return Jst::at(m_receivedEdit->date(), m_receivedEdit->time()).toUTC();
}

void DeadlineCalculatorPanel::setReceived(const QDateTime &moment)
{
    const QDateTime jst = Jst::toJst(moment);
    m_receivedEdit->setDateTime(QDateTime(jst.date(), QTime(jst.time().hour(), jst.time().minute()), Qt::UTC));
}

void DeadlineCalculatorPanel::setReceivedDate(QDate jstDate)
{
    m_receivedEdit->setDateTime(QDateTime(jstDate, m_receivedEdit->time(), Qt::UTC));
}

void DeadlineCalculatorPanel::recompute()
{
    const auto policy = DeadlinePolicy(m_policyCombo->currentData().toInt());
    m_current = DeadlineCalculator(m_calendar).compute(received(), m_urgentCheck->isChecked(), policy);
    const QDateTime due = Jst::toJst(m_current.deadline);
    m_deadlineLabel->setText(tr("%1 %2 JST").arg(DayOffText::dateWithWeekday(due.date()), due.toString(u"HH:mm"_s)));
    m_explanationLabel->setText(m_current.explanation());
    Q_EMIT deadlineChanged(m_current);
}

} // namespace Madoguchi
