#!/usr/bin/env bash
# check-no-servers-left.sh RUN_ID RUN_DIR
# After a test run (tests/scripts/run-tests.sh): fails, naming each one, if any process that
# the run's tests started is still running: a process with MADOGUCHI_TEST_RUN_ID=RUN_ID in its
# environment, or whose working directory or an open file lies in RUN_DIR (the run's TMPDIR,
# where every wrapper keeps its servers' files). Waits up to 10 s for servers that are just
# shutting down, then kills what is left so that it cannot disturb the next run.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: check-no-servers-left.sh RUN_ID RUN_DIR" >&2; exit 2; }
RUN_ID=$1
RUN_DIR=$2
# This script's own commands must not carry the run's marks, or it would find them.
unset MADOGUCHI_TEST_RUN_ID MADOGUCHI_TEST_SERVER_TAGS
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/test-servers.sh"

# This script and the shells that called it are not left-overs.
ANCESTORS=" "
pid=$$
while [ -n "$pid" ] && [ "$pid" != 0 ]; do
  ANCESTORS+="$pid "
  pid=$(awk '/^PPid:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
done

left_over() {
  local pid pattern
  pattern="^MADOGUCHI_TEST_RUN_ID=$(printf '%s' "$RUN_ID" | sed 's/[.[\*^$]/\\&/g')\$"
  servers_processes_under "$RUN_DIR" "$pattern" | sort -un | while read -r pid; do
    case "$ANCESTORS" in *" $pid "*) continue ;; esac
    [ "$pid" = "$BASHPID" ] && continue
    if servers_alive "$pid"; then echo "$pid"; fi
  done
  return 0
}

# Ten seconds of wall time, however long one look at /proc takes on a busy machine (counting
# 200 looks took over 120 s at load 20, issue 19).
deadline=$((SECONDS + 10))
while :; do
  pids=$(left_over | tr '\n' ' ')
  [ -z "$pids" ] && exit 0
  [ "$SECONDS" -ge "$deadline" ] && break
  sleep 0.05
done
report=
for pid in $pids; do
  line=$({ stat -c %U "/proc/$pid" && tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | tr '\n' ' ') || continue
  servers_alive "$pid" && report+="  $pid $line"$'\n'
done
[ -z "$report" ] && exit 0
printf 'check-no-servers-left.sh: these processes started by the tests outlived them:\n%s' "$report" >&2
# shellcheck disable=SC2086
kill -KILL $pids 2>/dev/null || true
exit 1
