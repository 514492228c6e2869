"""When and how long to wait before trying a request again."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# The service said it did not do the work: throttled, failed, unavailable. An error answer is
# not a successful (billed) call.
RETRYABLE_STATUSES = frozenset({429, 500, 503})
# A gateway's answer (bad gateway, gateway timeout): the service behind it may have finished,
# and billed, the work. Retried only with retry_after_send=True.
AFTER_SEND_STATUSES = frozenset({502, 504})


def is_permanent(error_code: str | None) -> bool:
    """The documents' AIS.xxxx codes describe the request itself: sending it again won't help."""
    return bool(error_code) and str(error_code).startswith("AIS.")


# A dataclass, not attrs: attrs costs 10-18 ms of `import huaweicloud_ocr`, and nothing the
# package imports first needs it (httpx loads what dataclasses needs). dataclasses.replace()
# makes a changed copy.
@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When a call is tried again: jittered exponential backoff, Retry-After honoured.

    By default only what cannot bill twice is retried: 429, 500 and 503 answers, and failures
    where the request provably never reached the service whole (no connection, a wait for a
    pooled connection, a write cut short, a kept-alive connection the server had closed).
    `retry_after_send=True` also retries failures after the request was sent whole (the answer
    timed out, was cut short or malformed, a gateway's 502/504): the service may have processed,
    and billed, the first attempt.

    `max_attempts` counts the first try. `deadline` bounds the whole call: every attempt, every
    read and write within it, and the waits between them.
    """

    max_attempts: int = 4
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    deadline: float = 120.0
    retry_after_send: bool = False

    def should_retry_status(self, status: int, error_code: str | None) -> bool:
        if is_permanent(error_code):
            return False
        return status in RETRYABLE_STATUSES or (
            self.retry_after_send and status in AFTER_SEND_STATUSES
        )

    def backoff(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based)."""
        hinted = parse_retry_after(retry_after)
        if hinted is not None:
            return min(hinted, self.deadline)
        ceiling = min(self.max_backoff, self.initial_backoff * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not cryptography


NO_RETRY = RetryPolicy(max_attempts=1)


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # isdigit alone takes "²", which float() refuses
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
