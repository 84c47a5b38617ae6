"""Standards check of the sample campaign as it is sent (its letter in every language): every message parses
cleanly, has a Message-ID in the sender's domain, Date, MIME-Version, no line over 998 octets, a text part beside the
HTML, List-Unsubscribe (with one-click) when the account offers it; and SpamAssassin (Debian's, local tests only: no
network, no Bayes learning) scores every one below 2.0. The scores are printed."""

from __future__ import annotations

import mailbox
import os
import re
import shutil
import subprocess
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from pathlib import Path

import pytest
from conftest import SAMPLE_DIR, SAMPLE_TEMPLATES

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.compose.campaign import open_campaign
from mailmerge.compose.unsubscribe import UnsubscribeOptions

pytestmark = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="the unsubscribe token secret lives in the keyring: run under dbus-run-session")
OPTIONS = UnsubscribeOptions("unsubscribe@example.com", "https://example.com/unsubscribe")
MAX_SCORE = 2.0


@pytest.fixture(scope="module")
def messages() -> list[OutgoingMessage]:
    campaigns = [open_campaign(SAMPLE_DIR / "contacts.csv", letter, unsubscribe=OPTIONS) for letter in SAMPLE_TEMPLATES]
    built = [message for campaign in campaigns for _, message in campaign.iter_messages()]
    assert built and all(isinstance(m, OutgoingMessage) for m in built)
    return built  # type: ignore[return-value]


def parsed(message: OutgoingMessage) -> EmailMessage:
    found = BytesParser(policy=policy.default).parsebytes(message.data)
    assert isinstance(found, EmailMessage)
    return found


def test_every_message_meets_the_standards(messages: list[OutgoingMessage]) -> None:
    for message in messages:
        mail = parsed(message)
        assert not mail.defects, (message.row, mail.defects)
        sender_domain = parseaddr(str(mail["From"]))[1].rpartition("@")[2]
        assert str(mail["Message-ID"]).strip("<>").endswith("@" + sender_domain)
        assert mail["Date"] is not None and mail["MIME-Version"] == "1.0"
        assert all(len(line) <= 998 for line in message.data.split(b"\r\n")), message.row
        assert b"\n" not in message.data.replace(b"\r\n", b"")  # CRLF only
        assert mail.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in mail.iter_parts()] == ["text/plain", "text/html"]
        assert str(mail["List-Unsubscribe"]).startswith("<mailto:unsubscribe@example.com?subject=unsubscribe-")
        assert "<https://example.com/unsubscribe?u=" in str(mail["List-Unsubscribe"])
        assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert mail["Bcc"] is None


def test_spamassassin_scores_every_message_below_2(messages: list[OutgoingMessage], tmp_path: Path) -> None:
    binary = shutil.which("spamassassin")
    if binary is None:
        pytest.skip("spamassassin is not installed (apt-get install spamassassin; packaging/run-tests.sh does it)")
    box = mailbox.mbox(tmp_path / "campaign.mbox")
    for message in messages:
        box.add(mailbox.mboxMessage(message.data.replace(b"\r\n", b"\n")))
    box.flush()
    box.close()
    home = tmp_path / "home"  # SpamAssassin keeps per-user state under HOME: never the real one
    home.mkdir()
    result = subprocess.run(
        [binary, "--local", "--test-mode", "--exit-code", "--mbox", "-x",
         "--cf", "use_bayes 0", "--cf", "bayes_auto_learn 0", str(tmp_path / "campaign.mbox")],
        capture_output=True, text=True, timeout=120, check=False, env={**os.environ, "HOME": str(home)},
    )
    scores = [float(s) for s in re.findall(r"^X-Spam-Status: \w+, score=(-?[\d.]+)", result.stdout, re.M)]
    fired = {rule for found in re.findall(r"tests=(.*?)\s+autolearn=", result.stdout, re.S)
             for rule in re.split(r"[,\s]+", found) if rule}
    print(f"SpamAssassin scores of the {len(messages)} sample messages: {scores} (each must be < {MAX_SCORE}); "
          f"rules that fired: {', '.join(sorted(fired))}")
    assert len(scores) == len(messages), result.stderr[-2000:]
    assert max(scores) < MAX_SCORE
