#pragma once

#include <QString>

namespace Madoguchi {

// Makes mail HTML safe to show: scripts, styles, frames, objects, forms and event handlers
// are removed; nothing loads from the network (http(s) images become their alt text, CSS
// url() is removed); links keep only safe schemes and show their real target after the
// text when the two differ, so "https://bank.example" cannot hide another address.
class HtmlSanitizer
{
public:
    static QString sanitize(const QString &html);

    // Readable text of an HTML body (for mail that has no text/plain part).
    static QString toPlainText(const QString &html);

    // Decodes character references (&amp; &#x3042; &nbsp; ...).
    static QString decodeEntities(const QString &text);
};

} // namespace Madoguchi
