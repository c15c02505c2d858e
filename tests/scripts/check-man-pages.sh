#!/usr/bin/env bash
# check-man-pages.sh CLI DESKTOP: the hand-written manual pages (docs/man/) name every command
# and option the programs have, so the pages cannot fall behind the code. Commands come from
# `madoguchi-cli --help`, options from each command's --help (and its subcommands'), the
# desktop's from `madoguchi --help`. The pages must also render without a groff warning.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
CLI=$1
DESKTOP=${2:-}
missing=0
page_has() { # PAGE WORD: WORD appears in the page, with roff's \- for each dash
  local escaped=${2//-/\\\\-}
  grep -q -e "$escaped" "$1"
}
check_page() { # PAGE WORDS...
  local page=$1; shift
  for word in "$@"; do
    if ! page_has "$page" "$word"; then
      echo "check-man-pages.sh: $(basename "$page") does not name $word" >&2
      missing=$((missing + 1))
    fi
  done
}
cli_page=$TOP/docs/man/madoguchi-cli.1
commands=$("$CLI" --help | sed -n '/^Commands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' | sort -u)
[ -n "$commands" ] || { echo "check-man-pages.sh: no commands in madoguchi-cli --help" >&2; exit 1; }
check_page "$cli_page" $commands
check_page "$cli_page" $("$CLI" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
for command in $commands; do
  usage=$("$CLI" "$command" --help 2>&1 | sed -n '1,/^$/p')
  subs=$(printf '%s\n' "$usage" | grep -o -E "(^|[ |])$command \[?[a-z][a-z-]*" | sed -E "s/.*$command \[?//" | sort -u || true)
  check_page "$cli_page" $subs
  for sub in "" $subs; do
    # shellcheck disable=SC2086
    options=$("$CLI" "$command" $sub --help 2>&1 | grep -o -- '--[a-z][a-z-]*' | { grep -v -x -e --help || true; } | sort -u)
    check_page "$cli_page" $options
  done
done
for variable in MADOGUCHI_DATABASE MADOGUCHI_NOW; do check_page "$cli_page" "$variable"; done
grep -q '^\.SH EXIT STATUS' "$cli_page" || { echo "check-man-pages.sh: madoguchi-cli.1 has no EXIT STATUS" >&2; missing=$((missing + 1)); }

if [ -n "$DESKTOP" ]; then
  desktop_page=$TOP/docs/man/madoguchi.1
  check_page "$desktop_page" $(QT_QPA_PLATFORM=offscreen "$DESKTOP" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
  check_page "$desktop_page" MADOGUCHI_DATABASE
fi

for page in "$TOP"/docs/man/*.1; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
  if [ -n "$warnings" ]; then
    echo "check-man-pages.sh: $(basename "$page") renders with warnings:" >&2
    echo "$warnings" >&2
    missing=$((missing + 1))
  fi
done
[ "$missing" = 0 ] || exit 1
echo "check-man-pages.sh: every command and option is in the manual pages"
