#include "mail/outbox/SentFolderCopy.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

SentFolderCopy::SentFolderCopy(const Clock &clock, ImapServerSettings server, QString password, QString folder,
                               ImapSession::SocketFactory factory, QObject *parent)
    : QObject(parent), m_clock(clock), m_server(std::move(server)), m_password(std::move(password)),
      m_folder(std::move(folder)), m_factory(std::move(factory))
{
}

SentFolderCopy::~SentFolderCopy() = default;

void SentFolderCopy::store(const QByteArray &message)
{
    m_waiting.append(message);
    if (!m_session)
        begin();
    // else the running session takes it, or starts again for it if it was already logging out
}

void SentFolderCopy::begin()
{
    m_stored = 0;
    m_session = std::make_unique<ImapSession>(m_clock, m_factory);
    m_session->setAutoReconnect(false);
    connect(m_session.get(), &ImapSession::ready, this, &SentFolderCopy::appendNext);
    connect(m_session.get(), &ImapSession::failed, this, [this](const Error &error) { finish(error.message); });
    connect(m_session.get(), &ImapSession::connectionLost, this,
            [this](const Error &error) { finish(error.message); });
    if (m_tokens)
        m_session->open(m_server, m_tokens);
    else
        m_session->open(m_server, m_password);
}

void SentFolderCopy::appendNext()
{
    if (m_waiting.isEmpty()) {
        m_session->logout([this](const Result<void> &) { finish(QString()); });
        return;
    }
    const QByteArray message = m_waiting.takeFirst();
    m_inFlight = true;
    m_session->append(m_folder, message, [this](const Result<void> &done) {
        m_inFlight = false;
        if (!done) {
            m_inFlight = true; // the one that failed counts as lost
            finish(done.error().message);
            return;
        }
        ++m_stored;
        appendNext();
    });
}

void SentFolderCopy::finish(const QString &problem)
{
    if (!m_session)
        return;
    // Deleted later: this may run inside one of the session's own callbacks.
    m_session.release()->deleteLater();
    const int storedCount = m_stored;
    const bool inFlight = m_inFlight;
    m_inFlight = false;
    if (!problem.isEmpty()) {
        const int lost = int(m_waiting.size()) + (inFlight ? 1 : 0);
        m_waiting.clear();
        Q_EMIT failed(QCoreApplication::translate("SentFolderCopy",
                                                  "%n sent repl(y/ies) could not be copied to the folder %1: %2",
                                                  nullptr, lost)
                          .arg(m_folder, problem));
    }
    if (storedCount > 0)
        Q_EMIT stored(storedCount);
    if (!m_waiting.isEmpty())
        begin(); // arrived while the last session was logging out
}

} // namespace Madoguchi
