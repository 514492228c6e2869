"""A string that never shows itself: repr(), str() and format() all give '***'.

A secret is revealed only where a plain value must go (a header, an HMAC key, a JSON body), in an
expression that cannot fail once it has the value: a frame that raises is recorded with its
locals by `traceback.TracebackException(..., capture_locals=True)` and by error reporters.
Where a str or bytes must be kept around (a generated model, a header dict, a request body),
`Revealed` and `RevealedBytes` carry it with a repr that hides it.
"""

from __future__ import annotations

import hmac
import re

# What an HTTP header value can carry without being re-encoded or refused by h11 (whose error
# message would quote it): printable ASCII, no spaces. Tokens and security tokens are Base64-like.
_HEADER_SAFE = re.compile(r"[!-~]+")


class Secret:
    """Holds an SK, a token, a password or a security token. Call reveal() to use it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"a secret must be a str, not {type(value).__name__}")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling would write the value to disk or a queue; refuse rather than leak.
        raise TypeError("a Secret cannot be pickled")

    def fits_header(self) -> bool:
        """Whether the value can be sent as a header as is (checked before it is ever set, so
        that setting it cannot fail with the value in an exception or a frame)."""
        return _HEADER_SAFE.fullmatch(self._value) is not None


class Revealed(str):
    """A secret's value where only a str will do: equal to it and serialized as it (json.dumps,
    headers), but its repr is '***', so frame locals and reporters that record them hide it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a revealed secret cannot be pickled")


class RevealedBytes(bytes):
    """A request body that holds a secret, handed to httpx as content: its repr hides it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} bytes, not shown>"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a request body with a secret cannot be pickled")


def mask_id(value: str) -> str:
    """An access key or user id, shortened for messages: enough to tell keys apart."""
    return value[:4] + "***" if len(value) > 8 else "***"
