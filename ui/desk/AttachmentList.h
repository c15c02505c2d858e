#pragma once

#include "tickets/TicketMessage.h"

#include <QWidget>

class QListWidget;

namespace Madoguchi {

class TicketStore;

// A ticket's attachments with Open (through a private temporary file whose name is
// sanitised again, whatever the mail said) and Save as….
class AttachmentList : public QWidget
{
    Q_OBJECT

public:
    AttachmentList(TicketStore &store, QWidget *parent = nullptr);
    void showMessages(const QList<TicketMessage> &messages);
    int count() const;

    // A name safe for any file system: no directories, no control or reserved characters,
    // not hidden, not empty.
    static QString safeFileName(const QString &name);
    // Writes the attachment to a fresh temporary folder; returns the file path.
    static QString writeTemporary(const MessageAttachment &attachment);

Q_SIGNALS:
    void failed(const QString &message);

private:
    std::optional<MessageAttachment> load(int row);
    void open();
    void saveAs();

    TicketStore &m_store;
    QListWidget *m_list = nullptr;
    QList<std::pair<qint64, qint64>> m_rows; // message row id, attachment id
};

} // namespace Madoguchi
