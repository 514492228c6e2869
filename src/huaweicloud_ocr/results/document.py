"""Markdown and HTML of whole documents (issue 15, point 3).

    from huaweicloud_ocr.results.document import html_of, markdown_of

    print(markdown_of(answer))                       # Smart Document Recognizer or General Table
    print(html_of(answer, headers_footers=True))     # an <article>, one <section> per page

`answer` is what the other results functions take: a response model, its `.result` (for Smart
Document Recognizer also the list of page results), or a dict of any of these as `to_dict()` or
the batch command's JSON Lines wrote it. Nothing here calls the service. Another operation's
answer, or a failed call's, raises `ValueError` naming what was given; a value that is no answer
at all raises `TypeError` (as `text_of` and `tables_of` do).

What a Smart Document Recognizer page becomes. Each `layout_result` block is rendered by its
`type`: `title` a level-1 heading, `sub_title` level 2, `table` and `form` the grid of the
`table_result` / `form_result` item its `table_id` / `form_id` names (through `Table`, merged
cells as rowspan/colspan in HTML and as empty positions in Markdown, which has no spans: text is
never repeated), `formula` the LaTeX of the `formula_result` item its `formula_id` names as
`$...$` (HTML: `\\(...\\)`), else its words inside `$...$`; `image` a placeholder (`<!-- image
-->`, HTML `<figure data-type="image">`) followed by any words inside it; `header`, `footer`
and `page_number` are left out (with their words) unless `headers_footers` / `page_numbers` is
true; every other type (text, captions, reference, stamp, directory, footnote, types the
documents do not list) is a paragraph. A block's words are `ocr_result` words named by its
`words_ids`, read in reading order as `text_of` reads them (`huaweicloud_ocr.results.text`),
lines joined by a newline (a soft break) in paragraphs and by a space in headings. The block's
own `text` is used only when the page has no `ocr_result` words (it would repeat them
otherwise), and never for tables, forms and images ("not returned" for them, per the
documents). `kv_result` repeats text already on the page and is not rendered.

Every word is placed exactly once (choices where the documents say nothing):

* a word named by several blocks goes to one of them: first to a table, form or formula shown
  from its result (its cells or LaTeX stand for those words, so they are never repeated as
  text), else to the first shown block in layout order (below), else to a hidden header,
  footer or page number (it is then left out with it);
* a word no block names is put where it lies. Inside the box of a block or unnamed result (the
  smallest box that holds the word's centre) it joins that block's words; or is left out with
  a hidden block; or counts as shown by a table or form whose cells hold its text (else it is
  a loose line), by a formula shown from its LaTeX, or by a block naming a table shown
  elsewhere. Anywhere else it becomes a loose line, read with `text_of`'s rules and placed by
  position among the blocks like one; consecutive loose lines make one paragraph (a `<p>`
  with no data-type);
* a `table_result`, `form_result` or `formula_result` item no block names is shown by its own
  `location` among the blocks; an item named by two blocks is shown at the first, and the
  second block's words count as the item's (they are not shown again).

Layout order is taken from the blocks' locations, not from list order: the documents say
nothing of the order of `layout_block_list` (only of `words_block_list`: "left to right, top to
bottom"), and `text_of` reads the page from its quadrilaterals too. Boxes are turned by the
page's `direction` as `text_of` turns words, then cut recursively (an XY-cut): a set of boxes
that a vertical gap parts into columns is read column by column, left to right; otherwise a
horizontal gap parts it into bands, top to bottom, consecutive bands that together part into
columns being read as columns (so a heading across two columns ends them, as in `text_of`).
Boxes that no gap parts (overlapping blocks) are read by top, then left, then list order. A
block without a usable location follows the block before it in the list; loose lines and
unnamed results without one come last. When loose lines are the only located things on a
page (no layout, or none located), they keep `text_of`'s order.
Then every `table_caption` is moved next to the nearest `table` or `form` block its box
overlaps horizontally (before it when the caption's centre is higher, else after it), and every
`image_caption` likewise to an `image`: tables never move away from their titles.

What does not add up is reported, never raised: a `table_id` / `form_id` / `formula_id` that
names no item (its block's words are then shown as a paragraph), a `words_ids` entry that is no
index of `words_block_list` (only when the page has words to index), a second block naming a
shown table, a named formula with no LaTeX, and the `problems` of each `Table` (cells the grid
leaves out follow the table as a paragraph). Each is a `DocumentWarning` and an HTML comment
(`<!-- problem: ... -->`, any "--" in it broken up) at the place in the output.

General Table: each `words_region_list` area is a paragraph ("text") or a table (as `tables_of`
decides), ordered by the boxes of their words and cells like layout blocks.

Pages: the Smart Document Recognizer result list is taken item by item as pages (as `tables_of`
and `key_values_of` number them: index from 0). Pages with nothing to show are skipped; the rest
are separated by `---` in Markdown, and in HTML each is a `<section data-page="N">` (no
data-page for a single result object or General Table).

Escaping: in Markdown text, `` \\ ` * _ [ ] < > # | ~ $ & `` are backslash-escaped, and so are
a line's leading `-`, `+`, `=` and the `.` / `)` of a leading number (lists, setext headings).
In table cells `` & < > * _ ` [ ] ~ $ `` become character references (`&#42;`) instead, since
`Table.to_markdown` doubles backslashes (it escapes `\\` and `|` itself and writes line breaks
in a cell as `<br>`). LaTeX is left as it is but for `$` (`\\$`), `<` and
`>` (`\\lt `, `\\gt `: no raw HTML to a Markdown reader without math). In HTML all
text is escaped with `html.escape`. Whitespace runs in text become one space; characters XML
1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so that the HTML
fragment is well-formed XML as well (`<br/>` in table cells).

Limits: those of `text_of` within a block; boxes that overlap slightly (a skewed page without
`direction`) are not parted and read by top; a label column beside a value column is read as
two columns.
"""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from huaweicloud_ocr.results._answer import as_list as _list
from huaweicloud_ocr.results._answer import get as _get
from huaweicloud_ocr.results._answer import plain as _plain
from huaweicloud_ocr.results.tables import Table, tables_of
from huaweicloud_ocr.results.text import Box, reading_order, turned_box

__all__ = ["DocumentWarning", "html_of", "markdown_of"]


class DocumentWarning(UserWarning):
    """Part of an answer could not be shown as the answer describes it (a reference to a
    missing table, an index outside the word list...); the output marks the place with an HTML
    comment too."""


_SDR_KEYS = frozenset(
    {"ocr_result", "kv_result", "table_result", "layout_result", "form_result", "formula_result"}
)
_HIDDEN = {"header": "headers_footers", "footer": "headers_footers", "page_number": "page_numbers"}
_GRIDS = {
    "table": ("table_id", "table_result", "table_list"),
    "form": ("form_id", "form_result", "form_list"),
}
_CAPTIONS = {"table_caption": ("table", "form"), "image_caption": ("image",)}
_LOOSE = ""  # the kind of a loose line (words no block names)
_XY_DEPTH = 64  # deeper than any real page; a hostile answer gets read by top instead

_Box = Box  # x0, y0, x1, y1 in the turned frame


@dataclass(eq=False)
class _Word:
    """A word block with text: the block as given, its box in the turned frame (or None)."""

    text: str
    source: Any
    box: _Box | None


@dataclass(eq=False)
class _Item:
    """One thing to show: a layout block, a General Table area, an unnamed table or formula,
    or a loose line. `seq` orders items the geometry cannot (list order; extras after)."""

    kind: str
    seq: int
    box: _Box | None
    listed: bool = True
    hidden: bool = False
    words: list[tuple[int, _Word]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    table: Table | None = None
    left_out: list[str] = field(default_factory=list)
    formula: str | None = None
    consumes: bool = False  # names a table shown elsewhere: its words are that table's
    notes: list[str] = field(default_factory=list)


@dataclass
class _Page:
    number: int | None
    items: list[_Item]


# -- text -----------------------------------------------------------------------------------

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$&])")
_CELL_SPECIAL = {c: f"&#{ord(c)};" for c in "*_`[]~$"}


def _safe(text: str) -> str:
    return _FORBIDDEN.sub("\ufffd", text)


def _clean(text: str) -> str:
    return " ".join(_safe(text).split())


def _md_line(line: str) -> str:
    out = _MD_SPECIAL.sub(r"\\\1", line)
    if out[:1] in ("-", "+", "="):
        return "\\" + out
    number = re.match(r"\d+(?=[.)])", out)
    if number:
        end = number.end()
        return out[:end] + "\\" + out[end:]
    return out


def _md_cell(text: str) -> str:
    # Backslashes and pipes are Table.to_markdown's to escape; the rest must not use a backslash.
    text = _safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join(_CELL_SPECIAL.get(c, c) for c in text)


def _math(latex: str) -> str:
    # `<` and `>` would be raw HTML to a Markdown reader without math; MathJax and KaTeX read
    # \lt and \gt as the same signs.
    text = _clean(latex).replace("$", "\\$")
    return text.replace("<", "\\lt ").replace(">", "\\gt ")


def _comment(note: str) -> str:
    return "<!-- problem: " + re.sub("-(?=-)", "- ", _clean(note)) + " -->"


def _retexted(table: Table, fix: Any) -> Table:
    return replace(table, cells=[replace(c, text=fix(c.text)) for c in table.cells])


# -- geometry -------------------------------------------------------------------------------


def _union(boxes: list[_Box | None]) -> _Box | None:
    found = [b for b in boxes if b is not None]
    if not found:
        return None
    return (
        min(b[0] for b in found),
        min(b[1] for b in found),
        max(b[2] for b in found),
        max(b[3] for b in found),
    )


def _parts(items: list[_Item], axis: int) -> list[list[_Item]]:
    """`items` parted at every gap along `axis` (0: x, 1: y) that no box crosses."""

    def box(i: _Item) -> _Box:
        assert i.box is not None
        return i.box

    ranked = sorted(items, key=lambda i: (box(i)[axis], box(i)[axis + 2], i.seq))
    groups: list[list[_Item]] = []
    end = 0.0
    for item in ranked:
        b = box(item)
        if groups and b[axis] < end:
            groups[-1].append(item)
            end = max(end, b[axis + 2])
        else:
            groups.append([item])
            end = b[axis + 2]
    return groups


def _by_top(items: list[_Item]) -> list[_Item]:
    return sorted(items, key=lambda i: (i.box[1], i.box[0], i.seq) if i.box else (0, 0, i.seq))


def _xy_cut(items: list[_Item], depth: int = 0) -> list[_Item]:
    if len(items) <= 1:
        return list(items)
    if depth > _XY_DEPTH:
        return _by_top(items)
    columns = _parts(items, 0)
    if len(columns) > 1:
        return [i for column in columns for i in _xy_cut(column, depth + 1)]
    bands = _parts(items, 1)
    if len(bands) == 1:
        return _by_top(items)
    runs: list[list[_Item]] = []
    for band in bands:
        # Bands that together part into columns are read as columns (never the whole set:
        # it has no column gap, or we would not be here).
        if runs and len(_parts(runs[-1] + band, 0)) > 1:
            runs[-1].extend(band)
        else:
            runs.append(list(band))
    return [i for run in runs for i in _xy_cut(run, depth + 1)]


def _order(items: list[_Item]) -> list[_Item]:
    located = [i for i in items if i.box is not None]
    if all(i.kind == _LOOSE for i in located):
        out = sorted(located, key=lambda i: i.seq)  # text_of's order
    else:
        out = _xy_cut(located)
    inserted: set[int] = set()
    for item in sorted((i for i in items if i.box is None and i.listed), key=lambda i: i.seq):
        before = [n for n, o in enumerate(out) if o.listed and o.seq < item.seq]
        at = max(before, key=lambda n: out[n].seq) + 1 if before else 0
        while at < len(out) and id(out[at]) in inserted and out[at].seq < item.seq:
            at += 1
        out.insert(at, item)
        inserted.add(id(item))
    out.extend(sorted((i for i in items if i.box is None and not i.listed), key=lambda i: i.seq))
    return out


def _gap(a: _Box, b: _Box) -> float:
    return max(0.0, a[1] - b[3], b[1] - a[3])


def _captions_placed(order: list[_Item]) -> list[_Item]:
    """`order` with each caption moved next to its table or image (see the module doc)."""
    moves: dict[int, tuple[_Item, bool]] = {}
    for caption in order:
        targets = _CAPTIONS.get(caption.kind)
        cb = caption.box
        if targets is None or cb is None:
            continue
        best: tuple[float, int, _Item] | None = None
        for n, target in enumerate(order):
            tb = target.box
            if target.kind not in targets or tb is None or min(cb[2], tb[2]) <= max(cb[0], tb[0]):
                continue
            if best is None or _gap(cb, tb) < best[0]:
                best = (_gap(cb, tb), n, target)
        if best is not None:
            tb = best[2].box
            assert tb is not None
            moves[id(caption)] = (best[2], cb[1] + cb[3] < tb[1] + tb[3])
    attached: dict[int, list[tuple[_Item, bool]]] = {}
    for caption in order:
        if id(caption) in moves:
            target, above = moves[id(caption)]
            attached.setdefault(id(target), []).append((caption, above))
    out: list[_Item] = []
    for item in order:
        if id(item) in moves:
            continue
        mine = attached.get(id(item), [])
        out.extend(c for c, above in mine if above)
        out.append(item)
        out.extend(c for c, above in mine if not above)
    return out


# -- reading answers --------------------------------------------------------------------------


def _lines(words: list[tuple[int, _Word]], direction: Any) -> list[list[_Word]]:
    ordered = [w for _, w in sorted(words, key=lambda iw: iw[0])]
    by_block = {id(w.source): w for w in ordered}
    lines = reading_order([w.source for w in ordered], direction)
    return [[by_block[id(block)] for block in line] for line in lines]


def _line_text(line: list[_Word]) -> str:
    return " ".join(t for w in line if (t := _clean(w.text)))


def _ids(value: Any, count: int, where: str, notes: list[str], has_words: bool) -> list[int]:
    found: list[int] = []
    bad: list[Any] = []
    for v in _list(value):
        if type(v) is int and 0 <= v < count:
            if v not in found:
                found.append(v)
        else:
            bad.append(v)
    if bad and has_words:
        notes.append(
            f"{where}: words_ids {bad!r} are not indexes of ocr_result.words_block_list "
            f"({count} blocks): ignored"
        )
    return found


def _where(page: int | None, what: str) -> str:
    return what if page is None else f"result item {page}, {what}"


def _grid(table: Table, where: str, item: _Item) -> None:
    item.table = table
    placed = {c.block for c in table.cells}
    blocks = _list(_get(table.source, "words_block_list"))
    for n, block in enumerate(blocks):
        text = _get(block, "words")
        if n not in placed and isinstance(text, str) and text.strip():
            item.left_out.append(text)
    item.notes.extend(f"{where}: {p.message}" for p in table.problems)


def _table_text(table: Table) -> str:
    return " ".join(_clean(c.text) for c in sorted(table.cells, key=lambda c: (c.row, c.column)))


def _sdr_page(page: Any, number: int | None, shown: dict[str, bool]) -> _Page:
    ocr = _get(page, "ocr_result")
    direction = _get(ocr, "direction")
    word_blocks = _list(_get(ocr, "words_block_list"))
    words: dict[int, _Word] = {}
    for n, block in enumerate(word_blocks):
        text = _get(block, "words")
        if isinstance(text, str) and text.strip():
            words[n] = _Word(text, block, turned_box(_get(block, "location"), direction))
    has_words = bool(word_blocks)

    grids: dict[str, list[Any]] = {
        kind: _list(_get(_get(page, result), key)) for kind, (_, result, key) in _GRIDS.items()
    }
    formulas = _list(_get(_get(page, "formula_result"), "formula_list"))

    blocks: list[tuple[_Item, Any, list[int]]] = []
    for n, block in enumerate(_list(_get(_get(page, "layout_result"), "layout_block_list"))):
        kind = _get(block, "type")
        kind = kind if isinstance(kind, str) and kind else "text"
        item = _Item(kind, n, turned_box(_get(block, "location"), direction))
        item.hidden = kind in _HIDDEN and not shown[_HIDDEN[kind]]
        where = _where(number, f"layout block {n} ({kind})")
        ids = _ids(_get(block, "words_ids"), len(word_blocks), where, item.notes, has_words)
        own = _get(block, "text")
        if not has_words and kind not in ("table", "form", "image") and isinstance(own, str):
            item.lines = [t] if (t := _clean(own)) else []
        blocks.append((item, block, ids))

    # Tables, forms and formulas go to the first block naming them, in layout order.
    used: set[tuple[str, int]] = set()
    for item in _order([b[0] for b in blocks]):
        block = next(b for i, b, _ in blocks if i is item)
        where = _where(number, f"layout block {item.seq} ({item.kind})")
        if item.hidden:
            continue
        if item.kind in _GRIDS:
            key, result, list_key = _GRIDS[item.kind]
            ref, items = _get(block, key), grids[item.kind]
        elif item.kind == "formula":
            key, result, list_key = "formula_id", "formula_result", "formula_list"
            ref, items = _get(block, key), formulas
        else:
            continue
        if ref is None:
            continue  # not asked for (table/form/formula false): words shown instead
        if not (type(ref) is int and 0 <= ref < len(items)):
            item.notes.append(
                f"{where}: {key} {ref!r} is not an index of {result}.{list_key} "
                f"({len(items)} items): its words are shown as text"
            )
            continue
        if (item.kind, ref) in used:
            item.consumes = True
            item.notes.append(f"{where}: {key} {ref} is shown at an earlier block: not repeated")
            continue
        if item.kind == "formula":
            latex = _get(items[ref], "formula")
            if not (isinstance(latex, str) and latex.strip()):
                item.notes.append(f"{where}: {result} item {ref} has no formula: words shown")
                continue
            item.formula = latex
        else:
            table = Table.from_blocks(
                _list(_get(items[ref], "words_block_list")),
                kind="table" if item.kind == "table" else "form",
                page=number,
                index=ref,
                source=items[ref],
            )
            _grid(table, _where(number, f"{result}.{list_key} {ref}"), item)
        used.add((item.kind, ref))

    # Every word to one block (see the module doc for the priorities).
    order = _order([b[0] for b in blocks])
    refs = {id(i): ids for i, _, ids in blocks}
    claimed: set[int] = set()

    def claim(item: _Item, keep: bool) -> None:
        for n in refs[id(item)]:
            if n in words and n not in claimed:
                claimed.add(n)
                if keep:
                    item.words.append((n, words[n]))

    shows = [i for i in order if not i.hidden]
    for item in shows:
        if item.table is not None or item.formula is not None or item.consumes:
            claim(item, keep=False)
    for item in shows:
        claim(item, keep=True)
    for item in order:
        claim(item, keep=False)

    extras: list[_Item] = []
    seq = len(blocks)
    for kind, items in grids.items():
        for n, source in enumerate(items):
            if (kind, n) not in used:
                extra = _Item(
                    kind, seq, turned_box(_get(source, "location"), direction), listed=False
                )
                table = Table.from_blocks(
                    _list(_get(source, "words_block_list")),
                    kind="table" if kind == "table" else "form",
                    page=number,
                    index=n,
                    source=source,
                )
                _grid(table, _where(number, f"{_GRIDS[kind][1]}.{_GRIDS[kind][2]} {n}"), extra)
                extras.append(extra)
                seq += 1
    for n, source in enumerate(formulas):
        latex = _get(source, "formula")
        if ("formula", n) not in used and isinstance(latex, str) and latex.strip():
            box = turned_box(_get(source, "location"), direction)
            extras.append(_Item("formula", seq, box, listed=False, formula=latex))
            seq += 1

    # Words no block names: into the block that holds them, else loose lines.
    holders = [i for i in order + extras if i.box is not None]
    loose: list[tuple[int, _Word]] = []
    for n, word in words.items():
        if n in claimed:
            continue
        holder = _holder(word, holders)
        if holder is None:
            loose.append((n, word))
        elif holder.hidden or holder.formula is not None or holder.consumes:
            pass  # left out with a hidden block; stood for by a formula or a shown table
        elif holder.table is not None:
            if _clean(word.text) not in _table_text(holder.table):
                loose.append((n, word))
        else:
            holder.words.append((n, word))

    for item in shows:
        if item.words:
            item.lines = [_line_text(line) for line in _lines(item.words, direction)]
    lines = [
        _Item(
            _LOOSE,
            seq + k,
            _union([w.box for w in line]),
            listed=False,
            lines=[_line_text(line)],
        )
        for k, line in enumerate(_lines(loose, direction))
    ]
    return _Page(number, _finish(shows + extras + lines))


def _holder(word: _Word, items: list[_Item]) -> _Item | None:
    box = word.box
    if box is None:
        return None
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    best: _Item | None = None
    best_area = 0.0
    for item in items:
        b = item.box
        assert b is not None
        if b[0] <= x <= b[2] and b[1] <= y <= b[3]:
            area = (b[2] - b[0]) * (b[3] - b[1])
            if best is None or area < best_area:
                best, best_area = item, area
    return best


def _finish(items: list[_Item]) -> list[_Item]:
    """Ordered, captions placed, consecutive loose lines made one paragraph."""
    out: list[_Item] = []
    for item in _captions_placed(_order(items)):
        if item.kind == _LOOSE and out and out[-1].kind == _LOOSE:
            out[-1].lines.extend(item.lines)
        else:
            out.append(item)
    return out


def _general_table(result: Any) -> _Page:
    tables = {t.index: t for t in tables_of(result)}
    items: list[_Item] = []
    for n, region in enumerate(_list(_get(result, "words_region_list"))):
        blocks = _list(_get(region, "words_block_list"))
        kind = _get(region, "type")
        kind = kind if isinstance(kind, str) and kind else "text"
        if n in tables:
            boxes = [
                turned_box(_get(b, key), None)
                for b in blocks
                for key in ("location", "cell_location")
            ]
            item = _Item("table", n, _union(boxes))
            _grid(tables[n], f"words_region_list {n} (table)", item)
        else:
            words: list[tuple[int, _Word]] = []
            for k, block in enumerate(blocks):
                text = _get(block, "words")
                if isinstance(text, str) and text.strip():
                    words.append((k, _Word(text, block, turned_box(_get(block, "location")))))
            item = _Item(kind, n, _union([w.box for _, w in words]), words=words)
            item.lines = [_line_text(line) for line in _lines(words, None)]
        items.append(item)
    return _Page(None, _finish(items))


def _pages(answer: Any, headers_footers: bool, page_numbers: bool) -> list[_Page]:
    shown = {"headers_footers": headers_footers, "page_numbers": page_numbers}
    given = answer
    data = _plain(answer)
    named = type(given).__name__
    if isinstance(data, Mapping) and "result" in data:
        result = data["result"]
        if isinstance(result, Mapping) and ("error_code" in result or "error_msg" in result):
            raise ValueError(f"a failed call's answer holds no document: {dict(result)!r}")
        if isinstance(result, Mapping | Sequence) and not isinstance(result, str | bytes):
            data = result
    if isinstance(data, Sequence) and not isinstance(data, str | bytes):
        pages = []
        for n, page in enumerate(data):
            if not isinstance(page, Mapping):
                raise ValueError(
                    f"result item {n} is a {type(page).__name__}, not a Smart Document "
                    "Recognizer result object"
                )
            if not _SDR_KEYS & page.keys() and _other(page):
                raise ValueError(f"result item {n}: {_other(page)}")
            pages.append(_sdr_page(page, n, shown))
        return pages
    if isinstance(data, Mapping):
        if "words_region_list" in data or "words_region_count" in data:
            return [_general_table(data)]
        if _SDR_KEYS & data.keys():
            return [_sdr_page(data, None, shown)]
        if "error_code" in data or "error_msg" in data:
            raise ValueError(f"a failed call's answer holds no document: {dict(data)!r}")
        reason = _other(data) or (
            "not a General Table or Smart Document Recognizer answer "
            f"(keys: {sorted(map(str, data.keys()))})"
        )
        raise ValueError(reason if isinstance(given, Mapping) else f"{named}: {reason}")
    raise TypeError(f"not a General Table or Smart Document Recognizer answer: {named}")


def _other(data: Mapping[Any, Any]) -> str:
    if "words_block_list" in data or "words_block_count" in data:
        return (
            "a General Text or Web Image answer has no layout or tables: Markdown and HTML "
            "are made from General Table or Smart Document Recognizer answers (use text_of "
            "for plain text)"
        )
    return ""


def _warn(pages: list[_Page]) -> None:
    for page in pages:
        for item in page.items:
            for note in item.notes:
                warnings.warn(note, DocumentWarning, stacklevel=3)


# -- rendering --------------------------------------------------------------------------------


def _md_item(item: _Item) -> str:
    parts = [_comment(note) for note in item.notes]
    lines = [line for line in item.lines if line]
    paragraph = "\n".join(_md_line(line) for line in lines)
    if item.kind in ("title", "sub_title"):
        if lines:
            mark = "#" if item.kind == "title" else "##"
            parts.append(f"{mark} {_md_line(' '.join(lines))}")
    elif item.kind == "image":
        parts.append("<!-- image -->")
        if paragraph:
            parts.append(paragraph)
    elif item.table is not None:
        grid = _retexted(item.table, _md_cell).to_markdown(merged="empty").rstrip("\n")
        if grid:
            parts.append(grid)
        left = [_md_line(t) for text in item.left_out if (t := _clean(text))]
        if left:
            parts.append("\n".join(left))
    elif item.kind == "formula":
        latex = _math(item.formula) if item.formula is not None else _math(" ".join(lines))
        if latex:
            parts.append(f"${latex}$")
    elif paragraph:
        parts.append(paragraph)
    return "\n\n".join(parts)


def _html_item(item: _Item) -> str:
    parts = [_comment(note) for note in item.notes]
    lines = [html.escape(line) for line in item.lines if line]
    kind = f' data-type="{html.escape(item.kind)}"' if item.kind != _LOOSE else ""
    if item.kind in ("title", "sub_title"):
        if lines:
            tag = "h1" if item.kind == "title" else "h2"
            parts.append(f"<{tag}>{' '.join(lines)}</{tag}>")
    elif item.kind == "image":
        inner = "<p>" + "\n".join(lines) + "</p>" if lines else ""
        parts.append(f"<figure{kind}>{inner}</figure>")
    elif item.table is not None:
        grid = _retexted(item.table, _safe).to_html().rstrip("\n")
        parts.append(grid.replace("<br>", "<br/>"))
        left = [html.escape(t) for text in item.left_out if (t := _clean(text))]
        if left:
            parts.append(f"<p{kind}>" + "\n".join(left) + "</p>")
    elif item.kind == "formula":
        latex = _clean(item.formula) if item.formula is not None else " ".join(item.lines)
        if latex:
            parts.append(f"<p{kind}>\\({html.escape(latex)}\\)</p>")
    elif lines:
        parts.append(f"<p{kind}>" + "\n".join(lines) + "</p>")
    return "\n".join(parts)


def markdown_of(answer: Any, *, headers_footers: bool = False, page_numbers: bool = False) -> str:
    """The Markdown of a Smart Document Recognizer or General Table answer: layout blocks in
    layout order (titles as headings, tables as Markdown tables, formulas as `$...$`, images as
    placeholders), every word exactly once, pages separated by `---`. Headers and footers, and
    page numbers, are left out unless `headers_footers` / `page_numbers` is true. The rules and
    the choices behind them are in the module docstring.

    `answer` is what `text_of` takes: a response model, its `.result`, the list of Smart
    Document Recognizer page results, or a dict of any of these as `to_dict()` wrote it.
    Raises `ValueError` for another operation's answer or a failed call, `TypeError` for
    anything else; what does not add up inside the answer is a `DocumentWarning` and a
    `<!-- problem: ... -->` comment. An answer with nothing to show gives "".
    """
    pages = _pages(answer, headers_footers, page_numbers)
    _warn(pages)
    shown = []
    for page in pages:
        blocks = [b for item in page.items if (b := _md_item(item))]
        if blocks:
            shown.append("\n\n".join(blocks))
    return "\n\n---\n\n".join(shown) + "\n" if shown else ""


def html_of(answer: Any, *, headers_footers: bool = False, page_numbers: bool = False) -> str:
    """The same document as `markdown_of`, as one well-formed HTML fragment: an `<article>`
    with one `<section data-page="N">` per page, tables with rowspan/colspan.

    Takes the same answers and raises the same errors as `markdown_of`.
    """
    pages = _pages(answer, headers_footers, page_numbers)
    _warn(pages)
    out = ["<article>"]
    for page in pages:
        blocks = [b for item in page.items if (b := _html_item(item))]
        if not blocks:
            continue
        out.append("<section>" if page.number is None else f'<section data-page="{page.number}">')
        out.extend(blocks)
        out.append("</section>")
    out.append("</article>")
    return "\n".join(out) + "\n"
