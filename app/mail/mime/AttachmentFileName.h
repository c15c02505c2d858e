#pragma once

#include <QString>

namespace Madoguchi {

// Makes a sender-supplied attachment name safe before anything touches the file system:
// no directories (both separators), no "..", no control or bidi-override characters, no
// characters Windows refuses, no reserved device names, at most 200 UTF-8 bytes with the
// extension kept. The result is never empty: `fallback` (itself sanitised) is used instead.
class AttachmentFileName
{
public:
    static constexpr int kMaxUtf8Bytes = 200;

    static QString sanitize(const QString &name, const QString &fallback = QStringLiteral("attachment"));
};

} // namespace Madoguchi
