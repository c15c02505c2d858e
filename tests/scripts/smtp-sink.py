#!/usr/bin/python3
"""A throwaway SMTP server for tests (aiosmtpd, Debian's python3-aiosmtpd: run with /usr/bin/python3).

Every accepted message is written as NNNNNN.eml (the exact bytes after dot-unstuffing) and
NNNNNN.json (envelope sender, recipients, the AUTH user, whether the session was TLS) into
--outdir. Recipients whose local part starts with a failure word make the server refuse:
  temp-fail@...   450 at RCPT (mailbox busy: a temporary failure)
  reject@...      550 at RCPT (no such user: a permanent failure)
  data-temp@...   451 after DATA
  data-reject@... 554 after DATA
With --oauth-introspect URL it also takes AUTH XOAUTH2 (Google's and Microsoft's SASL mechanism):
the bearer token is asked about at URL (RFC 7662 token introspection, as Dovecot's oauth2 passdb
does), and a refused token gets the JSON error challenge a real provider sends, then 535.
Prints "READY <port>" once it listens. With --port 0 it picks a free loopback port itself and
picks again when another process takes that port before the server has bound it (a port chosen
by the wrapper and bound a second later by this server was sometimes taken meanwhile: the test
failed with "address already in use"). MADOGUCHI_TEST_SMTP_SINK_FIRST_PORT makes the first pick
a given port, so tests/scripts/tst-test-servers.sh can take it first.
"""
import argparse
import asyncio
import base64
import errno
import json
import os
import socket
import ssl
import sys
import time
import urllib.parse
import urllib.request

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, AuthResult, LoginPassword


class OAuthLogin:
    """The auth_data of a session that signed in with XOAUTH2 (the user it named)."""
    def __init__(self, login):
        self.login = login


class Sink:
    def __init__(self, outdir, introspect_url=None):
        self.outdir = outdir
        self.count = 0
        self.introspect_url = introspect_url

    async def auth_XOAUTH2(self, server, args):
        if len(args) == 1:
            blob = await server.challenge_auth('')
            if blob is MISSING:
                return AuthResult(success=False)
        else:
            try:
                blob = base64.b64decode(args[1].encode(), validate=True)
            except Exception:
                await server.push('501 5.5.2 Cannot decode base64')
                return AuthResult(success=False, handled=True)
        fields = dict(part.split('=', 1) for part in blob.decode().split('\x01') if '=' in part)
        user, bearer = fields.get('user', ''), fields.get('auth', '')
        token = bearer[7:] if bearer.startswith('Bearer ') else ''
        loop = asyncio.get_running_loop()
        answer = await loop.run_in_executor(None, self.introspect, token)
        if answer.get('active') and answer.get('username') == user:
            return AuthResult(success=True, auth_data=OAuthLogin(user.encode()))
        # As Gmail does: the reason as base64 JSON in a 334 challenge, the client answers with an
        # empty line, then the refusal.
        error = json.dumps({'status': '401', 'schemes': 'Bearer', 'scope': 'https://mail.google.com/'})
        await server.challenge_auth(error)
        return AuthResult(success=False, handled=False,
                          message='535 5.7.8 Username and Password not accepted (token refused)')

    def introspect(self, token):
        data = urllib.parse.urlencode({'token': token}).encode()
        with urllib.request.urlopen(self.introspect_url, data, timeout=10) as reply:
            return json.load(reply)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split('@', 1)[0].lower()
        if local.startswith('temp-fail'):
            return '450 4.2.1 Mailbox temporarily unavailable, try again later'
        if local.startswith('reject'):
            return '550 5.1.1 <%s>: Recipient address rejected: User unknown' % address
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        locals_ = [a.split('@', 1)[0].lower() for a in envelope.rcpt_tos]
        if any(l.startswith('data-temp') for l in locals_):
            return '451 4.3.0 Queue file write error, try again'
        if any(l.startswith('data-reject') for l in locals_):
            return '554 5.7.1 Message refused by policy'
        self.count += 1
        base = os.path.join(self.outdir, '%06d' % self.count)
        with open(base + '.eml.tmp', 'wb') as f:
            f.write(envelope.original_content)
        auth = session.auth_data
        user = auth.login.decode() if isinstance(auth, (LoginPassword, OAuthLogin)) else None
        with open(base + '.json', 'w') as f:
            json.dump({'mail_from': envelope.mail_from, 'rcpt_tos': envelope.rcpt_tos,
                       'auth_user': user, 'auth_oauth': isinstance(auth, OAuthLogin),
                       'tls': session.ssl is not None}, f)
        # The .eml appears last and whole, so a test that waits for it reads a complete file.
        os.rename(base + '.eml.tmp', base + '.eml')
        return '250 2.0.0 Ok: queued as %06d' % self.count


def free_port(host):
    s = socket.socket()
    s.bind((host, 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--outdir', required=True)
    p.add_argument('--host', default='127.0.0.1')
    p.add_argument('--port', type=int, required=True, help='0: a free port, picked here')
    p.add_argument('--cert')
    p.add_argument('--key')
    p.add_argument('--smtps', action='store_true', help='implicit TLS (port 465 style)')
    p.add_argument('--user')
    p.add_argument('--password')
    p.add_argument('--oauth-introspect', help='take AUTH XOAUTH2, asking this introspection URL')
    a = p.parse_args()
    os.makedirs(a.outdir, exist_ok=True)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == a.user
              and auth_data.password.decode() == a.password)
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    kwargs = dict(enable_SMTPUTF8=True, decode_data=False, ident='madoguchi test sink')
    if a.user:
        kwargs.update(authenticator=authenticator, auth_required=True)
    if not a.oauth_introspect:
        kwargs.update(auth_exclude_mechanism=['XOAUTH2'])
    ctx = None
    if a.cert:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(a.cert, a.key)

    def controller_on(port):
        if a.smtps:
            # aiosmtpd 1.4 does not count implicit TLS as TLS for AUTH.
            return Controller(Sink(a.outdir, a.oauth_introspect), hostname=a.host, port=port, ssl_context=ctx,
                              **dict(kwargs, auth_require_tls=False))
        if ctx is not None:
            return Controller(Sink(a.outdir, a.oauth_introspect), hostname=a.host, port=port,
                              **dict(kwargs, tls_context=ctx, require_starttls=True, auth_require_tls=True))
        # Plaintext on purpose: the client must refuse it unless the account allows it.
        return Controller(Sink(a.outdir, a.oauth_introspect), hostname=a.host, port=port,
                          **dict(kwargs, auth_require_tls=False))

    first = os.environ.get('MADOGUCHI_TEST_SMTP_SINK_FIRST_PORT')
    for attempt in range(50):
        port = a.port
        if port == 0:
            port = int(first) if first and attempt == 0 else free_port(a.host)
        controller = controller_on(port)
        try:
            controller.start()
            break
        except OSError as e:
            if a.port != 0 or e.errno != errno.EADDRINUSE or attempt == 49:
                raise
            print('port %d was taken before the server bound it; picking another' % port, file=sys.stderr, flush=True)
    print('READY %d' % port, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == '__main__':
    main()
