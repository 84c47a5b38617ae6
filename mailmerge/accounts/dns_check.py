"""Is the sender's domain set up so receivers trust its mail? SPF, DKIM and DMARC records looked up in DNS.

Gmail and Yahoo refuse or spam-file bulk mail from domains without them. Each problem comes back as a finding with
the fix in plain words and the exact record to add. Looking up is optional help: a timeout or an unreachable DNS
server is a warning too, never a reason not to send.

What providers publish (used to say which SPF include and DKIM selector to expect):
- Google Workspace: SPF `include:_spf.google.com` (support.google.com/a/answer/10685031), DKIM selector `google`
  by default (support.google.com/a/answer/174126).
- Microsoft 365: SPF `include:spf.protection.outlook.com`, DKIM selectors `selector1` and `selector2`
  (learn.microsoft.com/defender-office-365/email-authentication-spf-configure, ...-dkim-configure).
- Amazon SES: SPF `include:amazonses.com` for a custom MAIL FROM domain; Easy DKIM selectors are random tokens the
  SES console shows, so the user names one (docs.aws.amazon.com/ses/latest/dg/send-email-authentication-spf.html).
- Tencent Cloud SES: SPF `include:qcloudmail.com`, DKIM selector `qcloud` (tencentcloud.com/document/product/1084).
Personal mailbox presets (gmail.com, outlook.com, naver.com, daum.net addresses) send from the provider's own
domain, which the user cannot change: nothing to check there.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from mailmerge.base.errors import Problem

if TYPE_CHECKING:
    import dns.resolver

TIMEOUT_S = 3.0  # for all lookups of one domain together
DNS_SERVER_ENV = "MAILMERGE_DNS_SERVER"  # HOST or HOST:PORT to ask instead of the system's resolver


@dataclass(frozen=True)
class ProviderDns:
    spf_include: str | None
    dkim_selectors: tuple[str, ...] = ()


_PROVIDERS: Mapping[str, ProviderDns] = MappingProxyType({
    "google-workspace": ProviderDns("_spf.google.com", ("google",)),
    "microsoft365": ProviderDns("spf.protection.outlook.com", ("selector1", "selector2")),
    "ses-smtp": ProviderDns("amazonses.com"),
    "ses-api": ProviderDns("amazonses.com"),
    "tencent-smtp": ProviderDns("qcloudmail.com", ("qcloud",)),
    "tencent-api": ProviderDns("qcloudmail.com", ("qcloud",)),
})
PERSONAL_MAILBOX_PRESETS = frozenset(("gmail", "outlook", "naver", "daum"))
# Names reserved for examples and tests (RFC 2606, RFC 6761): nobody's real sender domain, never looked up.
_RESERVED = ("example", "test", "invalid", "localhost", "example.com", "example.net", "example.org")


@dataclass(frozen=True)
class DomainFinding:
    code: str
    template: str  # English, with {params}: the key a face words it with in its language
    record: str | None = None  # the DNS record to add, as a DNS console asks for it
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def check_sender_domain(domain: str, *, preset: str, dkim_selector: str | None = None,
                        resolver: dns.resolver.Resolver | None = None) -> list[DomainFinding]:
    """The problems of the domain's SPF, DKIM and DMARC records (empty: all found). Blocking; a few lookups."""
    if preset in PERSONAL_MAILBOX_PRESETS or preset == "outbox" or not domain or _reserved(domain):
        return []
    provider = _PROVIDERS.get(preset, ProviderDns(None))
    lookup = _Lookup(resolver or make_resolver())
    try:
        return [*_spf(domain, provider, lookup), *_dkim(domain, provider, dkim_selector, lookup),
                *_dmarc(domain, lookup)]
    except _Unanswered as exc:
        return [DomainFinding(
            "dns.unreachable",
            "The DNS records of {domain} could not be checked ({why}). Sending works anyway; check the "
            "connection and run Check again to see whether SPF, DKIM and DMARC are set up.",
            params={"domain": domain, "why": exc.why},
        )]


def _reserved(domain: str) -> bool:
    return any(domain == name or domain.endswith("." + name) for name in _RESERVED)


def make_resolver() -> dns.resolver.Resolver:
    import dns.resolver

    server = os.environ.get(DNS_SERVER_ENV, "").strip()
    resolver = dns.resolver.Resolver(configure=not server)
    if server:
        host, _, port = server.rpartition(":") if server.count(":") == 1 else (server, "", "")
        resolver.nameservers = [host or server]
        resolver.port = int(port) if port.isdigit() else 53
    resolver.lifetime = TIMEOUT_S
    resolver.timeout = TIMEOUT_S
    return resolver


class _Unanswered(Exception):
    def __init__(self, why: Problem) -> None:
        super().__init__(why.message())
        self.why = why


class _Lookup:
    """TXT lookups sharing one time budget: the first timeout ends the whole check."""

    def __init__(self, resolver: dns.resolver.Resolver) -> None:
        self.resolver = resolver

    def txt(self, name: str) -> list[str]:
        import dns.exception
        import dns.resolver

        try:
            answer = self.resolver.resolve(name, "TXT")
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except dns.exception.Timeout:
            raise _Unanswered(Problem("dns.timeout", "no answer from the DNS server in time")) from None
        except dns.resolver.NoNameservers:
            raise _Unanswered(Problem("dns.refused", "the DNS server refused to answer")) from None
        except dns.exception.DNSException as exc:
            raise _Unanswered(Problem("dns.failed", "the lookup failed: {error}",
                                      MappingProxyType({"error": type(exc).__name__}))) from None
        return [b"".join(r.strings).decode("utf-8", "replace") for r in answer]


def _spf(domain: str, provider: ProviderDns, lookup: _Lookup) -> list[DomainFinding]:
    records = [r for r in lookup.txt(domain) if r.lower().startswith("v=spf1")]
    include = provider.spf_include
    wanted = f"v=spf1 include:{include} ~all" if include else "v=spf1 include:<your provider's SPF domain> ~all"
    if not records:
        return [DomainFinding(
            "dns.spf_missing",
            "{domain} has no SPF record, so receivers cannot tell that your provider may send its mail. Add this "
            "TXT record for {domain} at your domain's DNS host: {wanted}",
            record=f"{domain} TXT \"{wanted}\"", params={"domain": domain, "include": include, "wanted": wanted},
        )]
    if len(records) > 1:
        return [DomainFinding(
            "dns.spf_several",
            "{domain} has {count} SPF records; receivers then ignore all of them. Merge them into one TXT "
            "record that starts with v=spf1.",
            params={"domain": domain, "count": len(records)},
        )]
    if include and not _spf_includes(records[0], include, domain, lookup):
        fixed = records[0].replace(" ~all", f" include:{include} ~all").replace(" -all", f" include:{include} -all")
        if fixed == records[0]:
            fixed = f"{records[0]} include:{include}"
        return [DomainFinding(
            "dns.spf_without_provider",
            "The SPF record of {domain} does not name your provider ({include}), so its mail may be marked as "
            "forged. Change the TXT record to: {fixed}",
            record=f"{domain} TXT \"{fixed}\"",
            params={"domain": domain, "include": include, "current": records[0], "fixed": fixed},
        )]
    return []


def _spf_includes(record: str, include: str, domain: str, lookup: _Lookup, depth: int = 0) -> bool:
    """The include is named in the record or in a record it includes or redirects to (two levels: a domain that
    includes its own sub-record, which names the provider)."""
    terms = record.lower().split()
    if f"include:{include.lower()}" in terms:
        return True
    if depth >= 2:
        return False
    nested = [t.split(":", 1)[1] for t in terms if t.startswith("include:")]
    nested += [t.split("=", 1)[1] for t in terms if t.startswith("redirect=")]
    for name in nested:
        if name.endswith(include.lower()):
            return True
        for sub in (r for r in lookup.txt(name) if r.lower().startswith("v=spf1")):
            if _spf_includes(sub, include, domain, lookup, depth + 1):
                return True
    return False


def _dkim(domain: str, provider: ProviderDns, selector: str | None, lookup: _Lookup) -> list[DomainFinding]:
    selectors = (selector,) if selector else provider.dkim_selectors
    if not selectors:
        return []  # nothing known to look for; the user can name the selector on the account
    for name in selectors:
        if any("p=" in r for r in lookup.txt(f"{name}._domainkey.{domain}")):
            return []
    where = f"{selectors[0]}._domainkey.{domain}"
    return [DomainFinding(
        "dns.dkim_missing",
        "No DKIM key is published at {name}, so receivers cannot verify that your mail was not changed on the "
        "way. Turn on DKIM signing in your provider's console and add the TXT (or CNAME) record it shows for "
        "{name}.",
        record=f"{where} TXT \"v=DKIM1; k=rsa; p=<the public key your provider shows>\"",
        params={"domain": domain, "selector": selectors[0], "name": where},
    )]


def _dmarc(domain: str, lookup: _Lookup) -> list[DomainFinding]:
    # A subdomain without its own policy is covered by its organisation's (RFC 7489 §6.6.3; the last two labels
    # stand in for the public-suffix lookup, which is right for the usual example.com / example.co.kr senders
    # only when checked at both levels, so both are).
    labels = domain.split(".")
    for name in dict.fromkeys((domain, ".".join(labels[-3:]), ".".join(labels[-2:]))):
        if any(r.lower().startswith("v=dmarc1") for r in lookup.txt(f"_dmarc.{name}")):
            return []
    wanted = f"v=DMARC1; p=none; rua=mailto:dmarc@{domain}"
    return [DomainFinding(
        "dns.dmarc_missing",
        "{domain} has no DMARC policy; Gmail and Yahoo require one for bulk mail. Add this TXT record for "
        "_dmarc.{domain}: {wanted}",
        record=f"_dmarc.{domain} TXT \"{wanted}\"", params={"domain": domain, "wanted": wanted},
    )]
