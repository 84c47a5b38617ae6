#!/usr/bin/env bash
# Builds the one-folder app bundle in dist/MailMerge/ (PyInstaller) with compiled translations; prints its size.
# Used by build-deb.sh here and by the Windows/macOS jobs of .github/workflows/installers.yml.
source "$(dirname "$0")/common.sh"
if [ ! -e "$VENV_READY_MARKER" ] || ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
    make_venv "[packaging]"
fi
PY=.venv/bin/python
[ -x "$PY" ] || PY=.venv/Scripts/python.exe  # Windows venv layout
"$PY" packaging/update_translations.py --compile
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/mailmerge.spec
echo "bundle: dist/MailMerge ($(du -sh dist/MailMerge | cut -f1))"
