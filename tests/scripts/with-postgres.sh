#!/usr/bin/env bash
# with-postgres.sh COMMAND [ARGS...]
# Creates a throwaway PostgreSQL 15 cluster in a temporary directory, starts it on a free
# loopback port, runs COMMAND with
#   MADOGUCHI_TEST_PG_URL=postgresql://madoguchi@127.0.0.1:PORT/madoguchi_test
#   PGPASSWORD=<random>
# and stops and removes the cluster afterwards, whatever happens. MADOGUCHI_TEST_PG_SUPERUSER
# names the superuser instead of madoguchi (e.g. postgres, to run docs/store.md as written);
# MADOGUCHI_TEST_PG_MAX_CONNECTIONS the server's max_connections (default 50).
# PostgreSQL refuses to run as root, so as root the server runs as the "postgres" user.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/test-servers.sh"

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -x "$PGBIN/initdb" ] || { echo "with-postgres.sh: $PGBIN/initdb not found (apt-get install postgresql-15)" >&2; exit 1; }

if [ "$(id -u)" = 0 ]; then
  RUNAS=(runuser -u postgres --)
  # setpriv execs in place (no fork), so the job's PID is the postmaster's.
  EXECAS=(setpriv --reuid=postgres --regid=postgres --init-groups --)
  OWNER=postgres
else
  RUNAS=(); EXECAS=(); OWNER=$(id -un)
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-pg.XXXXXX")
chmod 755 "$T"
servers_init "$T" with-postgres.sh
servers_before_stop() {
  [ "$1" = 0 ] || [ ! -f "$T/server.log" ] || { echo "with-postgres.sh: server log:" >&2; tail -20 "$T/server.log" >&2; }
}

chown "$OWNER" "$T"
PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s\n' "$PASSWORD" > "$T/pwfile"
chown "$OWNER" "$T/pwfile"
chmod 600 "$T/pwfile"

SUPERUSER=${MADOGUCHI_TEST_PG_SUPERUSER:-madoguchi}
"${RUNAS[@]}" "$PGBIN/initdb" -D "$T/data" -U "$SUPERUSER" --pwfile="$T/pwfile" -A scram-sha-256 -E UTF8 \
  --locale=C.UTF-8 --no-sync >"$T/initdb.log" 2>&1 || { cat "$T/initdb.log" >&2; exit 1; }
# The server in the foreground as a job (not pg_ctl start, which detaches it): its PID is known
# at once and it stays in this process tree. SIGTERM to it is a smart shutdown; the sweep in
# test-servers.sh follows with KILL if it takes too long. The port is picked right before the
# start; should another process take it first ("Address already in use"), another is tried.
start_postgres() {
  PORT=$(servers_free_port 127.0.0.1)
  "${EXECAS[@]}" "$PGBIN/postgres" -D "$T/data" -c listen_addresses=127.0.0.1 -p "$PORT" -k "$T" \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=${MADOGUCHI_TEST_PG_MAX_CONNECTIONS:-50} \
    </dev/null >"$T/server.log" 2>&1 &
  servers_track $! PostgreSQL INT # fast shutdown: no waiting for clients
  servers_wait_until "PostgreSQL on 127.0.0.1:$PORT" 60 "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -d postgres
}
servers_start_on_free_port PostgreSQL "$T/server.log" start_postgres || exit 1
PGPASSWORD=$PASSWORD "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" madoguchi_test

export MADOGUCHI_TEST_PG_URL="postgresql://$SUPERUSER@127.0.0.1:$PORT/madoguchi_test"
export PGPASSWORD=$PASSWORD
servers_run "$@"
