#!/usr/bin/python3
"""Reads one mail file with Python's own email package (policy.default) and prints what it
found as JSON: an independent parser for tests of the mail Madoguchi sends.

  parse-mail.py FILE.eml

Output keys: headers (decoded by policy.default, by name: From, To, Cc, Subject, Message-ID, In-Reply-To,
References, Date, MIME-Version), addresses (From, To and Cc as "name <address>" lists,
names decoded by email.header.decode_header: policy.default's address parser in Python 3.11
puts a space between adjacent encoded words of a display name, which RFC 2047 6.2 says to
ignore — "サポート 窓口" for "サポート窓口" — so names are checked here), raw_headers (the bytes as sent, unfolded, for checking the
encoding), content_type, text (the first text/plain part, decoded) with text_charset,
attachments (filename as Python decodes it, content_type, size, sha256 of the decoded
bytes), defects (every parser complaint).
Run with /usr/bin/python3 (Debian's), not a pyenv python.
"""
import email
import email.header
import email.policy
import email.utils
import hashlib
import json
import sys

NAMES = ['From', 'To', 'Cc', 'Subject', 'Message-ID', 'In-Reply-To', 'References', 'Date', 'MIME-Version']


def raw_header_values(data):
    head = data.split(b'\r\n\r\n', 1)[0].replace(b'\r\n ', b' ').replace(b'\r\n\t', b' ')
    values = {}
    for line in head.split(b'\r\n'):
        if b':' in line:
            name, value = line.split(b':', 1)
            values[name.decode('ascii')] = value.strip().decode('ascii', 'backslashreplace')
    return values


def main():
    with open(sys.argv[1], 'rb') as f:
        data = f.read()
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = {
        'headers': {n: str(msg[n]) for n in NAMES if msg[n] is not None},
        'raw_headers': raw_header_values(data),
        'addresses': {},
        'content_type': msg.get_content_type(),
        'defects': [type(d).__name__ for d in msg.defects],
        'attachments': [],
    }
    raw = raw_header_values(data)
    for name in ('From', 'To', 'Cc'):
        if name in raw:
            out['addresses'][name] = [
                ('%s <%s>' % (str(email.header.make_header(email.header.decode_header(display))), address)
                 if display else address)
                for display, address in email.utils.getaddresses([raw[name]])]
    body = msg.get_body(preferencelist=('plain',))
    if body is not None:
        out['text'] = body.get_content()
        out['text_charset'] = body.get_content_charset()
    for part in msg.walk():
        out['defects'] += [type(d).__name__ for d in part.defects]
        if part.is_attachment():
            payload = part.get_payload(decode=True)
            out['attachments'].append({
                'filename': part.get_filename(),
                'content_type': part.get_content_type(),
                'size': len(payload),
                'sha256': hashlib.sha256(payload).hexdigest(),
            })
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
