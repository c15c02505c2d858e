#!/usr/bin/env bash
# Issue 20 item 9: docs/store.md's PostgreSQL setup, backup and restore, run as written.
# Usage (ctest does this): MADOGUCHI_TEST_PG_SUPERUSER=postgres with-postgres.sh store-restore-cycle.sh CLI DOC
# The setup, cron and restore commands are taken from DOC's sh blocks; only the server
# (PGHOST/PGPORT, over TCP instead of the local socket) and the backup folder differ.
set -euo pipefail
CLI=$1
DOC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
url=${MADOGUCHI_TEST_PG_URL#postgresql://}
export PGUSER=${url%%@*}
hostport=${url#*@}; hostport=${hostport%%/*}
export PGHOST=${hostport%%:*} PGPORT=${hostport##*:}
SUPER_PW=$PGPASSWORD
DESK_PW=desk-pw-$$
[ "$PGUSER" = postgres ] || { echo "run with MADOGUCHI_TEST_PG_SUPERUSER=postgres" >&2; exit 1; }

# The doc's shell blocks, one command per line.
blocks=$(awk '/^```sh$/{on=1; next} /^```$/{on=0} on' "$DOC")
setup=$(printf '%s\n' "$blocks" | grep -E '^(createuser|createdb|psql) ' | head -3)
cronline=$(printf '%s\n' "$blocks" | grep -E '^[0-9]+ [0-9]+ \* \* \* postgres pg_dump ')
restore=$(printf '%s\n' "$blocks" | grep -E '^(dropdb|createdb|pg_restore) ' | tail -3)
[ "$(printf '%s\n' "$setup" | wc -l)" = 3 ] && [ -n "$cronline" ] && [ "$(printf '%s\n' "$restore" | wc -l)" = 3 ] \
  || { echo "docs/store.md: setup, cron or restore block not found" >&2; exit 1; }
mkdir -p "$T/backups"
dump_cmd=${cronline#* * * * * postgres }
dump_cmd=${dump_cmd//\/var\/backups\/madoguchi/$T/backups}
dump_file="$T/backups/madoguchi-$(date +%a).dump"
restore=${restore//\/var\/backups\/madoguchi\/madoguchi-Tue.dump/$dump_file}

echo "== setup (as postgres)"; printf '%s\n' "$setup"
# createuser --pwprompt asks twice; without a terminal it reads standard input.
printf '%s\n%s\n' "$DESK_PW" "$DESK_PW" | setsid -w sh -c "$setup"
desk="postgresql://madoguchi@$PGHOST:$PGPORT/madoguchi"
as_desk() { env -u DBUS_SESSION_BUS_ADDRESS PGPASSWORD="$DESK_PW" "$CLI" --database "$desk" --now 2026-03-09T16:00:00+09:00 "$@"; }
as_desk sample-data
as_desk tickets --format tsv > "$T/before.tsv"

echo "== backup (the cron line)"; echo "$dump_cmd"
sh -c "$dump_cmd"
[ -s "$dump_file" ]

echo "== restore (as postgres)"; printf '%s\n' "$restore"
sh -c "$restore"

echo "== the desk again"
as_desk tickets --format tsv > "$T/after.tsv"
diff "$T/before.tsv" "$T/after.tsv"
printf 'From: a@acme.co.jp\r\nSubject: after restore\r\nMessage-ID: <r@acme>\r\n\r\nx\r\n' > "$T/one.eml"
as_desk import "$T/one.eml"
owner=$(psql -d madoguchi -Atc "SELECT tableowner FROM pg_tables WHERE tablename = 'schema_version'")
[ "$owner" = madoguchi ] || { echo "schema_version belongs to $owner" >&2; exit 1; }
echo "restore cycle as documented: ok ($(wc -l < "$T/after.tsv") tickets)"
