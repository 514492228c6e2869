"""When and how long to wait before trying a request again."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import attrs

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})


def is_permanent(error_code: str | None) -> bool:
    """The documents' AIS.xxxx codes describe the request itself: sending it again won't help."""
    return bool(error_code) and str(error_code).startswith("AIS.")


# attrs, not dataclasses: attrs is imported anyway; dataclasses costs ~14 ms of import time
@attrs.frozen
class RetryPolicy:
    """Jittered exponential backoff for 429, 5xx and connection errors; honours Retry-After.

    `max_attempts` counts the first try. `deadline` bounds the whole call, waits included.
    """

    max_attempts: int = 4
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    deadline: float = 120.0

    def should_retry_status(self, status: int, error_code: str | None) -> bool:
        return status in RETRYABLE_STATUSES and not is_permanent(error_code)

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
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
