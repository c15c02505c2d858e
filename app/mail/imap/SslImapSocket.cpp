#include "mail/imap/SslImapSocket.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslConfiguration>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

SslImapSocket::SslImapSocket(QObject *parent)
    : ImapSocket(parent)
{
    connect(&m_socket, &QSslSocket::connected, this, [this]() {
        if (!m_implicitTls)
            Q_EMIT ready();
    });
    connect(&m_socket, &QSslSocket::encrypted, this, &SslImapSocket::onEncrypted);
    connect(&m_socket, &QSslSocket::sslErrors, this, &SslImapSocket::onSslErrors);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &SslImapSocket::onSocketError);
    connect(&m_socket, &QSslSocket::readyRead, this, &ImapSocket::readyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, [this]() {
        if (!m_aborting && !m_reportedFailure) {
            m_reportedFailure = true;
            Q_EMIT closedByPeer();
        }
    });
}

Result<void> SslImapSocket::trustCertificateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(u"tls"_s, QCoreApplication::translate("SslImapSocket",
                                                               "Cannot read the certificate file %1: %2.")
                                       .arg(path, file.errorString()));
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return makeError(u"tls"_s, QCoreApplication::translate("SslImapSocket",
                                                               "The file %1 holds no PEM certificate.")
                                       .arg(path));
    }
    m_extraCertificates.append(certificates);
    return {};
}

void SslImapSocket::configure()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_extraCertificates.isEmpty())
        configuration.addCaCertificates(m_extraCertificates);
    m_socket.setSslConfiguration(configuration);
    m_socket.setPeerVerifyName(m_host);
}

void SslImapSocket::connectToHost(const QString &host, quint16 port, bool implicitTls)
{
    m_host = host;
    m_port = port;
    m_implicitTls = implicitTls;
    m_aborting = false;
    m_reportedFailure = false;
    configure();
    if (implicitTls)
        m_socket.connectToHostEncrypted(host, port);
    else
        m_socket.connectToHost(host, port);
}

void SslImapSocket::startTls()
{
    m_socket.startClientEncryption();
}

bool SslImapSocket::isEncrypted() const
{
    return m_socket.isEncrypted();
}

QByteArray SslImapSocket::readAll()
{
    return m_socket.readAll();
}

void SslImapSocket::write(const QByteArray &data)
{
    m_socket.write(data);
}

void SslImapSocket::abort()
{
    m_aborting = true;
    m_socket.abort();
}

void SslImapSocket::onEncrypted()
{
    if (m_implicitTls)
        Q_EMIT ready();
    else
        Q_EMIT encrypted();
}

QString SslImapSocket::describeSslErrors(const QString &host, const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &error : errors) {
        QString reason = error.errorString();
        if (!error.certificate().isNull()) {
            reason += QCoreApplication::translate("SslImapSocket", " (certificate for \"%1\", issued by \"%2\")")
                          .arg(error.certificate().subjectInfo(QSslCertificate::CommonName).join(u", "_s),
                               error.certificate().issuerInfo(QSslCertificate::CommonName).join(u", "_s));
        }
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    return QCoreApplication::translate("SslImapSocket",
                                       "The certificate of %1 is not trusted: %2. If the server uses a company "
                                       "certificate authority, add its certificate file in the account settings.")
        .arg(host, reasons.join(u"; "_s));
}

void SslImapSocket::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails and the user reads why.
    if (m_reportedFailure)
        return;
    m_reportedFailure = true;
    const Error error = makeError(u"tls"_s, describeSslErrors(m_host, errors));
    m_aborting = true;
    m_socket.abort();
    Q_EMIT failed(error);
}

void SslImapSocket::onSocketError(QAbstractSocket::SocketError socketError)
{
    if (m_aborting || m_reportedFailure || socketError == QAbstractSocket::RemoteHostClosedError)
        return;
    m_reportedFailure = true;
    const QString code = socketError == QAbstractSocket::SslHandshakeFailedError ? u"tls"_s : u"network"_s;
    const Error error = makeError(code, QCoreApplication::translate("SslImapSocket", "Cannot talk to %1 port %2: %3.")
                                            .arg(m_host)
                                            .arg(m_port)
                                            .arg(m_socket.errorString()));
    m_aborting = true;
    m_socket.abort();
    Q_EMIT failed(error);
}

} // namespace Madoguchi
