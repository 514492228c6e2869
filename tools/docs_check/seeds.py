"""Reading the API reference as extracted text: operations, their parameter tables and examples.

Two extractions exist and both are read (../shared/seeds/README.md):

* web pages (seeds 000, 001, 003, 004): one cell a line ending in ` |`, a cell that wraps runs
  over several lines until the line that ends in `|`, and each table opens with its header cells
  and a `---|---|` rule. Lists inside cells are lost; a row whose Type cell is empty shows its
  description in the Type position, and is read back as "no type".
* the PDF (seed 002): `pdftotext` raw text. A row that fits is one line (`name Yes String text`);
  a long name breaks into fragments, one a line (`return_por` / `trait_imag` / `e`), followed by a
  blank line and the rest of the row; a long type breaks the same way (`Array<Array<I` /
  `nteger>>`, `CambodianId` / `CardResult` / `object`). Rows start after a blank line. A page
  break repeats the "Parameter Mandatory Type Description" header (its words wrapped too, as
  `Paramete` / `r`), with a leading space on the first line of the new page: it is skipped.
  Captions (`Table 4-87 CambodianIdCardResult`) name tables.

The whole reference (seed 002) is split at its chapter-4 headings (`4.10 Cambodian ID Card`),
one section per operation; any other page is one section. A section is tied to its operation by
the `POST .../v2/...` line of its URI part. Nothing here knows the spec: compare.py maps tables
to schemas.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
NAME = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*[A-Za-z0-9_]|[A-Za-z]")
SCALARS = (
    "String|Integer|Boolean|Float|Double|Long|Number|Object|Int|Int32|Int64|JSON|JSONObject"
    "|JsonObject|Map|File|Array|List"
)  # capitalised, as the tables print them: a lowercase "number" is a name or a word
SCALAR = re.compile(rf"(?:{SCALARS})(?=$|[\s<,.])")
MANDATORY = re.compile(r"(Yes|No)(?=$|[\s.,:;])")
PATH_LINE = re.compile(r"\b(POST|GET|PUT|DELETE|PATCH)\s+(?:https://\{endpoint\})?(/v\d/\S+)")
STATUS = re.compile(r"^\s*Status code:\s*(\d{3})\s*$")
CAPTION = re.compile(r"^\s*Table (\d+(?:-\d+)?)(?: (\S.*?))?\s*$")
HEADINGS_002 = re.compile(r"^ ?4\.(\d+) (\S.*?)\s*$")
CHAPTER_5 = re.compile(r"^ ?5 Status Codes\s*$")
HEADERS = {
    "ParameterMandatoryTypeDescription": ("name", "mandatory", "type", "description"),
    "ParameterTypeDescription": ("name", "type", "description"),
    "ParameterMandatoryDescription": ("name", "mandatory", "description"),
    "ParameterDescription": ("name", "description"),
}
# Lines that end whatever table is open and say what the next part of the page is.
REQUEST_MARK = re.compile(r"^\s*Request Parameters\s*$")
RESPONSE_MARK = re.compile(r"^\s*Response Parameters\s*$")
REQUEST_EXAMPLES = re.compile(r"^\s*(Example Requests?|Request Examples?)\s*$")
RESPONSE_EXAMPLES = re.compile(r"^\s*(Example Responses?|Response Examples?)\s*$")
END_MARK = re.compile(r"^\s*(Status Codes|Error Codes|Example SDK Code|SDK Sample Code)\s*$")
URI_MARK = re.compile(r"^\s*URI\s*$")
# Where an example's JSON opens: a line that starts with `{`, or after "Request Body:" when the
# whole request is one line (web pages); never the `{endpoint}` of a URL.
JSON_START = re.compile(r"^\s*\{(?!endpoint\}|project_id\})|Request Body:\s*\{")


@dataclass(frozen=True)
class Row:
    """One parameter row; `mandatory` and `type` are None where the table has no such cell or
    the row leaves it empty."""

    name: str
    mandatory: bool | None
    type: str | None
    description: str
    line: int


@dataclass
class Table:
    """`kind`: uri, header (request headers), body (request body), response."""

    kind: str
    status: str | None
    caption: str | None
    columns: tuple[str, ...]
    line: int
    rows: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class Example:
    """A JSON example: `kind` request or response (with its status). `value` is the parsed JSON
    or None when the page prints something that is not JSON (truncated, an extra brace); `keys`
    are its key paths (`result.confidence.name`, `[]` for array items), read leniently either way.
    """

    kind: str
    status: str | None
    title: str
    text: str
    value: object
    keys: frozenset[str]
    line: int


@dataclass
class Section:
    """One operation's page (or one chapter-4 section of the whole reference)."""

    source: str  # "004", "002 §4.10": the form openapi.yaml's x-doc-versions cite
    title: str
    method: str | None
    path: str | None
    line: int
    tables: list[Table] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)


class PageError(ValueError):
    """A page that cannot be read as an API reference page."""


def page_id(path: Path) -> str:
    """`004_cea757c2ae08e5b2.txt` → `004`; any other file name → its stem."""
    match = re.match(r"(\d{3})_[0-9a-f]+$", path.stem)
    return match.group(1) if match else path.stem


def read_page(path: Path) -> list[Section]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PageError(f"{path}: cannot read the page ({exc})") from exc
    return parse_page(text, page_id(path))


def parse_page(text: str, source: str) -> list[Section]:
    lines = text.splitlines()
    starts = [(i, m) for i, line in enumerate(lines) if (m := HEADINGS_002.match(line))]
    sections = []
    if len(starts) > 1:  # the whole reference: one section per operation
        end_all = next((i for i, line in enumerate(lines) if CHAPTER_5.match(line)), len(lines))
        for n, (start, match) in enumerate(starts):
            end = starts[n + 1][0] if n + 1 < len(starts) else end_all
            section_source = f"{source} §4.{match.group(1)}"
            sections.append(_section(lines, start, end, section_source, match.group(2)))
    else:
        title = next((line.strip() for line in lines if line.strip()), source)
        sections.append(_section(lines, 0, len(lines), source, title))
    return sections


def _section(lines: list[str], start: int, end: int, source: str, title: str) -> Section:
    section = Section(source, title, None, None, start + 1)
    web = any(line.startswith("---|") for line in lines[start:end])
    phase, status, caption = "intro", None, None
    example_title = ""
    i = start + 1
    while i < end:
        line = lines[i]
        stripped = line.strip()
        if section.path is None and (found := PATH_LINE.search(line)):
            section.method, section.path = found.group(1), found.group(2)
        if URI_MARK.match(line):
            phase = "uri"
        elif REQUEST_MARK.match(line):
            phase = "request"
        elif RESPONSE_MARK.match(line):
            phase, status = "response", None
        elif REQUEST_EXAMPLES.match(line):
            phase, status = "request-examples", None
        elif RESPONSE_EXAMPLES.match(line):
            phase, status = "response-examples", None
        elif END_MARK.match(line):
            phase = "end"
        elif (m := STATUS.match(line)) and phase in ("response", "response-examples"):
            status = m.group(1)
        elif (m := CAPTION.match(line)) and not web:
            caption = f"Table {m.group(1)} {m.group(2) or ''}".strip()
        elif phase in ("uri", "request", "response") and (head := _header(lines, i, end, web)):
            columns, after = head
            table = Table(_kind(phase, caption), status, caption, columns, i + 1)
            parse = _web_rows if web else _pdf_rows
            i = parse(lines, after, end, table)
            if table.kind == "body" and _looks_like_headers(table):
                table.kind = "header"
            section.tables.append(table)
            caption = None
            continue
        elif phase in ("request-examples", "response-examples") and JSON_START.search(line):
            found_example, i = _example(lines, i, end, phase, status, example_title)
            if found_example is not None:
                section.examples.append(found_example)
            continue
        elif stripped:
            example_title = stripped
        i += 1
    return section


def _kind(phase: str, caption: str | None) -> str:
    text = (caption or "").lower()
    if phase == "uri" or "uri parameter" in text:
        return "uri"
    if "header" in text:
        return "header" if phase == "request" else "response-header"
    return "body" if phase == "request" else "response"


def _looks_like_headers(table: Table) -> bool:
    """Web pages give no captions: the request table of X-Auth-Token and Content-Type rows."""
    names = {row.name for row in table.rows}
    return bool(names) and ("X-Auth-Token" in names or "Content-Type" in names)


def _header(lines: list[str], i: int, end: int, web: bool) -> tuple[tuple[str, ...], int] | None:
    """A table header starting at line i: its columns and the index of its first row line."""
    if web:
        cells = []
        j = i
        while j < end and lines[j].rstrip().endswith("|") and not lines[j].startswith("---|"):
            cells.append(lines[j].strip().rstrip("|").strip())
            j += 1
        if j < end and lines[j].startswith("---|") and cells and cells[0] == "Parameter":
            return HEADERS.get("".join(cells).replace(" ", ""), ()), j + 1
        return None
    if not lines[i].strip().startswith("Paramete"):
        return None
    joined = ""
    for j in range(i, min(i + 10, end)):
        joined += re.sub(r"\s+", "", lines[j])
        if joined in HEADERS:
            return HEADERS[joined], j + 1
        if not any(h.startswith(joined) for h in HEADERS):
            return None
    return None


# --- web pages ------------------------------------------------------------------------------


def _web_rows(lines: list[str], i: int, end: int, table: Table) -> int:
    width = len(table.columns)
    while i < end:
        line = lines[i].rstrip()
        # A row opens with its one-line name cell; anything else (a header, a heading) ends it.
        if not line.endswith(" |") or line.strip() == "Parameter |" or not width:
            return i
        if not NAME.fullmatch(line[:-2].strip()):
            return i
        start = i
        cells: list[str] = []
        buffer: list[str] = []
        while i < end and len(cells) < width:
            text = lines[i].rstrip()
            i += 1
            if text.endswith("|"):
                buffer.append(text[:-1].strip())
                cells.append(" ".join(part for part in buffer if part))
                buffer = []
            else:
                buffer.append(text.strip())
        table.rows.append(_row(dict(zip(table.columns, cells, strict=False)), start + 1))
    return i


def _row(cells: dict[str, str], line: int) -> Row:
    mandatory = None
    if "mandatory" in cells:
        found = MANDATORY.match(cells["mandatory"])
        mandatory = None if found is None else found.group(1) == "Yes"
    kind = cells.get("type")
    description = cells.get("description", "")
    if kind is not None and not _is_type(kind):
        # An empty Type cell: the page shifts the description into its place.
        description, kind = " ".join(filter(None, [kind, description])), None
    return Row(cells["name"], mandatory, kind or None, description, line)


def _is_type(text: str) -> bool:
    text = text.strip()
    if not text:
        return False
    if SCALAR.match(text) or text.startswith("Table "):
        return True
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9]*(?: objects?)?", text)) and (
        text.endswith("object") or text.endswith("objects") or text.isalnum()
    )


# --- the PDF --------------------------------------------------------------------------------


def _pdf_rows(lines: list[str], i: int, end: int, table: Table) -> int:
    width = len(table.columns)
    current: dict[str, str] | None = None
    start = i
    after_break = True  # a row may open here: after the header, a blank line or a page break
    while i < end:
        line = lines[i]
        stripped = line.strip()
        if _ends_table(line):
            break
        if stripped.startswith("Paramete") and (head := _header(lines, i, end, False)):
            if head[0] == table.columns:  # the header repeated after a page break
                i, after_break = head[1], True
                continue
            break
        if not stripped:
            i, after_break = i + 1, True
            continue
        if after_break and (opened := _pdf_row_start(lines, i, end, table.columns)):
            if current is not None:
                table.rows.append(_row(current, start + 1))
            current, start, i = opened[0], i, opened[1]
            after_break = False
            continue
        if current is not None and width:
            last = table.columns[-1]
            current[last] = f"{current.get(last, '')} {stripped}".strip()
        after_break = line.startswith(" ")  # a leading space marks a new page
        i += 1
    if current is not None:
        table.rows.append(_row(current, start + 1))
    return i


def _ends_table(line: str) -> bool:
    return bool(
        CAPTION.match(line)
        or STATUS.match(line)
        or any(
            mark.match(line)
            for mark in (REQUEST_MARK, RESPONSE_MARK, REQUEST_EXAMPLES, RESPONSE_EXAMPLES)
        )
        or END_MARK.match(line)
        or HEADINGS_002.match(line)
    )


def _fragments(lines: list[str], i: int, end: int) -> tuple[str, int] | None:
    """Single-token lines from i up to a blank line, joined: a wrapped name or type."""
    parts = []
    j = i
    while j < end and lines[j].strip() and " " not in lines[j].strip():
        parts.append(lines[j].strip())
        j += 1
    if not parts or j >= end or lines[j].strip():
        return None
    while j < end and not lines[j].strip():
        j += 1
    return "".join(parts), j


def _pdf_row_start(
    lines: list[str], i: int, end: int, columns: tuple[str, ...]
) -> tuple[dict[str, str], int] | None:
    """A row opening at line i: its cells so far and the index of the next unread line."""
    stripped = lines[i].strip()
    name, rest, j = "", "", i + 1
    head, _, tail = stripped.partition(" ")
    if tail and NAME.fullmatch(head):
        name, rest = head, tail
    elif (wrapped := _fragments(lines, i, end)) is not None and NAME.fullmatch(wrapped[0]):
        name, j = wrapped
        if j >= end:
            return None
        rest = lines[j].strip()
        j += 1
    else:
        return None
    cells = {"name": name}
    if "mandatory" in columns:
        found = MANDATORY.match(rest)
        if found is None:
            return None
        cells["mandatory"] = found.group(1)
        rest = rest[found.end() :].lstrip(" .")
        if not rest and "type" in columns:  # one cell a paragraph (seed 001)
            j = _skip_blank(lines, j, end)
            if j >= end:
                return None
            rest, j = lines[j].strip(), j + 1
    if "type" in columns:
        parsed = _pdf_type(rest, lines, j, end)
        if parsed is None:
            return None
        cells["type"], rest, j = parsed
    cells["description"] = rest
    return cells, j


def _pdf_type(rest: str, lines: list[str], j: int, end: int) -> tuple[str, str, int] | None:
    """The Type cell at the start of `rest`, continued on the following lines while it is
    unfinished (an open `<`, a class name not yet followed by `object`)."""
    first, _, tail = rest.partition(" ")
    if first.startswith("Array") or first.startswith("List") or first.startswith("Map"):
        kind = first
        if tail.startswith("of "):  # "Array of WordsListItem objects"
            words = tail.split(" ")
            taken = 1
            while taken < len(words) and not re.fullmatch(
                r"objects?|strings?|integers?", words[taken]
            ):
                taken += 1
            taken = min(taken + 1, len(words))
            kind, tail = " ".join([first, *words[:taken]]), " ".join(words[taken:])
        while kind.count("<") > kind.count(">") and j < end:
            kind += lines[j].strip()
            j += 1
        return kind, tail.strip(), _skip_blank(lines, j, end) if not tail else j
    if first == "Table" and (m := re.match(r"Table (\d+-\d+)\s*(object)?\s*(.*)", rest)):
        return f"Table {m.group(1)} object", m.group(3), j
    if SCALAR.fullmatch(first) or SCALAR.match(first):
        return first, tail, j
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*-?", first):  # a class name, maybe wrapped
        kind = first.rstrip("-")  # class names have no hyphen: it is the line's
        if tail.startswith("object"):
            return f"{kind} object", tail.removeprefix("objects").removeprefix("object").strip(), j
        if tail:
            return None
        while j < end and lines[j].strip():
            piece = lines[j].strip()
            j += 1
            if piece.endswith("object") or piece.endswith("objects"):
                word = piece.rsplit(" ", 1)
                kind += word[0] if len(word) == 2 else ""
                return f"{kind} object", "", _skip_blank(lines, j, end)
            if " " in piece:
                return None
            kind += piece.rstrip("-")
        return None
    return None


def _skip_blank(lines: list[str], j: int, end: int) -> int:
    while j < end and not lines[j].strip():
        j += 1
    return j


# --- examples -------------------------------------------------------------------------------


def _example(
    lines: list[str], i: int, end: int, phase: str, status: str | None, title: str
) -> tuple[Example | None, int]:
    """The JSON that opens on line i, up to its balancing brace (or the next marker)."""
    first = lines[i]
    found = JSON_START.search(first)
    assert found is not None
    text = first[found.end() - 1 :] if found.group().startswith("Request") else first.lstrip()
    depth = _depth(text)
    j = i + 1
    while (
        depth > 0
        and j < end
        and not _ends_table(lines[j])
        and not lines[j].lstrip().startswith("●")
    ):
        if lines[j].lstrip().startswith("- "):
            break
        text += "\n" + lines[j]
        depth += _depth(lines[j])
        j += 1
    kind = "request" if phase == "request-examples" else "response"
    value: object
    try:
        value, _ = json.JSONDecoder().raw_decode(text)
    except json.JSONDecodeError:
        value = None
    return Example(kind, status, title, text, value, frozenset(key_paths(text)), i + 1), j


def _depth(text: str) -> int:
    """Brace balance of a line, outside strings."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return depth


# DOTALL: the PDF wraps long strings, sometimes right after a backslash.
TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]', re.DOTALL)


def key_paths(text: str) -> set[str]:
    """Key paths of a JSON-like text, read piece by piece so that a truncated or unbalanced
    example still gives the keys it shows."""
    stack: list[str] = []  # "{key" for objects (key being the current one), "[" for arrays
    paths: set[str] = set()
    tokens = [m.group() for m in TOKEN.finditer(text)]
    for n, piece in enumerate(tokens):
        if piece == "{":
            stack.append("{")
        elif piece == "[":
            stack.append("[")
        elif piece in "}]":
            if stack:
                stack.pop()
        elif (
            piece.startswith('"')
            and n + 1 < len(tokens)
            and tokens[n + 1] == ":"
            and stack
            and stack[-1].startswith("{")
        ):
            stack[-1] = "{" + json.loads(piece, strict=False)
            paths.add(_path(stack))
    return paths


def _path(stack: list[str]) -> str:
    parts = []
    for frame in stack:
        if frame == "[":
            parts.append("[]")
        elif len(frame) > 1:
            parts.append(("." if parts else "") + frame[1:])
    return "".join(parts)
