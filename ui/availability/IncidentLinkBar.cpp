#include "availability/IncidentLinkBar.h"

#include "availability/IncidentTickets.h"
#include "availability/OutageStore.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

constexpr int endedOffered = 10; // the latest ended incidents offered after the open ones

} // namespace

IncidentLinkBar::IncidentLinkBar(TicketDesk &desk, QWidget *parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(u"incidentLinkBar"_s);
    m_choose = [this](const QList<Incident> &offered) -> qint64 {
        QStringList items;
        for (const Incident &i : offered)
            items.append(tr("Incident %1: %2").arg(i.id).arg(describe(i)));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Link to incident"),
                                                     tr("The incident this ticket is about:"), items, 0, false, &ok);
        const auto at = items.indexOf(chosen);
        return ok && at >= 0 ? offered.at(at).id : 0;
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_linkedLabel = new QLabel(this);
    m_linkedLabel->setObjectName(u"linkedIncidentsLabel"_s);
    m_linkedLabel->setWordWrap(true);
    m_linkedLabel->setTextFormat(Qt::RichText);
    connect(m_linkedLabel, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT incidentActivated(link.toLongLong()); });
    layout->addWidget(m_linkedLabel);

    m_prompt = new QWidget(this);
    m_prompt->setObjectName(u"incidentPromptWidget"_s);
    m_prompt->setAttribute(Qt::WA_StyledBackground);
    // The colours of the desk's other notes (amber), readable on light and dark palettes alike
    // because the note brings its own background.
    m_prompt->setStyleSheet(u"#incidentPromptWidget { background-color: #fff3cd; } "
                            "#incidentPromptWidget QLabel { color: #7a4a00; }"_s);
    auto *row = new QHBoxLayout(m_prompt);
    row->setContentsMargins(4, 2, 4, 2);
    m_promptLabel = new QLabel(m_prompt);
    m_promptLabel->setObjectName(u"incidentPromptLabel"_s);
    m_promptLabel->setWordWrap(true);
    m_linkButton = new QPushButton(tr("Link"), m_prompt);
    m_linkButton->setObjectName(u"linkOpenIncidentButton"_s);
    connect(m_linkButton, &QPushButton::clicked, this, [this] {
        if (m_offered > 0)
            (void)linkTo(m_offered);
    });
    row->addWidget(m_promptLabel, 1);
    row->addWidget(m_linkButton);
    layout->addWidget(m_prompt);

    m_error = new QLabel(this);
    m_error->setObjectName(u"incidentLinkErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: white; background-color: #b00020; padding: 3px"_s);
    layout->addWidget(m_error);
    m_linkedLabel->hide();
    m_prompt->hide();
    m_error->hide();
    hide();
}

QString IncidentLinkBar::describe(const Incident &incident)
{
    const QString since = Jst::toJst(incident.start).toString(u"MM-dd HH:mm"_s);
    return incident.end.isValid()
               ? tr("%1, %2 – %3 (JST)")
                     .arg(functionLabel(incident.function), since,
                          Jst::toJst(incident.end).toString(u"MM-dd HH:mm"_s))
               : tr("%1 down since %2 (JST)").arg(functionLabel(incident.function), since);
}

void IncidentLinkBar::showTicket(const Ticket &ticket)
{
    m_ticket = ticket;
    m_error->hide();
    if (ticket.id <= 0) {
        m_linked.clear();
        m_offered = 0;
        hide();
        return;
    }
    auto all = OutageStore(m_desk.database(), m_desk.clock()).incidents();
    auto linked = IncidentTickets(m_desk.database(), m_desk.audit()).incidentsOf(ticket.id);
    if (!all || !linked)
        return showError(!all ? all.error().message : linked.error().message);
    m_linked = *linked;
    showLinks(*all);
}

void IncidentLinkBar::showLinks(const QList<Incident> &all)
{
    QStringList links;
    m_offered = 0;
    for (const Incident &i : all) {
        if (m_linked.contains(i.id)) {
            links.append(u"<a href=\"%1\">%2</a>"_s.arg(i.id).arg(
                QString(tr("Incident %1").arg(i.id) + u": "_s + describe(i)).toHtmlEscaped()));
        } else if (!i.end.isValid() && m_offered == 0 && m_ticket.created.isValid() && m_ticket.created >= i.start) {
            m_offered = i.id; // the oldest open incident the ticket came in during
            m_promptLabel->setText(tr("An incident is open: %1. Link this ticket to it?").arg(describe(i)));
        }
    }
    m_linkedLabel->setText(links.isEmpty() ? QString() : tr("Linked to %1").arg(links.join(u", "_s)));
    m_linkedLabel->setVisible(!links.isEmpty());
    m_prompt->setVisible(m_offered > 0);
    setVisible(!links.isEmpty() || m_offered > 0 || m_error->isVisibleTo(this));
}

QString IncidentLinkBar::linkedText() const
{
    return m_linkedLabel->isVisibleTo(this) ? m_linkedLabel->text() : QString();
}

QString IncidentLinkBar::promptText() const
{
    return m_offered > 0 ? m_promptLabel->text() : QString();
}

void IncidentLinkBar::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    show();
}

Result<void> IncidentLinkBar::linkTo(qint64 incidentId)
{
    auto linked = IncidentTickets(m_desk.database(), m_desk.audit()).link(m_me, incidentId, m_ticket.id);
    if (!linked) {
        showError(linked.error().message);
        return linked;
    }
    showTicket(m_ticket);
    Q_EMIT linksChanged(m_ticket.id);
    return {};
}

Result<void> IncidentLinkBar::unlink(qint64 incidentId)
{
    auto done = IncidentTickets(m_desk.database(), m_desk.audit()).unlink(m_me, incidentId, m_ticket.id);
    if (!done) {
        showError(done.error().message);
        return done;
    }
    showTicket(m_ticket);
    Q_EMIT linksChanged(m_ticket.id);
    return {};
}

bool IncidentLinkBar::askLink()
{
    if (m_ticket.id <= 0)
        return false;
    auto all = OutageStore(m_desk.database(), m_desk.clock()).incidents();
    if (!all) {
        showError(all.error().message);
        return false;
    }
    // Open incidents first (oldest first), then the latest ended ones (newest first).
    QList<Incident> offered;
    QList<Incident> ended;
    for (const Incident &i : std::as_const(*all)) {
        if (m_linked.contains(i.id))
            continue;
        (i.end.isValid() ? ended : offered).append(i);
    }
    std::reverse(ended.begin(), ended.end());
    offered += ended.mid(0, endedOffered);
    if (offered.isEmpty()) {
        showError(tr("There is no incident to link this ticket to. Record one under View ▸ Incidents."));
        return false;
    }
    const qint64 chosen = m_choose(offered);
    return chosen > 0 && linkTo(chosen).ok();
}

} // namespace Madoguchi
