#!/usr/bin/env bash
# Brings every catalogue (translations/streamboard_<lang>.ts) up to date with the sources:
# new messages come in as unfinished, messages no longer in the sources are dropped.
# Then translate the unfinished ones (Qt Linguist, or by editing the XML) and run
#   translations/check.py   (also a test: ctest -R translations_complete)
# Usage: translations/update.sh [streamboard_xx.ts ...]   (a new file starts a new language)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
if (($#)); then
  files=("${@/#/translations/}")
else
  files=(translations/streamboard_*.ts)
fi
"$lupdate" -silent -locations none -no-obsolete core ui app -ts "${files[@]}"
python3 translations/check.py --lupdate "$lupdate" --summary || true
