"""Tables as a grid, merged cells resolved (issue 15, point 4).

General Table (`words_region_list` items of type "table") and Smart Document Recognizer
(`table_result.table_list`, and the wired forms of `form_result.form_list`, which have the same
shape) give each cell as a block with `words` and two lists, `rows` and `columns`: the 0-based
row and column indexes the cell occupies. `tables_of` turns an answer into `Table`s:

    from huaweicloud_ocr.results.tables import tables_of

    for table in tables_of(answer):          # a response model, a result model, or a saved dict
        print(table.to_csv(merged="repeat"))

It works on the generated models and on what their `to_dict()` wrote alike; nothing here calls
the service.

How spans are read (the documents only say "rows occupied by text, starting from 0"):

* a cell occupies the rectangle from the smallest to the largest index of `rows` and of
  `columns`; a list with gaps (`[0, 2]`) still covers `0..2` and is reported in `problems`;
* a cell with no usable `rows` or `columns` (missing, empty, not non-negative integers, or an
  index above `MAX_INDEX`) is left out of the grid and reported;
* when two cells cover the same position, the one earlier in the answer wins and the later one
  is left out of the grid and reported (with its text, so nothing disappears silently);
* positions no cell covers are empty strings.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from huaweicloud_ocr.results._answer import as_list as _list
from huaweicloud_ocr.results._answer import get as _get
from huaweicloud_ocr_api import models

__all__ = ["MAX_INDEX", "Cell", "Merged", "Problem", "Table", "tables_of"]

Merged = Literal["repeat", "empty"]
"""What a merged cell shows in the positions it covers besides its top-left one: its text
again ("repeat") or nothing ("empty")."""

TableKind = Literal["general_table", "table", "form"]
ProblemKind = Literal["no_span", "bad_index", "gap", "overlap"]

MAX_INDEX = 4095
"""The largest row or column index accepted: a cell beyond it is reported, not placed, so that
a hostile answer cannot make a grid of billions of positions."""

_SDR_KEYS = frozenset(
    {"ocr_result", "kv_result", "table_result", "layout_result", "form_result", "formula_result"}
)


@dataclass(frozen=True)
class Cell:
    """One placed cell: its text at (`row`, `column`), its top-left, covering `row_span` rows
    and `column_span` columns. `block` is the index of the cell in the answer's cell list and
    `source` the block itself (a generated model or a dict, as given)."""

    text: str
    row: int
    column: int
    row_span: int = 1
    column_span: int = 1
    block: int = 0
    source: Any = field(default=None, compare=False, repr=False)

    @property
    def positions(self) -> list[tuple[int, int]]:
        """Every (row, column) the cell covers, row by row."""
        return [
            (r, c)
            for r in range(self.row, self.row + self.row_span)
            for c in range(self.column, self.column + self.column_span)
        ]


@dataclass(frozen=True)
class Problem:
    """Something in the answer's cells that the grid could not take as given. `block` is the
    index of the cell in the answer's cell list."""

    block: int
    kind: ProblemKind
    message: str


@dataclass
class Table:
    """A table as a grid of `n_rows` x `n_columns` positions. `cells` are the placed cells (in
    answer order, none overlapping); `problems` what was odd in the input (see the module doc).

    `kind` says where it came from ("general_table": a General Table table area; "table" or
    "form": Smart Document Recognizer `table_result` or `form_result`), `page` the index of the
    Smart Document Recognizer result item (None for General Table), `index` the table's position
    in its list (`table_id` / `form_id` of the layout result point at it; for General Table,
    the index in `words_region_list`), and `source` the table block as given.
    """

    n_rows: int
    n_columns: int
    cells: list[Cell]
    problems: list[Problem] = field(default_factory=list)
    kind: TableKind = "general_table"
    page: int | None = None
    index: int = 0
    source: Any = field(default=None, compare=False, repr=False)

    @classmethod
    def from_blocks(
        cls,
        blocks: Iterable[Any],
        *,
        kind: TableKind = "general_table",
        page: int | None = None,
        index: int = 0,
        source: Any = None,
    ) -> Table:
        """Build a grid from cell blocks (models or dicts with `words`, `rows`, `columns`)."""
        cells: list[Cell] = []
        problems: list[Problem] = []
        owner: dict[tuple[int, int], Cell] = {}
        for i, block in enumerate(blocks):
            text = _text(_get(block, "words"))
            rows = _span(i, "rows", _get(block, "rows"), problems)
            columns = _span(i, "columns", _get(block, "columns"), problems)
            if rows is None or columns is None:
                missing = " and ".join(
                    name for name, s in (("rows", rows), ("columns", columns)) if s is None
                )
                problems.append(
                    Problem(i, "no_span", f"cell {i} ({text!r}) has no usable {missing}: skipped")
                )
                continue
            cell = Cell(
                text=text,
                row=rows[0],
                column=columns[0],
                row_span=rows[1] - rows[0] + 1,
                column_span=columns[1] - columns[0] + 1,
                block=i,
                source=block,
            )
            taken = [p for p in cell.positions if p in owner]
            if taken:
                first = owner[taken[0]]
                problems.append(
                    Problem(
                        i,
                        "overlap",
                        f"cell {i} ({text!r}) covers {taken[0]}, already covered by cell "
                        f"{first.block} ({first.text!r}): left out of the grid",
                    )
                )
                continue
            for p in cell.positions:
                owner[p] = cell
            cells.append(cell)
        n_rows = max((c.row + c.row_span for c in cells), default=0)
        n_columns = max((c.column + c.column_span for c in cells), default=0)
        return cls(n_rows, n_columns, cells, problems, kind, page, index, source)

    def _owners(self) -> dict[tuple[int, int], Cell]:
        owner: dict[tuple[int, int], Cell] = {}
        for cell in self.cells:
            for p in cell.positions:
                owner.setdefault(p, cell)
        return owner

    def cell_at(self, row: int, column: int) -> Cell | None:
        """The cell covering (row, column), or None for an empty position."""
        return self._owners().get((row, column))

    def to_rows(self, merged: Merged = "empty") -> list[list[str]]:
        """The grid as `n_rows` lists of `n_columns` strings. A merged cell's text is at its
        top-left position, and in the other positions it covers either repeated ("repeat") or
        left empty ("empty"); positions no cell covers are empty."""
        if merged not in ("repeat", "empty"):
            raise ValueError(f"merged is 'repeat' or 'empty', not {merged!r}")
        grid = [["" for _ in range(self.n_columns)] for _ in range(self.n_rows)]
        for (r, c), cell in self._owners().items():
            if merged == "repeat" or (r, c) == (cell.row, cell.column):
                grid[r][c] = cell.text
        return grid

    def to_csv(self, merged: Merged = "empty", *, lineterminator: str = "\r\n") -> str:
        """The grid as CSV (the csv module's default dialect). Lines end with "\\r\\n", as
        RFC 4180 and the csv module write them, unless `lineterminator` says otherwise; the
        last line ends with one too."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator=lineterminator)
        writer.writerows(self.to_rows(merged))
        return out.getvalue()

    def to_markdown(self, merged: Merged = "empty") -> str:
        """The grid as a GitHub-flavoured Markdown table, the first row as its header. In the
        text, backslashes and pipes are escaped and line breaks become `<br>`. An empty table
        gives an empty string; lines end with "\\n"."""
        rows = self.to_rows(merged)
        if not rows or self.n_columns == 0:
            return ""

        def line(values: Sequence[str]) -> str:
            return "| " + " | ".join(_md_escape(v) for v in values) + " |"

        lines = [line(rows[0]), "| " + " | ".join("---" for _ in rows[0]) + " |"]
        lines.extend(line(row) for row in rows[1:])
        return "\n".join(lines) + "\n"

    def to_html(self) -> str:
        """The grid as an HTML `<table>`: one `<td>` per cell at its top-left, with `rowspan` /
        `colspan` when it covers more than one row / column, none for the positions it covers
        besides, and an empty `<td></td>` for a position no cell covers. Text is HTML-escaped and
        line breaks become `<br>`."""
        owner = self._owners()
        out = ["<table>"]
        for r in range(self.n_rows):
            tds: list[str] = []
            for c in range(self.n_columns):
                cell = owner.get((r, c))
                if cell is None:
                    tds.append("<td></td>")
                    continue
                if (r, c) != (cell.row, cell.column):
                    continue
                attrs = ""
                if cell.row_span > 1:
                    attrs += f' rowspan="{cell.row_span}"'
                if cell.column_span > 1:
                    attrs += f' colspan="{cell.column_span}"'
                tds.append(f"<td{attrs}>{_html_text(cell.text)}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
        return "\n".join(out) + "\n"


def tables_of(answer: Any, *, forms: bool = True) -> list[Table]:
    """Every table in a General Table or Smart Document Recognizer answer.

    `answer` is a response model (`RecognizeGeneralTableResponse`,
    `RecognizeSmartDocumentRecognizerResponse`), a result model (`GeneralTableResult`,
    `SmartDocumentRecognizerResult`), the list of Smart Document Recognizer results, or a dict of
    any of these as `to_dict()` writes it; which one is told by the keys present. General Table
    areas of type "text" are not tables and are skipped. With `forms` (the default) the Smart
    Document Recognizer wired forms (`form_result`) are given too, after the page's tables.
    """
    if isinstance(answer, models.RecognizeGeneralTableResponse):
        return _general_table(answer.result)
    if isinstance(answer, models.GeneralTableResult):
        return _general_table(answer)
    if isinstance(answer, models.RecognizeSmartDocumentRecognizerResponse):
        return _sdr_pages(answer.result, forms)
    if isinstance(answer, models.SmartDocumentRecognizerResult):
        return _sdr_page(answer, None, forms)
    if isinstance(answer, Sequence) and not isinstance(answer, str | bytes):
        return _sdr_pages(answer, forms)
    if isinstance(answer, Mapping):
        if "result" in answer:
            result = answer["result"]
            if isinstance(result, Mapping) and ("error_code" in result or "error_msg" in result):
                raise ValueError(f"a failed call's answer holds no table: {dict(result)!r}")
            if isinstance(result, Mapping | Sequence) and not isinstance(result, str | bytes):
                return tables_of(result, forms=forms)
        if "words_region_list" in answer or "words_region_count" in answer:
            return _general_table(answer)
        if _SDR_KEYS & answer.keys():
            return _sdr_page(answer, None, forms)
        if "error_code" in answer:
            raise ValueError(f"a failed call's answer holds no table: {dict(answer)!r}")
        raise ValueError(
            "not a General Table or Smart Document Recognizer answer (keys: "
            f"{sorted(map(str, answer.keys()))})"
        )
    raise TypeError(
        f"not a General Table or Smart Document Recognizer answer: {type(answer).__name__}"
    )


def _general_table(result: Any) -> list[Table]:
    found: list[Table] = []
    for i, region in enumerate(_list(_get(result, "words_region_list"))):
        kind = _get(region, "type")
        blocks = _list(_get(region, "words_block_list"))
        # A region of unknown or missing type is a table when any block gives a span.
        is_table = kind == "table" or (
            kind != "text"
            and any(_get(b, "rows") is not None or _get(b, "columns") is not None for b in blocks)
        )
        if is_table:
            found.append(Table.from_blocks(blocks, kind="general_table", index=i, source=region))
    return found


def _sdr_pages(pages: Any, forms: bool) -> list[Table]:
    found: list[Table] = []
    for n, page in enumerate(_list(pages)):
        found.extend(_sdr_page(page, n, forms))
    return found


def _sdr_page(page: Any, n: int | None, forms: bool) -> list[Table]:
    found: list[Table] = []
    parts: list[tuple[TableKind, str, str]] = [("table", "table_result", "table_list")]
    if forms:
        parts.append(("form", "form_result", "form_list"))
    for kind, result_key, list_key in parts:
        for i, block in enumerate(_list(_get(_get(page, result_key), list_key))):
            blocks = _list(_get(block, "words_block_list"))
            found.append(Table.from_blocks(blocks, kind=kind, page=n, index=i, source=block))
    return found


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _span(i: int, name: str, value: Any, problems: list[Problem]) -> tuple[int, int] | None:
    """The (first, last) index a `rows` or `columns` list covers, or None when it has none."""
    items = _list(value)
    good = [v for v in items if type(v) is int and 0 <= v <= MAX_INDEX]
    if len(good) != len(items):
        bad = [v for v in items if not (type(v) is int and 0 <= v <= MAX_INDEX)]
        problems.append(
            Problem(
                i,
                "bad_index",
                f"cell {i}: {name} {bad!r} are not indexes from 0 to {MAX_INDEX}: ignored",
            )
        )
    if not good:
        return None
    first, last = min(good), max(good)
    if len(set(good)) != last - first + 1:
        problems.append(
            Problem(
                i,
                "gap",
                f"cell {i}: {name} {sorted(set(good))} are not contiguous: "
                f"taken as {first}..{last}",
            )
        )
    return first, last


def _md_escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return text.replace("\r\n", "<br>").replace("\r", "<br>").replace("\n", "<br>")


def _html_text(text: str) -> str:
    text = html.escape(text, quote=True)
    return text.replace("\r\n", "<br>").replace("\r", "<br>").replace("\n", "<br>")
