#!/usr/bin/env bash
# Installs everything the tests need (system packages when run as root, a venv, the project) and runs the whole
# suite: ruff, mypy --strict on the core and the window, then pytest against real servers, a real keyring and the
# real window.
source "$(dirname "$0")/common.sh"
# Test-only servers the tests start themselves on loopback ports: dovecot (IMAP: replies, Sent copies) and
# SpamAssassin (the standards check scores the sample campaign offline).
TEST_SERVER_PACKAGES=(dovecot-imapd spamassassin)
apt_install "${QT_PACKAGES[@]}" "${KEYRING_PACKAGES[@]}" "${INSTALLER_TEST_PACKAGES[@]}" "${TEST_SERVER_PACKAGES[@]}" \
    "${ORACLE_PACKAGES[@]}"
make_venv "[dev]"
.venv/bin/ruff check .
.venv/bin/mypy mailmerge ui
# A real Secret Service for the keyring tests: a private D-Bus session with a fresh, unlocked gnome-keyring whose
# files live in a throw-away folder (an existing keyring of this user, with another password, would stay locked).
# Its control socket goes there too (XDG_RUNTIME_DIR) rather than into ~/.cache/keyring-*, which other keyring
# daemons of this user share, so nothing outside this run can touch it.
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "note: dbus/gnome-keyring are not installed (run as root to install them): keyring tests are skipped" >&2
    exec .venv/bin/python -m pytest -q "$@"
fi
KEYRING_HOME="$(mktemp -d)"
trap 'rm -rf "$KEYRING_HOME"' EXIT
mkdir -m 700 "$KEYRING_HOME/runtime"
export KEYRING_HOME XDG_RUNTIME_DIR="$KEYRING_HOME/runtime"
dbus-run-session -- sh -c '
    echo -n test-keyring-password |
        XDG_DATA_HOME="$KEYRING_HOME" gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec .venv/bin/python -m pytest -q "$@"' sh "$@"
