#include "cli/CliCommands.h"

namespace Madoguchi {

// One line per command; each command lives in its own *Command.cpp file.
QList<CliCommand> cliCommands()
{
    return {
        {"account", "account set --imap imaps://USER@HOST:993 [--sent-folder NAME] [--smtp smtp://USER@HOST:587]\n"
                    "                [--ca-file FILE] [--allow-plaintext] [--mark-seen] [--move-to FOLDER]\n"
                    "account show | account password [--smtp]   the team's support mailbox (password: stdin -> keychain)",
         &runAccount},
        {"sync", "sync --once [--password-file FILE]   fetch new mail into tickets once, print a summary", &runSync},
        {"serve", "serve [--password-file FILE] [--lock-retry S]   keep the mailbox in sync (IDLE); stop with SIGTERM",
         &runServe},
        {"mail-show", "mail-show [--body] [--support-address A] PATH...   how a mail file is read and classified", &runMailShow},
    };
}

} // namespace Madoguchi
