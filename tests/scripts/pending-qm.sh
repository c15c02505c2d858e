#!/bin/bash
# pending-qm.sh OUTDIR: writes OUTDIR/madoguchi_ja.qm, the Japanese translation as it will be
# once translations/pending/*.tsv are merged (lupdate over app/ and ui/, merge-pending.py,
# lrelease), so new strings can be seen and tested in Japanese before the lead merges them.
set -euo pipefail
OUT=${1:?output dir}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
QTBIN=/usr/lib/qt6/bin
W=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-qm.XXXXXX")
trap 'rm -rf "$W"' EXIT
cp -r "$SRC/translations" "$W/translations"
"$QTBIN/lupdate" -silent -locations none -no-obsolete "$SRC/app" "$SRC/ui" -ts "$W/translations/madoguchi_ja.ts" >/dev/null
/usr/bin/python3 "$W/translations/merge-pending.py" >"$W/merge.log" || true
mkdir -p "$OUT"
"$QTBIN/lrelease" -silent "$W/translations/madoguchi_ja.ts" -qm "$OUT/madoguchi_ja.qm"
