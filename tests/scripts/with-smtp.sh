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

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$TOP/key.pem" -out "$TOP/cert.pem" 2>/dev/null

USER_NAME=agent
PASSWORD='s3cret pw'

# start_sink NAME ARGS...: starts one server and sets PORT; wait_ready NAME waits for its READY line.
start_sink() {
  local name=$1; shift
  PORT=$(free_port)
  # The server's stdio goes to its own log, never to the caller's: ctest waits for every
  # holder of the test's output pipe.
  local oauth=()
  [ -n "${MADOGUCHI_TEST_OAUTH_INTROSPECT_URL:-}" ] && oauth=(--oauth-introspect "$MADOGUCHI_TEST_OAUTH_INTROSPECT_URL")
  /usr/bin/python3 "$HERE/smtp-sink.py" --outdir "$TOP/$name" --port "$PORT" "${oauth[@]}" "$@" \
    </dev/null >"$TOP/$name.log" 2>&1 &
  servers_track $! "the $name SMTP server"
}

wait_ready() {
  servers_wait_until "the $1 SMTP server" 30 grep -q READY "$TOP/$1.log" || { cat "$TOP/$1.log" >&2; return 1; }
}

start_sink starttls --cert "$TOP/cert.pem" --key "$TOP/key.pem" --user "$USER_NAME" --password "$PASSWORD"
export MADOGUCHI_TEST_SMTP_STARTTLS_PORT=$PORT MADOGUCHI_TEST_SMTP_STARTTLS_DIR=$TOP/starttls
start_sink smtps --smtps --cert "$TOP/cert.pem" --key "$TOP/key.pem" --user "$USER_NAME" --password "$PASSWORD"
export MADOGUCHI_TEST_SMTP_SMTPS_PORT=$PORT MADOGUCHI_TEST_SMTP_SMTPS_DIR=$TOP/smtps
start_sink plain --user "$USER_NAME" --password "$PASSWORD"
export MADOGUCHI_TEST_SMTP_PLAIN_PORT=$PORT MADOGUCHI_TEST_SMTP_PLAIN_DIR=$TOP/plain
# The three start in parallel (about a second each, mostly Python's imports).
wait_ready starttls
wait_ready smtps
wait_ready plain
export MADOGUCHI_TEST_SMTP_HOST=127.0.0.1
export MADOGUCHI_TEST_SMTP_CA_FILE=$TOP/cert.pem
export MADOGUCHI_TEST_SMTP_USER=$USER_NAME
export MADOGUCHI_TEST_SMTP_PASSWORD=$PASSWORD

servers_run "$@"
