#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Madoguchi {

// The byte stream under an IMAP connection. The real one is SslImapSocket; tests hand in a
// scripted fake, so every protocol exchange can be checked byte for byte without a network.
class ImapSocket : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Opens the connection; with `implicitTls` the TLS handshake is part of it (port 993).
    // Emits ready() when bytes can flow, or failed().
    virtual void connectToHost(const QString &host, quint16 port, bool implicitTls) = 0;
    // Upgrades the open connection (after STARTTLS); emits encrypted() or failed().
    virtual void startTls() = 0;
    virtual bool isEncrypted() const = 0;
    virtual QByteArray readAll() = 0;
    virtual void write(const QByteArray &data) = 0;
    // Drops the connection at once; emits nothing afterwards.
    virtual void abort() = 0;

Q_SIGNALS:
    void ready();
    void encrypted();
    void readyRead();
    void closedByPeer();
    void failed(const Madoguchi::Error &error);
};

} // namespace Madoguchi
