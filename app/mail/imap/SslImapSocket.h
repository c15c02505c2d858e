#pragma once

#include "mail/imap/ImapSocket.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>

namespace Madoguchi {

// ImapSocket over QSslSocket. Certificates are always verified; an administrator may trust
// one extra CA or certificate file (a company server with its own CA). A certificate problem
// ends the connection with a message naming the host and what is wrong, never a hang.
class SslImapSocket final : public ImapSocket
{
    Q_OBJECT
public:
    explicit SslImapSocket(QObject *parent = nullptr);

    // Loads the extra trusted certificates (PEM). Call before connectToHost().
    Result<void> trustCertificateFile(const QString &path);

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void startTls() override;
    bool isEncrypted() const override;
    QByteArray readAll() override;
    void write(const QByteArray &data) override;
    void abort() override;

    // Human description of certificate errors, e.g. for a status dialog.
    static QString describeSslErrors(const QString &host, const QList<QSslError> &errors);

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onEncrypted();
    void configure();

    QSslSocket m_socket;
    QString m_host;
    quint16 m_port = 0;
    bool m_implicitTls = false;
    bool m_aborting = false;
    bool m_reportedFailure = false;
    QList<QSslCertificate> m_extraCertificates;
};

} // namespace Madoguchi
