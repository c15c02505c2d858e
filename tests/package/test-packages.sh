#!/usr/bin/env bash
# test-packages.sh BUILD_DIR: issue 18. Builds the two .deb packages from BUILD_DIR (CPack),
# checks them (lintian: no errors; desktop-file-validate; appstreamcli validate; the server
# package links no Qt Widgets, X11 or OpenGL library), installs both with apt-get, runs the
# installed programs (madoguchi-cli --version, deadline, an import, man pages, completion, the
# desktop program under Xvfb for a few seconds), then purges them and checks that nothing they
# installed is left. Needs root (it installs packages); elsewhere it skips (exit 77).
set -euo pipefail
BUILD=$(cd "$1" && pwd)
TOP=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$(id -u)" != 0 ]; then echo "test-packages.sh: not root, cannot install packages: skipped"; exit 77; fi
T=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-deb.XXXXXX")
XVFB_PID=
user_existed=0
getent passwd madoguchi >/dev/null && user_existed=1
installed=0
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  if [ "$installed" = 1 ]; then
    apt-get purge -y -o DPkg::Lock::Timeout=600 madoguchi madoguchi-server >/dev/null 2>&1 || true
  fi
  if [ "$user_existed" = 0 ] && getent passwd madoguchi >/dev/null; then
    deluser --system madoguchi >/dev/null 2>&1 || true
  fi
  rm -rf "$T"
}
trap cleanup EXIT
fail() { echo "test-packages.sh: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "cpack"
(cd "$BUILD" && cpack -G DEB -B "$T/out" >"$T/cpack.log" 2>&1) || { cat "$T/cpack.log" >&2; fail "cpack failed"; }
desk=$(ls "$T"/out/madoguchi_*.deb); server=$(ls "$T"/out/madoguchi-server_*.deb)
for deb in "$desk" "$server"; do dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Depends\|Recommends\):/  \1:/p'; done

step "lintian"
lintian --fail-on error \
  "$desk" "$server" | tee "$T/lintian.log" || fail "lintian reports errors"

step "the server package needs no display"
dpkg-deb -f "$server" Depends | tr ',' '\n' | grep -E -i 'widgets|libx11|xcb|opengl|libgl1|libegl|gui6|charts' \
  && fail "madoguchi-server depends on a display library"
mkdir -p "$T/server" && dpkg-deb -x "$server" "$T/server"
ldd "$T/server/usr/bin/madoguchi-cli" | grep -E -i 'Widgets|libX11|libxcb|libGL\.|libEGL|Qt6Gui' \
  && fail "madoguchi-cli links a display library"

step "desktop entry and AppStream data"
mkdir -p "$T/desk" && dpkg-deb -x "$desk" "$T/desk"
desktop-file-validate "$T/desk/usr/share/applications/madoguchi.desktop"
appstreamcli validate --no-net "$T/desk/usr/share/metainfo/io.madoguchi.Madoguchi.metainfo.xml"

step "apt-get install"
export DEBIAN_FRONTEND=noninteractive
installed=1
apt-get install -y -o DPkg::Lock::Timeout=600 "$desk" "$server" >"$T/apt.log" 2>&1 \
  || { tail -20 "$T/apt.log" >&2; fail "apt-get install failed"; }
files=$(dpkg -L madoguchi madoguchi-server | sort -u)

step "the installed programs"
/usr/bin/madoguchi-cli --version | grep -q "^madoguchi-cli [0-9]" || fail "no version"
due=$(/usr/bin/madoguchi-cli deadline 2026-12-25T19:30:00+09:00 | head -1)
[ "$due" = "2027-01-05T18:00:00+09:00" ] || fail "deadline printed $due"
export HOME=$T/home XDG_CONFIG_HOME=$T/home/.config XDG_DATA_HOME=$T/home/.local/share
mkdir -p "$HOME"
printf 'From: 中村 <nakamura@example.co.jp>\r\nTo: support@desk.example.com\r\nSubject: =?UTF-8?B?5YWl5Yqb44Gn44GN44G+44Gb44KT?=\r\nDate: Wed, 02 Dec 2026 10:00:00 +0900\r\nMessage-ID: <pkg-test@example.co.jp>\r\n\r\nbody\r\n' >"$T/mail.eml"
/usr/bin/madoguchi-cli --database "$T/desk.sqlite" import --support-address support@desk.example.com "$T/mail.eml" \
  || fail "import failed"
/usr/bin/madoguchi-cli --database "$T/desk.sqlite" tickets --format tsv | grep -q "入力できません" \
  || fail "the imported mail is not a ticket"
man -w madoguchi-cli >/dev/null && man -w madoguchi >/dev/null || fail "no manual pages"
[ -f /usr/share/bash-completion/completions/madoguchi-cli ] || fail "no bash completion"
words=$(bash -c 'source /usr/share/bash-completion/completions/madoguchi-cli
  COMP_WORDS=(madoguchi-cli dead); COMP_CWORD=1; _madoguchi_cli; echo "${COMPREPLY[*]}"')
[ "$words" = deadline ] || fail "completion of 'dead' gave '$words'"
[ -f /usr/lib/systemd/system/madoguchi-serve.service ] || fail "no systemd unit"
getent passwd madoguchi >/dev/null || fail "no madoguchi system user"
if command -v systemctl >/dev/null && systemctl is-enabled madoguchi-serve >/dev/null 2>&1; then
  fail "the package enabled the service by itself"
fi

step "the installed desktop program under Xvfb"
display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1
/usr/bin/madoguchi-cli --database "$T/desk.sqlite" sample-data --force >/dev/null
DISPLAY=$display MADOGUCHI_DATABASE=$T/desk.sqlite /usr/bin/madoguchi >"$T/desktop.log" 2>&1 &
desktop_pid=$!
sleep 5
kill -0 "$desktop_pid" 2>/dev/null || { cat "$T/desktop.log" >&2; fail "the desktop program did not stay up for 5 s"; }
kill "$desktop_pid"; wait "$desktop_pid" 2>/dev/null || true
kill "$XVFB_PID"; wait "$XVFB_PID" 2>/dev/null || true; XVFB_PID=

step "apt-get purge"
apt-get purge -y -o DPkg::Lock::Timeout=600 madoguchi madoguchi-server >"$T/purge.log" 2>&1 \
  || { tail -20 "$T/purge.log" >&2; fail "apt-get purge failed"; }
installed=0
left=0
while IFS= read -r path; do
  [ -f "$path" ] || [ -L "$path" ] || continue # directories are shared (/usr/bin, ...)
  echo "left behind: $path" >&2; left=$((left + 1))
done <<<"$files"
[ "$left" = 0 ] || fail "$left file(s) of the packages are still there"
[ -f "$T/desk.sqlite" ] || fail "the user's database went with the packages"
echo "test-packages.sh: built, checked, installed, ran and removed both packages: ok"
