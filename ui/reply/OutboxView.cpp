#include "reply/OutboxView.h"

#include "WindowGeometry.h"

#include "ModalPrompts.h"
#include "ReadOnlyTable.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "mail/outbox/TicketReplies.h"
#include "store/Database.h"
#include "tickets/TicketDesk.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

QString stateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return OutboxView::tr("Queued");
    case OutboxState::Sending: return OutboxView::tr("Sending");
    case OutboxState::Sent: return OutboxView::tr("Sent");
    case OutboxState::Failed: return OutboxView::tr("Not delivered");
    }
    return {};
}

QString jstText(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(Jst::toJst(moment), u"MM/dd HH:mm"_s) : QString();
}

} // namespace

OutboxView::OutboxView(TicketDesk &desk, const StaffUser &me, ModalPrompts &prompts, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_me(me), m_prompts(prompts)
{
    setObjectName(u"outboxView"_s);
    setWindowTitle(tr("Outbox"));
    resize(900, 380);
    WindowGeometry::fitToScreen(this);
    auto *layout = new QVBoxLayout(this);
    m_table = ReadOnlyTable::create(u"outboxTableWidget"_s,
                                    {tr("State"), tr("Ticket"), tr("To"), tr("Subject"), tr("Attempts"),
                                     tr("Queued / sent (JST)"), tr("Server's answer")},
                                    this);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(u"outboxMessageLabel"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("Retry now"), this);
    m_retry->setObjectName(u"outboxRetryButton"_s);
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(u"outboxDiscardButton"_s);
    m_withdraw = new QPushButton(tr("Undo send"), this);
    m_withdraw->setObjectName(u"outboxWithdrawButton"_s);
    m_withdraw->setToolTip(tr("Take the reply back into its ticket's editor; it has not gone out yet"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelected(); });
    connect(m_discard, &QPushButton::clicked, this, [this] { discardSelected(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdrawSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxView::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT ticketActivated(m_table->item(row, TicketColumn)->data(Qt::UserRole).toLongLong());
    });
    // Senders on this and other desktops announce the ticket they touched.
    connect(&desk.database(), &Database::ticketsChanged, this, [this] {
        QTimer::singleShot(0, this, &OutboxView::refresh);
    });
    refresh();
}

void OutboxView::refresh()
{
    const qint64 keep = selectedId();
    auto entries = m_desk.outbox().entries();
    if (!entries) {
        m_message->setText(entries.error().message);
        return;
    }
    m_table->setRowCount(0);
    const QDateTime now = m_desk.clock().now();
    for (const OutboxEntry &e : std::as_const(*entries)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString when = e.state == OutboxState::Sent ? jstText(e.sent) : jstText(e.created);
        QString server = e.lastError;
        if (e.state == OutboxState::Queued && e.nextAttempt.isValid() && !e.lastError.isEmpty())
            server = tr("Next try %1 — %2").arg(jstText(e.nextAttempt), e.lastError);
        const QStringList cells = {e.discarded ? tr("Discarded (not sent)") : stateText(e.state), u"#%1"_s.arg(e.ticketId), e.recipients, e.subject,
                                   QString::number(e.attempts), when, server};
        ReadOnlyTable::fillRow(m_table, row, cells,
                               e.state == OutboxState::Failed ? QColor(0xb0, 0x00, 0x20) : QColor());
        m_table->item(row, StateColumn)->setData(Qt::UserRole, e.id);
        m_table->item(row, TicketColumn)->setData(Qt::UserRole, e.ticketId);
        m_table->item(row, StateColumn)->setData(Qt::UserRole + 1, int(e.state));
        // Inside its send-cancel window: as TicketReplies::withdrawable judges it.
        const bool withdrawable = e.state == OutboxState::Queued && e.attempts == 0 && e.nextAttempt.isValid()
                                  && e.nextAttempt > now;
        m_table->item(row, StateColumn)->setData(Qt::UserRole + 2, withdrawable);
        if (e.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

qint64 OutboxView::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.first().row(), StateColumn)->data(Qt::UserRole).toLongLong();
}

void OutboxView::updateButtons()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    bool open = false;
    bool withdrawable = false;
    if (!rows.isEmpty()) {
        const QTableWidgetItem *item = m_table->item(rows.first().row(), StateColumn);
        const auto state = OutboxState(item->data(Qt::UserRole + 1).toInt());
        open = state == OutboxState::Queued || state == OutboxState::Failed;
        withdrawable = item->data(Qt::UserRole + 2).toBool();
    }
    m_retry->setEnabled(open);
    m_discard->setEnabled(open);
    m_withdraw->setEnabled(withdrawable);
}

bool OutboxView::retrySelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    auto done = m_desk.outbox().retryNow(id);
    m_message->setText(done ? tr("The reply is queued again.") : done.error().message);
    refresh();
    if (done)
        Q_EMIT retried();
    return done.ok();
}

bool OutboxView::withdrawSelected()
{
    refresh(); // the window may have passed since the list was drawn
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const int row = rows.first().row();
    if (!m_table->item(row, StateColumn)->data(Qt::UserRole + 2).toBool()) {
        m_message->setText(tr("The reply can no longer be withdrawn: its time to cancel has passed."));
        return false;
    }
    Q_EMIT withdrawRequested(m_table->item(row, StateColumn)->data(Qt::UserRole).toLongLong(),
                             m_table->item(row, TicketColumn)->data(Qt::UserRole).toLongLong());
    refresh();
    return true;
}

bool OutboxView::discardSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    if (!m_prompts.confirmRisky(this, tr("Discard reply"),
                                tr("The reply will not be sent. It stays in the ticket's thread, marked \"discarded (not "
                                   "sent)\", and the customer's question stays open with its deadline. Discard it?")))
        return false;
    auto done = TicketReplies(m_desk).discard(m_me, id);
    m_message->setText(done ? tr("The reply was discarded.") : done.error().message);
    refresh();
    return done.ok();
}

} // namespace Madoguchi
