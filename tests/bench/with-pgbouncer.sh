#!/usr/bin/env bash
# with-pgbouncer.sh COMMAND [ARGS...]
# Inside tests/scripts/with-postgres.sh: starts PgBouncer (Debian's pgbouncer) in session
# pooling on a free loopback port in front of that server and runs COMMAND with
# MADOGUCHI_TEST_PG_URL pointing at PgBouncer instead; stops it on every exit path.
# MADOGUCHI_TEST_PGBOUNCER_POOL is the number of server connections it may open (default 20);
# a client connection waits at most 10 s for one (query_wait_timeout), then is refused.
#   tests/scripts/with-postgres.sh tests/bench/with-pgbouncer.sh build/tests/bench/madoguchi-bench-team --clients 5
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../scripts/test-servers.sh"
[ -n "${MADOGUCHI_TEST_PG_URL:-}" ] || { echo "with-pgbouncer.sh: run it inside tests/scripts/with-postgres.sh" >&2; exit 2; }
PGBOUNCER=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
[ -x "$PGBOUNCER" ] || { echo "with-pgbouncer.sh: pgbouncer not found (apt-get install pgbouncer)" >&2; exit 2; }

# PgBouncer refuses to run as root: then it runs as the "postgres" user, as the server does.
if [ "$(id -u)" = 0 ]; then
  EXECAS=(setpriv --reuid=postgres --regid=postgres --init-groups --); OWNER=postgres
else
  EXECAS=(); OWNER=$(id -un)
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-pgb.XXXXXX")
chmod 755 "$T"
servers_init "$T" with-pgbouncer.sh
servers_before_stop() {
  [ "$1" = 0 ] || [ ! -f "$T/pgbouncer.log" ] || { echo "with-pgbouncer.sh: log:" >&2; tail -20 "$T/pgbouncer.log" >&2; }
}

# postgresql://USER@HOST:PORT/DATABASE, as with-postgres.sh writes it
rest=${MADOGUCHI_TEST_PG_URL#postgresql://}
user=${rest%%@*}
hostport=${rest#*@}
hostport=${hostport%%/*}
database=${rest##*/}
host=${hostport%:*}
port=${hostport##*:}
LISTEN=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
printf '"%s" "%s"\n' "$user" "$PGPASSWORD" > "$T/userlist.txt"
cat > "$T/pgbouncer.ini" <<INI
[databases]
$database = host=$host port=$port dbname=$database
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $LISTEN
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $T/userlist.txt
pool_mode = session
default_pool_size = ${MADOGUCHI_TEST_PGBOUNCER_POOL:-20}
max_client_conn = 1000
query_wait_timeout = 10
ignore_startup_parameters = extra_float_digits
logfile = $T/pgbouncer.log
INI
chown "$OWNER" "$T" "$T/userlist.txt" "$T/pgbouncer.ini"
chmod 600 "$T/userlist.txt"
"${EXECAS[@]}" "$PGBOUNCER" "$T/pgbouncer.ini" </dev/null >"$T/stdout.log" 2>&1 &
servers_track $! PgBouncer INT
servers_wait_until "PgBouncer on 127.0.0.1:$LISTEN" 30 /usr/lib/postgresql/15/bin/pg_isready -q -h 127.0.0.1 -p "$LISTEN" -d "$database"

export MADOGUCHI_TEST_PG_URL="postgresql://$user@127.0.0.1:$LISTEN/$database"
servers_run "$@"
