// madoguchi-cli account login: the mailbox's OAuth 2.0 sign-in from a terminal.
#include "cli/CliCommands.h"
#include "cli/CliStore.h"
#include "core/Jst.h"
#include "mail/account/MailAccountSettings.h"
#include "mail/account/MailPasswordSource.h"
#include "mail/account/OAuthBrowserSignIn.h"
#include "mail/account/OAuthDeviceSignIn.h"
#include "store/PasswordKeychain.h"

#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace Madoguchi {

int runAccountLogin(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"device"_s, u"sign in with a code on another device (RFC 8628), where the provider offers it"_s},
        {u"port"_s, u"wait for the browser on this 127.0.0.1 port (default: any free port)"_s, u"port"_s},
        {u"client-secret-file"_s, u"the app's client secret, for providers that want one (mode 0600)"_s, u"file"_s},
        {u"token-file"_s, u"keep the sign-in in this file (mode 0600) instead of the keychain: for serve "
                          "under the system unit"_s, u"file"_s},
    });
    if (!context.parse(parser, args, 0, 0))
        return context.parseStatus();
    bool portOk = true;
    const uint port = parser.isSet(u"port"_s) ? parser.value(u"port"_s).toUInt(&portOk) : 0;
    if (!portOk || port > 65535)
        return context.usageError(u"account login: --port wants a port number"_s);
    auto database = openCliStore(context);
    if (!database)
        return context.failure(database.error());
    auto settings = MailAccountSettings::load(**database);
    if (!settings)
        return context.failure(settings.error());
    if (!settings->has_value() || !(*settings)->oauth) {
        return context.failure(u"the mailbox does not sign in with OAuth 2.0; first run: madoguchi-cli account set "
                               "--sign-in google|microsoft|other --client-id ID"_s);
    }
    const MailAccountSettings &account = **settings;
    QString clientSecret;
    if (parser.isSet(u"client-secret-file"_s)) {
        auto secret = MailPasswordSource::fromFile(parser.value(u"client-secret-file"_s));
        if (!secret)
            return context.failure(secret.error());
        clientSecret = secret.value();
    }
    PasswordKeychain keychain;
    OAuthTokenVault vault = account.oauthTokenVault(keychain, parser.value(u"token-file"_s));
    if (clientSecret.isEmpty()) // signing in again keeps the secret given the first time
        clientSecret = vault.read().valueOr(OAuthTokens()).clientSecret;

    QEventLoop loop;
    int status = 1;
    auto signedIn = [&](const OAuthTokens &tokens) {
        if (auto saved = vault.write(tokens); !saved) {
            context.failure(saved.error());
        } else {
            const QString who = tokens.signedInAs.isEmpty() ? account.imap.user : tokens.signedInAs;
            context.out << "Signed in as " << who << "; the sign-in is kept "
                        << (vault.isFile() ? u"in the file "_s : u"in the system keychain as "_s) << vault.key()
                        << Qt::endl;
            if (!tokens.signedInAs.isEmpty() && tokens.signedInAs.compare(account.imap.user, Qt::CaseInsensitive) != 0)
                context.err << "Note: the mailbox's user name is " << account.imap.user << ", not " << who
                            << "; the server will refuse the token unless they are the same account." << Qt::endl;
            status = 0;
        }
        loop.quit();
    };
    auto failed = [&](const Error &error) {
        context.failure(error);
        loop.quit();
    };
    std::unique_ptr<QObject> flow;
    if (parser.isSet(u"device"_s)) {
        auto *device = new OAuthDeviceSignIn(*account.oauth, clientSecret, context.clock);
        flow.reset(device);
        QObject::connect(device, &OAuthDeviceSignIn::userCode, &loop,
                         [&](const QUrl &uri, const QString &code, const QUrl &complete) {
                             context.out << "On any device, open " << uri.toString() << " and enter the code " << code
                                         << Qt::endl;
                             if (!complete.isEmpty())
                                 context.out << "(or open " << complete.toString() << ")" << Qt::endl;
                             context.out << "Waiting for the sign-in (Ctrl+C to cancel)…" << Qt::endl;
                         });
        QObject::connect(device, &OAuthDeviceSignIn::signedIn, &loop, signedIn);
        QObject::connect(device, &OAuthDeviceSignIn::failed, &loop, failed);
        device->start();
    } else {
        auto *browser = new OAuthBrowserSignIn(*account.oauth, clientSecret, context.clock);
        flow.reset(browser);
        QObject::connect(browser, &OAuthBrowserSignIn::openBrowser, &loop, [&](const QUrl &url) {
            context.out << "Open this address in a browser and sign in as " << account.imap.user << ":\n"
                        << url.toString(QUrl::FullyEncoded) << '\n'
                        << "Waiting for the browser on " << browser->redirectUri().toString()
                        << " (from another machine: ssh -L " << browser->redirectUri().port() << ":127.0.0.1:"
                        << browser->redirectUri().port() << " this-host; Ctrl+C to cancel)…" << Qt::endl;
        });
        QObject::connect(browser, &OAuthBrowserSignIn::signedIn, &loop, signedIn);
        QObject::connect(browser, &OAuthBrowserSignIn::failed, &loop, failed);
        if (auto started = browser->start(quint16(port)); !started)
            return context.failure(started.error());
    }
    loop.exec();
    return status;
}

} // namespace Madoguchi
