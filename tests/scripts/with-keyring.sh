#!/usr/bin/env bash
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND on a private D-Bus session with an unlocked gnome-keyring (the Secret Service
# QtKeychain talks to), in a throwaway HOME, and removes everything afterwards. QtKeychain
# 0.13 has no working fallback without a keyring, so keychain tests need this.
#
# The keyring daemon runs in the foreground of a background job and is killed explicitly:
# left to daemonise, it outlived the bus and kept the caller's pipes open, so ctest waited
# for it until the test's timeout.
set -euo pipefail
command -v dbus-run-session >/dev/null || { echo "with-keyring.sh: dbus-run-session missing" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring.sh: gnome-keyring-daemon missing" >&2; exit 1; }
command -v dbus-send >/dev/null || { echo "with-keyring.sh: dbus-send missing" >&2; exit 1; }

HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/test-servers.sh"
D=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-keyring.XXXXXX")
servers_init "$D" with-keyring.sh
mkdir -p "$D/home" "$D/run"
chmod 700 "$D/run"

# Inside the private bus: start the daemon, wait until it owns org.freedesktop.secrets, run
# the command, stop the daemon, return the command's status.
INNER='
printf %s madoguchi-test-keyring | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >/dev/null 2>>"$KEYRING_LOG" &
keyring=$!
ready=0
for _ in $(seq 200); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
    ready=1; break
  fi
  kill -0 "$keyring" 2>/dev/null || break
  sleep 0.05
done
if [ "$ready" != 1 ]; then
  echo "with-keyring.sh: gnome-keyring-daemon did not start; its log:" >&2
  cat "$KEYRING_LOG" >&2
  kill -KILL "$keyring" 2>/dev/null
  exit 1
fi
set +e
"$@"
rc=$?
kill "$keyring" 2>/dev/null
for _ in $(seq 100); do kill -0 "$keyring" 2>/dev/null || break; sleep 0.05; done
kill -KILL "$keyring" 2>/dev/null
exit $rc
'
# dbus-daemon's complaint about the fd limit is harmless.
SERVERS_STDERR_FILTER='Failed to set fd limit'
export KEYRING_LOG="$D/keyring.log" HOME="$D/home" XDG_RUNTIME_DIR="$D/run" XDG_DATA_HOME="$D/home/.local/share"
servers_run dbus-run-session -- sh -c "$INNER" sh "$@"
