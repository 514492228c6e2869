"""What a batch sends: the files found under the directory, the operation and its options.

The walk (iter_files) is lazy, one directory listed at a time in sorted order, so memory does
not grow with the directory. Hidden files and directories (a leading `.`), symlinked
directories, FIFOs and sockets are left out. `patterns` are fnmatch patterns (any may match):
one with a `/` matches the relative path (`*` crosses `/`), any other the file's name.

With `skip_not_images=True` (the command's way), a file whose first bytes are not one of the
operation's documented formats (README.md, a .png holding text; TGA, which has no magic number,
goes by its .tga extension) gets no line: it is counted in summary.skipped_not_images, so that
converting it and running again still does it. A file that has a line is judged by its line,
not sniffed again, except a failed one with retry_failed: a failed line of a file that is not
an image is then dropped, as if it had never been tried.

A path that is no longer a regular file when its turn comes (a FIFO, a device) is a failed line,
found without an open that could block (_load). Options are checked once, before the
run, instead of failing every file; `pdf_page_number` is refused (the batch sends each page of a
PDF by itself).

PDFs, page by page: a file whose first 1,024 bytes hold `%PDF-` (the rule documents.read_pdf
applies) is read with the page preparation of huaweicloud_ocr.documents, each page its own
unit with its own line, whatever the operation: one that takes PDF gets the page split out as a
one-page PDF (or the whole file with `pdf_page_number` when splitting would break a rule), the
others the page rendered within their pixel and size limits (documents' module docstring). A
PDF that cannot be read (encrypted, malformed, no pages) is one failed line for the file. That
needs the `pdf` extra (pypdf; pypdfium2 and Pillow to render): without it, PDFs get no line and
are counted in summary.skipped_pdfs, so that installing it and running again does them.
"""

from __future__ import annotations

import fnmatch
import importlib
import inspect
import os
import stat
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from huaweicloud_ocr import _spec
from huaweicloud_ocr._files import NotRegularFile, file_kind, open_regular_fd
from huaweicloud_ocr._options import check_option
from huaweicloud_ocr.batch.errors import BatchError
from huaweicloud_ocr.client import _INLINE_BYTES, AsyncOcrClient
from huaweicloud_ocr.documents import PagePlan, PdfDocument, plan_page
from huaweicloud_ocr.errors import MissingExtraError, ValidationError
from huaweicloud_ocr.images import sniff_format

__all__ = ["BatchFile", "PdfFile", "PdfPage", "command_name", "iter_files", "operation_method"]


# -- the files -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchFile:
    path: Path  # where to read it
    rel: str  # relative to the directory, `/` separators (surrogate-escaped if not UTF-8)
    key: bytes  # the relative path's bytes: what identifies the file in the results


def _matches(rel: str, name: str, patterns: Sequence[str]) -> bool:
    # A pattern with a `/` matches the relative path (fnmatch: `*` crosses `/`), else the name.
    return any(fnmatch.fnmatch(rel if "/" in p else name, p) for p in patterns)


def iter_files(
    directory: str | os.PathLike[str],
    patterns: Sequence[str] = (),
    *,
    skip: Collection[str] = (),
    on_error: Callable[[OSError], None] | None = None,
) -> Iterator[BatchFile]:
    """Regular files under `directory` in sorted path order, lazily, one directory listed at a
    time. Hidden files and directories (a leading `.`), symlinked directories, FIFOs and
    sockets are left out, as are the absolute paths in `skip`."""
    top = os.fspath(directory)

    def walk(path: str, prefix: str) -> Iterator[BatchFile]:
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            if on_error is not None:
                on_error(exc)
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = prefix + entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    yield from walk(entry.path, rel + "/")
                    continue
                if not entry.is_file():  # follows a symlink to a file; skips FIFOs, sockets
                    continue
            except OSError:
                continue
            if entry.path in skip:
                continue
            if patterns and not _matches(rel, entry.name, patterns):
                continue
            yield BatchFile(Path(entry.path), rel, os.fsencode(rel))

    yield from walk(top, "")


# Files up to this size are read by the worker (one thread hop) and sent as bytes: the client
# checks bytes this small on the loop. 256 workers hold at most 64 MiB of them (plus Base64).
_SMALL_FILE = _INLINE_BYTES


def _load(path: Path, read: bool) -> tuple[str | None, bytes | None]:
    """(what `path` is if not a regular file, else None; with `read`, its bytes if at most
    _SMALL_FILE).

    A file the walk found can since have become a FIFO or a device: stat, then open without
    waiting (open_regular_fd). A small file is read here, in the same thread hop: the client
    then checks and encodes its bytes on the loop (microseconds) instead of streaming it from
    disk with a thread hop per step (five hops per file: the batch's ceiling at 256 in
    flight). A larger file, or one that cannot be opened or read, is sent as its path: the
    client streams it (never held whole) or says why it cannot be read."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            return file_kind(mode), None
        fd = open_regular_fd(path)
    except NotRegularFile as exc:
        return exc.kind, None
    except OSError:
        return None, None
    try:
        if not read or os.fstat(fd).st_size > _SMALL_FILE:
            return None, None
        parts, size = [], 0
        while chunk := os.read(fd, _SMALL_FILE + 1 - size):
            parts.append(chunk)
            size += len(chunk)
            if size > _SMALL_FILE:  # it grew since the fstat: streamed as a path
                return None, None
        return None, b"".join(parts)
    except OSError:
        return None, None
    finally:
        os.close(fd)


def _not_regular_error(field: str, rel: str, kind: str) -> ValidationError:
    """The error a file's line records when it is no longer a regular file (_load's kind)."""
    problem = f"{rel!r} is not a regular file but a {kind}"
    return ValidationError(field, problem, "a regular image file")


# Enough for every magic number sniff_format knows (WEBP's sits at offset 8).
_SNIFF_BYTES = 64


def _holds_image(path: Path, formats: Collection[str]) -> bool:
    """Whether the file is an image of one of `formats` (an operation's documented formats) by
    its first bytes; TGA, which has no magic number, by a .tga extension. Only the first bytes
    are read, without an open that could block. A file that cannot be opened or read counts as
    an image: its line then says why it failed. Runs in a thread, as all file I/O here."""
    if not formats or ("tga" in formats and path.suffix.lower() == ".tga"):
        return True
    try:
        fd = open_regular_fd(path)
    except (OSError, NotRegularFile):
        return True
    try:
        head = os.read(fd, _SNIFF_BYTES)
    except OSError:
        return True
    finally:
        os.close(fd)
    return sniff_format(head) in formats


# -- operations ----------------------------------------------------------------------------------
def operation_method(name: str) -> str:
    """general-text, general_text or recognize_general_text -> recognize_general_text."""
    method = "recognize_" + name.removeprefix("recognize_").replace("-", "_")
    if method not in _spec.operations():
        names = ", ".join(sorted(command_name(m) for m in _spec.operations()))
        raise BatchError(f"unknown operation {name!r}; one of: {names}")
    return method


def command_name(method: str) -> str:
    """recognize_general_text -> general-text (the CLI's and the results file's name)"""
    return method.removeprefix("recognize_").replace("_", "-")


def _check_options(client: AsyncOcrClient, method: str, options: Mapping[str, Any]) -> None:
    """The option names and values, checked once instead of failing every file."""
    call = getattr(client, method)
    for name in options:
        if name in ("image", "url"):
            raise BatchError(f"option {name!r}: the batch sends each file as the image")
        if name == "pdf_page_number":
            raise BatchError(f"option {name!r}: the batch sends each page of a PDF by itself")
    try:
        inspect.signature(call).bind(Path("x"), **options)
    except TypeError as exc:
        raise BatchError(f"{command_name(method)}: {exc}") from None
    for name, value in options.items():
        try:
            check_option(_spec.operation(method), name, value)
        except ValidationError as exc:
            raise BatchError(f"option {exc}") from None


# -- PDFs, page by page --------------------------------------------------------------------------
_PDF_HEAD = 1024  # where documents.PdfDocument looks for %PDF-


def _is_pdf(path: Path) -> bool:
    """Whether the file is a PDF by its first bytes, read without an open that could block. A
    file that cannot be read is not: it is sent as a file, and its line says why it failed."""
    try:
        fd = open_regular_fd(path)
    except (OSError, NotRegularFile):
        return False
    try:
        return b"%PDF-" in os.read(fd, _PDF_HEAD)
    except OSError:
        return False
    finally:
        os.close(fd)


def pdf_missing(spec: _spec.OperationSpec) -> MissingExtraError | None:
    """Why PDFs cannot be read page by page for this operation, or None: pypdf splits and
    counts pages; an operation that does not take PDF needs pypdfium2 and Pillow to render."""
    needed = ["pypdf"]
    if "pdf" not in spec["image_constraints"].get("formats", []):
        needed += ["pypdfium2", "PIL"]
    for module in needed:
        try:
            importlib.import_module(module)
        except ImportError:
            return MissingExtraError("pdf", module, "reading PDFs page by page")
    return None


def _open_pdf(path: Path) -> PdfDocument:
    """The PDF at `path`, read whole, opened as images are (never blocking on a FIFO or a
    device). Raises ValidationError (encrypted, malformed, no pages, not a regular file),
    OSError, or whatever pypdf raises for a file it cannot parse."""
    try:
        fd = open_regular_fd(path)
    except NotRegularFile as exc:
        raise ValidationError(
            "file", f"{path.name!r} is not a regular file but a {exc.kind}", "a regular PDF file"
        ) from None
    with os.fdopen(fd, "rb") as file:
        data = file.read()
    return PdfDocument(data)


@dataclass(eq=False)
class PdfFile:
    """A PDF being read page by page: opened once (in a thread), shared by the workers sending
    its pages, closed when the last of them is done (`pending`) or the run ends."""

    file: BatchFile
    pdf: PdfDocument
    pending: int = field(default=0)

    @classmethod
    def open(cls, file: BatchFile) -> PdfFile:
        return cls(file, _open_pdf(file.path))

    @property
    def page_count(self) -> int:
        return self.pdf.count

    def plan(self, number: int, spec: _spec.OperationSpec) -> PagePlan:
        """What to send for page `number` (split or rendered: documents.plan_page). Blocking."""
        return plan_page(self.pdf, number, spec)

    def close(self) -> None:
        self.pdf.close()


def _pdf_page_count(path: Path) -> int | None:
    """The pages of the PDF at `path`, or None when it cannot be read (its one failed line
    says why when its turn comes)."""
    try:
        pdf = _open_pdf(path)
    except Exception:  # whatever pypdf raises: the file's line will say
        return None
    try:
        return pdf.count
    finally:
        pdf.close()


@dataclass(frozen=True, eq=False)
class PdfPage:
    """One page of a PDF to send: `number` from 1."""

    pdf: PdfFile
    number: int

    @property
    def file(self) -> BatchFile:
        return self.pdf.file
