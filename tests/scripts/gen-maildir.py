#!/usr/bin/python3
"""Writes N deterministic support mails (raw RFC 5322 bytes) into a Maildir's new/ folder.

Usage: gen-maildir.py MAILDIR COUNT [--seed N] [--big-kib K] [--prefix P]
Mixes UTF-8, ISO-2022-JP and Shift_JIS bodies, RFC 2047 subjects and replies with
In-Reply-To/References, so an importer sees the normal Japanese cases. --big-kib adds a
base64 attachment of about K KiB to every message (for cut-in-the-middle tests).
"""
import argparse
import base64
import os
import random
from email.header import Header

SUBJECTS = ["ログインできません", "請求書の再発行のお願い", "メール配信が停止しています", "CSV取込のエラーについて",
            "パスワード再設定", "契約更新の件", "㈱サンプル 導入のご相談", "①の手順について質問"]
COMPANIES = ["example.co.jp", "sample.jp", "torihiki.example", "kaisha.example.com"]
NAMES = ["yamada", "suzuki", "tanaka", "sato", "takahashi", "ito"]


def encode_body(text, charset):
    if charset == "iso-2022-jp":
        return text.encode("iso-2022-jp", "replace"), "7bit"
    if charset == "shift_jis":
        return base64.encodebytes(text.encode("cp932", "replace")), "base64"
    return base64.encodebytes(text.encode("utf-8")), "base64"


def message(i, rng, prefix, big_kib):
    sender = f"{rng.choice(NAMES)}@{rng.choice(COMPANIES)}"
    subject = rng.choice(SUBJECTS) + f" ({prefix}{i})"
    charset = ["utf-8", "iso-2022-jp", "shift_jis"][i % 3]
    day = 1 + i % 28
    msgid = f"<{prefix}{i}.{rng.randrange(10**9)}@{sender.split('@')[1]}>"
    body = f"{sender} です。\nいつもお世話になっております。\n{subject}\n問い合わせ番号 {i} の件、ご確認ください。\n"
    payload, cte = encode_body(body, charset)
    headers = [
        f"From: {sender}",
        "To: support@desk.example.com",
        f"Subject: {Header(subject, 'utf-8').encode()}",
        f"Date: Tue, {day:02d} Nov 2026 {9 + i % 9:02d}:{i % 60:02d}:00 +0900",
        f"Message-ID: {msgid}",
        "MIME-Version: 1.0",
    ]
    if i % 5 == 4:
        parent = f"<{prefix}{i - 1}.thread@{sender.split('@')[1]}>"
        headers += [f"In-Reply-To: {parent}", f"References: {parent}"]
    if big_kib:
        boundary = f"=_part_{i}"
        blob = base64.encodebytes(bytes(rng.getrandbits(8) for _ in range(big_kib * 1024)))
        headers.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        parts = (f"--{boundary}\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
                 ).encode() + payload + (f"\n--{boundary}\nContent-Type: application/octet-stream\n"
                 f"Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"data{i}.bin\"\n\n"
                 ).encode() + blob + f"\n--{boundary}--\n".encode()
        raw = ("\n".join(headers) + "\n\n").encode() + parts
    else:
        headers += [f"Content-Type: text/plain; charset={charset}", f"Content-Transfer-Encoding: {cte}"]
        raw = ("\n".join(headers) + "\n\n").encode() + payload
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("maildir")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--big-kib", type=int, default=0)
    parser.add_argument("--prefix", default="m")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for sub in ("new", "cur", "tmp"):
        os.makedirs(os.path.join(args.maildir, sub), exist_ok=True)
    for i in range(1, args.count + 1):
        name = f"{1764000000 + i}.M{i}P{args.seed}.{args.prefix}gen"
        with open(os.path.join(args.maildir, "new", name), "wb") as f:
            f.write(message(i, rng, args.prefix, args.big_kib))


if __name__ == "__main__":
    main()
