// madoguchi-cli account set|show|password: the team's support mailbox settings.
#include "cli/CliCommands.h"
#include "cli/CliStore.h"
#include "core/UrlPassword.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/smtp/SmtpServerSettings.h"
#include "store/PasswordKeychain.h"

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
    } else if (!account->settings) {
        return context.usageError(u"account set: --imap imaps://USER@HOST:993 is needed the first time"_s);
    }
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

int accountShow(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
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
    line("Keychain entry", s.imapPasswordKey());
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
                    << "madoguchi-cli account set --help, account show --help, account password --help: the options of each."
                    << Qt::endl;
        return 0;
    }
    if (sub == u"set"_s)
        return accountSet(context, rest);
    if (sub == u"show"_s)
        return accountShow(context, rest);
    if (sub == u"password"_s)
        return accountPassword(context, rest);
    return context.usageError(u"account: expected set, show or password (see --help)"_s);
}

} // namespace Madoguchi
