#!/usr/bin/python3
"""Writes the seed corpora in tests/fuzz/corpus/TARGET/ (committed; run again after changing it).

Seeds are small and each shows one shape the target should know: mails from the problem-mail
corpus (tests/data/mail, cut to 4 KiB), their header lines, server responses as Dovecot sends
them, mbox and maildir layouts, the holiday CSV (tests/data/syukujitsu.csv, cut), iCalendar
files, report rows and command-line values. libFuzzer mutates from there.
"""
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "data"
CORPUS = HERE / "corpus"
MAX = 4096


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    (folder / name).write_bytes(data[:MAX])


def mails():
    return sorted((DATA / "mail").glob("*.eml"))


def main():
    if CORPUS.exists():
        shutil.rmtree(CORPUS)

    # imap_parser: first byte = piece size, then server bytes.
    imap = {
        "greeting-capability": b"* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.\r\n",
        "select": b"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* OK [PERMANENTFLAGS ()] Read-only mailbox.\r\n* 3 EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 1718000000] UIDs valid\r\n* OK [UIDNEXT 4] Predicted next UID\r\na2 OK [READ-ONLY] Examine completed (0.001 + 0.000 secs).\r\n",
        "search": b"* SEARCH 1 2 3 17 4294967295\r\na3 OK Search completed.\r\n",
        "fetch-literal": b"* 1 FETCH (UID 7 RFC822.SIZE 44 INTERNALDATE \"10-Jun-2025 10:15:00 +0900\" FLAGS (\\Seen) BODY[] {44}\r\nSubject: test\r\n\r\nbody line one\r\nline two\r\n)\r\na4 OK Fetch completed.\r\n",
        "fetch-nil-and-quoted": b"* 2 FETCH (UID 8 FLAGS () INTERNALDATE \"01-Jan-1970 00:00:00 +0000\" BODY[HEADER.FIELDS (SUBJECT)] NIL)\r\n",
        "continuation-idle": b"+ idling\r\n* 4 EXISTS\r\n* 1 EXPUNGE\r\na5 OK Idle completed.\r\n",
        "bye-preauth": b"* PREAUTH [CAPABILITY IMAP4rev1] logged in\r\n* BYE [ALERT] shutting down\r\n",
        "no-bad": b"a1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\na2 BAD Error in IMAP command: Unknown command.\r\n",
        "list-utf7": b"* LIST (\\HasNoChildren) \".\" \"&MEMwsDDZMMgw6jDrMPw-\"\r\n* STATUS INBOX (MESSAGES 3 UIDNEXT 4)\r\n",
    }
    for i, (name, data) in enumerate(imap.items()):
        write("imap_parser", name, bytes([1 + i * 7]) + data)

    # mime_message: the problem-mail corpus.
    for path in mails():
        write("mime_message", path.stem, path.read_bytes())

    # mime_header: "charset label\nraw header value", from the corpus's header lines.
    seen = set()
    for path in mails():
        head = path.read_bytes().replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
        for line in head.split(b"\n"):
            name = line.split(b":", 1)[0].lower()
            if name in (b"subject", b"from", b"to", b"content-type", b"content-disposition") and (b"=?" in line or b"*=" in line or any(c > 127 for c in line)):
                value = line.split(b":", 1)[1].strip()
                if value not in seen and len(seen) < 40:
                    seen.add(value)
                    write("mime_header", f"{path.stem}-{name.decode()}", b"iso-2022-jp\n" + value)
    write("mime_header", "rfc2231-continuation", b"windows-31j\nattachment; filename*0*=ISO-2022-JP''%1B%24B%38%2B%40%51; filename*1*=%3D%71%1B%28B.pdf")
    write("mime_header", "sjis-raw", b"shift_jis\n" + "見積書①㈱.xlsx".encode("cp932"))

    # mbox: whole files.
    first, second = (p.read_bytes()[:1500] for p in mails()[:2])
    write("mbox", "two-messages", b"From sender@example.jp Tue Jun 10 01:15:00 2025\n" + first + b"\n\nFrom MAILER-DAEMON Wed Jun 11 09:00:00 2025 +0900\n" + second.replace(b"\nFrom ", b"\n>From "))
    write("mbox", "mboxrd-quoted", b"From a@b Mon Jan  1 00:00:00 2024\nSubject: q\n\n>From here\n>>From there\nFrom the middle of a line\n")
    write("mbox", "cr-only", b"From somebody\rSubject: old mac\r\rtext\r")
    write("mbox", "plain-eml", first)

    # maildir: names, an empty line, the mail.
    names = b"1718000000.M123456P2.host:2,S\n1718000000.M12P3.host:2,\n1718000001.host\n.hidden\nnot-a-time.host\n4102444801.M1P1.host"
    write("maildir", "names-and-mail", names + b"\n\n" + first)
    write("maildir", "one", b"1600000000.M999999P1.desk\n\nSubject: x\n\nbody\n")

    # holiday_csv: the Cabinet Office file (Shift_JIS) cut, and UTF-8/ISO variants.
    csv = (DATA / "syukujitsu.csv").read_bytes()
    write("holiday_csv", "syukujitsu-sjis", csv[:1200])
    write("holiday_csv", "utf8-bom-iso", "\ufeff国民の祝日・休日月日,国民の祝日・休日名称\n2025-06-11,創立記念日\n2025-08-13,夏季休業\n")
    write("holiday_csv", "no-header-lf", "2025/12/29,年末休業\n2025/1/2,\n")

    # holiday_ical: all-day events.
    write("holiday_ical", "multi-day", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//JP\r\nBEGIN:VEVENT\r\nUID:1@example.jp\r\nDTSTART;VALUE=DATE:20250811\r\nDTEND;VALUE=DATE:20250815\r\nSUMMARY:夏季休業\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2@example.jp\r\nDTSTART;VALUE=DATE:20250611\r\nSUMMARY:創立記念日\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    write("holiday_ical", "folded-timed", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Asia/Tokyo:20251224T100000\nDTEND;TZID=Asia/Tokyo:20251224T120000\nSUMMARY:timed, \n not all day\nEND:VEVENT\nEND:VCALENDAR\n")

    # csv_writer: rows split by 0x1E, fields by 0x1F.
    write("csv_writer", "report-rows", "組織\x1f受信\x1f期限内%\x1e株式会社例\x1f12\x1f91.7\x1e=cmd|'/c calc'!A0\x1f-12\x1f+1.5")
    write("csv_writer", "quotes-and-breaks", "a,b\x1f\"quoted\"\x1fline\r\nbreak\x1e@SUM(A1)\x1f\tTAB\x1f\rCR\x1f-\x1f.5")

    # cli_args: one value per line.
    write("cli_args", "moments", "2025-06-11T19:30:00+09:00\n2025-06-11T10:30:00Z\n2025-06-11T10:30Z\n2025-06-11T19:30:00\n1955-01-01T00:00:00+09:00")
    write("cli_args", "addresses", "imaps://support%40example.co.jp@mail.example.co.jp:993\nimap://user@127.0.0.1:143\nsmtp://user@smtp.example.co.jp:587\nsmtps://user:hunter2@smtp.example.co.jp:465\npostgresql://desk@db.example.co.jp:5432/madoguchi\npostgresql://desk:hunter2@db.example.co.jp/madoguchi\n/var/lib/madoguchi/desk.sqlite")


if __name__ == "__main__":
    main()
