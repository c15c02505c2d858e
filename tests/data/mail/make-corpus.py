#!/usr/bin/env python3
"""Writes the problem-mail corpus (one .eml per problem) and expected.tsv.

Each mail is built from the text its sender meant; the same text is the expectation, so a
row fails exactly when the parser does not recover what the sender wrote. The .eml files
are committed; run this only to change the corpus (stdlib only):
    /usr/bin/python3 tests/data/mail/make-corpus.py tests/data/mail
"""
import base64
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SUPPORT = "support@desk.example.co.jp"
STAFF = "sato@desk.example.co.jp"
rows = []


def sjis2jis(c1, c2):
    if c1 >= 0xE0:
        c1 -= 0x40
    c1 -= 0x81
    if c2 >= 0x9F:
        return c1 * 2 + 0x22, c2 - 0x7E
    return c1 * 2 + 0x21, c2 - 0x1F - (1 if c2 >= 0x80 else 0)


def jis(text):
    """ISO-2022-JP as Outlook writes it (CP50221): NEC row 13 (①, ㈱, №) and half-width kana
    with ESC ( I, which the strict codec refuses."""
    out = bytearray()
    mode = "ascii"
    for ch in text:
        if ord(ch) < 0x80:
            want = "ascii"
        elif 0xFF61 <= ord(ch) <= 0xFF9F:
            want = "kana"
        else:
            want = "kanji"
        if want != mode:
            out += {"ascii": b"\x1b(B", "kana": b"\x1b(I", "kanji": b"\x1b$B"}[want]
            mode = want
        if want == "ascii":
            out += ch.encode("ascii")
        elif want == "kana":
            out.append(ch.encode("cp932")[0] - 0x80)
        else:
            b = ch.encode("cp932")
            out += bytes(sjis2jis(b[0], b[1]))
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def b64(data):
    return base64.b64encode(data).decode("ascii")


def bword(charset, data):
    return "=?%s?B?%s?=" % (charset, b64(data))


def qword(charset, data):
    out = ""
    for byte in data:
        c = chr(byte)
        if c.isalnum() and byte < 0x80:
            out += c
        elif c == " ":
            out += "_"
        else:
            out += "=%02X" % byte
    return "=?%s?Q?%s?=" % (charset, out)


def b64lines(data):
    text = b64(data)
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76)).encode("ascii")


def header_block(h):
    lines = []
    for name, value in h:
        if isinstance(value, str):
            value = value.encode("utf-8")
        lines.append(name.encode("ascii") + b": " + value)
    return b"\r\n".join(lines) + b"\r\n"


def std(frm, subject, msgid, extra=(), to="サポート窓口 <%s>" % SUPPORT, date="Tue, 10 Jun 2025 10:15:00 +0900"):
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", "<%s>" % msgid),
         ("MIME-Version", "1.0")]
    h += list(extra)
    return h


def write(name, raw, subject, frm, from_name, excerpt, attachments=(), kind="customer", flags=""):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(raw)
    rows.append([name, subject, frm, from_name, excerpt, "|".join(attachments), kind, flags])


def simple(name, headers, ctype, cte, body, **expect):
    raw = header_block(headers + [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]) + b"\r\n" + body
    write(name, raw, **expect)


def multipart(boundary, parts, preamble=b"", close=True):
    out = preamble
    for headers, body in parts:
        out += b"--" + boundary + b"\r\n" + header_block(headers) + b"\r\n" + body + b"\r\n"
    if close:
        out += b"--" + boundary + b"--\r\n"
    return out


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0e5b1f80000000049454e44ae426082")
YAMADA = "山田 太郎"
Y_ADDR = "yamada@acme.co.jp"

# 1 ISO-2022-JP subject split in the middle of a character across two encoded words
subj = "【至急】ログインできません"
jb = jis(subj)
cut = 3 + 5  # ESC $ B + two full chars + half of the third
simple("iso-2022-jp-subject-split.eml",
       std(bword("ISO-2022-JP", jis(YAMADA)) + " <%s>" % Y_ADDR,
           bword("ISO-2022-JP", jb[:cut]) + "\r\n " + bword("ISO-2022-JP", jb[cut:]), "split-1@acme.co.jp"),
       "text/plain; charset=ISO-2022-JP", "7bit", jis("お世話になっております。\r\n管理画面にログインできません。\r\n") ,
       subject=subj, frm=Y_ADDR, from_name=YAMADA, excerpt="管理画面にログインできません。")

# 2 ISO-2022-JP body without a charset label
simple("iso-2022-jp-no-charset.eml",
       std("Suzuki <suzuki@beta.co.jp>", bword("ISO-2022-JP", jis("見積書の件")), "nocs-1@beta.co.jp"),
       "text/plain", "7bit", jis("見積書を再送してください。\r\n"),
       subject="見積書の件", frm="suzuki@beta.co.jp", from_name="Suzuki", excerpt="見積書を再送してください。", flags="guessed")

# 3 CP932 characters in mail labelled Shift_JIS
body = "①請求書の件で連絡します。㈱アクメ №12 ⅰ 髙橋 﨑\r\n"
simple("cp932-labelled-shift_jis-maru-number.eml",
       std(bword("Shift_JIS", "髙橋 一郎".encode("cp932")) + " <takahashi@acme.co.jp>",
           bword("Shift_JIS", "①請求書について㈱".encode("cp932")), "cp932-1@acme.co.jp"),
       "text/plain; charset=Shift_JIS", "8bit", body.encode("cp932"),
       subject="①請求書について㈱", frm="takahashi@acme.co.jp", from_name="髙橋 一郎",
       excerpt="①請求書の件で連絡します。㈱アクメ №12 ⅰ 髙橋 﨑")

# 4 Outlook: ISO-2022-JP with NEC row 13 and half-width kana (CP50221)
body = "ご担当者様\r\n①ｶﾞｲﾄﾞの手順で設定しました。㈱ベータ\r\n"
simple("outlook-cp50220-halfwidth-kana.eml",
       std(bword("iso-2022-jp", jis("鈴木 花子")) + " <hanako@beta.co.jp>",
           bword("iso-2022-jp", jis("①ｻｰﾊﾞ設定について")), "0102ABCD@EXCH01.beta.co.jp",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdmZ1234")]),
       "text/plain; charset=\"iso-2022-jp\"", "7bit", jis(body),
       subject="①ｻｰﾊﾞ設定について", frm="hanako@beta.co.jp", from_name="鈴木 花子",
       excerpt="①ｶﾞｲﾄﾞの手順で設定しました。㈱ベータ")

# 5 Gmail: UTF-8 multipart/alternative, base64, HTML kept
text = "お問い合わせです。\r\nCSVの出力ができません。\r\n"
html = "<div dir=\"ltr\">お問い合わせです。<br>CSVの<b>出力</b>ができません。</div>"
bnd = b"000000000000a1b2c3d4e5f6"
raw = header_block(std("Kenji Ito <kenji.ito@gmail.com>", bword("UTF-8", "CSV出力のエラー".encode()), "CAF=gmail-1@mail.gmail.com")
                   + [("Content-Type", "multipart/alternative; boundary=\"%s\"" % bnd.decode())]) + b"\r\n" + multipart(bnd, [
    ([("Content-Type", "text/plain; charset=\"UTF-8\""), ("Content-Transfer-Encoding", "base64")], b64lines(text.encode())),
    ([("Content-Type", "text/html; charset=\"UTF-8\""), ("Content-Transfer-Encoding", "base64")], b64lines(html.encode())),
])
write("gmail-utf8-html-alternative.eml", raw, "CSV出力のエラー", "kenji.ito@gmail.com", "Kenji Ito", "CSVの出力ができません。")

# 6 iPhone: UTF-8 with an RFC 2231 (utf-8'') PDF name and an inline photo
bnd = b"Apple-Mail-1A2B3C4D"
raw = header_block(std(bword("utf-8", "小林 誠".encode()) + " <m.kobayashi@icloud.com>", bword("utf-8", "請求書の再発行".encode()), "5E6F@icloud.com",
                       extra=[("X-Mailer", "iPhone Mail (20A362)")])
                   + [("Content-Type", "multipart/mixed; boundary=%s" % bnd.decode())]) + b"\r\n" + multipart(bnd, [
    ([("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")],
     b"=E8=AB=8B=E6=B1=82=E6=9B=B8=E3=82=92=E5=86=8D=E7=99=BA=E8=A1=8C=E3=81=97=E3=81=A6=E3=81=8F=E3=81=A0=E3=81=95=E3=81=84=E3=80=82\r\n\r\niPhone=E3=81=8B=E3=82=89=E9=80=81=E4=BF=A1"),
    ([("Content-Type", "application/pdf; name*=utf-8''%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf"),
      ("Content-Disposition", "attachment; filename*=utf-8''%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf"),
      ("Content-Transfer-Encoding", "base64")], b64lines(PDF)),
    ([("Content-Type", "image/png; name=IMG_0001.png"), ("Content-Disposition", "inline; filename=IMG_0001.png"),
      ("Content-Transfer-Encoding", "base64"), ("Content-Id", "<img1@icloud.com>")], b64lines(PNG)),
])
write("iphone-utf8-rfc2231-pdf-inline-photo.eml", raw, "請求書の再発行", "m.kobayashi@icloud.com", "小林 誠", "請求書を再発行してください。", ["請求書.pdf"])

# 7 docomo: Shift_JIS 8bit, Shift_JIS encoded words
simple("docomo-shift_jis-8bit.eml",
       std("taro-1234@docomo.ne.jp", bword("Shift_JIS", "パスワード再設定".encode("cp932")), "docomo-1@docomo.ne.jp", to=SUPPORT),
       "text/plain; charset=Shift_JIS", "8bit", "パスワードを忘れました。再設定をお願いします。\r\n".encode("cp932"),
       subject="パスワード再設定", frm="taro-1234@docomo.ne.jp", from_name="", excerpt="パスワードを忘れました。")

# 8 au: ISO-2022-JP, 7bit, mobile address
simple("au-ezweb-iso-2022-jp.eml",
       std("hanako.k@ezweb.ne.jp", bword("ISO-2022-JP", jis("ｱﾌﾟﾘが起動しません")), "au-1@ezweb.ne.jp", to=SUPPORT),
       "text/plain; charset=ISO-2022-JP", "7bit", jis("アプリが起動しません。機種はＡＱＵＯＳです。\r\n"),
       subject="ｱﾌﾟﾘが起動しません", frm="hanako.k@ezweb.ne.jp", from_name="", excerpt="機種はＡＱＵＯＳです。")

# 9 SoftBank: UTF-8 8bit body and quoted-printable subject
simple("softbank-utf8-8bit.eml",
       std("ichiro@i.softbank.jp", qword("UTF-8", "解約の手続き".encode()), "sb-1@i.softbank.jp", to=SUPPORT),
       "text/plain; charset=UTF-8", "8bit", "解約の手続きを教えてください。\r\n".encode(),
       subject="解約の手続き", frm="ichiro@i.softbank.jp", from_name="", excerpt="解約の手続きを教えてください。")

# 10 Postfix DSN with the returned message
bnd = b"4BxKZ1qW2Hz.1718000000/mx.acme.co.jp"
returned = header_block([("From", "サポート窓口 <%s>" % SUPPORT), ("To", "nobody@acme.co.jp"),
                         ("Subject", bword("UTF-8", "Re: [#1042] 請求書について".encode())),
                         ("Message-ID", "<reply-1042-1@desk.example.co.jp>")]) + b"\r\nreply body\r\n"
raw = header_block([("From", "MAILER-DAEMON@mx.acme.co.jp (Mail Delivery System)"), ("To", SUPPORT),
                    ("Subject", "Undelivered Mail Returned to Sender"), ("Date", "Tue, 10 Jun 2025 11:00:00 +0900"),
                    ("Message-ID", "<20250610020000.AB12@mx.acme.co.jp>"), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                    ("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"%s\"" % bnd.decode())]) + b"\r\n" + multipart(bnd, [
    ([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
     b"This is the mail system at host mx.acme.co.jp.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<nobody@acme.co.jp>: host mx.acme.co.jp said: 550 5.1.1 User unknown"),
    ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
     b"Reporting-MTA: dns; mx.acme.co.jp\r\n\r\nFinal-Recipient: rfc822; nobody@acme.co.jp\r\nAction: failed\r\nStatus: 5.1.1\r\n"),
    ([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], returned),
])
write("bounce-postfix-dsn.eml", raw, "Undelivered Mail Returned to Sender", "MAILER-DAEMON@mx.acme.co.jp", "Mail Delivery System",
      "could not\nbe delivered", ["Re_ [#1042] 請求書について.eml"], kind="bounce")

# 11 qmail-style plain bounce quoting the original headers in the body
simple("bounce-qmail-plain-text.eml",
       [("From", "MAILER-DAEMON@mail.beta.co.jp"), ("To", SUPPORT), ("Subject", "failure notice"),
        ("Date", "Tue, 10 Jun 2025 11:05:00 +0900"), ("Message-ID", "<qmail-1@mail.beta.co.jp>"), ("MIME-Version", "1.0")],
       "text/plain; charset=us-ascii", "7bit",
       b"Hi. This is the qmail-send program at mail.beta.co.jp.\r\nI'm afraid I wasn't able to deliver your message to the following addresses.\r\n\r\n<gone@beta.co.jp>:\r\nSorry, no mailbox here by that name.\r\n\r\n--- Below this line is a copy of the message.\r\n\r\nMessage-ID: <reply-1043-1@desk.example.co.jp>\r\nSubject: Re: [#1043]\r\n",
       subject="failure notice", frm="MAILER-DAEMON@mail.beta.co.jp", from_name="", excerpt="no mailbox here", kind="bounce")

# 12 Exchange-style DSN with text/rfc822-headers
bnd = b"DSN-boundary-77"
raw = header_block([("From", "postmaster@gamma.co.jp"), ("To", SUPPORT), ("Subject", "Undeliverable: Re: [#1044] 設定方法"),
                    ("Date", "Tue, 10 Jun 2025 11:10:00 +0900"), ("Message-ID", "<dsn-ex-1@gamma.co.jp>"), ("MIME-Version", "1.0"),
                    ("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"%s\"" % bnd.decode())]) + b"\r\n" + multipart(bnd, [
    ([("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")],
     "配信できませんでした。Delivery has failed to these recipients.\r\n".encode()),
    ([("Content-Type", "message/delivery-status")], b"Reporting-MTA: dns;ex01.gamma.co.jp\r\n\r\nFinal-recipient: RFC822; old@gamma.co.jp\r\nAction: failed\r\nStatus: 5.1.10\r\n"),
    ([("Content-Type", "text/rfc822-headers")], b"From: support@desk.example.co.jp\r\nMessage-ID: <reply-1044-2@desk.example.co.jp>\r\nSubject: Re: [#1044]\r\n"),
])
write("bounce-exchange-rfc822-headers.eml", raw, "Undeliverable: Re: [#1044] 設定方法", "postmaster@gamma.co.jp", "", "配信できませんでした。", kind="bounce")

# 13 Japanese out-of-office reply recognised by its subject alone
simple("auto-reply-out-of-office-ja.eml",
       std(bword("ISO-2022-JP", jis(YAMADA)) + " <%s>" % Y_ADDR, bword("ISO-2022-JP", jis("自動応答: Re: [#1042] 請求書について")), "ooo-ja-1@acme.co.jp",
           extra=[("In-Reply-To", "<reply-1042-1@desk.example.co.jp>")], to=SUPPORT),
       "text/plain; charset=ISO-2022-JP", "7bit", jis("6月15日まで不在にしております。\r\n"),
       subject="自動応答: Re: [#1042] 請求書について", frm=Y_ADDR, from_name=YAMADA, excerpt="6月15日まで不在にしております。", kind="auto-reply")

# 14-18 header-signalled automatic mail
simple("auto-reply-auto-submitted.eml",
       std("Helpdesk <helpdesk@beta.co.jp>", bword("UTF-8", "受付完了のお知らせ".encode()), "ack-1@beta.co.jp", extra=[("Auto-Submitted", "auto-replied")]),
       "text/plain; charset=UTF-8", "8bit", "お問い合わせを受け付けました。\r\n".encode(),
       subject="受付完了のお知らせ", frm="helpdesk@beta.co.jp", from_name="Helpdesk", excerpt="お問い合わせを受け付けました。", kind="auto-reply")
simple("auto-reply-precedence-bulk-newsletter.eml",
       std("news@vendor.example.com", "Monthly newsletter", "news-1@vendor.example.com", extra=[("Precedence", "bulk")]),
       "text/plain; charset=us-ascii", "7bit", b"Our June news.\r\n",
       subject="Monthly newsletter", frm="news@vendor.example.com", from_name="", excerpt="Our June news.", kind="auto-reply")
simple("auto-reply-x-autoreply.eml",
       std("info@delta.co.jp", bword("UTF-8", "Re: お問い合わせ".encode()), "xar-1@delta.co.jp", extra=[("X-Autoreply", "yes")]),
       "text/plain; charset=UTF-8", "8bit", "このメールは自動送信です。\r\n".encode(),
       subject="Re: お問い合わせ", frm="info@delta.co.jp", from_name="", excerpt="自動送信", kind="auto-reply")
simple("auto-reply-outlook-automatic-reply.eml",
       std("Sakura Mori <mori@epsilon.co.jp>", "Automatic reply: [#1050] Invoice", "oof-1@epsilon.co.jp",
           extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "mori@epsilon.co.jp")]),
       "text/plain; charset=us-ascii", "7bit", b"I am out of the office until Monday.\r\n",
       subject="Automatic reply: [#1050] Invoice", frm="mori@epsilon.co.jp", from_name="Sakura Mori", excerpt="out of the office", kind="auto-reply")
simple("loop-x-loop-own-address.eml",
       std("relay@zeta.co.jp", "Re: [#1051] test", "loop-1@zeta.co.jp", extra=[("X-Loop", SUPPORT), ("In-Reply-To", "<x@zeta.co.jp>")]),
       "text/plain; charset=us-ascii", "7bit", b"looped message\r\n",
       subject="Re: [#1051] test", frm="relay@zeta.co.jp", from_name="", excerpt="looped message", kind="auto-reply")

# 19-21 outbound mail found in the mailbox
simple("own-address-not-a-reply.eml",
       std("サポート窓口 <%s>" % SUPPORT, bword("UTF-8", "お問い合わせを受け付けました".encode()), "ack-own-1@desk.example.co.jp", to=Y_ADDR),
       "text/plain; charset=UTF-8", "8bit", "受付番号をお知らせします。\r\n".encode(),
       subject="お問い合わせを受け付けました", frm=SUPPORT, from_name="サポート窓口", excerpt="受付番号", kind="auto-reply")
simple("staff-reply-from-support-address.eml",
       std("サポート窓口 <%s>" % SUPPORT, bword("UTF-8", "Re: [#1042] 請求書について".encode()), "reply-1042-1@desk.example.co.jp", to=Y_ADDR,
           extra=[("In-Reply-To", "<split-1@acme.co.jp>"), ("References", "<split-1@acme.co.jp>")]),
       "text/plain; charset=UTF-8", "8bit", "ご連絡ありがとうございます。\r\n".encode(),
       subject="Re: [#1042] 請求書について", frm=SUPPORT, from_name="サポート窓口", excerpt="ご連絡ありがとうございます。", kind="staff")
simple("staff-reply-from-staff-address.eml",
       std("佐藤 <%s>" % STAFF, "Re: CSV", "staff-1@desk.example.co.jp", to="kenji.ito@gmail.com",
           extra=[("In-Reply-To", "<CAF=gmail-1@mail.gmail.com>")]),
       "text/plain; charset=UTF-8", "8bit", "確認いたします。\r\n".encode(),
       subject="Re: CSV", frm=STAFF, from_name="佐藤", excerpt="確認いたします。", kind="staff")

# 22-24 malformed structure
bnd = b"trunc-boundary"
raw = header_block(std("Truncated <trunc@acme.co.jp>", "Truncated upload", "trunc-1@acme.co.jp")
                   + [("Content-Type", "multipart/mixed; boundary=\"%s\"" % bnd.decode())]) + b"\r\n" + multipart(bnd, [
    ([("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit")], "添付を送ります。\r\n".encode()),
], close=False) + b"--" + bnd + b"\r\nContent-Type: application/pdf; name=\"report.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64lines(PDF * 20)[:300]
write("truncated.eml", raw, "Truncated upload", "trunc@acme.co.jp", "Truncated", "添付を送ります。", ["report.pdf"], flags="errors")
simple("bad-base64.eml", std("b64@acme.co.jp", "Bad base64", "b64-1@acme.co.jp"),
       "text/plain; charset=UTF-8", "base64", b64lines("壊れたBase64の本文です。".encode())[:24] + b"!!**\xff\r\n" + b64lines("壊れたBase64の本文です。".encode())[24:],
       subject="Bad base64", frm="b64@acme.co.jp", from_name="", excerpt="壊れた", flags="errors")
simple("missing-boundary.eml", std("nob@acme.co.jp", "Missing boundary", "nob-1@acme.co.jp"),
       "multipart/mixed", "7bit", b"--whatever\r\nContent-Type: text/plain\r\n\r\nThe boundary parameter is missing.\r\n--whatever--\r\n",
       subject="Missing boundary", frm="nob@acme.co.jp", from_name="", excerpt="The boundary parameter is missing.", flags="errors")

# 25-29 wrong or missing body charsets
simple("utf8-labelled-iso-8859-1.eml", std("w@acme.co.jp", "Wrong label", "wl-1@acme.co.jp"),
       "text/plain; charset=iso-8859-1", "8bit", "ラベルが間違っています。Müller\r\n".encode(),
       subject="Wrong label", frm="w@acme.co.jp", from_name="", excerpt="ラベルが間違っています。Müller", flags="guessed")
simple("utf8-labelled-us-ascii.eml", std("u@acme.co.jp", "us-ascii label", "ua-1@acme.co.jp"),
       "text/plain; charset=us-ascii", "8bit", "本文はUTF-8です。\r\n".encode(),
       subject="us-ascii label", frm="u@acme.co.jp", from_name="", excerpt="本文はUTF-8です。", flags="guessed")
simple("shift_jis-labelled-iso-2022-jp.eml", std("s@acme.co.jp", "sjis as jis", "sj-1@acme.co.jp"),
       "text/plain; charset=ISO-2022-JP", "8bit", "実際はシフトJISの本文です。\r\n".encode("cp932"),
       subject="sjis as jis", frm="s@acme.co.jp", from_name="", excerpt="実際はシフトJISの本文です。", flags="guessed")
simple("euc-jp-labelled.eml", std("e@acme.co.jp", bword("EUC-JP", "日本語の件名".encode("euc_jp")), "euc-1@acme.co.jp"),
       "text/plain; charset=EUC-JP", "8bit", "EUC-JPで書かれた本文です。\r\n".encode("euc_jp"),
       subject="日本語の件名", frm="e@acme.co.jp", from_name="", excerpt="EUC-JPで書かれた本文です。")
simple("euc-jp-no-charset.eml", std("e2@acme.co.jp", "EUC without label", "euc-2@acme.co.jp"),
       "text/plain", "8bit", "ラベルのないEUC-JPの本文です。ひらがなとカタカナと漢字。\r\n".encode("euc_jp"),
       subject="EUC without label", frm="e2@acme.co.jp", from_name="", excerpt="ひらがなとカタカナと漢字。", flags="guessed")
simple("shift_jis-no-charset.eml", std("s2@acme.co.jp", "SJIS without label", "sj-2@acme.co.jp"),
       "text/plain", "8bit", "ラベルのないシフトJISの本文です。①付き。\r\n".encode("cp932"),
       subject="SJIS without label", frm="s2@acme.co.jp", from_name="", excerpt="ラベルのないシフトJISの本文です。①付き。", flags="guessed")

# 30-34 malformed headers
raw = (b"From: " + "伊藤 次郎".encode("cp932") + b" <jiro@acme.co.jp>\r\nTo: " + SUPPORT.encode() + b"\r\nSubject: "
       + "生の８ビット件名".encode("cp932") + b"\r\nDate: Tue, 10 Jun 2025 10:15:00 +0900\r\nMessage-ID: <raw8-1@acme.co.jp>\r\n"
       b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
       + "ヘッダーがエンコードされていません。\r\n".encode("cp932"))
write("raw-8bit-shift_jis-headers.eml", raw, "生の８ビット件名", "jiro@acme.co.jp", "伊藤 次郎", "ヘッダーがエンコードされていません。", flags="guessed")
simple("raw-8bit-utf8-headers.eml", std("中村 三郎 <saburo@acme.co.jp>", "UTF-8のままの件名", "raw8-2@acme.co.jp"),
       "text/plain; charset=UTF-8", "8bit", "RFC 6532 形式です。\r\n".encode(),
       subject="UTF-8のままの件名", frm="saburo@acme.co.jp", from_name="中村 三郎", excerpt="RFC 6532 形式です。")
simple("encoded-word-wrong-charset-label.eml",
       std("wl2@acme.co.jp", bword("ISO-8859-1", "ラベル違いの件名".encode()) + " " + bword("us-ascii", "シフトJIS".encode("cp932")), "ewl-1@acme.co.jp"),
       "text/plain; charset=UTF-8", "8bit", "本文\r\n".encode(),
       subject="ラベル違いの件名シフトJIS", frm="wl2@acme.co.jp", from_name="", excerpt="本文", flags="guessed")
sb = "文字化けしない件名".encode("cp932")
simple("encoded-word-q-shift_jis-split.eml",
       std("q@acme.co.jp", qword("Shift_JIS", sb[:5]) + "\r\n\t" + qword("Shift_JIS", sb[5:]), "qs-1@acme.co.jp"),
       "text/plain; charset=Shift_JIS", "8bit", "Q エンコードの分割\r\n".encode("cp932"),
       subject="文字化けしない件名", frm="q@acme.co.jp", from_name="", excerpt="Q エンコードの分割")
simple("encoded-word-inside-quoted-from-name.eml",
       std("\"%s\" <kato@acme.co.jp>" % bword("ISO-2022-JP", jis("加藤 四郎")), "Quoted name", "qn-1@acme.co.jp"),
       "text/plain; charset=us-ascii", "7bit", b"quoted encoded word\r\n",
       subject="Quoted name", frm="kato@acme.co.jp", from_name="加藤 四郎", excerpt="quoted encoded word")

# 35-39 attachment names
def with_attachment(name, subject, att_headers, data, expect_names, flags=""):
    bnd = b"att-boundary-1"
    raw = header_block(std("Files <files@acme.co.jp>", subject, name + "@acme.co.jp")
                       + [("Content-Type", "multipart/mixed; boundary=\"%s\"" % bnd.decode())]) + b"\r\n" + multipart(bnd, [
        ([("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit")], "添付ファイルをご確認ください。\r\n".encode()),
    ] + [(h, b64lines(data)) for h in att_headers])
    write(name, raw, subject, "files@acme.co.jp", "Files", "添付ファイルをご確認ください。", expect_names, flags=flags)


jn = jis("見積書（最新版）.xlsx")
pct = "".join("%%%02X" % b for b in jn)
with_attachment("rfc2231-filename-iso-2022-jp-continuation.eml", "RFC 2231 continuation",
                [[("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                  ("Content-Disposition", "attachment;\r\n filename*0*=ISO-2022-JP''%s;\r\n filename*1*=%s" % (pct[:30], pct[30:])),
                  ("Content-Transfer-Encoding", "base64")]], PDF, ["見積書（最新版）.xlsx"])
with_attachment("rfc2047-quoted-filename-shift_jis.eml", "RFC 2047 file name",
                [[("Content-Type", "application/pdf; name=\"%s\"" % bword("Shift_JIS", "①仕様書㈱.pdf".encode("cp932"))),
                  ("Content-Disposition", "attachment; filename=\"%s\"" % bword("Shift_JIS", "①仕様書㈱.pdf".encode("cp932"))),
                  ("Content-Transfer-Encoding", "base64")]], PDF, ["①仕様書㈱.pdf"])
bnd = b"raw-name"
raw = header_block(std("Files <files@acme.co.jp>", "Raw 8-bit file name", "raw-name-1@acme.co.jp")
                   + [("Content-Type", "multipart/mixed; boundary=\"raw-name\"")]) + b"\r\n" + multipart(bnd, [
    ([("Content-Type", "text/plain; charset=Shift_JIS"), ("Content-Transfer-Encoding", "8bit")], "生のファイル名\r\n".encode("cp932")),
    ([("Content-Type", "text/csv"), ("Content-Disposition", b"attachment; filename=\"" + "顧客一覧.csv".encode("cp932") + b"\""),
      ("Content-Transfer-Encoding", "base64")], b64lines("会社名,担当\r\n".encode("cp932"))),
])
write("raw-8bit-filename-shift_jis.eml", raw, "Raw 8-bit file name", "files@acme.co.jp", "Files", "生のファイル名", ["顧客一覧.csv"], flags="guessed")
with_attachment("winmail-dat-tnef.eml", "Outlook rich text",
                [[("Content-Type", "application/ms-tnef; name=\"winmail.dat\""), ("Content-Disposition", "attachment; filename=\"winmail.dat\""),
                  ("Content-Transfer-Encoding", "base64")]], b"\x78\x9f\x3e\x22" + PDF, ["winmail.dat"])
with_attachment("dangerous-attachment-names.eml", "Dangerous names",
                [[("Content-Type", "application/octet-stream"), ("Content-Disposition", "attachment; filename=\"../../etc/passwd\""), ("Content-Transfer-Encoding", "base64")],
                 [("Content-Type", "text/plain"), ("Content-Disposition", "attachment; filename=\"CON.txt\""), ("Content-Transfer-Encoding", "base64")],
                 [("Content-Type", "application/octet-stream"), ("Content-Disposition", "attachment; filename=\"invoice\u202egpj.exe\""), ("Content-Transfer-Encoding", "base64")],
                 [("Content-Type", "application/octet-stream"), ("Content-Disposition", "attachment; filename=\"..\""), ("Content-Transfer-Encoding", "base64")]],
                PDF, ["passwd", "_CON.txt", "invoice_gpj.exe", "attachment-4.bin"])
with_attachment("tnef-without-name.eml", "TNEF without a name",
                [[("Content-Type", "application/ms-tnef"), ("Content-Transfer-Encoding", "base64")]], b"\x78\x9f\x3e\x22", ["winmail.dat"])

# 40-45 bodies and structure
simple("html-only-with-script.eml", std("h@acme.co.jp", "HTML only", "html-1@acme.co.jp"),
       "text/html; charset=UTF-8", "quoted-printable",
       b"<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><p>HTML=E3=81=AE=E3=81=BF=E3=81=AE=E6=9C=AC=E6=96=87</p><img src=3D\"http://tracker.example/p.gif\"></body></html>",
       subject="HTML only", frm="h@acme.co.jp", from_name="", excerpt="HTMLのみの本文")
simple("latin1-western.eml", std("Jürgen Müller <jm@example.de>", "=?ISO-8859-1?Q?Gr=FC=DFe_aus_M=FCnchen?=", "de-1@example.de"),
       "text/plain; charset=ISO-8859-1", "quoted-printable", b"Sch=F6ne Gr=FC=DFe, caf=E9\r\n",
       subject="Grüße aus München", frm="jm@example.de", from_name="Jürgen Müller", excerpt="Schöne Grüße, café")
simple("windows-31j-label.eml", std("w31j@acme.co.jp", bword("windows-31j", "Ⅲ期の㈲件".encode("cp932")), "w31j-1@acme.co.jp"),
       "text/plain; charset=windows-31j", "base64", b64lines("windows-31j ラベル ①②③ ㈲\r\n".encode("cp932")),
       subject="Ⅲ期の㈲件", frm="w31j@acme.co.jp", from_name="", excerpt="windows-31j ラベル ①②③ ㈲")
bnd = b"fw-boundary"
inner = header_block([("From", "Customer <c@omega.co.jp>"), ("To", "x@acme.co.jp"), ("Subject", bword("UTF-8", "元のメール".encode())),
                      ("Message-ID", "<orig-1@omega.co.jp>"), ("Content-Type", "text/plain; charset=UTF-8")]) + b"\r\n" + "転送元の本文\r\n".encode()
raw = header_block(std("Forwarder <fw@acme.co.jp>", bword("UTF-8", "転送: 元のメール".encode()), "fw-1@acme.co.jp")
                   + [("Content-Type", "multipart/mixed; boundary=\"fw-boundary\"")]) + b"\r\n" + multipart(bnd, [
    ([("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit")], "転送します。\r\n".encode()),
    ([("Content-Type", "message/rfc822")], inner),
])
write("forwarded-message-rfc822.eml", raw, "転送: 元のメール", "fw@acme.co.jp", "Forwarder", "転送します。", ["元のメール.eml"])
simple("reply-all-from-cc-customer.eml",
       std("Cc Person <cc@acme.co.jp>", "RE: Re: [#1042] 請求書について", "cc-1@acme.co.jp",
           extra=[("Cc", "%s, %s" % (Y_ADDR, SUPPORT)), ("In-Reply-To", "<reply-1042-1@desk.example.co.jp>"),
                  ("References", "<split-1@acme.co.jp> <reply-1042-1@desk.example.co.jp>")]),
       "text/plain; charset=UTF-8", "8bit", "横から失礼します。\r\n".encode(),
       subject="RE: Re: [#1042] 請求書について", frm="cc@acme.co.jp", from_name="Cc Person", excerpt="横から失礼します。")
simple("subject-stacked-prefixes.eml",
       std("p@acme.co.jp", bword("UTF-8", "Re: RE: 転送: Fwd: AW: Re[2]: 返信: [#1042] 請求書について".encode()), "stack-1@acme.co.jp"),
       "text/plain; charset=UTF-8", "8bit", "件名の接頭辞が重なっています。\r\n".encode(),
       subject="Re: RE: 転送: Fwd: AW: Re[2]: 返信: [#1042] 請求書について", frm="p@acme.co.jp", from_name="", excerpt="接頭辞")
bnd = b"rel-outer"
raw = header_block(std("Rel <rel@acme.co.jp>", "Inline image", "rel-1@acme.co.jp")
                   + [("Content-Type", "multipart/alternative; boundary=\"rel-outer\"")]) + b"\r\n" + multipart(bnd, [
    ([("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit")], "画像付きの本文\r\n".encode()),
    ([("Content-Type", "multipart/related; boundary=\"rel-inner\"")], multipart(b"rel-inner", [
        ([("Content-Type", "text/html; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit")], "<p>画像付きの本文<img src=\"cid:logo@acme\"></p>".encode()),
        ([("Content-Type", "image/png"), ("Content-ID", "<logo@acme>"), ("Content-Transfer-Encoding", "base64")], b64lines(PNG)),
    ])),
])
write("multipart-related-html-inline-image.eml", raw, "Inline image", "rel@acme.co.jp", "Rel", "画像付きの本文")
raw = (b"From: lf@acme.co.jp\nTo: " + SUPPORT.encode() + b"\nSubject: LF only\nDate: Tue, 10 Jun 2025 10:15:00 +0900\n"
       b"Message-ID: <lf-1@acme.co.jp>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + "改行がLFだけのメール\n".encode())
write("lf-only-line-endings.eml", raw, "LF only", "lf@acme.co.jp", "", "改行がLFだけのメール")

# 46-50 odd and broken
write("no-headers-binary-garbage.eml", bytes(range(256)) * 4, "", "", "", "", kind="customer", flags="unreadable,errors,guessed")
simple("no-subject-no-date.eml", [("From", "nd@acme.co.jp"), ("To", SUPPORT), ("Message-ID", "<nd-1@acme.co.jp>"), ("MIME-Version", "1.0")],
       "text/plain; charset=UTF-8", "8bit", "件名も日付もありません。\r\n".encode(),
       subject="", frm="nd@acme.co.jp", from_name="", excerpt="件名も日付もありません。")
bnd = b"mdn"
raw = header_block(std("Reader <reader@acme.co.jp>", "Read: [#1042] Invoice", "mdn-1@acme.co.jp")
                   + [("Content-Type", "multipart/report; report-type=disposition-notification; boundary=\"mdn\"")]) + b"\r\n" + multipart(bnd, [
    ([("Content-Type", "text/plain; charset=UTF-8")], b"Your message was displayed."),
    ([("Content-Type", "message/disposition-notification")], b"Final-Recipient: rfc822; reader@acme.co.jp\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"),
])
write("read-receipt-mdn.eml", raw, "Read: [#1042] Invoice", "reader@acme.co.jp", "Reader", "Your message was displayed.", ["attachment-1.bin"], kind="auto-reply")
nest = b"Content-Type: text/plain; charset=UTF-8\r\n\r\n" + "十段の入れ子の中の本文\r\n".encode()
for i in range(10):
    b = b"n%d" % i
    nest = b"Content-Type: multipart/mixed; boundary=\"" + b + b"\"\r\n\r\n--" + b + b"\r\n" + nest + b"\r\n--" + b + b"--\r\n"
raw = header_block(std("nest@acme.co.jp", "Nested ten deep", "nest-1@acme.co.jp")) + nest
write("nested-multipart-ten-levels.eml", raw, "Nested ten deep", "nest@acme.co.jp", "", "十段の入れ子の中の本文")
words = jis("長い件名を多数のエンコード語に分割して折り返したメールの例です")
parts = [words[i:i + 12] for i in range(0, len(words), 12)]
simple("long-subject-many-folded-words.eml", std("long@acme.co.jp", "\r\n ".join(bword("ISO-2022-JP", p) for p in parts), "long-1@acme.co.jp"),
       "text/plain; charset=ISO-2022-JP", "7bit", jis("本文\r\n"),
       subject="長い件名を多数のエンコード語に分割して折り返したメールの例です", frm="long@acme.co.jp", from_name="", excerpt="本文")
simple("charset-label-quoted-and-uppercase.eml", std("cs@acme.co.jp", "=?UTF-8?b?5aSn5paH5a2X?=", "cs-1@acme.co.jp"),
       "text/plain; charset=\"SHIFT_JIS\"", "8bit", "ラベルが大文字で引用符付き\r\n".encode("cp932"),
       subject="大文字", frm="cs@acme.co.jp", from_name="", excerpt="ラベルが大文字で引用符付き")
simple("iso-2022-jp-body-base64.eml", std("b64jis@acme.co.jp", bword("ISO-2022-JP", jis("Base64の JIS")), "b64jis-1@acme.co.jp"),
       "text/plain; charset=ISO-2022-JP", "base64", b64lines(jis("ISO-2022-JPをbase64で送る携帯もあります。\r\n")),
       subject="Base64の JIS", frm="b64jis@acme.co.jp", from_name="", excerpt="ISO-2022-JPをbase64で送る携帯もあります。")

# Issue 17.16: JIS X 0201 katakana (ESC ( I) in the forms that left a U+FFFD beside them.
def ascii_between(data):
    """Mailers that return to ASCII before every switch: ESC ( B ESC ( I, two designations in a row."""
    return data.replace(b"\x1b(I", b"\x1b(B\x1b(I").replace(b"\x1b$B", b"\x1b(B\x1b$B")


def shift_out(data):
    """CP50222: katakana shifted out (SO) and back in (SI) instead of ESC ( I."""
    out = b""
    for piece in data.split(b"\x1b(I"):
        if not out and not data.startswith(b"\x1b(I"):
            out = piece
            continue
        kana, esc, rest = piece.partition(b"\x1b")
        out += b"\x0e" + kana + b"\x0f" + esc + rest
    return out


body = "「ｱｶｳﾝﾄ」の設定が分かりません。\r\nﾛｸﾞｲﾝ画面で止まります。\r\n"
simple("iso-2022-jp-halfwidth-kana-ascii-between-switches.eml",
       std(bword("ISO-2022-JP", ascii_between(jis("ｶﾄｳ 次郎"))) + " <kato@acme.co.jp>",
           bword("ISO-2022-JP", ascii_between(jis("「ｱｶｳﾝﾄ」について"))), "kana-1@acme.co.jp"),
       "text/plain; charset=ISO-2022-JP", "7bit", ascii_between(jis(body)),
       subject="「ｱｶｳﾝﾄ」について", frm="kato@acme.co.jp", from_name="ｶﾄｳ 次郎",
       excerpt="「ｱｶｳﾝﾄ」の設定が分かりません。\nﾛｸﾞｲﾝ画面で止まります。")
simple("iso-2022-jp-ms-halfwidth-kana-split-words.eml",
       std("kato@acme.co.jp", bword("ISO-2022-JP-MS", jis("ﾊﾟｽﾜ")) + "\r\n " + bword("ISO-2022-JP-MS", jis("ｰﾄﾞ再発行")),
           "kana-2@acme.co.jp", extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
       "text/plain; charset=\"ISO-2022-JP-MS\"", "7bit",
       jis("ﾊﾟｽﾜｰﾄﾞを再発行してください。\r\n①ｶﾞｲﾄﾞ ｱｶｳﾝﾄ参照\r\n").replace(b"\x1b(B \x1b(I", b" "),  # a space inside the kana run
       subject="ﾊﾟｽﾜｰﾄﾞ再発行", frm="kato@acme.co.jp", from_name="",
       excerpt="ﾊﾟｽﾜｰﾄﾞを再発行してください。\n①ｶﾞｲﾄﾞ ｱｶｳﾝﾄ参照")
simple("cp50222-halfwidth-kana-shift-out.eml",
       std("kato@acme.co.jp", bword("CP50222", shift_out(jis("ｱｶｳﾝﾄ停止"))), "kana-3@acme.co.jp"),
       "text/plain; charset=CP50222", "7bit", shift_out(jis("ｱｶｳﾝﾄが停止しました。ｻﾎﾟｰﾄ様\r\n")),
       subject="ｱｶｳﾝﾄ停止", frm="kato@acme.co.jp", from_name="", excerpt="ｱｶｳﾝﾄが停止しました。ｻﾎﾟｰﾄ様")

with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# file\tsubject\tfrom\tfrom name\tbody excerpt\tattachments (|)\tkind\tflags (guessed,unreadable,errors)\n")
    for row in rows:
        f.write("\t".join(c.replace("\t", " ").replace("\n", "\\n") for c in row) + "\n")
print("wrote %d mails" % len(rows))
