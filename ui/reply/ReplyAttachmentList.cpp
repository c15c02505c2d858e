#include "reply/ReplyAttachmentList.h"

#include "ModalPrompts.h"
#include "mail/outbox/TicketReplies.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

ReplyAttachmentList::ReplyAttachmentList(ModalPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_prompts(&prompts), m_limit(TicketReplies::defaultAttachmentLimit)
{
    setObjectName(u"replyAttachmentList"_s);
    setAcceptDrops(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"replyAttachmentsListWidget"_s);
    m_list->setMaximumHeight(72);
    m_list->setToolTip(tr("Files sent with the reply; drop files here or on the text to add them"));
    layout->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    auto *attach = new QPushButton(tr("Attach…"), this);
    attach->setObjectName(u"replyAttachButton"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"replyRemoveAttachmentButton"_s);
    m_total = new QLabel(this);
    m_total->setObjectName(u"replyAttachmentTotalLabel"_s);
    side->addWidget(attach);
    side->addWidget(m_remove);
    side->addWidget(m_total);
    side->addStretch(1);
    layout->addLayout(side);
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts->openFileName(this, tr("Attach a file"), QString());
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_remove, &QPushButton::clicked, this, &ReplyAttachmentList::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    refresh();
}

bool ReplyAttachmentList::addFile(const QString &path)
{
    auto file = OutgoingAttachment::fromFile(path);
    if (!file) {
        Q_EMIT refused(file.error().message);
        return false;
    }
    if (auto fits = TicketReplies::checkAttachmentSize(TicketReplies::totalBytes(m_files) + file->data.size(),
                                                      m_limit);
        !fits) {
        Q_EMIT refused(tr("%1 was not attached: %2").arg(file->fileName, fits.error().message));
        return false;
    }
    m_files.append(*file);
    refresh();
    return true;
}

bool ReplyAttachmentList::hasFiles(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return false;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            return true;
    }
    return false;
}

bool ReplyAttachmentList::addDropped(const QMimeData *data)
{
    if (!hasFiles(data))
        return false;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && !addFile(url.toLocalFile()))
            break;
    }
    return true;
}

void ReplyAttachmentList::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    refresh();
}

void ReplyAttachmentList::setAttachments(const QList<OutgoingAttachment> &files)
{
    m_files = files;
    refresh();
}

void ReplyAttachmentList::dragEnterEvent(QDragEnterEvent *event)
{
    if (hasFiles(event->mimeData()))
        event->acceptProposedAction();
}

void ReplyAttachmentList::dropEvent(QDropEvent *event)
{
    if (addDropped(event->mimeData()))
        event->acceptProposedAction();
}

void ReplyAttachmentList::refresh()
{
    const QLocale locale;
    m_list->clear();
    for (const OutgoingAttachment &file : std::as_const(m_files))
        m_list->addItem(u"%1 (%2)"_s.arg(file.fileName, locale.formattedDataSize(file.data.size())));
    m_list->setVisible(!m_files.isEmpty());
    m_remove->setVisible(!m_files.isEmpty());
    m_remove->setEnabled(m_list->currentRow() >= 0);
    m_total->setVisible(!m_files.isEmpty());
    m_total->setText(tr("%1 of %2").arg(locale.formattedDataSize(TicketReplies::totalBytes(m_files)),
                                        locale.formattedDataSize(m_limit)));
}

} // namespace Madoguchi
