#include "cli/TerminalText.h"

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

QChar TerminalText::visible(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20)
        return QChar(char16_t(0x2400 + u)); // U+2400 CONTROL PICTURES
    if (u == 0x7F)
        return QChar(char16_t(0x2421));
    if (u >= 0x80 && u <= 0x9F)
        return QChar(char16_t(0xFFFD)); // C1 has no pictures; 0x9B alone starts an escape sequence
    return c;
}

QString TerminalText::line(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        result += c == u'\t' || c == u'\n' ? u' ' : visible(c);
    return result;
}

QString TerminalText::block(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;
        result += c == u'\t' || c == u'\n' ? c : visible(c);
    }
    return result;
}

QString TerminalText::tsvField(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            result += u"\\\\"_s;
            break;
        case u'\t':
            result += u"\\t"_s;
            break;
        case u'\r':
            result += u"\\r"_s;
            break;
        case u'\n':
            result += u"\\n"_s;
            break;
        default:
            result += visible(c);
        }
    }
    return result;
}

} // namespace Madoguchi
