#!/usr/bin/env bash
# Runs a command with a throwaway OAuth 2.0 authorization server (tests/scripts/oauth-server.py)
# and, around the command, the Dovecot and SMTP test servers set to accept its tokens; stops them
# all afterwards, even when the command fails.
#   with-oauth.sh COMMAND [ARGS...]     (COMMAND runs inside with-dovecot.sh and with-smtp.sh)
#
# Exports for the command, besides with-dovecot.sh's and with-smtp.sh's:
#   MADOGUCHI_TEST_OAUTH_URL         http://127.0.0.1:PORT (authorize, token, device_authorization,
#                                    introspect, revoke, test/expire, test/revoke, test/stats below it)
#   MADOGUCHI_TEST_OAUTH_CLIENT_ID   _CLIENT_SECRET: the one client the server knows
#   MADOGUCHI_TEST_OAUTH_INTROSPECT_URL: what Dovecot's oauth2 passdb and the SMTP sink ask
# The account that signs in is testuser (Dovecot's user); with-smtp.sh's XOAUTH2 takes it too.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/test-servers.sh"
TOP=$(mktemp -d "${TMPDIR:-/tmp}/oauth.XXXXXX")
chmod 755 "$TOP"
servers_init "$TOP" with-oauth.sh

CLIENT_ID=madoguchi-test-client
CLIENT_SECRET=test-client-secret
# Its stdio goes to its own log, never to the caller's: ctest waits for every holder of the
# test's output pipe. It binds a port the system gives it and names it on its READY line (a
# port picked here beforehand could be taken by another process before the server bound it).
/usr/bin/python3 "$HERE/oauth-server.py" --port 0 --user testuser \
  --client-id "$CLIENT_ID" --client-secret "$CLIENT_SECRET" \
  --access-lifetime "${MADOGUCHI_TEST_OAUTH_ACCESS_LIFETIME:-3600}" </dev/null >"$TOP/oauth.log" 2>&1 &
servers_track $! "the OAuth server"
servers_wait_until "the OAuth server" 30 grep -q '^READY ' "$TOP/oauth.log" || { cat "$TOP/oauth.log" >&2; exit 1; }
PORT=$(sed -n 's/^READY \([0-9][0-9]*\)$/\1/p' "$TOP/oauth.log")

export MADOGUCHI_TEST_OAUTH_URL=http://127.0.0.1:$PORT
export MADOGUCHI_TEST_OAUTH_CLIENT_ID=$CLIENT_ID
export MADOGUCHI_TEST_OAUTH_CLIENT_SECRET=$CLIENT_SECRET
export MADOGUCHI_TEST_OAUTH_INTROSPECT_URL=$MADOGUCHI_TEST_OAUTH_URL/introspect
export MADOGUCHI_TEST_OAUTH_LOG=$TOP/oauth.log

servers_run "$HERE/with-dovecot.sh" "$HERE/with-smtp.sh" "$@"
