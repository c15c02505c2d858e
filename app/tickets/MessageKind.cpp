#include "tickets/KeyedNames.h"
#include "tickets/TicketMessage.h"

namespace Madoguchi {

namespace {

const KeyedName<MessageKind> kindNames[] = {
    {MessageKind::CustomerMessage, "customer", QT_TRANSLATE_NOOP("MessageKind", "Customer")},
    {MessageKind::StaffReply, "reply", QT_TRANSLATE_NOOP("MessageKind", "Reply")},
    {MessageKind::InternalNote, "note", QT_TRANSLATE_NOOP("MessageKind", "Internal note")},
    {MessageKind::AutoReply, "auto-reply", QT_TRANSLATE_NOOP("MessageKind", "Auto-reply")},
    {MessageKind::Acknowledgement, "ack", QT_TRANSLATE_NOOP("MessageKind", "Automatic acknowledgement")},
    {MessageKind::Bounce, "bounce", QT_TRANSLATE_NOOP("MessageKind", "Delivery failure")},
    {MessageKind::Forward, "forward", QT_TRANSLATE_NOOP("MessageKind", "Forward")},
    {MessageKind::Notice, "notice", QT_TRANSLATE_NOOP("MessageKind", "Notice")},
};

const KeyedName<ReplyDelivery> deliveryNames[] = {
    {ReplyDelivery::Delivered, "ok", ""},
    {ReplyDelivery::Pending, "pending", QT_TRANSLATE_NOOP("ReplyDelivery", "waiting to be sent")},
    {ReplyDelivery::Undelivered, "undelivered", QT_TRANSLATE_NOOP("ReplyDelivery", "undelivered")},
    {ReplyDelivery::Discarded, "discarded", QT_TRANSLATE_NOOP("ReplyDelivery", "discarded (not sent)")},
    {ReplyDelivery::Held, "held", QT_TRANSLATE_NOOP("ReplyDelivery", "waiting for approval")},
};

} // namespace

QString replyDeliveryKey(ReplyDelivery delivery)
{
    return keyOf(deliveryNames, delivery);
}

ReplyDelivery replyDeliveryFromKey(const QString &key)
{
    return valueOfKey(deliveryNames, key).value_or(ReplyDelivery::Delivered);
}

QString replyDeliveryLabel(ReplyDelivery delivery)
{
    return delivery == ReplyDelivery::Delivered ? QString() : labelOf(deliveryNames, delivery, "ReplyDelivery");
}

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
