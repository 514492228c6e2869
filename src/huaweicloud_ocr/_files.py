"""Opening a file that must be a regular file, without ever blocking on the open.

A FIFO blocks a plain open until a writer comes, and a device (/dev/zero) never ends: the open is
made with O_NONBLOCK (O_NOCTTY: a terminal never becomes ours) and the descriptor checked with
fstat, so a path swapped in after an earlier stat cannot slip through. Used for images (_body)
and for the batch's results and lock files.
"""

from __future__ import annotations

import os
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
