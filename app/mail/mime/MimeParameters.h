#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Madoguchi {

// Reads one parameter (e.g. filename, name) from a raw Content-Disposition/Content-Type
// value: RFC 2231 continuations and charsets (name*0*=ISO-2022-JP''%1B%24B...;
// name*1*=...), RFC 2047 words inside quoted values (what Outlook and most Japanese
// mailers send) and raw 8-bit values. GMime splits parameters well but converts their
// charset through iconv, which loses CP932 characters, so the charset step happens here.
class MimeParameters
{
public:
    explicit MimeParameters(QByteArrayView rawHeaderValue);

    // The decoded value, or a null string when the parameter is absent.
    QString value(QByteArrayView name, bool *guessed = nullptr) const;

private:
    struct Parameter
    {
        QByteArray name; // lower case, without "*N*"
        int section = -1; // -1 when not an RFC 2231 continuation
        bool extended = false;
        QByteArray value; // unquoted raw bytes
    };
    QList<Parameter> m_parameters;
};

} // namespace Madoguchi
