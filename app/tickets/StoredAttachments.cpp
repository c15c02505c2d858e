#include "tickets/StoredAttachments.h"

#include "mail/mime/MimeParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi::StoredAttachments {

bool storesContent(const MessageAttachment &file, const QByteArray &rawSource)
{
    return !file.inSource || rawSource.isEmpty() || file.content.isEmpty();
}

Result<void> readFromSource(TicketMessage &m)
{
    const auto missing = [](const MessageAttachment &file) { return file.content.isNull() && file.size > 0; };
    // Rows written before version 20 always kept their bytes; without a source there is nothing to read.
    if (m.rawSource.isEmpty() || std::none_of(m.attachments.cbegin(), m.attachments.cend(), missing))
        return {};
    // The limits the mail was read with at intake, except that a source is never too large here.
    MimeParser::Limits limits;
    limits.maxMessageBytes = std::max(limits.maxMessageBytes, m.rawSource.size() + 1);
    const QList<MailAttachment> parsed = MimeParser(limits).parse(m.rawSource).attachments;
    QList<bool> used(parsed.size(), false);
    for (MessageAttachment &file : m.attachments) {
        if (!missing(file))
            continue;
        for (qsizetype i = 0; i < parsed.size() && file.content.isNull(); ++i) {
            if (used.at(i) || parsed.at(i).data.size() != file.size)
                continue;
            if (QCryptographicHash::hash(parsed.at(i).data, QCryptographicHash::Sha256).toHex() != file.sha256)
                continue;
            used[i] = true;
            file.content = parsed.at(i).data;
        }
        if (file.content.isNull()) {
            return makeError(u"store"_s, QCoreApplication::translate("StoredAttachments",
                                                                     "The attachment %1 of message %2 is not in the "
                                                                     "message's stored source.")
                                             .arg(file.fileName)
                                             .arg(m.id));
        }
    }
    return {};
}

} // namespace Madoguchi::StoredAttachments
