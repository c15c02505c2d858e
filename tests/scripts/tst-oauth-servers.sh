#!/usr/bin/env bash
# tst-oauth-servers.sh: the test OAuth 2.0 server (oauth-server.py) and the Dovecot and SMTP test
# servers behind tests/scripts/with-oauth.sh behave like Google's and Microsoft's, checked with
# curl as an independent client: the authorization code flow with PKCE S256 (a wrong verifier and
# a reused code refused, state returned), refresh, expiry and revocation, the device grant
# (RFC 8628), and AUTHENTICATE XOAUTH2 / OAUTHBEARER and AUTH XOAUTH2 accepting a live token
# and refusing any other with the provider's JSON error.
# Run inside with-oauth.sh (CTest does).
set -uo pipefail
U=$MADOGUCHI_TEST_OAUTH_URL
ID=$MADOGUCHI_TEST_OAUTH_CLIENT_ID
SECRET=$MADOGUCHI_TEST_OAUTH_CLIENT_SECRET
REDIRECT=http://127.0.0.1:9/callback
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tos.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0

check() { # check NAME COMMAND...: passes when COMMAND succeeds
  local name=$1; shift
  if "$@" >"$WORK/out" 2>&1; then
    echo "PASS   : $name"; passed=$((passed + 1))
  else
    echo "FAIL!  : $name"; sed 's/^/    /' "$WORK/out"; failed=$((failed + 1))
  fi
}
json() { /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin).get(sys.argv[1], ""))' "$1"; }
challenge() { printf %s "$1" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '='; }
# authorize VERIFIER STATE: the Location the server redirects the browser to.
authorize() {
  curl -sS -o /dev/null -w '%{redirect_url}' -G "$U/authorize" --data-urlencode response_type=code \
    --data-urlencode "client_id=$ID" --data-urlencode "redirect_uri=$REDIRECT" --data-urlencode "state=$2" \
    --data-urlencode "code_challenge=$(challenge "$1")" --data-urlencode code_challenge_method=S256 \
    --data-urlencode "scope=https://mail.google.com/ openid email"
}
param() { sed -n "s/.*[?&]$1=\([^&]*\).*/\1/p"; }
token() { curl -sS -d "client_id=$ID" -d "client_secret=$SECRET" "$@" "$U/token"; }
imap_list() { # imap_list TOKEN MECHANISM
  curl -sS --cacert "$MADOGUCHI_TEST_IMAP_CA_FILE" --user testuser: --oauth2-bearer "$1" \
    --login-options "AUTH=$2" "imaps://127.0.0.1:$MADOGUCHI_TEST_IMAPS_PORT/" | grep -q INBOX
}
smtp_send() { # smtp_send TOKEN [CURL OPTIONS...]
  printf 'From: a@example.com\r\nSubject: t\r\n\r\nhello\r\n' >"$WORK/m.eml"
  curl -sS --ssl-reqd --cacert "$MADOGUCHI_TEST_SMTP_CA_FILE" --user testuser: --oauth2-bearer "$1" \
    "smtp://127.0.0.1:$MADOGUCHI_TEST_SMTP_STARTTLS_PORT" --mail-from a@example.com \
    --mail-rcpt b@example.jp --upload-file "$WORK/m.eml" "${@:2}"
}
not() { ! "$@"; }
# The checks run their conditions in `bash -c`, which sees these:
export -f json smtp_send
export WORK

V=verifier-$(openssl rand -hex 24)
LOCATION=$(authorize "$V" st-1)
CODE=$(param code <<<"$LOCATION")
check "authorize redirects to the loopback URI with a code and the state" \
  bash -c '[[ "$1" == http://127.0.0.1:9/callback\?code=code-*\&state=st-1 ]]' _ "$LOCATION"
WRONG=$(authorize "$V" st-2 | param code)
check "a wrong PKCE verifier is refused (invalid_grant)" bash -c '[ "$(json error <<<"$1")" = invalid_grant ]' _ \
  "$(token -d grant_type=authorization_code -d "code=$WRONG" -d "redirect_uri=$REDIRECT" -d code_verifier=not-the-verifier)"
GRANT=$(token -d grant_type=authorization_code -d "code=$CODE" -d "redirect_uri=$REDIRECT" -d "code_verifier=$V")
AT=$(json access_token <<<"$GRANT")
RT=$(json refresh_token <<<"$GRANT")
check "the right verifier gets an access token, a refresh token, expiry and an id_token" \
  bash -c '[ -n "$1" ] && [ -n "$2" ] && [ "$3" = 3600 ] && [ -n "$4" ]' _ "$AT" "$RT" \
  "$(json expires_in <<<"$GRANT")" "$(json id_token <<<"$GRANT")"
check "a code is good once" bash -c '[ "$(json error <<<"$1")" = invalid_grant ]' _ \
  "$(token -d grant_type=authorization_code -d "code=$CODE" -d "redirect_uri=$REDIRECT" -d "code_verifier=$V")"
check "a wrong client secret is refused (invalid_client)" bash -c '[ "$(json error <<<"$1")" = invalid_client ]' _ \
  "$(curl -sS -d "client_id=$ID" -d client_secret=wrong -d grant_type=refresh_token -d "refresh_token=$RT" "$U/token")"
check "Dovecot takes the token with AUTHENTICATE XOAUTH2" imap_list "$AT" XOAUTH2
check "Dovecot takes the token with AUTHENTICATE OAUTHBEARER" imap_list "$AT" OAUTHBEARER
check "Dovecot refuses another token" not imap_list "at-made-up" XOAUTH2
check "Dovecot still takes the password" curl -sS --cacert "$MADOGUCHI_TEST_IMAP_CA_FILE" \
  --user "testuser:$MADOGUCHI_TEST_IMAP_PASSWORD" "imaps://127.0.0.1:$MADOGUCHI_TEST_IMAPS_PORT/"
check "the SMTP sink takes the token with AUTH XOAUTH2" smtp_send "$AT"
check "the SMTP sink recorded the XOAUTH2 user" grep -q '"auth_user": "testuser", "auth_oauth": true' \
  "$MADOGUCHI_TEST_SMTP_STARTTLS_DIR/000001.json"
# curl gives up at the error challenge, so Python's smtplib answers it as a client should.
smtp_refusal() {
  /usr/bin/python3 - <<'PY'
import base64, os, smtplib, ssl
ctx = ssl.create_default_context(cafile=os.environ['MADOGUCHI_TEST_SMTP_CA_FILE'])
s = smtplib.SMTP('127.0.0.1', int(os.environ['MADOGUCHI_TEST_SMTP_STARTTLS_PORT']), timeout=20)
s.starttls(context=ctx)
s.ehlo()
code, challenge = s.docmd('AUTH', 'XOAUTH2 ' + base64.b64encode(b'user=testuser\x01auth=Bearer at-made-up\x01\x01').decode())
assert code == 334 and b'"status"' in base64.b64decode(challenge), (code, challenge)
s.send(b'\r\n')
code, words = s.getreply()
assert code == 535, (code, words)
PY
}
check "the SMTP sink refuses another token: JSON error in a 334 challenge, then 535" smtp_refusal

REFRESHED=$(token -d grant_type=refresh_token -d "refresh_token=$RT")
AT2=$(json access_token <<<"$REFRESHED")
check "refresh gives a new access token" bash -c '[ -n "$1" ] && [ "$1" != "$2" ]' _ "$AT2" "$AT"
curl -sS -X POST "$U/test/expire" >/dev/null
check "an expired access token is refused" not imap_list "$AT2" XOAUTH2
AT3=$(token -d grant_type=refresh_token -d "refresh_token=$RT" | json access_token)
check "after expiry a refresh gives a working token" imap_list "$AT3" XOAUTH2
curl -sS -d "token=$RT" "$U/revoke" >/dev/null
check "a revoked refresh token gets invalid_grant" bash -c '[ "$(json error <<<"$1")" = invalid_grant ]' _ \
  "$(token -d grant_type=refresh_token -d "refresh_token=$RT")"
check "the access tokens of a revoked grant are refused" not imap_list "$AT3" XOAUTH2

DEVICE=$(curl -sS -d "client_id=$ID" -d "client_secret=$SECRET" -d "scope=https://mail.google.com/" "$U/device_authorization")
DC=$(json device_code <<<"$DEVICE")
check "the device grant is pending until the user approves" bash -c '[ "$(json error <<<"$1")" = authorization_pending ]' _ \
  "$(token -d grant_type=urn:ietf:params:oauth:grant-type:device_code -d "device_code=$DC")"
curl -sS "$(json verification_uri_complete <<<"$DEVICE")" >/dev/null
DAT=$(token -d grant_type=urn:ietf:params:oauth:grant-type:device_code -d "device_code=$DC" | json access_token)
check "after approval the device grant gives a working token" imap_list "$DAT" XOAUTH2
check "the stats count the refreshes" bash -c '[ "$(json refreshes <<<"$1")" = 2 ]' _ "$(curl -sS "$U/test/stats")"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
