"""Check findings about the sender's domain (SPF, DKIM, DMARC in DNS), for the account a campaign is sent through.

Kept apart from the row checks: it asks the network, so the faces run it when they can wait a few seconds (the
CLI's `check --account`, the window's Check step in the background). Every finding is a warning: an optional check
never blocks a send.
"""

from __future__ import annotations

from email.utils import parseaddr
from typing import TYPE_CHECKING

from mailmerge.accounts.dns_check import check_sender_domain
from mailmerge.base.errors import MailMergeError
from mailmerge.compose.preflight import Finding

if TYPE_CHECKING:
    import dns.resolver

    from mailmerge.accounts.profiles import Account
    from mailmerge.compose.campaign import Campaign


def sender_domain_findings(campaign: Campaign, account: Account | None,
                           resolver: dns.resolver.Resolver | None = None) -> list[Finding]:
    """Warnings about the sender domain as sent through `account` (None: the built-in outbox, nothing to check)."""
    if account is None:
        return []
    domain = sender_domain(campaign)
    if not domain:
        return []  # no From at all: the row checks already say so
    found = check_sender_domain(domain, preset=account.preset, dkim_selector=account.dkim_selector,
                                resolver=resolver)
    return [Finding("warning", None, None, f.code, f.message, {**f.params, "record": f.record}, f.template)
            for f in found]


def sender_domain(campaign: Campaign) -> str:
    """The domain of the campaign's From address as the first row renders it ('' when there is none)."""
    if not len(campaign.contacts):
        return ""
    try:
        from_ = campaign.render(1, convert=False).from_
    except MailMergeError:  # a row that does not render is reported by the row checks
        return ""
    address = parseaddr(from_)[1]
    domain = address.rpartition("@")[2].strip().rstrip(".").lower()
    try:
        return domain.encode("idna").decode("ascii") if domain else ""
    except UnicodeError:
        return ""
