"""pandas and Excel for tables, and the service's own Base64 workbook (issue 15, point 4):
Table.to_pandas, Table.to_excel, tables_to_excel and huaweicloud_ocr.results.excel.

pandas and openpyxl are imported at the top on purpose: without them this module fails, it is
not skipped (the Makefile installs them). Workbooks are built with openpyxl here, put into
answers built from the documented examples of openapi.yaml, and read back with openpyxl.
"""

from __future__ import annotations

import base64
import copy
import io
import os
import stat
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from huaweicloud_ocr.errors import OcrError
from huaweicloud_ocr.results.excel import (
    ExcelError,
    excel_bytes,
    save_excel,
    workbooks_of,
)
from huaweicloud_ocr.results.tables import (
    Merged,
    MissingExtraError,
    Table,
    tables_of,
    tables_to_excel,
)
from huaweicloud_ocr_api import models
from tests.golden import Example, examples, load_spec, schema_validator

TABLE_OPERATIONS = ("RecognizeGeneralTable", "RecognizeSmartDocumentRecognizer")


def _example(operation_id: str, status: str = "200") -> Example:
    (found,) = [
        e
        for e in examples(load_spec())
        if e.operation_id == operation_id and e.kind == "response" and e.status == status
    ]
    return found


def _xlsx(rows: list[list[str]], merges: tuple[str, ...] = (), title: str = "Sheet1") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for ref in merges:
        sheet.merge_cells(ref)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _general_table(excel: Any) -> dict[str, Any]:
    """The documented General Table answer with `excel` set, checked against its schema."""
    example = _example("RecognizeGeneralTable")
    answer: dict[str, Any] = copy.deepcopy(example.value)
    assert "excel" not in answer["result"]  # else the tests below would not be building it
    answer["result"]["excel"] = excel
    if isinstance(excel, str):
        schema_validator(example.schema).validate(answer)
    return answer


def _smart_document(table_excel: list[str | None]) -> dict[str, Any]:
    """The documented Smart Document Recognizer answer, its `excel` fields replaced: the
    documented form's removed, one table per entry of `table_excel` (None: no excel)."""
    example = _example("RecognizeSmartDocumentRecognizer")
    answer: dict[str, Any] = copy.deepcopy(example.value)
    for page in answer["result"]:
        for block in page.get("form_result", {}).get("form_list", []):
            block.pop("excel", None)
        tables = page.get("table_result", {}).get("table_list")
        if tables:
            template = tables[0]
            tables.clear()
            for text in table_excel:
                table = copy.deepcopy(template)
                table.pop("excel")
                if text is not None:
                    table["excel"] = text
                tables.append(table)
    schema_validator(example.schema).validate(answer)
    return answer


def _values(path: Path, sheet: str | None = None) -> list[list[Any]]:
    book = openpyxl.load_workbook(path)
    ws = book[sheet] if sheet is not None else book.active
    assert ws is not None
    return [[c.value for c in row] for row in ws.iter_rows()]


def _texts(path: Path, sheet: str | None = None) -> list[list[str]]:
    """The sheet's values, an empty cell as "" (as to_rows shows a position no cell covers)."""
    return [["" if v is None else v for v in row] for row in _values(path, sheet)]


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


# -- save_excel: the service's workbook ----------------------------------------------------------
BOOK_ROWS = [["Item", "Price", "=SUM(B1)"], ["Tea", "3.50", ""], ["", "", "total"]]


def test_save_excel_general_table_every_answer_shape(tmp_path: Path) -> None:
    data = _xlsx(BOOK_ROWS, merges=("A2:A3",))
    answer = _general_table(_b64(data))
    model = models.RecognizeGeneralTableResponse.from_dict(answer)
    shapes = {
        "dict": answer,
        "result dict": answer["result"],
        "model": model,
        "result model": model.result,
        "to_dict": model.to_dict(),
    }
    for name, shape in shapes.items():
        path = tmp_path / f"{name}.xlsx"
        assert save_excel(shape, path) == path
        assert path.read_bytes() == data
        assert excel_bytes(shape) == data
        book = openpyxl.load_workbook(path)
        ws = book.active
        assert ws is not None
        assert ws["A1"].value == "Item"
        assert ws["B2"].value == "3.50"
        assert ws["C1"].value == "=SUM(B1)"
        assert {str(r) for r in ws.merged_cells.ranges} == {"A2:A3"}
    assert [b.field for b in workbooks_of(answer)] == ["result.excel"]
    assert [b.field for b in workbooks_of(answer["result"])] == ["excel"]
    assert _leftovers(tmp_path) == []


def test_save_excel_accepts_str_path_and_wrapped_base64(tmp_path: Path) -> None:
    data = _xlsx([["a"]])
    wrapped = base64.encodebytes(data).decode("ascii")  # MIME style: a line break every 76
    assert "\n" in wrapped
    path = save_excel(_general_table(wrapped), str(tmp_path / "w.xlsx"))
    assert isinstance(path, Path)
    assert path.read_bytes() == data


def test_no_workbook_names_the_field_and_return_excel(tmp_path: Path) -> None:
    documented = _example("RecognizeGeneralTable").value
    assert excel_bytes(documented) is None
    assert workbooks_of(documented) == []
    target = tmp_path / "none.xlsx"
    for shape, field in (
        (documented, "result.excel"),
        (documented["result"], "excel"),
        (models.RecognizeGeneralTableResponse.from_dict(documented), "result.excel"),
    ):
        with pytest.raises(ExcelError, match="return_excel=True") as info:
            save_excel(shape, target)
        assert info.value.field == field
        assert str(info.value).startswith(f"{field}: ")
    sdr = _smart_document([None])
    with pytest.raises(ExcelError, match=r"table=True and return_excel=True") as info:
        save_excel(sdr, target)
    assert info.value.field == "result[n].table_result.table_list[i].excel"
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("not base64!", "not valid Base64"),
        ("UEsDBA", "not valid Base64"),  # padding missing
        ("UEsD\u00e9BA==", "non-ASCII"),
        ("xxxx", "not an .xlsx"),  # what the documented SDR example holds: 3 bytes
        ("", "not an .xlsx"),
        (_b64(b"%PDF-1.7 not a workbook"), "not an .xlsx"),
    ],
)
def test_bad_base64_or_not_xlsx_names_the_field(tmp_path: Path, text: str, rule: str) -> None:
    answer = _general_table(text)
    target = tmp_path / "bad.xlsx"
    target.write_bytes(b"the old file")
    for call in (lambda: save_excel(answer, target), lambda: excel_bytes(answer)):
        with pytest.raises(ExcelError, match=rule) as info:
            call()
        assert info.value.field == "result.excel"
        assert isinstance(info.value, OcrError)
        assert isinstance(info.value, ValueError)
    assert target.read_bytes() == b"the old file"
    assert _leftovers(tmp_path) == []


def test_documented_placeholders_are_refused() -> None:
    example = _example("RecognizeSmartDocumentRecognizer")
    books = workbooks_of(example.value)
    assert [(b.kind, b.page, b.index) for b in books] == [("form", 2, 0), ("table", 3, 0)]
    assert books[0].field == "result[2].form_result.form_list[0].excel"
    for book in books:
        with pytest.raises(ExcelError) as info:
            book.data()
        assert info.value.field == book.field


def test_a_zip_that_is_not_a_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    data = out.getvalue()
    answer = _general_table(_b64(data))
    with pytest.raises(ExcelError, match="openpyxl cannot open") as info:
        save_excel(answer, tmp_path / "z.xlsx")
    assert info.value.field == "result.excel"
    assert not (tmp_path / "z.xlsx").exists()
    assert excel_bytes(answer, check=False) == data
    assert save_excel(answer, tmp_path / "z.xlsx", check=False).read_bytes() == data
    # Without openpyxl the zip test is all there is: the check is optional, not an error.
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    assert excel_bytes(answer) == data
    with pytest.raises(ExcelError, match=r"not an \.xlsx"):
        excel_bytes(_general_table(_b64(b"plain text")))


def test_non_string_excel_and_failed_answers(tmp_path: Path) -> None:
    with pytest.raises(ExcelError, match="is a int, not a Base64 string") as info:
        workbooks_of(_general_table(12))
    assert info.value.field == "result.excel"
    for op in TABLE_OPERATIONS:
        with pytest.raises(ExcelError, match="failed call"):
            save_excel(_example(op, "400").value, tmp_path / "never.xlsx")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match="not a General Table"):
        excel_bytes({"something": 1})
    with pytest.raises(TypeError, match="not a General Table"):
        excel_bytes(42)


def test_smart_document_one_workbook_per_table(tmp_path: Path) -> None:
    first, second = _xlsx([["first"]]), _xlsx([["second"], ["row 2"]])
    answer = _smart_document([_b64(first), _b64(second)])
    model = models.RecognizeSmartDocumentRecognizerResponse.from_dict(answer)
    for shape in (answer, model, model.to_dict(), answer["result"]):
        books = workbooks_of(shape)
        assert [(b.kind, b.page, b.index) for b in books] == [("table", 3, 0), ("table", 3, 1)]
        assert [b.data() for b in books] == [first, second]
        with pytest.raises(ExcelError, match="holds 2 workbooks"):
            save_excel(shape, tmp_path / "two.xlsx")
        with pytest.raises(ExcelError, match="holds 2 workbooks"):
            excel_bytes(shape)
    assert workbooks_of(answer)[1].field == "result[3].table_result.table_list[1].excel"
    assert workbooks_of(answer["result"])[1].field == "[3].table_result.table_list[1].excel"
    assert not (tmp_path / "two.xlsx").exists()
    # A table from tables_of, or its block, gives its own workbook.
    sdr_tables = [t for t in tables_of(model) if t.kind == "table"]
    assert len(sdr_tables) == 2
    save_excel(sdr_tables[1], tmp_path / "t1.xlsx")
    assert _values(tmp_path / "t1.xlsx") == [["second"], ["row 2"]]
    assert excel_bytes(answer["result"][3]["table_result"]["table_list"][0]) == first
    page_tables = model.result[3].table_result
    assert page_tables is not None
    assert page_tables.table_list is not None
    assert excel_bytes(page_tables.table_list[0]) == first
    # The page alone (a result item) has one workbook here.
    single = _smart_document([_b64(first)])
    assert excel_bytes(single["result"][3]) == first
    assert workbooks_of(single["result"][3])[0].field == "table_result.table_list[0].excel"


def test_a_general_table_table_has_no_workbook_of_its_own() -> None:
    answer = _general_table(_b64(_xlsx([["a"]])))
    (table,) = tables_of(answer)
    with pytest.raises(ExcelError, match="pass the answer") as info:
        excel_bytes(table)
    assert info.value.field == "result.excel"


# -- writing files safely ------------------------------------------------------------------------
def test_an_existing_file_is_replaced_keeping_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    data = _xlsx([["new"]])
    save_excel(_general_table(_b64(data)), target)
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_a_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        path = save_excel(_general_table(_b64(_xlsx([["a"]]))), tmp_path / "new.xlsx")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_directory_or_fifo_is_refused(tmp_path: Path) -> None:
    answer = _general_table(_b64(_xlsx([["a"]])))
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(IsADirectoryError):
        save_excel(answer, tmp_path / "dir.xlsx")
    assert list((tmp_path / "dir.xlsx").iterdir()) == []
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.xlsx"
        os.mkfifo(fifo)
        with pytest.raises(OSError, match="not a regular file"):
            save_excel(answer, fifo)
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    (table,) = tables_of(answer)
    with pytest.raises(IsADirectoryError):
        table.to_excel(tmp_path / "dir.xlsx")
    assert _leftovers(tmp_path) == []


def test_a_symbolic_link_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.xlsx"
    real.write_bytes(b"old")
    link = tmp_path / "link.xlsx"
    link.symlink_to(real)
    data = _xlsx([["via link"]])
    assert save_excel(_general_table(_b64(data)), link) == link
    assert link.is_symlink()
    assert real.read_bytes() == data


def test_a_missing_directory_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        save_excel(_general_table(_b64(_xlsx([["a"]]))), tmp_path / "no" / "such.xlsx")


# -- Table.to_excel and tables_to_excel ----------------------------------------------------------
# A 3 x 3 table: "Name" spans rows 0-1, "Totals" spans columns 1-2; listed out of order.
HAND_BLOCKS: list[dict[str, Any]] = [
    {"words": "line1\nline2", "rows": [2], "columns": [2]},
    {"words": "Totals", "rows": [0], "columns": [2, 1]},
    {"words": "Q1", "rows": [1], "columns": [1]},
    {"words": "Name", "rows": [0, 1], "columns": [0]},
    {"words": "007", "rows": [1], "columns": [2]},
    {"words": "x", "rows": [2], "columns": [0]},
    {"words": "=1+1", "rows": [2], "columns": [1]},
]


def _hand() -> Table:
    return Table.from_blocks(HAND_BLOCKS)


def test_to_excel_empty_makes_real_merges(tmp_path: Path) -> None:
    path = _hand().to_excel(tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["table 0"]
    ws = book.active
    assert ws is not None
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:A2", "B1:C1"}
    assert _values(path) == [
        ["Name", "Totals", None],
        [None, "Q1", "007"],
        ["x", "=1+1", "line1\nline2"],
    ]
    # Text stays text: no formula, no number.
    assert ws["B3"].data_type == "s"
    assert ws["C2"].data_type == "s"
    assert isinstance(ws["A2"], openpyxl.cell.cell.MergedCell)


def test_to_excel_repeat_writes_every_position(tmp_path: Path) -> None:
    path = _hand().to_excel(tmp_path / "t.xlsx", merged="repeat", sheet_name="Mine")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Mine"]
    ws = book["Mine"]
    assert list(ws.merged_cells.ranges) == []
    assert _values(path) == _hand().to_rows(merged="repeat")


def test_to_excel_text_xml_cannot_carry(tmp_path: Path) -> None:
    table = Table.from_blocks(
        [
            {"words": "a\x01b\x1f", "rows": [0], "columns": [0]},
            {"words": "lone \ud800 surrogate", "rows": [0], "columns": [1]},
            {"words": "tab\tkept", "rows": [0], "columns": [2]},
        ]
    )
    path = table.to_excel(tmp_path / "x.xlsx")
    assert _values(path) == [["a\ufffdb\ufffd", "lone \ufffd surrogate", "tab\tkept"]]


def test_tables_to_excel_one_sheet_per_table(tmp_path: Path) -> None:
    page = {"table_result": {"table_list": [{"words_block_list": HAND_BLOCKS}] * 2}}
    forms = {"form_result": {"form_list": [{"words_block_list": HAND_BLOCKS[:2]}]}}
    sdr = tables_of({"result": [page, forms]})
    general = tables_of(
        {"result": {"words_region_list": [{"type": "table", "words_block_list": HAND_BLOCKS}]}}
    )
    tables = [*sdr, *general, *general]
    path = tables_to_excel(tables, tmp_path / "all.xlsx", merged="repeat")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "page 0 table 0",
        "page 0 table 1",
        "page 1 form 0",
        "table 0",
        "table 0 (2)",
    ]
    for name, table in zip(book.sheetnames, tables, strict=True):
        assert _texts(path, name) == table.to_rows(merged="repeat")
    assert _leftovers(tmp_path) == []


def test_default_sheet_names_stay_within_31_characters(tmp_path: Path) -> None:
    big = Table.from_blocks([{"words": "a", "rows": [0], "columns": [0]}], kind="table")
    big.page, big.index = 10**12, 10**15
    path = tables_to_excel([big, big], tmp_path / "big.xlsx")
    names = openpyxl.load_workbook(path).sheetnames
    assert all(len(n) <= 31 for n in names)
    assert len({n.casefold() for n in names}) == 2
    assert names[1].endswith(" (2)")


@pytest.mark.parametrize(
    ("names", "rule"),
    [
        (["x" * 32], "1 to 31 characters"),
        ([""], "1 to 31 characters"),
        (["a/b"], "must not hold any of"),
        (["a[1]"], "must not hold any of"),
        (["what?"], "must not hold any of"),
        (["a\\b"], "must not hold any of"),
        (["a:b"], "must not hold any of"),
        (["a*"], "must not hold any of"),
        (["'quoted"], "apostrophe"),
        (["quoted'"], "apostrophe"),
        (["bell\x07"], "control characters"),
        (["history"], "reserved"),
        (["Sales", "SALES"], "already the name"),
    ],
)
def test_given_sheet_names_must_be_valid(tmp_path: Path, names: list[str], rule: str) -> None:
    target = tmp_path / "n.xlsx"
    with pytest.raises(ValueError, match=rule):
        tables_to_excel([_hand()] * len(names), target, sheet_names=names)
    if len(names) == 1:
        with pytest.raises(ValueError, match=rule):
            _hand().to_excel(target, sheet_name=names[0])
    assert not target.exists()


def test_valid_given_sheet_names_are_kept(tmp_path: Path) -> None:
    names = ["x" * 31, "Données 2024 (Q1)"]
    path = tables_to_excel([_hand(), _hand()], tmp_path / "ok.xlsx", sheet_names=names)
    assert openpyxl.load_workbook(path).sheetnames == names


def test_tables_to_excel_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="needs at least one sheet"):
        tables_to_excel([], tmp_path / "e.xlsx")
    with pytest.raises(ValueError, match="'repeat' or 'empty'"):
        tables_to_excel([_hand()], tmp_path / "e.xlsx", merged="both")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a string"):
        tables_to_excel([_hand()], tmp_path / "e.xlsx", sheet_names="abc")
    with pytest.raises(ValueError, match="1 names for 2 tables"):
        tables_to_excel([_hand(), _hand()], tmp_path / "e.xlsx", sheet_names=["one"])
    assert list(tmp_path.iterdir()) == []


def _success_examples() -> list[Example]:
    return [
        e
        for e in examples(load_spec())
        if e.operation_id in TABLE_OPERATIONS and e.kind == "response" and e.status == "200"
    ]


@pytest.mark.parametrize("example", _success_examples(), ids=lambda e: e.id)
def test_documented_tables_round_trip_through_excel(tmp_path: Path, example: Example) -> None:
    tables = tables_of(example.value)
    assert tables
    for merged in ("empty", "repeat"):
        path = tables_to_excel(tables, tmp_path / f"{merged}.xlsx", merged=merged)
        book = openpyxl.load_workbook(path)
        assert len(book.sheetnames) == len(tables)
        for name, table in zip(book.sheetnames, tables, strict=True):
            got = _texts(path, name)
            want = table.to_rows(merged=merged)
            # openpyxl reads up to the last row written: trailing empty rows are not stored.
            assert got == want[: len(got)]
            assert all(v == "" for row in want[len(got) :] for v in row)


@st.composite
def _grids(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Random tables of non-overlapping rectangles, each a cell with its own text; about a
    third of the positions are left to no cell."""
    n_rows, n_columns = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    taken: set[tuple[int, int]] = set()
    blocks: list[dict[str, Any]] = []
    for r in range(n_rows):
        for c in range(n_columns):
            if (r, c) in taken or draw(st.integers(0, 2)) == 0:
                continue
            height, width = draw(st.integers(1, 3)), draw(st.integers(1, 3))
            spots = {(r + i, c + j) for i in range(height) for j in range(width)}
            if spots & taken:
                height, width, spots = 1, 1, {(r, c)}
            taken |= spots
            rows, columns = list(range(r, r + height)), list(range(c, c + width))
            blocks.append({"words": f"r{r}c{c}", "rows": rows, "columns": columns})
    return blocks


@settings(max_examples=40, deadline=None)
@given(blocks=_grids())
def test_excel_merges_match_the_grid(
    tmp_path_factory: pytest.TempPathFactory, blocks: list[dict[str, Any]]
) -> None:
    table = Table.from_blocks(blocks)
    assert table.problems == []
    path = table.to_excel(tmp_path_factory.mktemp("grid") / "h.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    letter = get_column_letter
    want = {
        f"{letter(c.column + 1)}{c.row + 1}:{letter(c.column + c.column_span)}{c.row + c.row_span}"
        for c in table.cells
        if c.row_span > 1 or c.column_span > 1
    }
    assert {str(r) for r in ws.merged_cells.ranges} == want
    # openpyxl reads back up to the last row and column written: compare on that much.
    got = _texts(path)
    width = len(got[0]) if got else 0
    grid = table.to_rows(merged="empty")
    assert got == [row[:width] for row in grid[: len(got)]]
    assert all(v == "" for row in grid for v in row[width:])
    assert all(v == "" for row in grid[len(got) :] for v in row)


# -- to_pandas ---------------------------------------------------------------------------------
def _frame_rows(frame: pd.DataFrame) -> list[list[Any]]:
    return [list(row) for row in frame.itertuples(index=False, name=None)]


def test_to_pandas_both_merge_modes() -> None:
    table = _hand()
    modes: tuple[Merged, ...] = ("empty", "repeat")
    for merged in modes:
        frame = table.to_pandas(merged)
        assert frame.shape == (3, 3)
        assert frame.columns.equals(pd.RangeIndex(3))
        assert list(frame.index) == [0, 1, 2]
        assert _frame_rows(frame) == table.to_rows(merged=merged)
    empty = table.to_pandas()
    assert empty.iloc[1, 0] == ""
    assert table.to_pandas("repeat").iloc[1, 0] == "Name"
    assert empty.iloc[1, 2] == "007"  # text, never a number


def test_to_pandas_header() -> None:
    frame = _hand().to_pandas(header=True)
    assert list(frame.columns) == ["Name", "Totals", "Unnamed: 2"]
    assert frame.shape == (2, 3)
    assert list(frame.index) == [0, 1]
    assert _frame_rows(frame) == [["", "Q1", "007"], ["x", "=1+1", "line1\nline2"]]
    repeat = _hand().to_pandas("repeat", header=True)
    assert list(repeat.columns) == ["Name", "Totals", "Totals.1"]
    assert repeat["Name"].tolist() == ["Name", "x"]


def test_to_pandas_header_names_made_unique() -> None:
    header = ["a", "a", "a.1", "", "a", ""]
    blocks = [{"words": w, "rows": [0], "columns": [j]} for j, w in enumerate(header)]
    blocks += [{"words": str(j), "rows": [1], "columns": [j]} for j in range(len(header))]
    frame = Table.from_blocks(blocks).to_pandas(header=True)
    # "a.1" is a header of its own: the second "a" skips it.
    assert list(frame.columns) == ["a", "a.2", "a.1", "Unnamed: 3", "a.3", "Unnamed: 5"]
    assert frame["a.1"].tolist() == ["2"]


def test_to_pandas_small_tables() -> None:
    empty = Table.from_blocks([])
    assert empty.to_pandas().shape == (0, 0)
    assert empty.to_pandas(header=True).shape == (0, 0)
    one_row = Table.from_blocks([{"words": "h", "rows": [0], "columns": [0, 1]}])
    frame = one_row.to_pandas(header=True)
    assert frame.shape == (0, 2)
    assert list(frame.columns) == ["h", "Unnamed: 1"]
    with pytest.raises(ValueError, match="'repeat' or 'empty'"):
        one_row.to_pandas("both")  # type: ignore[arg-type]


# -- missing extras ----------------------------------------------------------------------------
def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError) as info:
        _hand().to_pandas()
    error = info.value
    assert isinstance(error, ImportError)
    assert isinstance(error, OcrError)
    assert error.extra == "pandas"
    assert error.name == error.module == "pandas"
    assert 'pip install "huaweicloud-ocr[pandas]"' in str(error)


def test_missing_openpyxl_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    calls: list[Callable[[], object]] = [
        lambda: _hand().to_excel(tmp_path / "m.xlsx"),
        lambda: tables_to_excel([_hand()], tmp_path / "m.xlsx"),
    ]
    for call in calls:
        with pytest.raises(MissingExtraError) as info:
            call()
        assert info.value.extra == "excel"
        assert info.value.name == "openpyxl"
        assert 'pip install "huaweicloud-ocr[excel]"' in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"old")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        save_excel(_general_table(_b64(_xlsx([["new"]]))), target)
    with pytest.raises(OSError, match="No space left"):
        _hand().to_excel(target)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []
