#pragma once

#include <QString>

namespace Madoguchi {

// Mail text on a terminal: a subject or a name with ESC, BEL or CR (raw or RFC 2047
// encoded) would otherwise retitle or recolour the terminal or overwrite what was printed.
// Every control character (C0, DEL, C1) is shown as a visible symbol instead: the Unicode
// control pictures (ESC → ␛, BEL → ␇, CR → ␍, DEL → ␡), U+FFFD for C1.
class TerminalText
{
public:
    // One line (a table cell, a subject): tab and LF become a space as well.
    static QString line(const QString &text);
    // Several lines (a mail body): LF and tab stay, CRLF becomes LF.
    static QString block(const QString &text);
    // A TSV field for scripts: backslash, tab, CR and LF are written \\, \t, \r and \n;
    // other control characters as in line().
    static QString tsvField(const QString &text);
    // The symbol shown for one control character, or the character itself.
    static QChar visible(QChar c);
};

} // namespace Madoguchi
