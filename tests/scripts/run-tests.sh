#!/usr/bin/env bash
# run-tests.sh [CTEST ARGS...]: the whole test suite as CI runs it (README's test command):
# ctest over build/ (BUILD_DIR), then a check that no server the tests started outlived them.
# The run gets its own TMPDIR and MADOGUCHI_TEST_RUN_ID, which every tests/scripts/with-*.sh
# wrapper passes on to the servers it starts; tests/scripts/check-no-servers-left.sh finds any
# such process still running afterwards and fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-build}
# Short names: Dovecot's unix sockets live below it, and a socket path has at most 107 bytes.
RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/mrun.XXXXXX")
chmod 755 "$RUN_DIR" # Dovecot's mail user (nobody) must reach the wrappers' folders
export TMPDIR=$RUN_DIR
export MADOGUCHI_TEST_RUN_ID=${RUN_DIR##*/}
set +e
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 "$@"
rc=$?
set -e
tests/scripts/check-no-servers-left.sh "$MADOGUCHI_TEST_RUN_ID" "$RUN_DIR" || rc=1
rm -rf "$RUN_DIR"
exit $rc
