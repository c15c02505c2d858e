#include "tickets/StoredText.h"

namespace Madoguchi::StoredText {

QString bounded(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype keep = limit - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

} // namespace Madoguchi::StoredText
