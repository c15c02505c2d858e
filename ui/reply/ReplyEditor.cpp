#include "reply/ReplyEditor.h"

#include "ModalPrompts.h"
#include "mail/MailIngestor.h"
#include "mail/outbox/SendChecklist.h"
#include "mail/outbox/TicketForwards.h"
#include "reply/ReplyAttachmentList.h"
#include "reply/SendConfirmationDialog.h"
#include "reply/TemplatePicker.h"
#include "core/Jst.h"
#include "mail/OutgoingMail.h"
#include "tickets/TicketDesk.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

ReplyEditor::ReplyEditor(TicketDesk &desk, ModalPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_prompts(&prompts), m_editors(desk.database(), desk.clock())
{
    setObjectName(u"replyEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *form = new QFormLayout;
    m_to = new QLineEdit(this);
    m_to->setObjectName(u"replyToLineEdit"_s);
    m_cc = new QLineEdit(this);
    m_cc->setObjectName(u"replyCcLineEdit"_s);
    m_bcc = new QLineEdit(this);
    m_bcc->setObjectName(u"replyBccLineEdit"_s);
    m_bcc->setToolTip(tr("Sent to these addresses too, without the others seeing them"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"replySubjectLineEdit"_s);
    m_charset = new QComboBox(this);
    m_charset->setObjectName(u"replyCharsetComboBox"_s);
    m_charset->addItem(tr("UTF-8 (recommended)"), int(OutgoingCharset::Utf8));
    m_charset->addItem(tr("ISO-2022-JP (older Japanese mailers)"), int(OutgoingCharset::Iso2022Jp));
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Cc:"), m_cc);
    form->addRow(tr("Bcc:"), m_bcc);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Encoding:"), m_charset);
    layout->addLayout(form);
    m_mode = new QLabel(tr("Forward: the customer's mail and its attachments go to the addresses in To. A forward "
                           "is not an answer: the ticket's deadline stays until the customer is answered."),
                        this);
    m_mode->setObjectName(u"replyModeLabel"_s);
    m_mode->setWordWrap(true);
    m_mode->setStyleSheet(u"color: #4a148c; background-color: #f3e5f5; padding: 3px"_s);
    m_mode->hide();
    layout->insertWidget(0, m_mode);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"replyWaitingNoticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"color: #7a4a00; background-color: #fff3cd; padding: 3px"_s);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"replyBodyEdit"_s);
    layout->addWidget(m_body, 1);
    m_attachments = new ReplyAttachmentList(prompts, this);
    layout->addWidget(m_attachments);
    connect(m_attachments, &ReplyAttachmentList::refused, this, &ReplyEditor::showError);
    m_body->viewport()->installEventFilter(this);
    m_error = new QLabel(this);
    m_error->setObjectName(u"replyErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    auto *templateButton = new QPushButton(tr("Template…"), this);
    templateButton->setObjectName(u"replyTemplateButton"_s);
    templateButton->setToolTip(tr("Insert a template where the cursor is (Ctrl+T)"));
    templateButton->setShortcut(QKeySequence(u"Ctrl+T"_s));
    connect(templateButton, &QPushButton::clicked, this, [this] { pickTemplate(); });
    buttons->addWidget(templateButton);
    buttons->addStretch(1);
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(u"replyDiscardButton"_s);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(u"replySendButton"_s);
    m_send->setToolTip(tr("Check the recipients, then queue the reply in the outbox (Ctrl+Return)"));
    m_send->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    buttons->addWidget(m_discard);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);
    connect(m_send, &QPushButton::clicked, this, [this] { confirmSend(); });
    connect(m_discard, &QPushButton::clicked, this, &ReplyEditor::discard);

    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(ReplyEditors::heartbeatSecs * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_editorId > 0)
            (void)m_editors.beat(m_editorId); // a missed beat only makes the row look stale later
    });
    hide();
}

void ReplyEditor::setPrompts(ModalPrompts &prompts)
{
    m_prompts = &prompts;
    m_attachments->setPrompts(prompts);
}

bool ReplyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body->viewport() && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (ReplyAttachmentList::hasFiles(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
    }
    if (watched == m_body->viewport() && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (m_attachments->addDropped(drop->mimeData())) {
            drop->acceptProposedAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

ReplyEditor::~ReplyEditor()
{
    if (m_editorId > 0)
        (void)m_editors.close(m_editorId);
}

bool ReplyEditor::start(const StaffUser &me, qint64 ticketId, ReplyScope scope)
{
    if (m_ticketId == ticketId && isVisible() && m_draft.kind == MessageKind::StaffReply) {
        m_body->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (m_ticketId == ticketId && m_draft.kind != MessageKind::StaffReply)
        setAside(); // a forward being written here is kept
    close();
    const std::optional<SetAside> kept = m_setAside.contains(ticketId) ? std::optional(m_setAside.take(ticketId))
                                                                       : std::nullopt;
    auto draft = kept ? Result<ReplyDraft>(kept->draft) : TicketReplies(m_desk).draft(ticketId, scope, me.id);
    if (!draft) {
        showError(draft.error().message);
        return false;
    }
    return open(me, *draft, kept);
}

bool ReplyEditor::startForward(const StaffUser &me, qint64 ticketId, qint64 messageRowId)
{
    if (m_ticketId == ticketId && isVisible() && m_draft.kind == MessageKind::Forward) {
        m_to->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (m_ticketId == ticketId && m_draft.kind != MessageKind::Forward)
        setAside(); // the reply being written here is kept
    close();
    const std::optional<SetAside> kept = messageRowId == 0 && m_setAsideForwards.contains(ticketId)
                                             ? std::optional(m_setAsideForwards.take(ticketId))
                                             : std::nullopt;
    auto draft = kept ? Result<ReplyDraft>(kept->draft) : TicketForwards(m_desk).draft(ticketId, messageRowId, me.id);
    if (!draft) {
        showError(draft.error().message);
        return false;
    }
    return open(me, *draft, kept);
}

bool ReplyEditor::open(const StaffUser &me, const ReplyDraft &draft, const std::optional<SetAside> &kept)
{
    const qint64 ticketId = draft.ticketId;
    const bool forward = draft.kind == MessageKind::Forward;
    if (draft.from.address.isEmpty()) {
        showError(tr("The desk's support address, which replies are sent from, is not set yet. A manager enters "
                     "it in Settings → Mailbox under \"Replies from the desk\"."));
        return false;
    }
    auto seen = m_editors.lastMessageRowId(ticketId);
    auto opened = m_editors.open(me, ticketId);
    if (!seen || !opened) {
        showError(!seen ? seen.error().message : opened.error().message);
        return false;
    }
    m_me = me;
    m_ticketId = ticketId;
    m_editorId = opened->id;
    m_lastSeenRowId = kept ? kept->lastSeenRowId : *seen;
    m_draft = draft;
    m_to->setText(kept ? kept->to : OutgoingMail::formatAddresses(draft.to));
    m_cc->setText(kept ? kept->cc : OutgoingMail::formatAddresses(draft.cc));
    m_bcc->setText(kept ? kept->bcc : OutgoingMail::formatAddresses(draft.bcc));
    m_subject->setText(draft.subject);
    m_charset->setCurrentIndex(std::max(0, m_charset->findData(int(draft.charset))));
    m_body->setPlainText(draft.body);
    m_attachments->setLimit(TicketReplies(m_desk).attachmentLimit().valueOr(TicketReplies::defaultAttachmentLimit));
    m_attachments->setAttachments(draft.attachments);
    QTextCursor top = m_body->textCursor();
    top.movePosition(QTextCursor::Start);
    m_body->setTextCursor(top);
    m_error->hide();
    m_mode->setVisible(forward);
    QStringList waiting;
    // 二重返信防止 is about answers; a forward answers nothing.
    if (auto pending = m_editors.waitingReplies(ticketId); pending && !forward) {
        for (const ReplySinceOpened &r : std::as_const(*pending))
            waiting.append(tr("%1's reply of %2 is waiting in the outbox to be sent.")
                               .arg(r.authorName, QLocale().toString(Jst::toJst(r.at), u"HH:mm"_s)));
    }
    m_notice->setText(waiting.join(u'\n'));
    m_notice->setVisible(!waiting.isEmpty());
    m_heartbeat->start();
    show();
    if (forward && m_to->text().isEmpty())
        m_to->setFocus(Qt::ShortcutFocusReason);
    else
        m_body->setFocus(Qt::ShortcutFocusReason);
    return true;
}

bool ReplyEditor::reopen(const StaffUser &me, const ReplyDraft &draft)
{
    SetAside kept;
    kept.draft = draft;
    kept.to = OutgoingMail::formatAddresses(draft.to);
    kept.cc = OutgoingMail::formatAddresses(draft.cc);
    kept.bcc = OutgoingMail::formatAddresses(draft.bcc);
    kept.lastSeenRowId = m_editors.lastMessageRowId(draft.ticketId).valueOr(0);
    setAsideFor(draft.kind).insert(draft.ticketId, kept);
    return draft.kind == MessageKind::Forward ? startForward(me, draft.ticketId) : start(me, draft.ticketId);
}

ReplyDraft ReplyEditor::currentDraft(QString *problem) const
{
    ReplyDraft draft = m_draft;
    auto to = OutgoingMail::parseAddresses(m_to->text());
    auto cc = OutgoingMail::parseAddresses(m_cc->text());
    auto bcc = OutgoingMail::parseAddresses(m_bcc->text());
    if (!to || !cc || !bcc) {
        *problem = !to ? to.error().message : !cc ? cc.error().message : bcc.error().message;
        return draft;
    }
    if (to->isEmpty()) {
        *problem = tr("Enter at least one recipient in To.");
        return draft;
    }
    draft.to = *to;
    draft.cc = *cc;
    draft.bcc = *bcc;
    draft.subject = m_subject->text().trimmed();
    draft.body = m_body->toPlainText();
    draft.charset = OutgoingCharset(m_charset->currentData().toInt());
    draft.attachments = m_attachments->attachments();
    return draft;
}

std::optional<ReplyDraft> ReplyEditor::validDraft()
{
    QString problem;
    const ReplyDraft draft = currentDraft(&problem);
    if (!problem.isEmpty()) {
        showError(problem);
        return std::nullopt;
    }
    return draft;
}

SendConfirmationDialog *ReplyEditor::confirmSend()
{
    if (m_ticketId <= 0)
        return nullptr;
    if (m_confirmation) {
        m_confirmation->raise();
        return m_confirmation;
    }
    const std::optional<ReplyDraft> draft = validDraft();
    if (!draft)
        return nullptr;
    auto ticket = m_desk.tickets().ticket(m_ticketId);
    auto desk = MailIngestor::loadAddresses(m_desk);
    if (!ticket || !desk) {
        showError(!ticket ? ticket.error().message : desk.error().message);
        return nullptr;
    }
    const QString customer = ticket->has_value() ? (*ticket)->customerAddress : QString();
    m_error->hide();
    SendChecklist checklist = SendChecklist::forReply(*draft, customer, *desk);
    for (const OutgoingAttachment &file : draft->attachments)
        checklist.addAttachment(file.fileName, file.data.size());
    auto words = m_desk.settings().value(QString::fromLatin1(SendChecklist::warningWordsSetting),
                                         SendChecklist::defaultWarningWords());
    if (!words) {
        showError(words.error().message);
        return nullptr;
    }
    checklist.warningWords = SendChecklist::wordsFound(SendChecklist::parseWords(*words), draft->subject, draft->body);
    auto ticking = m_desk.settings().value(QString::fromLatin1(SendChecklist::checklistSetting));
    if (!ticking) {
        showError(ticking.error().message);
        return nullptr;
    }
    if (ticking->trimmed() == u"0"_s) {
        // A manager switched the list off: one plain question still stands before every send.
        if (m_prompts->confirm(this, tr("Send"), plainSendQuestion(checklist, draft->subject)))
            sendConfirmed();
        return nullptr;
    }
    m_confirmation = new SendConfirmationDialog(checklist, draft->subject, this);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation->setWindowModality(Qt::WindowModal);
    connect(m_confirmation, &QDialog::accepted, this, [this] {
        m_confirmation.clear();
        sendConfirmed();
    });
    m_confirmation->open();
    return m_confirmation;
}

QString ReplyEditor::plainSendQuestion(const SendChecklist &checklist, const QString &subject)
{
    QStringList to, others, files;
    for (const SendChecklist::Item &item : checklist.items) {
        if (item.kind == SendChecklist::Kind::To)
            to.append(item.text);
        else if (item.kind == SendChecklist::Kind::Attachment)
            files.append(item.text);
        else
            others.append(item.text);
    }
    QString question = tr("Send 「%1」 to %2?").arg(subject, to.join(u", "_s));
    if (!others.isEmpty())
        question += u'\n' + tr("Also to (Cc, Bcc): %1").arg(others.join(u", "_s));
    if (!files.isEmpty())
        question += u'\n' + tr("Attachments: %1").arg(files.join(u", "_s));
    if (!checklist.warningWords.isEmpty())
        question += u'\n' + tr("This reply contains words to check before sending: %1")
                                 .arg(u"「"_s + checklist.warningWords.join(u"」「"_s) + u"」"_s);
    return question;
}

bool ReplyEditor::sendConfirmed()
{
    if (m_ticketId <= 0)
        return false;
    const std::optional<ReplyDraft> draft = validDraft();
    if (!draft)
        return false;
    // 二重返信防止: someone answered while this editor was open (a forward answers nothing).
    auto since = m_draft.kind == MessageKind::Forward ? Result<QList<ReplySinceOpened>>(QList<ReplySinceOpened>())
                                                      : m_editors.repliesSince(m_ticketId, m_lastSeenRowId);
    if (since && !since->isEmpty()) {
        QStringList lines;
        for (const ReplySinceOpened &r : std::as_const(*since)) {
            const QString at = QLocale().toString(Jst::toJst(r.at), u"HH:mm"_s);
            lines.append(r.waiting ? tr("%1 wrote a reply at %2; it is waiting in the outbox to be sent")
                                         .arg(r.authorName, at)
                                   : tr("%1 replied at %2").arg(r.authorName, at));
        }
        const QString question = tr("Since you started this reply, someone else answered this ticket:\n%1\n\n"
                                    "Send your reply anyway?")
                                     .arg(lines.join(u'\n'));
        if (!m_prompts->confirmRisky(this, tr("Another reply was sent"), question))
            return false;
    }
    auto queued = TicketReplies(m_desk).queue(m_me, *draft);
    if (!queued) {
        showError(queued.error().message);
        return false;
    }
    const qint64 ticket = m_ticketId;
    close();
    Q_EMIT replyQueued(ticket, queued->outboxId);
    return true;
}

void ReplyEditor::discard()
{
    setAsideFor(m_draft.kind).remove(m_ticketId);
    close();
}

void ReplyEditor::setAside()
{
    if (m_ticketId <= 0)
        return;
    SetAside kept;
    kept.draft = m_draft;
    kept.draft.subject = m_subject->text();
    kept.draft.body = m_body->toPlainText();
    kept.draft.charset = OutgoingCharset(m_charset->currentData().toInt());
    kept.draft.attachments = m_attachments->attachments();
    kept.to = m_to->text();
    kept.cc = m_cc->text();
    kept.bcc = m_bcc->text();
    kept.lastSeenRowId = m_lastSeenRowId;
    setAsideFor(m_draft.kind).insert(m_ticketId, kept);
    close();
}

void ReplyEditor::close()
{
    m_heartbeat->stop();
    if (m_editorId > 0)
        (void)m_editors.close(m_editorId);
    const bool wasOpen = m_ticketId > 0;
    m_editorId = 0;
    m_ticketId = 0;
    m_body->clear();
    m_attachments->setAttachments({});
    m_error->hide();
    m_notice->hide();
    m_mode->hide();
    if (m_confirmation)
        m_confirmation->reject();
    if (m_picker)
        m_picker->reject();
    hide();
    if (wasOpen)
        Q_EMIT closed();
}

void ReplyEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    if (!isVisible() && m_ticketId <= 0)
        show();
}

TemplatePicker *ReplyEditor::pickTemplate()
{
    if (m_ticketId <= 0)
        return nullptr;
    if (m_picker)
        return m_picker;
    auto templates = ReplyTemplates(m_desk).visibleTo(m_me.id);
    if (!templates) {
        showError(templates.error().message);
        return nullptr;
    }
    m_picker = new TemplatePicker(*templates, this);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker->setWindowModality(Qt::WindowModal);
    connect(m_picker, &QDialog::accepted, this, [this] {
        const std::optional<ReplyTemplate> chosen = m_picker ? m_picker->chosen() : std::nullopt;
        if (!chosen || m_ticketId <= 0)
            return;
        auto filled = ReplyTemplates(m_desk).filledFor(*chosen, m_ticketId, m_me);
        if (!filled) {
            showError(filled.error().message);
            return;
        }
        // A template's subject replaces the reply's, still tagged with the ticket number.
        if (!filled->subject.isEmpty())
            m_subject->setText(filled->subject);
        m_body->insertPlainText(filled->body);
        m_body->setFocus(Qt::OtherFocusReason);
    });
    m_picker->open();
    return m_picker;
}

SendConfirmationDialog *ReplyEditor::confirmation() const
{
    return m_confirmation.data();
}

void ReplyEditor::dismiss()
{
    if (m_ticketId > 0)
        return;
    m_error->hide();
    hide();
}

QString ReplyEditor::waitingNotice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString ReplyEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Madoguchi
