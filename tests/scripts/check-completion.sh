#!/usr/bin/env bash
# check-completion.sh CLI: the bash completion (resources/completion/madoguchi-cli.bash) offers
# what the program has: its commands, each command's options and subcommands, and the values of
# options with a fixed set. It reads them from CLI's --help, so this runs it against the build.
set -euo pipefail
TOP=$(cd "$(dirname "$0")/../.." && pwd)
CLI_DIR=$(cd "$(dirname "$1")" && pwd)
export PATH=$CLI_DIR:$PATH
# shellcheck source=/dev/null
source "$TOP/resources/completion/madoguchi-cli.bash"
failures=0
expect() { # EXPECTED WORDS... : completing the last word of WORDS offers exactly EXPECTED
  local expected=$1; shift
  COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
  _madoguchi_cli || true
  local got
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//')
  if [ "$got" != "$expected" ]; then
    echo "check-completion.sh: [$*] offered '$got', expected '$expected'" >&2
    failures=$((failures + 1))
  fi
}
expect "ticket tickets" madoguchi-cli ti
expect "deadline" madoguchi-cli --now 2026-12-02T10:00:00+09:00 dead
expect "--limit" madoguchi-cli tickets --li
expect "due-soon" madoguchi-cli tickets --queue due
expect "login password set show" madoguchi-cli account ""
expect "discard list retry send" madoguchi-cli outbox ""
expect "--smtp-password-file" madoguchi-cli outbox send --smtp-
expect "--imap" madoguchi-cli account set --im
expect "--lock-retry" madoguchi-cli serve --lock
expect "--token-file" madoguchi-cli serve --tok
expect "after-hours-next-day next-business-day" madoguchi-cli deadline x --policy ""
expect "day month org staff team" madoguchi-cli report --by ""
expect "add end link list show unlink" madoguchi-cli incident ""
expect "target" madoguchi-cli availability ""
expect "--message" madoguchi-cli forward 12 --mes
expect "--force" madoguchi-cli reply 12 --fo
expect "" madoguchi-cli forward 12 --message ""
expect "list preview send" madoguchi-cli notice ""
expect "announcement first recovery update" madoguchi-cli notice send --kind ""
expect "en ja" madoguchi-cli notice preview --lang ""
expect "approvals approve" madoguchi-cli appro
expect "--comment" madoguchi-cli approve 1 --com
expect "no yes" madoguchi-cli team user set sato --needs-approval ""
# Every command of --help is offered.
all=$(madoguchi-cli --help | sed -n '/^Commands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' | sort -u | tr '\n' ' ' | sed 's/ $//')
expect "$all" madoguchi-cli ""
[ "$failures" = 0 ] || exit 1
echo "check-completion.sh: ok"
