"""What a line of the results file says: one JSON object per input file (or PDF page), strict
JSON, written by the journal in the order the answers arrive.

    {"file": "a/b.png", "operation": "general-text", "status": "ok", "request_id": "...",
     "attempts": 1, "result": {...}}
    {"file": "c.png", "operation": "general-text", "status": "failed",
     "error": {"type": "BadRequestError", "message": "HTTP 400 AIS.0101: ...", "http_status": 400,
               "error_code": "AIS.0101", "request_id": "...", "attempts": 1}}

`file` is the path relative to the directory, with `/` separators. A name that is not valid
UTF-8 is written with U+FFFD in `file` and its exact bytes in `file_b64` (standard Base64), so
every line names exactly one file (record_key gives those bytes back). `error` always has
type, message, http_status, error_code and request_id (null when they do not apply), plus
`attempts` for an answer from the service and `field` for a local ValidationError. A line is
"ok" only for an answer with its documented `result`, and every line is strict JSON: an
answer without a result, or holding NaN or Infinity, is a failed line (InvalidResponseError),
so a rerun with retry_failed sends it again.

A page of a PDF has its own line: `"page": N` (1-based) after `file`, and, once the page was
prepared, `sent_as` (how it went: "pdf", a one-page PDF; "pdf_page_number", the whole file with
that option; "png" or "jpeg", rendered) and `dpi` (the resolution of the answer's coordinates,
as documents.DocumentPage gives them). A line is about one (file, page) pair (line_key): page
None for an image, and for a PDF that could not be read (one failed line for the file).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any

from huaweicloud_ocr.errors import ApiError, OcrError, ValidationError
from huaweicloud_ocr_api.types import Unset

__all__ = ["INVALID_ANSWER", "Key", "line_key", "record_key", "record_page"]

Key = tuple[bytes, int | None]
"""What a line is about: the bytes of the file's relative path, and its PDF page or None."""


def _file_fields(key: bytes) -> dict[str, str]:
    try:
        return {"file": key.decode("utf-8")}
    except UnicodeDecodeError:
        return {
            "file": key.decode("utf-8", "replace"),
            "file_b64": base64.b64encode(key).decode("ascii"),
        }


def record_key(record: Mapping[str, Any]) -> bytes:
    """The file a results line is about, as the bytes of its relative path."""
    if "file_b64" in record:
        return base64.b64decode(str(record["file_b64"]), validate=True)
    return str(record["file"]).encode("utf-8", "surrogateescape")


def record_page(record: Mapping[str, Any]) -> int | None:
    """The PDF page (from 1) a results line is about, or None: the whole file."""
    page = record.get("page")
    return page if isinstance(page, int) and not isinstance(page, bool) else None


def line_key(record: Mapping[str, Any]) -> Key:
    """(record_key, record_page): what a results line is about."""
    return record_key(record), record_page(record)


def _encode_line(record: Mapping[str, Any]) -> bytes:
    """One line of strict JSON. allow_nan=False: NaN and Infinity are not JSON (jq, JavaScript
    and strict parsers refuse the line), so a record holding one raises ValueError."""
    try:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate somewhere: \u escapes are exact and ASCII
        return json.dumps(record, separators=(",", ":"), allow_nan=False).encode("ascii") + b"\n"


# The client's error type for an answer it cannot use; the batch's own checks of an answer
# (defence in depth: the client refuses such answers too) record the same type.
INVALID_ANSWER = "InvalidResponseError"


def _invalid_answer(message: str, error_code: str | None = None) -> dict[str, Any]:
    return {
        "type": INVALID_ANSWER,
        "message": message,
        "http_status": None,
        "error_code": error_code,
        "request_id": None,
    }


def _outcome(answer: Any) -> dict[str, Any]:
    """A line's status and result for an answer. Only an answer with its documented `result`
    is "ok": an "ok" line is never sent again, so an answer without one (a 200 carrying only
    error_code/error_msg, or `{}`) recorded as ok would lose its file for good."""
    result = getattr(answer, "result", None)
    if result is not None and not isinstance(result, Unset):
        response = getattr(answer, "response", None)
        return {
            "status": "ok",
            "request_id": getattr(response, "request_id", None),
            "attempts": getattr(response, "attempts", None),
            "result": answer.to_dict(),
        }
    try:
        members = answer.to_dict()
        code = members.get("error_code") if isinstance(members, dict) else None
    except Exception:  # nothing to learn from it
        code = None
    code = code[:64] if isinstance(code, str) and code else None  # error_msg may echo secrets
    text = "the answer has no result" + (f" (error code {code})" if code else "")
    return {"status": "failed", "error": _invalid_answer(text, code)}


def _line(record: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    """A record and its line, encoded by the worker: a record that is not JSON (NaN or Infinity
    in an answer) becomes a failed line for its file instead of breaking the writer."""
    try:
        return record, _encode_line(record)
    except (ValueError, TypeError, RecursionError) as exc:
        if isinstance(exc, ValueError) and "Out of range float" in str(exc):
            text = "the answer held a non-JSON number (NaN or Infinity)"
        else:
            text = f"the answer cannot be written as JSON ({type(exc).__name__})"
    names = ("file", "file_b64", "page", "operation")
    failed: dict[str, Any] = {k: record[k] for k in names if k in record}
    failed.update(status="failed", error=_invalid_answer(text))
    return failed, _encode_line(failed)


def _text_of(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # a broken __str__ must not take a worker down with it
        return f"({type(exc).__name__}: its text cannot be shown)"


def _error_fields(exc: BaseException) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "type": type(exc).__name__,
        "message": _text_of(exc) or type(exc).__name__,
        "http_status": None,
        "error_code": None,
        # An answer's id: ApiError, or a TransportError that had the headers (a body cut short).
        "request_id": exc.request_id if isinstance(exc, OcrError) else None,
    }
    if isinstance(exc, ApiError):
        fields.update(
            http_status=exc.status_code,
            error_code=exc.error_code,
            attempts=exc.attempts,
        )
    if isinstance(exc, ValidationError):
        fields["field"] = exc.field
    return fields
