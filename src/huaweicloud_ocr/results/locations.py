"""Every quadrilateral an answer gives, with what it marks (issue 16: overlays and hOCR).

    from huaweicloud_ocr.results.locations import location_problems, locations_of

    for box in locations_of(answer):        # a response/result model or a saved dict
        print(box.kind, box.label, box.text, box.quad, box.confidence, box.path)
    for problem in location_problems(answer):
        print(problem.path, problem.reason)

The answer is read as `to_dict()` writes it (a model is converted first), so a model and its
saved dict give the same boxes with the same `path`s (JSON Pointers into that dict). Every
`location` member and every member whose name ends in `_location` is a quadrilateral (the
spec's `Quadrilateral`: four [x, y] vertices, origin at the top left of the image, y down),
except that a `*_location` holding an object maps field names to quadrilaterals. What each
operation gives, and the `kind` it is reported as:

* General Text, Web Image, Smart Document Recognizer `ocr_result`: word blocks (`word`);
* General Table: blocks of a "text" area (`word`); blocks of a "table" area are cells (`cell`,
  from their `location` and `cell_location`; an area of another or no `type` is a table when
  the block has `rows` or `columns`, as `results.text` reads it), the character blocks of a
  cell's `words_list` (`word`);
* Smart Document Recognizer: `layout_result` blocks (`layout`, `label` the block's `type`),
  `table_result` tables and `form_result` wired forms (`table`, `label` "table" or "form"),
  `formula_result` formulas (`formula`, `text` the LaTeX), the text boxes of `kv_result`
  pairs (`key_value`, `label` "key" or "value"); its table cells have no location;
* Auto ID Document Classification: the located document (`document`, `label` its `type`);
* Thailand, Cambodian, Myanmar, Vietnam and Peru ID cards: `portrait_location` (`portrait`);
  Thailand and Vietnam `text_location`, field name -> quadrilateral (`field`, `text` the
  field's value, `label` its name);
* Thailand license plates: `plate_location` (`plate`, `text` the plate number);
* `char_location` of single characters (`char`), only with `characters=True`.

A `location` in a list other than those above is an `item`; one outside any list is a
`document`. ID Card (China), Passport, Colombia, Chile, Myanmar driver's licence and ID Document
answers carry no locations.

Choices where the documents leave the meaning open:

* a quadrilateral is exactly four points of exactly two numbers (int or float, not bool, finite);
  coordinates are kept as given, as floats, even negative or beyond the image (the service
  may place a box partly outside), and degenerate or self-crossing shapes are kept too;
* anything else under a location name is skipped and reported by `location_problems` with the
  reason; an absent or null location is not a problem (the caller did not ask for it:
  `return_text_location` false, say);
* `confidence` is the item's numeric `confidence` (for a character its `char_confidence`); for
  a portrait or a field it is the result's per-field `confidence` object at the location's name
  (`portrait_location`, as Peru gives it) or at the field's name; a score that is not a number
  from 0 to 1 is None, never 0 (`results.confidence.unscored` says why);
* `page` is the index of the Smart Document Recognizer result item the box belongs to (None for
  every other operation: Thailand plates are a list of plates, not pages).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from huaweicloud_ocr.results._answer import plain as _plain

__all__ = [
    "KINDS",
    "Located",
    "LocationProblem",
    "LocationScan",
    "Point",
    "Quad",
    "location_problems",
    "locations_of",
    "quad_of",
    "scan_locations",
]

Point = tuple[float, float]
Quad = tuple[Point, Point, Point, Point]

KINDS = (
    "word",
    "char",
    "cell",
    "table",
    "layout",
    "formula",
    "key_value",
    "portrait",
    "plate",
    "field",
    "document",
    "item",
)
"""Every `kind` a box can have (see the module docstring for what each operation gives)."""

# The list a located item sits in -> its kind (words_block_list is decided by its context).
_LIST_KINDS = {
    "words_list": "word",
    "layout_block_list": "layout",
    "table_list": "table",
    "form_list": "table",
    "formula_list": "formula",
}
_TEXT_KEYS = ("words", "text", "formula", "plate_number")
_SDR_KEYS = frozenset(
    {"ocr_result", "kv_result", "table_result", "layout_result", "form_result", "formula_result"}
)
_NOT_WALKED = frozenset({"confidence", "alarm_confidence"})


@dataclass(frozen=True)
class Located:
    """One quadrilateral of an answer.

    `kind` is one of `KINDS`; `label` says what it is in a word (a field's name, the `type` the
    answer gives a layout block, formula, key-value box or document, "table"/"form" for a
    table, otherwise the kind); `text` the recognised text it marks (None when the answer gives
    none: portraits, tables, documents); `quad` its four corners as given; `confidence` from 0
    to 1 or None; `path` a JSON Pointer to the location value in the `to_dict()` form; `page`
    the Smart Document Recognizer result item (None for other operations).
    """

    kind: str
    label: str
    text: str | None
    quad: Quad
    confidence: float | None
    path: str
    page: int | None = None


@dataclass(frozen=True)
class LocationProblem:
    """A location that is present but is not a quadrilateral: where it is, what it would have
    marked, and why it was skipped."""

    path: str
    kind: str
    text: str | None
    reason: str


@dataclass(frozen=True)
class LocationScan:
    """The boxes of an answer, in answer order, and the locations skipped as unusable."""

    located: list[Located]
    problems: list[LocationProblem]


def scan_locations(answer: Any, *, characters: bool = False) -> LocationScan:
    """Every usable quadrilateral of the answer and every unusable one, in answer order.

    `answer` is a response model, a result model (or a list of them), or a dict or list as
    `to_dict()` wrote it. Raises `ValueError` for a failed call's answer, `TypeError` for
    something that is not an answer at all.
    """
    data = _plain(answer)
    if not isinstance(data, Mapping | Sequence) or isinstance(data, str | bytes):
        raise TypeError(f"not an answer: {type(answer).__name__}")
    if isinstance(data, Mapping):
        inner = data.get("result", data)
        if isinstance(inner, Mapping) and ("error_code" in inner or "error_msg" in inner):
            raise ValueError(f"a failed call's answer holds no locations: {dict(inner)!r}")
    scan = LocationScan([], [])
    _Walker(scan, characters).node(data, "", _Context())
    return scan


def locations_of(answer: Any, *, characters: bool = False) -> list[Located]:
    """Every usable quadrilateral of the answer, in answer order (see `scan_locations`)."""
    return scan_locations(answer, characters=characters).located


def location_problems(answer: Any, *, characters: bool = False) -> list[LocationProblem]:
    """The locations present in the answer that are not four [x, y] points of numbers."""
    return scan_locations(answer, characters=characters).problems


def quad_of(value: Any) -> tuple[Quad | None, str]:
    """`value` as a quadrilateral, or None and the reason it is not one."""
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        return None, f"a location is a list of four [x, y] points, not {_short(value)}"
    if len(value) != 4:
        return None, f"a location has four [x, y] points, not {len(value)}"
    points: list[Point] = []
    for n, point in enumerate(value):
        if (
            not isinstance(point, Sequence)
            or isinstance(point, str | bytes)
            or len(point) != 2
            or not all(_number(v) for v in point)
        ):
            return None, f"point {n} is not [x, y] with two finite numbers: {_short(point)}"
        points.append((float(point[0]), float(point[1])))
    return (points[0], points[1], points[2], points[3]), ""


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _score(value: Any) -> float | None:
    if _number(value) and 0.0 <= value <= 1.0:
        return float(value)
    return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _pointer(path: str, key: str | int) -> str:
    return f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"


@dataclass(frozen=True)
class _Context:
    list_key: str | None = None  # the list the current mapping sits in
    in_kv: bool = False  # inside a kv_result pair
    region_type: Any = None  # the `type` of the General Table area, inside one
    in_region: bool = False
    page: int | None = None


class _Walker:
    def __init__(self, scan: LocationScan, characters: bool) -> None:
        self.scan, self.characters = scan, characters

    def node(self, node: Any, path: str, ctx: _Context) -> None:
        if isinstance(node, Mapping):
            self.mapping(node, path, ctx)
        elif isinstance(node, Sequence) and not isinstance(node, str | bytes):
            top = path in ("", "/result")
            for i, child in enumerate(node):
                page = ctx.page
                if top and isinstance(child, Mapping) and _SDR_KEYS & child.keys():
                    page = i
                self.node(child, _pointer(path, i), replace(ctx, page=page))

    def mapping(self, node: Mapping[str, Any], path: str, ctx: _Context) -> None:
        scores = node.get("confidence")
        for key, value in node.items():
            key = str(key)
            if value is None or not (key == "location" or key.endswith("_location")):
                continue
            where = _pointer(path, key)
            if key == "char_location":
                if self.characters:
                    char = node.get("char")
                    self.add(
                        "char",
                        "char",
                        char if isinstance(char, str) else None,
                        value,
                        _score(node.get("char_confidence")),
                        where,
                        ctx,
                    )
            elif key == "location":
                kind, label = self.kind_of(node, ctx)
                text = None if kind == "document" else _text(node)
                self.add(kind, label, text, value, _score(scores), where, ctx)
            elif key == "cell_location":
                self.add("cell", "cell", _text(node), value, _score(scores), where, ctx)
            elif key == "plate_location":
                text = node.get("plate_number")
                self.add(
                    "plate",
                    "plate",
                    text if isinstance(text, str) else None,
                    value,
                    _score(scores),
                    where,
                    ctx,
                )
            elif isinstance(value, Mapping):
                # A map of field name -> quadrilateral (text_location).
                for name, quad in value.items():
                    if quad is None:
                        continue
                    text = node.get(name)
                    self.add(
                        "field",
                        str(name),
                        text if isinstance(text, str) else None,
                        quad,
                        _field_score(scores, str(name)),
                        _pointer(where, name),
                        ctx,
                    )
            else:
                name = key.removesuffix("_location")
                kind = "portrait" if name == "portrait" else "field"
                text = node.get(name) if kind == "field" else None
                score = _field_score(scores, key)
                if score is None:
                    score = _field_score(scores, name)
                self.add(
                    kind, name, text if isinstance(text, str) else None, value, score, where, ctx
                )
        for key, child in node.items():
            key = str(key)
            if key in _NOT_WALKED or key == "location" or key.endswith("_location"):
                continue
            if key == "char_list" and not self.characters:
                continue
            if isinstance(child, Mapping | Sequence) and not isinstance(child, str | bytes):
                self.node(child, _pointer(path, key), self.enter(node, key, ctx))

    @staticmethod
    def enter(node: Mapping[str, Any], key: str, ctx: _Context) -> _Context:
        """The context of the member `key` of `node`."""
        in_kv = ctx.in_kv or key == "kv_block_list"
        in_region = ctx.in_region or key == "words_region_list"
        region_type = ctx.region_type
        if ctx.list_key == "words_region_list" and key == "words_block_list":
            region_type = node.get("type")
        return _Context(key, in_kv, region_type, in_region, ctx.page)

    @staticmethod
    def kind_of(node: Mapping[str, Any], ctx: _Context) -> tuple[str, str]:
        own_type = node.get("type")
        list_key = ctx.list_key
        if list_key is None or list_key == "result":
            kind = "document"
        elif list_key == "words_block_list":
            if ctx.in_kv:
                kind = "key_value"
            elif ctx.in_region and (
                ctx.region_type == "table"
                or (
                    ctx.region_type != "text"
                    and (bool(node.get("rows")) or bool(node.get("columns")))
                )
            ):
                kind = "cell"
            else:
                kind = "word"
        else:
            kind = _LIST_KINDS.get(list_key, "item")
        if kind in ("layout", "formula", "key_value", "document") and isinstance(own_type, str):
            return kind, own_type
        if kind == "table":
            return kind, "form" if list_key == "form_list" else "table"
        return kind, kind

    def add(
        self,
        kind: str,
        label: str,
        text: str | None,
        value: Any,
        confidence: float | None,
        path: str,
        ctx: _Context,
    ) -> None:
        quad, reason = quad_of(value)
        if quad is None:
            self.scan.problems.append(LocationProblem(path, kind, text, reason))
        else:
            self.scan.located.append(Located(kind, label, text, quad, confidence, path, ctx.page))


def _text(node: Mapping[str, Any]) -> str | None:
    return next((node[k] for k in _TEXT_KEYS if isinstance(node.get(k), str)), None)


def _field_score(scores: Any, name: str) -> float | None:
    return _score(scores.get(name)) if isinstance(scores, Mapping) else None
