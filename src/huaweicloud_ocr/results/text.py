"""Plain text in reading order, with spans back to the image, and "label: value" text
(issue 15, point 2).

    from huaweicloud_ocr.results.text import label_value_text, lines_of, spans_of, text_of

    print(text_of(answer))                  # General Text, Web Image, General Table, SDR
    for span in spans_of(answer):           # where each word of that text came from
        print(span.start, span.end, span.text, span.location)
    print(label_value_text(id_answer))      # ID cards, passports, licences, plates
    for block in lines_of(answer):          # the same words as blocks of lines of spans
        for line in block:
            print(" ".join(span.text for span in line))

For code that places words itself (results.document, exports.hocr): `reading_order(blocks,
direction)` gives word blocks in the lines `text_of` would make of them, and
`turned_box(location, direction)` a quadrilateral's box in the turned frame of rule 1 below.

Every function takes a response model, its `.result` model (for Smart Document Recognizer also
the list of page results), or a dict of either as `to_dict()` (or the batch command's JSON Lines)
wrote it. A dict is recognised by its keys: `result` is unwrapped first; then
`words_region_list`/`words_region_count` is General Table, any of `ocr_result`, `kv_result`,
`table_result`, `layout_result`, `form_result`, `formula_result` is one Smart Document
Recognizer page, `words_block_list`/`words_block_count` is General Text or Web Image (the two
have the same word blocks; General Text also has `direction`), and a list is the pages of a
Smart Document Recognizer answer. Nothing here calls the service.

Reading order (`text_of`, `spans_of`) comes from the quadrilaterals, never from list order:

1. Rotation. A General Text (and Smart Document Recognizer `ocr_result`) `direction` between
   0 and 360, other than 0, is read as the angle by which the page content was turned
   anti-clockwise *as seen on screen* (image y axis pointing down); every corner is turned back
   clockwise by that angle about the origin before anything else, so text that runs bottom to
   top on a page turned by 90 reads left to right. -1 (not detected), a missing value and 0
   leave the coordinates as they are. The documents say only "anti-clockwise rotation angle of
   the image"; this is the reading in which the turned-back page is upright.
2. Lines. Each word becomes the axis-aligned box of its (turned) quadrilateral. Words are taken
   by vertical centre, top first; a word joins the line whose vertical extent overlaps its own
   by more than half of the smaller of the two heights (the best such line), else starts a
   new one. A line's extent grows to cover its words. Lines are emitted by their centre, top to
   bottom, each line's words left to right, joined by one space.
3. Columns. A line is cut into segments where the horizontal gap between consecutive words
   exceeds `GAP_FACTOR` (3) times the median word height of the line (height stands in for a
   character's size). A gutter is an x at the middle of such a gap; its support is the number
   of lines cut there. The gutter with the most support (at least 2 lines; ties: leftmost) is
   used: lines in which no segment crosses it form runs, and in each run the segments left of
   the gutter are emitted (lines top to bottom) before the ones right of it; a line with a
   segment crossing the gutter (a heading over both columns) ends the run and is emitted where
   it stands. Each side is treated the same way again, so three columns work too. A line whose
   cut has no support keeps its segments on one line, joined by a space.

Limits: boxes are axis-aligned after the turn, so a page skewed by a few degrees with no
`direction` can merge neighbouring lines; columns whose lines never share a line with the other
column (no line cut at the gutter) are not detected and are read interleaved by height;
vertical (top-to-bottom) scripts are not handled; a gap wider than 3 heights inside one column
(a form's label and value) is a cut, and becomes a column when two lines share it.

Words with no usable location (missing, or not four [x, y] points) follow the located words, in
list order, one per line. Empty or blank words are skipped. Lines are separated by one newline;
General Table regions and Smart Document Recognizer pages by a blank line (empty pages are
skipped). General Table regions are ordered by their top; a region without located words keeps
its place after the region before it. Table regions are given cell by cell: rows by the first
index of `rows`, cells of a row by the first index of `columns`, separated by a tab, rows by a
newline; cells without `rows`/`columns` follow, one per line, in list order.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from huaweicloud_ocr.results._answer import as_list as _list
from huaweicloud_ocr.results._answer import get as _get
from huaweicloud_ocr_api import models

__all__ = [
    "GAP_FACTOR",
    "Box",
    "Span",
    "label_value_text",
    "lines_of",
    "reading_order",
    "spans_of",
    "text_of",
    "turned_box",
]

GAP_FACTOR = 3.0
"""A gap between two words of a line wider than this many median word heights cuts the line."""

_SDR_KEYS = frozenset(
    {"ocr_result", "kv_result", "table_result", "layout_result", "form_result", "formula_result"}
)


@dataclass(frozen=True)
class Span:
    """One word block's place in `text_of(answer)`: `text == text_of(answer)[start:end]`.

    `source` is the word block (or table cell) as given (a generated model or a dict),
    `location` its quadrilateral as the answer gives it (not turned), None when absent; `page`
    is the Smart Document Recognizer page index (None for the other operations).
    """

    start: int
    end: int
    text: str
    source: Any = field(compare=False, repr=False)
    location: list[list[int]] | None = None
    page: int | None = None


Box = tuple[float, float, float, float]
"""An axis-aligned box: x0, y0, x1, y1 (left, top, right, bottom; y grows downwards)."""


@dataclass
class _Word:
    text: str
    source: Any
    location: list[list[int]] | None
    x0: float = 0.0
    x1: float = 0.0
    y0: float = 0.0
    y1: float = 0.0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


# A piece of output: a word (with its source) or a separator string.
_Piece = _Word | str


def _location(value: Any) -> list[list[int]] | None:
    points = _list(value)
    if len(points) != 4:
        return None
    out: list[list[int]] = []
    for point in points:
        xy = _list(point)
        if len(xy) != 2 or not all(
            isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in xy
        ):
            return None
        out.append(list(xy))
    return out


def _words(blocks: Any) -> list[_Word]:
    found = []
    for block in _list(blocks):
        text = _get(block, "words")
        if isinstance(text, str) and text.strip():
            found.append(_Word(text, block, _location(_get(block, "location"))))
    return found


def _turn(words: list[_Word], direction: Any) -> None:
    """Set each located word's box, its corners turned clockwise by `direction` degrees."""
    angle = 0.0
    if (
        isinstance(direction, int | float)
        and not isinstance(direction, bool)
        and 0 < direction < 360
    ):
        angle = math.radians(direction)
    cos, sin = math.cos(angle), math.sin(angle)
    for word in words:
        if word.location is None:
            continue
        # Clockwise on screen (y down): (x, y) -> (x cos - y sin, x sin + y cos).
        xs = [x * cos - y * sin for x, y in word.location]
        ys = [x * sin + y * cos for x, y in word.location]
        # Rounded so that a turn by 90 does not leave 1e-14 differences between equal edges.
        word.x0, word.x1 = round(min(xs), 6), round(max(xs), 6)
        word.y0, word.y1 = round(min(ys), 6), round(max(ys), 6)


def turned_box(location: Any, direction: Any = None) -> Box | None:
    """The axis-aligned box of the quadrilateral `location` once turned back by `direction`, as
    `text_of` turns a word (rule 1 of the module docstring): `direction` between 0 and 360,
    other than 0, turns the corners clockwise about the origin; anything else leaves them. None
    when `location` is not four [x, y] points of finite numbers."""
    points = _location(location)
    if points is None:
        return None
    probe = _Word("", None, points)
    _turn([probe], direction)
    return probe.x0, probe.y0, probe.x1, probe.y1


@dataclass
class _Line:
    words: list[_Word]
    y0: float
    y1: float


def _lines(words: list[_Word]) -> list[_Line]:
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: ((w.y0 + w.y1) / 2, w.x0)):
        best: _Line | None = None
        best_overlap = 0.0
        for line in lines:
            overlap = min(line.y1, word.y1) - max(line.y0, word.y0)
            smaller = min(line.y1 - line.y0, word.height)
            if overlap > smaller / 2 and overlap > best_overlap:
                best, best_overlap = line, overlap
        if best is None:
            lines.append(_Line([word], word.y0, word.y1))
        else:
            best.words.append(word)
            best.y0, best.y1 = min(best.y0, word.y0), max(best.y1, word.y1)
    lines.sort(key=lambda line: (line.y0 + line.y1) / 2)
    return lines


# A segment: words of one line with no wide gap, left to right.
_Segment = list[_Word]


def _segments(line: _Line) -> list[_Segment]:
    words = sorted(line.words, key=lambda w: (w.x0, w.x1))
    limit = GAP_FACTOR * statistics.median(w.height for w in words)
    segments: list[_Segment] = [[words[0]]]
    for word in words[1:]:
        right = max(w.x1 for w in segments[-1])
        if word.x0 - right > limit:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _x0(segment: _Segment) -> float:
    return min(w.x0 for w in segment)


def _x1(segment: _Segment) -> float:
    return max(w.x1 for w in segment)


def _gutter(rows: list[list[_Segment]]) -> float | None:
    """The x of the best-supported gutter (see the module docstring), or None."""
    gaps = [[(_x1(a), _x0(b)) for a, b in itertools.pairwise(row)] for row in rows]
    support: dict[float, int] = {}
    for row_gaps in gaps:
        for left, right in row_gaps:
            g = (left + right) / 2
            support[g] = sum(any(lo <= g <= hi for lo, hi in other) for other in gaps)
    best = sorted(support.items(), key=lambda item: (-item[1], item[0]))
    if not best or best[0][1] < 2:
        return None
    return best[0][0]


def _layout(rows: list[list[_Segment]], depth: int = 0) -> list[list[_Segment]]:
    """Output lines, each a list of segments to join with a space, in reading order."""
    g = _gutter(rows) if depth < 16 else None
    if g is None:
        return rows
    out: list[list[_Segment]] = []
    run: list[list[_Segment]] = []

    total = sum(map(len, rows))

    def flush() -> None:
        left = [[s for s in row if _x1(s) <= g] for row in run]
        right = [[s for s in row if _x1(s) > g] for row in run]
        for side in (left, right):
            side = [row for row in side if row]
            if side:
                # Recurse only on fewer segments than this call got: it always ends.
                smaller = sum(map(len, side)) < total
                out.extend(_layout(side, depth + 1) if smaller else side)
        run.clear()

    for row in rows:
        if any(_x0(s) < g < _x1(s) for s in row):
            flush()
            out.append(row)
        else:
            run.append(row)
    flush()
    return out


def _reading_order(words: list[_Word], direction: Any = None) -> list[_Piece]:
    """Words in reading order with their separators (no trailing newline)."""
    located = [w for w in words if w.location is not None]
    unlocated = [w for w in words if w.location is None]
    _turn(located, direction)
    rows = [_segments(line) for line in _lines(located)]
    pieces: list[_Piece] = []
    out_lines: list[list[_Word]] = [
        [w for segment in row for w in segment] for row in _layout(rows)
    ]
    out_lines.extend([w] for w in unlocated)
    for n, line in enumerate(out_lines):
        if n:
            pieces.append("\n")
        for i, word in enumerate(line):
            if i:
                pieces.append(" ")
            pieces.append(word)
    return pieces


def reading_order(blocks: Any, direction: Any = None) -> list[list[Any]]:
    """The word blocks of `blocks` (a `words_block_list`: models or dicts with `words` and
    `location`) in reading order, as lines of the blocks given, each left to right: the rules
    of the module docstring, on a page turned back by `direction` (a General Text or Smart
    Document Recognizer `ocr_result` direction; None leaves it as it is). Blocks with empty or
    blank `words` are left out; blocks without a usable location follow, one per line."""
    lines: list[list[Any]] = [[]]
    for piece in _reading_order(_words(blocks), direction):
        if isinstance(piece, _Word):
            lines[-1].append(piece.source)
        elif "\n" in piece:
            lines.append([])
    return [line for line in lines if line]


def _first_index(value: Any) -> int | None:
    good = [v for v in _list(value) if type(v) is int and v >= 0]
    return min(good) if good else None


def _table_pieces(blocks: Any) -> list[_Piece]:
    placed: list[tuple[int, int, int, _Word]] = []
    loose: list[_Word] = []
    for n, word in enumerate(_words(blocks)):
        row, column = (
            _first_index(_get(word.source, "rows")),
            _first_index(_get(word.source, "columns")),
        )
        if row is None or column is None:
            loose.append(word)
        else:
            placed.append((row, column, n, word))
    placed.sort(key=lambda item: item[:3])
    pieces: list[_Piece] = []
    previous: int | None = None
    for row, _, _, word in placed:
        if previous is not None:
            pieces.append("\t" if row == previous else "\n")
        pieces.append(word)
        previous = row
    for word in loose:
        if pieces:
            pieces.append("\n")
        pieces.append(word)
    return pieces


def _general_table(result: Any) -> list[_Piece]:
    regions: list[tuple[float, int, list[_Piece]]] = []
    top = -math.inf
    for n, region in enumerate(_list(_get(result, "words_region_list"))):
        blocks = _get(region, "words_block_list")
        is_table = _get(region, "type") == "table" or (
            _get(region, "type") != "text"
            and any(_get(b, "rows") is not None for b in _list(blocks))
        )
        words = _words(blocks)
        pieces = _table_pieces(blocks) if is_table else _reading_order(words)
        located = [loc for w in words if (loc := w.location) is not None]
        if located:
            top = min(y for loc in located for _, y in loc)
        if pieces:
            regions.append((top, n, pieces))
    regions.sort(key=lambda item: item[:2])
    return _joined([pieces for _, _, pieces in regions])


def _joined(parts: list[list[_Piece]]) -> list[_Piece]:
    out: list[_Piece] = []
    for part in parts:
        if not part:
            continue
        if out:
            out.append("\n\n")
        out.extend(part)
    return out


def _ocr_page(page: Any) -> list[_Piece]:
    ocr = _get(page, "ocr_result")
    return _reading_order(_words(_get(ocr, "words_block_list")), _get(ocr, "direction"))


def _pieces(answer: Any) -> tuple[list[_Piece], list[int | None]]:
    """The pieces of the text and, per word piece in order, its page."""
    if isinstance(
        answer,
        models.RecognizeGeneralTextResponse
        | models.RecognizeWebImageResponse
        | models.RecognizeGeneralTableResponse
        | models.RecognizeSmartDocumentRecognizerResponse,
    ):
        return _pieces(answer.result)
    if isinstance(answer, models.GeneralTableResult):
        return _no_pages(_general_table(answer))
    if isinstance(answer, models.GeneralTextResult | models.WebImageResult):
        return _no_pages(_reading_order(_words(answer.words_block_list), _get(answer, "direction")))
    if isinstance(answer, models.SmartDocumentRecognizerResult):
        return _no_pages(_ocr_page(answer))
    if isinstance(answer, Sequence) and not isinstance(answer, str | bytes):
        return _sdr(answer)
    if isinstance(answer, Mapping):
        if "result" in answer:
            result = answer["result"]
            if isinstance(result, Mapping) and ("error_code" in result or "error_msg" in result):
                raise ValueError(f"a failed call's answer holds no text: {dict(result)!r}")
            if isinstance(result, Mapping | Sequence) and not isinstance(result, str | bytes):
                return _pieces(result)
        if "words_region_list" in answer or "words_region_count" in answer:
            return _no_pages(_general_table(answer))
        if _SDR_KEYS & answer.keys():
            return _no_pages(_ocr_page(answer))
        if "words_block_list" in answer or "words_block_count" in answer:
            return _no_pages(
                _reading_order(_words(answer.get("words_block_list")), answer.get("direction"))
            )
        if "error_code" in answer:
            raise ValueError(f"a failed call's answer holds no text: {dict(answer)!r}")
        raise ValueError(
            "not a General Text, Web Image, General Table or Smart Document Recognizer answer"
            f" (keys: {sorted(map(str, answer.keys()))})"
        )
    raise TypeError(
        "not a General Text, Web Image, General Table or Smart Document Recognizer answer:"
        f" {type(answer).__name__}"
    )


def _no_pages(pieces: list[_Piece]) -> tuple[list[_Piece], list[int | None]]:
    return pieces, [None for p in pieces if isinstance(p, _Word)]


def _sdr(pages: Sequence[Any]) -> tuple[list[_Piece], list[int | None]]:
    out: list[_Piece] = []
    numbers: list[int | None] = []
    for n, page in enumerate(pages):
        pieces = _ocr_page(page)
        if not pieces:
            continue
        if out:
            out.append("\n\n")
        out.extend(pieces)
        numbers.extend(n for p in pieces if isinstance(p, _Word))
    return out, numbers


def text_of(answer: Any) -> str:
    """The plain text of a General Text, Web Image, General Table or Smart Document Recognizer
    answer, in reading order (see the module docstring for the rules and their limits).

    Smart Document Recognizer text is each page's `ocr_result`, pages joined by a blank line.
    Raises `ValueError` for a failed call's answer or an unknown dict, `TypeError` for anything
    else.
    """
    pieces, _ = _pieces(answer)
    return "".join(p if isinstance(p, str) else p.text for p in pieces)


def _spans(answer: Any) -> list[tuple[str, Span]]:
    """The spans of `spans_of`, each with the separator `text_of` puts before it ("" first)."""
    pieces, pages = _pieces(answer)
    out: list[tuple[str, Span]] = []
    offset = 0
    separator = ""
    for piece in pieces:
        if isinstance(piece, str):
            offset += len(piece)
            separator += piece
            continue
        end = offset + len(piece.text)
        span = Span(offset, end, piece.text, piece.source, piece.location, pages[len(out)])
        out.append((separator, span))
        offset, separator = end, ""
    return out


def spans_of(answer: Any) -> list[Span]:
    """The words of `text_of(answer)` in text order, each with its offsets, its source block and
    its location, so that a passage found in the text can be mapped back to the image."""
    return [span for _, span in _spans(answer)]


def lines_of(answer: Any) -> list[list[list[Span]]]:
    """The spans of `spans_of(answer)`, in the same order, as blocks of lines of words: a block
    is what `text_of` parts by a blank line (a General Table area, a Smart Document Recognizer
    page), a line what it ends by a newline (a table row is a line, its cells the words). Every
    block and line holds at least one span; an answer with no words gives []."""
    blocks: list[list[list[Span]]] = []
    for separator, span in _spans(answer):
        if not blocks or "\n\n" in separator:
            blocks.append([[span]])
        elif "\n" in separator:
            blocks[-1].append([span])
        else:
            blocks[-1][-1].append(span)
    return blocks


def _skipped(key: str) -> bool:
    return (
        key == "confidence"
        or key.endswith("_confidence")
        or key.endswith("image")
        or key == "location"
        or key.endswith("_location")
    )


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def _label_lines(value: Any, label: str, out: list[str]) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            key = str(key)
            if not _skipped(key):
                name = key.replace("_", " ")
                _label_lines(item, f"{label}.{name}" if label else name, out)
        return
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        items = [v for v in value if v is not None and not (isinstance(v, str) and not v.strip())]
        if all(_scalar(v) for v in items):
            if items:
                out.append(f"{label}: {', '.join(str(v).strip() for v in items)}")
            return
        for n, item in enumerate(items, start=1):
            _label_lines(item, f"{label}.{n}" if label else str(n), out)
        return
    if _scalar(value):
        text = str(value).strip()
        if text:
            out.append(f"{label}: {text}")


def label_value_text(answer: Any) -> str:
    """A "label: value" line for every non-empty field of an ID card, passport, licence or plate
    result, in the order `to_dict()` writes them (the schema's order; a dict given keeps its own
    key order).

    The label is the field name with `_` as a space, nested objects give dotted labels
    (`extra info.local language.name`), lists of scalars are joined by ", ", items of a list of
    objects are numbered from 1 (`1.plate number`, for the Thailand licence plate answer, whose
    result is a list). Values are `str(value)` with surrounding spaces removed (booleans read
    `True`/`False`). Skipped: `confidence` and `*_confidence` fields, whatever they hold; Base64
    images (names ending in `image`); locations (`location`, `*_location`); None, empty strings
    and empty lists. `answer` is a response model, a result model, or a dict of either (a
    `result` key is unwrapped); no check is made of which operation it came from.
    """
    value: Any = answer
    if not isinstance(value, Mapping | Sequence) or isinstance(value, str | bytes):
        to_dict = getattr(value, "to_dict", None)
        if to_dict is None:
            raise TypeError(f"not an answer: {type(answer).__name__}")
        value = to_dict()
    if isinstance(value, Mapping) and "result" in value:
        value = value["result"]
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        value = [v.to_dict() if hasattr(v, "to_dict") else v for v in value]
    if isinstance(value, Mapping) and ("error_code" in value or "error_msg" in value):
        raise ValueError(f"a failed call's answer holds no fields: {dict(value)!r}")
    out: list[str] = []
    _label_lines(value, "", out)
    return "\n".join(out)
