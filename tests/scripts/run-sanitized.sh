#!/usr/bin/env bash
# run-sanitized.sh [CTEST ARGS...]: the test suite again in an AddressSanitizer + UBSan build
# (issue 17 "Sanitizers in CI", issue 13 "No crash"). Configures build-asan/ (SANITIZE_BUILD_DIR)
# with -DMADOGUCHI_SANITIZE=ON, builds it, and runs its ctest through run-tests.sh, so the GUI
# tests run offscreen and the test servers are checked afterwards exactly as in the normal run.
#
# Left out of the sanitized run, by name:
#   tst_largemailbox  200,000 messages through Dovecot: 6 minutes in the normal build and a
#                     data-volume test, not a memory test; the normal run keeps it.
#   tst_testservers   tests the shell wrappers only (no program of ours runs in it).
#   tst_layers        a grep over the sources.
# Any report (ASan, UBSan, LeakSanitizer) ends the test with a failure and a stack trace.
set -euo pipefail
cd "$(dirname "$0")/../.."
SANITIZE_BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
started=$(date +%s)
# Debug keeps Q_ASSERT (Qt's own bounds checks in its inline code) on; -O1 keeps it fast enough.
cmake -S . -B "$SANITIZE_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DMADOGUCHI_SANITIZE=ON >/dev/null
cmake --build "$SANITIZE_BUILD_DIR" -j2
built=$(date +%s)
echo "run-sanitized: build took $((built - started)) s"

# halt_on_error: the first report ends the program (UBSan too, with -fno-sanitize-recover).
# LeakSanitizer runs at exit; no leak has needed a suppression so far.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

set +e
BUILD_DIR=$SANITIZE_BUILD_DIR tests/scripts/run-tests.sh -E '^(tst_largemailbox|tst_testservers|tst_layers)$' "$@"
rc=$?
set -e
echo "run-sanitized: tests took $(($(date +%s) - built)) s, rc $rc"
exit $rc
