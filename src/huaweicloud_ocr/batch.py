"""Recognize every image in a directory into a JSON Lines file: concurrent, rate-limited,
resumable, and each file recorded exactly once.

    from huaweicloud_ocr import AsyncOcrClient
    from huaweicloud_ocr.batch import run_batch

    summary = run_batch(lambda: AsyncOcrClient("ap-southeast-1"), "scans/", "results.jsonl",
                        "general-text", concurrency=8, rate=10)

One line per input file, in the order the answers arrive:

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
so a rerun with retry_failed sends it again. A path that is no longer a regular file when its
turn comes (a FIFO, a device) is a failed line too, found without an open that could block.

With `skip_not_images=True` (the command's way), a file whose first bytes are not one of the
operation's documented formats (README.md, a .png holding text; TGA, which has no magic number,
goes by its .tga extension) gets no line: it is counted in summary.skipped_not_images, so that
converting it and running again still does it. A file that has a line is judged by its line,
not sniffed again, except a failed one with retry_failed: a failed line of a file that is not
an image is then dropped, as if it had never been tried.

Resuming: the results file is read first. A torn tail (a last line without its newline, or
lines that are not JSON after the last good one: a crash while writing) is cut off; any other
unreadable line stops the run (a person should look at it). Files that already
have a line are skipped. `retry_failed=True` rewrites the file without the failed lines of the
files still present (temporary file + os.replace) and tries those files again.

One writer task appends whole lines with os.write, so a killed process loses at most the
requests in flight, never a written line; it fsyncs every `fsync_interval` seconds and at the
end. A write or fsync that fails (EIO, ENOSPC, EFBIG) stops the run at once, before another
request is sent (each is billed, and its answer could not be recorded): summary.fatal says
why, and a short write is cut back so the file keeps whole lines only. The results file must
be a regular file (or not exist yet). A run holds an flock on `<results file>.lock`, a file
next to it that is never replaced or removed, from start to end, so a second run is refused
even after retry_failed replaced the results file. Errors that concern the set-up rather than
a file (configuration, 401, 403, a token that cannot be obtained) stop the run and are not
recorded: a rerun tries those files again. Retries of one call happen inside the client (its
RetryPolicy); a line records the outcome.

`concurrency` workers take files from a bounded queue fed by a lazy directory walk (memory does
not grow with the directory). The walk and every stat, open, write and fsync the batch does run
in threads, never on the event loop, so a slow disk or an odd file cannot freeze the run or
make it deaf to Ctrl-C. Whatever a task of the run raises stops the run (summary.fatal); no
task dies unobserved. run_batch given a function that makes a client makes one client per
WORKERS_PER_CLIENT workers.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import errno
import fnmatch
import inspect
import itertools
import json
import os
import shutil
import signal
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Coroutine, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from huaweicloud_ocr import _spec
from huaweicloud_ocr._files import NO_WAIT, NotRegularFile, file_kind, open_regular_fd
from huaweicloud_ocr._options import check_option
from huaweicloud_ocr.client import AsyncOcrClient
from huaweicloud_ocr.errors import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    ForbiddenError,
    OcrError,
    UnauthorizedError,
    ValidationError,
)
from huaweicloud_ocr.images import sniff_format
from huaweicloud_ocr_api.types import Unset

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "BatchError",
    "BatchFile",
    "BatchSummary",
    "ProgressReporter",
    "RateLimiter",
    "Reporter",
    "StopSignal",
    "arun_batch",
    "iter_files",
    "operation_method",
    "record_key",
    "run_batch",
]

# Errors about the set-up, not about one file: the run stops and the file is not recorded.
FATAL_ERRORS: tuple[type[OcrError], ...] = (
    ConfigurationError,
    AuthenticationError,
    UnauthorizedError,
    ForbiddenError,
)
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_CONCURRENCY = 8
# httpcore's connection pool does work proportional to its connections on every request: one
# client per few workers keeps that small (1,000 files to a canned-answer loopback server, 32
# workers, 2 CPUs: ~130 files/s through one client, ~500 through eight).
WORKERS_PER_CLIENT = 4


class BatchError(OcrError):
    """The batch cannot start: bad arguments, a missing directory, an unusable results file."""


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


def _not_regular(path: Path) -> str | None:
    """What `path` is if it is not a regular file (a file the walk found can since have become
    a FIFO or a device), found without an open that could block: stat, then open_regular_fd.
    None also when it cannot be opened: the client then says why (that open fails at once)."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            return file_kind(mode)
        os.close(open_regular_fd(path))
    except NotRegularFile as exc:
        return exc.kind
    except OSError:
        return None
    return None


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
    names = ("file", "file_b64", "operation")
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
    try:
        inspect.signature(call).bind(Path("x"), **options)
    except TypeError as exc:
        raise BatchError(f"{command_name(method)}: {exc}") from None
    for name, value in options.items():
        try:
            check_option(_spec.operation(method), name, value)
        except ValidationError as exc:
            raise BatchError(f"option {exc}") from None


# -- rate limiting -------------------------------------------------------------------------------
class RateLimiter:
    """A token bucket shared by the workers: `rate` tokens a second, at most `burst` saved up.

    Waiters queue on a lock (first come, first served) and the bucket is refilled from the
    clock when a waiter wakes, so a stalled event loop does not release a burst of overdue
    requests afterwards, and sleeping a little too long is made up by the next request.
    """

    def __init__(self, rate: float, burst: int = 1) -> None:
        if rate <= 0:
            raise BatchError(f"rate must be > 0, not {rate}")
        if burst < 1:
            raise BatchError(f"burst must be >= 1, not {burst}")
        self.rate, self.burst = rate, burst
        self._tokens = float(burst)
        self._updated: float | None = None
        self._lock = asyncio.Lock()

    def _refill(self, now: float) -> None:
        if self._updated is not None:
            self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now

    def delay(self, now: float) -> float:
        """Seconds until a token is there."""
        self._refill(now)
        return 0.0 if self._tokens >= 1 else (1 - self._tokens) / self.rate

    def take(self, now: float) -> None:
        self._refill(now)
        self._tokens -= 1

    async def acquire(self) -> None:
        async with self._lock:
            while (wait := self.delay(time.monotonic())) > 0:
                await asyncio.sleep(wait)
            self.take(time.monotonic())


# -- progress ------------------------------------------------------------------------------------
@dataclass
class BatchSummary:
    output: Path
    total: int = 0  # files found in the directory (after the patterns; images only if skipped)
    skipped: int = 0  # had a line before this run
    skipped_not_images: int = 0  # left out: not one of the operation's formats (no line)
    ok: int = 0  # recorded ok by this run
    failed: int = 0  # recorded failed by this run
    failed_before: int = 0  # failed lines kept from earlier runs (not retried)
    retried: int = 0  # failed lines dropped to be tried again (retry_failed)
    repaired_bytes: int = 0  # a torn tail cut off the results file
    elapsed: float = 0.0
    interrupted: bool = False
    fatal: str | None = None  # why the run stopped early, if it did
    started: float = field(default_factory=time.monotonic, repr=False)

    @property
    def processed(self) -> int:
        return self.ok + self.failed

    @property
    def remaining(self) -> int:
        return max(0, self.total - self.skipped - self.processed)

    @property
    def files_per_second(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def exit_code(self) -> int:
        """2 stopped early (`fatal`: a set-up error, a failing results file), 130 interrupted,
        1 a file failed, 0 all ok."""
        if self.fatal is not None:
            return EXIT_USAGE
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if self.failed or self.failed_before else EXIT_OK

    def line(self) -> str:
        ok_total = self.ok + self.skipped - self.failed_before
        failed_total = self.failed + self.failed_before
        not_images = (
            f", {self.skipped_not_images} skipped (not images)" if self.skipped_not_images else ""
        )
        text = (
            f"{self.total} files: {ok_total} ok, {failed_total} failed, "
            f"{self.remaining} not done{not_images}; this run {self.processed} in "
            f"{self.elapsed:.2f} s ({self.files_per_second:.1f} files/s) -> {self.output}"
        )
        if self.interrupted:
            text += " (interrupted: run again to continue)"
        return text


class Reporter:
    """Receives progress events; this one ignores them (quiet)."""

    def start(self, summary: BatchSummary) -> None:
        pass

    def update(self) -> None:
        """Lines were written."""

    def tick(self) -> None:
        """Called ten times a second while files are processed."""

    def message(self, text: str) -> None:
        pass

    def finish(self, summary: BatchSummary) -> None:
        pass


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02}:{rest % 60:02}" if hours else f"{rest // 60}:{rest % 60:02}"


class ProgressReporter(Reporter):
    """A one-line progress bar (`\\r` updates) on a terminal; elsewhere a plain line every
    `interval` seconds. Messages and the final summary go to the same stream."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        tty: bool | None = None,
        interval: float = 10.0,
        prefix: str = "batch",
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.interval = 0.1 if self.tty else interval
        self.prefix = prefix
        self._summary: BatchSummary | None = None
        self._samples: deque[tuple[float, int]] = deque(maxlen=60)
        self._shown = 0.0
        self._width = 0

    def start(self, summary: BatchSummary) -> None:
        self._summary = summary
        self._samples.append((time.monotonic(), summary.processed))
        self._shown = time.monotonic()
        if self.tty:
            self._draw()

    def _rate(self) -> float:
        assert self._summary is not None
        now = time.monotonic()
        self._samples.append((now, self._summary.processed))
        while len(self._samples) > 2 and now - self._samples[0][0] > 10:
            self._samples.popleft()
        then, count = self._samples[0]
        return (self._summary.processed - count) / (now - then) if now > then else 0.0

    def status(self) -> str:
        s = self._summary
        assert s is not None
        rate = self._rate()
        done = s.skipped + s.processed
        eta = _duration(s.remaining / rate) if rate > 0 else "--:--"
        return (
            f"{done}/{s.total} ok {s.ok + s.skipped - s.failed_before} "
            f"failed {s.failed + s.failed_before} | {rate:.1f} files/s | ETA {eta}"
        )

    def _draw(self) -> None:
        s = self._summary
        assert s is not None
        text = self.status()
        columns = shutil.get_terminal_size((80, 24)).columns
        room = min(30, columns - len(self.prefix) - len(text) - 10)  # steady unless narrow
        if room >= 10:
            done = s.skipped + s.processed
            filled = room * done // s.total if s.total else room
            percent = 100 * done // s.total if s.total else 100
            text = f"[{'#' * filled}{'.' * (room - filled)}] {percent:3}% {text}"
        line = f"{self.prefix} {text}"[: columns - 1]
        self.stream.write("\r" + line + " " * max(0, self._width - len(line)))
        self.stream.flush()
        self._width = len(line)

    def _clear(self) -> None:
        if self.tty and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0

    def tick(self) -> None:
        if self._summary is None or time.monotonic() - self._shown < self.interval:
            return
        self._shown = time.monotonic()
        if self.tty:
            self._draw()
        else:
            self.stream.write(f"{self.prefix}: {self.status()}\n")
            self.stream.flush()

    def update(self) -> None:
        self.tick()

    def message(self, text: str) -> None:
        self._clear()
        self.stream.write(f"{self.prefix}: {text}\n")
        self.stream.flush()
        if self.tty and self._summary is not None:
            self._draw()

    def finish(self, summary: BatchSummary) -> None:
        if self.tty and self._summary is not None:
            self._draw()
            self.stream.write("\n")
        self.stream.write(f"{self.prefix}: {summary.line()}\n")
        self.stream.flush()


class StopSignal:
    """Asks a run to stop: first `request()` stops taking new files and lets the requests in
    flight finish; a second one cancels them too (their files stay unrecorded)."""

    def __init__(self) -> None:
        self.graceful = asyncio.Event()
        self.now = asyncio.Event()

    def request(self) -> None:
        if self.graceful.is_set():
            self.now.set()
        self.graceful.set()


# -- the results file ----------------------------------------------------------------------------
@dataclass
class _Existing:
    ok: dict[bytes, bool] = field(default_factory=dict)  # file -> any ok line
    operations: set[str] = field(default_factory=set)
    duplicates: int = 0
    good_end: int = 0
    size: int = 0


def _parse_line(raw: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    if (
        not isinstance(record, dict)
        or not isinstance(record.get("file"), str)
        or record.get("status") not in ("ok", "failed")
    ):
        return None
    try:
        record_key(record)
    except (binascii.Error, ValueError):
        return None
    return record


def _read_results(fd: int, path: Path) -> _Existing:
    """The results file as read through `fd`, the descriptor checked to be a regular file (the
    path could name something else by now)."""
    found = _Existing()
    first_bad: int | None = None
    offset = 0
    with os.fdopen(os.dup(fd), "rb") as lines:
        lines.seek(0)
        for number, raw in enumerate(lines, 1):
            offset += len(raw)
            record = _parse_line(raw) if raw.endswith(b"\n") else None
            if record is None and raw.strip() == b"" and raw.endswith(b"\n"):
                record = {}  # a blank line: harmless
            if record is None:
                first_bad = first_bad or number
                continue
            if first_bad is not None:
                raise BatchError(
                    f"{path}, line {first_bad}: not a results line, and good lines follow it, "
                    "so it is not a torn last line; delete that line (its file is then done "
                    "again) or use another results file"
                )
            found.good_end = offset
            if not record:
                continue
            key = record_key(record)
            ok = record["status"] == "ok"
            if key in found.ok:
                found.duplicates += 1
                ok = ok or found.ok[key]
            found.ok[key] = ok
            if isinstance(record.get("operation"), str):
                found.operations.add(record["operation"])
    found.size = offset
    return found


# A write or fsync failing with these is the disk failing, not a platform's limitation.
_DISK_ERRORS = frozenset(
    getattr(errno, name) for name in ("EIO", "ENOSPC", "EDQUOT", "EFBIG") if hasattr(errno, name)
)


def _fsync_directory(path: Path) -> None:
    """Make a new or renamed entry durable. Skipped where a directory cannot be opened or
    fsynced (some platforms and file systems); a disk error is raised, as for the file."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | NO_WAIT)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno in _DISK_ERRORS:
            raise
    finally:
        os.close(fd)


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _not_a_results_file(shown: str, kind: str) -> BatchError:
    return BatchError(
        f"the results file {shown!r} is a {kind}: it must be a regular file or not exist yet"
    )


def _check_output(path: Path, shown: str) -> None:
    """Refuse a results path that is not a regular file (/dev/null would swallow every line,
    /dev/zero and a FIFO would be read for ever), before anything is created next to it.
    open_regular_fd checks again what it opens."""
    try:
        mode = os.stat(path).st_mode  # follows a symlink: what it leads to counts
    except FileNotFoundError:
        return
    except OSError as exc:
        raise BatchError(f"the results file {shown!r}: {exc.strerror}") from None
    if not stat.S_ISREG(mode):
        raise _not_a_results_file(shown, file_kind(mode))


def _flock(fd: int, shown: str, holder: Path) -> None:
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise BatchError(
            f"{shown!r} is being written by another batch run (it holds {str(holder)!r})"
        ) from None
    except OSError as exc:
        raise BatchError(f"cannot lock {str(holder)!r}: {exc.strerror}") from None


def _open_lock(path: Path, shown: str) -> int:
    """Lock the run on `<results>.lock`, not on the results file: retry_failed replaces the
    results file (os.replace), and a lock on the replaced inode excludes nobody. The lock file
    is never replaced nor removed (removing it would let a run that opened it and one that
    creates it anew both hold "the" lock)."""
    lock = _lock_path(path)
    created = not os.path.lexists(lock)
    try:
        fd = open_regular_fd(lock, os.O_RDWR | os.O_CREAT)
    except NotRegularFile as exc:
        raise BatchError(
            f"the lock file {str(lock)!r} is a {exc.kind}: it must be a regular file"
        ) from None
    except OSError as exc:
        raise BatchError(f"cannot open the lock file {str(lock)!r}: {exc.strerror}") from None
    try:
        _flock(fd, shown, lock)
        if created:
            _fsync_directory(path.parent)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _open_results(path: Path, shown: str) -> int:
    created = not os.path.lexists(path)
    try:
        fd = open_regular_fd(path, os.O_RDWR | os.O_CREAT | os.O_APPEND)
    except NotRegularFile as exc:
        raise _not_a_results_file(shown, exc.kind) from None
    try:
        _flock(fd, shown, path)  # also excludes a run of an earlier version (it locks this)
        if created:
            _fsync_directory(path.parent)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _open_journal(path: Path, shown: str) -> tuple[int, int]:
    """(the lock, the results file open for appending), in that order, both regular files."""
    _check_output(path, shown)
    lock = _open_lock(path, shown)
    try:
        return lock, _open_results(path, shown)
    except BaseException:
        os.close(lock)
        raise


def _rewrite_without(fd: int, path: Path, drop: Collection[bytes]) -> None:
    """Atomically replace the results file (read through `fd`) with its lines minus the failed
    ones in `drop` (and minus repeated lines for one file)."""
    temp = _temp_path(path)
    kept: set[bytes] = set()
    ok_keys: set[bytes] = set()
    with os.fdopen(os.dup(fd), "rb") as source:
        source.seek(0)
        for raw in source:
            record = _parse_line(raw)
            if record is not None and record["status"] == "ok":
                ok_keys.add(record_key(record))
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)  # a killed run's leftover: O_EXCL below never follows a symlink
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        target_fd = os.open(temp, flags, 0o600)
        try:
            with os.fdopen(target_fd, "wb") as target:
                os.chmod(temp, os.fstat(fd).st_mode & 0o777)
                source.seek(0)
                for raw in source:
                    record = _parse_line(raw)
                    if record is None:
                        continue
                    key = record_key(record)
                    failed = record["status"] == "failed"
                    if key in kept or (failed and (key in drop or key in ok_keys)):
                        continue
                    kept.add(key)
                    target.write(raw)
                target.flush()
                os.fsync(target.fileno())
            os.replace(temp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
    _fsync_directory(path.parent)


# -- the run -------------------------------------------------------------------------------------
def _cancelled() -> bool:
    """Whether the running task was asked to stop (task.cancel()), as opposed to meeting a
    CancelledError raised by the code it awaited."""
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


class _Run:
    def __init__(
        self,
        clients: Sequence[AsyncOcrClient],
        directory: str | os.PathLike[str],
        output: str | os.PathLike[str],
        operation: str,
        *,
        concurrency: int,
        rate: float | None,
        burst: int,
        options: Mapping[str, Any] | None,
        patterns: Sequence[str],
        retry_failed: bool,
        fsync_interval: float | None,
        reporter: Reporter | None,
        stop: StopSignal | None,
        on_record: Callable[[Mapping[str, Any]], None] | None,
        skip_not_images: bool = False,
    ) -> None:
        if concurrency < 1:
            raise BatchError(f"concurrency must be >= 1, not {concurrency}")
        if fsync_interval is not None and fsync_interval < 0:
            raise BatchError(f"fsync_interval must be >= 0 or None, not {fsync_interval}")
        if not clients:
            raise BatchError("no client")
        self.clients = list(clients)
        self._limit_calls = False
        # Checked and resolved in _resolve_paths, in a thread: no file I/O on the event loop.
        self.directory = Path(os.fspath(directory))
        self.shown = os.fspath(output)  # the results file as the caller named it
        self.output = Path(self.shown)
        self.method = operation_method(operation)
        self.operation = command_name(self.method)
        self.image_field = _spec.operation(self.method)["image_field"]
        # The documented formats a file must be by its first bytes, or None: every file is sent.
        self.formats: list[str] | None = (
            list(_spec.operation(self.method)["image_constraints"].get("formats", []))
            if skip_not_images
            else None
        )
        self.options = dict(options or {})
        _check_options(self.clients[0], self.method, self.options)
        self.concurrency = concurrency
        self.limiter = RateLimiter(rate, burst) if rate is not None else None
        if self.limiter is not None:
            # Taken right before each request goes out (retries included): a token taken
            # before the file is read and hashed would let uneven preparation bunch the sends.
            for client in self.clients:
                if isinstance(client, AsyncOcrClient):
                    client.request_gate = self.limiter.acquire
                else:  # another kind of client (a test double): the file's call is limited
                    self._limit_calls = True
        self.patterns = list(patterns)
        self.retry_failed = retry_failed
        self.fsync_interval = fsync_interval
        self.reporter = reporter or Reporter()
        self.stop = stop or StopSignal()
        self.on_record = on_record
        self.summary = BatchSummary(self.output)
        self.done: Collection[bytes] = ()
        self.fd = -1  # the results file
        self.lock_fd = -1  # <results>.lock, held from start to end
        self.io = threading.Lock()  # one write, fsync or close of the results file at a time
        self.broken = False  # a write or fsync failed: never touch the file again
        self.todo: asyncio.Queue[BatchFile | None] = asyncio.Queue(maxsize=2 * concurrency)
        # (record, its line); unbounded: a finished answer is never dropped
        self.results: asyncio.Queue[tuple[dict[str, Any], bytes] | None] = asyncio.Queue()
        self._last_sync = time.monotonic()
        self.loop = asyncio.get_running_loop()

    # -- setting up ----------------------------------------------------------------------------
    def _resolve_paths(self) -> None:
        """Runs in a thread, as every stat does: a hung file system must not hang the loop."""
        directory = Path(os.path.realpath(self.directory))
        if not directory.is_dir():
            raise BatchError(f"{os.fspath(self.directory)!r} is not a directory")
        self.directory = directory
        self.output = Path(os.path.realpath(self.output.parent)) / self.output.name
        self.summary.output = self.output
        _check_output(self.output, self.shown)  # refused before anything is sent

    def _skip(self) -> set[str]:
        return {str(p) for p in (self.output, _lock_path(self.output), _temp_path(self.output))}

    def _walk(
        self,
        judged: Callable[[bytes], bool] | None = None,
        on_not_image: Callable[[BatchFile], None] | None = None,
    ) -> Iterator[BatchFile]:
        """The files to consider. With skip_not_images, a file the results do not decide
        (`judged`; by default: one with no line to keep, self.done) is read for its first bytes
        and left out if it is not an image of the operation's formats (`on_not_image` hears of
        it). The walk and the reading run in the thread that advances the iterator."""
        loop = self.loop  # the walk runs in a thread: report from the loop

        def listing_error(exc: OSError) -> None:
            text = f"cannot list {exc.filename}: {exc.strerror}"
            loop.call_soon_threadsafe(self.reporter.message, text)

        files = iter_files(self.directory, self.patterns, skip=self._skip(), on_error=listing_error)
        formats = self.formats
        if formats is None:
            return files
        decided = judged or (lambda key: key in self.done)

        def images() -> Iterator[BatchFile]:
            for item in files:
                if decided(item.key) or _holds_image(item.path, formats):
                    yield item
                elif on_not_image is not None:
                    on_not_image(item)

        return images()

    def _scan(self, existing: _Existing) -> tuple[set[bytes], set[bytes]]:
        """Count the files; (the failed ones to try again, the failed ones that are not images:
        with retry_failed their lines are dropped, as the lines of files skipped now)."""
        retry: set[bytes] = set()
        not_images: set[bytes] = set()
        s = self.summary

        def judged(key: bytes) -> bool:  # its line decides: done, or failed and kept
            ok = existing.ok.get(key)
            return ok is not None and (ok or not self.retry_failed)

        def not_image(item: BatchFile) -> None:
            s.skipped_not_images += 1
            if item.key in existing.ok:
                not_images.add(item.key)

        for item in self._walk(judged, not_image):
            s.total += 1
            ok = existing.ok.get(item.key)
            if ok is None:
                continue
            if not ok and self.retry_failed:
                retry.add(item.key)
                continue
            s.skipped += 1
            s.failed_before += not ok
        return retry, not_images

    def _cut(self, size: int) -> None:
        os.ftruncate(self.fd, size)
        os.fsync(self.fd)

    def _rewrite(self, retry: set[bytes]) -> None:
        _rewrite_without(self.fd, self.output, retry)
        os.close(self.fd)
        self.fd = -1
        # os.replace made a new file: open that one. The run's lock (lock_fd) is held all along,
        # so no other run can start in between.
        self.fd = _open_results(self.output, self.shown)

    async def _prepare(self) -> None:
        existing = await asyncio.to_thread(_read_results, self.fd, self.output)
        if existing.size > existing.good_end:
            await asyncio.to_thread(self._cut, existing.good_end)
            self.summary.repaired_bytes = existing.size - existing.good_end
            self.reporter.message(
                f"{self.output.name}: cut off a torn last line "
                f"({self.summary.repaired_bytes} bytes; its file is done again)"
            )
        others = existing.operations - {self.operation}
        if others:
            raise BatchError(
                f"{self.output} holds results of {', '.join(sorted(others))}, not "
                f"{self.operation}: choose another results file"
            )
        retry, not_images = await asyncio.to_thread(self._scan, existing)
        if retry or not_images or (self.retry_failed and existing.duplicates):
            await asyncio.to_thread(self._rewrite, retry | not_images)
            for key in retry | not_images:
                del existing.ok[key]
            self.summary.retried = len(retry)
        elif existing.duplicates:
            self.reporter.message(
                f"{self.output.name}: {existing.duplicates} lines repeat a file; "
                "retry_failed rewrites the file with one line per file"
            )
        self.done = existing.ok.keys()

    # -- the tasks -----------------------------------------------------------------------------
    def _start(self, work: Coroutine[Any, Any, None], what: str) -> asyncio.Task[None]:
        return asyncio.create_task(self._guarded(work, what))

    async def _guarded(self, work: Coroutine[Any, Any, None], what: str) -> None:
        """Whatever a task of the run raises stops the whole run at once, told in
        summary.fatal: a task dying unobserved (the writer, say) would leave the workers
        sending every remaining file, each request billed, with nobody recording the answers."""
        try:
            await work
        except asyncio.CancelledError as exc:
            if _cancelled():
                raise
            self._fatal(f"{what} failed: {type(exc).__name__} from within", now=True)
        except Exception as exc:
            self._fatal(f"{what} failed: {type(exc).__name__}: {_text_of(exc)}", now=True)

    async def _produce(self) -> None:
        try:
            files = self._walk()
            while not self.stop.graceful.is_set():
                chunk = await asyncio.to_thread(lambda: list(itertools.islice(files, 256)))
                if not chunk:
                    break
                for item in chunk:
                    if self.stop.graceful.is_set():
                        break
                    if item.key not in self.done:
                        await self.todo.put(item)
        except Exception as exc:  # listing broke: stop, keep what is done
            self._fatal(f"listing {self.directory} failed: {type(exc).__name__}: {exc}")
        for _ in range(self.concurrency):
            await self.todo.put(None)

    async def _work(self, index: int) -> None:
        call = getattr(self.clients[index % len(self.clients)], self.method)
        while True:
            item = await self.todo.get()
            if item is None:
                return
            if self.stop.graceful.is_set():
                continue
            record: dict[str, Any] = {**_file_fields(item.key), "operation": self.operation}
            # A file can have become a FIFO or a device since the walk: refused here, in a
            # thread and without an open that could block, whatever the client would do.
            kind = await asyncio.to_thread(_not_regular, item.path)
            if kind is not None:
                problem = f"{item.rel!r} is not a regular file but a {kind}"
                error = ValidationError(self.image_field, problem, "a regular image file")
                record.update(status="failed", error=_error_fields(error))
                self.results.put_nowait(_line(record))
                continue
            if self.limiter is not None and self._limit_calls:
                await self.limiter.acquire()
            if self.stop.graceful.is_set():
                continue
            try:
                record.update(_outcome(await call(item.path, **self.options)))
            except FATAL_ERRORS as exc:
                self._fatal(f"{type(exc).__name__}: {_text_of(exc)}")
                continue
            except asyncio.CancelledError as exc:
                if _cancelled():  # the run is stopping: the file stays unrecorded
                    raise
                # Raised within the call (a timeout gone astray), not a stop: were it let
                # through, the worker would end as if cancelled and the run would finish
                # "done" with files never sent.
                record.update(status="failed", error=_error_fields(exc))
            except Exception as exc:  # every file gets its line, whatever broke
                record.update(status="failed", error=_error_fields(exc))
            self.results.put_nowait(_line(record))

    def _fatal(self, message: str, *, now: bool = False) -> None:
        """Stop taking files; with `now`, cancel the requests in flight too."""
        if self.summary.fatal is None:
            self.summary.fatal = message
        self.stop.graceful.set()
        if now:
            self.stop.now.set()

    # -- the journal: runs in threads, one call at a time (self.io) --------------------------
    def _append(self, data: bytes) -> None:
        """Append whole lines or none: after a failed or short write the file is cut back to
        where it was, so neither this run nor the next finds a torn line."""
        with self.io:
            end = os.fstat(self.fd).st_size
            view = memoryview(data)
            try:
                while view:
                    written = os.write(self.fd, view)
                    if written <= 0:
                        raise OSError(errno.EIO, "write wrote nothing")
                    view = view[written:]
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(self.fd, end)
                raise

    def _sync(self) -> None:
        with self.io:
            os.fsync(self.fd)

    def _journal_failed(self, what: str, exc: OSError) -> None:
        # Fatal, and never retried: after a failed fsync the kernel may have dropped the lines
        # it could not write, so the file cannot be trusted, and every request sent from now
        # on would be billed with its answer unrecorded. stop.now cancels those in flight.
        self.broken = True
        self._fatal(
            f"{what} {self.shown} failed: {exc.strerror or exc}; stopped before sending more "
            "(the lines already written are kept: run again to continue)",
            now=True,
        )

    def _close_journal(self, data: bytes) -> tuple[bool, tuple[str, OSError] | None]:
        """Append `data` (answers finished but not yet written), fsync, close the results file
        and release the lock: (whether `data` was written, the first failure)."""
        written, failure, what = False, None, "writing"
        try:
            if not self.broken and self.fd >= 0:
                try:
                    if data:
                        self._append(data)
                        written = True
                    what = "syncing"
                    self._sync()
                except OSError as exc:
                    failure = (what, exc)
        finally:
            with self.io:
                for fd in (self.fd, self.lock_fd):
                    if fd >= 0:
                        with contextlib.suppress(OSError):
                            os.close(fd)
                self.fd = self.lock_fd = -1
        return written, failure

    # -- the writer ----------------------------------------------------------------------------
    def _account(self, entries: list[tuple[dict[str, Any], bytes]]) -> None:
        for record, _ in entries:
            if record["status"] == "ok":
                self.summary.ok += 1
            else:
                self.summary.failed += 1
            if self.on_record is not None:
                self.on_record(record)
        self.reporter.update()

    async def _write(self, entries: list[tuple[dict[str, Any], bytes]]) -> None:
        if self.broken or not entries:
            return
        try:
            await asyncio.to_thread(self._append, b"".join(line for _, line in entries))
        except OSError as exc:
            self._journal_failed("writing", exc)
            return
        self._account(entries)
        interval = self.fsync_interval
        if interval is not None and time.monotonic() - self._last_sync >= interval:
            self._last_sync = time.monotonic()
            try:
                await asyncio.to_thread(self._sync)
            except OSError as exc:
                self._journal_failed("syncing", exc)

    def _pending(self) -> tuple[list[tuple[dict[str, Any], bytes]], bool]:
        entries, end = [], False
        while not self.results.empty():
            entry = self.results.get_nowait()
            if entry is None:
                end = True
            else:
                entries.append(entry)
        return entries, end

    async def _writer(self) -> None:
        while True:
            first = await self.results.get()
            entries, end = self._pending()
            if first is None:
                end = True
            else:
                entries.insert(0, first)
            await self._write(entries)
            if end:
                return

    async def _ticker(self) -> None:
        while True:
            await asyncio.sleep(0.1)
            self.reporter.tick()

    async def _process(self) -> None:
        producer = self._start(self._produce(), "listing the files")
        workers = [self._start(self._work(i), "a worker") for i in range(self.concurrency)]
        writer = self._start(self._writer(), "writing the results")
        ticker = self._start(self._ticker(), "reporting progress")
        abort = asyncio.create_task(self.stop.now.wait())
        everyone = asyncio.gather(*workers)  # never fails: each worker is _guarded
        tasks = (producer, *workers, writer, ticker, abort)
        try:
            waiting: set[asyncio.Future[Any]] = {everyone, abort}
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if not everyone.done():
                self.reporter.message("cancelling the requests in flight")
                everyone.cancel()
            producer.cancel()  # done, unless stopped: then no worker takes what it would queue
            await asyncio.gather(everyone, producer, return_exceptions=True)
            self.results.put_nowait(None)
            await writer
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _close(self) -> None:
        entries, _ = self._pending()  # finished but not written (cancelled from outside)
        data = b"".join(line for _, line in entries)
        written, failure = await asyncio.to_thread(self._close_journal, data)
        if failure is not None:
            self._journal_failed(*failure)
        if written:
            try:
                self._account(entries)
            except Exception as exc:  # on_record or the reporter, already failing: say so
                self._fatal(f"writing the results failed: {type(exc).__name__}: {_text_of(exc)}")

    async def execute(self) -> BatchSummary:
        await asyncio.to_thread(self._resolve_paths)
        await self.clients[0].project_id()  # a missing project id fails here, not per file
        try:
            self.lock_fd, self.fd = await asyncio.to_thread(_open_journal, self.output, self.shown)
        except OSError as exc:
            raise BatchError(
                f"cannot open the results file {self.shown!r}: {exc.strerror}"
            ) from None
        try:
            try:
                await self._prepare()
            except OSError as exc:  # reading, cutting or rewriting the results file
                raise BatchError(f"the results file {self.shown!r}: {exc.strerror}") from None
            self.reporter.start(self.summary)
            if not self.stop.graceful.is_set():
                await self._process()
        finally:
            await self._close()
            s = self.summary
            s.elapsed = time.monotonic() - s.started
            s.interrupted = self.stop.graceful.is_set() and s.fatal is None and s.remaining > 0
        self.reporter.finish(self.summary)
        return self.summary


async def arun_batch(
    client: AsyncOcrClient | Sequence[AsyncOcrClient],
    directory: str | os.PathLike[str],
    output: str | os.PathLike[str],
    operation: str,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    rate: float | None = None,
    burst: int = 1,
    options: Mapping[str, Any] | None = None,
    patterns: Sequence[str] = (),
    retry_failed: bool = False,
    fsync_interval: float | None = 1.0,
    reporter: Reporter | None = None,
    stop: StopSignal | None = None,
    on_record: Callable[[Mapping[str, Any]], None] | None = None,
    skip_not_images: bool = False,
) -> BatchSummary:
    """Recognize every file under `directory` with `operation` and append one line per file to
    `output`; see the module docstring. `client` is one client or several, which the workers
    share out in turn; they stay open (they are yours). With `skip_not_images`, files that are
    not images of the operation's documented formats get no line (summary.skipped_not_images).

    `rate` is requests per second shared by the `concurrency` workers (`burst` at once at most);
    `patterns` are fnmatch patterns (any may match); `options` go to every call; `stop` lets
    you stop the run (as Ctrl-C does); `on_record` sees each record once its line is written.
    `fsync_interval` is the most seconds between fsyncs (0: after every write; None: only at
    the end). Raises BatchError (or a ConfigurationError) when the run cannot start; once it
    runs, problems end up in the summary (`fatal`, `interrupted`, `exit_code`).
    """
    run = _Run(
        [client] if isinstance(client, AsyncOcrClient) else client,
        directory,
        output,
        operation,
        concurrency=concurrency,
        rate=rate,
        burst=burst,
        options=options,
        patterns=patterns,
        retry_failed=retry_failed,
        fsync_interval=fsync_interval,
        reporter=reporter,
        stop=stop,
        on_record=on_record,
        skip_not_images=skip_not_images,
    )
    return await run.execute()


def run_batch(
    client: AsyncOcrClient | Sequence[AsyncOcrClient] | Callable[[], AsyncOcrClient],
    directory: str | os.PathLike[str],
    output: str | os.PathLike[str],
    operation: str,
    *,
    handle_signals: bool = True,
    **kwargs: Any,
) -> BatchSummary:
    """arun_batch in a new event loop. `client` is a client or several (left open), or a
    function making one: it is then called once per WORKERS_PER_CLIENT workers, and the clients
    are closed at the end. With `handle_signals`, SIGINT and SIGTERM stop the run: the first
    lets the requests in flight finish, a second cancels them."""

    async def main() -> BatchSummary:
        stop: StopSignal = kwargs.pop("stop", None) or StopSignal()
        reporter: Reporter = kwargs.get("reporter") or Reporter()
        loop = asyncio.get_running_loop()
        installed: list[signal.Signals] = []

        def on_signal() -> None:
            if stop.graceful.is_set():
                reporter.message("stopping now")
            else:
                reporter.message(
                    "stopping: waiting for the requests in flight (interrupt again to cancel them)"
                )
            stop.request()

        if handle_signals and threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                try:
                    loop.add_signal_handler(signum, on_signal)
                    installed.append(signum)
                except (NotImplementedError, RuntimeError, ValueError):  # pragma: no cover
                    pass
        try:
            if isinstance(client, AsyncOcrClient) or not callable(client):
                return await arun_batch(client, directory, output, operation, stop=stop, **kwargs)
            async with contextlib.AsyncExitStack() as made:
                workers = max(1, int(kwargs.get("concurrency", DEFAULT_CONCURRENCY)))
                clients = [
                    await made.enter_async_context(client())
                    for _ in range(-(-workers // WORKERS_PER_CLIENT))
                ]
                return await arun_batch(clients, directory, output, operation, stop=stop, **kwargs)
        finally:
            for signum in installed:
                loop.remove_signal_handler(signum)

    return asyncio.run(main())
