"""Unsubscribe: List-Unsubscribe (RFC 2369) and one-click (RFC 8058) headers with a per-recipient token, the
`{{ unsubscribe_link }}` field, the Check warning, and the account options behind them."""

from __future__ import annotations

import os
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from mailmerge.accounts.profiles import load_accounts
from mailmerge.base.errors import MailMergeError
from mailmerge.cli import EXIT_OK, EXIT_UNUSABLE, main
from mailmerge.compose.campaign import open_campaign
from mailmerge.compose.preflight import check
from mailmerge.compose.unsubscribe import (
    NO_UNSUBSCRIBE,
    TOKEN_RE,
    Tokens,
    UnsubscribeOptions,
    install_tokens,
    parse_template_line,
    unsubscribe_options,
)

needs_keyring = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="the token secret lives in the keyring: run under dbus-run-session with an unlocked gnome-keyring",
)
TOKENS = Tokens(b"k" * 32)
BOTH = UnsubscribeOptions("unsubscribe@example.com", "https://example.com/unsub")


def test_tokens_are_per_person_stable_and_unguessable_from_the_address() -> None:
    kim = TOKENS.token("kim@example.com")
    assert kim == TOKENS.token("  KIM@Example.com ")  # the same person, however the cell was written
    assert kim != TOKENS.token("lee@example.com")
    assert kim != Tokens(b"x" * 32).token("kim@example.com")  # another installation, another token
    assert len(kim) == 26 and kim.isalnum() and kim.islower()


def test_headers_with_a_mailto_only_have_no_one_click_post() -> None:
    options = UnsubscribeOptions("unsubscribe@example.com", None)
    headers = TOKENS.headers(options, "kim@example.com")
    token = TOKENS.token("kim@example.com")
    assert headers == (f"List-Unsubscribe: <mailto:unsubscribe@example.com?subject=unsubscribe-{token}>",)


def test_headers_with_a_url_offer_one_click_and_carry_the_token() -> None:
    token = TOKENS.token("kim@example.com")
    headers = TOKENS.headers(BOTH, "kim@example.com")
    assert headers[0] == (f"List-Unsubscribe: <mailto:unsubscribe@example.com?subject=unsubscribe-{token}>,\r\n"
                          f" <https://example.com/unsub?u={token}>")
    assert headers[1] == "List-Unsubscribe-Post: List-Unsubscribe=One-Click"
    slot = UnsubscribeOptions(None, "https://example.com/u/{token}/bye?x=1")
    assert TOKENS.url(slot, "kim@example.com") == f"https://example.com/u/{token}/bye?x=1"
    query = UnsubscribeOptions(None, "https://example.com/unsub?list=news")
    assert TOKENS.url(query, "kim@example.com") == f"https://example.com/unsub?list=news&u={token}"
    # what the replies reader looks for, in a subject or in a URL
    assert [m[1] for m in TOKEN_RE.finditer(headers[0])] == [token, token]


@pytest.mark.parametrize(("mailto", "url", "code"), [
    ("not an address", None, "unsubscribe.bad_mailto"),
    (None, "http://example.com/unsub", "unsubscribe.bad_url"),
    (None, "https://example.com/un sub", "unsubscribe.bad_url"),
    (None, "https://example.com/{name}", "unsubscribe.bad_url"),
    (None, "https://example.com/x#top", "unsubscribe.bad_url"),
])
def test_unusable_options_are_refused_with_what_to_write(mailto: str | None, url: str | None, code: str) -> None:
    with pytest.raises(MailMergeError) as caught:
        unsubscribe_options(mailto, url)
    assert caught.value.code == code
    assert "e.g." in str(caught.value) or "such as" in str(caught.value)


def test_template_line_chooses_or_switches_off() -> None:
    assert parse_template_line("none") == UnsubscribeOptions()
    assert parse_template_line("mailto:bye@bücher.de, <https://x.example/u>") == UnsubscribeOptions(
        "bye@xn--bcher-kva.de", "https://x.example/u")


def write_campaign(tmp_path: Path, rows: int, template: str) -> tuple[Path, Path]:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("name,email\n" + "".join(f"P{i},p{i}@example.com\n" for i in range(rows)), encoding="utf-8")
    path = tmp_path / "message.md"
    path.write_text(template, encoding="utf-8")
    return contacts, path


HEAD = "From: Office <office@example.com>\nSubject: News\n"


def codes(tmp_path: Path, rows: int, template: str, options: UnsubscribeOptions = NO_UNSUBSCRIBE) -> list[str]:
    contacts, path = write_campaign(tmp_path, rows, template)
    return [f.code for f in check(open_campaign(contacts, path, unsubscribe=options))]


def test_check_warns_a_bulk_campaign_without_unsubscribe_once(tmp_path: Path) -> None:
    assert codes(tmp_path, 10, HEAD + "\nHi\n") == []  # a handful of people: no warning
    assert codes(tmp_path, 11, HEAD + "\nHi\n") == ["unsubscribe.missing"]
    assert codes(tmp_path, 11, HEAD + "\nHi\n", BOTH) == []
    assert codes(tmp_path, 11, HEAD + "Unsubscribe: none\n\nYour invoice\n") == []  # chosen on purpose


def test_check_refuses_an_unsubscribe_link_that_would_be_empty(tmp_path: Path) -> None:
    assert codes(tmp_path, 2, HEAD + "\nBye: {{ unsubscribe_link }}\n") == ["unsubscribe.link_without_address"]
    assert codes(tmp_path, 2, HEAD + "\nBye: {{ unsubscribe_link }}\n", BOTH) == []
    assert codes(tmp_path, 2, HEAD + "Unsubscribe: http://example.com/u\n\nHi\n") == ["unsubscribe.bad_url"]


def parse(data: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage) and not message.defects
    return message


@needs_keyring
def test_account_options_reach_every_message_and_the_footer(tmp_path: Path) -> None:
    assert main(["account", "add", "news", "--preset", "outbox", "--from", "Office <office@example.com>",
                 "--unsubscribe-mailto", "unsubscribe@example.com",
                 "--unsubscribe-url", "https://example.com/unsub"]) == EXIT_OK
    contacts, template = write_campaign(
        tmp_path, 2, "Subject: News\n\nHello\n\n[Unsubscribe]({{ unsubscribe_link }})\n")
    out = tmp_path / "row2.eml"
    assert main(["preview", str(contacts), str(template), "--row", "2", "--account", "news",
                 "--out", str(out)]) == EXIT_OK
    message = parse(out.read_bytes())
    token = install_tokens().token("p1@example.com")
    assert str(message["List-Unsubscribe"]) == (
        f"<mailto:unsubscribe@example.com?subject=unsubscribe-{token}>, <https://example.com/unsub?u={token}>")
    assert str(message["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click"
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    assert f"https://example.com/unsub?u={token}" in text.get_content()
    assert f'href="https://example.com/unsub?u={token}"' in html.get_content()
    assert install_tokens().token("p0@example.com") != token


@needs_keyring
def test_a_template_line_overrides_the_account(tmp_path: Path) -> None:
    contacts, template = write_campaign(tmp_path, 1, HEAD + "Unsubscribe: none\n\nYour invoice\n")
    message = open_campaign(contacts, template, unsubscribe=BOTH).build(1)
    assert b"List-Unsubscribe" not in message.data
    template.write_text(HEAD + "Unsubscribe: leave@example.org\n\nNews\n", encoding="utf-8")
    parsed = parse(open_campaign(contacts, template, unsubscribe=BOTH).build(1).data)
    assert str(parsed["List-Unsubscribe"]).startswith("<mailto:leave@example.org?subject=unsubscribe-")
    assert parsed["List-Unsubscribe-Post"] is None  # no URL, so no one-click
    assert parsed["Unsubscribe"] is None  # the template line itself is never sent


def test_account_add_refuses_a_bad_unsubscribe_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["account", "add", "news", "--preset", "outbox",
                 "--unsubscribe-url", "http://example.com/u"]) == EXIT_UNUSABLE
    assert "cannot be used. Write one https:// address" in capsys.readouterr().err
    assert load_accounts() == {}  # nothing half-saved


def test_check_needs_no_keyring_even_with_an_unsubscribe_link(tmp_path: Path) -> None:
    """Checking reads no secret (a script may check on a machine without a keyring); only sending needs the
    token secret."""
    import subprocess
    import sys

    from conftest import REPO

    assert main(["account", "add", "news", "--preset", "outbox", "--from", "Office <office@example.com>",
                 "--unsubscribe-url", "https://example.com/bye"]) == EXIT_OK
    contacts, template = write_campaign(tmp_path, 2, "Subject: News\n\nHi\n\n[Leave]({{ unsubscribe_link }})\n")
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    result = subprocess.run([sys.executable, "-m", "mailmerge", "check", str(contacts), str(template),
                             "--account", "news"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ready to send.")
