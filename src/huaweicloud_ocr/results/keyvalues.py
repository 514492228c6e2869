"""Key-values as a mapping (issue 15, point 5).

Smart Document Recognizer returns, when `kv` is true, a `kv_result` per result item: a
`kv_block_list` of blocks with a `key`, a `value` and the text boxes (`words_block_list`, each
with `words`, a `location` quadrilateral and a `type` of "key" or "value") they came from.
`key_values_of` turns an answer into a read-only mapping:

    from huaweicloud_ocr.results.keyvalues import key_values_of

    kv = key_values_of(answer)     # a response model, a result model, or a saved dict
    kv["Invoice issuance date"]            # exact key, as the service gave it
    kv.get_normalized("invoice issuance date:")   # case, spaces, punctuation ignored

General Table gives no key-value pairs: its areas are only "text" or "table" (and a table's
cells have no key/value role), so only Smart Document Recognizer answers are read here.

Choices where the documents leave the meaning open:

* the result is a list whose items each may carry a `kv_result` (the documented example puts
  each part in its own item); the pairs of every item are taken, in list order, and each pair
  records the item's index as `page`;
* a key seen more than once keeps every value: `[key]` gives the first, `.all(key)` all of
  them, `.duplicates` reports them;
* a block without a string `key` is left out of the mapping and reported in `problems`; a
  block without a string `value` maps to "" and is reported too;
* `kv_block_count` is not trusted: the list is what counts (a disagreement is reported);
* normalised look-up: NFKC, case folding, every character of a Unicode punctuation category
  (P*) removed (not replaced by a space: "D.O.B." matches "DOB"), whitespace runs collapsed to
  one space and the ends stripped. Two different keys can share a normalised form; then
  `.get_normalized` gives the first in answer order and `.all_normalized` every value.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, overload

from huaweicloud_ocr.results._answer import plain as _plain

__all__ = ["KeyValues", "Pair", "WordsBox", "key_values_of", "normalize_key"]


@dataclass(frozen=True)
class WordsBox:
    """One text box of a pair: its text, its `type` ("key", "value", or what the service
    sent; None when absent) and its quadrilateral (four [x, y] points; None when absent)."""

    words: str
    type: str | None
    location: list[list[float]] | None


@dataclass(frozen=True)
class Pair:
    """One key-value pair as the answer gave it. `page` is the index of the result item it
    came from (None when a single result object was given), `index` its place in that item's
    `kv_block_list`, `boxes` its text boxes (empty when the service sent none)."""

    key: str
    value: str
    page: int | None
    index: int
    boxes: tuple[WordsBox, ...] = ()


def normalize_key(text: str) -> str:
    """A key's form for normalised look-up: NFKC, casefold, Unicode punctuation (categories
    P*) removed, whitespace runs collapsed to one space, ends stripped."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    kept = "".join(c for c in folded if not unicodedata.category(c).startswith("P"))
    return " ".join(kept.split())


class KeyValues(Mapping[str, str]):
    """A read-only mapping from each exact key to its first value, in answer order.

    `pairs` holds every pair (duplicates included), `problems` what was odd in the answer.
    """

    def __init__(self, pairs: Sequence[Pair], problems: Sequence[str] = ()) -> None:
        self._pairs = tuple(pairs)
        self._problems = tuple(problems)
        self._all: dict[str, list[str]] = {}
        self._normalized: dict[str, list[str]] = {}
        for pair in self._pairs:
            self._all.setdefault(pair.key, []).append(pair.value)
            self._normalized.setdefault(normalize_key(pair.key), []).append(pair.value)

    def __getitem__(self, key: str) -> str:
        return self._all[key][0]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def __repr__(self) -> str:
        return f"KeyValues({dict(self)!r})"

    @property
    def pairs(self) -> tuple[Pair, ...]:
        return self._pairs

    @property
    def problems(self) -> tuple[str, ...]:
        return self._problems

    @property
    def duplicates(self) -> dict[str, list[str]]:
        """Every exact key given more than once, with all its values in answer order."""
        return {k: list(v) for k, v in self._all.items() if len(v) > 1}

    def all(self, key: str) -> list[str]:
        """Every value of an exact key, in answer order; [] when the key is absent."""
        return list(self._all.get(key, []))

    @overload
    def get_normalized(self, key: str) -> str | None: ...
    @overload
    def get_normalized(self, key: str, default: str) -> str: ...
    @overload
    def get_normalized(self, key: str, default: None) -> str | None: ...

    def get_normalized(self, key: str, default: str | None = None) -> str | None:
        """The first value whose key has the same normalised form as `key` (see
        `normalize_key`), or `default`."""
        values = self._normalized.get(normalize_key(key))
        return values[0] if values else default

    def all_normalized(self, key: str) -> list[str]:
        """Every value whose key has the same normalised form as `key`, in answer order."""
        return list(self._normalized.get(normalize_key(key), []))

    def items_with_locations(self) -> list[Pair]:
        """Every pair (duplicates included), in answer order, with its text boxes."""
        return list(self._pairs)


def key_values_of(answer: Any) -> KeyValues:
    """The key-value pairs of a Smart Document Recognizer answer.

    `answer` is a `RecognizeSmartDocumentRecognizerResponse`, a `SmartDocumentRecognizerResult`,
    a `SmartDocumentRecognizerKvResult`, the list of results, or a dict (or list) of any of
    these as `to_dict()` writes it. An answer without `kv_result` gives an empty mapping; a
    failed call's answer raises ValueError.
    """
    data = _plain(answer)
    pairs: list[Pair] = []
    problems: list[str] = []
    if isinstance(data, Mapping) and "result" in data:
        data = data["result"]
    if isinstance(data, Mapping) and ("error_code" in data or "error_msg" in data):
        raise ValueError(f"a failed call's answer holds no key-values: {dict(data)!r}")
    if isinstance(data, Sequence) and not isinstance(data, str | bytes):
        for n, page in enumerate(data):
            if isinstance(page, Mapping):
                _page(page.get("kv_result"), n, pairs, problems)
    elif isinstance(data, Mapping):
        if "kv_block_list" in data or "kv_block_count" in data:
            _page(data, None, pairs, problems)
        else:
            _page(data.get("kv_result"), None, pairs, problems)
    else:
        raise TypeError(f"not a Smart Document Recognizer answer: {type(answer).__name__}")
    return KeyValues(pairs, problems)


def _page(kv: Any, page: int | None, pairs: list[Pair], problems: list[str]) -> None:
    if not isinstance(kv, Mapping):
        return
    where = "" if page is None else f"result {page}: "
    blocks = kv.get("kv_block_list")
    blocks = list(blocks) if isinstance(blocks, Sequence) and not isinstance(blocks, str) else []
    count = kv.get("kv_block_count")
    if type(count) is int and count != len(blocks):
        problems.append(f"{where}kv_block_count is {count} but {len(blocks)} blocks are listed")
    for i, block in enumerate(blocks):
        if not isinstance(block, Mapping) or not isinstance(block.get("key"), str):
            problems.append(f"{where}kv block {i} has no key: left out")
            continue
        value = block.get("value")
        if not isinstance(value, str):
            problems.append(f"{where}kv block {i} ({block['key']!r}) has no value: taken as ''")
            value = ""
        pairs.append(Pair(block["key"], value, page, i, _boxes(block.get("words_block_list"))))


def _boxes(value: Any) -> tuple[WordsBox, ...]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        return ()
    found: list[WordsBox] = []
    for box in value:
        if not isinstance(box, Mapping):
            continue
        words, kind, location = box.get("words"), box.get("type"), box.get("location")
        found.append(
            WordsBox(
                words if isinstance(words, str) else "",
                kind if isinstance(kind, str) else None,
                [list(p) for p in location] if isinstance(location, Sequence) else None,
            )
        )
    return tuple(found)
