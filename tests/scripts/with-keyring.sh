#!/usr/bin/env bash
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND on a private D-Bus session with an unlocked gnome-keyring (the Secret Service
# QtKeychain talks to), in a throwaway HOME, and removes everything afterwards. QtKeychain
# 0.13 has no working fallback without a keyring, so keychain tests need this.
set -euo pipefail
command -v dbus-run-session >/dev/null || { echo "with-keyring.sh: dbus-run-session missing" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring.sh: gnome-keyring-daemon missing" >&2; exit 1; }

D=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-keyring.XXXXXX")
trap 'rm -rf "$D"' EXIT INT TERM
mkdir -p "$D/home" "$D/run"
chmod 700 "$D/run"
set +e
KEYRING_LOG="$D/keyring.log" HOME="$D/home" XDG_RUNTIME_DIR="$D/run" XDG_DATA_HOME="$D/home/.local/share" dbus-run-session -- sh -c \
  'printf %s madoguchi-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>>"$KEYRING_LOG" && exec "$@"' \
  sh "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
rc=$?
set -e
exit $rc
