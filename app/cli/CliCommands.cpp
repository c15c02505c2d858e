#include "cli/CliCommands.h"

namespace Madoguchi {

// One line per command; each command lives in its own *Command.cpp file.
QList<CliCommand> cliCommands()
{
    return {
        {"holidays", "holidays FROM_YEAR [TO_YEAR] [--holidays-csv FILE] [--company-holidays FILE]\n"
                     "                                 national days off, one per line", runHolidays},
        {"deadline", "deadline RECEIVED [--policy next-business-day|after-hours-next-day] [--urgent]\n"
                     "                  [--holidays-csv FILE] [--company-holidays FILE]\n"
                     "                                 the response deadline and why, on the desk's calendar\n"
                     "                                 when there is a desk database", runDeadline},
        {"business-minutes", "business-minutes FROM TO [--holidays-csv FILE] [--company-holidays FILE]\n"
                             "                                 business minutes in [FROM, TO)", runBusinessMinutes},
        {"calendar", "calendar YYYY-MM [--holidays-csv FILE] [--company-holidays FILE]\n"
                     "                                 every day of the month, days off with their reason", runCalendar},
        {"account", "account set --imap imaps://USER@HOST:993 [--sent-folder NAME] [--smtp smtp://USER@HOST:587]\n"
                    "                [--ca-file FILE] [--allow-plaintext|--refuse-plaintext] [--mark-seen|--no-mark-seen]\n"
                    "                [--move-to FOLDER] [--sign-in password|google|microsoft|other --client-id ID\n"
                    "                [--address ADDRESS] [--tenant T] [--authorization-url URL] [--token-url URL]\n"
                    "                [--device-authorization-url URL] [--scope S]...]   changes only the options given\n"
                    "account show [--token-file FILE] | account password [--smtp]\n"
                    "                                 the team's support mailbox (password: stdin -> keychain)\n"
                    "account login [--device] [--port N] [--client-secret-file FILE] [--token-file FILE]\n"
                    "                                 OAuth 2.0 sign-in (browser or code)",
         &runAccount},
        {"sync", "sync --once [--password-file FILE] [--token-file FILE]   fetch new mail into tickets once, print a summary", &runSync},
        {"serve", "serve [--password-file FILE] [--token-file FILE] [--lock-retry S]\n"
                  "                                 keep the mailbox in sync (IDLE); stop with SIGTERM",
         &runServe},
        {"mail-show", "mail-show [--body] [--support-address A] PATH...   how a mail file is read and classified", &runMailShow},
        {"tickets", "tickets [--queue new|open|waiting|due-soon|overdue|all] [--format table|tsv|json] [--limit N]\n"
                    "                                 the queue in deadline order with due-soon/overdue flags", runTickets},
        {"ticket", "ticket NUMBER                  one ticket's thread and its deadline explanation", runTicket},
        {"backup", "backup [FILE]                  copy the SQLite database (default: backups/, last 7 kept)", runBackup},
        {"restore", "restore FILE                   replace the SQLite database with a backup", runRestore},
        {"sample-data", "sample-data [--force]          fill the database with a sample desk (no mail needed)",
         runSampleData},
        {"report", "report [--from DATE] [--to DATE] [--by team|staff|org|day|month] [--format table|csv|json]\n"
                   "                [--staff LOGIN] [--trend] [--output FILE]\n"
                   "                                 response figures against the deadline", runReport},
        {"import", "import [--support-address A]... [--tag-prefix P] [--save] [--progress] PATH...\n"
                   "                                 .eml files, maildir folders, mbox files into tickets", runImport},
        {"outbox", "outbox [list] | outbox send [--smtp-password-file FILE] [--token-file FILE] | outbox retry ID\n"
                   "                | outbox discard ID\n"
                   "                                 replies waiting to go out; send what is due now", runOutbox},
        {"reply", "reply NUMBER --body-file FILE [--all] [--template NAME] [--attach FILE]...\n"
                  "                [--charset utf-8|iso-2022-jp] [--as LOGIN] [--force]\n"
                  "                                 queue a reply as the program's editor does; prints the outbox id",
         runReply},
        {"forward", "forward NUMBER --to ADDRESS... [--message ID] [--body-file FILE]\n"
                    "                [--charset utf-8|iso-2022-jp] [--as LOGIN]\n"
                    "                                 send the customer's mail and its attachments on, "
                    "never an answer; prints the outbox id",
         runForward},
        {"approvals", "approvals [--as LOGIN]         replies waiting for a manager's approval (tsv)", runApprovals},
        {"approve", "approve ID [--return --comment TEXT] [--as LOGIN]\n"
                    "                                 approve a held reply (prints the outbox id) or send it back",
         runApprove},
        {"template", "template [list] | template add NAME --body-file FILE [--subject S] [--category C]\n"
                     "                | template remove NAME   the team's reply templates", runTemplate},
        {"incident", "incident add --function client|webform|clickcount --from ISO8601 [--to ISO8601]\n"
                     "                --cause internal|maintenance|platform|force-majeure [--announced ISO8601] [--note TEXT]\n"
                     "                | incident end ID --at ISO8601 | incident list [--month YYYY-MM]\n"
                     "                | incident show ID | incident link ID TICKET | incident unlink ID TICKET\n"
                     "                                 outages of the service's functions", runIncident},
        {"maintenance", "maintenance add --functions client,webform,clickcount --from ISO8601 --to ISO8601\n"
                        "                [--announced ISO8601] [--emergency] [--note TEXT] | maintenance list\n"
                        "                | maintenance check [--all] | maintenance end ID --at ISO8601\n"
                        "                | maintenance announce ID --at ISO8601\n"
                        "                                 maintenance plans checked against the agreement", runMaintenance},
        {"org", "org list | org show DOMAIN | org contact add DOMAIN --name NAME --address ADDRESS [--role admin|other]\n"
                "                | org contact remove DOMAIN ADDRESS | org import FILE.csv\n"
                "                                 customer organisations and their administrators", runOrg},
        {"notice", "notice preview --incident ID|--maintenance ID --kind first|update|recovery|announcement [--lang ja|en]\n"
                   "                | notice send (the same) [--charset utf-8|iso-2022-jp] [--subject S] [--body-file FILE]\n"
                   "                [--as LOGIN] | notice list --incident ID|--maintenance ID\n"
                   "                                 outage and maintenance notices to every organisation's administrators",
         runNotice},
        {"availability", "availability [--month YYYY-MM] [--format table|csv|json] | availability target [PERCENT]\n"
                         "                                 the agreement's monthly availability, client and consumer",
         runAvailability},
        {"team", "team login add LOGIN --role staff|manager [--name NAME] [--password-file FILE] | team grants\n"
                 "                | team user set LOGIN --needs-approval yes|no\n"
                 "                                 a PostgreSQL login per person, its rights enforced by the database",
         runTeam},
    };
}

} // namespace Madoguchi
