"""A string that never shows itself: repr(), str() and format() all give '***'."""

from __future__ import annotations

import hmac


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


def mask_id(value: str) -> str:
    """An access key or user id, shortened for messages: enough to tell keys apart."""
    return value[:4] + "***" if len(value) > 8 else "***"
