#!/usr/bin/env bash
# run-peers.sh [N]: Madoguchi's mail intake beside its peers on the same generated mailbox.
#
# Generates N messages (default 5000; gen-peer-mailbox.py, seed SEED, default 16) into a
# maildir, loads them into a throwaway Dovecot (tests/scripts/with-dovecot.sh), then runs each
# step RUNS times (default 3), interleaved, and prints one table of medians:
#   cat of the maildir; mbsync (FSync no) downloading the INBOX over IMAPS; notmuch new,
#   default and with XAPIAN_CJK_NGRAM=1; madoguchi-cli import of the maildir;
#   madoguchi-cli sync --once from the Dovecot into a fresh SQLite database;
#   and, for the rate as the desk grows, the same M = min(N, 1000) other messages (seed
#   SEED + 1000) imported into an empty desk and into the desk that holds the N,
# with peak RSS (/usr/bin/time), the ratios against the issue-16 targets and the database size
# against the maildir. Every timed command must succeed and store all N messages (checked by
# a count afterwards: files, notmuch count, and for Madoguchi messages, their obligations and
# the search index), else the script stops with status 1. Dovecot is stopped on every exit.
#
# Environment: BUILD_DIR (default build) or MADOGUCHI_CLI (the madoguchi-cli to measure),
# RUNS, SEED, KEEP_TABLE=FILE (also writes the table there).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)

die() {
  echo "run-peers.sh: $*" >&2
  exit 1
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

# timed STEP RUN COMMAND...: runs COMMAND under /usr/bin/time; keeps its output in $W/STEP.RUN.out
# and appends the wall seconds and peak RSS (KiB) to $W/STEP.times.
timed() {
  local step=$1 run=$2 rc=0
  shift 2
  /usr/bin/time -f '%e %M' -o "$W/$step.$run.time" "$@" >"$W/$step.$run.out" 2>"$W/$step.$run.err" || rc=$?
  if [ "$rc" != 0 ]; then
    cat "$W/$step.$run.err" >&2
    die "$step (run $run) failed with status $rc: $*"
  fi
  tail -n 1 "$W/$step.$run.time" >>"$W/$step.times"
}

# expect WHAT GOT WANTED
expect() {
  [ "$2" = "$3" ] || die "$1: $2, expected $3"
}

sql() { sqlite3 -batch -noheader "$1" "$2"; }

# check_store DB STEP: every message stored, each customer message with its obligation, each in
# the search index.
check_store() {
  local db=$1 step=$2
  expect "$step: messages in the database" "$(sql "$db" 'SELECT count(*) FROM messages')" "$N"
  expect "$step: customer messages without an obligation" "$(sql "$db" "SELECT count(*) FROM messages m
    WHERE kind = 'customer' AND NOT EXISTS (SELECT 1 FROM obligations o WHERE o.message_id = m.id)")" 0
  expect "$step: messages missing from the search index" "$(sql "$db" 'SELECT count(*) FROM messages
    WHERE id NOT IN (SELECT rowid FROM message_search)')" 0
}

bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }

# ---- inside with-dovecot.sh ----------------------------------------------------------------
inside() {
  W=$1
  N=$2
  RUNS=$3
  local md=$MADOGUCHI_TEST_IMAP_MAILDIR conf=$MADOGUCHI_TEST_IMAP_DOVECOT_CONF
  mkdir -p "$md"
  cp -r "$W/mail/." "$md/"
  chown -R "$(id -u nobody):$(id -g nobody)" "$md"
  # Dovecot reads the new files once here, before anything is timed.
  local status
  status=$(doveadm -c "$conf" mailbox status -u "$MADOGUCHI_TEST_IMAP_USER" messages INBOX)
  expect "messages in Dovecot's INBOX" "$(sed -n 's/.*messages=\([0-9]*\).*/\1/p' <<<"$status")" "$N"

  cat >"$W/mbsyncrc" <<EOF
FSync no

IMAPAccount bench
Host localhost
Port $MADOGUCHI_TEST_IMAPS_PORT
User $MADOGUCHI_TEST_IMAP_USER
Pass $MADOGUCHI_TEST_IMAP_PASSWORD
SSLType IMAPS
CertificateFile $MADOGUCHI_TEST_IMAP_CA_FILE

IMAPStore remote
Account bench

MaildirStore local
Path $W/mbsync/
Inbox $W/mbsync/INBOX
SubFolders Verbatim

Channel inbox
Far :remote:
Near :local:
Patterns INBOX
Create Near
Sync Pull
SyncState *
EOF
  # notmuch indexes its own hard-linked copy, so its .notmuch never sits in what import reads.
  cp -al "$W/mail" "$W/nm-mail"
  cat >"$W/notmuch-config" <<EOF
[database]
path=$W/nm-mail
[user]
name=Support Desk
primary_email=support@desk.example.com
[new]
tags=unread;inbox;
[maildir]
synchronize_flags=false
EOF
  export NOTMUCH_CONFIG=$W/notmuch-config HOME=$W

  mkdir -p "$W/empty" # sync's database learns the support address from an import of nothing
  printf '%s\n' "$MADOGUCHI_TEST_IMAP_PASSWORD" >"$W/imap-password"
  chmod 600 "$W/imap-password"
  local url="imaps://$MADOGUCHI_TEST_IMAP_USER@$MADOGUCHI_TEST_IMAP_HOST:$MADOGUCHI_TEST_IMAPS_PORT"
  local maildir_bytes
  maildir_bytes=$(bytes_of "$W/mail")

  local run got
  for run in $(seq 1 "$RUNS"); do
    # Each step on the same warm page cache, the steps interleaved so a change of load
    # touches all of them alike.
    # shellcheck disable=SC2016 # $1 is the inner shell's
    timed cat "$run" sh -c 'find "$1" -type f -exec cat {} + | wc -c' sh "$W/mail"
    expect "cat: bytes" "$(tr -d ' ' <"$W/cat.$run.out")" "$maildir_bytes"

    rm -rf "$W/mbsync"
    mkdir -p "$W/mbsync"
    timed mbsync "$run" mbsync -c "$W/mbsyncrc" -q inbox
    got=$(find "$W/mbsync/INBOX/cur" "$W/mbsync/INBOX/new" -type f | wc -l)
    expect "mbsync: files downloaded" "$got" "$N"

    rm -rf "$W/nm-mail/.notmuch"
    timed notmuch "$run" notmuch new --quiet
    expect "notmuch: messages indexed" "$(notmuch count '*')" "$N"

    rm -rf "$W/nm-mail/.notmuch"
    timed notmuch-cjk "$run" env XAPIAN_CJK_NGRAM=1 notmuch new --quiet
    expect "notmuch (CJK): messages indexed" "$(XAPIAN_CJK_NGRAM=1 notmuch count '*')" "$N"
    du -sb "$W/nm-mail/.notmuch" | cut -f1 >"$W/notmuch-cjk.size"

    rm -f "$W"/import.sqlite*
    timed import "$run" "$CLI" --database "$W/import.sqlite" import --support-address support@desk.example.com \
      "$W/mail"
    grep -q "^imported $N messages " "$W/import.$run.out" || die "import: $(cat "$W/import.$run.out")"
    check_store "$W/import.sqlite" import

    rm -f "$W"/sync.sqlite*
    "$CLI" --database "$W/sync.sqlite" account set --imap "$url" --ca-file "$MADOGUCHI_TEST_IMAP_CA_FILE" >/dev/null
    "$CLI" --database "$W/sync.sqlite" import --support-address support@desk.example.com --save "$W/empty" \
      >/dev/null
    timed sync "$run" "$CLI" --database "$W/sync.sqlite" sync --once --password-file "$W/imap-password"
    grep -q ": $N new message(s) stored, 0 already stored" "$W/sync.$run.out" || die "sync: $(cat "$W/sync.$run.out")"
    check_store "$W/sync.sqlite" sync

    # The rate as the desk grows: the same M messages into an empty desk and into one that
    # holds N. The copy's pages are written out before the clock starts (else the first
    # fsync of the timed import would write the whole copy).
    rm -f "$W"/grow.sqlite*
    sync
    timed grow-empty "$run" "$CLI" --database "$W/grow.sqlite" import --support-address support@desk.example.com \
      "$W/extra"
    grep -q "^imported $M messages " "$W/grow-empty.$run.out" || die "grow-empty: $(cat "$W/grow-empty.$run.out")"
    expect "grow-empty: messages in the database" "$(sql "$W/grow.sqlite" 'SELECT count(*) FROM messages')" "$M"
    rm -f "$W"/grow.sqlite*
    cp "$W/import.sqlite" "$W/grow.sqlite"
    sync
    timed grow-full "$run" "$CLI" --database "$W/grow.sqlite" import --support-address support@desk.example.com \
      "$W/extra"
    grep -q "^imported $M messages " "$W/grow-full.$run.out" || die "grow-full: $(cat "$W/grow-full.$run.out")"
    expect "grow-full: messages in the database" "$(sql "$W/grow.sqlite" 'SELECT count(*) FROM messages')" "$((N + M))"
    expect "grow-full: messages missing from the search index" "$(sql "$W/grow.sqlite" 'SELECT count(*) FROM messages
      WHERE id NOT IN (SELECT rowid FROM message_search)')" 0
  done
  # SQLite folds its write-ahead log into the file when the last connection closes.
  bytes_of "$W/mail" >"$W/maildir.size"
  du -cb "$W"/import.sqlite* | tail -n 1 | cut -f1 >"$W/import.size"
  du -cb "$W"/sync.sqlite* | tail -n 1 | cut -f1 >"$W/sync.size"
}

if [ "${1:-}" = "--inside" ]; then
  CLI=$5
  M=$6
  inside "$2" "$3" "$4"
  exit 0
fi

# ---- outside: generate, run inside a Dovecot, print ----------------------------------------
N=${1:-5000}
RUNS=${RUNS:-3}
SEED=${SEED:-16}
[[ "$N" =~ ^[1-9][0-9]*$ ]] || die "N must be a positive number of messages, not '$N'"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$RUNS'"
CLI=${MADOGUCHI_CLI:-$TOP/${BUILD_DIR:-build}/app/cli/madoguchi-cli}
[ -x "$CLI" ] || die "build madoguchi-cli first ($CLI)"
for tool in mbsync notmuch sqlite3 doveadm /usr/bin/time; do
  command -v "$tool" >/dev/null || die "$tool is missing (./setup.sh installs it)"
done
# Dovecot's socket paths must stay short (with-dovecot.sh checks).
TMPDIR=${TMPDIR:-/tmp}
[ ${#TMPDIR} -le 40 ] || TMPDIR=/tmp
export TMPDIR
W=$(mktemp -d "$TMPDIR/peers.XXXXXX")
trap 'rm -rf "$W"' EXIT
chmod 755 "$W"
export LC_ALL=C.UTF-8

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
/usr/bin/python3 "$HERE/gen-peer-mailbox.py" "$W/mail" "$N" --seed "$SEED" --stats >"$W/generated"
M=$((N < 1000 ? N : 1000))
/usr/bin/python3 "$HERE/gen-peer-mailbox.py" "$W/extra" "$M" --seed "$((SEED + 1000))" >/dev/null
"$TOP/tests/scripts/with-dovecot.sh" "$HERE/run-peers.sh" --inside "$W" "$N" "$RUNS" "$CLI" "$M" || die "stopped (see above)"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

mib() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1048576}'; }
row() { # STEP LABEL STORED [MESSAGES BYTES]
  local step=$1 label=$2 stored=$3 count=${4:-$N} bytes=${5:-$maildir} runs med rss
  runs=$(cut -d' ' -f1 "$W/$step.times" | tr '\n' ' ')
  med=$(cut -d' ' -f1 "$W/$step.times" | tr '\n' ' ' | median)
  rss=$(cut -d' ' -f2 "$W/$step.times" | sort -g | tail -n 1)
  echo "$med" >"$W/$step.median"
  printf '| %s | %s| %s s | %s | %s | %s MiB | %s |\n' "$label" "$runs" "$med" \
    "$(awk -v n="$count" -v s="$med" 'BEGIN {printf (s > 0 ? "%.0f" : "-"), n / s}')" \
    "$(awk -v b="$bytes" -v s="$med" 'BEGIN {printf (s > 0 ? "%.1f" : "-"), b / 1048576 / s}')" \
    "$(mib "$((rss * 1024))")" "$stored"
}
ratio() { awk -v a="$(cat "$W/$1.median")" -v b="$(cat "$W/$2.median")" 'BEGIN {printf (b > 0 ? "%.2f×" : "-"), a / b}'; }

maildir=$(cat "$W/maildir.size")
extra=$(bytes_of "$W/extra")
{
  echo "run-peers.sh $N: $(mib "$maildir") MiB of maildir, seed $SEED ($(grep -E \
    '^(new questions|desk replies|customer follow-ups|with attachments|HTML only|auto-replies|bounces):' \
    "$W/generated" | tr '\n' ';' | sed 's/;$//; s/;/, /g')); medians of $RUNS runs on $(nproc) CPUs," \
    "load average $load_before before, $load_after after"
  echo
  echo "| step | runs (s) | median | messages/s | MiB/s | peak RSS | stored |"
  echo "|---|---|---|---|---|---|---|"
  row cat "\`cat\` of the maildir" "$maildir bytes"
  row mbsync "\`mbsync\` (FSync no) IMAPS download" "$N files"
  row notmuch "\`notmuch new\`" "$N messages"
  row notmuch-cjk "\`notmuch new\` with XAPIAN_CJK_NGRAM=1" "$N messages, $(mib "$(cat "$W/notmuch-cjk.size")") MiB index"
  row import "\`madoguchi-cli import\` of the maildir" "$N messages, obligations, searchable"
  row sync "\`madoguchi-cli sync --once\` over IMAPS" "$N messages, obligations, searchable"
  row grow-empty "\`madoguchi-cli import\` of $M other messages into an empty desk" "$M messages" "$M" "$extra"
  row grow-full "… of the same $M into the desk holding the $N" "$((N + M)) messages, searchable" "$M" "$extra"
  echo
  echo "| comparison | ratio | target |"
  echo "|---|---|---|"
  echo "| sync --once ÷ mbsync | $(ratio sync mbsync) | ≤ 1.0× |"
  echo "| import ÷ notmuch new | $(ratio import notmuch) | ≤ 1.0× |"
  echo "| import ÷ notmuch new (CJK) | $(ratio import notmuch-cjk) | ≤ 0.25× |"
  echo "| rate into the desk holding $N ÷ rate into an empty desk | $(ratio grow-empty grow-full) | ≥ 1.0× (does not fall) |"
  echo "| database (after import) ÷ maildir | $(mib "$(cat "$W/import.size")") MiB ÷ $(mib "$maildir") MiB =" \
    "$(awk -v a="$(cat "$W/import.size")" -v b="$maildir" 'BEGIN {printf "%.2f×", a / b}') | ≤ 1.0× |"
  echo "| database (after sync) ÷ maildir | $(mib "$(cat "$W/sync.size")") MiB ÷ $(mib "$maildir") MiB =" \
    "$(awk -v a="$(cat "$W/sync.size")" -v b="$maildir" 'BEGIN {printf "%.2f×", a / b}') | ≤ 1.0× |"
} | tee "${KEEP_TABLE:-/dev/null}"
