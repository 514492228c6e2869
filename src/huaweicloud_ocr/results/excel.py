"""The Excel workbooks the service builds itself (issue 15, point 4): the Base64 `excel` field.

General Table returns one workbook for the whole image in `result.excel` when the request sets
`return_excel`; Smart Document Recognizer returns one per table, in
`result[n].table_result.table_list[i].excel`, when the request sets `table` and `return_excel`
(the documented example also shows one on a wired form, `form_result.form_list[i].excel`, which
has the same schema, so forms are read too). `save_excel` writes it to disk:

    from huaweicloud_ocr.results.excel import save_excel, workbooks_of

    save_excel(answer, "table.xlsx")         # a response model, a result model, or a saved dict
    for book in workbooks_of(sdr_answer):    # several tables: one workbook each
        book.save(f"page{book.page}-{book.kind}{book.index}.xlsx")

Nothing here calls the service. Rules and choices:

* the text is decoded as standard Base64 (RFC 4648 alphabet and padding; line breaks and
  spaces are ignored, anything else is an error, never skipped);
* the bytes must be a zip archive (they start with "PK\\x03\\x04", as every .xlsx does) and,
  when openpyxl is installed (the `excel` extra) and `check` is left on, open as a workbook in
  openpyxl's read-only mode (which reads the workbook's parts list, not every cell);
  `check=False` keeps only the zip test, for a file openpyxl cannot read but Excel can;
* an answer with no workbook gives None from `excel_bytes` and an `ExcelError` from
  `save_excel`, naming the field and that the request needs `return_excel`; a Smart Document
  Recognizer answer holding several workbooks is an `ExcelError` for both, since picking one
  silently would lose the others: `workbooks_of` gives them all;
* a `Table` from `tables_of` gives its own workbook (Smart Document Recognizer); a General Table
  `Table` has none of its own (the workbook covers the whole image): pass the answer;
* `save_excel` writes as `Table.to_excel` does: atomically, replacing an existing regular file
  and refusing a directory, FIFO or device (see results.tables).
"""

from __future__ import annotations

import base64
import binascii
import io
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as _field
from pathlib import Path
from typing import Any, Literal

from huaweicloud_ocr._files import replace_file
from huaweicloud_ocr.errors import OcrError, server_text
from huaweicloud_ocr.results._answer import as_list as _list
from huaweicloud_ocr.results._answer import get as _get
from huaweicloud_ocr.results.tables import MissingExtraError, Table
from huaweicloud_ocr_api import models

__all__ = [
    "ExcelError",
    "MissingExtraError",
    "Workbook",
    "excel_bytes",
    "save_excel",
    "workbooks_of",
]

ZIP_MAGIC = b"PK\x03\x04"

_SDR_KEYS = frozenset(
    {"ocr_result", "kv_result", "table_result", "layout_result", "form_result", "formula_result"}
)


class ExcelError(OcrError, ValueError):
    """An answer holds no usable workbook: the field is absent, not Base64, or not an .xlsx.
    `field` is where in the answer the workbook was looked for ("result.excel",
    "result[0].table_result.table_list[1].excel", ...)."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        super().__init__(f"{field}: {problem}")


@dataclass(frozen=True)
class Workbook:
    """One Base64 workbook of an answer, not yet decoded. `kind` says where it came from
    ("general_table": General Table's `result.excel`; "table" or "form": a Smart Document
    Recognizer table or wired form), `page` is the Smart Document Recognizer result item
    (None for General Table or a single result), `index` the table's position in its list
    (None for General Table) and `field` its place in the answer, for messages."""

    field: str
    kind: Literal["general_table", "table", "form"]
    page: int | None
    index: int | None
    text: str = _field(repr=False)  # the Base64, often megabytes

    def data(self, *, check: bool = True) -> bytes:
        """The workbook's bytes, checked as the module doc says; ExcelError if they are not."""
        return _decode(self.field, self.text, check)

    def save(self, path: str | os.PathLike[str], *, check: bool = True) -> Path:
        """Write the workbook at `path` (atomically, see the module doc); give the path."""
        return replace_file(path, self.data(check=check))


def workbooks_of(answer: Any) -> list[Workbook]:
    """Every workbook an answer carries, in answer order (for Smart Document Recognizer, each
    result item's tables, then its wired forms). Empty when the request did not set
    `return_excel`. `answer` is what `tables_of` takes, or a `Table` it gave, or one Smart
    Document Recognizer table block. Nothing is decoded yet: see `Workbook.data`."""
    return _scan(answer).books


def excel_bytes(answer: Any, *, check: bool = True) -> bytes | None:
    """The answer's workbook as bytes (checked as the module doc says), or None when it holds
    none (the request did not set `return_excel`). An answer with several workbooks (Smart
    Document Recognizer, several tables) raises ExcelError: use `workbooks_of`."""
    books = workbooks_of(answer)
    if not books:
        return None
    return _only(books).data(check=check)


def save_excel(answer: Any, path: str | os.PathLike[str], *, check: bool = True) -> Path:
    """Write the answer's workbook at `path` and give the path. ExcelError when the answer holds
    none (naming the field and that the request needs `return_excel`), several, or one that is
    not valid Base64 or not an .xlsx; nothing is written then."""
    found = _scan(answer)
    if not found.books:
        if found.family == "general_table":
            need = "General Table returns it only when the request sets return_excel=True"
        else:
            need = (
                "Smart Document Recognizer returns one per table only when the request sets "
                "table=True and return_excel=True"
            )
        raise ExcelError(found.where, f"the answer holds no workbook: {need}")
    return _only(found.books).save(path, check=check)


def _only(books: list[Workbook]) -> Workbook:
    if len(books) > 1:
        shown = ", ".join(b.field for b in books[:5]) + (", ..." if len(books) > 5 else "")
        raise ExcelError(
            books[0].field,
            f"the answer holds {len(books)} workbooks ({shown}): pick one from "
            "workbooks_of(answer), or pass the table",
        )
    return books[0]


_Kind = Literal["general_table", "table", "form"]


@dataclass
class _Found:
    """What a scan found, and where a workbook was looked for (for the message when none)."""

    books: list[Workbook] = _field(default_factory=list)
    family: Literal["general_table", "smart_document"] = "general_table"
    where: str = "excel"

    def general_table(self, result: Any, at: str) -> None:
        self.family, self.where = "general_table", _join(at, "excel")
        self.block(result, self.where, "general_table", None, None)

    def pages(self, pages: Any, at: str) -> None:
        self.family = "smart_document"
        self.where = f"{at}[n].table_result.table_list[i].excel"
        for n, page in enumerate(_list(pages)):
            self.page(page, n, f"{at}[{n}]")

    def page(self, page: Any, n: int | None, at: str) -> None:
        if n is None:
            self.family, self.where = (
                "smart_document",
                _join(at, "table_result.table_list[i].excel"),
            )
        parts: tuple[tuple[_Kind, str, str], ...] = (
            ("table", "table_result", "table_list"),
            ("form", "form_result", "form_list"),
        )
        for kind, result_key, list_key in parts:
            for i, block in enumerate(_list(_get(_get(page, result_key), list_key))):
                self.block(block, _join(at, f"{result_key}.{list_key}[{i}].excel"), kind, n, i)

    def table_block(self, block: Any, at: str, kind: _Kind, n: int | None, i: int | None) -> None:
        self.family, self.where = "smart_document", _join(at, "excel")
        self.block(block, self.where, kind, n, i)

    def block(self, block: Any, where: str, kind: _Kind, n: int | None, i: int | None) -> None:
        value = _get(block, "excel")
        if value is None:
            return
        if not isinstance(value, str):
            raise ExcelError(where, f"is a {type(value).__name__}, not a Base64 string")
        self.books.append(Workbook(where, kind, n, i, value))


def _scan(answer: Any, at: str = "", found: _Found | None = None) -> _Found:
    """Find the workbooks of any answer shape `tables_of` knows; `at` is the path so far."""
    found = _Found() if found is None else found
    if isinstance(answer, Table):
        if answer.kind == "general_table":
            raise ExcelError(
                "result.excel",
                "a General Table table has no workbook of its own: the answer's one covers the "
                "whole image, so pass the answer",
            )
        found.table_block(answer.source, at, answer.kind, answer.page, answer.index)
    elif isinstance(answer, models.RecognizeGeneralTableResponse):
        found.general_table(answer.result, _join(at, "result"))
    elif isinstance(answer, models.GeneralTableResult):
        found.general_table(answer, at)
    elif isinstance(answer, models.RecognizeSmartDocumentRecognizerResponse):
        found.pages(answer.result, _join(at, "result"))
    elif isinstance(answer, models.SmartDocumentRecognizerResult):
        found.page(answer, None, at)
    elif isinstance(answer, models.SmartDocumentRecognizerTableBlock):
        found.table_block(answer, at, "table", None, None)
    elif isinstance(answer, Sequence) and not isinstance(answer, str | bytes):
        found.pages(answer, at)
    elif not isinstance(answer, Mapping):
        raise TypeError(
            f"not a General Table or Smart Document Recognizer answer: {type(answer).__name__}"
        )
    elif "error_code" in answer or "error_msg" in answer:
        raise ExcelError(_join(at, "excel"), "a failed call's answer holds no workbook")
    elif isinstance(answer.get("result"), Mapping | Sequence) and not isinstance(
        answer.get("result"), str | bytes
    ):
        _scan(answer["result"], _join(at, "result"), found)
    elif "words_region_list" in answer or "words_region_count" in answer:
        found.general_table(answer, at)
    elif _SDR_KEYS & answer.keys():
        found.page(answer, None, at)
    elif "words_block_list" in answer:  # one Smart Document Recognizer table block
        found.table_block(answer, at, "table", None, None)
    elif "excel" in answer:  # a General Table result that found no area at all
        found.general_table(answer, at)
    else:
        raise ValueError(
            "not a General Table or Smart Document Recognizer answer (keys: "
            f"{sorted(map(str, answer.keys()))})"
        )
    return found


def _decode(field: str, text: str, check: bool) -> bytes:
    try:
        raw = text.encode("ascii")
    except UnicodeEncodeError:
        raise ExcelError(
            field, f"is not valid Base64: it holds non-ASCII text ({server_text(text, limit=40)})"
        ) from None
    try:
        data = base64.b64decode(raw.translate(None, b"\t\n\r "), validate=True)
    except binascii.Error as exc:
        raise ExcelError(field, f"is not valid Base64 ({exc}; {len(text)} characters)") from None
    if not data.startswith(ZIP_MAGIC):
        raise ExcelError(
            field,
            f"decodes to {len(data)} bytes that are not an .xlsx workbook (which is a zip "
            f"archive, starting with PK\\x03\\x04); they start with {data[:8]!r}",
        )
    if check:
        _open_check(field, data)
    return data


def _open_check(field: str, data: bytes) -> None:
    """Open the workbook with openpyxl when it is installed; without it the zip test stands."""
    try:
        from openpyxl import load_workbook
    except ImportError:
        return
    try:
        book = load_workbook(io.BytesIO(data), read_only=True)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, zipfile, XML) for one cause
        reason = server_text(f"{type(exc).__name__}: {exc}", limit=200)
        raise ExcelError(
            field,
            f"decodes to a zip archive that openpyxl cannot open as a workbook ({reason}); "
            "check=False skips this test",
        ) from None
    book.close()


def _join(at: str, key: str) -> str:
    return f"{at}.{key}" if at else key
