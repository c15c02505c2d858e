#!/usr/bin/env bash
# with-notifications.sh COMMAND [ARGS...]
# Runs COMMAND on a private D-Bus session with a real desktop notification service (dunst on
# its own Xvfb display), so desktop notices are shown and clicked as on a desktop without a
# system tray. Exports MADOGUCHI_TEST_DUNSTCTL for the test to count and click notices.
set -euo pipefail
for tool in dbus-run-session dbus-send dunst dunstctl Xvfb; do
  command -v "$tool" >/dev/null || { echo "with-notifications.sh: $tool missing (see setup.sh)" >&2; exit 1; }
done
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/test-servers.sh"
D=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-notify.XXXXXX")
servers_init "$D" with-notifications.sh

# Inside the private bus: Xvfb picks a free display (-displayfd), dunst shows notices on it;
# both run as jobs of this shell and are killed before it returns.
INNER='
exec 5>"$NOTIFY_DIR/display"
Xvfb -displayfd 5 -screen 0 800x600x24 -nolisten tcp >"$NOTIFY_DIR/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 200); do [ -s "$NOTIFY_DIR/display" ] && break; sleep 0.05; done
export DISPLAY=":$(cat "$NOTIFY_DIR/display")"
: >"$NOTIFY_DIR/dunstrc"
dunst -config "$NOTIFY_DIR/dunstrc" >"$NOTIFY_DIR/dunst.log" 2>&1 &
dunst=$!
ready=0
for _ in $(seq 200); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q "boolean true"; then
    ready=1; break
  fi
  sleep 0.05
done
if [ "$ready" != 1 ]; then
  echo "with-notifications.sh: dunst did not start:" >&2; cat "$NOTIFY_DIR/dunst.log" "$NOTIFY_DIR/xvfb.log" >&2
  kill -KILL "$dunst" "$xvfb" 2>/dev/null; exit 1
fi
unset DISPLAY # the test itself runs offscreen: no tray, so notices take the D-Bus path
export MADOGUCHI_TEST_DUNSTCTL=$(command -v dunstctl)
set +e
"$@"
rc=$?
kill "$dunst" "$xvfb" 2>/dev/null
for _ in $(seq 100); do kill -0 "$dunst" 2>/dev/null || kill -0 "$xvfb" 2>/dev/null || break; sleep 0.05; done
kill -KILL "$dunst" "$xvfb" 2>/dev/null
exit $rc
'
# dbus-daemon's complaint about the fd limit is harmless.
SERVERS_STDERR_FILTER='Failed to set fd limit'
export NOTIFY_DIR="$D"
servers_run dbus-run-session -- bash -c "$INNER" bash "$@"
