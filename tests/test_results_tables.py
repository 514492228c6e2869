"""Tables as a grid with merged cells resolved (issue 15, point 4): huaweicloud_ocr.results.tables.

The documented examples are read from openapi.yaml at test time, never copied here.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huaweicloud_ocr.results.tables import Table, tables_of
from huaweicloud_ocr_api import models
from tests.golden import Example, examples, load_spec

TABLE_OPERATIONS = ("RecognizeGeneralTable", "RecognizeSmartDocumentRecognizer")


def _success_examples() -> list[Example]:
    return [
        e
        for e in examples(load_spec())
        if e.operation_id in TABLE_OPERATIONS and e.kind == "response" and e.status == "200"
    ]


def _input_cells(example: Example) -> list[dict[str, Any]]:
    """The cells the example holds, read from the raw JSON (not through the code under test)."""
    result = example.value["result"]
    cells: list[dict[str, Any]] = []
    if example.operation_id == "RecognizeGeneralTable":
        for region in result.get("words_region_list", []):
            if region.get("type") == "table":
                cells.extend(region.get("words_block_list", []))
    else:
        for page in result:
            for key, list_key in (("table_result", "table_list"), ("form_result", "form_list")):
                for table in page.get(key, {}).get(list_key, []):
                    cells.extend(table.get("words_block_list", []))
    return cells


def _model(example: Example) -> Any:
    if example.operation_id == "RecognizeGeneralTable":
        return models.RecognizeGeneralTableResponse.from_dict(example.value)
    return models.RecognizeSmartDocumentRecognizerResponse.from_dict(example.value)


def test_every_table_operation_documents_a_table() -> None:
    found = {e.operation_id for e in _success_examples() if _input_cells(e)}
    assert found == set(TABLE_OPERATIONS)


@pytest.mark.parametrize("example", _success_examples(), ids=lambda e: e.id)
def test_documented_examples_place_every_cell_once(example: Example) -> None:
    given_cells = _input_cells(example)
    for answer in (example.value, _model(example), _model(example).to_dict()):
        tables = tables_of(answer)
        assert sum(len(t.cells) for t in tables) == len(given_cells)
        assert all(t.problems == [] for t in tables)
        for table in tables:
            shown = Counter(v for row in table.to_rows(merged="empty") for v in row if v)
            assert shown == Counter(c.text for c in table.cells)
        assert Counter(c.text for t in tables for c in t.cells) == Counter(
            c["words"] for c in given_cells
        )


@pytest.mark.parametrize("example", _success_examples(), ids=lambda e: e.id)
def test_documented_examples_same_from_model_and_saved_dict(example: Example) -> None:
    def shape(answer: Any) -> list[tuple[str, int | None, int, list[list[str]], str]]:
        return [
            (t.kind, t.page, t.index, t.to_rows(merged="repeat"), t.to_html())
            for t in tables_of(answer)
        ]

    model = _model(example)
    assert shape(model) == shape(model.to_dict()) == shape(example.value)
    assert shape(model.result) == shape(example.value["result"])


def test_documented_failures_are_not_tables() -> None:
    failures = [
        e
        for e in examples(load_spec())
        if e.operation_id in TABLE_OPERATIONS and e.kind == "response" and e.status != "200"
    ]
    assert failures
    for e in failures:
        with pytest.raises(ValueError, match="failed call"):
            tables_of(e.value)


# A 3 x 3 table: "Name" spans rows 0-1, "Totals" spans columns 1-2. Listed out of order.
HAND_BLOCKS: list[dict[str, Any]] = [
    {"words": "line1\nline2", "rows": [2], "columns": [2]},
    {"words": "Totals", "rows": [0], "columns": [2, 1]},
    {"words": "Q1", "rows": [1], "columns": [1]},
    {"words": "Name", "rows": [0, 1], "columns": [0]},
    {"words": "a|b", "rows": [1], "columns": [2]},
    {"words": "x", "rows": [2], "columns": [0]},
    {"words": "<1&2>", "rows": [2], "columns": [1]},
]
HAND_ANSWER: dict[str, Any] = {
    "result": {
        "words_region_count": 2,
        "words_region_list": [
            {"type": "text", "words_block_list": [{"words": "A title"}]},
            {"type": "table", "words_block_list": HAND_BLOCKS},
        ],
    }
}


def _hand_tables() -> list[list[Table]]:
    model = models.RecognizeGeneralTableResponse.from_dict(HAND_ANSWER)
    return [tables_of(HAND_ANSWER), tables_of(model), tables_of(model.result)]


def test_hand_built_merges_rows() -> None:
    for tables in _hand_tables():
        assert len(tables) == 1
        (table,) = tables
        assert (table.n_rows, table.n_columns, table.index, table.kind) == (
            3,
            3,
            1,
            "general_table",
        )
        assert table.problems == []
        name = table.cell_at(1, 0)
        assert name is not None
        assert (name.text, name.row, name.column, name.row_span, name.column_span) == (
            "Name",
            0,
            0,
            2,
            1,
        )
        assert table.to_rows(merged="empty") == [
            ["Name", "Totals", ""],
            ["", "Q1", "a|b"],
            ["x", "<1&2>", "line1\nline2"],
        ]
        assert table.to_rows(merged="repeat") == [
            ["Name", "Totals", "Totals"],
            ["Name", "Q1", "a|b"],
            ["x", "<1&2>", "line1\nline2"],
        ]
        assert table.to_rows() == table.to_rows(merged="empty")


def test_hand_built_csv() -> None:
    (table,) = _hand_tables()[0]
    assert table.to_csv() == 'Name,Totals,\r\n,Q1,a|b\r\nx,<1&2>,"line1\nline2"\r\n'
    assert table.to_csv(merged="repeat", lineterminator="\n") == (
        'Name,Totals,Totals\nName,Q1,a|b\nx,<1&2>,"line1\nline2"\n'
    )


def test_hand_built_markdown() -> None:
    (table,) = _hand_tables()[0]
    assert table.to_markdown() == (
        "| Name | Totals |  |\n"
        "| --- | --- | --- |\n"
        "|  | Q1 | a\\|b |\n"
        "| x | <1&2> | line1<br>line2 |\n"
    )
    assert table.to_markdown(merged="repeat").splitlines()[2] == "| Name | Q1 | a\\|b |"


def test_hand_built_html() -> None:
    (table,) = _hand_tables()[0]
    assert table.to_html() == (
        "<table>\n"
        '<tr><td rowspan="2">Name</td><td colspan="2">Totals</td></tr>\n'
        "<tr><td>Q1</td><td>a|b</td></tr>\n"
        "<tr><td>x</td><td>&lt;1&amp;2&gt;</td><td>line1<br>line2</td></tr>\n"
        "</table>\n"
    )


def test_smart_document_recognizer_hand_built() -> None:
    page = {"table_result": {"table_count": 1, "table_list": [{"words_block_list": HAND_BLOCKS}]}}
    answer = {"result": [{"ocr_result": {"words_block_count": 0}}, page]}
    model = models.RecognizeSmartDocumentRecognizerResponse.from_dict(answer)
    for source in (answer, model, model.to_dict(), answer["result"]):
        (table,) = tables_of(source)
        assert (table.kind, table.page, table.index) == ("table", 1, 0)
        assert table.to_html() == _hand_tables()[0][0].to_html()
    (single,) = tables_of(page)
    assert single.page is None


def test_overlapping_and_empty_span_cells_are_reported() -> None:
    blocks: list[dict[str, Any]] = [
        {"words": "A", "rows": [0], "columns": [0]},
        {"words": "B overlaps A", "rows": [0, 1], "columns": [0]},
        {"words": "C empty rows", "rows": [], "columns": [1]},
        {"words": "D no rows", "columns": [1]},
        {"words": "E gap", "rows": [2, 0], "columns": [2]},
        {"words": "F bad", "rows": ["x", -1, True, 1.0], "columns": [1]},
        {"words": "G huge", "rows": [10**9], "columns": [0]},
        {"words": None, "rows": [1], "columns": [1]},
    ]
    answer = {"result": {"words_region_list": [{"type": "table", "words_block_list": blocks}]}}
    (table,) = tables_of(answer)
    assert [c.text for c in table.cells] == ["A", "E gap", ""]
    kinds = {(p.block, p.kind) for p in table.problems}
    assert kinds == {
        (1, "overlap"),
        (2, "no_span"),
        (3, "no_span"),
        (4, "gap"),
        (5, "bad_index"),
        (5, "no_span"),
        (6, "bad_index"),
        (6, "no_span"),
    }
    assert any("B overlaps A" in p.message for p in table.problems)
    assert (table.n_rows, table.n_columns) == (3, 3)
    assert table.to_rows() == [["A", "", "E gap"], ["", "", ""], ["", "", ""]]
    assert table.to_rows(merged="repeat") == [
        ["A", "", "E gap"],
        ["", "", "E gap"],
        ["", "", "E gap"],
    ]
    assert table.to_html().count("<td") == 3 + 2 + 2  # empty positions get a <td></td> each
    assert 'rowspan="3"' in table.to_html()


def test_not_an_answer() -> None:
    with pytest.raises(ValueError, match="not a General Table"):
        tables_of({"words_block_list": []})
    with pytest.raises(TypeError):
        tables_of(42)
    with pytest.raises(ValueError, match="merged"):
        Table.from_blocks([]).to_rows(merged="both")  # type: ignore[arg-type]
    empty = Table.from_blocks([])
    assert (empty.to_rows(), empty.to_csv(), empty.to_markdown()) == ([], "", "")
    assert empty.to_html() == "<table>\n</table>\n"


@st.composite
def partitioned_grids(draw: st.DrawFn) -> tuple[int, int, list[dict[str, Any]]]:
    """A grid cut into random rectangles, as cells with shuffled `rows`/`columns` lists, shuffled."""
    n_rows = draw(st.integers(1, 7))
    n_columns = draw(st.integers(1, 7))
    covered = [[False] * n_columns for _ in range(n_rows)]
    blocks: list[dict[str, Any]] = []
    for r in range(n_rows):
        for c in range(n_columns):
            if covered[r][c]:
                continue
            width = 1
            while c + width < n_columns and not covered[r][c + width]:
                width += 1
            w = draw(st.integers(1, width))
            height = 1
            while r + height < n_rows and not any(covered[r + height][c : c + w]):
                height += 1
            h = draw(st.integers(1, height))
            for rr in range(r, r + h):
                for cc in range(c, c + w):
                    covered[rr][cc] = True
            text = draw(st.text(max_size=6)) + f"#{len(blocks)}"
            blocks.append(
                {
                    "words": text,
                    "rows": draw(st.permutations(list(range(r, r + h)))),
                    "columns": draw(st.permutations(list(range(c, c + w)))),
                    "_expect": (r, c, h, w),
                }
            )
    return n_rows, n_columns, draw(st.permutations(blocks))


@settings(max_examples=200, deadline=None)
@given(partitioned_grids(), st.booleans())
def test_random_merges_place_every_cell_once(
    grid: tuple[int, int, list[dict[str, Any]]], from_model: bool
) -> None:
    n_rows, n_columns, blocks = grid
    answer = {"result": {"words_region_list": [{"type": "table", "words_block_list": blocks}]}}
    source: Any = models.RecognizeGeneralTableResponse.from_dict(answer) if from_model else answer
    (table,) = tables_of(source)
    assert table.problems == []
    assert (table.n_rows, table.n_columns) == (n_rows, n_columns)
    assert len(table.cells) == len(blocks)
    for cell, block in zip(table.cells, blocks, strict=True):
        assert cell.text == block["words"]
        assert (cell.row, cell.column, cell.row_span, cell.column_span) == block["_expect"]
        for r, c in cell.positions:
            assert table.cell_at(r, c) is cell
    empty = Counter(v for row in table.to_rows(merged="empty") for v in row)
    repeat = Counter(v for row in table.to_rows(merged="repeat") for v in row)
    for cell in table.cells:
        assert empty[cell.text] == 1
        assert repeat[cell.text] == cell.row_span * cell.column_span
    assert "" not in repeat  # a partition leaves no position uncovered
    assert sum(repeat.values()) == n_rows * n_columns
    html = table.to_html()
    assert html.count("<td") == len(blocks)
    assert html.count("rowspan=") == sum(c.row_span > 1 for c in table.cells)
    assert html.count("colspan=") == sum(c.column_span > 1 for c in table.cells)
