#pragma once

#include "core/Result.h"
#include "tickets/TicketMessage.h"

namespace Madoguchi {

// Attachments kept once (schema version 20, docs/store.md "Size"): an attachment of mail as
// received is in the message's raw source already, so its row keeps the file name, type,
// size and SHA-256 and content NULL, and these bytes are parsed back out of the source.
namespace StoredAttachments {

// Whether the row for `file` of a message with raw source `rawSource` stores its bytes.
bool storesContent(const MessageAttachment &file, const QByteArray &rawSource);

// Fills in the content of every attachment of `m` whose row kept none, from m.rawSource
// (already unpacked): each is matched by size and SHA-256, in order, so what is returned is
// byte for byte what was received. Fails with one clear message when a stored source no
// longer holds an attachment its row names.
Result<void> readFromSource(TicketMessage &m);

} // namespace StoredAttachments

} // namespace Madoguchi
