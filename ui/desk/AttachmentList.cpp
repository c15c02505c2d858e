#include "desk/AttachmentList.h"

#include "tickets/TicketStore.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

AttachmentList::AttachmentList(TicketStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"attachmentListWidget"_s);
    m_list->setMaximumHeight(70);
    auto *open = new QPushButton(tr("Open"), this);
    auto *save = new QPushButton(tr("Save as…"), this);
    layout->addWidget(m_list, 1);
    layout->addWidget(open);
    layout->addWidget(save);
    connect(open, &QPushButton::clicked, this, &AttachmentList::open);
    connect(save, &QPushButton::clicked, this, &AttachmentList::saveAs);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentList::open);
}

void AttachmentList::showMessages(const QList<TicketMessage> &messages)
{
    m_list->clear();
    m_rows.clear();
    for (const TicketMessage &m : messages) {
        for (const MessageAttachment &a : m.attachments) {
            m_list->addItem(u"%1 (%2)"_s.arg(a.fileName, QLocale().formattedDataSize(a.size)));
            m_rows.append({m.id, a.id});
        }
    }
    setVisible(!m_rows.isEmpty());
}

int AttachmentList::count() const
{
    return int(m_rows.size());
}

QString AttachmentList::safeFileName(const QString &name)
{
    QString clean = name.section(u'/', -1).section(u'\\', -1);
    for (QChar &c : clean) {
        if (c.unicode() < 0x20 || QStringView(u"<>:\"|?*").contains(c))
            c = u'_';
    }
    while (clean.startsWith(u'.'))
        clean.remove(0, 1);
    clean = clean.trimmed();
    return clean.isEmpty() ? u"attachment"_s : clean.left(200);
}

QString AttachmentList::writeTemporary(const MessageAttachment &attachment)
{
    // One folder per opened file, kept until the program ends, so the viewer can still read it.
    static QList<QTemporaryDir *> folders;
    auto *dir = new QTemporaryDir(QDir::tempPath() + u"/madoguchi-XXXXXX"_s);
    if (!dir->isValid()) {
        delete dir;
        return {};
    }
    folders.append(dir);
    const QString path = dir->filePath(safeFileName(attachment.fileName));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment.content) != attachment.content.size())
        return {};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

std::optional<MessageAttachment> AttachmentList::load(int row)
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    auto message = m_store.message(m_rows.at(row).first, true);
    if (!message || !message->has_value()) {
        Q_EMIT failed(message ? tr("The message is gone.") : message.error().message);
        return std::nullopt;
    }
    for (const MessageAttachment &a : std::as_const((*message)->attachments)) {
        if (a.id == m_rows.at(row).second)
            return a;
    }
    return std::nullopt;
}

void AttachmentList::open()
{
    auto attachment = load(m_list->currentRow());
    if (!attachment)
        return;
    const QString path = writeTemporary(*attachment);
    if (path.isEmpty()) {
        Q_EMIT failed(tr("Could not write %1 to a temporary file.").arg(attachment->fileName));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void AttachmentList::saveAs()
{
    auto attachment = load(m_list->currentRow());
    if (!attachment)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"),
                                                      folder + u'/' + safeFileName(attachment->fileName));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment->content) != attachment->content.size())
        Q_EMIT failed(tr("Could not save %1: %2").arg(path, file.errorString()));
}

} // namespace Madoguchi
