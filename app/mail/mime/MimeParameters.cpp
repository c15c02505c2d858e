#include "mail/mime/MimeParameters.h"

#include "mail/mime/CharsetDecoder.h"
#include "mail/mime/HeaderTextDecoder.h"

#include <algorithm>

namespace Madoguchi {

namespace {

QByteArray percentDecoded(QByteArrayView text)
{
    return QByteArray::fromPercentEncoding(text.toByteArray());
}

} // namespace

MimeParameters::MimeParameters(QByteArrayView rawHeaderValue)
{
    const QByteArray text = HeaderTextDecoder::unfold(rawHeaderValue);
    qsizetype pos = text.indexOf(';');
    while (pos >= 0 && pos < text.size()) {
        ++pos; // past ';'
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t'))
            ++pos;
        const qsizetype eq = text.indexOf('=', pos);
        const qsizetype semi = text.indexOf(';', pos);
        if (eq < 0)
            break;
        if (semi >= 0 && semi < eq) {
            pos = semi;
            continue;
        }
        QByteArray name = text.sliced(pos, eq - pos).trimmed().toLower();
        qsizetype v = eq + 1;
        while (v < text.size() && (text[v] == ' ' || text[v] == '\t'))
            ++v;
        QByteArray value;
        if (v < text.size() && text[v] == '"') {
            ++v;
            while (v < text.size() && text[v] != '"') {
                if (text[v] == '\\' && v + 1 < text.size())
                    ++v;
                value += text[v++];
            }
            pos = text.indexOf(';', v);
        } else {
            const qsizetype end = text.indexOf(';', v);
            value = text.sliced(v, (end < 0 ? text.size() : end) - v).trimmed();
            pos = end;
        }
        Parameter parameter;
        parameter.extended = name.endsWith('*');
        if (parameter.extended)
            name.chop(1);
        if (const qsizetype star = name.indexOf('*'); star >= 0) {
            bool ok = false;
            parameter.section = name.mid(star + 1).toInt(&ok);
            if (!ok)
                parameter.section = -1;
            name.truncate(star);
        }
        parameter.name = std::move(name);
        parameter.value = std::move(value);
        m_parameters.append(std::move(parameter));
    }
}

QString MimeParameters::value(QByteArrayView name, bool *guessed) const
{
    const QByteArray wanted = name.toByteArray().toLower();
    QList<Parameter> sections;
    const Parameter *plain = nullptr;
    const Parameter *extended = nullptr;
    for (const Parameter &p : m_parameters) {
        if (p.name != wanted)
            continue;
        if (p.section >= 0)
            sections.append(p);
        else if (p.extended)
            extended = &p;
        else if (!plain)
            plain = &p;
    }
    auto note = [guessed](const DecodedText &text) {
        if (guessed)
            *guessed = *guessed || text.guessed;
        return text.text;
    };

    if (!sections.isEmpty() || extended) {
        // RFC 2231: charset'language'%XX in the first (or only) extended section; later
        // extended sections are percent-encoded, plain sections literal.
        if (sections.isEmpty())
            sections.append(*extended);
        std::stable_sort(sections.begin(), sections.end(),
                         [](const Parameter &a, const Parameter &b) { return a.section < b.section; });
        QByteArray charset;
        QByteArray bytes;
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const Parameter &p = sections[i];
            QByteArray value = p.value;
            if (i == 0 && p.extended) {
                const qsizetype first = value.indexOf('\'');
                const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
                if (second > first) {
                    charset = value.left(first);
                    value = value.mid(second + 1);
                }
            }
            bytes += p.extended ? percentDecoded(value) : value;
        }
        if (charset.isEmpty() && bytes.contains("=?"))
            return note(HeaderTextDecoder::decodeUnstructured(bytes));
        return note(CharsetDecoder::decode(bytes, charset));
    }
    if (!plain)
        return {};
    // Quoted values with RFC 2047 words inside, or raw 8-bit names: both are common.
    return note(HeaderTextDecoder::decodeUnstructured(plain->value));
}

} // namespace Madoguchi
