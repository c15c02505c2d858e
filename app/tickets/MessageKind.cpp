#include "tickets/KeyedNames.h"
#include "tickets/TicketMessage.h"

namespace Madoguchi {

namespace {

const KeyedName<MessageKind> kindNames[] = {
    {MessageKind::CustomerMessage, "customer", QT_TRANSLATE_NOOP("MessageKind", "Customer")},
    {MessageKind::StaffReply, "reply", QT_TRANSLATE_NOOP("MessageKind", "Reply")},
    {MessageKind::InternalNote, "note", QT_TRANSLATE_NOOP("MessageKind", "Internal note")},
    {MessageKind::AutoReply, "auto-reply", QT_TRANSLATE_NOOP("MessageKind", "Auto-reply")},
    {MessageKind::Acknowledgement, "ack", QT_TRANSLATE_NOOP("MessageKind", "Acknowledgement")},
    {MessageKind::Bounce, "bounce", QT_TRANSLATE_NOOP("MessageKind", "Delivery failure")},
};

} // namespace

QString messageKindKey(MessageKind kind)
{
    return keyOf(kindNames, kind);
}

std::optional<MessageKind> messageKindFromKey(const QString &key)
{
    return valueOfKey(kindNames, key);
}

QString messageKindLabel(MessageKind kind)
{
    return labelOf(kindNames, kind, "MessageKind");
}

} // namespace Madoguchi
