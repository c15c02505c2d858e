// What madoguchi-cli reads from its command line besides option names: ISO 8601 moments
// (--now, deadline, business-minutes) and server and database addresses (account set --imap
// --smtp, --database). Input: one argument per line. A moment that parses must survive a
// format-and-parse round trip; an address holding a password is refused and no message
// repeats the password (issue 17 item 3).

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

template<typename Settings>
void checkServerAddress(const QString &text, const QString &password)
{
    const auto settings = Settings::fromUrl(text);
    if (UrlPassword::present(text))
        MADOGUCHI_FUZZ_CHECK(!settings.ok());
    if (!settings.ok()) {
        MADOGUCHI_FUZZ_CHECK(!settings.error().message.isEmpty());
        MADOGUCHI_FUZZ_CHECK(password.isEmpty() || !settings.error().message.contains(password));
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
        MADOGUCHI_FUZZ_CHECK(password.isEmpty() || !UrlPassword::hidden(text).contains(password));
        MADOGUCHI_FUZZ_CHECK(password.isEmpty() || !UrlPassword::removed(text).contains(password));
        checkServerAddress<ImapServerSettings>(text, password);
        checkServerAddress<SmtpServerSettings>(text, password);
        if (const auto address = DatabaseAddress::parse(text); !address.ok()) {
            MADOGUCHI_FUZZ_CHECK(password.isEmpty() || !address.error().message.contains(password));
        } else if (address->backend == DatabaseBackend::Postgres) {
            MADOGUCHI_FUZZ_CHECK(DatabaseAddress::parse(address->toString()).ok());
        }
    }
    return 0;
}
