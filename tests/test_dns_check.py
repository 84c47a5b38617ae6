"""Sender-domain checks against a real DNS server on loopback (dnslib serving test zones over UDP), never a mocked
resolver; and a DNS server that does not answer, which must give a warning and never block."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import dns.resolver
import pytest
from dnslib.server import DNSServer
from dnslib.zoneresolver import ZoneResolver
from pytestqt.qtbot import QtBot
from ui_fixtures import WAIT_MS, load_sample, window  # noqa: F401

from mailmerge.accounts.dns_check import DNS_SERVER_ENV, check_sender_domain
from mailmerge.cli import EXIT_OK, main
from ui.main_window import MainWindow

ZONE = """
good.mmtest.        60 IN TXT "v=spf1 include:qcloudmail.com ~all"
qcloud._domainkey.good.mmtest. 60 IN TXT "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC"
_dmarc.good.mmtest. 60 IN TXT "v=DMARC1; p=quarantine"
other.mmtest.       60 IN TXT "v=spf1 include:_spf.google.com -all"
other.mmtest.       60 IN TXT "google-site-verification=abc"
nested.mmtest.      60 IN TXT "v=spf1 include:_spf.nested.mmtest ~all"
_spf.nested.mmtest. 60 IN TXT "v=spf1 include:spf.protection.outlook.com ~all"
selector1._domainkey.nested.mmtest. 60 IN TXT "v=DKIM1; p=MIGf"
_dmarc.nested.mmtest. 60 IN TXT "v=DMARC1; p=none"
twice.mmtest.       60 IN TXT "v=spf1 include:amazonses.com ~all"
twice.mmtest.       60 IN TXT "v=spf1 mx ~all"
"""


@pytest.fixture(scope="module")
def dns_server() -> Iterator[tuple[str, int]]:
    server = DNSServer(ZoneResolver(ZONE), port=0, address="127.0.0.1")
    server.start_thread()
    try:
        yield server.server.server_address  # type: ignore[no-any-return]
    finally:
        server.stop()


def resolver_for(address: tuple[str, int], lifetime: float = 3.0) -> dns.resolver.Resolver:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [address[0]]
    resolver.port = address[1]
    resolver.lifetime = resolver.timeout = lifetime
    return resolver


def codes(dns_server: tuple[str, int], domain: str, preset: str, selector: str | None = None) -> list[str]:
    found = check_sender_domain(domain, preset=preset, dkim_selector=selector, resolver=resolver_for(dns_server))
    return [f.code for f in found]


def test_a_domain_set_up_for_its_provider_has_nothing_to_fix(dns_server: tuple[str, int]) -> None:
    assert codes(dns_server, "good.mmtest", "tencent-api") == []
    # an include inside an include, and a subdomain covered by its organisation's DMARC policy
    assert codes(dns_server, "nested.mmtest", "microsoft365") == []


def test_a_bare_domain_gets_each_record_to_add(dns_server: tuple[str, int]) -> None:
    found = check_sender_domain("bare.mmtest", preset="google-workspace", resolver=resolver_for(dns_server))
    assert [f.code for f in found] == ["dns.spf_missing", "dns.dkim_missing", "dns.dmarc_missing"]
    assert found[0].record == 'bare.mmtest TXT "v=spf1 include:_spf.google.com ~all"'
    assert "google._domainkey.bare.mmtest" in found[1].message
    assert found[2].record == '_dmarc.bare.mmtest TXT "v=DMARC1; p=none; rua=mailto:dmarc@bare.mmtest"'
    assert "Add this TXT record for _dmarc.bare.mmtest" in found[2].message


def test_spf_without_the_provider_shows_the_corrected_record(dns_server: tuple[str, int]) -> None:
    found = check_sender_domain("other.mmtest", preset="tencent-smtp", resolver=resolver_for(dns_server))
    assert found[0].code == "dns.spf_without_provider"
    assert found[0].record == 'other.mmtest TXT "v=spf1 include:_spf.google.com include:qcloudmail.com -all"'
    assert codes(dns_server, "twice.mmtest", "ses-api") == ["dns.spf_several", "dns.dmarc_missing"]


def test_a_named_selector_is_looked_up_and_personal_mailboxes_are_skipped(dns_server: tuple[str, int]) -> None:
    assert "dns.dkim_missing" in codes(dns_server, "good.mmtest", "generic", selector="s2026")
    assert codes(dns_server, "good.mmtest", "generic", selector="qcloud") == []
    assert codes(dns_server, "gmail.com", "gmail") == []  # the provider's own domain: nothing the user can add


def test_a_dns_server_that_does_not_answer_is_a_warning() -> None:
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # takes the queries, never answers
    silent.bind(("127.0.0.1", 0))
    try:
        found = check_sender_domain("good.mmtest", preset="tencent-api",
                                    resolver=resolver_for(silent.getsockname(), lifetime=0.3))
    finally:
        silent.close()
    assert [f.code for f in found] == ["dns.unreachable"]
    assert "could not be checked (no answer from the DNS server in time). Sending works anyway" in found[0].message


def test_check_with_an_account_prints_the_records_to_add_and_still_passes(
        dns_server: tuple[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(DNS_SERVER_ENV, f"{dns_server[0]}:{dns_server[1]}")
    assert main(["account", "add", "office", "--preset", "generic", "--host", "smtp.bare.mmtest",
                 "--from", "Office <office@bare.mmtest>", "--dkim-selector", "mail"]) == EXIT_OK
    contacts = tmp_path / "c.csv"
    contacts.write_text("email\nkim@example.com\n", encoding="utf-8")
    template = tmp_path / "t.md"
    template.write_text("Subject: Hi\n\nHello\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(contacts), str(template), "--account", "office"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "warning: bare.mmtest has no SPF record" in out
    assert "No DKIM key is published at mail._domainkey.bare.mmtest" in out
    assert "v=DMARC1; p=none; rua=mailto:dmarc@bare.mmtest" in out
    assert out.strip().endswith("0 errors, 3 warnings; ready to send.")


def test_reserved_example_domains_are_never_looked_up() -> None:
    # no resolver can answer this one: an unroutable address would time out if it were asked
    resolver = resolver_for(("192.0.2.1", 53), lifetime=5.0)
    assert check_sender_domain("office.example.com", preset="ses-api", resolver=resolver) == []


@pytest.mark.gui
def test_the_windows_check_shows_the_records_to_add(dns_server: tuple[str, int], monkeypatch: pytest.MonkeyPatch,
                                                    qtbot: QtBot, window: MainWindow) -> None:
    monkeypatch.setenv(DNS_SERVER_ENV, f"{dns_server[0]}:{dns_server[1]}")
    assert main(["account", "add", "office", "--preset", "tencent-smtp", "--from", "Office <news@good.mmtest>",
                 "--user", "x"]) == EXIT_OK
    window.refresh_accounts()
    window._choose_account("office")
    load_sample(qtbot, window)
    window.message_view.header_edits["From"].setText("")  # the account's address: a domain set up for Tencent
    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.check_view.check_button.isEnabled(), timeout=WAIT_MS)
    model = window.check_view.model
    codes = [model.finding(i).code for i in range(model.rowCount())]
    assert [c for c in codes if c.startswith("dns.")] == []  # good.mmtest has all three records
    assert main(["account", "add", "office", "--preset", "tencent-smtp", "--from", "Office <news@bare.mmtest>",
                 "--user", "x"]) == EXIT_OK
    window.refresh_accounts()
    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.check_view.check_button.isEnabled() and model.rowCount() > 0, timeout=WAIT_MS)
    shown = {model.finding(i).code: model.finding(i).message for i in range(model.rowCount())}
    assert "include:qcloudmail.com" in shown["dns.spf_missing"]
    assert {"dns.dkim_missing", "dns.dmarc_missing"} <= set(shown)
    assert model.counts()[0] == 0  # warnings only: the send is not blocked
