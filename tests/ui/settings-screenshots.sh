#!/usr/bin/env bash
# settings-screenshots.sh BUILD_DIR OUTDIR
# Pictures of the first-run setup and every Settings page in Japanese under Xvfb. The
# Japanese still waiting in translations/pending/ is compiled into a temporary .qm so new
# strings can be checked before they are merged into madoguchi_ja.ts.
set -euo pipefail
BUILD=${1:?build dir}; OUT=${2:?output dir}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cp -r "$SRC/translations" "$T/translations"
/usr/lib/qt6/bin/lupdate -silent -locations none "$SRC/app" "$SRC/ui" -ts "$T/translations/madoguchi_ja.ts" >/dev/null
/usr/bin/python3 "$T/translations/merge-pending.py" >/dev/null || true
/usr/lib/qt6/bin/lrelease -silent "$T/translations/madoguchi_ja.ts" -qm "$T/pending_ja.qm"
LANG=ja_JP.UTF-8 LC_ALL=ja_JP.UTF-8 LANGUAGE=ja xvfb-run -a -s "-screen 0 1280x900x24" \
  "$BUILD/tests/ui/madoguchi-settings-screenshots" "$OUT" "$T/pending_ja.qm" -platform xcb
