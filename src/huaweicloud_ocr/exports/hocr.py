"""hOCR of an answer (issue 16, point 3): the located words as hOCR 1.2 in XHTML 1.0, for the
tools that read it (text layers in PDFs, proof-reading editors, hocr-tools). No extra needed.

    from huaweicloud_ocr.exports.hocr import to_hocr

    Path("page.hocr").write_text(to_hocr(answer, image_size=(2480, 3508)), encoding="utf-8")

The document is `<?xml?>` + the XHTML 1.0 Transitional doctype + `<html>` in the XHTML
namespace; `<head>` has the `title`, `ocr-system` (this package and its version),
`ocr-capabilities` and `ocr-number-of-pages` metas. The body holds, per page, an `ocr_page`
div, `ocr_carea` divs, one `ocr_par` paragraph in each, `ocr_line` spans and `ocrx_word` spans.
Every element has an `id` (`page_1`, `block_1_2`, `par_1_2`, `line_1_3`, `word_1_7`: page then
number in the page, from 1) and a `title` with its properties.

Where the words and their grouping come from:

* General Text, Web Image, General Table, Smart Document Recognizer: the words, order and
  grouping of `results.text.lines_of`: each of its blocks (the text's parts between blank
  lines: a General Table area, a Smart Document Recognizer page) is an `ocr_carea`, each line
  an `ocr_line`. A table area is thus a carea whose lines are its rows and whose words are its
  cells (a cell's `location`, as `spans_of` gives it). A line or carea left with no located
  word is not written. Each Smart Document Recognizer result item with words is a page
  (`ppageno` its index in the answer); its layout blocks are not used for grouping;
* ID-card `text_location` fields and license plates (`results.locations` kinds `field` and
  `plate`) with text: each, in answer order, is a word in a carea and line of its own.
  Locations without text (portraits, the located document) are not written; nor are the
  layout blocks, tables, formulas and key-value boxes of Smart Document Recognizer, whose
  words are those of `ocr_result`.

Properties and choices:

* `bbox` of a word is the axis-aligned box of its quadrilateral, in integers (left and top
  rounded down, right and bottom up); of a line, paragraph and carea the union of their words'
  boxes. Coordinates are the answer's, unclamped;
* `poly` of a word is its quadrilateral, corner by corner, rounded to integers
  (capability `ocrp_poly`): the box alone would lose a rotated word's shape;
* `x_wconf` is the word's `confidence` times 100, rounded to an integer, only when the word has
  a score from 0 to 1 (a word without one has no `x_wconf`: never 0);
* `textangle` on each line of a page whose `direction` (General Text, Smart Document Recognizer
  `ocr_result`) is more than 0 and less than 360: the same number, read as `results.text` reads
  it (the page content turned anti-clockwise by that angle);
* the page `bbox` is `0 0 width height` of `image_size` when given (the same for every page),
  else `0 0` and the right and bottom of its words' boxes; `ppageno` is the page index (0 for a
  single image);
* words without a usable location (absent, or not four [x, y] points) are left out: hOCR places
  every word. `strict=True` raises `ValidationError` naming the first location of the answer
  that is present but not a quadrilateral (`results.locations.location_problems` lists them);
* text is escaped for XML; characters XML 1.0 cannot hold (control characters other than tab,
  newline and carriage return, lone surrogates, U+FFFE, U+FFFF) become U+FFFD; a carriage
  return is written `&#13;` so that it reads back as itself. A word's text is otherwise kept
  as the answer gives it, spaces included.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from huaweicloud_ocr._version import __version__
from huaweicloud_ocr.errors import ValidationError
from huaweicloud_ocr.results._answer import get as _get
from huaweicloud_ocr.results._answer import plain as _plain
from huaweicloud_ocr.results.locations import quad_of, scan_locations
from huaweicloud_ocr.results.text import Span, lines_of

__all__ = ["CAPABILITIES", "to_hocr"]

CAPABILITIES = ("ocr_page", "ocr_carea", "ocr_par", "ocr_line", "ocrx_word", "ocrp_poly")
"""What every document declares in `ocr-capabilities` (`ocrp_wconf` is added when some word
has an `x_wconf`)."""

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
Box = tuple[int, int, int, int]


@dataclass
class _Word:
    text: str
    box: Box
    poly: list[tuple[int, int]]
    wconf: int | None


@dataclass
class _Page:
    number: int  # ppageno
    direction: float | None
    careas: list[list[list[_Word]]] = field(default_factory=list)  # carea -> line -> word


def to_hocr(
    answer: Any,
    *,
    image_size: tuple[int, int] | None = None,
    title: str = "OCR result",
    strict: bool = False,
) -> str:
    """The hOCR (XHTML) of the located words of `answer` (see the module docstring).

    `answer` is a response or result model, a Smart Document Recognizer list of page results,
    or a dict of any of these as `to_dict()` wrote it. `image_size` is (width, height) in
    pixels. Raises `ValidationError` for an `image_size` out of its rule, or with `strict` for
    a location that is not a quadrilateral; `ValueError` for a failed call's answer; `TypeError`
    for something that is not an answer.
    """
    size = _size(image_size)
    scan = scan_locations(answer)
    if strict and scan.problems:
        first = scan.problems[0]
        raise ValidationError(
            first.path, first.reason, "a location is four [x, y] points of finite numbers"
        )
    try:
        pages = _text_pages(answer, lines_of(answer))
    except (TypeError, ValueError):
        pages = []  # not a text answer (an ID card, a plate list)
    # ID-card fields and plates (never in a text answer): a carea and line each.
    fields = [
        _word(box.text, box.quad, box.confidence)
        for box in scan.located
        if box.kind in ("field", "plate") and box.text is not None and box.text.strip()
    ]
    if fields:
        pages.append(_Page(0, None, [[[word]] for word in fields]))
    return _document(pages, size, title)


def _size(image_size: Any) -> tuple[int, int] | None:
    if image_size is None:
        return None
    if (
        isinstance(image_size, Sequence)
        and not isinstance(image_size, str | bytes)
        and len(image_size) == 2
        and all(type(v) is int and v > 0 for v in image_size)
    ):
        return image_size[0], image_size[1]
    raise ValidationError(
        "image_size", f"{image_size!r} is not a size", "(width, height), two ints above 0"
    )


def _score(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    return None


def _word(text: str, quad: Sequence[Sequence[float]], confidence: float | None) -> _Word:
    xs = [p[0] for p in quad]
    ys = [p[1] for p in quad]
    box = (math.floor(min(xs)), math.floor(min(ys)), math.ceil(max(xs)), math.ceil(max(ys)))
    poly = [(round(x), round(y)) for x, y in zip(xs, ys, strict=True)]
    wconf = None if confidence is None else round(confidence * 100)
    return _Word(text, box, poly, wconf)


def _directions(answer: Any) -> dict[int | None, float]:
    """The `direction` of each page (key None for a single result), where it turns the page."""
    data = _plain(answer)
    if isinstance(data, Mapping) and "result" in data:
        data = data["result"]
    found: dict[int | None, Any] = {}
    if isinstance(data, Sequence) and not isinstance(data, str | bytes):
        for n, page in enumerate(data):
            found[n] = _get(_get(page, "ocr_result"), "direction")
    elif isinstance(data, Mapping):
        found[None] = _get(_get(data, "ocr_result") or data, "direction")
    return {
        key: float(value)
        for key, value in found.items()
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 360
    }


def _text_pages(answer: Any, blocks: Sequence[Sequence[Sequence[Span]]]) -> list[_Page]:
    directions = _directions(answer)
    pages: list[_Page] = []
    previous: object = object()  # the page of the last block written (None: not a page list)
    for block in blocks:
        carea = [
            [
                _word(span.text, quad, _score(_get(span.source, "confidence")))
                for span in line
                if (quad := quad_of(span.location)[0]) is not None
            ]
            for line in block
        ]
        carea = [line for line in carea if line]
        if not carea:
            continue
        page = block[0][0].page  # a block never spans two pages
        if page != previous:
            pages.append(_Page(page or 0, directions.get(page)))
            previous = page
        pages[-1].careas.append(carea)
    return pages


def _union(boxes: Sequence[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _bbox(box: Box) -> str:
    return "bbox {} {} {} {}".format(*box)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _xml(text: str) -> str:
    """Text content: escaped, characters XML cannot hold replaced, and a carriage return as a
    reference (a parser would read a literal one as a newline)."""
    return escape(_NOT_XML.sub("\ufffd", text), {"\r": "&#13;"})


def _document(pages: list[_Page], size: tuple[int, int] | None, title: str) -> str:
    words = [w for page in pages for carea in page.careas for line in carea for w in line]
    capabilities = list(CAPABILITIES)
    if any(w.wconf is not None for w in words):
        capabilities.append("ocrp_wconf")
    if not pages:
        pages = [_Page(0, None)]
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml">',
        " <head>",
        f"  <title>{_xml(title)}</title>",
        '  <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>',
        f'  <meta name="ocr-system" content={quoteattr(f"huaweicloud-ocr {__version__}")}/>',
        f'  <meta name="ocr-capabilities" content="{" ".join(capabilities)}"/>',
        f'  <meta name="ocr-number-of-pages" content="{len(pages)}"/>',
        " </head>",
        " <body>",
    ]
    for p, page in enumerate(pages, start=1):
        page_words = [w.box for carea in page.careas for line in carea for w in line]
        if size is not None:
            page_box: Box = (0, 0, size[0], size[1])
        elif page_words:
            right_bottom = _union(page_words)
            page_box = (0, 0, max(0, right_bottom[2]), max(0, right_bottom[3]))
        else:
            page_box = (0, 0, 0, 0)
        angle = "" if page.direction is None else f"; textangle {_number(page.direction)}"
        out.append(
            f'  <div class="ocr_page" id="page_{p}"'
            f' title="{_bbox(page_box)}; ppageno {page.number}">'
        )
        counts = {"block": 0, "par": 0, "line": 0, "word": 0}

        def ident(kind: str, p: int = p, counts: dict[str, int] = counts) -> str:
            counts[kind] += 1
            return f"{kind}_{p}_{counts[kind]}"

        for carea in page.careas:
            box = _bbox(_union([w.box for line in carea for w in line]))
            out.append(f'   <div class="ocr_carea" id="{ident("block")}" title="{box}">')
            out.append(f'    <p class="ocr_par" id="{ident("par")}" title="{box}">')
            for line in carea:
                line_box = _bbox(_union([w.box for w in line]))
                out.append(
                    f'     <span class="ocr_line" id="{ident("line")}" title="{line_box}{angle}">'
                )
                for word in line:
                    props = [_bbox(word.box), "poly " + " ".join(f"{x} {y}" for x, y in word.poly)]
                    if word.wconf is not None:
                        props.append(f"x_wconf {word.wconf}")
                    out.append(
                        f'      <span class="ocrx_word" id="{ident("word")}"'
                        f' title="{"; ".join(props)}">{_xml(word.text)}</span>'
                    )
                out.append("     </span>")
            out.append("    </p>")
            out.append("   </div>")
        out.append("  </div>")
    out.extend([" </body>", "</html>", ""])
    return "\n".join(out)
