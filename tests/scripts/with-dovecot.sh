#!/usr/bin/env bash
# Runs a command with two throwaway Dovecot IMAP servers and removes them afterwards, even
# when the command fails.
#   with-dovecot.sh [--seed N] COMMAND [ARGS...]
# --seed N writes N generated messages into testuser's INBOX before the servers start.
#
# Exports for the command:
#   MADOGUCHI_TEST_IMAP_HOST=127.0.0.1  _IMAPS_PORT  _IMAP_PORT (STARTTLS)  _CA_FILE (the self-signed cert)
#   MADOGUCHI_TEST_IMAP_USER  _PASSWORD  _DOVECOT_CONF  _MAILDIR (testuser's maildir root)  _DOVEADM
#   MADOGUCHI_TEST_IMAP_STRICT_HOST=127.0.0.2  _STRICT_IMAP_PORT  _STRICT_IMAPS_PORT: a second server that the
#     client does not reach from its own address, so Dovecot demands STARTTLS (LOGINDISABLED) like a real one.
# With MADOGUCHI_TEST_OAUTH_INTROSPECT_URL set (tests/scripts/with-oauth.sh), both servers also take
# AUTHENTICATE XOAUTH2 and OAUTHBEARER: Dovecot's oauth2 passdb asks that introspection endpoint
# about each bearer token.
set -euo pipefail
SEED=0
if [ "${1:-}" = "--seed" ]; then SEED=$2; shift 2; fi
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/test-servers.sh"
TOP=$(mktemp -d "${TMPDIR:-/tmp}/dovecot.XXXXXX")
chmod 755 "$TOP"
servers_init "$TOP" with-dovecot.sh
# Dovecot's longest unix socket is base_dir + "/login/stats-writer", and a socket path has at
# most 107 bytes: say so rather than fail with Dovecot's "File name too long".
if [ ${#TOP} -gt 70 ]; then
  echo "with-dovecot.sh: the temporary folder $TOP is too long for Dovecot's sockets; use a shorter TMPDIR" >&2
  exit 1
fi

port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

MAIL_UID=$(id -u nobody)
MAIL_GID=$(id -g nobody)
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:127.0.0.2" \
  -keyout "$TOP/key.pem" -out "$TOP/cert.pem" 2>/dev/null
chmod 644 "$TOP/cert.pem"

# start_dovecot NAME ADDR: writes $TOP/NAME/dovecot.conf, starts it, sets IMAP_PORT/IMAPS_PORT.
start_dovecot() {
  local name=$1 addr=$2 dir="$TOP/$1"
  mkdir -p "$dir/mail" "$dir/home/testuser"
  IMAP_PORT=$(servers_free_port "$addr")
  IMAPS_PORT=$(servers_free_port "$addr")
  echo "testuser:{PLAIN}secret:$MAIL_UID:$MAIL_GID::$dir/home/testuser::" > "$dir/users"
  local mechanisms="plain login" oauth_passdb=""
  if [ -n "${MADOGUCHI_TEST_OAUTH_INTROSPECT_URL:-}" ]; then
    mechanisms="plain login xoauth2 oauthbearer"
    cat > "$dir/oauth2.conf" <<OAUTH
introspection_url = $MADOGUCHI_TEST_OAUTH_INTROSPECT_URL
introspection_mode = post
username_attribute = username
active_attribute = active
active_value = true
OAUTH
    # First, so a bearer token is never tried as a password; a password fails here and
    # falls through to the users file.
    oauth_passdb="passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/oauth2.conf
}"
  fi
  cat > "$dir/dovecot.conf" <<CONF
instance_name = madoguchi-test-$name-$IMAP_PORT
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
protocols = imap
listen = $addr
ssl = yes
ssl_cert = <$TOP/cert.pem
ssl_key = <$TOP/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = $mechanisms
mail_location = maildir:$dir/mail/%u
# Every process of the instance keeps the wrappers' tags, so a sweep finds it.
import_environment = TZ MADOGUCHI_TEST_SERVER_TAGS MADOGUCHI_TEST_RUN_ID
$oauth_passdb
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $dir/users
}
service imap-login {
  inet_listener imap {
    address = $addr
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = $addr
    port = $IMAPS_PORT
    ssl = yes
  }
}
protocol imap {
  mail_max_userip_connections = 50
  imap_idle_notify_interval = 2 secs
}
CONF

  chown -R "$MAIL_UID:$MAIL_GID" "$dir/mail" "$dir/home"
  # In the foreground (-F) as a job: its PID is known at once (no pid file to wait for) and it
  # stays in this process tree. Its stdio goes to its own log, never to the caller's: ctest
  # waits for every holder of the test's output pipe.
  dovecot -F -c "$dir/dovecot.conf" </dev/null >>"$dir/dovecot.log" 2>&1 &
  servers_track $! "Dovecot ($name)"
  local port
  for port in "$IMAPS_PORT" "$IMAP_PORT"; do
    servers_wait_until "Dovecot ($name) on $addr:$port" 30 port_open "$addr" "$port" || return 1
  done
}

# start_dovecot_retrying NAME ADDR: start_dovecot, on other ports should another process take one
# of them between the pick and Dovecot's bind.
start_dovecot_retrying() {
  servers_start_on_free_port "Dovecot ($1)" "$TOP/$1/dovecot.log" start_dovecot "$1" "$2" ||
    { cat "$TOP/$1/dovecot.log" >&2; return 1; }
}

if [ "$SEED" -gt 0 ]; then
  mkdir -p "$TOP/main/mail/testuser"
  /usr/bin/python3 "$HERE/gen-maildir.py" "$TOP/main/mail/testuser" "$SEED"
fi
start_dovecot_retrying main 127.0.0.1
export MADOGUCHI_TEST_IMAP_HOST=127.0.0.1
export MADOGUCHI_TEST_IMAP_PORT=$IMAP_PORT
export MADOGUCHI_TEST_IMAPS_PORT=$IMAPS_PORT
export MADOGUCHI_TEST_IMAP_DOVECOT_CONF=$TOP/main/dovecot.conf
export MADOGUCHI_TEST_IMAP_MAILDIR=$TOP/main/mail/testuser
start_dovecot_retrying strict 127.0.0.2
export MADOGUCHI_TEST_IMAP_STRICT_HOST=127.0.0.2
export MADOGUCHI_TEST_IMAP_STRICT_PORT=$IMAP_PORT
export MADOGUCHI_TEST_IMAP_STRICT_IMAPS_PORT=$IMAPS_PORT
export MADOGUCHI_TEST_IMAP_CA_FILE=$TOP/cert.pem
export MADOGUCHI_TEST_IMAP_USER=testuser
export MADOGUCHI_TEST_IMAP_PASSWORD=secret
export MADOGUCHI_TEST_IMAP_DOVEADM=$(command -v doveadm)
export MADOGUCHI_TEST_IMAP_GENERATOR=$HERE/gen-maildir.py
export MADOGUCHI_TEST_IMAP_SEEDED=$SEED

servers_run "$@"
