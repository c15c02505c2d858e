#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A TCP relay between the client and a real server that can cut the connection after a
// given number of server-to-client bytes: the way to drop a session in the middle of a
// FETCH literal. TLS passes through untouched, so certificates are checked end to end.
class CuttingProxy : public QObject
{
    Q_OBJECT
public:
    CuttingProxy(const QString &host, quint16 port) : m_host(host), m_port(port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    qint64 serverBytes() const { return m_serverBytes; } // relayed to clients, all connections
    int connections() const { return m_connections; }
    int cuts() const { return m_cuts; }
    // Closes both sides once this many server bytes (counted over all connections) went through.
    void cutAt(qint64 totalServerBytes) { m_cutAt = totalServerBytes; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_connections;
            auto *upstream = new QTcpSocket(client);
            QPointer<QTcpSocket> guardClient(client);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream]() { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::connected, client, [client, upstream]() {
                if (client->bytesAvailable())
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream]() {
                QByteArray data = upstream->readAll();
                if (m_cutAt >= 0 && m_serverBytes + data.size() >= m_cutAt) {
                    data.truncate(qsizetype(m_cutAt - m_serverBytes));
                    m_serverBytes += data.size();
                    client->write(data);
                    client->flush();
                    m_cutAt = -1;
                    ++m_cuts;
                    upstream->abort();
                    client->abort();
                    client->deleteLater();
                    return;
                }
                m_serverBytes += data.size();
                client->write(data);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client, [client]() { client->disconnectFromHost(); });
            upstream->connectToHost(m_host, m_port);
        }
    }

    QTcpServer m_server;
    QString m_host;
    quint16 m_port;
    qint64 m_serverBytes = 0;
    qint64 m_cutAt = -1;
    int m_connections = 0;
    int m_cuts = 0;
};
