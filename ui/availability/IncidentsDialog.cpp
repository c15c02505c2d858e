#include "availability/IncidentsDialog.h"

#include "WindowGeometry.h"
#include "availability/IncidentTickets.h"
#include "availability/OutageStore.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "tickets/TicketDesk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString shown(const QDateTime &moment)
{
    return moment.isValid() ? Jst::toJst(moment).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QDateTimeEdit *timeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    edit->setCalendarPopup(true);
    return edit;
}

// The edit shows JST wall-clock time whatever the desktop's zone.
void setJst(QDateTimeEdit *edit, const QDateTime &moment)
{
    const QDateTime jst = Jst::toJst(moment);
    edit->setDate(jst.date());
    edit->setTime(jst.time());
}

QDateTime jstOf(const QDateTimeEdit *edit)
{
    return Jst::at(edit->date(), QTime(edit->time().hour(), edit->time().minute()));
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

IncidentsDialog::IncidentsDialog(TicketDesk &desk, const StaffUser &me, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_me(me)
{
    setObjectName(u"incidentsDialog"_s);
    setWindowTitle(tr("Incidents"));

    m_list = new QTableWidget(0, 5, this);
    m_list->setObjectName(u"incidentsTableWidget"_s);
    m_list->setHorizontalHeaderLabels({u"#"_s, tr("Function"), tr("From (JST)"), tr("To (JST)"), tr("Cause")});
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setStretchLastSection(true);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_filling && row >= 0)
            showIncident(m_list->item(row, 0)->data(Qt::UserRole).toLongLong());
    });

    auto *form = new QWidget(this);
    auto *fields = new QFormLayout(form);
    m_function = new QComboBox(form);
    m_function->setObjectName(u"functionComboBox"_s);
    for (auto f : {ServiceFunction::Client, ServiceFunction::WebForm, ServiceFunction::ClickCount})
        m_function->addItem(functionLabel(f), int(f));
    m_cause = new QComboBox(form);
    m_cause->setObjectName(u"causeComboBox"_s);
    for (auto c : {OutageCause::Internal, OutageCause::Maintenance, OutageCause::Platform, OutageCause::ForceMajeure})
        m_cause->addItem(causeLabel(c), int(c));
    m_start = timeEdit(u"startDateTimeEdit"_s, form);
    m_ended = new QCheckBox(tr("Ended"), form);
    m_ended->setObjectName(u"endedCheckBox"_s);
    m_end = timeEdit(u"endDateTimeEdit"_s, form);
    m_wasAnnounced = new QCheckBox(tr("Announced (maintenance)"), form);
    m_wasAnnounced->setObjectName(u"announcedCheckBox"_s);
    m_announced = timeEdit(u"announcedDateTimeEdit"_s, form);
    m_note = new QLineEdit(form);
    m_note->setObjectName(u"noteLineEdit"_s);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_ended);
    endRow->addWidget(m_end, 1);
    auto *announcedRow = new QHBoxLayout;
    announcedRow->addWidget(m_wasAnnounced);
    announcedRow->addWidget(m_announced, 1);
    fields->addRow(tr("Function"), m_function);
    fields->addRow(tr("Cause"), m_cause);
    fields->addRow(tr("Start (JST)"), m_start);
    fields->addRow(tr("End (JST)"), endRow);
    fields->addRow(tr("Announcement (JST)"), announcedRow);
    fields->addRow(tr("Note"), m_note);
    connect(m_ended, &QCheckBox::toggled, this, &IncidentsDialog::enableFields);
    connect(m_wasAnnounced, &QCheckBox::toggled, this, &IncidentsDialog::enableFields);
    connect(m_cause, &QComboBox::currentIndexChanged, this, &IncidentsDialog::enableFields);

    auto *newButton = new QPushButton(tr("New incident"), form);
    newButton->setObjectName(u"newIncidentButton"_s);
    auto *saveButton = new QPushButton(tr("Save"), form);
    saveButton->setObjectName(u"saveIncidentButton"_s);
    m_endNow = new QPushButton(tr("End now"), form);
    m_endNow->setObjectName(u"endIncidentNowButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addStretch();
    buttons->addWidget(m_endNow);
    buttons->addWidget(saveButton);
    fields->addRow(buttons);
    connect(newButton, &QPushButton::clicked, this, [this] { showIncident(0); });
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_endNow, &QPushButton::clicked, this, [this] { (void)endNow(); });

    m_error = new QLabel(form);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { background: #fdecea; color: #b71c1c; padding: 6px; }"_s);
    m_error->hide();
    fields->addRow(m_error);

    m_ticketsTitle = new QLabel(form);
    m_tickets = new QListWidget(form);
    m_tickets->setObjectName(u"linkedTicketsListWidget"_s);
    m_tickets->setToolTip(tr("Double-click a ticket to open it. Link tickets from the ticket: "
                             "Ticket ▸ Link to incident…"));
    connect(m_tickets, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT ticketActivated(item->data(Qt::UserRole).toLongLong()); });
    m_unlink = new QPushButton(tr("Unlink ticket"), form);
    m_unlink->setObjectName(u"unlinkTicketButton"_s);
    connect(m_unlink, &QPushButton::clicked, this, [this] { (void)unlinkChosenTicket(); });
    fields->addRow(m_ticketsTitle);
    fields->addRow(m_tickets);
    fields->addRow(m_unlink);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    resize(1000, 600);
    WindowGeometry::fitToScreen(this);
    reload();
    showIncident(m_incidents.isEmpty() ? 0 : m_incidents.first().id);
}

void IncidentsDialog::reload()
{
    auto all = OutageStore(m_desk.database(), m_desk.clock()).incidents();
    if (!all)
        return showError(all.error().message);
    m_incidents = *all;
    std::reverse(m_incidents.begin(), m_incidents.end()); // newest first
    m_filling = true;
    m_list->setRowCount(int(m_incidents.size()));
    for (int row = 0; row < m_incidents.size(); ++row) {
        const Incident &i = m_incidents.at(row);
        auto *number = cell(QString::number(i.id));
        number->setData(Qt::UserRole, i.id);
        m_list->setItem(row, 0, number);
        m_list->setItem(row, 1, cell(functionLabel(i.function)));
        m_list->setItem(row, 2, cell(shown(i.start)));
        m_list->setItem(row, 3, cell(i.end.isValid() ? shown(i.end) : tr("(ongoing)")));
        m_list->setItem(row, 4, cell(causeLabel(i.cause)));
        if (i.id == m_current)
            m_list->setCurrentCell(row, 0);
    }
    m_list->resizeColumnsToContents();
    m_filling = false;
}

void IncidentsDialog::showIncident(qint64 incidentId)
{
    m_error->hide();
    const auto found = std::find_if(m_incidents.cbegin(), m_incidents.cend(),
                                    [incidentId](const Incident &i) { return i.id == incidentId; });
    Incident incident;
    if (found != m_incidents.cend()) {
        incident = *found;
    } else {
        incident.start = m_desk.clock().now();
    }
    m_current = incident.id;
    fillForm(incident);
    m_filling = true;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == m_current)
            m_list->setCurrentCell(row, 0);
    }
    if (m_current == 0)
        m_list->clearSelection();
    m_filling = false;
    showLinkedTickets();
}

void IncidentsDialog::fillForm(const Incident &incident)
{
    const QDateTime now = m_desk.clock().now();
    m_function->setCurrentIndex(m_function->findData(int(incident.function)));
    m_cause->setCurrentIndex(m_cause->findData(int(incident.cause)));
    setJst(m_start, incident.start);
    m_ended->setChecked(incident.end.isValid());
    setJst(m_end, incident.end.isValid() ? incident.end : now);
    m_wasAnnounced->setChecked(incident.announced.isValid());
    setJst(m_announced, incident.announced.isValid() ? incident.announced : now);
    m_note->setText(incident.note);
    enableFields();
}

void IncidentsDialog::enableFields()
{
    m_end->setEnabled(m_ended->isChecked());
    const bool maintenance = OutageCause(m_cause->currentData().toInt()) == OutageCause::Maintenance;
    m_wasAnnounced->setEnabled(maintenance);
    if (!maintenance)
        m_wasAnnounced->setChecked(false);
    m_announced->setEnabled(maintenance && m_wasAnnounced->isChecked());
    m_endNow->setEnabled(m_current > 0 && !m_ended->isChecked());
}

Incident IncidentsDialog::formIncident() const
{
    Incident incident;
    incident.id = m_current;
    incident.function = ServiceFunction(m_function->currentData().toInt());
    incident.cause = OutageCause(m_cause->currentData().toInt());
    incident.start = jstOf(m_start);
    if (m_ended->isChecked())
        incident.end = jstOf(m_end);
    if (m_wasAnnounced->isChecked())
        incident.announced = jstOf(m_announced);
    incident.note = m_note->text().trimmed();
    return incident;
}

Result<qint64> IncidentsDialog::save()
{
    OutageStore store(m_desk.database(), m_desk.clock());
    const Incident incident = formIncident();
    Result<qint64> saved = incident.id > 0 ? Result<qint64>(incident.id) : store.addIncident(incident);
    if (saved && incident.id > 0) {
        if (auto updated = store.updateIncident(incident); !updated)
            saved = updated.error();
    }
    if (!saved) {
        showError(saved.error().message);
        return saved;
    }
    m_current = *saved;
    reload();
    showIncident(m_current);
    Q_EMIT incidentsChanged();
    return saved;
}

Result<void> IncidentsDialog::endNow()
{
    if (m_current <= 0)
        return makeError(u"bad-input"_s, tr("Choose an incident first."));
    auto ended = OutageStore(m_desk.database(), m_desk.clock()).endIncident(m_current, m_desk.clock().now());
    if (!ended) {
        showError(ended.error().message);
        return ended;
    }
    reload();
    showIncident(m_current);
    Q_EMIT incidentsChanged();
    return {};
}

void IncidentsDialog::showLinkedTickets()
{
    m_tickets->clear();
    m_ticketsTitle->setText(m_current > 0 ? tr("Tickets linked to incident %1").arg(m_current)
                                          : tr("Save the incident, then link tickets to it from each ticket."));
    m_tickets->setEnabled(m_current > 0);
    m_unlink->setEnabled(false);
    if (m_current <= 0)
        return;
    auto tickets = IncidentTickets(m_desk.database(), m_desk.audit()).ticketsOf(m_current);
    if (!tickets)
        return showError(tickets.error().message);
    for (const LinkedTicket &t : std::as_const(*tickets)) {
        QString text = u"#%1  %2"_s.arg(t.ticketId).arg(t.subject);
        if (!t.organisationName.isEmpty())
            text += u"  (%1)"_s.arg(t.organisationName);
        text += u"  — "_s + statusLabel(t.status);
        auto *item = new QListWidgetItem(text, m_tickets);
        item->setData(Qt::UserRole, t.ticketId);
    }
    m_unlink->setEnabled(!tickets->isEmpty());
}

Result<void> IncidentsDialog::unlinkChosenTicket()
{
    QListWidgetItem *item = m_tickets->currentItem();
    if (!item)
        return makeError(u"bad-input"_s, tr("Choose a ticket first."));
    auto done = IncidentTickets(m_desk.database(), m_desk.audit())
                    .unlink(m_me, m_current, item->data(Qt::UserRole).toLongLong());
    if (!done) {
        showError(done.error().message);
        return done;
    }
    showLinkedTickets();
    Q_EMIT incidentsChanged();
    return {};
}

void IncidentsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Madoguchi
