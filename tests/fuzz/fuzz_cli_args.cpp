// What madoguchi-cli reads from its command line besides option names: ISO 8601 moments
// (--now, deadline, business-minutes) and server and database addresses (account set --imap
// --smtp, --database). Input: one argument per line. A moment that parses must survive a
// format-and-parse round trip; an address holding a password is refused and no message
// repeats the password (issue 17 item 3): the message does not change with the password.

#include "FuzzTarget.h"
#include "core/Jst.h"
#include "core/UrlPassword.h"
#include "mail/imap/ImapServerSettings.h"
#include "mail/smtp/SmtpServerSettings.h"
#include "store/DatabaseAddress.h"

using namespace Madoguchi;
using namespace Qt::Literals::StringLiterals;

namespace {

// The password as the URL spells it (between "user:" and the last "@"), when it is distinctive
// enough to look for in a message: at least four characters, and nowhere else in the text.
QString findablePassword(const QString &text)
{
    if (!UrlPassword::present(text))
        return {};
    const qsizetype scheme = text.indexOf(u"://"_s);
    const qsizetype colon = text.indexOf(u':', scheme < 0 ? 0 : scheme + 3);
    const QString password = text.mid(colon + 1, text.lastIndexOf(u'@') - colon - 1);
    return password.size() >= 4 && text.count(password) == 1 ? password : QString();
}

// The same address with another password of the same length: letters the password does not
// hold, so no ":", "@" or "/" moves and UrlPassword finds the same span in both.
QString withOtherPassword(const QString &text, const QString &password)
{
    QChar filler = u'a';
    while (password.contains(filler))
        filler = QChar(filler.unicode() + 1);
    const qsizetype at = text.indexOf(password);
    return text.left(at) + QString(password.size(), filler) + text.mid(at + password.size());
}

// No message repeats the password: it is the same message as for `other`, the same address
// with another password (the text itself when none is findable). "The message does not
// contain it" was no test: a password such as "ample.co.jp" is also part of the example
// address the message shows (regressions/cli_args/password-inside-the-example-address).
template<typename Settings>
void checkServerAddress(const QString &text, const QString &other)
{
    const auto settings = Settings::fromUrl(text);
    if (UrlPassword::present(text))
        MADOGUCHI_FUZZ_CHECK(!settings.ok());
    if (!settings.ok()) {
        MADOGUCHI_FUZZ_CHECK(!settings.error().message.isEmpty());
        const auto again = Settings::fromUrl(other);
        MADOGUCHI_FUZZ_CHECK(!again.ok() && again.error().message == settings.error().message);
        return;
    }
    (void)settings->toUrl();
    (void)settings->toDisplayText();
}

} // namespace

MADOGUCHI_FUZZ_TARGET(cli_args)
{
    const QByteArray input = Fuzz::bytes(data, size);
    for (const QByteArray &line : input.split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (const auto moment = Jst::parseIso(text)) {
            MADOGUCHI_FUZZ_CHECK(moment->isValid());
            const auto again = Jst::parseIso(Jst::format(*moment)); // whole seconds
            const QDateTime second = moment->addMSecs(-moment->toUTC().time().msec());
            MADOGUCHI_FUZZ_CHECK(again && *again == second);
            (void)Jst::dateOf(*moment);
        }
        const QString password = findablePassword(text);
        const QString other = password.isEmpty() ? text : withOtherPassword(text, password);
        MADOGUCHI_FUZZ_CHECK(UrlPassword::hidden(text) == UrlPassword::hidden(other));
        MADOGUCHI_FUZZ_CHECK(UrlPassword::removed(text) == UrlPassword::removed(other));
        checkServerAddress<ImapServerSettings>(text, other);
        checkServerAddress<SmtpServerSettings>(text, other);
        if (const auto address = DatabaseAddress::parse(text); !address.ok()) {
            const auto again = DatabaseAddress::parse(other);
            MADOGUCHI_FUZZ_CHECK(!again.ok() && again.error().message == address.error().message);
        } else if (address->backend == DatabaseBackend::Postgres) {
            MADOGUCHI_FUZZ_CHECK(DatabaseAddress::parse(address->toString()).ok());
        }
    }
    return 0;
}
