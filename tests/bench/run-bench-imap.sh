#!/usr/bin/env bash
# run-bench-imap.sh [COUNT] [BATCH]: starts a throwaway Dovecot with COUNT generated messages
# (default 5000) and runs madoguchi-bench-imap against it (first sync into SQLite).
# BUILD_DIR (default build) says where the benchmark was built.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
COUNT=${1:-5000}
BATCH=${2:-200}
BENCH=${BENCH:-$TOP/${BUILD_DIR:-build}/tests/bench/madoguchi-bench-imap}
[ -x "$BENCH" ] || { echo "run-bench-imap.sh: build madoguchi-bench-imap first ($BENCH)" >&2; exit 1; }
exec "$TOP/tests/scripts/with-dovecot.sh" --seed "$COUNT" "$BENCH" "$BATCH"
