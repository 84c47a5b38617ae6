"""A real IMAP server for tests: Debian's dovecot-imapd, started on a free loopback port with its own config and
mail folders in a throw-away directory (nothing of the system's dovecot is used or needed running).

Users kim, lee and park (password "secret"); each mailbox has a Sent folder marked \\Sent unless the user is
park, whose server marks none (so the fallback by name can be tested). Login is plaintext over loopback.
"""

from __future__ import annotations

import grp
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from mailmerge.transports.imap import encode_folder

PASSWORD = "secret"
USERS = ("kim", "lee", "park")

_CONFIG = """
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
first_valid_uid = 1
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
passdb {{
  driver = passwd-file
  args = {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  user = {internal}
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
protocol imap {{
  mail_max_userip_connections = 50
}}
"""


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int

    def client(self, user: str) -> imaplib.IMAP4:
        imap = imaplib.IMAP4(self.host, self.port, timeout=10)
        imap.login(user, PASSWORD)
        return imap

    def put(self, user: str, messages: list[bytes], folder: str = "INBOX") -> None:
        imap = self.client(user)
        try:
            for data in messages:
                status, _ = imap.append(folder, None, None, data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
                assert status == "OK"
        finally:
            imap.logout()

    def clear(self, user: str) -> None:
        """Empty every folder of the user's mailbox (between tests sharing the server)."""
        imap = self.client(user)
        try:
            _, listed = imap.list()
            for line in listed:
                name = line.decode().rsplit(' "." ', 1)[-1].strip() if isinstance(line, bytes) else "INBOX"
                status, count = imap.select(name)
                if status == "OK" and int(count[0] or 0) > 0:
                    imap.store("1:*", "+FLAGS", r"(\Deleted)")
                    imap.expunge()
        finally:
            imap.logout()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _identities() -> dict[str, str | int]:
    """Who dovecot's processes run as. As root: the package's unprivileged users (its login processes refuse
    root); otherwise everything runs as the current user."""
    if os.getuid() == 0:
        internal = pwd.getpwnam("dovecot")
        return {"internal": "dovecot", "internal_group": "dovecot", "login": "dovenull",
                "uid": internal.pw_uid, "gid": internal.pw_gid}
    me = pwd.getpwuid(os.getuid())
    group = grp.getgrgid(os.getgid()).gr_name
    return {"internal": me.pw_name, "internal_group": group, "login": me.pw_name, "uid": me.pw_uid,
            "gid": os.getgid()}


@contextmanager
def running_dovecot(*, nice: int = 0) -> Iterator[ImapServer]:
    """Dovecot on a free loopback port until the block ends (tests and bench/sent_copy.py); `nice` lowers its CPU
    priority, so a benchmark's server stands for one on another machine instead of competing for this one's."""
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        raise FileNotFoundError("dovecot is not installed (apt-get install dovecot-imapd)")
    root = Path(tempfile.mkdtemp(prefix="mailmerge-imap-"))
    root.chmod(0o755)  # dovecot's own users must reach their folders
    who = _identities()
    for folder in ("run", "state", "mail"):
        (root / folder).mkdir()
    os.chown(root / "mail", int(who["uid"]), int(who["gid"]))
    (root / "passwd").write_text("".join(f"{u}:{{PLAIN}}{PASSWORD}\n" for u in USERS), encoding="utf-8")
    port = _free_port()
    config = root / "dovecot.conf"
    config.write_text(_CONFIG.format(root=root, port=port, **who), encoding="utf-8")
    niced = ["nice", "-n", str(nice)] if nice else []
    process = subprocess.Popen([*niced, binary, "-F", "-c", str(config)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    server = ImapServer("127.0.0.1", port)
    try:
        _wait_until_serving(server, process, root)
        for user in USERS:  # kim and lee get a Sent folder the server marks \Sent; park only a named one
            imap = server.client(user)
            imap.create("Sent" if user != "park" else encode_folder("보낸편지함"))
            imap.logout()
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def imap_server() -> Iterator[ImapServer]:
    try:
        with running_dovecot() as server:
            yield server
    except FileNotFoundError:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd; packaging/run-tests.sh does it)")


def _wait_until_serving(server: ImapServer, process: subprocess.Popen[bytes], root: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dovecot stopped: {(root / 'dovecot.log').read_text(errors='replace')}")
        try:
            server.client(USERS[0]).logout()
            return
        except (OSError, imaplib.IMAP4.error):
            time.sleep(0.1)
    raise RuntimeError(f"dovecot did not start: {(root / 'dovecot.log').read_text(errors='replace')}")
