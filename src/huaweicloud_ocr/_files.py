"""Opening a file that must be a regular file, without ever blocking on the open.

A FIFO blocks a plain open until a writer comes, and a device (/dev/zero) never ends: the open is
made with O_NONBLOCK (O_NOCTTY: a terminal never becomes ours) and the descriptor checked with
fstat, so a path swapped in after an earlier stat cannot slip through. Used for images (_body)
and for the batch's results and lock files. And `replace_file`: the one atomic write of an
output file (tables, workbooks, exports), never leaving a half-written file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

NO_WAIT = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


class NotRegularFile(Exception):
    """The path is a directory, FIFO, device or socket; `kind` says which."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "directory"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
    ):
        if test(mode):
            return name
    return "special file"


def open_regular_fd(path: Path, flags: int = os.O_RDONLY, mode: int = 0o600) -> int:
    """os.open without waiting, then fstat on what was opened. The descriptor blocks again once
    it is known to be a regular file; anything else is closed and raises NotRegularFile. OSError
    (missing, unreadable) passes through."""
    fd = os.open(path, flags | NO_WAIT, mode)
    try:
        found = os.fstat(fd).st_mode
        if not stat.S_ISREG(found):
            raise NotRegularFile(file_kind(found))
        if NO_WAIT & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def replace_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` at `path` atomically and give `path` as a Path.

    The temporary file is created beside the target (same file system, so the rename is
    atomic) with a random name and O_EXCL (never following a planted symbolic link), with the
    mode a plain open() would give (0o666 less the umask) or, when replacing, the old file's."""
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        mode: int | None = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory, not a file", str(given))
        raise OSError(errno.EINVAL, "exists and is not a regular file: not replaced", str(given))
    temp = target.with_name(f".{target.name[:200]}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(temp, flags, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            if mode is not None:
                os.chmod(temp, stat.S_IMODE(mode))
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_directory(target.parent)
    return given


def _fsync_directory(path: Path) -> None:
    """Make the rename durable where a directory can be fsynced (not everywhere: skipped)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
