#!/usr/bin/env bash
# run-bench-team.sh [--clients 50] [--seconds 120] [--seed 1] [other madoguchi-bench-team options]
# Runs madoguchi-bench-team (a team of desks on one PostgreSQL, issue 16) against a throwaway
# PostgreSQL 15 on loopback (tests/scripts/with-postgres.sh starts it and stops it on every
# exit path) with PostgreSQL's default max_connections of 100 unless
# MADOGUCHI_TEST_PG_MAX_CONNECTIONS says otherwise. MADOGUCHI_BENCH_TEAM names the program
# (default: build/tests/bench/madoguchi-bench-team).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=${MADOGUCHI_BENCH_TEAM:-$HERE/../../build/tests/bench/madoguchi-bench-team}
[ -x "$BENCH" ] || { echo "run-bench-team.sh: $BENCH not built (cmake --build build --target madoguchi-bench-team)" >&2; exit 2; }
export MADOGUCHI_TEST_PG_MAX_CONNECTIONS=${MADOGUCHI_TEST_PG_MAX_CONNECTIONS:-100}
exec "$HERE/../scripts/with-postgres.sh" "$BENCH" "$@"
