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

Which properties of a block are its text and its spans, which member of an area or table lists
its cells, and when a General Table area is a table are the spec's: `x-table-cell` and `x-table`
in openapi.yaml (read through `_spec`), looked up by the schema names the generated models carry.
How spans are read is the annotation's `spans` rule; the only one the spec defines today,
`smallest_to_largest`, is this (the documents only say "rows occupied by text, starting from 0"):

* a cell occupies the rectangle from the smallest to the largest index of `rows` and of
  `columns`; a list with gaps (`[0, 2]`) still covers `0..2` and is reported in `problems`;
* a cell with no usable `rows` or `columns` (missing, empty, not non-negative integers, or an
  index above `MAX_INDEX`) is left out of the grid and reported;
* when two cells cover the same position, the one earlier in the answer wins and the later one
  is left out of the grid and reported (with its text, so nothing disappears silently);
* positions no cell covers are empty strings.

pandas and Excel are optional (`pip install "huaweicloud-ocr[pandas]"`, `"huaweicloud-ocr[excel]"`,
which installs openpyxl): imported by the method that needs them, `MissingExtraError` (an
`ImportError`) naming the extra when absent. Choices made there:

* every value is the cell's text as a string, never guessed into a number or date ("007" stays
  "007"; a text starting with "=" is stored as text, never as a formula); positions no cell
  covers are "" in a DataFrame and empty cells in a sheet;
* `to_pandas(header=True)` takes the grid's first row as column names as `pandas.read_csv`
  would: an empty name becomes "Unnamed: j" (j the 0-based column), a repeated one gets ".1",
  ".2", ... (skipping a suffix another header already holds); the frame's index starts at 0;
* in a sheet, `merged="empty"` makes each merged cell a real Excel merge (its text in the
  top-left cell), `merged="repeat"` writes its text in every position it covers and merges
  nothing. Characters XML 1.0 cannot carry (C0 controls but tab, CR, LF; lone surrogates;
  U+FFFE, U+FFFF) are written as U+FFFD;
* sheet names: one given by the caller must be valid for Excel (1 to 31 characters, none of
  `[]:*?/\\`, not starting or ending with an apostrophe, not "History", unique ignoring
  case) or ValueError says which rule it breaks; by default a table's sheet is named from
  where it came from, with the same 0-based numbers as `page` and `index` ("table 0",
  "page 1 table 0", "page 1 form 2"), and " (2)", " (3)", ... added to repeats;
* a workbook is written atomically: to a new temporary file beside the target, flushed to disk,
  then renamed over it (an existing file is replaced whole, or kept as it was if writing
  fails; a symbolic link is followed, not replaced). A path that exists and is not a regular
  file (a directory, FIFO, device) is refused with OSError before anything is written.
"""

from __future__ import annotations

import csv
import functools
import html
import io
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from huaweicloud_ocr import _spec
from huaweicloud_ocr._files import replace_file
from huaweicloud_ocr.errors import MissingExtraError
from huaweicloud_ocr.results._answer import as_list as _list
from huaweicloud_ocr.results._answer import get as _get
from huaweicloud_ocr_api import models

if TYPE_CHECKING:
    import pandas
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "MAX_INDEX",
    "Cell",
    "Merged",
    "MissingExtraError",
    "Problem",
    "Table",
    "tables_of",
    "tables_to_excel",
]

Merged = Literal["repeat", "empty"]
"""What a merged cell shows in the positions it covers besides its top-left one: its text
again ("repeat") or nothing ("empty")."""

TableKind = Literal["general_table", "table", "form"]
ProblemKind = Literal["no_span", "bad_index", "gap", "overlap"]

MAX_INDEX = 4095
"""The largest row or column index accepted: a cell beyond it is reported, not placed, so that
a hostile answer cannot make a grid of billions of positions."""

MAX_SHEET_NAME = 31
"""Excel's limit on the length of a sheet name."""


_SDR_KEYS = frozenset(
    {"ocr_result", "kv_result", "table_result", "layout_result", "form_result", "formula_result"}
)

# The schema (generated model) of a table's cells, by where the table comes from.
_CELL_SCHEMAS: dict[str, str] = {
    "general_table": models.GeneralTableWordsBlockList.__name__,
    "table": models.SmartDocumentRecognizerTableWordsBlock.__name__,
    "form": models.SmartDocumentRecognizerTableWordsBlock.__name__,
}
_SPAN_RULES = frozenset({"smallest_to_largest"})


@functools.cache
def _cell_note(kind: str) -> _spec.TableCellAnnotation:
    """The `x-table-cell` of the cells of a table of `kind`, its span rule checked."""
    schema = _CELL_SCHEMAS.get(kind)
    if schema is None:
        raise ValueError(f"kind {kind!r} is not one of {sorted(_CELL_SCHEMAS)}")
    note = _spec.table_cells()[schema]
    if note["spans"] not in _SPAN_RULES:
        raise ValueError(
            f"x-table-cell of {schema}: spans {note['spans']!r} is not one of {sorted(_SPAN_RULES)}"
        )
    return note


def _table_note(schema: str) -> _spec.TableAnnotation:
    """The `x-table` of a schema (a General Table area, a Smart Document Recognizer table)."""
    return _spec.location_schemas()[schema]["table"]


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
        """Build a grid from cell blocks (models or dicts with `words`, `rows`, `columns`: the
        properties the `x-table-cell` of `kind`'s cells names)."""
        note = _cell_note(kind)
        cells: list[Cell] = []
        problems: list[Problem] = []
        owner: dict[tuple[int, int], Cell] = {}
        for i, block in enumerate(blocks):
            text = _text(_get(block, note["text"]))
            rows = _span(i, note["rows"], _get(block, note["rows"]), problems)
            columns = _span(i, note["columns"], _get(block, note["columns"]), problems)
            if rows is None or columns is None:
                missing = " and ".join(
                    name
                    for name, s in ((note["rows"], rows), (note["columns"], columns))
                    if s is None
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

    def to_pandas(self, merged: Merged = "empty", *, header: bool = False) -> pandas.DataFrame:
        """The grid as a pandas DataFrame of strings, `to_rows(merged)` cell for cell. With
        `header`, the first row gives the column names (empty ones become "Unnamed: j",
        repeated ones get ".1", ".2", ...; see the module doc) and the rest the data; without,
        columns and index are 0-based positions. Needs the `pandas` extra."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise MissingExtraError("pandas", "pandas", "Table.to_pandas") from exc
        rows = self.to_rows(merged)
        if header and rows:
            return pd.DataFrame(rows[1:], columns=_column_names(rows[0]))
        return pd.DataFrame(rows, columns=pd.RangeIndex(self.n_columns))

    def to_excel(
        self,
        path: str | os.PathLike[str],
        merged: Merged = "empty",
        *,
        sheet_name: str | None = None,
    ) -> Path:
        """Write the table as a one-sheet .xlsx workbook at `path` (replaced atomically if it
        exists) and give the path. Merged cells become Excel merges with `merged="empty"` and
        repeated text with "repeat"; `sheet_name` defaults to a name saying where the table came
        from (see the module doc). Needs the `excel` extra."""
        names = None if sheet_name is None else [sheet_name]
        return tables_to_excel([self], path, merged=merged, sheet_names=names)


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
    area = _table_note(models.GeneralTableWordsRegionList.__name__)
    cell = _cell_note("general_table")
    for i, region in enumerate(_list(_get(result, "words_region_list"))):
        kind = _get(region, area["type"]) if "type" in area else None
        blocks = _list(_get(region, area["cells"]))
        # The x-table rule: by the area's type when it says, else a table when a block gives a span.
        is_table = "type" not in area or kind in area.get("is_table", [])
        if not is_table and kind not in area.get("not_table", []):
            is_table = any(
                _get(b, cell["rows"]) is not None or _get(b, cell["columns"]) is not None
                for b in blocks
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
        cells = _table_note(models.SmartDocumentRecognizerTableBlock.__name__)["cells"]
        for i, block in enumerate(_list(_get(_get(page, result_key), list_key))):
            blocks = _list(_get(block, cells))
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


def tables_to_excel(
    tables: Iterable[Table],
    path: str | os.PathLike[str],
    *,
    merged: Merged = "empty",
    sheet_names: Sequence[str] | None = None,
) -> Path:
    """Write `tables` as an .xlsx workbook at `path`, one sheet per table in order, and give the
    path. The file is replaced atomically if it exists. `sheet_names`, when given, has one valid
    Excel sheet name per table; otherwise each sheet is named from where its table came from
    (see the module doc). No tables raises ValueError: a workbook needs a sheet. Needs the
    `excel` extra."""
    if merged not in ("repeat", "empty"):
        raise ValueError(f"merged is 'repeat' or 'empty', not {merged!r}")
    tables = list(tables)
    if not tables:
        raise ValueError("tables: none given, and a workbook needs at least one sheet")
    if sheet_names is not None:
        if isinstance(sheet_names, str):
            raise TypeError("sheet_names is a sequence of names, one per table, not a string")
        names = list(sheet_names)
        if len(names) != len(tables):
            raise ValueError(f"sheet_names: {len(names)} names for {len(tables)} tables")
        taken: set[str] = set()
        for name in names:
            _check_sheet_name(name, taken)
            taken.add(name.casefold())
    else:
        names = _default_sheet_names(tables)
    try:
        from openpyxl import Workbook
    except ImportError as exc:
        raise MissingExtraError("excel", "openpyxl", "writing a table to Excel") from exc
    book = Workbook()
    default = book.active
    for table, name in zip(tables, names, strict=True):
        _fill_sheet(book.create_sheet(title=name), table, merged)
    if default is not None:
        book.remove(default)
    out = io.BytesIO()
    book.save(out)
    return replace_file(path, out.getvalue())


def _column_names(values: Sequence[str]) -> list[str]:
    """Header texts made unique as pandas.read_csv does (see the module doc)."""
    first = [v if v else f"Unnamed: {j}" for j, v in enumerate(values)]
    reserved = set(first)
    used: set[str] = set()
    names: list[str] = []
    for name in first:
        if name in used:
            k = 1
            while f"{name}.{k}" in used or f"{name}.{k}" in reserved:
                k += 1
            name = f"{name}.{k}"
        used.add(name)
        names.append(name)
    return names


# Characters XML 1.0 cannot carry (tab, LF and CR it can), which openpyxl refuses or cannot save.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _fill_sheet(sheet: Worksheet, table: Table, merged: Merged) -> None:
    for cell in table.cells:
        text = _NOT_XML.sub("\ufffd", cell.text)
        spots = cell.positions if merged == "repeat" else [(cell.row, cell.column)]
        if text:
            for r, c in spots:
                target = sheet.cell(row=r + 1, column=c + 1, value=text)
                target.data_type = "s"  # openpyxl takes a leading "=" for a formula
        if merged == "empty" and (cell.row_span > 1 or cell.column_span > 1):
            sheet.merge_cells(
                start_row=cell.row + 1,
                start_column=cell.column + 1,
                end_row=cell.row + cell.row_span,
                end_column=cell.column + cell.column_span,
            )


def _check_sheet_name(name: object, taken: set[str]) -> None:
    """Excel's rules for a sheet name; `taken` holds the casefolded names already used."""

    def bad(rule: str) -> ValueError:
        return ValueError(f"sheet name {name!r}: {rule}")

    if not isinstance(name, str):
        raise TypeError(f"a sheet name is a string, not {type(name).__name__}")
    if not 1 <= len(name) <= MAX_SHEET_NAME:
        raise bad(f"must be 1 to {MAX_SHEET_NAME} characters long (Excel's limit)")
    if _SHEET_FORBIDDEN.search(name):
        raise bad("must not hold any of [ ] : * ? / \\ (Excel refuses them)")
    if _NOT_XML.search(name):
        raise bad("must not hold control characters")
    if name.startswith("'") or name.endswith("'"):
        raise bad("must not start or end with an apostrophe (Excel refuses it)")
    if name.casefold() == "history":
        raise bad("'History' is reserved by Excel")
    if name.casefold() in taken:
        raise bad("is already the name of another sheet (Excel ignores case)")


def _default_sheet_names(tables: Sequence[Table]) -> list[str]:
    names: list[str] = []
    taken: set[str] = set()
    for table in tables:
        what = "form" if table.kind == "form" else "table"
        base = f"{what} {table.index}"
        if table.page is not None:
            base = f"page {table.page} {base}"
        name, n = base[:MAX_SHEET_NAME], 1
        while name.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
        taken.add(name.casefold())
        names.append(name)
    return names


def _md_escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return text.replace("\r\n", "<br>").replace("\r", "<br>").replace("\n", "<br>")


def _html_text(text: str) -> str:
    text = html.escape(text, quote=True)
    return text.replace("\r\n", "<br>").replace("\r", "<br>").replace("\n", "<br>")
