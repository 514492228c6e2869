"""Confidence helpers (issue 15, point 8): list or drop what the service was unsure of.

The scale is the spec's `Confidence` schema: a number from 0 to 1, higher meaning more reliable
("calculated using algorithms and not equal to the accuracy"). Two shapes carry it:

* a **numeric `confidence` on an item**: the word blocks of General Text, Web Image, General
  Table (blocks and the `words_list` inside cells) and Smart Document Recognizer `ocr_result`,
  a licence plate, the located document of Auto ID Document Classification;
* a **`confidence` object, one score per field**, next to the fields of an ID-card, passport or
  licence result (PassportConfidence, ThailandIdcardConfidence, CambodianIdCardConfidence, ...).

    from huaweicloud_ocr.results.confidence import low_confidence, split_by_confidence

    for item in low_confidence(answer, 0.9):     # a response/result model or a saved dict
        print(item.path, item.text, item.confidence)

The answer is read as `to_dict()` writes it (a model is converted first), so a model and its
saved dict give the same items with the same `path`s (JSON Pointers into that dict).

Choices where the documents leave the meaning open:

* **equal passes**: an item with `confidence >= threshold` is confident, `< threshold` low;
  the threshold must be a number from 0 to 1 (ValueError otherwise, NaN included);
* **no confidence is not a score**: a word block without one (General Table with
  `return_confidence` false, Smart Document Recognizer table cells and key-value boxes, which
  have none in the schema), a string field of a result that has a `confidence` object but no
  score for that field (`machine_code`, say), or a score that is not a number from 0 to 1
  (null, a string, a boolean, 1.5) are listed by `unscored`, with a `note`, never as 0 or 1;
* a result without a `confidence` object (an ID result asked without `return_confidence`)
  gives no field items at all: its fields are not listed as unscored;
* a score in the `confidence` object for a field the result does not give is still an item,
  with `text` None (the documented Thailand example does this for `id_number`);
* per-character scores (`char_confidence` in `char_list`) are left out unless `characters=True`;
* `alarm_confidence` (Auto ID Document Classification) holds integer alarm scores from 0 to
  99, not confidences, and is not read.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from huaweicloud_ocr.results._answer import plain as _plain

__all__ = [
    "Item",
    "Split",
    "confident",
    "drop_low_confidence",
    "items_of",
    "low_confidence",
    "split_by_confidence",
    "unscored",
]

ItemKind = Literal["word", "field", "char", "item"]

_TEXT_KEYS = ("words", "plate_number")
_SKIPPED = frozenset({"alarm_confidence"})


@dataclass(frozen=True)
class Item:
    """One thing the service may have scored.

    `path` is a JSON Pointer into the answer (as `to_dict()` writes it) to the item (a word
    block, or the field itself for a field score); `label` a short name (the field name, or
    the list key and index of a block); `text` the recognised text (None when the answer gives
    none); `confidence` the score from 0 to 1, None for an unscored item, whose `note` says why.
    """

    path: str
    label: str
    text: str | None
    confidence: float | None
    kind: ItemKind
    note: str = field(default="", compare=False)


@dataclass(frozen=True)
class Split:
    """Every item of an answer in exactly one list: `confident` (score >= threshold), `low`
    (score < threshold) or `unscored` (no usable score), each in answer order."""

    threshold: float
    confident: list[Item]
    low: list[Item]
    unscored: list[Item]


def items_of(answer: Any, *, characters: bool = False) -> list[Item]:
    """Every item of the answer, scored or not, in answer order."""
    data = _plain(answer)
    if isinstance(data, Mapping):
        inner = data.get("result", data)
        if isinstance(inner, Mapping) and ("error_code" in inner or "error_msg" in inner):
            raise ValueError(f"a failed call's answer holds no confidences: {dict(inner)!r}")
    found: list[Item] = []
    _walk(data, "", "", found, characters)
    return found


def split_by_confidence(answer: Any, threshold: float, *, characters: bool = False) -> Split:
    """The answer's items split at `threshold` (equal passes)."""
    limit = _threshold(threshold)
    split = Split(limit, [], [], [])
    for item in items_of(answer, characters=characters):
        if item.confidence is None:
            split.unscored.append(item)
        elif item.confidence >= limit:
            split.confident.append(item)
        else:
            split.low.append(item)
    return split


def low_confidence(answer: Any, threshold: float, *, characters: bool = False) -> list[Item]:
    """The scored items under `threshold` (an item exactly at it is not low)."""
    return split_by_confidence(answer, threshold, characters=characters).low


def confident(answer: Any, threshold: float, *, characters: bool = False) -> list[Item]:
    """The scored items at or above `threshold`."""
    return split_by_confidence(answer, threshold, characters=characters).confident


drop_low_confidence = confident
"""What is left once the items under the threshold are dropped (unscored ones are not kept
either: ask `unscored` for them)."""


def unscored(answer: Any, *, characters: bool = False) -> list[Item]:
    """The items that carry no usable score, each with a `note`."""
    return [i for i in items_of(answer, characters=characters) if i.confidence is None]


def _threshold(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"the threshold is a number from 0 to 1, not {value!r}")
    number = float(value)
    if math.isnan(number) or not 0.0 <= number <= 1.0:
        raise ValueError(f"the threshold is a number from 0 to 1, not {value!r}")
    return number


def _score(value: Any) -> tuple[float | None, str]:
    if value is None:
        return None, "no confidence given"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, f"confidence {value!r} is not a number"
    number = float(value)
    if math.isnan(number) or not 0.0 <= number <= 1.0:
        return None, f"confidence {value!r} is not from 0 to 1"
    return number, ""


def _pointer(path: str, key: str | int) -> str:
    return f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _walk(node: Any, path: str, label: str, found: list[Item], characters: bool) -> None:
    if isinstance(node, Mapping):
        _mapping(node, path, label, found, characters)
    elif isinstance(node, Sequence) and not isinstance(node, str | bytes):
        for i, child in enumerate(node):
            _walk(child, _pointer(path, i), f"{label}[{i}]", found, characters)


def _mapping(
    node: Mapping[str, Any], path: str, label: str, found: list[Item], characters: bool
) -> None:
    scores = node.get("confidence")
    if isinstance(scores, Mapping):
        # A result with one score per field: an item per scored field, then the string fields
        # without a score.
        for name, value in scores.items():
            text = node.get(name)
            score, note = _score(value)
            found.append(
                Item(
                    _pointer(path, name),
                    str(name),
                    text if isinstance(text, str) else None,
                    score,
                    "field",
                    note,
                )
            )
        for name, text in node.items():
            if name != "confidence" and name not in scores and isinstance(text, str):
                found.append(
                    Item(_pointer(path, name), name, text, None, "field", "no confidence given")
                )
    else:
        text = next((node[k] for k in _TEXT_KEYS if isinstance(node.get(k), str)), None)
        if "confidence" in node or text is not None:
            score, note = _score(scores)
            kind: ItemKind = "word" if isinstance(node.get("words"), str) else "item"
            found.append(Item(path, label or "result", text, score, kind, note))
    if characters and "char_confidence" in node:
        score, note = _score(node.get("char_confidence"))
        char = node.get("char")
        found.append(
            Item(path, label, char if isinstance(char, str) else None, score, "char", note)
        )
    for key, child in node.items():
        if key == "confidence" or key in _SKIPPED or (key == "char_list" and not characters):
            continue
        if isinstance(child, Mapping | Sequence) and not isinstance(child, str | bytes):
            _walk(child, _pointer(path, key), key, found, characters)
