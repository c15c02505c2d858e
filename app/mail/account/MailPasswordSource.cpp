#include "mail/account/MailPasswordSource.h"

#include "store/PasswordKeychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

bool MailPasswordSource::onlyOwnerMayUse(const QString &path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    return !(QFileInfo(path).permissions() & others);
}

Result<QString> MailPasswordSource::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(u"password-file"_s,
                         QCoreApplication::translate("MailPasswordSource", "The password file %1 does not exist.")
                             .arg(path));
    }
    if (!onlyOwnerMayUse(path)) {
        return makeError(u"password-file"_s,
                         QCoreApplication::translate("MailPasswordSource",
                                                     "The password file %1 can be read by other users; make it "
                                                     "private first (chmod 600 %1).")
                             .arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(u"password-file"_s,
                         QCoreApplication::translate("MailPasswordSource", "Cannot read the password file %1: %2.")
                             .arg(path, file.errorString()));
    }
    QByteArray bytes = file.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        return makeError(u"password-file"_s,
                         QCoreApplication::translate("MailPasswordSource", "The password file %1 is empty.").arg(path));
    }
    return QString::fromUtf8(bytes);
}

Result<QString> MailPasswordSource::resolve(const QString &passwordFile, const QString &keychainKey,
                                            PasswordKeychain &keychain)
{
    if (!passwordFile.isEmpty())
        return fromFile(passwordFile);
    // systemd has already made the credential private to the service.
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty()) {
        const QString path = QDir(credentials).filePath(QString::fromLatin1(credentialName));
        if (QFileInfo::exists(path))
            return fromFile(path);
    }
    return keychain.read(keychainKey);
}

} // namespace Madoguchi
