#include "store/PasswordKeychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

// What a finished job said, copied out of it while it still exists.
struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text; // a ReadPasswordJob's password
};

// QtKeychain answers asynchronously over D-Bus. A local event loop with a timeout turns that
// into a call that returns, and never hangs on a keyring daemon that does not answer.
// The libsecret backend keeps a raw pointer to the job until the keyring answers, and a
// keyring may answer long after we stopped waiting (someone typing a new keyring's password
// into gnome-keyring's prompt): a job destroyed before then is written to after it was freed,
// which crashed the desktop (issue 13). So the job lives on the heap and deletes itself when it
// finishes, whenever that is; the outcome is copied out in its finished signal.
Result<QString> runJob(QKeychain::Job *job, int timeoutMs, const QString &doing)
{
    job->setAutoDelete(true);
    JobOutcome outcome;
    QEventLoop loop; // after `outcome`: destroyed first, which disconnects the lambda below
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *finishedJob) {
        outcome.finished = true;
        outcome.error = finishedJob->error();
        outcome.errorString = finishedJob->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob))
            outcome.text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome.finished)
        loop.exec();
    if (!outcome.finished) {
        return makeError(u"keychain-timeout"_s,
                         QCoreApplication::translate("PasswordKeychain",
                                                     "%1: the system keychain did not answer within %2 seconds.")
                             .arg(doing)
                             .arg(timeoutMs / 1000));
    }
    switch (outcome.error) {
    case QKeychain::NoError:
        return outcome.text;
    case QKeychain::EntryNotFound:
        return makeError(u"keychain-missing"_s,
                         QCoreApplication::translate("PasswordKeychain", "%1: no password is saved for it.").arg(doing));
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(u"keychain-unavailable"_s,
                         QCoreApplication::translate("PasswordKeychain",
                                                     "%1: the system keychain is not available or is locked (%2).")
                             .arg(doing, outcome.errorString));
    default:
        return makeError(u"keychain"_s, QCoreApplication::translate("PasswordKeychain", "%1: %2")
                                            .arg(doing, outcome.errorString));
    }
}

} // namespace

PasswordKeychain::PasswordKeychain(QString service, int timeoutMs) : m_service(std::move(service)), m_timeoutMs(timeoutMs)
{
}

Result<void> PasswordKeychain::store(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(password);
    auto done = runJob(job, m_timeoutMs,
                       QCoreApplication::translate("PasswordKeychain", "Saving the password for %1").arg(key));
    if (!done)
        return done.error();
    return {};
}

Result<QString> PasswordKeychain::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return runJob(job, m_timeoutMs,
                  QCoreApplication::translate("PasswordKeychain", "Reading the password for %1").arg(key));
}

Result<void> PasswordKeychain::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    auto done = runJob(job, m_timeoutMs,
                       QCoreApplication::translate("PasswordKeychain", "Deleting the password for %1").arg(key));
    if (!done)
        return done.error();
    return {};
}

} // namespace Madoguchi
