# Shared by run-app.sh and run-tests.sh: system packages (when root), a venv in .venv, the project installed in it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

apt_install() {
    # Installs only what is missing, so a second run costs nothing.
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "note: please install these system packages (as root): ${missing[*]}" >&2
        return 0
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -q
    apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
}

QT_PACKAGES=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
    libdbus-1-3 fonts-wqy-microhei)
KEYRING_PACKAGES=(dbus dbus-x11 gnome-keyring)
# The independent reader the spreadsheet tests compare every cell with (LibreOffice's "as shown" CSV export).
ORACLE_PACKAGES=(libreoffice-calc-nogui)
# The installer test starts the installed app on its own X display and looks at a screenshot of it.
INSTALLER_TEST_PACKAGES=(xdotool imagemagick)

find_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    echo "Mail Merge needs Python 3.11 or newer; please install it first." >&2
    return 1
}

python_version() {  # $1: a Python executable; prints its "major.minor", or nothing when it does not run
    "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true
}

# The marker is written only after the project installed completely, so a folder without it is a half-made venv
# (an interrupted `venv` or `pip install`), which the next run repairs instead of trusting.
VENV_READY_MARKER=".venv/.mailmerge-installed"

ensure_venv() {  # makes .venv a working venv of a suitable Python, whatever it was; says what it did in one line
    local python wanted have
    python="$(find_python)"
    wanted="$(python_version "$python")"
    if [ -L .venv ]; then
        echo "venv: .venv was a link to $(readlink .venv) (a folder outside the project); replacing it with a new venv (Python $wanted)"
        rm -f .venv
    elif [ -e .venv ] && [ ! -d .venv ]; then
        echo "venv: .venv was a file, not a folder; replacing it with a new venv (Python $wanted)"
        rm -f .venv
    elif [ -d .venv ]; then
        have=""
        [ -x .venv/bin/python ] && have="$(python_version .venv/bin/python)"
        if [ -z "$have" ]; then
            echo "venv: .venv was half-made (no working Python in it); rebuilding it (Python $wanted)"
            rm -rf .venv
        elif [ "$have" != "$wanted" ]; then
            echo "venv: .venv was made by Python $have; rebuilding it with Python $wanted"
            rm -rf .venv
        elif [ ! -e "$VENV_READY_MARKER" ]; then
            echo "venv: .venv (Python $have) was not finished (an install was interrupted); completing it"
        else
            echo "venv: using the existing .venv (Python $have)"
        fi
    else
        echo "venv: making .venv (Python $wanted)"
    fi
    if [ ! -d .venv ]; then
        "$python" -m venv .venv
    fi
}

make_venv() {  # $1: pip extras, e.g. "[dev]" or ""
    ensure_venv
    rm -f "$VENV_READY_MARKER"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".$1"
    touch "$VENV_READY_MARKER"
}
