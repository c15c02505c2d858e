#include "desk/TicketPanel.h"

#include "availability/IncidentLinkBar.h"
#include "Appearance.h"
#include "desk/AttachmentList.h"
#include "desk/ConflictBanner.h"
#include "FlagIcons.h"
#include "ModalPrompts.h"
#include "reply/ReplyEditor.h"
#include "desk/ThreadBrowser.h"
#include "calendar/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Jst.h"
#include "core/RemainingTimeText.h"
#include "mail/outbox/ReplyApprovals.h"
#include "tickets/KeywordUrgency.h"
#include "tickets/ReplyEditors.h"
#include "tickets/TicketDesk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

TicketPanel::TicketPanel(TicketDesk &desk, QWidget *parent) : QWidget(parent), m_desk(desk)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new ConflictBanner(this);
    connect(m_banner, &ConflictBanner::reloadRequested, this, &TicketPanel::reload);
    layout->addWidget(m_banner);

    m_title = new QLabel(this);
    m_title->setObjectName(u"ticketTitleLabel"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_deadline = new QLabel(this);
    m_deadline->setObjectName(u"dueLabel"_s);
    m_deadline->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"deadlineExplanationLabel"_s);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_deadline);
    layout->addWidget(m_explanation);
    m_undelivered = new QLabel(this);
    m_undelivered->setObjectName(u"replyUndeliveredLabel"_s);
    m_undelivered->setWordWrap(true);
    m_undelivered->hide();
    layout->addWidget(m_undelivered);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(u"replyWaitingLabel"_s);
    m_waiting->setWordWrap(true);
    m_waiting->hide();
    layout->addWidget(m_waiting);
    m_withdraw = new QPushButton(tr("Undo send"), this);
    m_withdraw->setObjectName(u"withdrawReplyButton"_s);
    m_withdraw->setToolTip(tr("Take the reply back into the editor; it has not gone out yet"));
    m_withdraw->hide();
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdrawReply(); });
    layout->addWidget(m_withdraw, 0, Qt::AlignLeft);
    m_replyEditors = new QLabel(this);
    m_replyEditors->setObjectName(u"replyEditorsLabel"_s);
    m_replyEditors->hide();
    layout->addWidget(m_replyEditors);
    m_incidents = new IncidentLinkBar(m_desk, this);
    connect(m_incidents, &IncidentLinkBar::linksChanged, this, &TicketPanel::ticketChanged);
    layout->addWidget(m_incidents);
    layout->addWidget(buildEditors());

    m_headers = new QCheckBox(tr("Show headers"), this);
    m_headers->setObjectName(u"showHeadersCheckBox"_s);
    connect(m_headers, &QCheckBox::toggled, this, &TicketPanel::reload);
    layout->addWidget(m_headers);
    m_thread = new ThreadBrowser(this);
    layout->addWidget(m_thread, 1);
    m_attachments = new AttachmentList(m_desk.tickets(), this);
    connect(m_attachments, &AttachmentList::failed, this,
            [this](const QString &message) { m_banner->showMessage(message, false); });
    layout->addWidget(m_attachments);

    m_reply = new ReplyEditor(m_desk, ModalPrompts::interactive(), this);
    connect(m_reply, &ReplyEditor::replyQueued, this, [this](qint64 ticketId, qint64 outboxId) {
        Q_EMIT replyQueued(ticketId, outboxId);
        Q_EMIT ticketChanged(ticketId);
        reload();
    });
    connect(m_reply, &ReplyEditor::closed, this, [this] { m_noteRow->show(); });
    layout->addWidget(m_reply, 2);

    m_noteRow = new QWidget(this);
    auto *noteRow = new QHBoxLayout(m_noteRow);
    noteRow->setContentsMargins(0, 0, 0, 0);
    auto *replyButton = new QPushButton(tr("Reply"), this);
    replyButton->setObjectName(u"replyButton"_s);
    connect(replyButton, &QPushButton::clicked, this, [this] { startReply(ReplyScope::Sender); });
    auto *replyAllButton = new QPushButton(tr("Reply all"), this);
    replyAllButton->setObjectName(u"replyAllButton"_s);
    replyAllButton->setToolTip(tr("To the sender, Cc everyone else on the customer's mail"));
    connect(replyAllButton, &QPushButton::clicked, this, [this] { startReply(ReplyScope::All); });
    auto *forwardButton = new QPushButton(tr("Forward"), this);
    forwardButton->setObjectName(u"forwardButton"_s);
    forwardButton->setToolTip(tr("Forward the customer's mail with its attachments; it does not answer the customer"));
    connect(forwardButton, &QPushButton::clicked, this, &TicketPanel::startForward);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setPlaceholderText(tr("Internal note (not sent to the customer)"));
    m_note->setMaximumHeight(60);
    auto *addNoteButton = new QPushButton(tr("Add note"), this);
    addNoteButton->setObjectName(u"addNoteButton"_s);
    connect(addNoteButton, &QPushButton::clicked, this, [this] { addNote(m_note->toPlainText()); });
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(addNoteButton);
    noteRow->addWidget(replyButton);
    noteRow->addWidget(replyAllButton);
    noteRow->addWidget(forwardButton);
    layout->addWidget(m_noteRow);
    applyNoticeColours();
    setEnabled(false);
}

void TicketPanel::applyNoticeColours()
{
    using Appearance::Notice;
    if (!m_replyEditors)
        return; // still being built
    Appearance::setStyleSheetIfChanged(m_undelivered,
                                       Appearance::noticeStyle(Notice::Error) + u"; padding: 3px; font-weight: bold"_s);
    Appearance::setStyleSheetIfChanged(m_waiting,
                                       Appearance::noticeStyle(Notice::Information) + u"; padding: 3px; font-weight: bold"_s);
    Appearance::setStyleSheetIfChanged(m_replyEditors, Appearance::noticeStyle(Notice::Warning) + u"; padding: 3px"_s);
}

void TicketPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyNoticeColours();
}

QWidget *TicketPanel::buildEditors()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    // A narrow panel puts the labels above their fields rather than growing wider than its
    // place (「ステータス / 担当者 / 優先度」 beside three drop-downs).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_status = new QComboBox(box);
    m_status->setObjectName(u"statusComboBox"_s);
    for (TicketStatus s : {TicketStatus::New, TicketStatus::Open, TicketStatus::Waiting, TicketStatus::Resolved,
                           TicketStatus::Closed})
        m_status->addItem(statusLabel(s), int(s));
    m_assignee = new QComboBox(box);
    m_assignee->setObjectName(u"assigneeComboBox"_s);
    m_priority = new QComboBox(box);
    m_priority->setObjectName(u"priorityComboBox"_s);
    for (TicketPriority p : {TicketPriority::Low, TicketPriority::Normal, TicketPriority::High, TicketPriority::Urgent})
        m_priority->addItem(priorityLabel(p), int(p));
    m_tags = new QLineEdit(box);
    m_tags->setObjectName(u"tagsLineEdit"_s);
    m_tags->setPlaceholderText(tr("Comma-separated"));
    m_organisation = new QLineEdit(box);
    m_organisation->setObjectName(u"organisationLineEdit"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status);
    row->addWidget(m_assignee);
    row->addWidget(m_priority);
    form->addRow(tr("Status / assignee / priority"), row);
    form->addRow(tr("Tags"), m_tags);
    // The organisation page: its contacts and registered administrators (issue 15).
    m_contactsButton = new QPushButton(tr("Contacts…"), box);
    m_contactsButton->setObjectName(u"organisationContactsButton"_s);
    m_contactsButton->setAutoDefault(false);
    connect(m_contactsButton, &QPushButton::clicked, this,
            [this] { Q_EMIT organisationRequested(m_ticket.organisationId); });
    auto *organisationRow = new QHBoxLayout;
    organisationRow->addWidget(m_organisation, 1);
    organisationRow->addWidget(m_contactsButton);
    form->addRow(tr("Organisation"), organisationRow);
    for (QComboBox *combo : {m_status, m_assignee, m_priority})
        connect(combo, &QComboBox::activated, this, [this](int) { applyEditors(); });
    connect(m_tags, &QLineEdit::editingFinished, this, &TicketPanel::applyEditors);
    connect(m_organisation, &QLineEdit::editingFinished, this, &TicketPanel::applyEditors);
    return box;
}

void TicketPanel::fillUsers()
{
    m_assignee->clear();
    m_assignee->addItem(tr("(nobody)"), qint64(0));
    auto users = m_desk.team().users();
    if (!users)
        return;
    for (const StaffUser &u : std::as_const(users.value()))
        m_assignee->addItem(u.displayName, u.id);
}

void TicketPanel::setCurrentUser(const StaffUser &user)
{
    m_me = user;
    m_incidents->setCurrentUser(user);
}

void TicketPanel::showTicket(qint64 ticketId)
{
    m_banner->hide();
    // A reply belongs to its ticket: moving to another one sets it aside (the team stops
    // seeing it); Reply on that ticket brings the typed text back.
    if (m_reply->isActive() && m_reply->ticketId() != ticketId)
        m_reply->setAside();
    else if (!m_reply->isActive())
        m_reply->dismiss();
    m_ticket = Ticket{};
    m_ticket.id = ticketId;
    reload();
}

void TicketPanel::reload()
{
    if (m_ticket.id <= 0) {
        setEnabled(false);
        return;
    }
    auto found = m_desk.tickets().ticket(m_ticket.id);
    if (!found || !found->has_value()) {
        m_banner->showMessage(found ? tr("Ticket #%1 no longer exists.").arg(m_ticket.id) : found.error().message, false);
        setEnabled(false);
        return;
    }
    m_ticket = **found;
    auto messages = m_desk.tickets().messages(m_ticket.id, m_headers->isChecked());
    m_messages = messages ? messages.value() : QList<TicketMessage>();
    if (!messages)
        m_banner->showMessage(messages.error().message, false);
    setEnabled(true);
    m_filling = true;
    m_title->setText(u"<span style=\"font-size:x-large\"><b>#%1</b> %2</span><br/>%3"_s.arg(m_ticket.id)
                         .arg(m_ticket.subject.toHtmlEscaped(), m_ticket.customerAddress.toHtmlEscaped()));
    fillUsers();
    m_status->setCurrentIndex(m_status->findData(int(m_ticket.status)));
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(m_ticket.assigneeId)));
    m_priority->setCurrentIndex(m_priority->findData(int(m_ticket.priority)));
    m_tags->setText(m_ticket.tags.join(u", "_s));
    m_organisation->setText(m_ticket.organisationName);
    m_organisation->setEnabled(m_ticket.organisationId > 0);
    m_contactsButton->setEnabled(m_ticket.organisationId > 0);
    m_filling = false;
    showDeadline();
    showReplyState();
    m_incidents->showTicket(m_ticket);
    m_thread->showThread(m_messages, m_headers->isChecked());
    m_attachments->showMessages(m_messages);
}

void TicketPanel::showDeadline()
{
    m_deadline->clear();
    m_explanation->clear();
    m_explanation->setToolTip(QString());
    auto calendar = m_desk.calendar().calendar();
    auto obligations = m_desk.tickets().obligations(m_ticket.id);
    if (!calendar || !obligations)
        return;
    const Obligation *oldest = nullptr;
    for (const Obligation &o : std::as_const(obligations.value())) {
        if (o.isOpen() && (!oldest || o.received < oldest->received))
            oldest = &o;
    }
    if (!oldest || !m_ticket.due.isValid()) {
        m_deadline->setText(tr("Nothing waiting for an answer."));
        return;
    }
    const DeadlineCalculator calculator(**calendar);
    const QDateTime now = m_desk.clock().now();
    const DeadlineFlag flag = calculator.classify(m_ticket.due, now, m_ticket.isUrgent());
    const qint64 left = calculator.remainingMinutes(m_ticket.due, now, m_ticket.isUrgent());
    ResponseDeadline deadline = calculator.compute(oldest->received, m_ticket.isUrgent());
    if (m_ticket.isUrgent())
        deadline.urgentReason = KeywordUrgency(m_desk).reason(m_ticket.id).valueOr(QString());
    // Each thing once: the flag with how long is left (or how late: the flag already says
    // "overdue"), the receipt → deadline line, then the details below it.
    const int dayMinutes = (*calendar)->dailyBusinessSeconds() / 60;
    const QString howLong = flag == DeadlineFlag::Overdue
                                ? RemainingTimeText::span(left, dayMinutes, m_ticket.isUrgent())
                                : RemainingTimeText::format(left, dayMinutes, m_ticket.isUrgent());
    m_deadline->setText(u"<span style=\"color:%1; font-weight:bold\">%2 — %3</span><br/>%4"_s.arg(
        FlagIcons::colour(flag, m_ticket.isUrgent()).name(), FlagIcons::label(flag, m_ticket.isUrgent()),
        howLong.toHtmlEscaped(), deadline.summary().toHtmlEscaped()));
    // The header's second line already says received → due: the explanation adds only the
    // why (the times to the second stay in its tooltip).
    m_explanation->setText(deadline.reasons());
    m_explanation->setToolTip(deadline.details());
}

void TicketPanel::showReplyState()
{
    if (m_ticket.replyUndelivered) {
        m_undelivered->setText(tr("Reply undelivered: a reply on this ticket did not reach the customer. The "
                                  "question is open again with its original deadline; see File ▸ Outbox."));
        m_undelivered->show();
    } else {
        m_undelivered->hide();
    }
    const QString waiting = waitingReplyText();
    m_waiting->setText(waiting);
    m_waiting->setVisible(!waiting.isEmpty());
    const bool canWithdraw = m_ticket.id > 0 && !waiting.isEmpty()
                             && TicketReplies(m_desk).withdrawable(m_ticket.id).valueOr(std::nullopt).has_value();
    m_withdraw->setVisible(canWithdraw);
    const QString writing = replyEditorsText();
    m_replyEditors->setText(writing);
    m_replyEditors->setVisible(!writing.isEmpty());
}

QString TicketPanel::waitingReplyText() const
{
    for (const TicketMessage &m : m_messages) {
        if (m.kind == MessageKind::StaffReply && m.delivery == ReplyDelivery::Held) {
            return tr("Reply waiting for approval (written %1 JST): a manager approves it before it goes out; "
                      "until then the deadline still applies.")
                .arg(QLocale().toString(Jst::toJst(m.received), u"MM/dd HH:mm"_s));
        }
        if (m.kind == MessageKind::StaffReply && m.delivery == ReplyDelivery::Pending) {
            return tr("Reply waiting to be sent (written %1 JST): the customer has not received it yet, and the "
                      "deadline still applies until the mail server accepts it. See File ▸ Outbox.")
                .arg(QLocale().toString(Jst::toJst(m.received), u"MM/dd HH:mm"_s));
        }
    }
    for (const TicketMessage &m : m_messages) {
        if (m.kind == MessageKind::Forward && m.delivery == ReplyDelivery::Pending) {
            return tr("Forward waiting to be sent (written %1 JST); it does not answer the customer. See File ▸ "
                      "Outbox.")
                .arg(QLocale().toString(Jst::toJst(m.received), u"MM/dd HH:mm"_s));
        }
    }
    return {};
}

QString TicketPanel::replyEditorsText() const
{
    if (m_ticket.id <= 0)
        return {};
    auto editors = ReplyEditors(m_desk.database(), m_desk.clock()).onTicket(m_ticket.id, m_me.id);
    if (!editors || editors->isEmpty())
        return {};
    QStringList names;
    for (const OpenReplyEditor &editor : std::as_const(*editors)) {
        if (!names.contains(editor.staffName))
            names.append(editor.staffName);
    }
    return tr("%1 is writing a reply", nullptr, int(names.size())).arg(names.join(tr(", ")));
}

void TicketPanel::startReply(ReplyScope scope)
{
    if (m_ticket.id <= 0)
        return;
    // 承認: a reply a manager sent back comes back into its author's editor, with the comment.
    ReplyApprovals approvals(m_desk);
    auto returned = approvals.returnedFor(m_ticket.id, m_me.id);
    if (returned && returned->has_value() && !m_reply->hasSetAside(m_ticket.id)) {
        const ReplyApproval sentBack = **returned;
        auto draft = approvals.reopen(m_me, sentBack.id);
        if (draft && m_reply->reopen(m_me, *draft)) {
            m_noteRow->hide();
            m_banner->showMessage(tr("%1 sent your reply back: %2").arg(sentBack.decidedByName, sentBack.comment),
                                  false);
            return;
        }
    }
    if (m_reply->start(m_me, m_ticket.id, scope))
        m_noteRow->hide();
}

void TicketPanel::startForward()
{
    if (m_ticket.id <= 0)
        return;
    if (m_reply->startForward(m_me, m_ticket.id))
        m_noteRow->hide();
}

bool TicketPanel::withdrawReply(qint64 outboxId)
{
    if (m_ticket.id <= 0)
        return false;
    if (m_reply->isActive() && m_reply->ticketId() == m_ticket.id) {
        m_banner->showMessage(tr("Send or discard the reply you are writing first."), false);
        return false;
    }
    TicketReplies replies(m_desk);
    auto entry = outboxId > 0 ? m_desk.outbox().entry(outboxId) : replies.withdrawable(m_ticket.id);
    if (entry && entry->has_value() && (*entry)->ticketId != m_ticket.id)
        entry = std::optional<OutboxEntry>(); // not this ticket's
    if (entry && !entry->has_value())
        entry = makeError(u"input"_s, tr("The reply can no longer be withdrawn: its time to cancel has passed."));
    auto draft = entry ? replies.withdraw(m_me, (*entry)->id) : Result<ReplyDraft>(entry.error());
    if (!draft) {
        m_banner->showMessage(draft.error().message, false);
        showReplyState();
        return false;
    }
    Q_EMIT ticketChanged(m_ticket.id);
    reload();
    if (m_reply->reopen(m_me, *draft))
        m_noteRow->hide();
    return true;
}

void TicketPanel::setPrompts(ModalPrompts &prompts)
{
    m_reply->setPrompts(prompts);
}

QString TicketPanel::deadlineSummary() const
{
    return m_deadline->text();
}

bool TicketPanel::handle(const Result<Ticket> &result)
{
    if (!result) {
        m_banner->showMessage(result.error().message, result.error().code == u"conflict"_s);
        return false;
    }
    m_banner->hide();
    m_ticket = result.value();
    Q_EMIT ticketChanged(m_ticket.id);
    return true;
}

void TicketPanel::applyEditors()
{
    if (m_filling || m_ticket.id <= 0)
        return;
    auto &ops = m_desk.operations();
    const auto status = TicketStatus(m_status->currentData().toInt());
    if (status != m_ticket.status && !handle(ops.setStatus(m_me, m_ticket.id, m_ticket.version, status)))
        return;
    const qint64 assignee = m_assignee->currentData().toLongLong();
    if (assignee != m_ticket.assigneeId && !handle(ops.assign(m_me, m_ticket.id, m_ticket.version, assignee)))
        return;
    const auto priority = TicketPriority(m_priority->currentData().toInt());
    if (priority != m_ticket.priority && !handle(ops.setPriority(m_me, m_ticket.id, m_ticket.version, priority)))
        return;
    QSet<QString> wanted;
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            wanted.insert(tag.trimmed());
    }
    const QStringList had = m_ticket.tags;
    for (const QString &tag : had) {
        if (!wanted.contains(tag) && !handle(ops.removeTag(m_me, m_ticket.id, m_ticket.version, tag)))
            return;
    }
    for (const QString &tag : std::as_const(wanted)) {
        if (!had.contains(tag) && !handle(ops.addTag(m_me, m_ticket.id, m_ticket.version, tag)))
            return;
    }
    const QString organisation = m_organisation->text().trimmed();
    if (m_ticket.organisationId > 0 && organisation != m_ticket.organisationName) {
        auto renamed = m_desk.team().renameOrganisation(m_me, m_ticket.organisationId, organisation);
        if (!renamed) {
            m_banner->showMessage(renamed.error().message, false);
            return;
        }
        Q_EMIT ticketChanged(m_ticket.id);
    }
    reload();
}

void TicketPanel::assignToMe()
{
    if (m_ticket.id <= 0 || m_me.id <= 0)
        return;
    if (handle(m_desk.operations().assign(m_me, m_ticket.id, m_ticket.version, m_me.id)))
        reload();
}

void TicketPanel::focusNote()
{
    m_note->setFocus(Qt::ShortcutFocusReason);
}

void TicketPanel::addNote(const QString &text)
{
    if (m_ticket.id <= 0 || text.trimmed().isEmpty())
        return;
    if (handle(m_desk.operations().addInternalNote(m_me, m_ticket.id, m_ticket.version, text.trimmed()))) {
        m_note->clear();
        reload();
    }
}

void TicketPanel::mergeInto(qint64 targetNumber)
{
    auto target = m_desk.tickets().findByNumber(targetNumber);
    if (!target || !target->has_value() || (*target)->id == m_ticket.id) {
        m_banner->showMessage(target ? tr("There is no other ticket #%1.").arg(targetNumber) : target.error().message,
                              false);
        return;
    }
    const qint64 source = m_ticket.id;
    if (handle(m_desk.operations().merge(m_me, source, m_ticket.version, (*target)->id, (*target)->version))) {
        Q_EMIT ticketChanged(source);
        reload();
    }
}

void TicketPanel::splitMessage(qint64 messageRowId)
{
    const qint64 from = m_ticket.id;
    if (handle(m_desk.operations().split(m_me, from, m_ticket.version, messageRowId))) {
        Q_EMIT ticketChanged(from);
        reload();
    }
}

void TicketPanel::askMerge()
{
    if (m_ticket.id <= 0)
        return;
    bool ok = false;
    const int number = QInputDialog::getInt(this, tr("Merge ticket"),
                                            tr("Merge #%1 into ticket number:").arg(m_ticket.id), 1, 1, INT_MAX, 1, &ok);
    if (ok)
        mergeInto(number);
}

void TicketPanel::askSplit()
{
    if (m_ticket.id <= 0 || m_messages.size() < 2)
        return;
    QStringList items;
    for (const TicketMessage &m : std::as_const(m_messages))
        items.append(u"%1 — %2 — %3"_s.arg(QLocale().toString(Jst::toJst(m.received), u"MM/dd HH:mm"_s),
                                           m.fromAddress, m.subject));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Split ticket"),
                                                 tr("Move this message into a new ticket:"), items, 0, false, &ok);
    if (ok)
        splitMessage(m_messages.at(items.indexOf(chosen)).id);
}

} // namespace Madoguchi
