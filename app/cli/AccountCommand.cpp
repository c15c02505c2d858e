// madoguchi-cli account set|show|password: the team's support mailbox settings.
#include "cli/CliActor.h"
#include "cli/CliCommands.h"
#include "cli/CliStore.h"
#include "core/UrlPassword.h"
#include "core/Jst.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/account/OAuthTokenVault.h"
#include "mail/smtp/SmtpServerSettings.h"
#include "store/PasswordKeychain.h"
#include "tickets/TicketDesk.h"

#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

namespace {

struct StoredAccount
{
    std::unique_ptr<Database> database;
    std::optional<MailAccountSettings> settings;
};

Result<StoredAccount> openAccount(CliContext &context, CliStoreOpening opening = CliStoreOpening::Existing)
{
    auto database = openCliStore(context, opening);
    if (!database)
        return database.error();
    auto settings = MailAccountSettings::load(*database.value());
    if (!settings)
        return settings.error();
    return StoredAccount{std::move(database.value()), settings.value()};
}

Result<void> applySignIn(const QCommandLineParser &parser, MailAccountSettings &settings);

int accountSet(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"imap"_s, u"imaps://USER@HOST[:993] or imap://USER@HOST[:143] (STARTTLS)"_s, u"url"_s},
        {u"sent-folder"_s, u"also sync this folder (replies sent from another mail program)"_s, u"name"_s},
        {u"smtp"_s, u"smtp://USER@HOST:587 or smtps://USER@HOST:465"_s, u"url"_s},
        {u"ca-file"_s, u"trust this extra CA or certificate file (PEM)"_s, u"file"_s},
        {u"allow-plaintext"_s, u"allow sending the password without encryption"_s},
        {u"refuse-plaintext"_s, u"never send the password without encryption (the default)"_s},
        {u"mark-seen"_s, u"flag imported mail as seen on the server"_s},
        {u"no-mark-seen"_s, u"leave the seen flag alone (the default)"_s},
        {u"move-to"_s, u"move imported mail to this folder (\"\" leaves it where it is)"_s, u"name"_s},
        {u"sign-in"_s, u"password, or OAuth 2.0 with google, microsoft or other (then: account login)"_s, u"method"_s},
        {u"address"_s, u"google/microsoft: the mailbox address; sets their IMAP and SMTP servers"_s, u"address"_s},
        {u"client-id"_s, u"OAuth 2.0: the client ID of the app registered with the provider"_s, u"id"_s},
        {u"tenant"_s, u"microsoft: the directory (tenant) ID or domain (default: organizations)"_s, u"tenant"_s},
        {u"authorization-url"_s, u"other: the authorization endpoint"_s, u"url"_s},
        {u"token-url"_s, u"other: the token endpoint"_s, u"url"_s},
        {u"device-authorization-url"_s, u"other: the device authorization endpoint (optional)"_s, u"url"_s},
        {u"scope"_s, u"other: a scope to ask for (repeat for several)"_s, u"scope"_s},
    });
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();
    // A password in an address would land in the settings table, `account show` and error
    // messages: refuse it before anything is opened or saved, without repeating it.
    for (const auto &[option, hint] : { std::pair { u"imap"_s, u""_s }, std::pair { u"smtp"_s, u" --smtp"_s } }) {
        if (parser.isSet(option) && UrlPassword::present(parser.value(option)))
            return context.usageError(u"account set: the --%1 address must not contain a password (%2); nothing "
                                      "was saved. Give the address without it, then store the password in the "
                                      "system keychain with: madoguchi-cli account password%3"_s.arg(
                                          option, UrlPassword::hidden(parser.value(option)), hint));
    }
    auto account = openAccount(context, CliStoreOpening::MayCreate); // the setup command
    if (!account)
        return context.failure(account.error().message);
    {
        // The mailbox is the team's: a staff member's own login may not change it.
        TicketDesk desk(*account->database, context.clock);
        if (auto manager = cliManager(desk, u"account set"_s); !manager)
            return context.failure(manager.error());
    }
    MailAccountSettings settings = account->settings.value_or(MailAccountSettings());
    if (parser.isSet(u"imap"_s)) {
        const auto imap = ImapServerSettings::fromUrl(parser.value(u"imap"_s));
        if (!imap)
            return context.usageError(imap.error().message);
        // A new address keeps every option that was not given on this command line.
        ImapServerSettings updated = imap.value();
        updated.caFile = settings.imap.caFile;
        updated.allowPlaintext = settings.imap.allowPlaintext;
        settings.imap = updated;
    } else if (parser.isSet(u"address"_s)) {
        const auto provider = OAuthSettings::providerFromKey(parser.value(u"sign-in"_s));
        const QString url = provider ? OAuthSettings::presetImapUrl(*provider, parser.value(u"address"_s)) : QString();
        if (url.isEmpty())
            return context.usageError(u"account set: --address goes with --sign-in google or microsoft"_s);
        settings.imap = ImapServerSettings::fromUrl(url).value();
        settings.smtpUrl = OAuthSettings::presetSmtpUrl(*provider, parser.value(u"address"_s));
    } else if (!account->settings) {
        return context.usageError(u"account set: --imap imaps://USER@HOST:993 is needed the first time"_s);
    }
    if (auto signIn = applySignIn(parser, settings); !signIn)
        return context.usageError(u"account set: "_s + signIn.error().message);
    if (parser.isSet(u"sent-folder"_s))
        settings.sentFolder = parser.value(u"sent-folder"_s);
    if (parser.isSet(u"smtp"_s)) {
        const QString smtp = parser.value(u"smtp"_s);
        if (const auto checked = SmtpServerSettings::fromUrl(smtp); !checked)
            return context.usageError(u"account set: --smtp: "_s + checked.error().message);
        settings.smtpUrl = smtp;
    }
    if (parser.isSet(u"ca-file"_s)) {
        const QFileInfo file(parser.value(u"ca-file"_s));
        if (!file.isReadable())
            return context.usageError(u"account set: cannot read the CA file %1"_s.arg(file.filePath()));
        settings.imap.caFile = file.absoluteFilePath();
    }
    if (parser.isSet(u"allow-plaintext"_s) && parser.isSet(u"refuse-plaintext"_s))
        return context.usageError(u"account set: --allow-plaintext and --refuse-plaintext contradict each other"_s);
    if (parser.isSet(u"mark-seen"_s) && parser.isSet(u"no-mark-seen"_s))
        return context.usageError(u"account set: --mark-seen and --no-mark-seen contradict each other"_s);
    // Only what is given changes: `account set --smtp …` keeps the mailbox options as they were.
    if (parser.isSet(u"allow-plaintext"_s) || parser.isSet(u"refuse-plaintext"_s))
        settings.imap.allowPlaintext = parser.isSet(u"allow-plaintext"_s);
    if (parser.isSet(u"mark-seen"_s) || parser.isSet(u"no-mark-seen"_s))
        settings.markSeen = parser.isSet(u"mark-seen"_s);
    if (parser.isSet(u"move-to"_s))
        settings.moveToFolder = parser.value(u"move-to"_s);
    const auto saved = settings.save(*account.value().database);
    if (!saved)
        return context.failure(saved.error().message);
    context.out << "Mailbox settings saved for " << settings.imap.toUrl() << Qt::endl;
    return 0;
}

// --sign-in and the OAuth 2.0 options; only what is given changes.
Result<void> applySignIn(const QCommandLineParser &parser, MailAccountSettings &settings)
{
    if (parser.isSet(u"sign-in"_s)) {
        const QString method = parser.value(u"sign-in"_s);
        if (method == u"password"_s) {
            settings.oauth.reset();
            return {};
        }
        const auto provider = OAuthSettings::providerFromKey(method);
        if (!provider)
            return provider.error();
        if (!settings.oauth || settings.oauth->provider != *provider)
            settings.oauth = OAuthSettings::preset(*provider);
    }
    const QStringList oauthOptions = {u"client-id"_s, u"tenant"_s, u"authorization-url"_s, u"token-url"_s,
                                      u"device-authorization-url"_s, u"scope"_s};
    const bool anyGiven = std::any_of(oauthOptions.begin(), oauthOptions.end(),
                                      [&](const QString &option) { return parser.isSet(option); });
    if (!settings.oauth) {
        if (anyGiven)
            return makeError(u"usage"_s, u"the OAuth 2.0 options need --sign-in google, microsoft or other"_s);
        return {};
    }
    OAuthSettings &oauth = *settings.oauth;
    if (parser.isSet(u"client-id"_s))
        oauth.clientId = parser.value(u"client-id"_s);
    if (parser.isSet(u"tenant"_s))
        oauth.tenant = parser.value(u"tenant"_s);
    if (oauth.provider == OAuthSettings::Provider::Other) {
        if (parser.isSet(u"authorization-url"_s))
            oauth.authorizationUrl = parser.value(u"authorization-url"_s);
        if (parser.isSet(u"token-url"_s))
            oauth.tokenUrl = parser.value(u"token-url"_s);
        if (parser.isSet(u"device-authorization-url"_s))
            oauth.deviceAuthorizationUrl = parser.value(u"device-authorization-url"_s);
        if (parser.isSet(u"scope"_s))
            oauth.scopes = parser.values(u"scope"_s);
    } else if (parser.isSet(u"authorization-url"_s) || parser.isSet(u"token-url"_s) || parser.isSet(u"scope"_s)) {
        return makeError(u"usage"_s, u"the endpoints and scopes of %1 are preset; use --sign-in other to give "
                                     "your own"_s.arg(OAuthSettings::providerName(oauth.provider)));
    }
    return oauth.validate();
}

int accountShow(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"token-file"_s, u"OAuth 2.0: describe the sign-in kept in this file (account login --token-file)"_s,
                      u"file"_s});
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();
    auto account = openAccount(context);
    if (!account)
        return context.failure(account.error());
    if (!account->settings) {
        context.out << "No mailbox configured (madoguchi-cli account set --imap imaps://USER@HOST:993)." << Qt::endl;
        return 0;
    }
    const MailAccountSettings &s = *account->settings;
    auto line = [&](const char *label, const QString &value) {
        context.out << QString::fromLatin1(label).leftJustified(18) << (value.isEmpty() ? u"-"_s : value) << '\n';
    };
    line("IMAP", s.imap.toUrl());
    line("Security", s.imap.security == ImapServerSettings::Security::ImplicitTls ? u"TLS"_s : u"STARTTLS"_s);
    line("Plaintext login", s.imap.allowPlaintext ? u"allowed"_s : u"refused"_s);
    line("Extra CA file", s.imap.caFile);
    line("Sent folder", s.sentFolder);
    line("SMTP", s.smtpUrl);
    line("After import", s.markSeen || !s.moveToFolder.isEmpty()
                             ? QStringList{s.markSeen ? u"mark seen"_s : QString(),
                                           s.moveToFolder.isEmpty() ? QString() : u"move to "_s + s.moveToFolder}
                                   .join(u' ')
                                   .trimmed()
                             : u"leave on the server as it is (read-only)"_s);
    if (!s.oauth) {
        line("Sign-in", u"password"_s);
        line("Keychain entry", s.imapPasswordKey());
    } else {
        line("Sign-in", s.oauth->provider == OAuthSettings::Provider::Other
                            ? OAuthSettings::providerName(s.oauth->provider)
                            : u"OAuth 2.0, "_s + OAuthSettings::providerName(s.oauth->provider));
        line("Client ID", s.oauth->clientId);
        if (s.oauth->provider == OAuthSettings::Provider::Microsoft)
            line("Tenant", s.oauth->tenant);
        line("Token endpoint", s.oauth->tokenEndpoint().toString());
        // What the keychain holds is described, never shown.
        PasswordKeychain keychain;
        const OAuthTokenVault vault = s.oauthTokenVault(keychain, parser.value(u"token-file"_s));
        const auto tokens = vault.read();
        if (!tokens) {
            line("Signed in", tokens.error().code == u"keychain-missing"_s
                                  ? u"no (run: madoguchi-cli account login)"_s
                                  : tokens.error().message);
        } else {
            line("Signed in as", tokens->signedInAs.isEmpty() ? s.imap.user : tokens->signedInAs);
            line("Refresh token", tokens->refreshToken.isEmpty() ? u"none: sign in again"_s
                                  : vault.isFile()                ? u"kept in the token file"_s
                                                                  : u"kept in the keychain"_s);
            const bool expired = !tokens->accessExpires.isValid() || tokens->accessExpires <= context.clock.now();
            line("Access token", tokens->accessExpires.isValid()
                                     ? (expired ? u"expired at "_s : u"expires at "_s) + Jst::format(tokens->accessExpires)
                                     : u"none yet"_s);
        }
        if (vault.isFile())
            line("Token file", vault.key());
        else
            line("Keychain entry", s.oauthTokensKey());
    }
    context.out.flush();
    return 0;
}

// One line from standard input; without echo when it is a terminal.
QString readPasswordLine(CliContext &context)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        context.err << "Password: " << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    int c;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.append(char(c));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        context.err << Qt::endl;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int accountPassword(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"smtp"_s, u"the SMTP password instead of the IMAP one"_s});
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();
    auto account = openAccount(context);
    if (!account)
        return context.failure(account.error());
    if (!account->settings)
        return context.failure(u"no mailbox configured yet (madoguchi-cli account set --imap ...)"_s);
    const MailAccountSettings &settings = *account->settings;
    const bool smtp = parser.isSet(u"smtp"_s);
    if (smtp && settings.smtpUrl.isEmpty())
        return context.failure(u"no SMTP server configured yet (madoguchi-cli account set --smtp ...)"_s);
    const QString key = smtp ? settings.smtpPasswordKey() : settings.imapPasswordKey();
    const QString password = readPasswordLine(context);
    if (password.isEmpty())
        return context.usageError(u"account password: no password on standard input"_s);
    PasswordKeychain keychain;
    const auto stored = keychain.store(key, password);
    if (!stored)
        return context.failure(stored.error().message);
    context.out << "Password saved in the system keychain as " << key << Qt::endl;
    return 0;
}

} // namespace

int runAccount(CliContext &context, const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest.first() = u"account "_s + sub; // names the subcommand in its errors and help
    if (sub == u"--help"_s || sub == u"-h"_s) {
        context.out << "Usage: madoguchi-cli " << CliContext::synopsis(u"account"_s) << "\n\n"
                    << "madoguchi-cli account set --help, account show --help, account password --help, account login --help: the "
                       "options of each."
                    << Qt::endl;
        return 0;
    }
    if (sub == u"set"_s)
        return accountSet(context, rest);
    if (sub == u"show"_s)
        return accountShow(context, rest);
    if (sub == u"password"_s)
        return accountPassword(context, rest);
    if (sub == u"login"_s)
        return runAccountLogin(context, rest);
    return context.usageError(u"account: expected set, show, password or login (see --help)"_s);
}

} // namespace Madoguchi
