#!/usr/bin/env bash
# Installs Mail Merge into .venv (system libraries for the window when run as root) and starts it.
source "$(dirname "$0")/common.sh"
apt_install "${QT_PACKAGES[@]}" "${KEYRING_PACKAGES[@]}"
make_venv ""
exec .venv/bin/python -m ui "$@"
