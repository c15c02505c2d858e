#!/usr/bin/env bash
# stress.sh RUNS [CTEST ARGS...]: runs the suite (tests/scripts/run-tests.sh, its first part
# only: not the sanitized build nor the fuzzers) RUNS times in a row with two
# CPU-bound processes (HOGS, default 2) beside it, as on a busy CI machine, and prints one line
# per run and a summary. Logs go to STRESS_LOGS (default a new folder under /tmp), one per run.
# Exits non-zero if any run failed. The CPU hogs are stopped by PID on every exit path.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:?usage: stress.sh RUNS [CTEST ARGS...]}
shift
HOGS=${HOGS:-2}
LOGS=${STRESS_LOGS:-$(mktemp -d /tmp/madoguchi-stress.XXXXXX)}
mkdir -p "$LOGS"
HOG_PIDS=()
stop_hogs() {
  if [ ${#HOG_PIDS[@]} -gt 0 ]; then kill "${HOG_PIDS[@]}" 2>/dev/null || true; fi
  wait 2>/dev/null || true
}
trap stop_hogs EXIT
trap 'exit 143' TERM INT HUP
for _ in $(seq "$HOGS"); do
  yes >/dev/null &
  HOG_PIDS+=("$!")
done
echo "stress.sh: $RUNS runs, $HOGS CPU hogs (${HOG_PIDS[*]}), logs in $LOGS"
failures=0
for i in $(seq "$RUNS"); do
  start=$SECONDS
  set +e
  RUN_TESTS_SUITE_ONLY=1 tests/scripts/run-tests.sh "$@" >"$LOGS/run-$i.log" 2>&1
  rc=$?
  set -e
  summary=$(grep -E 'tests passed|tests failed' "$LOGS/run-$i.log" | tail -1)
  failed=$(sed -n '/The following tests FAILED/,$p' "$LOGS/run-$i.log" | grep -E '^\s+[0-9]+ - ' | sed 's/^\s*//' | tr '\n' ';' || true)
  left=$(grep -c 'outlived them' "$LOGS/run-$i.log" || true)
  echo "run $i: rc=$rc, $((SECONDS - start)) s, $summary${failed:+, failed: $failed}$([ "$left" != 0 ] && echo ', servers left running')"
  [ "$rc" = 0 ] || failures=$((failures + 1))
done
echo "stress.sh: $((RUNS - failures)) of $RUNS runs passed"
[ "$failures" = 0 ]
