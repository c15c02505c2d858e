#include "store/PasswordKeychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// QtKeychain answers asynchronously over D-Bus. A local event loop with a timeout turns that
// into a call that returns, and never hangs on a keyring daemon that does not answer.
Result<void> runJob(QKeychain::Job &job, int timeoutMs, const QString &doing)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        return makeError(u"keychain-timeout"_s,
                         QCoreApplication::translate("PasswordKeychain",
                                                     "%1: the system keychain did not answer within %2 seconds.")
                             .arg(doing)
                             .arg(timeoutMs / 1000));
    }
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return makeError(u"keychain-missing"_s,
                         QCoreApplication::translate("PasswordKeychain", "%1: no password is saved for it.").arg(doing));
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(u"keychain-unavailable"_s,
                         QCoreApplication::translate("PasswordKeychain",
                                                     "%1: the system keychain is not available or is locked (%2).")
                             .arg(doing, job.errorString()));
    default:
        return makeError(u"keychain"_s, QCoreApplication::translate("PasswordKeychain", "%1: %2")
                                            .arg(doing, job.errorString()));
    }
}

} // namespace

PasswordKeychain::PasswordKeychain(QString service, int timeoutMs) : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

Result<void> PasswordKeychain::store(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(password);
    return runJob(job, m_timeoutMs,
                  QCoreApplication::translate("PasswordKeychain", "Saving the password for %1").arg(key));
}

Result<QString> PasswordKeychain::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    auto done = runJob(job, m_timeoutMs,
                       QCoreApplication::translate("PasswordKeychain", "Reading the password for %1").arg(key));
    if (!done)
        return done.error();
    return job.textData();
}

Result<void> PasswordKeychain::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return runJob(job, m_timeoutMs,
                  QCoreApplication::translate("PasswordKeychain", "Deleting the password for %1").arg(key));
}

} // namespace Madoguchi
