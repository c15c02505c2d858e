#!/usr/bin/env bash
# Issue 20 item 6 / issue 17 item 5: the installed systemd unit runs as shipped. Installs the
# build as a package would (DESTDIR), reads the installed madoguchi-serve.service and runs its
# ExecStart line the way systemd would: as the unit's User (nobody when that account does not
# exist here), with only the unit's Environment= (%d expanded), a credentials directory holding
# what its LoadCredential= lines name, no D-Bus and no display — against the throwaway
# PostgreSQL and Dovecot of with-postgres.sh and with-dovecot.sh.
# Usage (ctest): with-postgres.sh with-dovecot.sh --seed 20 serve-unit.sh BUILD_DIR
set -euo pipefail
BUILD=$1
T=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-unit.XXXXXX")
chmod 755 "$T"
SERVICE_PID=
cleanup() {
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null || true
  rm -rf "$T"
}
trap cleanup EXIT
fail() { echo "serve-unit.sh: $*" >&2; [ -f "$T/log" ] && tail -20 "$T/log" >&2; exit 1; }

DESTDIR="$T/root" cmake --install "$BUILD" >/dev/null
unit=$(find "$T/root" -path '*/lib/systemd/system/madoguchi-serve.service' | head -1)
[ -n "$unit" ] || fail "no madoguchi-serve.service installed under lib/systemd/system"
value() { sed -n "s/^$1=//p" "$unit"; }
exec_start=$(value ExecStart)
name=${exec_start%% *}
# A name without a path is looked up the way systemd does (its fixed search path).
program=
case $name in
  /*) program=$name ;;
  *) for dir in /usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin; do
       if [ -x "$T/root$dir/$name" ]; then program=$dir/$name; break; fi
     done ;;
esac
[ -n "$program" ] && [ -x "$T/root$program" ] || fail "ExecStart names $name, which the install did not put where systemd looks"
exec_start=$program${exec_start#"$name"}
doc=$(value Documentation)
case $doc in
  man:*) page=${doc#man:}; page=${page%%(*}
         [ -n "$(find "$T/root" -path "*/man/man1/$page.1.gz")" ] || fail "Documentation= names $doc, which the install did not put there" ;;
  file://*) [ -f "$T/root${doc#file://}" ] || fail "Documentation= names $doc, which the install did not put there" ;;
  *) fail "Documentation= is neither man: nor file://: $doc" ;;
esac

user=$(value User)
if [ "$(id -u)" != 0 ]; then
  user=$(id -un); echo "not root: running as $user"
elif ! id "$user" >/dev/null 2>&1; then
  echo "no user $user here: running as nobody"; user=nobody
fi
uid=$(id -u "$user"); gid=$(id -g "$user")

# StateDirectory= and the credentials directory, as systemd makes them.
state="$T/state"; creds="$T/credentials"
mkdir -p "$state" "$creds"
url=${MADOGUCHI_TEST_PG_URL#postgresql://}; dbuser=${url%%@*}; hostport=${url#*@}; dbname=${hostport#*/}
hostport=${hostport%%/*}
for credential in $(value LoadCredential | cut -d: -f1); do
  case $credential in
    madoguchi-imap-password) printf '%s\n' "$MADOGUCHI_TEST_IMAP_PASSWORD" > "$creds/$credential" ;;
    madoguchi-pgpass) printf '%s:%s:%s:%s:%s\n' "${hostport%%:*}" "${hostport##*:}" "$dbname" "$dbuser" "$PGPASSWORD" > "$creds/$credential" ;;
    *) fail "unknown credential $credential" ;;
  esac
done
chown -R "$uid:$gid" "$state" "$creds"
chmod 0400 "$creds"/*; chmod 0500 "$creds"

# The unit's environment and nothing else (no DBUS_SESSION_BUS_ADDRESS, DISPLAY, PGPASSWORD).
environment=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin CREDENTIALS_DIRECTORY="$creds")
while IFS= read -r line; do
  line=${line//%d/$creds}
  line=${line//\/var\/lib\/madoguchi/$state}
  case $line in
    MADOGUCHI_DATABASE=*) line="MADOGUCHI_DATABASE=$MADOGUCHI_TEST_PG_URL" ;; # a drop-in naming this server
  esac
  environment+=("$line")
done < <(value Environment)
printf '%s\n' "${environment[@]}" | grep -q '^PGPASSFILE=' || fail "the unit gives libpq no password file"

# The mailbox, as docs/serve.md sets it up (from any machine, with the database password at hand).
"$T/root$program" --database "$MADOGUCHI_TEST_PG_URL" account set \
  --imap "imaps://$MADOGUCHI_TEST_IMAP_USER@$MADOGUCHI_TEST_IMAP_HOST:$MADOGUCHI_TEST_IMAPS_PORT" \
  --ca-file "$MADOGUCHI_TEST_IMAP_CA_FILE" >/dev/null

echo "running as $user: ${exec_start/$program/$T/root$program}"
# shellcheck disable=SC2086
as_user=()
[ "$(id -u)" = 0 ] && as_user=(setpriv --reuid="$uid" --regid="$gid" --init-groups --reset-env)
"${as_user[@]}" env -i "${environment[@]}" "$T/root$program" ${exec_start#"$program"} > "$T/log" 2>&1 &
SERVICE_PID=$!
wait_for() {
  for _ in $(seq 300); do
    grep -q "$1" "$T/log" && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || fail "the service exited while waiting for \"$1\""
    sleep 0.1
  done
  fail "no \"$1\" within 30 s"
}
wait_for "logged in to"
wait_for "new message(s) stored"
printf 'From: unit@example.co.jp\r\nTo: support@desk.example.com\r\nSubject: unit test\r\nMessage-ID: <unit@example.co.jp>\r\n\r\nbody\r\n' \
  | "$MADOGUCHI_TEST_IMAP_DOVEADM" -c "$MADOGUCHI_TEST_IMAP_DOVECOT_CONF" save -u "$MADOGUCHI_TEST_IMAP_USER" -m INBOX
wait_for "1 new message(s) stored"
kill -TERM "$SERVICE_PID"
rc=0; wait "$SERVICE_PID" || rc=$?
SERVICE_PID=
[ $rc = 0 ] || fail "the service ended with status $rc after SIGTERM"
grep -q "madoguchi.serve: stopped" "$T/log" || fail "no clean stop in the log"
if grep -qiE "D-Bus|keychain|password" "$T/log"; then fail "the log mentions the keychain or a password"; fi
echo "the installed unit ran as $user without D-Bus: ok"
