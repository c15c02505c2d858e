#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Madoguchi {

// The text of one command after its tag, built piece by piece. A string that cannot be
// quoted (8-bit, CR/LF) is sent as a synchronising literal, which splits the command into
// parts: the connection sends a part, waits for the server's "+", then sends the next.
// The log text masks secrets, so the protocol log never shows a password.
class ImapCommand
{
public:
    ImapCommand() = default;
    explicit ImapCommand(const QByteArray &name);

    ImapCommand &atom(const QByteArray &text);                     // sent as is, preceded by a space
    ImapCommand &secretAtom(const QByteArray &text);               // sent as is, logged as ***
    ImapCommand &string(const QByteArray &bytes, bool secret = false); // quoted or literal
    ImapCommand &mailbox(const QString &name);                     // modified UTF-7, quoted

    const QList<QByteArray> &parts() const { return m_parts; }
    const QByteArray &logText() const { return m_log; }
    QByteArray name() const;

    // "INBOX" -> INBOX, "送信済み" -> &kAFP4W4IMH8w4TD8- (RFC 3501 section 5.1.3).
    static QByteArray encodeMailboxName(const QString &name);
    // 1,2,3,5,7,8 -> "1:3,5,7:8". The input may be in any order and contain duplicates.
    static QByteArray uidSet(QList<quint32> uids);

private:
    void appendText(const QByteArray &text, const QByteArray &logged);

    QList<QByteArray> m_parts{QByteArray()};
    QByteArray m_log;
};

} // namespace Madoguchi
