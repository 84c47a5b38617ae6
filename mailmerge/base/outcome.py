"""What one delivery attempt came to: the vocabulary shared by transports, classify, engine and journal."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mailmerge.base.errors import Problem, make_problem


class OutcomeKind(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # transient: back off and try again
    THROTTLE = "throttle"  # provider says slow down: lower the rate, requeue, not a failure
    QUOTA = "quota"  # daily quota reached: pause until the next window
    HARD_BOUNCE = "hard_bounce"  # address does not exist: fail row, suppress
    REJECTED = "rejected"  # policy/spam refusal of this message
    INVALID = "invalid"  # the row itself cannot be sent (bad address, CR/LF in a header...)
    STOP_RUN = "stop_run"  # account-level problem (login, unverified sender): stop everything
    UNKNOWN = "unknown"  # connection lost after DATA: maybe delivered, never resent automatically


@dataclass(frozen=True)
class Outcome:
    kind: OutcomeKind
    reason_code: str  # stable code, e.g. "smtp.mailbox_unknown"; the UI translates by code
    reason: str  # one plain-language English sentence: what happened and what to do
    raw: str = ""  # the provider's literal answer, e.g. "550 5.1.1 <a@b.c>: user unknown"
    provider_id: str | None = None  # queue id / API MessageId when the provider returns one
    retry_after_s: float | None = None  # provider hint (quota reset time, Retry-After)
    # The reason as code + template + parameters (the server's own words are a parameter, never translated), for
    # each face to word in its reader's language; `reason` is its English sentence. None: `reason` only.
    problem: Problem | None = None


def make_outcome(
    kind: OutcomeKind,
    code: str,
    template: str,
    /,
    *,
    raw: str = "",
    provider_id: str | None = None,
    retry_after_s: float | None = None,
    **params: object,
) -> Outcome:
    """An Outcome whose reason is the English `template` filled with `params` (packaging/update_translations.py
    collects the templates of these calls for the translators)."""
    return outcome_of(kind, make_problem(code, template, **params), raw=raw, provider_id=provider_id,
                      retry_after_s=retry_after_s)


def outcome_of(
    kind: OutcomeKind,
    problem: Problem,
    *,
    raw: str = "",
    provider_id: str | None = None,
    retry_after_s: float | None = None,
) -> Outcome:
    """An Outcome whose reason is `problem` (its code is the reason code)."""
    return Outcome(kind, problem.code, problem.message(), raw, provider_id, retry_after_s, problem)
