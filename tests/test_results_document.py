"""Markdown and HTML of whole documents (issue 15, point 3): huaweicloud_ocr.results.document.

The documented examples are read from openapi.yaml at test time, never copied here; the
expected renderings below are written out by hand from the rules in the module docstring.
"""

from __future__ import annotations

import re
import warnings
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huaweicloud_ocr.results.document import DocumentWarning, html_of, markdown_of
from huaweicloud_ocr_api import models
from tests.golden import Example, examples, load_spec, parse_model

Box = tuple[int, int, int, int]


def _example(operation: str) -> Example:
    found = [
        e
        for e in examples(load_spec())
        if e.operation_id == operation and e.kind == "response" and e.status == "200"
    ]
    assert found
    return found[0]


def _forms(example: Example) -> list[Any]:
    model = parse_model(example)
    return [example.value, model, model.result, model.to_dict(), model.to_dict()["result"]]


def _loc(box: Box) -> list[list[int]]:
    x0, y0, x1, y1 = box
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def _word(text: str, box: Box | None = None) -> dict[str, Any]:
    word: dict[str, Any] = {"words": text}
    if box is not None:
        word["location"] = _loc(box)
    return word


def _block(kind: str, box: Box | None = None, ids: tuple[int, ...] = (), **more: Any) -> Any:
    block: dict[str, Any] = {"type": kind, "words_ids": list(ids), **more}
    if box is not None:
        block["location"] = _loc(box)
    return block


def _cell(text: str, rows: list[int], columns: list[int]) -> dict[str, Any]:
    return {"words": text, "rows": rows, "columns": columns}


def _grid(cells: list[dict[str, Any]], box: Box | None = None) -> dict[str, Any]:
    grid: dict[str, Any] = {"words_block_list": cells}
    if box is not None:
        grid["location"] = _loc(box)
    return grid


def _page(
    words: list[dict[str, Any]],
    blocks: list[dict[str, Any]] | None = None,
    *,
    tables: list[dict[str, Any]] | None = None,
    forms: list[dict[str, Any]] | None = None,
    formulas: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    page: dict[str, Any] = {"ocr_result": {"direction": 0, "words_block_list": words}}
    if blocks is not None:
        page["layout_result"] = {"layout_block_list": blocks}
    if tables is not None:
        page["table_result"] = {"table_list": tables}
    if forms is not None:
        page["form_result"] = {"form_list": forms}
    if formulas is not None:
        page["formula_result"] = {"formula_list": formulas}
    return page


def _quiet(function: Any, answer: Any, **flags: bool) -> str:
    """Render, failing on any DocumentWarning (a clean answer reports nothing)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DocumentWarning)
        out: str = function(answer, **flags)
    return out


def _well_formed(fragment: str) -> ET.Element:
    # Our own output, in a test: no entity declarations can be in it (S314 is about those).
    root = ET.fromstring(f"<root>{fragment}</root>")  # noqa: S314

    class Strict(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.stack: list[str] = []

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag != "br":
                self.stack.append(tag)

        def handle_startendtag(self, tag: str, attrs: Any) -> None:
            assert tag == "br"

        def handle_endtag(self, tag: str) -> None:
            assert self.stack.pop() == tag

    parser = Strict()
    parser.feed(fragment)
    parser.close()
    assert parser.stack == []
    return root


# -- the documented examples ---------------------------------------------------------------

SDR_FORMULA = (
    "\\\\int _ { L } \\\\left ( 2 x y ^ { 3 } - y ^ { 2 } \\\\cos x \\\\right ) \\\\mathrm { d } x"
    " + \\\\left ( 1 - 2 y \\\\sin x + 3 x ^ { 2 } y ^ { 2 } \\\\right ) \\\\mathrm { d } y"
)
SDR_NOTES = (
    "<!-- problem: result item 1, layout block 1 (form): form_id 0 is not an index of"
    " form_result.form_list (0 items): its words are shown as text -->",
    "<!-- problem: result item 1, layout block 2 (table): table_id 0 is not an index of"
    " table_result.table_list (0 items): its words are shown as text -->",
)
SDR_MARKDOWN = f"""${SDR_FORMULA}$

---

{SDR_NOTES[0]}

{SDR_NOTES[1]}

# Heilongjiang VAT Special Invoice

---

| xxx |  |  |
| --- | --- | --- |
| xxxx |  |  |

---

| Name of goods or taxable labor services | Specifications and model |
| --- | --- |

---

Heilongjiang VAT Special Invoice
"""
SDR_HTML = f"""<article>
<section data-page="0">
<p data-type="formula">\\({SDR_FORMULA}\\)</p>
</section>
<section data-page="1">
{SDR_NOTES[0]}
{SDR_NOTES[1]}
<h1>Heilongjiang VAT Special Invoice</h1>
</section>
<section data-page="2">
<table>
<tr><td colspan="3">xxx</td></tr>
<tr><td colspan="3">xxxx</td></tr>
</table>
</section>
<section data-page="3">
<table>
<tr><td>Name of goods or taxable labor services</td><td>Specifications and model</td></tr>
</table>
</section>
<section data-page="5">
<p>Heilongjiang VAT Special Invoice</p>
</section>
</article>
"""


def test_documented_smart_document_example() -> None:
    # Each of the six result items is a page (as tables_of and key_values_of number them): the
    # layout item names a form and a table that its own item does not hold, which is reported;
    # its title has no ocr_result words beside it, so the block's own text is shown.
    for answer in _forms(_example("RecognizeSmartDocumentRecognizer")):
        with pytest.warns(DocumentWarning) as caught:
            assert markdown_of(answer) == SDR_MARKDOWN
        assert [str(w.message) for w in caught] == [
            re.sub(r"^<!-- problem: | -->$", "", note) for note in SDR_NOTES
        ]
        with pytest.warns(DocumentWarning):
            assert html_of(answer) == SDR_HTML
    _well_formed(SDR_HTML)


GT_MARKDOWN = """Text block 1 recognized in the text area

| Text block 1 recognized in the table area | Text block 2 recognized in the table area |  |
| --- | --- | --- |
"""
GT_HTML = """<article>
<section>
<p data-type="text">Text block 1 recognized in the text area</p>
<table>
<tr><td>Text block 1 recognized in the table area</td><td colspan="2">Text block 2 recognized in the table area</td></tr>
</table>
</section>
</article>
"""


def test_documented_general_table_example() -> None:
    for answer in _forms(_example("RecognizeGeneralTable")):
        assert _quiet(markdown_of, answer) == GT_MARKDOWN
        assert _quiet(html_of, answer) == GT_HTML


# -- layout order ------------------------------------------------------------------------------

TWO_COLUMNS_WORDS = [
    _word("Report", (10, 10, 200, 40)),
    _word("Alpha", (10, 110, 100, 130)),
    _word("Beta", (10, 230, 100, 250)),
    _word("Gamma", (560, 110, 700, 130)),
    _word("Delta", (560, 230, 700, 250)),
    _word("End", (10, 410, 100, 430)),
]
TWO_COLUMNS_BLOCKS = [
    _block("title", (0, 0, 1000, 50), (0,)),
    _block("text", (0, 100, 450, 200), (1,)),
    _block("text", (0, 220, 450, 300), (2,)),
    _block("text", (550, 100, 1000, 200), (3,)),
    _block("text", (550, 220, 1000, 300), (4,)),
    _block("text", (0, 400, 1000, 450), (5,)),
]


@pytest.mark.parametrize("order", [[0, 1, 2, 3, 4, 5], [4, 5, 1, 0, 3, 2], [5, 4, 3, 2, 1, 0]])
def test_layout_order_comes_from_locations_not_list_order(order: list[int]) -> None:
    # Paragraphs of the two columns start at the same heights: a plain top-to-bottom cut
    # would interleave them.
    page = _page(TWO_COLUMNS_WORDS, [TWO_COLUMNS_BLOCKS[n] for n in order])
    assert _quiet(markdown_of, page) == "# Report\n\nAlpha\n\nBeta\n\nGamma\n\nDelta\n\nEnd\n"
    assert _quiet(html_of, page) == (
        "<article>\n<section>\n<h1>Report</h1>\n"
        + "".join(f'<p data-type="text">{t}</p>\n' for t in ("Alpha", "Beta", "Gamma", "Delta"))
        + '<p data-type="text">End</p>\n</section>\n</article>\n'
    )


def test_blocks_without_location_follow_their_list_predecessor() -> None:
    words = [_word("one", (0, 300, 50, 320)), _word("two"), _word("three", (0, 0, 50, 20))]
    blocks = [
        _block("text", (0, 290, 100, 330), (0,)),
        _block("text", None, (1,)),
        _block("text", (0, 0, 100, 30), (2,)),
    ]
    assert _quiet(markdown_of, _page(words, blocks)) == "three\n\none\n\ntwo\n"


def test_words_of_a_block_in_reading_order() -> None:
    words = [
        _word("second", (0, 40, 60, 60)),
        _word("line", (70, 40, 120, 60)),
        _word("First", (0, 0, 60, 20)),
        _word("line", (70, 0, 120, 20)),
    ]
    page = _page(words, [_block("text", (0, 0, 200, 70), (3, 1, 0, 2)), _block("title")])
    assert _quiet(markdown_of, page) == "First line\nsecond line\n"
    page = _page(words, [_block("title", (0, 0, 200, 70), (0, 1, 2, 3))])
    assert _quiet(markdown_of, page) == "# First line second line\n"


def test_a_caption_stays_next_to_its_table() -> None:
    # The caption is the nearest block above the table, but a paragraph across the page lies
    # between them: the caption moves down to the table; the table is not moved.
    words = [
        _word("Table 1: costs", (0, 0, 300, 20)),
        _word("Between", (0, 40, 300, 60)),
        _word("After", (0, 300, 300, 320)),
    ]
    blocks = [
        _block("table", (0, 80, 500, 200), (), table_id=0),
        _block("table_caption", (0, 0, 400, 25), (0,)),
        _block("text", (0, 35, 1000, 65), (1,)),
        _block("text", (0, 290, 1000, 330), (2,)),
    ]
    tables = [_grid([_cell("a", [0], [0]), _cell("b", [0], [1])])]
    md = _quiet(markdown_of, _page(words, blocks, tables=tables))
    assert md == "Between\n\nTable 1: costs\n\n| a | b |\n| --- | --- |\n\nAfter\n"
    # A caption under its table follows it; the table stays where it is on the page.
    blocks[1] = _block("table_caption", (0, 210, 400, 230), (0,))
    md = _quiet(markdown_of, _page(words, blocks, tables=tables))
    assert md == "Between\n\n| a | b |\n| --- | --- |\n\nTable 1: costs\n\nAfter\n"


# -- tables, forms, formulas, images --------------------------------------------------------


def test_tables_and_forms_joined_by_id_with_their_words_not_repeated() -> None:
    words = [
        _word("Intro", (0, 0, 100, 20)),
        _word("Name", (0, 50, 100, 70)),
        _word("Age", (200, 50, 300, 70)),
        _word("Ann", (0, 80, 100, 100)),
        _word("Sign", (0, 200, 100, 220)),
    ]
    blocks = [
        _block("form", (0, 190, 500, 260), (4,), form_id=0),
        _block("text", (0, 0, 500, 30), (0, 1)),  # names a word of the table too
        _block("table", (0, 40, 500, 110), (1, 2, 3), table_id=0),
    ]
    tables = [
        _grid(
            [
                _cell("Name", [0], [0]),
                _cell("Age", [0], [1]),
                _cell("Ann", [1, 2], [0]),
                _cell("41", [1], [1]),
            ]
        )
    ]
    forms = [_grid([_cell("Sign", [0], [0, 1]), _cell("here", [1], [1])])]
    page = _page(words, blocks, tables=tables, forms=forms)
    assert _quiet(markdown_of, page) == (
        "Intro\n\n"
        "| Name | Age |\n| --- | --- |\n| Ann | 41 |\n|  |  |\n\n"
        "| Sign |  |\n| --- | --- |\n|  | here |\n"
    )
    assert _quiet(html_of, page) == (
        '<article>\n<section>\n<p data-type="text">Intro</p>\n'
        "<table>\n<tr><td>Name</td><td>Age</td></tr>\n"
        '<tr><td rowspan="2">Ann</td><td>41</td></tr>\n<tr><td></td></tr>\n</table>\n'
        '<table>\n<tr><td colspan="2">Sign</td></tr>\n<tr><td></td><td>here</td></tr>\n'
        "</table>\n</section>\n</article>\n"
    )


def test_a_missing_table_is_reported_and_its_words_shown() -> None:
    words = [_word("Total", (0, 100, 100, 120)), _word("12", (200, 100, 300, 120))]
    blocks = [_block("table", (0, 90, 500, 130), (0, 1), table_id=3)]
    # The one table there is, named by no block, is shown by its own location: above.
    tables = [_grid([_cell("x", [0], [0])], (0, 0, 500, 50))]
    note = (
        "layout block 0 (table): table_id 3 is not an index of table_result.table_list"
        " (1 items): its words are shown as text"
    )
    with pytest.warns(DocumentWarning, match=re.escape(note)):
        md = markdown_of(_page(words, blocks, tables=tables))
    assert md == f"| x |\n| --- |\n\n<!-- problem: {note} -->\n\nTotal 12\n"
    with pytest.warns(DocumentWarning, match=re.escape(note)):
        out = html_of(_page(words, blocks, tables=tables))
    assert f'<!-- problem: {note} -->\n<p data-type="table">Total 12</p>' in out
    _well_formed(out)
    # No table_id at all (the call did not ask for tables) is no problem.
    assert _quiet(markdown_of, _page(words, [_block("table", None, (0, 1))])) == "Total 12\n"


def test_a_table_named_twice_is_shown_once() -> None:
    blocks = [
        _block("table", (0, 0, 100, 100), (), table_id=0),
        _block("table", (0, 200, 100, 300), (0,), table_id=0),
    ]
    page = _page([_word("a", (0, 210, 10, 220))], blocks, tables=[_grid([_cell("a", [0], [0])])])
    with pytest.warns(DocumentWarning, match="table_id 0 is shown at an earlier block"):
        md = markdown_of(page)
    assert md.count("| a |") == 1
    assert re.findall(r"\ba\b", md) == ["a"]


def test_bad_word_ids_are_reported_and_ignored() -> None:
    page = _page([_word("only", (0, 0, 10, 10))], [_block("text", None, (0, 0, 7, -1))])
    with pytest.warns(DocumentWarning, match=re.escape("words_ids [7, -1] are not indexes")):
        assert markdown_of(page).endswith("\n\nonly\n")


def test_grid_problems_are_reported_and_left_out_cells_kept() -> None:
    table = _grid([_cell("a", [0], [0]), _cell("b", [0], [0]), _cell("c", [], [1])])
    page = _page([], [_block("table", None, (), table_id=0)], tables=[table])
    with pytest.warns(DocumentWarning) as caught:
        md = markdown_of(page)
    assert len(caught) == 2
    assert md.endswith("| a |\n| --- |\n\nb\nc\n")


def test_formulas() -> None:
    words = [_word("E=mc2", (0, 0, 100, 20)), _word("x+y", (0, 100, 100, 120))]
    blocks = [
        _block("formula", (0, 0, 200, 30), (0,), formula_id=0),
        _block("formula", (0, 90, 200, 130), (1,)),
    ]
    formulas = [{"formula": "E = m c ^ { 2 } \\text{ in $ }", "location": _loc((0, 0, 200, 30))}]
    page = _page(words, blocks, formulas=formulas)
    assert _quiet(markdown_of, page) == "$E = m c ^ { 2 } \\text{ in \\$ }$\n\n$x+y$\n"
    assert _quiet(html_of, page) == (
        '<article>\n<section>\n<p data-type="formula">\\(E = m c ^ { 2 } \\text{ in $ }\\)</p>\n'
        '<p data-type="formula">\\(x+y\\)</p>\n</section>\n</article>\n'
    )


def test_images_are_placeholders_and_keep_their_words() -> None:
    words = [_word("LOGO", (10, 10, 50, 30)), _word("Figure 2", (0, 110, 100, 130))]
    blocks = [
        _block("image_caption", (0, 105, 200, 135), (1,)),
        _block("image", (0, 0, 200, 100), (0,)),
        _block("image", (0, 300, 200, 400)),
    ]
    page = _page(words, blocks)
    assert _quiet(markdown_of, page) == ("<!-- image -->\n\nLOGO\n\nFigure 2\n\n<!-- image -->\n")
    assert _quiet(html_of, page) == (
        '<article>\n<section>\n<figure data-type="image"><p>LOGO</p></figure>\n'
        '<p data-type="image_caption">Figure 2</p>\n<figure data-type="image"></figure>\n'
        "</section>\n</article>\n"
    )


def test_headers_footers_and_page_numbers_only_when_asked() -> None:
    words = [
        _word("ACME", (0, 0, 100, 20)),
        _word("Body", (0, 100, 100, 120)),
        _word("Confidential", (0, 900, 100, 920)),
        _word("7", (500, 950, 510, 970)),
    ]
    blocks = [
        _block("header", (0, 0, 1000, 30), (0,)),
        _block("text", (0, 90, 1000, 130), (1,)),
        _block("footer", (0, 890, 400, 930)),  # its word named by no block: left out with it
        _block("page_number", (480, 940, 520, 980), (3,)),
    ]
    page = _page(words, blocks)
    assert _quiet(markdown_of, page) == "Body\n"
    assert _quiet(markdown_of, page, headers_footers=True) == "ACME\n\nBody\n\nConfidential\n"
    assert _quiet(markdown_of, page, page_numbers=True) == "Body\n\n7\n"
    both = _quiet(html_of, page, headers_footers=True, page_numbers=True)
    assert '<p data-type="header">ACME</p>' in both
    assert '<p data-type="page_number">7</p>' in both


# -- every word once -------------------------------------------------------------------------


def test_words_named_twice_appear_once_in_the_first_block() -> None:
    words = [_word("shared", (0, 0, 60, 20)), _word("top", (0, 300, 60, 320))]
    # Listed first, but lower on the page: the block above gets the shared word.
    blocks = [_block("text", (0, 280, 100, 330), (0, 0, 1)), _block("text", (0, 0, 100, 30), (0,))]
    assert _quiet(markdown_of, _page(words, blocks)) == "shared\n\ntop\n"


def test_words_named_by_no_block_are_placed_by_position() -> None:
    words = [
        _word("Heading", (0, 0, 100, 20)),
        _word("inside", (120, 0, 200, 20)),  # in the title's box, named by no block
        _word("stray", (0, 100, 60, 120)),  # between the blocks
        _word("lines", (0, 130, 60, 150)),
        _word("Last", (0, 300, 60, 320)),
        _word("nowhere"),  # no location: last
    ]
    blocks = [_block("text", (0, 290, 100, 330), (4,)), _block("title", (0, 0, 300, 30), (0,))]
    page = _page(words, blocks)
    assert _quiet(markdown_of, page) == "# Heading inside\n\nstray\nlines\n\nLast\n\nnowhere\n"
    assert _quiet(html_of, page) == (
        "<article>\n<section>\n<h1>Heading inside</h1>\n<p>stray\nlines</p>\n"
        '<p data-type="text">Last</p>\n<p>nowhere</p>\n</section>\n</article>\n'
    )


def test_unnamed_words_inside_a_table_are_not_repeated() -> None:
    words = [_word("Qty", (0, 0, 40, 20)), _word("Note", (300, 0, 340, 20))]
    blocks = [_block("table", (0, 0, 500, 100), (), table_id=0)]
    tables = [_grid([_cell("Qty", [0], [0]), _cell("3", [1], [0])])]
    # "Qty" is a cell: shown by the table; "Note" is in no cell: shown after it.
    md = _quiet(markdown_of, _page(words, blocks, tables=tables))
    assert md == "| Qty |\n| --- |\n| 3 |\n\nNote\n"


def test_a_page_without_layout_reads_as_text_of() -> None:
    words = [_word("b", (0, 100, 10, 110)), _word("a", (0, 0, 10, 10)), _word("  ")]
    assert _quiet(markdown_of, _page(words)) == "a\nb\n"


# -- pages, escaping, errors ------------------------------------------------------------------


def test_pages_are_separated_and_empty_ones_skipped() -> None:
    pages = [
        _page([_word("one", (0, 0, 10, 10))]),
        {"kv_result": {"kv_block_list": [{"key": "k", "value": "v"}]}},
        _page([_word("three", (0, 0, 10, 10))]),
    ]
    assert _quiet(markdown_of, pages) == "one\n\n---\n\nthree\n"
    assert _quiet(html_of, pages) == (
        '<article>\n<section data-page="0">\n<p>one</p>\n</section>\n'
        '<section data-page="2">\n<p>three</p>\n</section>\n</article>\n'
    )
    model = models.RecognizeSmartDocumentRecognizerResponse.from_dict({"result": pages})
    assert _quiet(markdown_of, model) == "one\n\n---\n\nthree\n"
    assert _quiet(markdown_of, []) == ""
    assert _quiet(html_of, []) == "<article>\n</article>\n"


def test_markdown_and_html_escaping() -> None:
    text = "*a* _b_ [c](d) <e> &amp; #f `g` ~h~ $5 x|y \\z"
    words = [
        _word(text, (0, 0, 500, 20)),
        _word("1. not a list", (0, 40, 500, 60)),
        _word("- nor this", (0, 80, 500, 100)),
        _word("=== nor a heading", (0, 120, 500, 140)),
    ]
    blocks = [
        _block("text", (0, 0, 1000, 150), (0, 1, 2, 3)),
        _block("table", None, (), table_id=0),
    ]
    tables = [_grid([_cell("*x* <y> & a|b \\c", [0], [0]), _cell("two\nlines", [0], [1])])]
    page = _page(words, blocks, tables=tables)
    assert _quiet(markdown_of, page) == (
        "\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\&amp; \\#f \\`g\\` \\~h\\~ \\$5 x\\|y \\\\z\n"
        "1\\. not a list\n\\- nor this\n\\=== nor a heading\n\n"
        "| &#42;x&#42; &lt;y&gt; &amp; a\\|b \\\\c | two<br>lines |\n| --- | --- |\n"
    )
    out = _quiet(html_of, page)
    assert "*a* _b_ [c](d) &lt;e&gt; &amp;amp; #f `g` ~h~ $5 x|y \\z\n1. not a list\n" in out
    assert "<td>*x* &lt;y&gt; &amp; a|b \\c</td><td>two<br/>lines</td>" in out
    _well_formed(out)


def test_html_is_well_formed_with_hostile_text() -> None:
    nasty = "a\x01b -- --> ]]> <!-- <script>x</script> &#0; \ud800 \ufffe"
    words = [_word(nasty, (0, 0, 100, 20)), _word(nasty, (0, 50, 100, 70))]
    blocks = [
        _block("title", (0, 0, 200, 30), (0,)),
        _block('weird<type">', (0, 40, 200, 80), (1, 9)),
        _block("table", None, (), table_id=0),
        _block("formula", None, (), formula_id=0),
    ]
    tables = [_grid([_cell(nasty + "\nline", [0], [0]), _cell(nasty, [0], [0])])]
    formulas = [{"formula": nasty}]
    pages = [_page(words, blocks, tables=tables, formulas=formulas)]
    with pytest.warns(DocumentWarning):
        out = html_of(pages, headers_footers=True)
    root = _well_formed(out)
    article = root.find("article")
    assert article is not None
    assert [s.get("data-page") for s in article.findall("section")] == ["0"]
    # Problem comments quote the text; it cannot end a comment early ("--" is broken up).
    assert "<script>" not in re.sub(r"<!-- problem: (?:(?!--).)*? -->", "", out, flags=re.S)
    with pytest.warns(DocumentWarning):
        md = markdown_of(pages)
    assert "<script>" not in re.sub(r"<!-- problem: (?:(?!--).)*? -->", "", md, flags=re.S)
    assert "<!-- problem: layout block 1" not in md  # pages given as a list say their item
    assert md.count("-->") == md.count("<!-- problem:") == 2


def test_other_answers_are_refused() -> None:
    general_text = _example("RecognizeGeneralText")
    for answer in _forms(general_text):
        with pytest.raises(ValueError, match="General Text or Web Image answer"):
            markdown_of(answer)
    with pytest.raises(ValueError, match=r"^RecognizeGeneralTextResponse: a General Text"):
        markdown_of(parse_model(general_text))
    with pytest.raises(ValueError, match=r"^RecognizeIdCardResponse: not a General Table"):
        html_of(parse_model(_example("RecognizeIdCard")))
    with pytest.raises(ValueError, match="failed call"):
        markdown_of({"result": {"error_code": "AIS.0103", "error_msg": "x"}})
    with pytest.raises(ValueError, match="failed call"):
        markdown_of({"error_code": "AIS.0103", "error_msg": "x"})
    with pytest.raises(ValueError, match="result item 1 is a str"):
        markdown_of([{}, "page"])
    with pytest.raises(TypeError):
        markdown_of(42)


# -- properties ------------------------------------------------------------------------------

KINDS = [
    "text",
    "title",
    "sub_title",
    "image",
    "image_caption",
    "form",
    "table",
    "table_caption",
    "header",
    "footer",
    "page_number",
    "reference",
    "formula",
    "stamp",
    "directory",
    "footnote",
    "unlisted",
]


@st.composite
def _boxes(draw: st.DrawFn) -> Box | None:
    if draw(st.integers(0, 9)) == 0:
        return None
    x, y = draw(st.integers(0, 900)), draw(st.integers(0, 900))
    return x, y, x + draw(st.integers(1, 300)), y + draw(st.integers(1, 100))


@st.composite
def _pages(draw: st.DrawFn, results: bool) -> list[dict[str, Any]]:
    pages = []
    for p in range(draw(st.integers(1, 3))):
        n_words = draw(st.integers(0, 14))
        words = [_word(f"p{p}w{n:03d}", draw(_boxes())) for n in range(n_words)]
        words.append(_word(" "))  # blank: never shown, never counted
        n_grids = draw(st.integers(0, 2)) if results else 0
        grids = {
            kind: [
                _grid(
                    [
                        _cell(
                            f"p{p}{'t' if kind == 'table' else 'g'}{g}c{n:02d}", [n // 2], [n % 2]
                        )
                        for n in range(3)
                    ],
                    draw(_boxes()),
                )
                for g in range(n_grids)
            ]
            for kind in ("table", "form")
        }
        formulas = [
            {"formula": f"p{p}f{g}", "location": _loc(b) if (b := draw(_boxes())) else None}
            for g in range(n_grids)
        ]
        blocks = []
        for _ in range(draw(st.integers(0, 7))):
            kind = draw(st.sampled_from(KINDS))
            ids = draw(st.lists(st.integers(-1, n_words + 1), max_size=n_words + 2))
            extra: dict[str, Any] = {}
            if kind in ("table", "form", "formula") and draw(st.booleans()):
                extra[f"{kind}_id"] = draw(st.integers(-1, n_grids + 1) if results else st.just(5))
            blocks.append(_block(kind, draw(_boxes()), tuple(ids), **extra))
        pages.append(
            _page(
                words,
                blocks,
                tables=grids["table"],
                forms=grids["form"],
                formulas=formulas,
            )
        )
    return pages


def _count(token: str, text: str) -> int:
    return len(re.findall(rf"(?<![0-9a-z]){re.escape(token)}(?![0-9a-z])", text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=_pages(results=False))
def test_every_word_appears_exactly_once(pages: list[dict[str, Any]]) -> None:
    # Random blocks of every type name random subsets of the words (duplicates, bad indexes,
    # ids of tables that are not there); with headers, footers and page numbers asked for,
    # every word is in the Markdown exactly once, and in the HTML too.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DocumentWarning)
        md = markdown_of(pages, headers_footers=True, page_numbers=True)
        out = html_of(pages, headers_footers=True, page_numbers=True)
    tokens = [w["words"] for page in pages for w in page["ocr_result"]["words_block_list"]]
    for token in filter(str.strip, tokens):
        assert _count(token, md) == 1, (token, md)
        assert _count(token, out) == 1, (token, out)
    _well_formed(out)


def _inside(word: dict[str, Any], box: list[list[int]] | None) -> bool:
    if box is None or "location" not in word:
        return False
    (x0, y0), (x1, y1) = box[0], box[2]
    (a0, b0), (a1, b1) = word["location"][0], word["location"][2]
    x, y = (a0 + a1) / 2, (b0 + b1) / 2
    return bool(x0 <= x <= x1 and y0 <= y <= y1)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=_pages(results=True), headers=st.booleans(), numbers=st.booleans())
def test_tables_and_formulas_once_and_words_at_most_once(
    pages: list[dict[str, Any]], headers: bool, numbers: bool
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DocumentWarning)
        md = markdown_of(pages, headers_footers=headers, page_numbers=numbers)
        out = html_of(pages, headers_footers=headers, page_numbers=numbers)
    _well_formed(out)
    hidden = {"header": headers, "footer": headers, "page_number": numbers}
    for page in pages:
        for kind in ("table", "form"):
            for grid in page[f"{kind}_result"]["table_list" if kind == "table" else "form_list"]:
                for cell in grid["words_block_list"]:
                    assert _count(cell["words"], md) == 1, (cell, md)
                    assert _count(cell["words"], out) == 1, (cell, out)
        for formula in page["formula_result"]["formula_list"]:
            assert _count(formula["formula"], md) == 1, (formula, md)
        # A word may be absent only when a block that does not show words as text names it
        # (a hidden one, a table, form or formula), or it lies in such a block or result.
        quiet = [
            b
            for b in page["layout_result"]["layout_block_list"]
            if b["type"] in ("table", "form", "formula") or not hidden.get(b["type"], True)
        ]
        boxes = [b.get("location") for b in quiet] + [
            f.get("location") for f in page["formula_result"]["formula_list"]
        ]
        for n, word in enumerate(page["ocr_result"]["words_block_list"]):
            if not word["words"].strip():
                continue
            assert _count(word["words"], md) <= 1, (word, md)
            excused = any(n in b["words_ids"] for b in quiet) or any(
                _inside(word, box) for box in boxes
            )
            if not excused:
                assert _count(word["words"], md) == 1, (word, md)
                assert _count(word["words"], out) == 1, (word, out)
