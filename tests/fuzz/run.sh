#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS [TARGET...]: builds the libFuzzer targets with clang, AddressSanitizer
# and UBSan in build-fuzz/ (FUZZ_BUILD_DIR) and runs each (default: all) for SECONDS, starting
# from its seeds in tests/fuzz/corpus/TARGET/. One input may take 2 s and 2 GiB at most: beyond
# that it is a finding, as a crash is. Every finding is copied to tests/fuzz/regressions/TARGET/,
# where ctest's tst_fuzz_TARGET replays it in the normal build; commit it with the fix.
# New coverage found on the way stays in build-fuzz/corpus/TARGET/ (not committed).
# FUZZ_NO_BUILD=1 runs the fuzzers already in FUZZ_BUILD_DIR without configuring or building
# (tests/scripts/run-tests.sh: those of the sanitized build-asan/). FUZZ_JOBS=2 runs two
# fuzzers at a time. FUZZ_SEED=N makes libFuzzer's mutations repeatable (CI sets it, so a run
# that passed passes again on the same tree; without it every run explores afresh).
# Exit status: 0 when no target found anything.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(imap_parser mime_message mime_header mbox maildir holiday_csv holiday_ical csv_writer cli_args)
fi

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
started=$(date +%s)
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
    cmake -S . -B "$FUZZ_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ \
        -DMADOGUCHI_FUZZ=ON -DMADOGUCHI_GUI=OFF >/dev/null
    cmake --build "$FUZZ_BUILD_DIR" -j2 --target "${TARGETS[@]/#/fuzz_}"
    echo "fuzz: build took $(($(date +%s) - started)) s"
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LC_ALL=C.UTF-8 QT_LOGGING_RULES='*.debug=false'
# fuzz_one TARGET: one fuzzer for SECONDS_PER_TARGET; its summary lines go to TARGET.summary,
# and its status (1 = it found something) to TARGET.status.
fuzz_one() {
    local target=$1 work artifacts log rc runs seeds kept new artifact
    work="$FUZZ_BUILD_DIR/corpus/$target"
    artifacts="$FUZZ_BUILD_DIR/artifacts/$target"
    mkdir -p "$work" "$artifacts"
    log="$FUZZ_BUILD_DIR/$target.log"
    rc=0
    "$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$target" "$work" "tests/fuzz/corpus/$target" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=2 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    seeds=$(find "tests/fuzz/corpus/$target" -type f | wc -l)
    kept=$(find "$work" -type f | wc -l)
    new=0
    for artifact in "$artifacts"/*; do
        [ -f "$artifact" ] || continue
        mkdir -p "tests/fuzz/regressions/$target"
        cp "$artifact" "tests/fuzz/regressions/$target/"
        rm "$artifact"
        new=$((new + 1))
    done
    {
        echo "fuzz: $target: ${runs:-0} runs, $seeds seeds, $kept inputs in the working corpus, $new findings (rc $rc)"
        if [ "$rc" -ne 0 ] || [ "$new" -ne 0 ]; then
            grep -m1 -E "ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|property broken" "$log" || true
            echo "fuzz: $target: log in $log; findings copied to tests/fuzz/regressions/$target/"
        fi
    } >"$FUZZ_BUILD_DIR/$target.summary"
    [ "$rc" -eq 0 ] && [ "$new" -eq 0 ] && echo 0 >"$FUZZ_BUILD_DIR/$target.status" || echo 1 >"$FUZZ_BUILD_DIR/$target.status"
}

# FUZZ_JOBS fuzzers at a time (default 1): each is one process, so 2 fill 2 cores.
running=0
for target in "${TARGETS[@]}"; do
    rm -f "$FUZZ_BUILD_DIR/$target.status" "$FUZZ_BUILD_DIR/$target.summary"
    if [ "$running" -ge "${FUZZ_JOBS:-1}" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    fuzz_one "$target" &
    running=$((running + 1))
done
wait || true
found=0
for target in "${TARGETS[@]}"; do
    cat "$FUZZ_BUILD_DIR/$target.summary" 2>/dev/null || echo "fuzz: $target: did not finish"
    [ "$(cat "$FUZZ_BUILD_DIR/$target.status" 2>/dev/null)" = 0 ] || found=1
done
echo "fuzz: all done in $(($(date +%s) - started)) s"
exit $found
