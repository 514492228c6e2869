"""Every quadrilateral an answer gives, with what it marks (issue 16: overlays and hOCR).

    from huaweicloud_ocr.results.locations import location_problems, locations_of

    for box in locations_of(answer):        # a response/result model or a saved dict
        print(box.kind, box.label, box.text, box.quad, box.confidence, box.path)
    for problem in location_problems(answer):
        print(problem.path, problem.reason)

The answer is read as `to_dict()` writes it (a model is converted first), so a model and its
saved dict give the same boxes with the same `path`s (JSON Pointers into that dict). Where the
quadrilaterals are and what they mark is the spec's, not this module's: openapi.yaml annotates
each schema that carries one (`x-located`: the property, its `kind`, the properties of its text,
score and label; `x-location-map`: a map of field name -> quadrilateral; `x-table`, `x-table-cell`:
when a block is a table cell; `x-page`: the pages of a list result; `x-label` on a property),
and the generator exports them with, per operation, the path from the result to every annotated
object (`_spec.location_results`). The answer is walked along those paths only; a member the
spec does not annotate is never read as a location, whatever its name. A quadrilateral is the
spec's `Quadrilateral`: four [x, y] vertices, origin at the top left of the image, y down.
What the annotations give today, and the `kind` each is reported as:

* General Text, Web Image, Smart Document Recognizer `ocr_result`: word blocks (`word`);
* General Table: blocks of a "text" area (`word`); blocks of a table area are cells (`cell`,
  from their `location` and `cell_location`; an area of another or no `type` is a table when
  any of its blocks gives `rows` or `columns`, as `results.tables` reads it), the character
  blocks of a cell's `words_list` (`word`);
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

A kind the spec names that this version does not know is reported as `item` (its `label` the
kind the spec gives), so a newer annotation never breaks an older reader.

Which operation an answer is: `operation=` when given; else a model's class (the generated
classes are named after their schemas); else, for a saved dict, the operations whose result
has the answer's shape (an object, or a list of objects) and the most of its keys (of the keys
of all its items, for a list): every key, for an answer as the service gave it; a key the spec
does not know (a newer service) is simply not counted. Their paths are merged: where two of
them place different annotations on the same member and the answer has it, `ValueError` asks
for `operation=`; a list's items are pages only when every such operation says so.

Choices where the documents leave the meaning open:

* a quadrilateral is exactly four points of exactly two numbers (int or float, not bool, finite);
  coordinates are kept as given, as floats, even negative or beyond the image (the service
  may place a box partly outside), and degenerate or self-crossing shapes are kept too;
* anything else at an annotated location is skipped and reported by `location_problems` with
  the reason (a field map that is not an object, too); an absent or null location is not a
  problem (the caller did not ask for it: `return_text_location` false, say);
* `confidence` is the annotation's score property: a number from 0 to 1, or an object of scores
  keyed by field name, read at the location's property name, else at its label (a portrait:
  `portrait_location`, as Peru gives it, else `portrait`), or for a field map at the field's
  name; a score that is not a number from 0 to 1 is None, never 0 (`results.confidence.unscored`
  says why);
* the label is the `label_from` property's text when present, else the place's `x-label`, else
  the kind;
* `page` is the index of the Smart Document Recognizer result item the box belongs to (None for
  every other operation: Thailand plates are a list of plates, not pages).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from huaweicloud_ocr import _spec
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


def scan_locations(
    answer: Any, *, characters: bool = False, operation: str | None = None
) -> LocationScan:
    """Every usable quadrilateral of the answer and every unusable one, in answer order.

    `answer` is a response model, a result model (or a list of them), or a dict or list as
    `to_dict()` wrote it; `operation` (a method name such as "recognize_general_text", or the
    operationId) says which operation's answer it is, when its keys leave that open. Raises
    `ValueError` for a failed call's answer, an unknown operation or an answer that several
    operations would locate differently, `TypeError` for something that is not an answer.
    """
    classes = _model_classes(answer)
    data = _plain(answer)
    if not isinstance(data, Mapping | Sequence) or isinstance(data, str | bytes):
        raise TypeError(f"not an answer: {type(answer).__name__}")
    prefix, root = "", data
    if isinstance(data, Mapping):
        inner = data.get("result", data)
        if isinstance(inner, Mapping) and ("error_code" in inner or "error_msg" in inner):
            raise ValueError(f"a failed call's answer holds no locations: {dict(inner)!r}")
        if "result" in data:
            prefix, root = "/result", data["result"]
    scan = LocationScan([], [])
    plan = _plan_for(root, classes, operation)
    if plan is not None:
        _Walker(scan, characters, plan).root(root, prefix)
    return scan


def locations_of(
    answer: Any, *, characters: bool = False, operation: str | None = None
) -> list[Located]:
    """Every usable quadrilateral of the answer, in answer order (see `scan_locations`)."""
    return scan_locations(answer, characters=characters, operation=operation).located


def location_problems(
    answer: Any, *, characters: bool = False, operation: str | None = None
) -> list[LocationProblem]:
    """The locations present in the answer that are not four [x, y] points of numbers."""
    return scan_locations(answer, characters=characters, operation=operation).problems


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


# --- which operation, and its paths -------------------------------------------------------------


def _model_classes(answer: Any) -> set[str]:
    """The class name of a model answer (of each model in a list of them), else nothing."""
    items = answer if isinstance(answer, list | tuple) else [answer]
    return {type(a).__name__ for a in items if callable(getattr(a, "to_dict", None))}


def _operation_key(operation: str) -> str:
    key = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation).lower()
    if key not in _spec.operations():
        raise ValueError(
            f"operation {operation!r} is not an OCR operation (e.g. recognize_general_text)"
        )
    return key


@dataclass
class _Plan:
    """The merged paths of the operations an answer may be: what sits at each path."""

    operations: list[str]
    located: dict[str, dict[str, list[_spec.LocatedAnnotation]]] = field(default_factory=dict)
    maps: dict[str, dict[str, list[_spec.LocatedAnnotation]]] = field(default_factory=dict)
    tables: dict[str, list[_spec.TableAnnotation]] = field(default_factory=dict)
    cells: dict[str, list[_spec.TableCellAnnotation]] = field(default_factory=dict)
    labels: dict[str, list[str | None]] = field(default_factory=dict)
    pages: set[str] = field(default_factory=set)
    children: dict[str, set[str]] = field(default_factory=dict)  # path -> member segments


def _add(found: list[Any], value: Any) -> None:
    if value not in found:
        found.append(value)


def _plan_of(operations: list[str]) -> _Plan:
    results = _spec.location_results()
    schemas = _spec.location_schemas()
    plan = _Plan(operations)
    page_votes: dict[str, list[bool]] = {}
    for op in operations:
        entry = results[op]
        for path, schema in entry["paths"].items():
            notes = schemas[schema]
            for note in notes.get("located", []):
                _add(plan.located.setdefault(path, {}).setdefault(note["location"], []), note)
            for note in notes.get("location_maps", []):
                _add(plan.maps.setdefault(path, {}).setdefault(note["location"], []), note)
            if "table" in notes:
                _add(plan.tables.setdefault(path, []), notes["table"])
            if "table_cell" in notes:
                _add(plan.cells.setdefault(path, []), notes["table_cell"])
            page_votes.setdefault(path, []).append(bool(notes.get("page")))
            _add(plan.labels.setdefault(path, []), entry["labels"].get(path))
            parent = ""
            for segment in _segments(path):
                plan.children.setdefault(parent, set()).add(segment)
                parent = _join(parent, segment)
    plan.pages = {path for path, votes in page_votes.items() if all(votes)}
    return plan


def _segments(path: str) -> list[str]:
    """'[].a.b[]' -> ['[]', 'a', 'b[]']: each step from the result to the object."""
    if path.startswith("[]"):
        return ["[]", *(path[3:].split(".") if len(path) > 2 else [])]
    return path.split(".") if path else []


def _plan_for(root: Any, classes: set[str], operation: str | None) -> _Plan | None:
    results = _spec.location_results()
    if operation is not None:
        key = _operation_key(operation)
        return _plan_of([key])
    by_class = [op for op, e in results.items() if classes & {e["response"], e["schema"]}]
    if by_class or classes:
        return _plan_of(by_class)  # no operation: a model of another kind holds no location
    is_list = isinstance(root, Sequence) and not isinstance(root, str | bytes)
    if not is_list and not isinstance(root, Mapping):
        return None
    items: Iterable[Any] = root if is_list else [root]
    keys = {str(k) for item in items if isinstance(item, Mapping) for k in item}
    shaped = [op for op, e in results.items() if e["list"] == is_list]
    fit = {op: len(keys & set(results[op]["properties"])) for op in shaped}
    best = max(fit.values(), default=0)
    return _plan_of([op for op in shaped if fit[op] == best])


# --- walking ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    page: int | None = None
    cells: str | None = None  # the path of the cells of the table being walked


class _Walker:
    def __init__(self, scan: LocationScan, characters: bool, plan: _Plan) -> None:
        self.scan, self.characters, self.plan = scan, characters, plan

    def root(self, root: Any, pointer: str) -> None:
        if isinstance(root, Mapping):
            self.mapping(root, pointer, "", _Context())
        elif isinstance(root, Sequence) and not isinstance(root, str | bytes):
            self.items(root, pointer, "[]", _Context())

    def items(self, items: Sequence[Any], pointer: str, path: str, ctx: _Context) -> None:
        for i, item in enumerate(items):
            if isinstance(item, Mapping):
                page = i if path in self.plan.pages else ctx.page
                self.mapping(item, _pointer(pointer, i), path, replace(ctx, page=page))

    def mapping(self, node: Mapping[str, Any], pointer: str, path: str, ctx: _Context) -> None:
        in_table = ctx.cells == path
        located = self.plan.located.get(path, {})
        maps = self.plan.maps.get(path, {})
        for key, value in node.items():
            key = str(key)
            if value is None:
                continue
            if key in located:
                note = self.one(located[key], path, key)
                self.located(node, key, value, note, in_table, (pointer, path), ctx)
            elif key in maps:
                note = self.one(maps[key], path, key)
                self.field_map(node, key, value, note, _pointer(pointer, key), ctx)
        tables = self.plan.tables.get(path)
        if tables:
            table = self.one(tables, path, "x-table")
            if self.is_table(node, table, path):
                ctx = replace(ctx, cells=_join(path, f"{table['cells']}[]"))
        children = self.plan.children.get(path, set())
        for key, child in node.items():
            key = str(key)
            if key in children and isinstance(child, Mapping):
                self.mapping(child, _pointer(pointer, key), _join(path, key), ctx)
            elif f"{key}[]" in children and _is_list(child):
                self.items(child, _pointer(pointer, key), _join(path, f"{key}[]"), ctx)

    def one(self, notes: list[Any], path: str, member: str) -> Any:
        """The annotation every candidate operation agrees on, or ValueError."""
        if len(notes) > 1:
            where = f"{path}.{member}" if path else member
            raise ValueError(
                f"the answer fits {sorted(self.plan.operations)}, which read {where!r}"
                " differently; pass operation= to name the operation"
            )
        return notes[0]

    def is_table(self, node: Mapping[str, Any], table: _spec.TableAnnotation, path: str) -> bool:
        """The `x-table` rule: by the `type` property when it says, else by the cells' spans."""
        type_property = table.get("type")
        if type_property is None:
            return True
        value = node.get(type_property)
        if value in table.get("is_table", []):
            return True
        if value in table.get("not_table", []):
            return False
        cells_path = _join(path, f"{table['cells']}[]")
        spans = self.plan.cells.get(cells_path)
        if not spans:
            return False
        cell = self.one(spans, cells_path, "x-table-cell")
        cells = node.get(table["cells"])
        if not isinstance(cells, Sequence) or isinstance(cells, str | bytes):
            return False
        return any(
            isinstance(c, Mapping)
            and (c.get(cell["rows"]) is not None or c.get(cell["columns"]) is not None)
            for c in cells
        )

    def located(
        self,
        node: Mapping[str, Any],
        key: str,
        value: Any,
        note: _spec.LocatedAnnotation,
        in_table: bool,
        where: tuple[str, str],
        ctx: _Context,
    ) -> None:
        pointer, path = where
        kind = note["kind"]
        if in_table and "in_table" in note:
            kind = note["in_table"]
        if kind == "char" and not self.characters:
            return
        label = _text_at(node, note.get("label_from"))
        if label is None:
            label = self.one(self.plan.labels.get(path, [None]), path, "x-label") or kind
        if kind not in KINDS:
            kind = "item"
        text = _text_at(node, note.get("text"))
        scores = node.get(note["confidence"]) if "confidence" in note else None
        if isinstance(scores, Mapping):
            score = _score(scores.get(key))
            if score is None:
                score = _score(scores.get(label))
        else:
            score = _score(scores)
        self.add(kind, label, text, value, score, _pointer(pointer, key), ctx)

    def field_map(
        self,
        node: Mapping[str, Any],
        key: str,
        value: Any,
        note: _spec.LocatedAnnotation,
        pointer: str,
        ctx: _Context,
    ) -> None:
        kind = note["kind"] if note["kind"] in KINDS else "item"
        if not isinstance(value, Mapping):
            reason = f"a location map is an object of field name -> location, not {_short(value)}"
            self.scan.problems.append(LocationProblem(pointer, kind, None, reason))
            return
        scores = node.get(note["confidence"]) if "confidence" in note else None
        for name, quad in value.items():
            if quad is None:
                continue
            score = _score(scores.get(name)) if isinstance(scores, Mapping) else None
            text = _text_at(node, str(name))
            self.add(kind, str(name), text, quad, score, _pointer(pointer, name), ctx)

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


def _is_list(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, str | bytes)


def _join(path: str, segment: str) -> str:
    return f"{path}.{segment}" if path else segment


def _text_at(node: Mapping[str, Any], key: str | None) -> str | None:
    value = node.get(key) if key is not None else None
    return value if isinstance(value, str) else None
