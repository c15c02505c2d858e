#!/usr/bin/python3
"""Writes a realistic, mostly Japanese support mailbox into a maildir, deterministically.

Usage: gen-peer-mailbox.py MAILDIR COUNT [--seed N] [--stats]

The same COUNT and seed give the same bytes (Python's standard library only). The mail is a
support desk's inbox over about two years: customers of many organisations write in
(ISO-2022-JP about 45 %, UTF-8 about 40 %, Shift_JIS about 10 %, plain English the rest),
the desk (support@desk.example.com) answers, customers follow up, with reply and reply-all
(Cc kept), In-Reply-To and References, quoted text; about 28 % multipart/alternative, 5 %
HTML only; 15 % carry attachments of 10 KB to 2 MB (PDF, PNG, XLSX, Shift_JIS CSV, logs;
80 % under 60 KB, 3 % over 400 KB; names in RFC 2231 or RFC 2047, some re-sent in the
thread); about 3 % auto-replies (Auto-Submitted, X-Autoreply) and 1 % bounces of the desk's
replies (multipart/report). Files are named TIMESTAMP.MmicroPi.peergen in delivery order, so
Dovecot numbers them and madoguchi-cli import reads them in the order they arrived.
"""
import argparse
import base64
import collections
import datetime
import os
import quopri
import random
import unicodedata
from urllib.parse import quote
from email.header import Header

DESK = "support@desk.example.com"
DESK_NAME = "サポート窓口"
STAFF = ["佐藤 花子", "中村 一郎", "小林 美咲", "加藤 健太"]
FAMILY = ["山田", "鈴木", "田中", "高橋", "伊藤", "渡辺", "山本", "中島", "小川", "松本", "井上", "木村", "清水",
          "林", "森", "池田", "橋本", "石川", "髙橋", "斎藤"]
GIVEN = ["太郎", "花子", "一郎", "直子", "健", "美穂", "翔太", "陽子", "大輔", "由美", "誠", "恵"]
LATIN = {"山田": "yamada", "鈴木": "suzuki", "田中": "tanaka", "高橋": "takahashi", "伊藤": "ito",
         "渡辺": "watanabe", "山本": "yamamoto", "中島": "nakajima", "小川": "ogawa", "松本": "matsumoto",
         "井上": "inoue", "木村": "kimura", "清水": "shimizu", "林": "hayashi", "森": "mori", "池田": "ikeda",
         "橋本": "hashimoto", "石川": "ishikawa", "髙橋": "takahashi2", "斎藤": "saito"}
COMPANY_WORDS = ["サンプル", "みらい", "東西", "ひかり", "日本橋", "青葉", "さくら", "北斗", "大和", "はやて", "ミナト",
                 "アスカ", "旭", "富士見", "若葉"]
COMPANY_KINDS = ["商事", "物産", "システムズ", "ホールディングス", "製作所", "不動産", "印刷", "テクノロジー"]
TOPICS = ["ログインできません", "請求書の再発行のお願い", "メール配信が停止しています", "CSV取込のエラーについて",
          "パスワード再設定について", "契約更新の件", "導入のご相談", "①の手順について質問", "フォームの項目追加について",
          "クリック数の集計が合わない", "配信予約が実行されません", "管理者アカウントの追加", "請求金額の確認",
          "API連携の仕様について", "画面が真っ白になります", "【至急】配信エラーが多発しています", "退会処理の方法",
          "データの一括削除について", "ご請求書送付先変更のお願い", "メンテナンス日程の確認"]
SENTENCES = [
    "昨日の夕方から管理画面にログインできない状態が続いております。",
    "パスワードを再設定しても同じエラーが表示されます。",
    "エラーメッセージは「認証に失敗しました（コード: E401）」です。",
    "お手数ですが、原因と対処方法をご教示いただけますでしょうか。",
    "添付の画面のとおり、配信予約が「待機中」のまま進みません。",
    "先月分の請求書を紛失してしまったため、再発行をお願いできますか。",
    "宛先は経理部の担当者宛てにしていただけますと幸いです。",
    "CSVファイルを取り込むと、３行目以降が文字化けしてしまいます。",
    "ファイルはExcelで保存したShift_JISの形式です。",
    "本件、社内の締め切りが迫っており、至急ご確認いただけますと助かります。",
    "クリック数の集計が、管理画面とダウンロードしたCSVで一致しません。",
    "①から③までの手順は実施済みですが、④の画面が表示されません。",
    "来月から利用者が増えるため、契約プランの変更を検討しております。",
    "見積書をお送りいただくことは可能でしょうか。",
    "API の仕様書（最新版）の所在を教えてください。",
    "テスト環境では問題なく動作しておりました。",
    "ブラウザは Chrome の最新版、Windows 11 を使用しています。",
    "キャッシュの削除も試しましたが、改善しませんでした。",
    "株式会社の表記が㈱に置き換わってしまう現象も発生しています。",
    "ご多忙のところ恐縮ですが、よろしくお願いいたします。",
    "念のため、発生時刻は１０時１５分ごろです。",
    "過去のお問い合わせ番号は下記のとおりです。",
    "担当者が不在のため、代理でご連絡差し上げました。",
    "〜の記号が含まれる件名のメールだけが届いていないようです。",
    "半角ｶﾀｶﾅの宛名が正しく表示されるか確認をお願いします。",
]
STAFF_SENTENCES = [
    "お問い合わせいただき、誠にありがとうございます。",
    "ご不便をおかけしており、大変申し訳ございません。",
    "確認いたしましたところ、認証サーバーの設定に不備がございました。",
    "現在は復旧しておりますので、お手数ですが再度ログインをお試しください。",
    "請求書を再発行いたしましたので、本メールに添付いたします。",
    "CSVファイルはUTF-8（BOM付き）で保存していただきますと、正しく取り込まれます。",
    "恐れ入りますが、エラーが表示された画面のスクリーンショットをお送りいただけますでしょうか。",
    "開発部門にて調査を進めております。進展があり次第、ご連絡いたします。",
    "集計は毎時０分に更新されるため、一時的に差異が生じる場合がございます。",
    "ご要望の件、次回のリリースにて対応を予定しております。",
    "本件につきましては、翌営業日中に改めてご回答いたします。",
    "ご不明な点がございましたら、お気軽にお問い合わせください。",
]
ENGLISH = ["We cannot log in to the dashboard since this morning.",
           "Could you tell us how to export the click report?",
           "The invoice for last month seems to be missing.",
           "Please find the error log attached.",
           "Thank you for your quick support."]
ATTACHMENT_NAMES = {
    "pdf": ["請求書_{n}.pdf", "見積書_{n}.pdf", "契約書（控え）_{n}.pdf", "仕様書_v{n}.pdf"],
    "png": ["エラー画面_{n}.png", "スクリーンショット {n}.png", "screenshot_{n}.png"],
    "xlsx": ["利用者一覧_{n}.xlsx", "配信リスト①_{n}.xlsx"],
    "csv": ["取込データ_{n}.csv", "クリック集計_{n}.csv"],
    "log": ["error_{n}.log", "通信ログ_{n}.txt"],
}
MIME_TYPES = {"pdf": "application/pdf", "png": "image/png",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "csv": "text/csv; charset=Shift_JIS", "log": "text/plain; charset=UTF-8"}
MAGIC = {"pdf": b"%PDF-1.4\n", "png": b"\x89PNG\r\n\x1a\n", "xlsx": b"PK\x03\x04"}


def jis_text(text):
    """What a Japanese mailer puts into ISO-2022-JP: half-width kana and ① made JIS X 0208 (NFKC)."""
    return unicodedata.normalize("NFKC", text)


class Mailbox:
    def __init__(self, count, seed):
        self.rng = random.Random(seed)
        self.count = count
        rng = self.rng
        organisations = max(8, count // 40)
        self.orgs = []
        for k in range(organisations):
            name = f"株式会社{rng.choice(COMPANY_WORDS)}{rng.choice(COMPANY_KINDS)}"
            domain = f"org{k + 1}.example.co.jp" if k % 9 else f"kaisha{k + 1}.example.jp"
            people = []
            for _ in range(rng.randint(1, 4)):
                family, given = rng.choice(FAMILY), rng.choice(GIVEN)
                people.append((f"{family} {given}", f"{LATIN[family]}.{len(people) + 1}@{domain}"))
            self.orgs.append((name, people))
        # Some customers write from free mail: no organisation.
        for k in range(max(2, count // 400)):
            family, given = rng.choice(FAMILY), rng.choice(GIVEN)
            self.orgs.append(("", [(f"{family} {given}", f"{LATIN[family]}{k}@freemail.example.jp")]))
        self.time = 1711929600  # 2024-04-01 00:00 UTC
        self.threads = []  # open conversations, newest last
        self.staff_replies = []  # (message id, subject, to) of the desk's replies
        self.stats = collections.Counter()
        self.serial = 0

    # -- times --------------------------------------------------------------------------
    def next_time(self):
        # About 20 mails a business day: spread n messages over weekdays' 08:00-20:00 JST.
        rng = self.rng
        self.time += rng.randint(60, 2400)
        jst = (self.time + 9 * 3600) % 86400
        if jst < 8 * 3600:
            self.time += 8 * 3600 - jst + rng.randint(0, 1800)
        elif jst > 20 * 3600:
            self.time += 86400 - jst + 8 * 3600 + rng.randint(0, 1800)
        weekday = ((self.time + 9 * 3600) // 86400 + 3) % 7  # 0 = Monday
        if weekday >= 5 and rng.random() < 0.9:
            self.time += (7 - weekday) * 86400
        return self.time

    # -- header helpers -------------------------------------------------------------------
    @staticmethod
    def encoded(text, charset):
        """An RFC 2047 header value; Shift_JIS mail carries ISO-2022-JP headers, as Japanese mailers send it."""
        if charset == "us-ascii" or text.isascii():
            return text
        if charset in ("iso-2022-jp", "shift_jis"):
            try:
                return Header(jis_text(text), "iso-2022-jp").encode()
            except UnicodeEncodeError:  # 髙 and other characters outside JIS X 0208
                pass
        return Header(text, "utf-8").encode()

    def mailbox(self, name, address, charset):
        return f"{self.encoded(name, charset)} <{address}>" if name else address

    def date_header(self, t):
        days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        j = t + 9 * 3600
        d = datetime.datetime.fromtimestamp(j, datetime.timezone.utc)
        return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} {d:%H:%M:%S} +0900"

    def message_id(self, t, domain):
        self.serial += 1
        return f"<{t}.{self.serial}.{self.rng.randrange(16 ** 8):08x}@{domain}>"

    # -- bodies ---------------------------------------------------------------------------
    def customer_text(self, org, person, english):
        rng = self.rng
        if english:
            return f"Hello,\n\n" + "\n".join(rng.choice(ENGLISH) for _ in range(rng.randint(2, 5))) + \
                   f"\n\nBest regards,\n{LATIN[person[0].split()[0]].title()}\n"
        lines = ["サポートご担当者様", "", f"いつもお世話になっております。{org + 'の' if org else ''}{person[0].split()[0]}です。", ""]
        lines += [rng.choice(SENTENCES) for _ in range(rng.randint(2, 9))]
        lines += ["", "以上、よろしくお願いいたします。", "", "--", (org + "\n" if org else "") + person[0],
                  f"TEL: 03-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"]
        return "\n".join(lines) + "\n"

    def staff_text(self, org, person):
        rng = self.rng
        lines = [f"{org}" if org else "", f"{person[0].split()[0]}様", "", "いつもお世話になっております。",
                 "サポート窓口の" + rng.choice(STAFF).split()[0] + "でございます。", ""]
        lines += [rng.choice(STAFF_SENTENCES) for _ in range(rng.randint(2, 6))]
        lines += ["", "今後ともよろしくお願い申し上げます。", "", "━━━━━━━━━━━━━━━━", "株式会社デスク サポート窓口",
                  DESK, "受付時間: 平日 10:00〜12:00 / 13:00〜18:00", "━━━━━━━━━━━━━━━━"]
        return "\n".join(line for line in lines if line is not None) + "\n"

    @staticmethod
    def quoted(previous, when, who):
        lines = previous.splitlines()[:40]
        return f"\n{when} {who} wrote:\n" + "\n".join("> " + line for line in lines) + "\n"

    def html_of(self, text, charset):
        rng = self.rng
        body = "".join(f"<p>{line}</p>\n" if line else "<br>\n" for line in text.splitlines())
        style = rng.choice(["font-family: 'Meiryo', sans-serif;", "font-family: 'MS PGothic';", "color: #333;"])
        return (f"<!DOCTYPE html>\n<html><head><meta charset=\"{charset}\"><style>body {{ {style} }}</style>"
                f"</head>\n<body>\n<div class=\"mail\">\n{body}</div>\n"
                f"<img src=\"https://tracker.example.net/open/{rng.randrange(10 ** 9)}.gif\" width=\"1\" height=\"1\">"
                "\n</body></html>\n")

    def text_part(self, text, subtype, charset):
        rng = self.rng
        if charset == "iso-2022-jp":
            text = jis_text(text)
        codec = {"iso-2022-jp": "iso-2022-jp", "shift_jis": "cp932", "utf-8": "utf-8", "us-ascii": "ascii"}[charset]
        data = text.encode(codec, "replace")
        label = {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8", "us-ascii": "us-ascii"}
        if charset in ("iso-2022-jp", "us-ascii"):
            cte = "7bit"
        elif charset == "shift_jis":
            cte = "base64" if rng.random() < 0.6 else "8bit"
        else:
            cte = rng.choices(["base64", "quoted-printable", "8bit"], [0.5, 0.25, 0.25])[0]
        if cte == "base64":
            payload = base64.encodebytes(data)
        elif cte == "quoted-printable":
            payload = quopri.encodestring(data)
        else:
            payload = data if data.endswith(b"\n") else data + b"\n"
        head = f"Content-Type: text/{subtype}; charset={label[charset]}\nContent-Transfer-Encoding: {cte}\n"
        self.stats[f"charset {label[charset]}"] += 1
        return head.encode(), payload

    def attachment(self, previous=None):
        rng = self.rng
        if previous is not None and rng.random() < 0.25:
            self.stats["attachments re-sent in the thread"] += 1
            return previous
        kind = rng.choices(["pdf", "png", "xlsx", "csv", "log"], [0.35, 0.3, 0.1, 0.15, 0.1])[0]
        band = rng.random()
        if band < 0.80:
            size = int(10240 * 6 ** rng.random())
        elif band < 0.97:
            size = int(61440 * (400 / 60) ** rng.random())
        else:
            size = int(409600 * 5 ** rng.random())
        name = rng.choice(ATTACHMENT_NAMES[kind]).format(n=rng.randint(1, 999))
        if kind in MAGIC:
            data = MAGIC[kind] + rng.randbytes(size - len(MAGIC[kind]))
        else:
            rows, total = [], 0
            while total < size:
                row = f"{rng.randint(1, 99999)},{rng.choice(FAMILY)}{rng.choice(GIVEN)},{rng.choice(TOPICS)}," \
                      f"2024/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d},{rng.randint(0, 5000)}\r\n"
                rows.append(row)
                total += len(row) * 2
            text = "".join(rows)
            data = text.encode("cp932", "replace") if kind == "csv" else text.encode("utf-8")
        if rng.random() < 0.5:
            disposition = f"attachment;\n filename*=UTF-8''{quote(name)}"
            ctype = f"{MIME_TYPES[kind]};\n name*=UTF-8''{quote(name)}"
        else:
            word = self.encoded(name, rng.choice(["iso-2022-jp", "utf-8"])).replace("\n", "")
            disposition = f"attachment;\n filename=\"{word}\""
            ctype = f"{MIME_TYPES[kind]};\n name=\"{word}\""
        self.stats["attachments"] += 1
        self.stats["attachment bytes"] += len(data)
        head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: base64\nContent-Disposition: {disposition}\n"
        return head.encode(), base64.encodebytes(data)

    def boundary(self):
        return f"----=_Part_{self.serial}_{self.rng.randrange(16 ** 10):010x}"

    def multipart(self, subtype, parts, extra=""):
        b = self.boundary()
        out = [f"Content-Type: multipart/{subtype}; boundary=\"{b}\"{extra}\n".encode()]
        body = [b"This is a multi-part message in MIME format.\n"]
        for head, payload in parts:
            body.append(f"--{b}\n".encode() + head + b"\n" + payload)
        body.append(f"--{b}--\n".encode())
        return out[0], b"\n".join(body)

    def body(self, text, charset, attach_previous=None):
        rng = self.rng
        shape = rng.random()
        if shape < 0.05:
            self.stats["HTML only"] += 1
            main = self.text_part(self.html_of(text, charset), "html", charset)
        elif shape < 0.33:
            self.stats["multipart/alternative"] += 1
            main = self.multipart("alternative", [self.text_part(text, "plain", charset),
                                                  self.text_part(self.html_of(text, charset), "html", charset)])
        else:
            main = self.text_part(text, "plain", charset)
        attached = None
        if rng.random() < 0.15:
            attached = self.attachment(attach_previous)
            self.stats["with attachments"] += 1
            parts = [main, attached]
            if rng.random() < 0.15:
                parts.append(self.attachment())
            return self.multipart("mixed", parts), attached
        return main, attached

    # -- messages -------------------------------------------------------------------------
    def write(self, maildir, t, headers, content):
        head, payload = content
        raw = ("\n".join(headers) + "\nMIME-Version: 1.0\n").encode() + head + b"\n" + payload
        name = f"{t}.M{self.serial % 1000000:06d}P{self.serial}.peergen"
        with open(os.path.join(maildir, "new", name), "wb") as f:
            f.write(raw)
        self.stats["bytes"] += len(raw)

    def new_question(self, maildir):
        rng = self.rng
        org, people = rng.choice(self.orgs)
        person = rng.choice(people)
        english = rng.random() < 0.05
        charset = "us-ascii" if english else rng.choices(["iso-2022-jp", "utf-8", "shift_jis"], [0.47, 0.42, 0.11])[0]
        t = self.next_time()
        topic = rng.choice(TOPICS) if not english else "Question about the dashboard"
        subject = topic if rng.random() < 0.7 else f"{topic}（{rng.randint(1, 300)}）"
        domain = person[1].split("@")[1]
        mid = self.message_id(t, domain)
        cc = [p for p in people if p != person and rng.random() < 0.5]
        text = self.customer_text(org, person, english)
        content, attached = self.body(text, charset)
        headers = [f"Return-Path: <{person[1]}>", f"From: {self.mailbox(person[0], person[1], charset)}",
                   f"To: {self.mailbox(DESK_NAME, DESK, charset)}"]
        if cc:
            headers.append("Cc: " + ",\n ".join(self.mailbox(n, a, charset) for n, a in cc))
        headers += [f"Subject: {self.encoded(subject, charset)}", f"Date: {self.date_header(t)}",
                    f"Message-ID: {mid}", "X-Mailer: " + rng.choice(["Microsoft Outlook 16.0", "Thunderbird 115.3",
                                                                     "Becky! ver. 2.81", "iPhone Mail (21A360)"])]
        self.write(maildir, t, headers, content)
        self.stats["new questions"] += 1
        self.threads.append({"org": org, "people": people, "person": person, "cc": cc, "subject": subject,
                             "ids": [mid], "last_text": text, "last_from_desk": False, "charset": charset,
                             "attached": attached, "english": english})

    def reply(self, maildir, thread):
        rng = self.rng
        t = self.next_time()
        parent = thread["ids"][-1]
        references = thread["ids"][-10:]
        subject = thread["subject"]
        re_subject = subject if subject.startswith("Re:") else "Re: " + subject
        person = thread["person"]
        if thread["last_from_desk"]:
            # The customer follows up, sometimes to everyone (reply-all keeps the Cc).
            charset = "utf-8" if thread["english"] else thread["charset"]  # the quote is Japanese
            text = self.customer_text(thread["org"], person, thread["english"])
            text += self.quoted(thread["last_text"], self.date_header(t - 3600), DESK_NAME)
            sender = self.mailbox(person[0], person[1], charset)
            to = [self.mailbox(DESK_NAME, DESK, charset)]
            domain = person[1].split("@")[1]
            self.stats["customer follow-ups"] += 1
        else:
            charset = rng.choices(["utf-8", "iso-2022-jp"], [0.7, 0.3])[0]
            text = self.staff_text(thread["org"], person)
            text += self.quoted(thread["last_text"], self.date_header(t - 3600), person[0])
            sender = self.mailbox(f"{DESK_NAME} {rng.choice(STAFF)}", DESK, charset)
            to = [self.mailbox(person[0], person[1], charset)]
            domain = "desk.example.com"
            self.stats["desk replies"] += 1
        reply_all = bool(thread["cc"]) and rng.random() < 0.7
        if reply_all:
            self.stats["reply-all"] += 1
        mid = self.message_id(t, domain)
        content, attached = self.body(text, charset, attach_previous=thread["attached"])
        headers = [f"From: {sender}", "To: " + ", ".join(to)]
        if reply_all:
            headers.append("Cc: " + ",\n ".join(self.mailbox(n, a, charset) for n, a in thread["cc"]))
        headers += [f"Subject: {self.encoded(re_subject, charset)}", f"Date: {self.date_header(t)}",
                    f"Message-ID: {mid}", f"In-Reply-To: {parent}", "References: " + "\n ".join(references)]
        self.write(maildir, t, headers, content)
        if not thread["last_from_desk"]:
            self.staff_replies.append((mid, re_subject, person))
        thread["ids"].append(mid)
        thread["subject"] = re_subject
        thread["last_text"] = text
        thread["last_from_desk"] = not thread["last_from_desk"]
        thread["attached"] = attached or thread["attached"]
        if len(thread["ids"]) > rng.randint(2, 8):
            self.threads.remove(thread)

    def auto_reply(self, maildir):
        rng = self.rng
        mid_replied, subject, person = rng.choice(self.staff_replies[-50:])
        t = self.next_time()
        charset = rng.choice(["iso-2022-jp", "utf-8"])
        text = (f"{person[0]}は{rng.randint(1, 28)}日まで出張のため不在にしております。\n"
                "ご用件は戻り次第確認いたします。\nお急ぎの場合は代表番号までご連絡ください。\n")
        headers = [f"From: {self.mailbox(person[0], person[1], charset)}", f"To: {DESK}",
                   f"Subject: {self.encoded('自動応答: ' + subject, charset)}", f"Date: {self.date_header(t)}",
                   f"Message-ID: {self.message_id(t, person[1].split('@')[1])}", f"In-Reply-To: {mid_replied}",
                   "Auto-Submitted: auto-replied"]
        if rng.random() < 0.5:
            headers.append("X-Autoreply: yes")
        self.write(maildir, t, headers, self.text_part(text, "plain", charset))
        self.stats["auto-replies"] += 1

    def bounce(self, maildir):
        rng = self.rng
        mid_replied, subject, person = rng.choice(self.staff_replies[-50:])
        t = self.next_time()
        report = (f"Reporting-MTA: dns; mail.desk.example.com\n\nFinal-Recipient: rfc822; {person[1]}\n"
                  f"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <{person[1]}>: "
                  "Recipient address rejected: User unknown\n").encode()
        original = (f"From: {self.mailbox(DESK_NAME, DESK, 'utf-8')}\nTo: {person[1]}\nSubject: {Header(subject, 'utf-8').encode()}\n"
                    f"Message-ID: {mid_replied}\n").encode()
        notice = ("This is the mail system at host mail.desk.example.com.\n\nI'm sorry to have to inform you that "
                  "your message could not\nbe delivered to one or more recipients.\n\n"
                  f"<{person[1]}>: host mx.{person[1].split('@')[1]} said: 550 5.1.1 User unknown\n").encode()
        content = self.multipart("report", [(b"Content-Type: text/plain; charset=us-ascii\n", notice),
                                            (b"Content-Type: message/delivery-status\n", report),
                                            (b"Content-Type: text/rfc822-headers\n", original)],
                                 extra="; report-type=delivery-status")
        headers = ["From: Mail Delivery System <MAILER-DAEMON@mail.desk.example.com>", f"To: {DESK}",
                   "Subject: Undelivered Mail Returned to Sender", f"Date: {self.date_header(t)}",
                   f"Message-ID: {self.message_id(t, 'mail.desk.example.com')}", "Auto-Submitted: auto-replied"]
        self.write(maildir, t, headers, content)
        self.stats["bounces"] += 1

    def generate(self, maildir):
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(maildir, sub), exist_ok=True)
        rng = self.rng
        for _ in range(self.count):
            roll = rng.random()
            if self.staff_replies and roll < 0.03:
                self.auto_reply(maildir)
            elif self.staff_replies and roll < 0.04:
                self.bounce(maildir)
            elif self.threads and roll < 0.62:
                self.reply(maildir, rng.choice(self.threads[-60:]))
            else:
                self.new_question(maildir)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("maildir")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--stats", action="store_true", help="print what was written")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("COUNT must be at least 1")
    box = Mailbox(args.count, args.seed)
    box.generate(args.maildir)
    if args.stats:
        for key in sorted(box.stats):
            print(f"{key}: {box.stats[key]}")


if __name__ == "__main__":
    main()
