# test-servers.sh — sourced by every tests/scripts/with-*.sh wrapper that starts a server.
#
# The rules every wrapper keeps (issue 19):
# - A server runs in the foreground as a job of the wrapper, so its PID is known the moment it
#   starts, before the wrapper waits for a port or a pid file, and it stays in the wrapper's
#   process tree (ctest's kill of a timed-out test reaches it).
# - Everything the wrapper starts carries two variables in its environment:
#     MADOGUCHI_TEST_SERVER_TAGS  ":OUTER:INNER:" — the temporary folder of this wrapper and
#                                 of every wrapper around it
#     MADOGUCHI_TEST_RUN_ID       the whole test run (set by tests/scripts/run-tests.sh)
#   Stopping sweeps the first (whatever a server forked, under whichever user, also what a
#   nested wrapper started if that wrapper was killed before its own cleanup), and
#   tests/scripts/check-no-servers-left.sh looks for the second after the suite.
# - The command runs as a job too, so TERM, INT and HUP reach the wrapper's trap at once, and
#   every exit path (success, a failed command, a failed start, a signal) stops what was started.
#
# Use:
#   . "$HERE/test-servers.sh"
#   servers_init "$TOP" NAME      # after making the temporary folder; sets the traps
#   some-server ... & servers_track $! "description" [SIGNAL]
#   servers_wait_until "description" SECONDS COMMAND...   # fails early if a tracked server died
#   servers_run "$@"              # runs the wrapped command; exits with its status
#   servers_start_on_free_port WHAT LOG START_FUNCTION ARGS...   # see below
# A wrapper may define servers_before_stop (e.g. to print a log on failure); it runs first.

SERVERS_PIDS=()
SERVERS_NAMES=()
SERVERS_SIGNALS=()
SERVERS_COMMAND=
SERVERS_TOP=
SERVERS_NAME=
SERVERS_STOPPED=0

servers_init() {
  SERVERS_TOP=$1
  SERVERS_NAME=$2
  export MADOGUCHI_TEST_SERVER_TAGS="${MADOGUCHI_TEST_SERVER_TAGS:-:}$SERVERS_TOP:"
  export MADOGUCHI_TEST_RUN_ID=${MADOGUCHI_TEST_RUN_ID:-adhoc}
  trap 'servers_cleanup' EXIT
  trap 'servers_signal 129' HUP
  trap 'servers_signal 130' INT
  trap 'servers_signal 143' TERM
}

# servers_track PID NAME [SIGNAL]: SIGNAL (default TERM) asks the server to shut down.
servers_track() {
  SERVERS_PIDS+=("$1")
  SERVERS_NAMES+=("$2")
  SERVERS_SIGNALS+=("${3:-TERM}")
}

# servers_free_port ADDR: a loopback port nothing listens on now (another process may take it
# before the server binds it: servers_start_on_free_port tries again then).
servers_free_port() {
  /usr/bin/python3 -c 'import socket, sys
s = socket.socket(); s.bind((sys.argv[1], 0)); print(s.getsockname()[1]); s.close()' "$1"
}

# servers_start_on_free_port WHAT LOG START_FUNCTION ARGS...: runs START_FUNCTION (which picks
# its ports with servers_free_port, starts the server, tracks it last and waits for it) again,
# up to 5 times, while the server it started exited with LOG saying "Address already in use".
servers_start_on_free_port() {
  local what=$1 log=$2 attempt pid i
  shift 2
  for attempt in 1 2 3 4 5; do
    "$@" && return 0
    pid=${SERVERS_PIDS[-1]}
    if [ "$attempt" = 5 ] || servers_alive "$pid" || ! grep -qi 'address already in use' "$log" 2>/dev/null; then
      return 1
    fi
    echo "$SERVERS_NAME: a port of $what was taken before it bound it; trying others" >&2
    for i in "${!SERVERS_PIDS[@]}"; do # forget it: it has exited
      [ "${SERVERS_PIDS[$i]}" = "$pid" ] && unset 'SERVERS_PIDS[i]' 'SERVERS_NAMES[i]' 'SERVERS_SIGNALS[i]'
    done
    wait "$pid" 2>/dev/null || true
    : >"$log"
  done
}

servers_signal() {
  trap - HUP INT TERM
  echo "$SERVERS_NAME: stopped by a signal; stopping the servers it started" >&2
  exit "$1"
}

# servers_alive PID: true while PID runs (a zombie has stopped).
servers_alive() {
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

# servers_check_started: fails with the server's name if a tracked server has already exited.
servers_check_started() {
  local i
  for i in "${!SERVERS_PIDS[@]}"; do
    if ! servers_alive "${SERVERS_PIDS[$i]}"; then
      echo "$SERVERS_NAME: ${SERVERS_NAMES[$i]} exited while starting" >&2
      return 1
    fi
  done
}

# servers_wait_until WHAT SECONDS COMMAND...: polls COMMAND every 50 ms.
servers_wait_until() {
  local what=$1 seconds=$2 deadline
  shift 2
  deadline=$((SECONDS + seconds))
  while :; do
    if "$@" >/dev/null 2>&1; then return 0; fi
    servers_check_started || return 1
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$SERVERS_NAME: $what was not ready after $seconds s" >&2
      return 1
    fi
    sleep 0.05
  done
}

# servers_processes_under DIR PATTERN: PIDs (one a line, unsorted, may repeat) of processes
# whose working directory or an open file lies in DIR, or whose environment has a variable
# matching the extended regular expression PATTERN. Both are needed: Dovecot and PostgreSQL
# write their process titles over their environment, and a test program keeps its working
# directory elsewhere.
servers_processes_under() {
  local dir=$1 pattern=$2
  {
    find /proc/[0-9]*/cwd /proc/[0-9]*/fd -maxdepth 1 \( -lname "$dir" -o -lname "$dir/*" \) 2>/dev/null
    # (without the tags itself, so grep does not find its own environment)
    env -u MADOGUCHI_TEST_SERVER_TAGS -u MADOGUCHI_TEST_RUN_ID grep -lzsE "$pattern" /proc/[0-9]*/environ 2>/dev/null
  } | cut -d/ -f3 || true
}

# servers_tagged: PIDs of live processes started under this wrapper instance, the wrapper's
# own shells excluded (bash keeps exported variables out of its own /proc/PID/environ).
servers_tagged() {
  # In a subshell without the tags, so the pipeline's own commands (cut, sort, awk) are not
  # found in the middle of it.
  (
    unset MADOGUCHI_TEST_SERVER_TAGS MADOGUCHI_TEST_RUN_ID
    local pid pattern
    pattern="^MADOGUCHI_TEST_SERVER_TAGS=.*:$(printf '%s' "$SERVERS_TOP" | sed 's/[.[\*^$]/\\&/g'):"
    servers_processes_under "$SERVERS_TOP" "$pattern" | sort -u | while read -r pid; do
      [ "$pid" = "$$" ] && continue
      if servers_alive "$pid"; then echo "$pid"; fi
    done
  )
  return 0
}

# servers_wait_gone SECONDS PID...: waits until none of PIDs runs; true if they all stopped.
servers_wait_gone() {
  local seconds=$1 deadline pid left
  shift
  deadline=$((SECONDS + seconds))
  while :; do
    left=0
    for pid in "$@"; do servers_alive "$pid" && left=1; done
    [ "$left" = 0 ] && return 0
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 0.05
  done
}

servers_stop() {
  [ "$SERVERS_STOPPED" = 1 ] && return 0
  SERVERS_STOPPED=1
  local i pid pids
  # From here on nothing this shell runs (tr, sleep, kill) carries the marks the sweep looks for.
  unset MADOGUCHI_TEST_SERVER_TAGS MADOGUCHI_TEST_RUN_ID
  # The wrapped command first (still running only after a signal): it is the servers' client,
  # and a nested wrapper needs a moment for its own cleanup.
  if [ -n "$SERVERS_COMMAND" ] && servers_alive "$SERVERS_COMMAND"; then
    kill -TERM "$SERVERS_COMMAND" 2>/dev/null || true
    servers_wait_gone 20 "$SERVERS_COMMAND" || kill -KILL "$SERVERS_COMMAND" 2>/dev/null || true
  fi
  # Then the tracked servers, politely, so they shut their children down themselves.
  for i in "${!SERVERS_PIDS[@]}"; do
    kill "-${SERVERS_SIGNALS[$i]}" "${SERVERS_PIDS[$i]}" 2>/dev/null || true
  done
  servers_wait_gone 15 "${SERVERS_PIDS[@]}" || true
  # Whatever is left of this instance (a slow server, a forked child, the wrapped command
  # after a signal): TERM, then KILL.
  pids=$(servers_tagged | tr '\n' ' ')
  if [ -n "$pids" ]; then
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null || true
    # shellcheck disable=SC2086
    servers_wait_gone 5 $pids || { kill -KILL $pids 2>/dev/null || true; }
  fi
  pids=$(servers_tagged | tr '\n' ' ')
  if [ -n "$pids" ]; then
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    # shellcheck disable=SC2086
    servers_wait_gone 5 $pids || echo "$SERVERS_NAME: could not stop processes $pids" >&2
  fi
  # Reap our own children so none stays a zombie of this shell.
  wait 2>/dev/null || true
}

servers_cleanup() {
  local rc=$?
  trap - EXIT HUP INT TERM
  set +e
  if declare -F servers_before_stop >/dev/null; then servers_before_stop "$rc" || true; fi
  servers_stop
  if [ -f "$SERVERS_TOP/command.stderr" ]; then
    grep -v -e "$SERVERS_STDERR_FILTER" "$SERVERS_TOP/command.stderr" >&2
  fi
  [ -n "$SERVERS_TOP" ] && rm -rf "$SERVERS_TOP"
  exit "$rc"
}

# servers_run COMMAND...: runs the wrapped command as a job (its stdin stays the wrapper's) and
# exits with its status; a signal to the wrapper interrupts the wait and runs the cleanup.
# With SERVERS_STDERR_FILTER set (a grep pattern), the command's stderr is held in a file and
# passed on without the matching lines when the wrapper ends (never through a pipe that a
# straggling daemon could hold open).
servers_run() {
  local rc
  if [ -n "${SERVERS_STDERR_FILTER:-}" ]; then
    "$@" <&0 2>"$SERVERS_TOP/command.stderr" &
  else
    "$@" <&0 &
  fi
  SERVERS_COMMAND=$!
  set +e
  wait "$SERVERS_COMMAND"
  rc=$?
  set -e
  exit "$rc"
}
