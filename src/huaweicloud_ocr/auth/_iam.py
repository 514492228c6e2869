"""What every IAM call shares: transport failures become one AuthenticationError."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from huaweicloud_ocr.errors import AuthenticationError


@contextmanager
def reaching_iam(endpoint: str) -> Iterator[None]:
    """Wrap httpx failures of a call to IAM (sync or awaited inside the block)."""
    try:
        yield
    except httpx.HTTPError as exc:
        message = f"could not reach IAM at {endpoint}: {type(exc).__name__}"
        raise AuthenticationError(message) from exc
