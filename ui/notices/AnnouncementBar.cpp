#include "notices/AnnouncementBar.h"

#include "core/Jst.h"
#include "notices/AnnouncementReminder.h"
#include "core/Clock.h"
#include "tickets/TicketDesk.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

const QString memoryKey = u"notices/announcementWarningShown"_s;

} // namespace

AnnouncementBar::AnnouncementBar(TicketDesk &desk, QWidget *parent) : QFrame(parent), m_desk(desk)
{
    setObjectName(u"announcementBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#announcementBar { background-color: #fff4ce; border: 1px solid #c89600; }"
                  "#announcementBar QLabel { color: #5c4400; }"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(u"announcementWarningLabel"_s);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_send = new QPushButton(tr("Send &announcement…"), this);
    m_send->setObjectName(u"sendAnnouncementButton"_s);
    layout->addWidget(m_send);
    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(u"dismissAnnouncementButton"_s);
    dismiss->setText(u"✕"_s);
    dismiss->setToolTip(tr("Hide until tomorrow"));
    layout->addWidget(dismiss);
    connect(m_send, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT sendAnnouncementRequested(m_planId);
    });
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void AnnouncementBar::setMemory(QSettings *settings)
{
    m_memory = settings;
    const QHash<qint64, QDate> thisRun = m_shownOn;
    m_shownOn.clear();
    load();
    // Shown before a restart today already: not again.
    if (!isHidden() && m_shownOn.value(m_planId) == Jst::dateOf(m_desk.clock().now()))
        hide();
    for (auto it = thisRun.cbegin(); it != thisRun.cend(); ++it) {
        if (m_shownOn.value(it.key()) < it.value())
            m_shownOn.insert(it.key(), it.value());
    }
    save();
}

void AnnouncementBar::load()
{
    if (!m_memory)
        return;
    const QStringList entries = m_memory->value(memoryKey).toStringList();
    for (const QString &entry : entries) {
        const qint64 id = entry.section(u'=', 0, 0).toLongLong();
        const QDate day = QDate::fromString(entry.section(u'=', 1), Qt::ISODate);
        if (id > 0 && day.isValid())
            m_shownOn.insert(id, day);
    }
}

void AnnouncementBar::save()
{
    if (!m_memory)
        return;
    QStringList entries;
    for (auto it = m_shownOn.cbegin(); it != m_shownOn.cend(); ++it)
        entries.append(u"%1=%2"_s.arg(it.key()).arg(it.value().toString(Qt::ISODate)));
    entries.sort();
    m_memory->setValue(memoryKey, entries);
}

void AnnouncementBar::check()
{
    auto due = AnnouncementReminder(m_desk).dueToday(m_shownOn);
    if (!due || due->isEmpty())
        return;
    save();
    const MaintenancePlan &plan = due->first();
    m_planId = plan.id;
    const qint64 days = Jst::dateOf(m_desk.clock().now()).daysTo(Jst::dateOf(plan.start));
    QString text = tr("Maintenance #%1 starts %2 (in %n day(s)) and has not been announced: the agreement wants "
                      "the administrators told 14 days ahead.",
                      nullptr, int(days))
                       .arg(plan.id)
                       .arg(Jst::toJst(plan.start).toString(u"yyyy-MM-dd HH:mm"_s));
    if (due->size() > 1)
        text += u' ' + tr("%n more plan(s) too.", nullptr, int(due->size() - 1));
    m_text->setText(text);
    show();
}

} // namespace Madoguchi
