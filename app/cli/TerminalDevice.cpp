#include "cli/TerminalDevice.h"

#include "cli/TerminalText.h"

namespace Madoguchi {

TerminalDevice::TerminalDevice(FILE *stream)
{
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalDevice::~TerminalDevice()
{
    if (m_pendingC2)
        m_file.write("\xC2", 1);
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    for (qint64 i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (m_pendingC2) {
            m_pendingC2 = false;
            if (b >= 0x80 && b <= 0x9F) {
                out += QString(TerminalText::visible(QChar(char16_t(b)))).toUtf8();
                continue;
            }
            out += '\xC2';
        }
        if (b == 0xC2) {
            m_pendingC2 = true;
        } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
            out += QString(TerminalText::visible(QChar(char16_t(b)))).toUtf8();
        } else {
            out += char(b);
        }
    }
    if (!out.isEmpty() && m_file.write(out) != out.size())
        return -1;
    m_file.flush();
    return size;
}

} // namespace Madoguchi
