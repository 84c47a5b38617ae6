"""What one delivery attempt came to: the vocabulary shared by transports, classify, engine and journal."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
