"""An answer as the text of one output format: what `huaweicloud-ocr OPERATION --output F`
prints for a fresh answer, and `huaweicloud-ocr show --output F` for the saved answers of a
batch's results file (issue 15, point 9). Built on `results/`; nothing here calls the service.

    from huaweicloud_ocr.render import check_output, render

    check_output("passport", "csv")          # ValidationError: passport gives no tables
    print(render(answer, "general-table", "csv"), end="")

`answer` is a response model or the dict its `to_dict()` wrote (a batch line's `result`);
`operation` the command name (`general-table`) or the method name (`recognize_general_table`).
Every rendering ends with exactly one newline, or is empty when there is nothing to show.

The formats, and what the documents leave open that is decided here:

* json: the answer as `to_dict()` gives it, indented by 2, not ASCII-escaped.
* table: one `path  value` line per leaf of the answer (`result.words_block_list[0].words`),
  values over 100 characters cut to 97 and `...`.
* text: General Text, Web Image, General Table and Smart Document Recognizer: the reading-order
  text of `results.text.text_of`. Every other operation (ID cards, passports, licences,
  plates, classification): the `label: value` lines of `results.text.label_value_text`.
* markdown: General Table and Smart Document Recognizer: `results.document.markdown_of` (layout
  blocks, tables as Markdown tables). General Text and Web Image: the text as Markdown
  paragraphs (the blank-line separated blocks of `text_of`), each line of a block kept as a
  line by a hard line break (two trailing spaces: the one every Markdown dialect reads), the
  text escaped so that OCR output is never read as markup (`*`, `_`, `#` at a line's start,
  `1.` ...). The other operations: a two-column table `| Field | Value |` of the label/value
  lines (split at the first ": "; cells escaped the same way, `|` included).
* csv: the tables of General Table and Smart Document Recognizer (`results.tables.tables_of`:
  SDR tables, then its wired forms, page by page), each written by the csv module with merged
  cells' text at their top-left position only (`merged="empty"`: CSV has no spans, and a
  repeated text would read as data twice). Tables are separated by one blank line, which is
  never a row: an empty row of one column is written `""`. Lines end with "\\n", not RFC
  4180's "\\r\\n": this is text for a text stream, which gives "\\r\\n" on Windows by itself.
  An answer with no table gives empty output. Other operations give no tables: `check_output`
  refuses csv for them, so that a command can refuse before a request is sent (and billed).

Saved batch results (`huaweicloud-ocr show`): `read_results` reads the JSON Lines of
`huaweicloud_ocr.batch`, and `render_record` renders one ok line with its file: text and table
under a `==> FILE <==` line (as `head` and `tail` name files), markdown under a `# FILE`
heading, csv with two leading columns on every row, the file and the table's number in that
answer (from 1), with no blank lines (one CSV for a whole results file), and json as the line
itself, compact (`show` then filters a results file). Under a file's `# FILE`, the headings of
a document's Markdown (markdown_of's titles) go one level down (`#` to `##`, down to level 6).
A page of a PDF (a line with `"page": N`) is named `FILE#page=N` in all of these.

`results.document.markdown_of` reports parts of an answer that do not add up as
`DocumentWarning`s; they pass through here as warnings (the command prints them on standard
error in its own words).

Exports (`--overlay`, `--export hocr|pdf`): `check_export(operation, export, options)` refuses,
before a request is sent, an export the operation's answers cannot feed. What an answer can
locate is read from the spec's annotations (`location_members`): the quadrilaterals its
`x-located` and `x-location-map` name, each with what a request must ask for it to be there,
the `x-returned-when` of the member and of every property on its path (a member under
`words_list`, which General Table returns only with `return_text_location` true, needs that
too); the local test server follows the same declarations:

* overlay: any location but `char_location` (drawn only on request by the library, never by
  the command), available with the options given: passport, Chile, Colombia, Myanmar driver's
  licence and ID Document answers have none; Peru, Cambodian and Myanmar ID cards only a
  portrait, with `return_portrait_location` true; ID Card (China), Thailand and Vietnam ID
  cards a portrait or their fields' text, each only when asked for; General Table its words
  and cells only with `return_text_location` true;
* hocr: located words: the text operations (`TEXT_OPERATIONS`), or located field text
  (`text_location`, with `return_text_location` true) or plates (`plate_location`);
* pdf: the words `results.text.spans_of` places: the text operations only.

`options=None` (saved answers: their request options are not recorded) skips the option
conditions: the answer holds what it holds.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from huaweicloud_ocr import _spec
from huaweicloud_ocr.errors import ValidationError
from huaweicloud_ocr.results._answer import plain
from huaweicloud_ocr.results.tables import tables_of
from huaweicloud_ocr.results.text import label_value_text, text_of

__all__ = [
    "DOCUMENT_OPERATIONS",
    "EXPORTS",
    "FORMATS",
    "TABLE_OPERATIONS",
    "TEXT_OPERATIONS",
    "LocationMember",
    "ResultLine",
    "check_export",
    "check_output",
    "command_of",
    "formats_of",
    "location_members",
    "read_results",
    "render",
    "render_record",
    "tables_csv",
]

FORMATS: Final = ("json", "table", "text", "markdown", "csv")
EXPORTS: Final = ("overlay", "hocr", "pdf")  # what check_export knows
# What the results modules read: text_of takes these four, tables_of and markdown_of two.
TEXT_OPERATIONS: Final = frozenset(
    {"general-text", "web-image", "general-table", "smart-document-recognizer"}
)
TABLE_OPERATIONS: Final = frozenset({"general-table", "smart-document-recognizer"})
DOCUMENT_OPERATIONS: Final = TABLE_OPERATIONS
TABLE_CELL_LIMIT = 100  # the `table` format cuts longer values


def command_of(operation: str) -> str:
    """`recognize_general_text`, `general_text` or `general-text` -> `general-text`; an
    operation the spec does not have is a ValidationError of field `operation`."""
    command = operation.removeprefix("recognize_").replace("_", "-")
    known = sorted(m.removeprefix("recognize_").replace("_", "-") for m in _spec.operations())
    if command not in known:
        raise ValidationError(
            "operation", f"{operation!r} is not an operation", "one of: " + ", ".join(known)
        )
    return command


def formats_of(operation: str) -> tuple[str, ...]:
    """The formats an operation's answers can be rendered in, in FORMATS order."""
    command = command_of(operation)
    return tuple(f for f in FORMATS if f != "csv" or command in TABLE_OPERATIONS)


def check_output(operation: str, output: str) -> None:
    """Refuse a format the operation cannot give (ValidationError of field `output`), before any
    request is sent."""
    if output not in FORMATS:
        raise ValidationError(
            "output", f"{output!r} is not an output format", "one of: " + ", ".join(FORMATS)
        )
    command = command_of(operation)
    if output not in formats_of(command):
        raise ValidationError(
            "output",
            f"{command} answers have no tables",
            f"{output} is for the operations that give tables: "
            + ", ".join(sorted(TABLE_OPERATIONS)),
        )


def render(answer: Any, operation: str, output: str) -> str:
    """The answer in `output` format (see the module docstring). Raises ValidationError for a
    format the operation cannot give, ValueError or TypeError (from `results/`) for an answer
    that is not one of the operation's."""
    check_output(operation, output)
    command = command_of(operation)
    if output == "json":
        return json.dumps(plain(answer), ensure_ascii=False, indent=2) + "\n"
    if output == "table":
        return _lines(_table_lines(plain(answer)))
    if output == "text":
        if command in TEXT_OPERATIONS:
            return _ended(text_of(answer))
        return _ended(label_value_text(answer))
    if output == "markdown":
        if command in DOCUMENT_OPERATIONS:
            from huaweicloud_ocr.results.document import markdown_of

            return _ended(markdown_of(answer))
        if command in TEXT_OPERATIONS:
            return _ended(_markdown_paragraphs(text_of(answer)))
        return _ended(_markdown_fields(label_value_text(answer)))
    return tables_csv(answer)


def tables_csv(answer: Any, *, file: str | None = None) -> str:
    """The tables of a General Table or Smart Document Recognizer answer as CSV: separated by a
    blank line; or, given `file`, every row led by `file` and the table's number (from 1) and
    no blank lines."""
    parts = []
    for number, table in enumerate(tables_of(answer), start=1):
        rows = table.to_rows("empty")
        if file is not None:
            rows = [[file, str(number), *row] for row in rows]
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        if out.getvalue():
            parts.append(out.getvalue())
    return ("" if file is not None else "\n").join(parts)


# -- table ---------------------------------------------------------------------------------------
def _leaves(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(value, Mapping):
        rows = []
        for key, item in value.items():
            rows += _leaves(item, f"{prefix}.{key}" if prefix else str(key))
        return rows
    if isinstance(value, list) and value and all(isinstance(v, dict | list) for v in value):
        rows = []
        for i, item in enumerate(value):
            rows += _leaves(item, f"{prefix}[{i}]")
        return rows
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    cut = TABLE_CELL_LIMIT - 3
    return [(prefix, text if len(text) <= TABLE_CELL_LIMIT else text[:cut] + "...")]


def _table_lines(value: Any) -> list[str]:
    rows = _leaves(value)
    width = max((len(k) for k, _ in rows), default=0)
    return [f"{key:<{width}}  {text}" for key, text in rows]


def _lines(lines: Sequence[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _ended(text: str) -> str:
    text = text.rstrip("\n")
    return text + "\n" if text else ""


# -- markdown ------------------------------------------------------------------------------------
# Inline markup anywhere in a line, and a `&` that starts an entity (`&amp;` in the text is
# not read as `&`); `>` and the rest matter only at a line's start.
_INLINE = re.compile(r"([\\`*_\[\]<|~]|&(?=#?\w+;))")
# Markup at a line's start: headings, quotes, list items, setext underlines, ordered lists.
_LINE_START = re.compile(r"^([#>+=-])|^(\d+)([.)])")


_HEADING = re.compile(r"^(#{1,5} )", re.MULTILINE)


def _md_inline(text: str) -> str:
    """Text that Markdown reads as itself: inline markup characters backslash-escaped, line
    breaks (none in OCR words, but a dict may hold anything) as spaces."""
    text = " ".join(text.splitlines())
    return _INLINE.sub(r"\\\1", text)


def _md_line(line: str) -> str:
    escaped = _md_inline(line.strip())
    return _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", escaped)


def _markdown_paragraphs(text: str) -> str:
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_md_line(line) for line in block.splitlines() if line.strip()]
        if lines:
            paragraphs.append("  \n".join(lines))
    return "\n\n".join(paragraphs)


def _markdown_fields(text: str) -> str:
    rows = [line.partition(": ") for line in text.splitlines() if line.strip()]
    if not rows:
        return ""
    lines = ["| Field | Value |", "| --- | --- |"]
    lines += [f"| {_md_inline(label)} | {_md_inline(value)} |" for label, _, value in rows]
    return "\n".join(lines)


# -- saved batch results -------------------------------------------------------------------------
@dataclass(frozen=True)
class ResultLine:
    """One line of a results file: `record` when it is a results line (a JSON object with a
    string `file` and a `status` of "ok" or "failed"), else `problem` says what it is."""

    number: int  # from 1
    record: dict[str, Any] | None = None
    problem: str | None = None


def read_results(lines: Iterable[bytes]) -> Iterator[ResultLine]:
    """The lines of a results file (a binary file's lines, each with its b"\\n"), blank lines
    left out. A last line without its newline that is not JSON is named a torn last line (a
    batch stopped while writing it: a rerun of the batch cuts it off and does its file again);
    a last line without its newline that is a whole results line is taken as it is."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record: Any = json.loads(raw)
        except ValueError:  # not JSON, or not UTF-8
            if not raw.endswith(b"\n"):
                yield ResultLine(
                    number,
                    problem="a torn last line (no newline and not JSON: the batch was stopped "
                    "while writing it; a rerun of the batch does its file again)",
                )
            else:
                yield ResultLine(number, problem="not JSON")
            continue
        if not isinstance(record, dict):
            yield ResultLine(number, problem=f"a JSON {type(record).__name__}, not an object")
        elif not isinstance(record.get("file"), str):
            yield ResultLine(number, problem='no "file" string')
        elif record.get("status") not in ("ok", "failed"):
            yield ResultLine(number, problem='"status" is neither "ok" nor "failed"')
        elif record["status"] == "ok" and "result" not in record:
            yield ResultLine(number, problem='an "ok" line without "result"')
        else:
            yield ResultLine(number, record)


def record_name(record: Mapping[str, Any]) -> str:
    """The name a results line is shown under: its `file`, and for a page of a PDF (a batch
    line with `"page": N`) `FILE#page=N`, the PDF open-parameters form a viewer understands."""
    file = str(record["file"])
    page = record.get("page")
    if isinstance(page, int) and not isinstance(page, bool):
        return f"{file}#page={page}"
    return file


def render_record(record: Mapping[str, Any], output: str) -> str:
    """One ok results line in `output` format under its file (see the module docstring).
    Raises ValidationError when its `operation` is missing, unknown, or cannot give `output`
    (json and table need no operation), ValueError or TypeError for a `result` that is not
    one of the operation's answers."""
    file = record_name(record)
    if output == "json":
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    if output == "table":
        return f"==> {file} <==\n" + _lines(_table_lines(record["result"]))
    operation = record.get("operation")
    if not isinstance(operation, str):
        raise ValidationError("operation", "the line names no operation", "a string")
    check_output(operation, output)
    answer = record["result"]
    if output == "csv":
        return tables_csv(answer, file=file)
    body = render(answer, operation, output)
    if output == "markdown":
        # The document's own headings one level down, under the file's. Only headings start a
        # line with `#`: text is escaped here and in markdown_of.
        body = _HEADING.sub(r"#\1", body)
        return f"# {_md_line(file)}\n\n{body}"
    return f"==> {file} <==\n{body}"


# -- exports: what an operation's answers can locate ---------------------------------------------
@dataclass(frozen=True)
class LocationMember:
    """A location member of an operation's answer: `name` (`location`, `text_location`, ...),
    `path` in the answer (`result.words_block_list[].location`), and what a request must ask
    for it to be there (the `x-returned-when` of the member and of every property on its path):
    `cases`, each a mapping of options to the values they must all have (any one case brings
    it; none: always there when its parent is), and `options`, every option they name."""

    name: str
    path: str
    options: frozenset[str]
    cases: tuple[Mapping[str, Any], ...] = ()


@cache
def location_members(operation: str) -> tuple[LocationMember, ...]:
    """Every location member of the operation's answer: the `location` of every `x-located`
    and `x-location-map` entry on the spec's location paths, in the order of those paths."""
    method = "recognize_" + command_of(operation).replace("-", "_")
    located = _spec.location_results()[method]
    notes = _spec.location_schemas()
    conditions = _spec.returned_when_paths(method)
    found: list[LocationMember] = []
    for path, schema in located["paths"].items():
        note = notes[schema]
        for entry in [*note.get("located", []), *note.get("location_maps", [])]:
            where = f"{path}.{entry['location']}" if path else entry["location"]
            cases = _cases_on(where, conditions)
            names = frozenset(name for case in cases for name in case)
            shown = f"result{where}" if where.startswith("[]") else f"result.{where}"
            found.append(LocationMember(entry["location"], shown, names, cases))
    return tuple(found)


def _cases_on(
    where: str, conditions: Mapping[str, list[_spec.ReturnedWhen]]
) -> tuple[Mapping[str, Any], ...]:
    """The cases that bring the member at `where`: one case of each annotated property on its
    path (`a[].b[].c`: a, a[].b and a[].b[].c), merged; () when nothing on the path is."""
    combined: list[dict[str, Any]] = [{}]
    parts = where.split(".")
    for n in range(1, len(parts) + 1):
        prefix = ".".join(parts[:n])
        cases = conditions.get(prefix.removesuffix("[]"))
        if cases:
            combined = [{**c, **case.get("options", {})} for c in combined for case in cases]
    return () if combined == [{}] else tuple(combined)


def _export_rule(export: str) -> str:
    can = sorted(
        command_of(m) for m in _spec.operations() if _export_members(command_of(m), export)
    )
    return "an operation whose answers hold them: " + ", ".join(can)


def _export_members(command: str, export: str) -> list[LocationMember]:
    """The members that feed `export` for the command; none when it cannot give it."""
    members = [m for m in location_members(command) if m.name != "char_location"]
    if export == "overlay":
        chosen = members
    elif export == "hocr":
        chosen = [
            m
            for m in members
            if (command in TEXT_OPERATIONS and m.name == "location")
            or m.name in ("text_location", "plate_location")
        ]
    else:
        chosen = [m for m in members if command in TEXT_OPERATIONS and m.name == "location"]
    return chosen


def check_export(operation: str, export: str, options: Mapping[str, Any] | None = None) -> None:
    """Refuse an export (`overlay`, `hocr`, `pdf`) the operation's answers cannot feed, with
    the request options `options` (None: not known, not checked): a ValidationError of field
    `export` (see the module docstring)."""
    if export not in EXPORTS:
        raise ValidationError(
            "export", f"{export!r} is not an export", "one of: " + ", ".join(EXPORTS)
        )
    command = command_of(operation)
    members = _export_members(command, export)
    what = "locations" if export == "overlay" else "located text"
    if not members:
        raise ValidationError("export", f"{command} answers hold no {what}", _export_rule(export))
    if options is None or any(not m.cases for m in members):
        return
    cases = [case for m in members for case in m.cases]
    if not any(_spec.asked_for({"options": dict(case)}, options) for case in cases):
        asks = sorted(
            {" and ".join(f"{k} set to {json.dumps(v)}" for k, v in case.items()) for case in cases}
        )
        raise ValidationError(
            "export",
            f"{command} answers hold {what} only when asked for",
            "ask with " + " or ".join(asks),
        )
