"""Recognize every image in a directory into a JSON Lines file: concurrent, rate-limited,
resumable, and each file recorded exactly once.

    from huaweicloud_ocr import AsyncOcrClient
    from huaweicloud_ocr.batch import run_batch

    summary = run_batch(lambda: AsyncOcrClient("ap-southeast-1"), "scans/", "results.jsonl",
                        "general-text", concurrency=8, rate=10)

One line per input file, in the order the answers arrive:

    {"file": "a/b.png", "operation": "general-text", "status": "ok", "result": {...}}
    {"file": "c.png", "operation": "general-text", "status": "failed",
     "error": {"type": "BadRequestError", "message": "HTTP 400 AIS.0101: ...", "http_status": 400,
               "error_code": "AIS.0101", "request_id": "...", "attempts": 1}}

`file` is the path relative to the directory, with `/` separators. A name that is not valid
UTF-8 is written with U+FFFD in `file` and its exact bytes in `file_b64` (standard Base64), so
every line names exactly one file (record_key gives those bytes back). `error` always has
type, message, http_status, error_code and request_id (null when they do not apply), plus
`attempts` for an answer from the service and `field` for a local ValidationError.

Resuming: the results file is read first. A torn tail (a last line without its newline, or
lines that are not JSON after the last good one: a crash while writing) is cut off; any other
unreadable line stops the run (a person should look at it). Files that already
have a line are skipped. `retry_failed=True` rewrites the file without the failed lines of the
files still present (temporary file + os.replace) and tries those files again.

One writer task appends whole lines with os.write, so a killed process loses at most the
requests in flight, never a written line; it fsyncs every `fsync_interval` seconds and at the
end. The results file is locked (flock) while a run writes to it, so two runs cannot both
append. Errors that concern the set-up rather than a file (configuration, 401, 403, a token
that cannot be obtained) stop the run and are not recorded: a rerun tries those files again.
Retries of one call happen inside the client (its RetryPolicy); a line records the outcome.

`concurrency` workers take files from a bounded queue fed by a lazy directory walk (memory does
not grow with the directory). run_batch given a function that makes a client makes one client
per WORKERS_PER_CLIENT workers.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import fnmatch
import inspect
import itertools
import json
import os
import shutil
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from huaweicloud_ocr import _spec
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
    try:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate somewhere: \u escapes are exact and ASCII
        return json.dumps(record, separators=(",", ":")).encode("ascii") + b"\n"


def _error_fields(exc: BaseException) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "type": type(exc).__name__,
        "message": str(exc),
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
    total: int = 0  # files found in the directory (after the patterns)
    skipped: int = 0  # had a line before this run
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
        """2 stopped by a set-up error, 130 interrupted, 1 a file failed, 0 all ok."""
        if self.fatal is not None:
            return EXIT_USAGE
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if self.failed or self.failed_before else EXIT_OK

    def line(self) -> str:
        ok_total = self.ok + self.skipped - self.failed_before
        failed_total = self.failed + self.failed_before
        text = (
            f"{self.total} files: {ok_total} ok, {failed_total} failed, "
            f"{self.remaining} not done; this run {self.processed} in {self.elapsed:.2f} s "
            f"({self.files_per_second:.1f} files/s) -> {self.output}"
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


def _read_results(path: Path) -> _Existing:
    found = _Existing()
    first_bad: int | None = None
    offset = 0
    with open(path, "rb") as lines:
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


def _fsync_directory(path: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _open_locked(path: Path) -> int:
    created = not path.exists()
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)  # results hold personal data
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise BatchError(f"{path} is being written by another batch run") from None
    if created:
        _fsync_directory(path.parent)
    return fd


def _rewrite_without(path: Path, drop: Collection[bytes]) -> None:
    """Atomically replace the results file with its lines minus the failed ones in `drop`
    (and minus repeated lines for one file)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    kept: set[bytes] = set()
    ok_keys: set[bytes] = set()
    with open(path, "rb") as source:
        for raw in source:
            record = _parse_line(raw)
            if record is not None and record["status"] == "ok":
                ok_keys.add(record_key(record))
    try:
        with open(path, "rb") as source, open(temp, "wb") as target:
            os.chmod(temp, os.stat(path).st_mode & 0o777)
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
    ) -> None:
        if concurrency < 1:
            raise BatchError(f"concurrency must be >= 1, not {concurrency}")
        if fsync_interval is not None and fsync_interval < 0:
            raise BatchError(f"fsync_interval must be >= 0 or None, not {fsync_interval}")
        if not clients:
            raise BatchError("no client")
        self.clients = list(clients)
        self.directory = Path(os.path.realpath(directory))
        if not self.directory.is_dir():
            raise BatchError(f"{os.fspath(directory)!r} is not a directory")
        out = Path(output)
        self.output = Path(os.path.realpath(out.parent)) / out.name
        if self.output.is_dir():
            raise BatchError(f"the results file {os.fspath(output)!r} is a directory")
        self.method = operation_method(operation)
        self.operation = command_name(self.method)
        self.options = dict(options or {})
        _check_options(self.clients[0], self.method, self.options)
        self.concurrency = concurrency
        self.limiter = RateLimiter(rate, burst) if rate is not None else None
        self.patterns = list(patterns)
        self.retry_failed = retry_failed
        self.fsync_interval = fsync_interval
        self.reporter = reporter or Reporter()
        self.stop = stop or StopSignal()
        self.on_record = on_record
        self.summary = BatchSummary(self.output)
        self.done: Collection[bytes] = ()
        self.fd = -1
        self.broken = False  # a write failed: never append after a possibly partial line
        self.todo: asyncio.Queue[BatchFile | None] = asyncio.Queue(maxsize=2 * concurrency)
        self.results: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()  # never blocks
        self._last_sync = time.monotonic()
        self.loop = asyncio.get_running_loop()

    # -- setting up ----------------------------------------------------------------------------
    def _skip(self) -> set[str]:
        name = self.output.name
        return {str(self.output), str(self.output.with_name(f".{name}.{os.getpid()}.tmp"))}

    def _walk(self) -> Iterator[BatchFile]:
        loop = self.loop  # the walk runs in a thread: report from the loop

        def listing_error(exc: OSError) -> None:
            text = f"cannot list {exc.filename}: {exc.strerror}"
            loop.call_soon_threadsafe(self.reporter.message, text)

        return iter_files(self.directory, self.patterns, skip=self._skip(), on_error=listing_error)

    def _scan(self, existing: _Existing) -> set[bytes]:
        """Count the files; the failed ones to try again."""
        retry: set[bytes] = set()
        s = self.summary
        for item in self._walk():
            s.total += 1
            ok = existing.ok.get(item.key)
            if ok is None:
                continue
            if not ok and self.retry_failed:
                retry.add(item.key)
                continue
            s.skipped += 1
            s.failed_before += not ok
        return retry

    async def _prepare(self) -> None:
        existing = await asyncio.to_thread(_read_results, self.output)
        if existing.size > existing.good_end:
            os.ftruncate(self.fd, existing.good_end)
            os.fsync(self.fd)
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
        retry = await asyncio.to_thread(self._scan, existing)
        if retry or (self.retry_failed and existing.duplicates):
            await asyncio.to_thread(_rewrite_without, self.output, retry)
            os.close(self.fd)
            self.fd = -1
            self.fd = _open_locked(self.output)  # os.replace made a new file: lock that one
            for key in retry:
                del existing.ok[key]
            self.summary.retried = len(retry)
        elif existing.duplicates:
            self.reporter.message(
                f"{self.output.name}: {existing.duplicates} lines repeat a file; "
                "retry_failed rewrites the file with one line per file"
            )
        self.done = existing.ok.keys()

    # -- the tasks -----------------------------------------------------------------------------
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
            if self.limiter is not None:
                await self.limiter.acquire()
                if self.stop.graceful.is_set():
                    continue
            record: dict[str, Any] = {**_file_fields(item.key), "operation": self.operation}
            try:
                result = await call(item.path, **self.options)
                record.update(status="ok", result=result.to_dict())
            except FATAL_ERRORS as exc:
                self._fatal(f"{type(exc).__name__}: {exc}")
                continue
            except Exception as exc:  # every file gets its line, whatever broke
                record.update(status="failed", error=_error_fields(exc))
            self.results.put_nowait(record)  # unbounded: a finished answer is never dropped

    def _fatal(self, message: str) -> None:
        if self.summary.fatal is None:
            self.summary.fatal = message
        self.stop.graceful.set()

    def _write(self, records: list[dict[str, Any]]) -> None:
        if self.broken or not records:
            return
        data = memoryview(b"".join(_encode_line(r) for r in records))
        try:
            while data:
                data = data[os.write(self.fd, data) :]
        except OSError as exc:
            self.broken = True
            self._fatal(f"writing {self.output} failed: {exc.strerror}")
            self.stop.now.set()
            return
        for record in records:
            if record["status"] == "ok":
                self.summary.ok += 1
            else:
                self.summary.failed += 1
            if self.on_record is not None:
                self.on_record(record)
        self.reporter.update()

    def _pending(self) -> tuple[list[dict[str, Any]], bool]:
        records, end = [], False
        while not self.results.empty():
            record = self.results.get_nowait()
            if record is None:
                end = True
            else:
                records.append(record)
        return records, end

    async def _writer(self) -> None:
        while True:
            first = await self.results.get()
            records, end = self._pending()
            if first is None:
                end = True
            else:
                records.insert(0, first)
            self._write(records)
            interval = self.fsync_interval
            if (
                interval is not None
                and not self.broken
                and time.monotonic() - self._last_sync >= interval
            ):
                self._last_sync = time.monotonic()
                await asyncio.to_thread(os.fsync, self.fd)
            if end:
                return

    async def _ticker(self) -> None:
        while True:
            await asyncio.sleep(0.1)
            self.reporter.tick()

    async def _process(self) -> None:
        producer = asyncio.create_task(self._produce())
        workers = [asyncio.create_task(self._work(i)) for i in range(self.concurrency)]
        writer = asyncio.create_task(self._writer())
        ticker = asyncio.create_task(self._ticker())
        abort = asyncio.create_task(self.stop.now.wait())
        everyone = asyncio.gather(*workers)
        try:
            waiting: set[asyncio.Future[Any]] = {everyone, abort}
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if not everyone.done():
                self.reporter.message("cancelling the requests in flight")
                everyone.cancel()
            if not producer.done() and (not everyone.done() or everyone.exception()):
                producer.cancel()  # no worker left to take what it would queue
            outcome = await asyncio.gather(everyone, producer, return_exceptions=True)
            self.results.put_nowait(None)
            await writer
            for error in outcome:
                if isinstance(error, Exception):  # a bug: say so rather than hide it
                    self._fatal(f"internal error: {type(error).__name__}: {error}")
        finally:
            for task in (producer, *workers, ticker, abort, writer):
                task.cancel()
            await asyncio.gather(producer, *workers, ticker, abort, writer, return_exceptions=True)

    async def execute(self) -> BatchSummary:
        await self.clients[0].project_id()  # a missing project id fails here, not per file
        self.fd = _open_locked(self.output)
        try:
            await self._prepare()
            self.reporter.start(self.summary)
            if not self.stop.graceful.is_set():
                await self._process()
        finally:
            records, _ = self._pending()  # finished but not written (cancelled from outside)
            self._write(records)
            if self.fd >= 0:
                with contextlib.suppress(OSError):
                    os.fsync(self.fd)
                os.close(self.fd)
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
) -> BatchSummary:
    """Recognize every file under `directory` with `operation` and append one line per file to
    `output`; see the module docstring. `client` is one client or several, which the workers
    share out in turn; they stay open (they are yours).

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
