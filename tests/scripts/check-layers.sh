#!/usr/bin/env bash
# check-layers.sh [SOURCE_DIR]: the layering rules that keep the rooms apart (docs/architecture.md).
# - app/mail/imap/ is an IMAP client only: it includes nothing but core/, itself, Qt and the
#   standard library (never tickets/, store/, the sync service or other mail code);
# - app/ (the core) never includes QtWidgets, QtGui widgets or ui/ headers.
# Prints each offending include and fails; prints a closing count either way.
set -euo pipefail
TOP=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$TOP"
bad=0
report() { echo "FAIL!  : $1"; bad=$((bad + 1)); }

while IFS= read -r line; do
  file=${line%%:*}
  inc=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<<"$line")
  case "$inc" in
    core/* | mail/imap/*) ;;
    *) report "$file includes \"$inc\": app/mail/imap/ may include only core/ and mail/imap/" ;;
  esac
done < <(grep -HE '^\s*#\s*include\s+"' app/mail/imap/*.h app/mail/imap/*.cpp || true)

while IFS= read -r line; do
  report "${line%%:*} includes a widget header: the core in app/ never links QtWidgets (${line#*:})"
done < <(grep -rHE '^\s*#\s*include\s+[<"](QtWidgets|QWidget|QApplication|QMainWindow|QDialog|QMessageBox)' app || true)

for dir in desk reply reports calendar settings sync; do
  while IFS= read -r line; do
    report "${line%%:*} includes ui/ code (${line#*:})"
  done < <(grep -rHE "^\s*#\s*include\s+\"$dir/[A-Z][A-Za-z]*(View|Page|Dialog|Editor|Panel|Bar|Window|Wizard|Form|Model|List|Charts|Printer|Banner|Notifier|Notifications|Startup|Outbox|MailboxSync)\.h\"" app 2>/dev/null | grep -v "app/mail/" || true)
done

if [ "$bad" = 0 ]; then
  echo "PASS   : app/mail/imap/ includes only core/ and itself; app/ includes no widgets"
  echo "1 passed, 0 failed"
else
  echo "0 passed, $bad failed"
  exit 1
fi
