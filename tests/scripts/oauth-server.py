#!/usr/bin/python3
"""A throwaway OAuth 2.0 authorization server for tests (standard library only).

It stands in for Google's or Microsoft's sign-in service so that the real Dovecot and the SMTP
test sink can accept or refuse the tokens it hands out:
  GET  /authorize            authorization code flow (RFC 6749 4.1) with PKCE (RFC 7636): consents
                             at once and redirects to the loopback redirect_uri with code and state
  POST /token                grant_type authorization_code (PKCE S256 checked), refresh_token,
                             urn:ietf:params:oauth:grant-type:device_code (RFC 8628)
  POST /device_authorization RFC 8628: device_code, user_code, verification_uri(_complete)
  GET  /device               the verification page: ?user_code=… approves that code
  POST /introspect           RFC 7662: {"active": true, "username": …} for a live access token
  POST /revoke               RFC 7009: a refresh token and every access token issued from it
Test controls (no real provider has them):
  POST /test/expire          every access token issued so far expires now
  POST /test/revoke          every refresh token is revoked (as an administrator's "sign out everywhere")
  POST /test/rotate          from now on each refresh issues a new refresh token and revokes the one
                             used (as Microsoft's rotation does)
  GET  /test/stats           {"refreshes": N, "codes": N, "introspections": N, "access_tokens": N}
The account that signs in is --user; the only client is --client-id (with --client-secret, if given).
An access token lives --access-lifetime seconds. Prints "READY <port>" once it listens; with
--port 0 the system gives it a free port as it binds (a port picked beforehand could be taken).
"""
import argparse
import base64
import hashlib
import json
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.codes = {}      # code -> {client, redirect, challenge, method, scope}
        self.access = {}     # token -> {exp, scope, refresh}
        self.refresh = {}    # token -> {scope, revoked}
        self.devices = {}    # device_code -> {user_code, scope, approved, exp}
        self.rotate = False  # /test/rotate: refreshing replaces the refresh token
        self.stats = {'refreshes': 0, 'codes': 0, 'introspections': 0, 'access_tokens': 0}

    def issue(self, scope, refresh=None):
        """A new access token (and a refresh token unless one is being used)."""
        access = 'at-' + secrets.token_urlsafe(24)
        if refresh is None:
            refresh = 'rt-' + secrets.token_urlsafe(24)
            self.refresh[refresh] = {'scope': scope, 'revoked': False}
        self.access[access] = {'exp': time.time() + self.args.access_lifetime, 'scope': scope,
                               'refresh': refresh}
        self.stats['access_tokens'] += 1
        body = {'access_token': access, 'token_type': 'Bearer', 'expires_in': self.args.access_lifetime,
                'scope': scope, 'refresh_token': refresh}
        if 'openid' in scope.split():
            body['id_token'] = id_token(self.args.user, self.args.client_id)
        return body


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode()


def id_token(user, client_id):
    """An unsigned JWT with the signed-in address, as a client reads it only for display."""
    header = b64url(json.dumps({'alg': 'none', 'typ': 'JWT'}).encode())
    payload = b64url(json.dumps({'iss': 'madoguchi-test', 'aud': client_id, 'email': user,
                                 'preferred_username': user}).encode())
    return header + '.' + payload + '.'


class Handler(BaseHTTPRequestHandler):
    server_version = 'madoguchi-test-oauth/1'

    def log_message(self, fmt, *args):
        sys.stderr.write('%s %s\n' % (self.log_date_time_string(), fmt % args))

    @property
    def state(self):
        return self.server.state

    def reply(self, status, body, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(data)))
        self.send_header('Cache-Control', 'no-store')
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, code, description):
        self.reply(status, {'error': code, 'error_description': description})

    def form(self):
        length = int(self.headers.get('Content-Length') or 0)
        fields = urllib.parse.parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
        return {k: v[0] for k, v in fields.items()}

    def client_ok(self, fields):
        """The client authenticates with client_id (+ client_secret) in the form or HTTP Basic."""
        client_id, secret = fields.get('client_id'), fields.get('client_secret')
        basic = self.headers.get('Authorization', '')
        if basic.startswith('Basic '):
            client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(':')
            client_id, secret = urllib.parse.unquote(client_id), urllib.parse.unquote(secret)
        if client_id != self.state.args.client_id:
            return False
        return not self.state.args.client_secret or secret == self.state.args.client_secret

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = {k: v[0] for k, v in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
        if url.path == '/authorize':
            return self.authorize(query)
        if url.path == '/device':
            return self.device_page(query)
        if url.path == '/test/stats':
            with self.state.lock:
                return self.reply(200, dict(self.state.stats))
        self.error(404, 'not_found', url.path)

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        fields = self.form()
        with self.state.lock:
            if path == '/token':
                return self.token(fields)
            if path == '/device_authorization':
                return self.device_authorization(fields)
            if path == '/introspect':
                return self.introspect(fields)
            if path == '/revoke':
                return self.revoke(fields)
            if path == '/test/expire':
                for token in self.state.access.values():
                    token['exp'] = 0
                return self.reply(200, {'expired': len(self.state.access)})
            if path == '/test/revoke':
                for token in self.state.refresh.values():
                    token['revoked'] = True
                for token in self.state.access.values():
                    token['exp'] = 0
                return self.reply(200, {'revoked': len(self.state.refresh)})
            if path == '/test/rotate':
                self.state.rotate = True
                return self.reply(200, {'rotate': True})
        self.error(404, 'not_found', path)

    def authorize(self, q):
        redirect = q.get('redirect_uri', '')
        target = urllib.parse.urlsplit(redirect)
        # RFC 8252 7.3: a native app's loopback redirect; never redirect anywhere else.
        if q.get('client_id') != self.state.args.client_id or target.scheme != 'http' or \
                target.hostname not in ('127.0.0.1', 'localhost', '::1'):
            self.send_response(400)
            self.send_header('Content-Type', 'text/plain; charset=utf-8')
            self.end_headers()
            self.wfile.write(b'unknown client or redirect_uri\n')
            return
        params = {}
        if q.get('response_type') != 'code':
            params['error'] = 'unsupported_response_type'
        elif q.get('code_challenge_method') != 'S256' or not q.get('code_challenge'):
            params['error'] = 'invalid_request'
            params['error_description'] = 'PKCE with S256 is required'
        else:
            code = 'code-' + secrets.token_urlsafe(16)
            with self.state.lock:
                self.state.codes[code] = {'redirect': redirect, 'challenge': q['code_challenge'],
                                          'scope': q.get('scope', ''), 'exp': time.time() + 300}
                self.state.stats['codes'] += 1
            params['code'] = code
        if 'state' in q:
            params['state'] = q['state']
        location = redirect + ('&' if target.query else '?') + urllib.parse.urlencode(params)
        self.send_response(302)
        self.send_header('Location', location)
        self.send_header('Content-Length', '0')
        self.end_headers()

    def token(self, f):
        if not self.client_ok(f):
            return self.error(401, 'invalid_client', 'unknown client or wrong secret')
        grant = f.get('grant_type')
        if grant == 'authorization_code':
            entry = self.state.codes.pop(f.get('code', ''), None)  # a code is good once
            if entry is None or entry['exp'] < time.time():
                return self.error(400, 'invalid_grant', 'the code is unknown, used or expired')
            if f.get('redirect_uri') != entry['redirect']:
                return self.error(400, 'invalid_grant', 'redirect_uri differs from the authorization request')
            verifier = f.get('code_verifier', '')
            if b64url(hashlib.sha256(verifier.encode()).digest()) != entry['challenge']:
                return self.error(400, 'invalid_grant', 'PKCE verification failed')
            return self.reply(200, self.state.issue(entry['scope']))
        if grant == 'refresh_token':
            token = f.get('refresh_token', '')
            entry = self.state.refresh.get(token)
            if entry is None or entry['revoked']:
                return self.error(400, 'invalid_grant', 'Token has been expired or revoked.')
            self.state.stats['refreshes'] += 1
            if self.state.rotate:
                entry['revoked'] = True
                return self.reply(200, self.state.issue(entry['scope']))
            return self.reply(200, self.state.issue(entry['scope'], token))
        if grant == 'urn:ietf:params:oauth:grant-type:device_code':
            entry = self.state.devices.get(f.get('device_code', ''))
            if entry is None:
                return self.error(400, 'invalid_grant', 'unknown device code')
            if entry['exp'] < time.time():
                return self.error(400, 'expired_token', 'the device code expired')
            if not entry['approved']:
                return self.error(400, 'authorization_pending', 'waiting for the user')
            del self.state.devices[f['device_code']]
            return self.reply(200, self.state.issue(entry['scope']))
        return self.error(400, 'unsupported_grant_type', str(grant))

    def device_authorization(self, f):
        if not self.client_ok(f):
            return self.error(401, 'invalid_client', 'unknown client or wrong secret')
        device = 'dc-' + secrets.token_urlsafe(24)
        user_code = '%04d-%04d' % (secrets.randbelow(10000), secrets.randbelow(10000))
        self.state.devices[device] = {'user_code': user_code, 'scope': f.get('scope', ''),
                                      'approved': False, 'exp': time.time() + 600}
        base = 'http://%s:%d/device' % self.server.server_address[:2]
        self.reply(200, {'device_code': device, 'user_code': user_code, 'verification_uri': base,
                         'verification_uri_complete': base + '?user_code=' + user_code,
                         'expires_in': 600, 'interval': 1})

    def device_page(self, q):
        with self.state.lock:
            found = [e for e in self.state.devices.values() if e['user_code'] == q.get('user_code')]
            for entry in found:
                entry['approved'] = True
        self.send_response(200 if found else 404)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.end_headers()
        self.wfile.write(b'approved\n' if found else b'unknown code\n')

    def introspect(self, f):
        self.state.stats['introspections'] += 1
        entry = self.state.access.get(f.get('token', ''))
        if entry is None or entry['exp'] < time.time() or self.state.refresh[entry['refresh']]['revoked']:
            return self.reply(200, {'active': False})
        self.reply(200, {'active': True, 'username': self.state.args.user, 'scope': entry['scope'],
                         'exp': int(entry['exp']), 'client_id': self.state.args.client_id})

    def revoke(self, f):
        token = f.get('token', '')
        if token in self.state.refresh:
            self.state.refresh[token]['revoked'] = True
        elif token in self.state.access:
            self.state.access[token]['exp'] = 0
        self.reply(200, {})


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--host', default='127.0.0.1')
    p.add_argument('--port', type=int, required=True, help='0: any free port (the READY line says which)')
    p.add_argument('--user', required=True, help='the account that signs in')
    p.add_argument('--client-id', required=True)
    p.add_argument('--client-secret', default='')
    p.add_argument('--access-lifetime', type=int, default=3600)
    a = p.parse_args()
    server = ThreadingHTTPServer((a.host, a.port), Handler)
    server.daemon_threads = True
    server.state = State(a)
    print('READY %d' % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    main()
