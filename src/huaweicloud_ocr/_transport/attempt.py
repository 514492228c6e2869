"""One attempt of a call as seen from the sockets: its deadline, and what happened on the wire.

The attempt running in the current thread or task is in a ContextVar, so the network layer
under httpx (guarded.py), the aiohttp sender and the in-process test transport record on it
without being passed it.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from typing import Any

import httpx


class Attempt:
    """One attempt of a call. `deadline` is time.monotonic() based. A plain class: one is made
    for every attempt, and it keeps attrs out of the import of the package."""

    __slots__ = ("answer_bytes", "deadline", "new_connection", "started", "write_failed")

    def __init__(self, deadline: float | None = None) -> None:
        self.deadline = deadline
        self.started = time.monotonic()
        self.new_connection = False  # a connection was opened for this attempt
        self.write_failed = False  # the request was not written whole
        self.answer_bytes = 0  # bytes of the answer read from the network

    def __repr__(self) -> str:
        return (
            f"Attempt(deadline={self.deadline!r}, new_connection={self.new_connection!r}, "
            f"write_failed={self.write_failed!r}, answer_bytes={self.answer_bytes!r})"
        )

    def time_left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()


current: ContextVar[Attempt | None] = ContextVar("huaweicloud_ocr_attempt", default=None)


def start_attempt(deadline: float | None) -> tuple[Attempt, Any]:
    """Make `Attempt` the current one (for this thread or task); reset with end_attempt."""
    attempt = Attempt(deadline)
    return attempt, current.set(attempt)


def end_attempt(token: Any) -> None:
    current.reset(token)


def clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """A socket wait of at most `timeout` and never past the current attempt's deadline."""
    attempt = current.get()
    left = None if attempt is None else attempt.time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise error("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


def reached_server(exc: Exception, attempt: Attempt) -> bool:
    """Whether the request may have reached the server whole, so that sending it again could
    be a second billed call. False only when that is sure: nothing was connected or written,
    the request was cut short while being written (the server cannot act on half a body), or a
    kept-alive connection was found closed before any byte of the answer (the server had
    closed it before the request arrived)."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return False
    if isinstance(exc, httpx.WriteError | httpx.WriteTimeout) or attempt.write_failed:
        return False
    closed_early = isinstance(exc, httpx.ReadError | httpx.RemoteProtocolError)
    return not (closed_early and not attempt.new_connection and attempt.answer_bytes == 0)


def connected() -> None:
    """Record on the current attempt that it opened a new connection."""
    attempt = current.get()
    if attempt is not None:
        attempt.new_connection = True
