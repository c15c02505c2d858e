#!/usr/bin/env bash
# Runs a command with three throwaway SMTP servers (tests/scripts/smtp-sink.py) and removes
# them afterwards, even when the command fails.
#   with-smtp.sh COMMAND [ARGS...]
#
# Exports for the command:
#   MADOGUCHI_TEST_SMTP_HOST=127.0.0.1  _CA_FILE (the throwaway self-signed certificate)
#   MADOGUCHI_TEST_SMTP_USER  _PASSWORD  (the only login the servers accept)
#   MADOGUCHI_TEST_SMTP_STARTTLS_PORT  _STARTTLS_DIR: submission style, STARTTLS and AUTH required
#   MADOGUCHI_TEST_SMTP_SMTPS_PORT     _SMTPS_DIR:    implicit TLS (465 style), AUTH required
#   MADOGUCHI_TEST_SMTP_PLAIN_PORT     _PLAIN_DIR:    no TLS at all, AUTH in the clear
# Each *_DIR receives NNNNNN.eml (the bytes as received) and NNNNNN.json (envelope, AUTH user).
# With MADOGUCHI_TEST_OAUTH_INTROSPECT_URL set (tests/scripts/with-oauth.sh), the servers also take
# AUTH XOAUTH2 with a token that endpoint calls active.
# Recipients temp-fail@ / reject@ / data-temp@ / data-reject@ make the servers answer 450 / 550 / 451 / 554.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/test-servers.sh"
TOP=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-smtp.XXXXXX")
chmod 755 "$TOP"
servers_init "$TOP" with-smtp.sh

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$TOP/key.pem" -out "$TOP/cert.pem" 2>/dev/null

USER_NAME=agent
PASSWORD='s3cret pw'

# start_sink NAME ARGS...: starts one server; wait_ready NAME waits for its READY line, and
# sink_port NAME reads the port from it. Each server picks its own free port (--port 0): a port
# picked here and bound by the server a second later was now and then taken meanwhile by another
# test's server or client ("address already in use"); the server picks again when that happens.
start_sink() {
  local name=$1; shift
  # The server's stdio goes to its own log, never to the caller's: ctest waits for every
  # holder of the test's output pipe.
  local oauth=()
  [ -n "${MADOGUCHI_TEST_OAUTH_INTROSPECT_URL:-}" ] && oauth=(--oauth-introspect "$MADOGUCHI_TEST_OAUTH_INTROSPECT_URL")
  /usr/bin/python3 "$HERE/smtp-sink.py" --outdir "$TOP/$name" --port 0 "${oauth[@]}" "$@" \
    </dev/null >"$TOP/$name.log" 2>&1 &
  servers_track $! "the $name SMTP server"
}

wait_ready() {
  servers_wait_until "the $1 SMTP server" 30 grep -q '^READY ' "$TOP/$1.log" || { cat "$TOP/$1.log" >&2; return 1; }
}

sink_port() {
  sed -n 's/^READY \([0-9][0-9]*\)$/\1/p' "$TOP/$1.log"
}

start_sink starttls --cert "$TOP/cert.pem" --key "$TOP/key.pem" --user "$USER_NAME" --password "$PASSWORD"
start_sink smtps --smtps --cert "$TOP/cert.pem" --key "$TOP/key.pem" --user "$USER_NAME" --password "$PASSWORD"
start_sink plain --user "$USER_NAME" --password "$PASSWORD"
# The three start in parallel (about a second each, mostly Python's imports).
wait_ready starttls
wait_ready smtps
wait_ready plain
MADOGUCHI_TEST_SMTP_STARTTLS_PORT=$(sink_port starttls)
MADOGUCHI_TEST_SMTP_SMTPS_PORT=$(sink_port smtps)
MADOGUCHI_TEST_SMTP_PLAIN_PORT=$(sink_port plain)
export MADOGUCHI_TEST_SMTP_STARTTLS_PORT MADOGUCHI_TEST_SMTP_STARTTLS_DIR=$TOP/starttls
export MADOGUCHI_TEST_SMTP_SMTPS_PORT MADOGUCHI_TEST_SMTP_SMTPS_DIR=$TOP/smtps
export MADOGUCHI_TEST_SMTP_PLAIN_PORT MADOGUCHI_TEST_SMTP_PLAIN_DIR=$TOP/plain
export MADOGUCHI_TEST_SMTP_HOST=127.0.0.1
export MADOGUCHI_TEST_SMTP_CA_FILE=$TOP/cert.pem
export MADOGUCHI_TEST_SMTP_USER=$USER_NAME
export MADOGUCHI_TEST_SMTP_PASSWORD=$PASSWORD

servers_run "$@"
