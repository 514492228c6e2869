"""The rate limit of a batch: one token bucket shared by every worker.

`rate` is requests per second, `burst` how many may go at once. A token is taken right before
each request goes out, retries included (the client's `request_gate`), not before the file is
read: a token taken early would let uneven preparation bunch the sends.
"""

from __future__ import annotations

import asyncio
import time

from huaweicloud_ocr.batch.errors import BatchError

__all__ = ["RateLimiter"]


class RateLimiter:
    """A token bucket shared by the workers: `rate` tokens a second, at most `burst` saved up.

    Waiters queue on a lock (first come, first served) and the bucket is refilled from the
    clock when a waiter wakes, so a stalled event loop does not release a burst of overdue
    requests afterwards, and sleeping a little too long is made up by the next request.
    """

    def __init__(self, rate: float, burst: int = 1) -> None:
        if rate <= 0:
            raise BatchError(f"rate must be > 0, not {rate}")
        if burst < 1:
            raise BatchError(f"burst must be >= 1, not {burst}")
        self.rate, self.burst = rate, burst
        self._tokens = float(burst)
        self._updated: float | None = None
        self._lock = asyncio.Lock()

    def _refill(self, now: float) -> None:
        if self._updated is not None:
            self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now

    def delay(self, now: float) -> float:
        """Seconds until a token is there."""
        self._refill(now)
        return 0.0 if self._tokens >= 1 else (1 - self._tokens) / self.rate

    def take(self, now: float) -> None:
        self._refill(now)
        self._tokens -= 1

    async def acquire(self) -> None:
        async with self._lock:
            while (wait := self.delay(time.monotonic())) > 0:
                await asyncio.sleep(wait)
            self.take(time.monotonic())
