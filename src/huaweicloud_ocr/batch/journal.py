"""The results file of a batch (its journal): locked, appended to in whole lines, fsynced,
repaired on the next run, rewritten for retry_failed.

Resuming: the results file is read first. A torn tail (a last line without its newline, or
lines that are not JSON after the last good one: a crash while writing) is cut off; any other
unreadable line stops the run (a person should look at it). Files that already have a line are
skipped, and so are the pages of a PDF that have one: a line is about a file and its page
(records.line_key), and a line without a page decides the whole file, a PDF's too (a PDF that
could not be read, or one sent whole by an earlier version). `retry_failed=True` rewrites the
file without the failed lines of the files still present (temporary file + os.replace) and
tries those files and pages again.

One writer task appends whole lines with os.write, so a killed process loses at most the
requests in flight, never a written line; it fsyncs every `fsync_interval` seconds and at the
end. A write or fsync that fails (EIO, ENOSPC, EFBIG) stops the run at once, before another
request is sent (each is billed, and its answer could not be recorded): summary.fatal says
why, and a short write is cut back so the file keeps whole lines only. The results file must
be a regular file (or not exist yet). A run holds an flock on `<results file>.lock`, a file
next to it that is never replaced or removed, from start to end, so a second run is refused
even after retry_failed replaced the results file.

Everything here is blocking file I/O: the engine calls it in threads, never on the event loop.
"""

from __future__ import annotations

import binascii
import contextlib
import errno
import json
import os
import stat
import threading
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from huaweicloud_ocr._files import NO_WAIT, NotRegularFile, file_kind, open_regular_fd
from huaweicloud_ocr.batch.errors import BatchError
from huaweicloud_ocr.batch.records import Key, line_key, record_key, record_page

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock
    fcntl = None  # type: ignore[assignment]

__all__ = ["Journal"]


@dataclass
class _Existing:
    ok: dict[Key, bool] = field(default_factory=dict)  # (file, page) -> any ok line
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
        or ("page" in record and not (record_page(record) or 0) >= 1)  # a page is from 1
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
            key = line_key(record)
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


def _rewrite_without(fd: int, path: Path, drop: Collection[Key]) -> None:
    """Atomically replace the results file (read through `fd`) with its lines minus the failed
    ones in `drop` (and minus repeated lines for one file or page)."""
    temp = _temp_path(path)
    kept: set[Key] = set()
    ok_keys: set[Key] = set()
    with os.fdopen(os.dup(fd), "rb") as source:
        source.seek(0)
        for raw in source:
            record = _parse_line(raw)
            if record is not None and record["status"] == "ok":
                ok_keys.add(line_key(record))
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
                    key = line_key(record)
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


class Journal:
    """The results file of one run, open for appending, and its lock, held from `open` to
    `close`. Every method does blocking I/O (run it in a thread); writes, fsyncs and the close
    take `io`, one at a time."""

    def __init__(self, path: Path, shown: str) -> None:
        self.path = path  # resolved by the engine before `open`
        self.shown = shown  # the results file as the caller named it
        self.fd = -1  # the results file
        self.lock_fd = -1  # <results>.lock, held from start to end
        self.io = threading.Lock()  # one write, fsync or close of the results file at a time

    def open(self) -> None:
        self.lock_fd, self.fd = _open_journal(self.path, self.shown)

    def read(self) -> _Existing:
        return _read_results(self.fd, self.path)

    def cut(self, size: int) -> None:
        os.ftruncate(self.fd, size)
        os.fsync(self.fd)

    def rewrite_without(self, drop: Collection[Key]) -> None:
        _rewrite_without(self.fd, self.path, drop)
        os.close(self.fd)
        self.fd = -1
        # os.replace made a new file: open that one. The run's lock (lock_fd) is held all along,
        # so no other run can start in between.
        self.fd = _open_results(self.path, self.shown)

    def append(self, data: bytes) -> None:
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

    def sync(self) -> None:
        with self.io:
            os.fsync(self.fd)

    def close(self, data: bytes, *, broken: bool) -> tuple[bool, tuple[str, OSError] | None]:
        """Append `data` (answers finished but not yet written) unless the file is `broken`
        (a write or fsync failed: never touch it again), fsync, close the results file and
        release the lock: (whether `data` was written, the first failure)."""
        written, failure, what = False, None, "writing"
        try:
            if not broken and self.fd >= 0:
                try:
                    if data:
                        self.append(data)
                        written = True
                    what = "syncing"
                    self.sync()
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
