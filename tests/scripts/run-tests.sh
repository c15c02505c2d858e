#!/usr/bin/env bash
# run-tests.sh [CTEST ARGS...]: the test suite.
#
# With no arguments (the README's test command, what CI runs) three parts, each in a run
# folder of its own and each followed by tests/scripts/check-no-servers-left.sh; any failure
# fails the run, and every part runs even when an earlier one failed:
#   1. ctest over build/ (BUILD_DIR), the build setup.sh made;
#   2. the whole suite again in the AddressSanitizer + UBSan build, GUI tests included
#      (tests/scripts/run-sanitized.sh: build-asan/, configured and built here when needed);
#   3. every libFuzzer target for FUZZ_SECONDS (default 30) seconds, two at a time, with the
#      fuzzers of that same build (tests/fuzz/run.sh), mutations seeded by FUZZ_SEED (default 1)
#      so that CI's verdict on a tree repeats; explore with other seeds or longer by hand.
# Each part prints its wall and CPU time ("run-tests: PART: ...").
#
# With ctest arguments (run-tests.sh -R 'tst_x|tst_y'), or RUN_TESTS_SUITE_ONLY=1 (stress.sh):
# only ctest over BUILD_DIR (with them), then the check for left-over servers, as developers
# iterate.
#
# Every run folder is the tests' TMPDIR, named by MADOGUCHI_TEST_RUN_ID, which every
# tests/scripts/with-*.sh wrapper passes on to the servers it starts; check-no-servers-left.sh
# finds any such process still running afterwards and fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-build}

# in_run_folder CMD...: CMD with a fresh short TMPDIR and run id, then the left-over check.
in_run_folder() {
    local base=${TMPDIR:-/tmp} run_dir rc
    # Short names: Dovecot's unix sockets live below it, and a socket path has at most 107 bytes.
    run_dir=$(mktemp -d "$base/mrun.XXXXXX")
    chmod 755 "$run_dir" # Dovecot's mail user (nobody) must reach the wrappers' folders
    rc=0
    TMPDIR=$run_dir MADOGUCHI_TEST_RUN_ID=${run_dir##*/} "$@" || rc=$?
    tests/scripts/check-no-servers-left.sh "${run_dir##*/}" "$run_dir" || rc=1
    rm -rf "$run_dir"
    return $rc
}

if [ $# -gt 0 ] || [ "${RUN_TESTS_SUITE_ONLY:-}" = 1 ]; then
    in_run_folder ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 "$@"
    exit
fi

status=0
# part NAME CMD...: one part of the CI run, timed (CPU: this shell's waited-for children,
# so a server that detaches itself, like PostgreSQL's postmaster, is not counted).
part() {
    local name=$1 rc=0
    shift
    echo "run-tests: $name ..."
    local TIMEFORMAT="run-tests: $name: %R s wall, %U s user + %S s sys CPU"
    time "$@" || rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "run-tests: $name FAILED (status $rc)"
        status=1
    fi
}

part "suite ($BUILD_DIR)" in_run_folder ctest --test-dir "$BUILD_DIR" --output-on-failure -j2
part "sanitized suite" tests/scripts/run-sanitized.sh
part "fuzzing" in_run_folder env FUZZ_NO_BUILD=1 FUZZ_BUILD_DIR="${SANITIZE_BUILD_DIR:-build-asan}" \
    FUZZ_JOBS=2 FUZZ_SEED="${FUZZ_SEED:-1}" tests/fuzz/run.sh "${FUZZ_SECONDS:-30}"
[ "$status" -eq 0 ] && echo "run-tests: all parts passed" || echo "run-tests: FAILED"
exit $status
