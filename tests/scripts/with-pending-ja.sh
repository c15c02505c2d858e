#!/bin/bash
# with-pending-ja.sh CMD...: runs CMD with MADOGUCHI_QM_DIR set to a Japanese translation that
# includes translations/pending/*.tsv (pending-qm.sh), for GUI tests that switch to Japanese.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
Q=$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-ja.XXXXXX")
trap 'rm -rf "$Q"' EXIT
"$HERE/pending-qm.sh" "$Q"
MADOGUCHI_QM_DIR="$Q" "$@"
