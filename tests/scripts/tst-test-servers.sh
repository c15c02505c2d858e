#!/usr/bin/env bash
# tst-test-servers.sh: every tests/scripts/with-*.sh wrapper stops what it started on every exit
# path — the command succeeds, fails, is killed; the wrapper itself is stopped by a signal;
# a server is slow to write its pid file or fails to start — and
# tests/scripts/check-no-servers-left.sh finds what a wrapper would have left behind.
# Regression test for issue 19 (with-dovecot.sh read master.pid before Dovecot wrote it, failed,
# and left both Dovecot instances running).
# SCRIPTS_DIR (default: this folder) says which wrappers to test.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SCRIPTS=${SCRIPTS_DIR:-$HERE}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tss.XXXXXX") # short: Dovecot's socket paths are limited
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0

# scenario NAME EXPECTED_RC COMMAND...: runs COMMAND under its own run id and TMPDIR; passes when
# it exits with EXPECTED_RC ("nonzero" for any failure) and nothing it started is left running.
scenario() {
  local name=$1 expected=$2 run_dir id rc ok=1 log started=$SECONDS pid
  shift 2
  run_dir=$(mktemp -d "$WORK/r.XXXXXX")
  chmod 755 "$run_dir"
  id=${run_dir##*/}
  log="$WORK/$id.log"
  if [ "${SIGNAL:-}" ]; then
    # Stopped from outside, as ctest stops a test that ran out of time: the signal goes to
    # the wrapper once the command runs.
    TMPDIR=$run_dir MADOGUCHI_TEST_RUN_ID=$id "$@" bash -c 'touch "$0"; sleep 60' "$run_dir/started" \
      </dev/null >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1200); do [ -e "$run_dir/started" ] && break; sleep 0.05; done
    kill "-$SIGNAL" "$pid"
    wait "$pid"
    rc=$?
  else
    TMPDIR=$run_dir MADOGUCHI_TEST_RUN_ID=$id timeout --kill-after=10 300 "$@" </dev/null >"$log" 2>&1
    rc=$?
  fi
  case "$expected" in
    nonzero) [ "$rc" != 0 ] || ok=0 ;;
    *) [ "$rc" = "$expected" ] || ok=0 ;;
  esac
  [ "$ok" = 1 ] || echo "  exit status $rc, expected $expected" >>"$log"
  if ! "$HERE/check-no-servers-left.sh" "$id" "$run_dir" >>"$log" 2>&1; then ok=0; fi
  if [ "$ok" = 1 ]; then
    echo "PASS   : $name ($((SECONDS - started)) s)"
    passed=$((passed + 1))
  else
    echo "FAIL!  : $name"
    sed 's/^/    /' "$log"
    failed=$((failed + 1))
  fi
}

# Stand-ins named "dovecot", first on PATH, around the real one:
# - late/: as on a busy machine, a detached master's master.pid appears late (here: not at
#   all); in the foreground (-F) it is the real Dovecot;
# - strictfails/: the second instance ("strict") does not start.
REAL_DOVECOT=$(PATH="$PATH:/usr/sbin:/sbin" command -v dovecot)
mkdir -p "$WORK/late" "$WORK/strictfails"
cat >"$WORK/late/dovecot" <<SHIM
#!/usr/bin/env bash
for a in "\$@"; do [ "\$a" = -F ] && exec "$REAL_DOVECOT" "\$@"; done
"$REAL_DOVECOT" "\$@" || exit
conf=; while [ \$# -gt 0 ]; do [ "\$1" = -c ] && conf=\$2; shift; done
rm -f "\$(sed -n 's/^base_dir = //p' "\$conf")/master.pid"
SHIM
cat >"$WORK/strictfails/dovecot" <<SHIM
#!/usr/bin/env bash
case "\$*" in */strict/*) echo "dovecot: Fatal: cannot start (test)" >&2; exit 89 ;; esac
exec "$REAL_DOVECOT" "\$@"
SHIM
chmod +x "$WORK/late/dovecot" "$WORK/strictfails/dovecot"
# - taken/: each instance's first start finds its port taken, as when another process binds
#   it between the wrapper's pick and the server's bind (the wrappers must pick again).
#   The same for PostgreSQL through PGBIN.
mkdir -p "$WORK/taken" "$WORK/pgtaken" "$WORK/marks"
chmod 777 "$WORK/marks"
cat >"$WORK/taken/dovecot" <<SHIM
#!/usr/bin/env bash
for a in "\$@"; do
  if [ "\$a" = -F ]; then
    conf=\$(printf '%s\\n' "\$@" | grep dovecot.conf)
    mark="$WORK/marks/\$(echo "\$conf" | tr / _)"
    if [ ! -e "\$mark" ]; then
      touch "\$mark"
      echo "Fatal: listen(127.0.0.1, 1) failed: Address already in use" >&2
      exit 89
    fi
  fi
done
exec "$REAL_DOVECOT" "\$@"
SHIM
REAL_PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
for tool in initdb pg_isready createdb; do ln -s "$REAL_PGBIN/$tool" "$WORK/pgtaken/$tool"; done
cat >"$WORK/pgtaken/postgres" <<SHIM
#!/usr/bin/env bash
if [ ! -e "$WORK/marks/postgres" ]; then
  touch "$WORK/marks/postgres"
  echo 'LOG:  could not bind IPv4 address "127.0.0.1": Address already in use' >&2
  echo 'FATAL:  could not create any TCP/IP sockets' >&2
  exit 1
fi
exec "$REAL_PGBIN/postgres" "\$@"
SHIM
chmod +x "$WORK/taken/dovecot" "$WORK/pgtaken/postgres"
chmod 755 "$WORK/taken" "$WORK/pgtaken"

for w in dovecot postgres smtp keyring notifications oauth; do
  wrapper="$SCRIPTS/with-$w.sh"
  scenario "with-$w.sh: the command succeeds" 0 "$wrapper" true
  scenario "with-$w.sh: the command fails" 3 "$wrapper" bash -c 'exit 3'
  scenario "with-$w.sh: the command is killed" 137 "$wrapper" bash -c 'kill -KILL $$'
  SIGNAL=TERM scenario "with-$w.sh: the wrapper is stopped by TERM" nonzero "$wrapper"
  SIGNAL=HUP scenario "with-$w.sh: the wrapper loses its terminal (HUP)" nonzero "$wrapper"
done
SIGNAL=TERM scenario "with-dovecot.sh around with-smtp.sh: the outer wrapper is stopped by TERM" nonzero \
  "$SCRIPTS/with-dovecot.sh" "$SCRIPTS/with-smtp.sh"
scenario "with-postgres.sh around with-dovecot.sh around with-keyring.sh: the command fails" 4 \
  "$SCRIPTS/with-postgres.sh" "$SCRIPTS/with-dovecot.sh" "$SCRIPTS/with-keyring.sh" bash -c 'exit 4'
scenario "with-dovecot.sh: Dovecot writes master.pid late" 0 \
  env PATH="$WORK/late:$PATH" "$SCRIPTS/with-dovecot.sh" true
scenario "with-dovecot.sh: the second Dovecot fails to start" nonzero \
  env PATH="$WORK/strictfails:$PATH" "$SCRIPTS/with-dovecot.sh" true
scenario "with-dovecot.sh: the ports each Dovecot picks first are taken" 0 \
  env PATH="$WORK/taken:$PATH" "$SCRIPTS/with-dovecot.sh" bash -c \
  '(exec 3<>"/dev/tcp/$MADOGUCHI_TEST_IMAP_HOST/$MADOGUCHI_TEST_IMAPS_PORT") &&
   (exec 3<>"/dev/tcp/$MADOGUCHI_TEST_IMAP_STRICT_HOST/$MADOGUCHI_TEST_IMAP_STRICT_IMAPS_PORT")'
scenario "with-postgres.sh: the port PostgreSQL picks first is taken" 0 \
  env PGBIN="$WORK/pgtaken" "$SCRIPTS/with-postgres.sh" bash -c 'psql "$MADOGUCHI_TEST_PG_URL" -Atc "SELECT 1" | grep -qx 1'
# A port taken between its pick and the server's bind (it happened in CI: "address already in
# use", the test failed): every SMTP server's first pick is a port another process holds, and
# each must pick again and listen where the wrapper says.
HOLDER_LOG="$WORK/port-holder.log"
/usr/bin/python3 -c 'import socket, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
print(s.getsockname()[1], flush=True); time.sleep(600)' >"$HOLDER_LOG" &
HOLDER=$!
for _ in $(seq 100); do [ -s "$HOLDER_LOG" ] && break; sleep 0.05; done
TAKEN=$(cat "$HOLDER_LOG")
# shellcheck disable=SC2016 # the inner shell expands them
scenario "with-smtp.sh: the port a server picks first is taken" 0 \
  env MADOGUCHI_TEST_SMTP_SINK_FIRST_PORT="$TAKEN" "$SCRIPTS/with-smtp.sh" bash -c '
    for port in "$MADOGUCHI_TEST_SMTP_STARTTLS_PORT" "$MADOGUCHI_TEST_SMTP_SMTPS_PORT" "$MADOGUCHI_TEST_SMTP_PLAIN_PORT"; do
      [ -n "$port" ] && [ "$port" != "$0" ] || { echo "port \"$port\" (the taken one is $0)"; exit 1; }
      (exec 3<>"/dev/tcp/127.0.0.1/$port") || { echo "nothing listens on $port"; exit 1; }
    done' "$TAKEN"
kill "$HOLDER" 2>/dev/null
wait "$HOLDER" 2>/dev/null

# A process of the run that no wrapper started (as a test that leaks a daemon of its own would):
# the wrappers cannot know it; the check after the suite must.
scenario "check-no-servers-left.sh: finds a process the tests left behind" nonzero \
  bash -c "env -u MADOGUCHI_TEST_SERVER_TAGS sleep 300 & \"$HERE/check-no-servers-left.sh\" \"\$MADOGUCHI_TEST_RUN_ID\" \"\$TMPDIR\""
scenario "check-no-servers-left.sh: passes when nothing is left" 0 \
  bash -c "\"$SCRIPTS/with-smtp.sh\" true && \"$HERE/check-no-servers-left.sh\" \"\$MADOGUCHI_TEST_RUN_ID\" \"\$TMPDIR\""

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
