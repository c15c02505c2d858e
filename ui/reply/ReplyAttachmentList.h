#pragma once

#include "mail/OutgoingAttachment.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QMimeData;
class QPushButton;

namespace Madoguchi {

class ModalPrompts;

// The files going out with a reply, under its text: Attach… (a file dialog) or files dropped
// on it or on the reply's text, each shown with its size, Remove for the selected one, and
// the total against the administrator's limit. A file that would take the total over the
// limit is refused with the reason (refused()), never added.
class ReplyAttachmentList : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyAttachmentList(ModalPrompts &prompts, QWidget *parent = nullptr);
    void setPrompts(ModalPrompts &prompts) { m_prompts = &prompts; }

    void setLimit(qint64 bytes) { m_limit = bytes; }
    // False (and refused() said why) when it cannot be read or is over the limit.
    bool addFile(const QString &path);
    // Every local file of a drop; true when the drop held files (taken even if refused).
    bool addDropped(const QMimeData *data);
    static bool hasFiles(const QMimeData *data);
    void removeSelected();
    QList<OutgoingAttachment> attachments() const { return m_files; }
    void setAttachments(const QList<OutgoingAttachment> &files);

Q_SIGNALS:
    void refused(const QString &why);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();

    ModalPrompts *m_prompts;
    qint64 m_limit = 0;
    QList<OutgoingAttachment> m_files;
    QListWidget *m_list = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Madoguchi
