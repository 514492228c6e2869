"""Reading an answer the same way whether it is a generated model or a saved dict (what
to_dict() or a batch line wrote): shared by every results module."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def get(obj: Any, key: str) -> Any:
    """A member of a dict or an attribute of a model; None when absent."""
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        return obj.get(key)
    return getattr(obj, key, None)


def as_list(value: Any) -> list[Any]:
    """A JSON array as a list; anything else (absent, a string, an object) as []."""
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return list(value)
    return []


def plain(answer: Any) -> Any:
    """A model (or a list of models) as the JSON it was read from; a dict as it is."""
    to_dict = getattr(answer, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(answer, Sequence) and not isinstance(answer, str | bytes | Mapping):
        return [plain(a) for a in answer]
    return answer
