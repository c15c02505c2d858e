#pragma once

#include <QString>

namespace Madoguchi {

// A password typed into a server address (smtp://user:PASSWORD@host): found in the raw text,
// whether or not it is a valid URL, so that no message, setting or log ever repeats it.
// Passwords belong in the system keychain (`madoguchi-cli account password`).
class UrlPassword
{
public:
    // True when the text between "://" and the last "@" holds a ":" with something after it.
    static bool present(const QString &text);
    // The text with that part replaced by "***" (smtp://user:***@host:587).
    static QString hidden(const QString &text);
    // The text without it (smtp://user@host:587): what an older version may have saved.
    static QString removed(const QString &text);
};

} // namespace Madoguchi
