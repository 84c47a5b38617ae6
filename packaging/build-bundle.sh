#!/usr/bin/env bash
# Builds the one-folder app bundle in dist/MailMerge/ (PyInstaller) with compiled translations; prints its size.
# Used by build-deb.sh and macos/build-dmg.sh (CI runs the same three steps with its own Python).
source "$(dirname "$0")/common.sh"
if [ ! -e "$VENV_READY_MARKER" ] || ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
    make_venv "[packaging]"
fi
.venv/bin/python packaging/update_translations.py --compile
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/mailmerge.spec
echo "bundle: dist/MailMerge ($(du -sh dist/MailMerge | cut -f1))"
