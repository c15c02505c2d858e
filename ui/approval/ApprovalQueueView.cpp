#include "approval/ApprovalQueueView.h"

#include "ReadOnlyTable.h"
#include "WindowGeometry.h"

#include "core/Jst.h"
#include "mail/OutgoingMail.h"
#include "store/Database.h"
#include "tickets/TicketDesk.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

ApprovalQueueView::ApprovalQueueView(TicketDesk &desk, const StaffUser &me, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_me(me)
{
    setObjectName(u"approvalQueueView"_s);
    setWindowTitle(tr("Approval queue"));
    resize(960, 640);
    WindowGeometry::fitToScreen(this);
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Replies of staff whose replies need approval. They answer nothing and go "
                                      "nowhere until a manager approves them; you may correct the text first."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = ReadOnlyTable::create(u"approvalTableWidget"_s,
                                    {tr("Ticket"), tr("Written by"), tr("Confirmed (JST)"), tr("To"), tr("Subject")},
                                    splitter);

    auto *reading = new QWidget(splitter);
    auto *form = new QFormLayout(reading);
    form->setContentsMargins(0, 0, 0, 0);
    m_recipients = new QLabel(reading);
    m_recipients->setObjectName(u"approvalRecipientsLabel"_s);
    m_recipients->setWordWrap(true);
    m_recipients->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Recipients:"), m_recipients);
    m_body = new QPlainTextEdit(reading);
    m_body->setObjectName(u"approvalBodyEdit"_s);
    m_body->setToolTip(tr("Changes you make here are what the customer receives (recorded as your edit)."));
    form->addRow(tr("Text:"), m_body);
    m_comment = new QLineEdit(reading);
    m_comment->setObjectName(u"approvalCommentEdit"_s);
    m_comment->setPlaceholderText(tr("What should the author change? (needed to send it back)"));
    form->addRow(tr("Comment:"), m_comment);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"approvalMessageLabel"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("Approve and send"), this);
    m_approve->setObjectName(u"approveButton"_s);
    m_sendBack = new QPushButton(tr("Send back"), this);
    m_sendBack->setObjectName(u"sendBackButton"_s);
    m_open = new QPushButton(tr("Open ticket"), this);
    m_open->setObjectName(u"approvalOpenTicketButton"_s);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_sendBack);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_sendBack, &QPushButton::clicked, this, [this] { sendBackSelected(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const ReplyApproval *a = selected())
            Q_EMIT ticketActivated(a->ticketId);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalQueueView::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_waiting.size())
            Q_EMIT ticketActivated(m_waiting.at(row).ticketId);
    });
    // Another manager deciding, or a new held reply, on this or another desktop.
    connect(&desk.database(), &Database::ticketsChanged, this, [this] {
        QTimer::singleShot(0, this, &ApprovalQueueView::refresh);
    });
    refresh();
}

void ApprovalQueueView::refresh()
{
    const qint64 keep = selected() ? selected()->id : 0;
    auto waiting = ReplyApprovals(m_desk).waiting();
    if (!waiting) {
        showMessage(waiting.error().message, true);
        return;
    }
    m_waiting = *waiting;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    int keepRow = m_waiting.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_waiting.size(); ++row) {
        const ReplyApproval &a = m_waiting.at(row);
        m_table->insertRow(row);
        const QStringList cells = {u"#%1"_s.arg(a.ticketId), a.authorName.isEmpty() ? a.authorLogin : a.authorName,
                                   QLocale().toString(Jst::toJst(a.requested), u"MM/dd HH:mm"_s), a.recipients,
                                   a.subject};
        ReadOnlyTable::fillRow(m_table, row, cells);
        if (a.id == keep)
            keepRow = row;
    }
    m_table->resizeColumnsToContents();
    if (keepRow >= 0)
        m_table->selectRow(keepRow);
    showSelected();
}

const ReplyApproval *ApprovalQueueView::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_waiting.size())
        return nullptr;
    return &m_waiting.at(rows.first().row());
}

void ApprovalQueueView::showSelected()
{
    const ReplyApproval *a = selected();
    m_draft.reset();
    if (a) {
        auto draft = ReplyApprovals(m_desk).draftOf(m_me, a->id);
        if (draft)
            m_draft = *draft;
        else
            showMessage(draft.error().message, true);
    }
    QString recipients;
    if (m_draft) {
        recipients = tr("To: %1").arg(OutgoingMail::formatAddresses(m_draft->to));
        if (!m_draft->cc.isEmpty())
            recipients += u'\n' + tr("Cc: %1").arg(OutgoingMail::formatAddresses(m_draft->cc));
    }
    m_recipients->setText(recipients);
    m_body->setPlainText(m_draft ? m_draft->body : QString());
    const bool ready = m_draft.has_value() && m_me.isManager();
    m_body->setReadOnly(!ready);
    m_approve->setEnabled(ready);
    m_sendBack->setEnabled(ready);
    m_comment->setEnabled(ready);
    m_open->setEnabled(a != nullptr);
    if (m_waiting.isEmpty() && m_message->text().isEmpty())
        showMessage(tr("No reply is waiting for approval."), false);
}

void ApprovalQueueView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #b71c1c; }"_s : QString());
}

bool ApprovalQueueView::approveSelected()
{
    const ReplyApproval *a = selected();
    if (!a || !m_draft)
        return false;
    std::optional<ReplyDraft> edited;
    if (m_body->toPlainText() != m_draft->body) {
        edited = *m_draft;
        edited->body = m_body->toPlainText();
    }
    const qint64 id = a->id;
    auto queued = ReplyApprovals(m_desk).approve(m_me, id, edited);
    if (!queued) {
        showMessage(queued.error().message, true);
        refresh();
        return false;
    }
    showMessage(edited ? tr("Your corrected reply is in the outbox.") : tr("The reply is in the outbox."), false);
    Q_EMIT approved(*queued);
    Q_EMIT changed();
    refresh();
    return true;
}

bool ApprovalQueueView::sendBackSelected()
{
    const ReplyApproval *a = selected();
    if (!a)
        return false;
    const QString author = a->authorName.isEmpty() ? a->authorLogin : a->authorName;
    auto returned = ReplyApprovals(m_desk).sendBack(m_me, a->id, m_comment->text());
    if (!returned) {
        showMessage(returned.error().message, true);
        return false;
    }
    m_comment->clear();
    showMessage(tr("Sent back to %1 with your comment.").arg(author), false);
    Q_EMIT changed();
    refresh();
    return true;
}

} // namespace Madoguchi
