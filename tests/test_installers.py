"""Installers: the Linux menu entry and file type agree with the app; the .deb installs, starts to the main window
and removes cleanly (slow: builds the bundle; run by .ci/run with `-m installer`, left out of the default run)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO

LINUX = REPO / "packaging" / "linux"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def test_menu_entry_opens_campaign_files_by_their_file_type() -> None:
    from mailmerge.compose.campaign_file import SUFFIX

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys such as Name[ko] are case-sensitive
    entry.read(LINUX / "mailmerge.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    mime = ET.parse(LINUX / "mailmerge-mime.xml").getroot().find("m:mime-type", MIME_NS)
    assert mime is not None
    assert desktop["MimeType"] == mime.get("type") + ";"
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == [f"*{SUFFIX}"]
    assert desktop["Exec"] == "mailmerge-app %f" and desktop["Icon"] == "mailmerge"
    assert {"Name[ko]", "Name[zh_CN]", "Name[zh_TW]", "Comment[id]"} <= set(desktop)
    for size in (16, 32, 48, 256, 512):
        assert (REPO / "resources" / "icons" / "app" / f"{size}.png").is_file()


TOOLS = ("dpkg", "dpkg-deb", "Xvfb", "xdotool", "import")


@pytest.fixture
def display() -> Iterator[str]:
    """A private X display (Xvfb picks a free number and writes it to the pipe)."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)


def _installed(package: str) -> bool:
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True,
                            check=False)
    return "install ok installed" in status.stdout


def _colours(png: Path) -> tuple[int, int, int]:
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    return image.width(), image.height(), len(colours)


@pytest.mark.slow
@pytest.mark.installer
def test_deb_installs_starts_the_window_and_removes_cleanly(display: str, tmp_path: Path) -> None:
    if os.geteuid() != 0 or any(shutil.which(tool) is None for tool in TOOLS):
        pytest.skip(f"needs root and {', '.join(TOOLS)} (packaging/run-tests.sh installs them as root)")
    if _installed("mailmerge"):
        pytest.skip("a mailmerge package is already installed on this machine; not touching it")
    built = subprocess.run(["bash", "packaging/build-deb.sh"], cwd=REPO, capture_output=True, text=True,
                           timeout=1800, check=False)
    assert built.returncode == 0, built.stdout + built.stderr
    deb = next((REPO / "dist").glob("mailmerge_*.deb"))
    install = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True, check=False)
    assert install.returncode == 0, install.stdout + install.stderr
    try:
        files = [Path(p) for p in subprocess.run(["dpkg", "-L", "mailmerge"], capture_output=True, text=True,
                                                 check=True).stdout.splitlines()]
        assert shutil.which("mailmerge-app") == "/usr/bin/mailmerge-app"
        home = tmp_path / "home"
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "DISPLAY": display, "LANG": "C.UTF-8",
               "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
               "XDG_CACHE_HOME": str(home / "cache")}
        app = subprocess.Popen(["mailmerge-app"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Mail Merge"],
                                   env=env, capture_output=True, text=True, timeout=90, check=False)
            assert found.returncode == 0 and found.stdout.split(), found.stderr
            window = found.stdout.split()[0]
            subprocess.run(["sleep", "2"], check=True)  # let the first paint finish
            shot = tmp_path / "installed-app.png"
            subprocess.run(["import", "-window", window, str(shot)], env=env, check=True, timeout=60)
            width, height, colours = _colours(shot)
            assert width >= 600 and height >= 400, (width, height)
            assert colours > 20, f"the window looks blank ({colours} colours): {shot}"
        finally:
            app.terminate()
            output = app.communicate(timeout=30)[0].decode(errors="replace")
        assert "Traceback" not in output, output
    finally:
        removed = subprocess.run(["dpkg", "-r", "mailmerge"], capture_output=True, text=True, check=False)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not _installed("mailmerge")
    left = [p for p in files if p.exists() and not p.is_dir()] + [p for p in (Path("/opt/mailmerge"),) if p.exists()]
    assert not left, left
