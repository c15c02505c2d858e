#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Madoguchi {

// Text decoded from bytes, with the charset actually used and whether it was guessed
// (the label was missing, unknown or contradicted by the bytes).
struct DecodedText
{
    QString text;
    QByteArray charset; // the ICU/Qt name used, e.g. "windows-31j", "ISO-2022-JP", "UTF-8"
    bool guessed = false;
};

// Turns mail bytes into Unicode with QStringDecoder (ICU in Debian's Qt). GMime's iconv
// path loses NEC/IBM extension characters (①, ㈱, №) and cannot open windows-31j, so every
// charset decode in the mail code goes through here (platform-notes, section 3).
class CharsetDecoder
{
public:
    // Decodes `bytes` declared as `label` (may be empty). When the label is missing,
    // unknown or plainly wrong for the bytes, the charset is detected and `guessed` set.
    static DecodedText decode(QByteArrayView bytes, QByteArrayView label);

    // The decoder name for a MIME charset label: Shift_JIS and its aliases become
    // windows-31j (a superset that has ①/㈱), CP5022x become ISO-2022-JP, Latin-1 becomes
    // windows-1252 (what mailers really mean). Empty for an empty label.
    static QByteArray canonicalName(QByteArrayView label);

    // Detection order: ISO-2022-JP escape sequences, valid UTF-8, then Shift_JIS/EUC-JP
    // scoring; windows-1252 when nothing fits.
    static QByteArray detect(QByteArrayView bytes);

    // Decodes with exactly this decoder name; `errors` counts undecodable sequences.
    static QString decodeWith(QByteArrayView bytes, const QByteArray &name, int *errors = nullptr);

    static bool isAscii(QByteArrayView bytes);
    static bool hasIso2022Escape(QByteArrayView bytes);
    static bool isValidUtf8(QByteArrayView bytes);
};

} // namespace Madoguchi
