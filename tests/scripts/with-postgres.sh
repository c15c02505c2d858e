#!/usr/bin/env bash
# with-postgres.sh COMMAND [ARGS...]
# Creates a throwaway PostgreSQL 15 cluster in a temporary directory, starts it on a free
# loopback port, runs COMMAND with
#   MADOGUCHI_TEST_PG_URL=postgresql://madoguchi@127.0.0.1:PORT/madoguchi_test
#   PGPASSWORD=<random>
# and stops and removes the cluster afterwards, whatever happens. MADOGUCHI_TEST_PG_SUPERUSER
# names the superuser instead of madoguchi (e.g. postgres, to run docs/store.md as written). PostgreSQL refuses to run
# as root, so as root the server runs as the "postgres" user.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -x "$PGBIN/initdb" ] || { echo "with-postgres.sh: $PGBIN/initdb not found (apt-get install postgresql-15)" >&2; exit 1; }

if [ "$(id -u)" = 0 ]; then RUNAS=(runuser -u postgres --); OWNER=postgres; else RUNAS=(); OWNER=$(id -un); fi

T=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-pg.XXXXXX")
cleanup() {
  rc=$?
  if [ -f "$T/data/postmaster.pid" ]; then
    "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$T/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$T"
  exit $rc
}
trap cleanup EXIT INT TERM

chmod 755 "$T"
chown "$OWNER" "$T"
PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s\n' "$PASSWORD" > "$T/pwfile"
chown "$OWNER" "$T/pwfile"
chmod 600 "$T/pwfile"

SUPERUSER=${MADOGUCHI_TEST_PG_SUPERUSER:-madoguchi}
"${RUNAS[@]}" "$PGBIN/initdb" -D "$T/data" -U "$SUPERUSER" --pwfile="$T/pwfile" -A scram-sha-256 -E UTF8 \
  --locale=C.UTF-8 --no-sync >"$T/initdb.log" 2>&1 || { cat "$T/initdb.log" >&2; exit 1; }
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$T/data" -l "$T/server.log" -w -t 30 start \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $T -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
  >/dev/null || { cat "$T/server.log" >&2; exit 1; }
PGPASSWORD=$PASSWORD "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" madoguchi_test

export MADOGUCHI_TEST_PG_URL="postgresql://$SUPERUSER@127.0.0.1:$PORT/madoguchi_test"
export PGPASSWORD=$PASSWORD
set +e
"$@"
rc=$?
set -e
[ $rc -eq 0 ] || { echo "with-postgres.sh: server log:" >&2; tail -20 "$T/server.log" >&2; }
exit $rc
