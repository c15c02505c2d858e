#!/usr/bin/env bash
# Installs every Debian 12 package Madoguchi needs (build, tests, test servers) and builds it.
# Run as root on a fresh Debian 12 machine. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_PACKAGES=(
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev qt6-networkauth-dev
  libqt6svg6 libgmime-3.0-dev libzstd-dev libgl-dev libxkbcommon-dev pkg-config cmake ninja-build g++ ccache
)
TEST_PACKAGES=(
  xvfb xauth x11-apps imagemagick fonts-ipafont-gothic dovecot-core dovecot-imapd
  python3 python3-aiosmtpd gnome-keyring libsecret-1-0 libsecret-tools dbus dbus-x11 dunst
  postgresql-15 postgresql-contrib-15 sqlite3 curl openssl procps util-linux
  dpkg-dev lintian desktop-file-utils appstream man-db xz-utils adduser
  poppler-utils  # tst_availabilityview: pdftotext reads the Availability PDF
  clang libclang-rt-14-dev  # tests/fuzz/run.sh: clang and its libFuzzer runtime
  isync notmuch time  # tests/bench/run-peers.sh: the peers (mbsync, notmuch) and peak RSS
  pgbouncer  # tests/bench/with-pgbouncer.sh (tst_bench_team_pgbouncer): the desk behind PgBouncer's session pooling
)

missing=()
for p in "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

# ccache keyed on paths relative to the checkout, so a second clone (CI) reuses the objects.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" ${CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" -j2
