#pragma once

#include <QFile>
#include <QIODevice>

#include <cstdio>

namespace Madoguchi {

// Standard output or error with every escape-capable control character made visible, as
// the last line of defence for whatever text a command prints (mail-derived names, server
// words, file names): C0 other than tab, LF and CR, DEL and the C1 range of UTF-8 are
// written as TerminalText::visible() shows them. CR stays because progress lines use it;
// the commands that print mail text replace it themselves (TerminalText).
class TerminalDevice : public QIODevice
{
public:
    explicit TerminalDevice(FILE *stream);
    ~TerminalDevice() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_file;
    bool m_pendingC2 = false; // a UTF-8 lead byte 0xC2 whose next byte may be a C1 control
};

} // namespace Madoguchi
