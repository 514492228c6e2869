"""What a batch tells its caller: the summary of a run (counts, exit code, its one-line
account) and the reporters that see the run's progress.

Reporter ignores every event (quiet). ProgressReporter draws a one-line bar (`\r` updates) on a
terminal, elsewhere writes a plain line every `interval` seconds; messages and the final
summary go to the same stream. The rate shown is over the last ten seconds. Exit codes: 0 all
ok, 1 a file failed, 2 stopped early (`fatal`), 130 interrupted.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "BatchSummary",
    "ProgressReporter",
    "Reporter",
]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


@dataclass
class BatchSummary:
    output: Path
    total: int = 0  # files found in the directory (after the patterns; images only if skipped),
    # a PDF counted as its pages (one if it cannot be read): what gets a line
    pdfs: int = 0  # PDF files read page by page
    pdf_pages: int = 0  # of `total`, pages of those PDFs
    skipped_pdfs: int = 0  # PDFs left out: the `pdf` extra is missing (no line)
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
        skipped_pdfs = (
            f", {self.skipped_pdfs} PDFs skipped (they need the pdf extra)"
            if self.skipped_pdfs
            else ""
        )
        counted = f"{self.total} files"
        if self.pdf_pages:
            counted += f" and pages ({self.pdf_pages} pages of {self.pdfs} PDFs)"
        text = (
            f"{counted}: {ok_total} ok, {failed_total} failed, "
            f"{self.remaining} not done{not_images}{skipped_pdfs}; this run {self.processed} in "
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
