#!/bin/bash
# Takes docs/screenshot.png: the main window under Xvfb, in Japanese, on a realistic desk.
#
#   tests/ui/screenshot.sh [BUILD_DIR]      (default: build; needs the targets madoguchi and
#                                            madoguchi-screenshot-fixture)
#   MADOGUCHI_SCREENSHOT_SIZE=1024x700 MADOGUCHI_SCREENSHOT_OUT=/tmp/desk.png tests/ui/screenshot.sh
#   (every screen, size and language: tests/ui/screenshot-matrix.sh OUTDIR;
#    the reports in Japanese: MADOGUCHI_SCREENSHOT_DIR=DIR tests/scripts/with-pending-ja.sh
#    build/tests/ui/tst_screens, which also saves the list at every size of its layout test)
#
# - the fixture (tests/ui/screenshot_fixture.cpp) writes ~30 tickets in every state into a
#   throwaway SQLite file, around Tuesday 24 November 2026 16:10 JST (the day after a
#   Monday holiday, like Sato's morning in SCENARIOS.md);
# - the program runs with MADOGUCHI_NOW fixed to that time, MADOGUCHI_DATABASE pointing at
#   the fixture, a fresh HOME (no remembered window layout), LANG=ja_JP.UTF-8, and the
#   Japanese translation built from translations/*.ts plus translations/pending/*.tsv
#   (MADOGUCHI_QM_DIR), so strings not yet merged by the lead show in Japanese too;
# - ticket 6 (the Saturday 23:40 mail with 請求書.pdf) is opened on the right.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
NOW=${MADOGUCHI_SCREENSHOT_NOW:-2026-11-24T16:10:00+09:00}
SIZE=${MADOGUCHI_SCREENSHOT_SIZE:-1600x900}   # the screen: 1024x700, 1366x768, 1920x1080 …
OUT=${MADOGUCHI_SCREENSHOT_OUT:-$SRC/docs/screenshot.png}
QTBIN=/usr/lib/qt6/bin

T=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-shot.XXXXXX")
APP_PID=
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    rm -rf "$T"
}
trap cleanup EXIT

"$BUILD/tests/ui/madoguchi-screenshot-fixture" "$T/desk.sqlite" "$NOW"

# Japanese translation as it will be once the pending strings are merged.
"$SRC/tests/scripts/pending-qm.sh" "$T/qm"

mkdir -p "$T/home" "$(dirname "$OUT")"
export HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" XDG_DATA_HOME="$T/home/.local/share"
export LANG=ja_JP.UTF-8 LANGUAGE=ja LC_ALL=
export MADOGUCHI_NOW="$NOW" MADOGUCHI_DATABASE="$T/desk.sqlite" MADOGUCHI_USER=sato MADOGUCHI_QM_DIR="$T/qm"
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 ${SIZE}x24" bash -c '
    "$0/madoguchi" --ticket 6 & APP=$!
    # Wait until the window is mapped and has painted (poll, at most 20 s).
    for i in $(seq 1 100); do
        if xwininfo -root -tree 2>/dev/null | grep -q "窓口\|Madoguchi"; then break; fi
        sleep 0.2
    done
    sleep 1.5   # let the first paint and the list settle
    import -window root "$1"
    kill $APP; wait $APP 2>/dev/null || true
' "$BUILD/ui" "$OUT"
echo "wrote $OUT"
