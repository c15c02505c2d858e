#pragma once

#include "mail/imap/ImapSocket.h"

#include <QTimer>

#include <functional>

// An in-process stand-in for the server side of a connection: the test scripts what the
// server sends and reads back exactly what the client wrote.
class FakeImapSocket final : public Madoguchi::ImapSocket
{
    Q_OBJECT
public:
    using ImapSocket::ImapSocket;

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override
    {
        this->host = host;
        this->port = port;
        implicit = implicitTls;
        if (!connectSilently) {
            isTls = implicit; // a real socket has finished the handshake before any byte is read
            QTimer::singleShot(0, this, [this]() { Q_EMIT ready(); });
        }
    }
    void startTls() override
    {
        ++startTlsCalls;
        QTimer::singleShot(0, this, [this]() {
            isTls = true;
            Q_EMIT encrypted();
        });
    }
    bool isEncrypted() const override { return isTls; }
    QByteArray readAll() override
    {
        QByteArray data = incoming;
        incoming.clear();
        return data;
    }
    void write(const QByteArray &data) override
    {
        if (aborted)
            return;
        written += data;
        // A scripted server answers in the next turn of the event loop, ahead of any client
        // timer started with the write: the answer cannot lose a race against a busy machine.
        if (respond) {
            if (const QByteArray reply = respond(data); !reply.isEmpty())
                QTimer::singleShot(0, this, [this, reply]() { serverSends(reply); });
        }
    }
    void abort() override { aborted = true; }

    // The test's side.
    void serverSends(const QByteArray &data)
    {
        incoming += data;
        Q_EMIT readyRead();
    }
    void serverCloses() { Q_EMIT closedByPeer(); }
    QByteArray takeWritten()
    {
        QByteArray data = written;
        written.clear();
        return data;
    }

    QString host;
    quint16 port = 0;
    bool implicit = false;
    bool isTls = false;
    bool aborted = false;
    bool connectSilently = false; // never becomes ready, for the connect timeout
    std::function<QByteArray(const QByteArray &written)> respond; // optional: the server's answer to a write
    int startTlsCalls = 0;
    QByteArray written;
    QByteArray incoming;
};
