#include "store/DatabaseAddress.h"

#include "core/UrlPassword.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

Result<DatabaseAddress> DatabaseAddress::parse(const QString &text)
{
    DatabaseAddress address;
    if (text.isEmpty()) {
        address.filePath = defaultSqlitePath();
        return address;
    }
    if (!text.startsWith(u"postgresql://"_s) && !text.startsWith(u"postgres://"_s)) {
        address.filePath = QDir::cleanPath(QDir::current().absoluteFilePath(text));
        return address;
    }
    const QUrl url(text, QUrl::StrictMode);
    // A password in the address would end up in settings files and shell history. It is
    // refused first, however the rest is spelled, so no other complaint quotes it.
    if (UrlPassword::present(text) || !url.password().isEmpty()) {
        return makeError(u"address"_s, QCoreApplication::translate("DatabaseAddress",
                                                                  "Do not put the password in the database address; "
                                                                  "it is read from the system keychain or PGPASSWORD."));
    }
    if (!url.isValid() || url.host().isEmpty() || url.userName().isEmpty() || url.path().size() < 2) {
        return makeError(u"address"_s,
                         QCoreApplication::translate("DatabaseAddress",
                                                     "\"%1\" is not a PostgreSQL address of the form "
                                                     "postgresql://user@host:port/database")
                             .arg(UrlPassword::hidden(text))); // never repeat a password
    }
    address.backend = DatabaseBackend::Postgres;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.databaseName = url.path().mid(1);
    return address;
}

QString DatabaseAddress::defaultSqlitePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder + u"/madoguchi.sqlite"_s;
}

namespace {

// The URL's own delimiters and what a strict URL may not hold (controls, space, quotes,
// brackets) in a user or database name are written escaped, so the text reads back as the
// same address (an unescaped "@" after "host:port" looked like a password to UrlPassword, and
// the address was refused); everything else, Japanese included, stays as is.
QString escaped(const QString &part)
{
    QString out;
    for (const QChar c : part) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"%@/:?#[] \"<>\\^`{|}").contains(c))
            out += u'%' + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

} // namespace

QString DatabaseAddress::toString() const
{
    if (backend == DatabaseBackend::Sqlite)
        return filePath;
    return u"postgresql://%1@%2:%3/%4"_s.arg(escaped(user), host, QString::number(port), escaped(databaseName));
}

} // namespace Madoguchi
