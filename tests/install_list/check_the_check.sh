#!/usr/bin/env bash
# The install-list check on a recorded list of files: the list in ./dev covers them, and the
# same list without libqt6opengl6-dev fails, naming the file and that package.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
files="$root/tests/install_list/recorded_files.txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$root/dev" packages > "$tmp/full"
"$root/devtools/check-install-list" --files "$files" --packages-file "$tmp/full" \
  || { echo "FAIL: the full list does not cover the recorded files"; exit 1; }

grep -vx libqt6opengl6-dev "$tmp/full" > "$tmp/without-opengl"
rc=0
"$root/devtools/check-install-list" --files "$files" --packages-file "$tmp/without-opengl" \
  2> "$tmp/errors" || rc=$?
cat "$tmp/errors"
[[ $rc == 1 ]] || { echo "FAIL: without libqt6opengl6-dev the check exited $rc, not 1"; exit 1; }
grep -q "Qt6OpenGLConfig.cmake: from libqt6opengl6-dev, which the list does not bring in; add it to the list in ./dev" \
  "$tmp/errors" || { echo "FAIL: the message does not name Qt6OpenGLConfig.cmake and libqt6opengl6-dev"; exit 1; }
[[ $(grep -c "add it to the list" "$tmp/errors") == 1 ]] ||
  { echo "FAIL: files other than Qt6OpenGL's were reported"; exit 1; }
echo "install-list check: 2 passed, 0 failed"
