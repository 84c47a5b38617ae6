"""The project must not depend on the machine it was made on: no tracked link leaving the repository, and the set-up
scripts turn whatever `.venv` they find into a working venv (issue: the README's commands failed on a new machine)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO


def _tracked_links() -> list[tuple[str, str]]:
    """(path, target) of every symbolic link git tracks."""
    listing = subprocess.run(
        ["git", "ls-files", "-s", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.decode()
    links = []
    for entry in filter(None, listing.split("\0")):
        meta, path = entry.split("\t", 1)
        mode, blob = meta.split()[:2]
        if mode == "120000":
            target = subprocess.run(
                ["git", "cat-file", "-p", blob], cwd=REPO, capture_output=True, check=True, text=True
            ).stdout
            links.append((path, target))
    return links


def _inside_repo(path: str, target: str) -> bool:
    resolved = (REPO / path).parent.joinpath(target)
    return os.path.normpath(resolved).startswith(str(REPO) + os.sep)


@pytest.mark.skipif(not (REPO / ".git").exists() or shutil.which("git") is None, reason="not a git checkout")
def test_no_tracked_link_points_outside_the_repository() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert ".venv" not in tracked.splitlines()
    outside = [(path, target) for path, target in _tracked_links() if not _inside_repo(path, target)]
    assert outside == [], f"tracked links that leave the repository: {outside}"


def test_the_link_check_sees_a_link_that_leaves() -> None:
    assert not _inside_repo(".venv", "/work/venv")
    assert not _inside_repo("docs/x", "../../elsewhere")
    assert _inside_repo("docs/x", "../resources/icon.svg")


# --- packaging/common.sh: ensure_venv in a temporary copy of the scripts -------------------------------------------

REAL_PYTHON = sys.executable
VERSION = "{}.{}".format(*sys.version_info[:2])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of packaging/ plus a fake `python3.13` first on PATH that makes venvs without pip (fast)."""
    copy = tmp_path / "project"
    shutil.copytree(REPO / "packaging", copy / "packaging")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "python3.13"
    fake.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then shift 2; exec "{REAL_PYTHON}" -m venv --without-pip "$@"; fi\n'
        f'exec "{REAL_PYTHON}" "$@"\n'
    )
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    return copy


def _ensure_venv(project: Path) -> str:
    env = {**os.environ, "PATH": f"{project.parent / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-c", "source packaging/common.sh && ensure_venv"],
        cwd=project, env=env, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, lines
    venv_python = project / ".venv" / "bin" / "python"
    ran = subprocess.run([venv_python, "-c", "import sys; print(sys.prefix)"], capture_output=True, text=True)
    assert ran.returncode == 0 and Path(ran.stdout.strip()) == project / ".venv"
    assert not (project / ".venv").is_symlink()
    return lines[0]


def test_absent_venv_is_made(project: Path) -> None:
    assert _ensure_venv(project) == f"venv: making .venv (Python {VERSION})"


def test_healthy_venv_is_kept(project: Path) -> None:
    _ensure_venv(project)
    (project / ".venv" / ".mailmerge-installed").touch()
    keep = project / ".venv" / "kept-file"
    keep.touch()
    assert _ensure_venv(project) == f"venv: using the existing .venv (Python {VERSION})"
    assert keep.exists()


def test_venv_of_another_python_is_rebuilt(project: Path) -> None:
    old_python = project / ".venv" / "bin" / "python"
    old_python.parent.mkdir(parents=True)
    old_python.write_text("#!/bin/sh\necho 3.9\n")
    old_python.chmod(0o755)
    assert _ensure_venv(project) == f"venv: .venv was made by Python 3.9; rebuilding it with Python {VERSION}"


def test_half_made_venv_without_python_is_rebuilt(project: Path) -> None:
    (project / ".venv" / "lib").mkdir(parents=True)
    expected = f"venv: .venv was half-made (no working Python in it); rebuilding it (Python {VERSION})"
    assert _ensure_venv(project) == expected


def test_interrupted_install_is_completed(project: Path) -> None:
    _ensure_venv(project)  # a venv, but the project was never installed into it completely
    message = _ensure_venv(project)
    assert message == f"venv: .venv (Python {VERSION}) was not finished (an install was interrupted); completing it"


def test_dangling_link_is_replaced(project: Path) -> None:
    (project / ".venv").symlink_to("/nonexistent/venv")
    message = _ensure_venv(project)
    assert message.startswith("venv: .venv was a link to /nonexistent/venv")


def test_file_in_place_of_the_venv_is_replaced(project: Path) -> None:
    (project / ".venv").write_text("not a venv")
    assert _ensure_venv(project).startswith("venv: .venv was a file")
