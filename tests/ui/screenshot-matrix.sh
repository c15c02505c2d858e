#!/bin/bash
# screenshot-matrix.sh OUTDIR [BUILD_DIR]: pictures of the desk, a ticket, the Reports window
# and Settings, in Japanese and English, on screens of 1024×700, 1366×768, 1600×900 and
# 1920×1080, and at 150 % on 1920×1080 (QT_SCALE_FACTOR=1.5: 1280×720 logical pixels), for a
# person to look at (issue 13). Offscreen (no X server needed): the screen of each size is
# the offscreen platform's, from a configfile.
#
# - the fixture is tests/ui/screenshot_fixture.cpp (~30 tickets in every state) with its
#   clock fixed at Tuesday 24 November 2026 16:10 JST (MADOGUCHI_NOW);
# - Japanese uses translations/*.ts plus translations/pending/*.tsv (tests/scripts/pending-qm.sh);
# - files: OUTDIR/{desk,ticket,reports,settings}-WIDTHxHEIGHT[-150]-{ja,en}.png, and from
#   madoguchi-availability-screenshots (its own fixture, issue 15) the Availability view and
#   the desk with an open incident: OUTDIR/{availability,incident}-WIDTHxHEIGHT[-150]-{ja,en}.png;
# - each window opens fitted to its screen; a window larger than the screen is reported
#   and makes the script fail.
#
# Needs the targets madoguchi-screen-matrix, madoguchi-screenshot-fixture and
# madoguchi-availability-screenshots.
set -euo pipefail
OUT=${1:?usage: screenshot-matrix.sh OUTDIR [BUILD_DIR]}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "${2:-$SRC/build}" && pwd)
NOW=${MADOGUCHI_SCREENSHOT_NOW:-2026-11-24T16:10:00+09:00}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

T=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-matrix.XXXXXX")
trap 'rm -rf "$T"' EXIT
"$BUILD/tests/ui/madoguchi-screenshot-fixture" "$T/desk.sqlite" "$NOW"
"$SRC/tests/scripts/pending-qm.sh" "$T/qm"

export HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" XDG_DATA_HOME="$T/home/.local/share"
export MADOGUCHI_NOW="$NOW" MADOGUCHI_DATABASE="$T/desk.sqlite" MADOGUCHI_QM_DIR="$T/qm"
export QT_LOGGING_RULES="*.debug=false;qt.qpa.*=false"
mkdir -p "$HOME"

failed=0
for screen in 1024x700 1366x768 1600x900 1920x1080 1920x1080@150; do
    size=${screen%@*}
    scale=1
    tag=$size
    if [ "$screen" != "$size" ]; then scale=1.5; tag="$size-150"; fi
    w=${size%x*}; h=${size#*x}
    cat > "$T/screen-$tag.json" <<JSON
{ "windowFrameMargins": false,
  "screens": [ { "name": "screen", "x": 0, "y": 0, "width": $w, "height": $h,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] }
JSON
    for lang in ja en; do
        if [ "$lang" = ja ]; then locale=ja_JP.UTF-8; else locale=C.UTF-8; fi
        for program in madoguchi-screen-matrix madoguchi-availability-screenshots; do
            rc=0
            LANG=$locale LC_ALL=$locale LANGUAGE=$lang QT_SCALE_FACTOR=$scale \
                QT_QPA_PLATFORM="offscreen:configfile=$T/screen-$tag.json" \
                "$BUILD/tests/ui/$program" "$OUT" "$tag-$lang" >"$T/run.log" 2>&1 || rc=$?
            grep -v "propagateSizeHints" "$T/run.log" || true
            [ "$rc" = 0 ] || failed=1
        done
    done
done
ls "$OUT"/*.png | wc -l | xargs echo "pictures:"
exit $failed
