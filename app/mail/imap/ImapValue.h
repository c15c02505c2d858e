#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace Madoguchi {

// One parsed IMAP data item (RFC 3501 section 4): an atom, a number, a string (quoted or
// literal; a literal's bytes are shared with the parser's buffer, never copied), NIL, or
// a parenthesised list.
struct ImapValue
{
    enum class Kind { Atom, Number, String, Nil, List };

    Kind kind = Kind::Nil;
    QByteArray text;        // atom or string bytes
    quint64 number = 0;     // for Number
    QList<ImapValue> items; // for List

    bool isAtom() const { return kind == Kind::Atom; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isString() const { return kind == Kind::String; }
    bool isNil() const { return kind == Kind::Nil; }
    bool isList() const { return kind == Kind::List; }

    // An atom compared case-insensitively, as IMAP keywords are.
    bool isAtom(const char *keyword) const { return kind == Kind::Atom && text.compare(keyword, Qt::CaseInsensitive) == 0; }

    // An astring/nstring as bytes: atoms and strings give their text, NIL gives nothing.
    std::optional<QByteArray> bytes() const
    {
        if (kind == Kind::Atom || kind == Kind::String)
            return text;
        if (kind == Kind::Number)
            return QByteArray::number(number);
        return std::nullopt;
    }
};

} // namespace Madoguchi
