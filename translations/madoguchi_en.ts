<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Madoguchi::AnnouncementBar</name>
        <message numerus="yes">
            <source>Maintenance #%1 starts %2 (in %n day(s)) and has not been announced: the agreement wants the administrators told 14 days ahead.</source>
            <translation>
                <numerusform>Maintenance #%1 starts %2 (in %n day) and has not been announced: the agreement wants the administrators told 14 days ahead.</numerusform>
                <numerusform>Maintenance #%1 starts %2 (in %n days) and has not been announced: the agreement wants the administrators told 14 days ahead.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more plan(s) too.</source>
            <translation>
                <numerusform>%n more plan too.</numerusform>
                <numerusform>%n more plans too.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::BulkOutcome</name>
        <message numerus="yes">
            <source>%n ticket(s) updated</source>
            <translation>
                <numerusform>%n ticket updated</numerusform>
                <numerusform>%n tickets updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped because someone else changed it</source>
            <translation>
                <numerusform>%n skipped because someone else changed it</numerusform>
                <numerusform>%n skipped because someone else changed it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be changed</source>
            <translation>
                <numerusform>%n could not be changed</numerusform>
                <numerusform>%n could not be changed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::CalendarSettingsPage</name>
        <message numerus="yes">
            <source>Saved. %n open deadline(s) recomputed.</source>
            <translation>
                <numerusform>Saved. %n open deadline recomputed.</numerusform>
                <numerusform>Saved. %n open deadlines recomputed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Official holiday list imported. %n open deadline(s) recomputed.</source>
            <translation>
                <numerusform>Official holiday list imported. %n open deadline recomputed.</numerusform>
                <numerusform>Official holiday list imported. %n open deadlines recomputed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::CompanyHolidaysEditor</name>
        <message numerus="yes">
            <source>%n day(s) imported. They take effect when you apply the settings.</source>
            <translation>
                <numerusform>%n day imported. They take effect when you apply the settings.</numerusform>
                <numerusform>%n days imported. They take effect when you apply the settings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeskIncidents</name>
        <message numerus="yes">
            <source>%n open incidents: %1</source>
            <translation>
                <numerusform>%n open incidents: %1</numerusform>
                <numerusform>%n open incidents: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeskNotifier</name>
        <message numerus="yes">
            <source>Madoguchi — %n overdue</source>
            <translation>
                <numerusform>Madoguchi — %n overdue</numerusform>
                <numerusform>Madoguchi — %n overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::DeskStatusBar</name>
        <message numerus="yes">
            <source>Connection lost: reconnecting in %n second(s)</source>
            <translation>
                <numerusform>Connection lost: reconnecting in %n second</numerusform>
                <numerusform>Connection lost: reconnecting in %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::MailboxForm</name>
        <message numerus="yes">
            <source>Connected and logged in: %1 holds %n message(s).</source>
            <translation>
                <numerusform>Connected and logged in: %1 holds %n message.</numerusform>
                <numerusform>Connected and logged in: %1 holds %n messages.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::MainWindow</name>
        <message numerus="yes">
            <source>%n ticket(s), from the newest %1 matching messages: add a word or a date range to reach older ones.</source>
            <translation>
                <numerusform>%n ticket, from the newest %1 matching messages: add a word or a date range to reach older ones.</numerusform>
                <numerusform>%n tickets, from the newest %1 matching messages: add a word or a date range to reach older ones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>%n ticket</numerusform>
                <numerusform>%n tickets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) selected</source>
            <translation>
                <numerusform>%n ticket selected</numerusform>
                <numerusform>%n tickets selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) imported into %1 ticket(s), %2 of them new.</source>
            <translation>
                <numerusform>%n message imported into %1 ticket, %2 of them new.</numerusform>
                <numerusform>%n messages imported into %1 tickets, %2 of them new.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) could not be read: each is kept as its original source in a ticket tagged “unreadable-mail”.</source>
            <translation>
                <numerusform>%n message could not be read: each is kept as its original source in a ticket tagged “unreadable-mail”.</numerusform>
                <numerusform>%n messages could not be read: each is kept as its original source in a ticket tagged “unreadable-mail”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) had been imported before and were skipped.</source>
            <translation>
                <numerusform>%n message had been imported before and were skipped.</numerusform>
                <numerusform>%n messages had been imported before and were skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::NoticeDialog</name>
        <message numerus="yes">
            <source>Queued %n mail(s), one per organisation.</source>
            <translation>
                <numerusform>Queued %n mail, one per organisation.</numerusform>
                <numerusform>Queued %n mails, one per organisation.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::OrganisationsDialog</name>
        <message numerus="yes">
            <source>%1 — %n administrator(s)</source>
            <translation>
                <numerusform>%1 — %n administrator</numerusform>
                <numerusform>%1 — %n administrators</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::SendConfirmationDialog</name>
        <message numerus="yes">
            <source>%n address(es) outside the customer's organisation and the desk's own domain (highlighted).</source>
            <translation>
                <numerusform>%n address(es) outside the customer's organisation and the desk's own domain (highlighted).</numerusform>
                <numerusform>%n address(es) outside the customer's organisation and the desk's own domain (highlighted).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::SyncStatusDialog</name>
        <message numerus="yes">
            <source>%1 JST — %n new message(s)</source>
            <translation>
                <numerusform>%1 JST — %n new message</numerusform>
                <numerusform>%1 JST — %n new messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n already stored</source>
            <translation>
                <numerusform>, %n already stored</numerusform>
                <numerusform>, %n already stored</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::ThreadBrowser</name>
        <message numerus="yes">
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n attachment</numerusform>
                <numerusform>%n attachments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Madoguchi::TicketPanel</name>
        <message numerus="yes">
            <source>%1 is writing a reply</source>
            <translation>
                <numerusform>%1 is writing a reply</numerusform>
                <numerusform>%1 is writing a reply</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrgCommand</name>
        <message numerus="yes">
            <source>%n contact(s) added or changed</source>
            <translation>
                <numerusform>%n contact added or changed</numerusform>
                <numerusform>%n contacts added or changed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SentFolderCopy</name>
        <message numerus="yes">
            <source>%n sent repl(y/ies) could not be copied to the folder %1: %2</source>
            <translation>
                <numerusform>%n sent repl(y/ies) could not be copied to the folder %1: %2</numerusform>
                <numerusform>%n sent repl(y/ies) could not be copied to the folder %1: %2</numerusform>
            </translation>
        </message>
    </context>
</TS>
