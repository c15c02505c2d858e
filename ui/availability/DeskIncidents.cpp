#include "availability/DeskIncidents.h"

#include "availability/IncidentLinkBar.h"
#include "availability/IncidentsDialog.h"
#include "availability/OutageStore.h"
#include "tickets/TicketDesk.h"

#include <QPushButton>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

DeskIncidents::DeskIncidents(TicketDesk &desk, const StaffUser &me, QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_desk(desk), m_me(me), m_window(window)
{
    m_button = new QPushButton(statusBar);
    m_button->setObjectName(u"openIncidentButton"_s);
    m_button->setFlat(true);
    m_button->setCursor(Qt::PointingHandCursor);
    // Its own colours, so it reads on light and dark palettes alike.
    m_button->setStyleSheet(u"QPushButton { color: white; background-color: #b00020; padding: 1px 6px; "
                            "font-weight: bold; border: none; }"_s);
    m_button->setToolTip(tr("Open the incident"));
    m_button->hide();
    statusBar->addPermanentWidget(m_button);
    connect(m_button, &QPushButton::clicked, this,
            [this] { showIncidents(m_open.isEmpty() ? 0 : m_open.first().id); });
}

void DeskIncidents::refresh()
{
    auto open = OutageStore(m_desk.database(), m_desk.clock()).openIncidents();
    if (!open)
        return; // the next refresh tries again; the desk's own banner reports a lost database
    const auto ids = [](const QList<Incident> &list) {
        QList<qint64> result;
        for (const Incident &i : list)
            result.append(i.id);
        return result;
    };
    const bool changed = ids(m_open) != ids(*open);
    m_open = *open;
    m_button->setText(statusText());
    m_button->setVisible(!m_open.isEmpty());
    // An incident opened or ended elsewhere (another desktop, the command line): the ticket
    // panel's "An incident is open: link?" follows.
    if (changed)
        Q_EMIT incidentsChanged();
}

QString DeskIncidents::statusText() const
{
    if (m_open.isEmpty())
        return {};
    if (m_open.size() == 1)
        return u"⚠ "_s + tr("Incident %1: %2").arg(m_open.first().id).arg(IncidentLinkBar::describe(m_open.first()));
    QStringList parts;
    for (const Incident &i : m_open)
        parts.append(IncidentLinkBar::describe(i));
    return u"⚠ "_s + tr("%n open incidents: %1", nullptr, int(m_open.size())).arg(parts.join(u"; "_s));
}

IncidentsDialog *DeskIncidents::showIncidents(qint64 incidentId)
{
    if (!m_dialog) {
        m_dialog = new IncidentsDialog(m_desk, m_me, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &IncidentsDialog::ticketActivated, this, &DeskIncidents::ticketActivated);
        connect(m_dialog, &IncidentsDialog::incidentsChanged, this, [this] {
            refresh();
            Q_EMIT incidentsChanged();
        });
    } else {
        m_dialog->reload();
    }
    if (incidentId > 0)
        m_dialog->showIncident(incidentId);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace Madoguchi
