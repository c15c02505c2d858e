#!/usr/bin/env bash
# run-sanitized.sh [CTEST ARGS...]: the test suite again in an AddressSanitizer + UBSan build
# (issue 17 "Sanitizers in CI", issue 13 "No crash"); tests/scripts/run-tests.sh runs it as
# the second part of CI. Configures build-asan/ (SANITIZE_BUILD_DIR) with clang and
# -DMADOGUCHI_SANITIZE=ON, builds it (ccache keeps a rebuild short), and runs its ctest through
# run-tests.sh, so the GUI tests run offscreen and the test servers are checked afterwards
# exactly as in the normal run. The same build holds the libFuzzer targets (fuzz_*), which
# run-tests.sh runs next.
#
# Left out of the sanitized run, by name (each still runs in the normal build):
#   tst_testservers  tests the shell wrappers that start the test servers; no program of ours
#                    runs in it.
#   tst_layers       a grep over the sources.
#   tst_packages     builds, lints and installs the .deb packages: a packaging test, and
#                    packages of sanitized programs are not what anyone installs.
#   tst_largemailbox a scale test (a 200,000-message mailbox in Dovecot): 66 s in the normal
#                    build, 13 minutes here; the same sync code runs under the sanitizers in
#                    tst_mailboxsync, tst_imap* and tst_intakekill on smaller mailboxes.
# Any report (ASan, UBSan, LeakSanitizer) ends the test with a failure and a stack trace.
set -euo pipefail
cd "$(dirname "$0")/../.."
SANITIZE_BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
# Debug keeps Q_ASSERT (Qt's own bounds checks in its inline code) on; -O1 keeps it fast
# enough; -g1 (line tables) is all a stack trace needs.
TIMEFORMAT="run-sanitized: build: %R s wall, %U s user + %S s sys CPU"
time {
    cmake -S . -B "$SANITIZE_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
        -DCMAKE_CXX_COMPILER=clang++ -DMADOGUCHI_SANITIZE=ON >/dev/null
    cmake --build "$SANITIZE_BUILD_DIR" -j2
}

# halt_on_error: the first report ends the program (UBSan too, with -fno-sanitize-recover).
# LeakSanitizer runs at exit; tests/scripts/lsan.supp names the leaks that are not ours.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/scripts/lsan.supp:print_suppressions=0}

rc=0
TIMEFORMAT="run-sanitized: tests: %R s wall, %U s user + %S s sys CPU"
time BUILD_DIR=$SANITIZE_BUILD_DIR tests/scripts/run-tests.sh -E '^(tst_testservers|tst_layers|tst_packages|tst_largemailbox)$' "$@" \
    || rc=$?
exit $rc
