"""The batch against a broken disk, odd paths, a second run and odd answers, over real HTTP on
127.0.0.1: every fault ends as a failed line or a clean stop (summary.fatal), never a dead task
while the workers go on sending (each request is billed), a hang, or an invalid results line.

Whatever could hang before the fix runs in a thread or a subprocess with a time limit, so a
regression fails the test instead of freezing the suite.
"""

from __future__ import annotations

import asyncio
import errno
import json
import math
import os
import resource
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from huaweicloud_ocr import AsyncOcrClient, batch
from huaweicloud_ocr.batch import BatchError, BatchSummary, journal
from tests.test_batch import (
    FAST_RETRY,
    SCRIPT,
    Faults,
    _FaultHandler,
    fault_client,
    files_of,
    make_images,
    run,
)
from tests.width_server import serving

CONCURRENCY = 4


# -- helpers -------------------------------------------------------------------------------------
@pytest.fixture
def faulty() -> Iterator[tuple[str, Faults]]:
    """test_batch.py's server answering by the image's width, with a delay and a log."""
    faults = Faults()
    with serving(_FaultHandler, faults) as url:
        yield url, faults


def strict_json(line: bytes) -> Any:
    """json.loads that refuses NaN and Infinity, as JSON (and jq, JavaScript, ...) do."""

    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(line, parse_constant=refuse)


def strict_records(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes()
    assert data == b"" or data.endswith(b"\n"), "the results file ends in a torn line"
    return [strict_json(line) for line in data.splitlines()]


@dataclass
class BrokenDisk:
    """Stands for the `os` module of huaweicloud_ocr.batch.journal (the one module that writes
    and fsyncs the results file): from the `after`-th call of
    `call` (write or fsync) on a regular file on, that call raises OSError(`code`) instead.
    `sent_then` is how many requests the server had seen at the first failure."""

    call: str
    code: int
    after: int
    arrivals: list[Any]
    calls: int = 0
    sent_then: int | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def _fault(self, fd: int) -> None:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a directory's fsync: not the journal
            return
        self.calls += 1
        if self.calls >= self.after:
            if self.sent_then is None:
                self.sent_then = len(self.arrivals)
            raise OSError(self.code, os.strerror(self.code))

    def write(self, fd: int, data: Any) -> int:
        if self.call == "write":
            self._fault(fd)
        return os.write(fd, data)

    def fsync(self, fd: int) -> None:
        if self.call == "fsync":
            self._fault(fd)
        os.fsync(fd)


def fault_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUAWEICLOUD_SDK_")}
    env.update(
        HUAWEICLOUD_SDK_TOKEN="t",
        HUAWEICLOUD_SDK_PROJECT_ID="p",
        HUAWEICLOUD_SDK_CREDENTIALS_FILE=os.devnull,
        MALLOC_ARENA_MAX="2",  # keeps the address space small under RLIMIT_AS
    )
    return env


def cli_batch(url: str, folder: Path, out: Path | str, *extra: str) -> list[str]:
    return [
        str(SCRIPT),
        "batch",
        str(folder),
        "--operation",
        "general-text",
        "--out",
        str(out),
        "--endpoint",
        url,
        *extra,
    ]


def run_cli(
    command: list[str], *, timeout: float = 30, limits: Mapping[int, int] | None = None
) -> subprocess.CompletedProcess[str]:
    """The command with resource limits; killed (and the test failed) after `timeout`."""

    def set_limits() -> None:
        for which, value in (limits or {}).items():
            resource.setrlimit(which, (value, value))

    process = subprocess.Popen(  # noqa: S603
        command,
        env=fault_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=set_limits,  # only setrlimit: safe before exec
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"the batch hung: still running after {timeout} s")
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def in_thread(
    work: Callable[[], BatchSummary], timeout: float, unblock: Callable[[], None] | None = None
) -> BatchSummary:
    """work() in a thread; fails the test if it takes longer than `timeout` (then `unblock` is
    called so the thread can end)."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["summary"] = work()
        except BaseException as exc:  # handed to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        if unblock is not None:
            unblock()
            thread.join(10)
        pytest.fail(f"the batch froze: not done after {timeout} s")
    if "error" in outcome:
        raise outcome["error"]
    summary: BatchSummary = outcome["summary"]
    return summary


def open_fifo_for_a_moment(path: Path) -> None:
    """Gives a reader blocked in open() of the FIFO its EOF (no-op when nobody reads it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        return
    os.close(fd)


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


# -- 1. journal faults ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "code"),
    [("fsync", errno.EIO), ("fsync", errno.ENOSPC), ("write", errno.ENOSPC), ("write", errno.EIO)],
    ids=["fsync-EIO", "fsync-ENOSPC", "write-ENOSPC", "write-EIO"],
)
def test_a_journal_fault_stops_the_run_before_more_is_sent(
    faulty: tuple[str, Faults],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    call: str,
    code: int,
) -> None:
    url, faults = faulty
    faults.delay = 0.05  # a steady stream of answers, CONCURRENCY at a time
    images = make_images(tmp_path / "in", 40)
    out = tmp_path / "results.jsonl"
    disk = BrokenDisk(call, code, after=3, arrivals=faults.arrivals)
    monkeypatch.setattr(journal, "os", disk)

    summary = run(
        fault_client(url), tmp_path / "in", out, concurrency=CONCURRENCY, fsync_interval=0
    )
    monkeypatch.undo()

    assert disk.sent_then is not None
    assert summary.fatal is not None
    assert os.strerror(code) in summary.fatal
    assert str(out) in summary.fatal
    assert summary.exit_code == 2
    # Only the requests already in flight when the journal failed reached the server after it.
    assert len(faults.arrivals) - disk.sent_then <= CONCURRENCY
    assert len(faults.arrivals) < 40
    records = strict_records(out)  # whole lines, each valid: nothing torn, nothing lost
    assert len(records) == summary.processed
    assert {r["status"] for r in records} == {"ok"}

    again = run(fault_client(url), tmp_path / "in", out, concurrency=CONCURRENCY)
    assert (again.skipped, again.exit_code) == (len(records), 0)
    assert files_of(strict_records(out)) == images  # one line per file


def test_a_failing_last_fsync_is_reported(
    faulty: tuple[str, Faults], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, faults = faulty
    make_images(tmp_path / "in", 5)
    out = tmp_path / "results.jsonl"
    disk = BrokenDisk("fsync", errno.EIO, after=1, arrivals=faults.arrivals)
    monkeypatch.setattr(journal, "os", disk)
    summary = run(fault_client(url), tmp_path / "in", out, fsync_interval=None)  # only at the end
    monkeypatch.undo()
    assert disk.calls == 1
    assert summary.fatal is not None
    assert os.strerror(errno.EIO) in summary.fatal
    assert summary.exit_code == 2  # not 0: the lines may not be on the disk


def test_cli_a_results_file_over_the_file_size_limit_stops_the_run(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    """A real write failure (EFBIG from RLIMIT_FSIZE: no root, no loop device), through the
    command: the run stops, reports it, and leaves whole lines only."""
    url, faults = faulty
    faults.delay = 0.02
    make_images(tmp_path / "in", 40)
    out = tmp_path / "results.jsonl"
    limit = 1000  # about eight lines
    done = run_cli(
        cli_batch(url, tmp_path / "in", out, "--concurrency", "2", "--fsync-interval", "0"),
        limits={resource.RLIMIT_FSIZE: limit},
    )
    assert done.returncode == 2, done.stderr
    assert "stopped" in done.stderr
    assert os.strerror(errno.EFBIG) in done.stderr
    records = strict_records(out)  # no torn last line
    assert 1 <= len(records) <= limit // 100
    assert len(faults.arrivals) <= len(records) + 3 * 2  # far from all 40

    rest = run_cli(cli_batch(url, tmp_path / "in", out))
    assert rest.returncode == 0, rest.stderr
    assert len(strict_records(out)) == 40


# -- 2. --out that is not a regular file ---------------------------------------------------------
def _not_regular(kind: str, tmp_path: Path) -> Path:
    if kind in ("/dev/zero", "/dev/null"):
        return Path(kind)
    target = tmp_path / "target"
    if kind.endswith("fifo"):
        os.mkfifo(target)
    elif kind.endswith("directory"):
        target.mkdir()
    else:
        target = Path("/dev/zero")
    if not kind.startswith("symlink"):
        return target
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    return link


NOT_REGULAR = [
    "/dev/zero",
    "/dev/null",
    "fifo",
    "directory",
    "symlink to /dev/zero",
    "symlink to a fifo",
    "symlink to a directory",
]


@pytest.mark.parametrize("kind", NOT_REGULAR)
def test_cli_out_that_is_not_a_regular_file_is_refused(
    faulty: tuple[str, Faults], tmp_path: Path, kind: str
) -> None:
    url, faults = faulty
    make_images(tmp_path / "in", 3)
    out = _not_regular(kind, tmp_path)
    done = run_cli(
        cli_batch(url, tmp_path / "in", out),
        timeout=20,
        limits={resource.RLIMIT_AS: 3 << 30},  # /dev/zero read as lines: MemoryError, not OOM
    )
    assert done.returncode == 2, done.stderr
    assert "BatchError" in done.stderr
    assert "must be a regular file or not exist yet" in done.stderr
    assert str(out) in done.stderr
    assert faults.arrivals == []  # nothing sent


@pytest.mark.parametrize("kind", ["/dev/null", "directory", "symlink to a directory"])
def test_out_that_is_not_a_regular_file_is_refused(
    faulty: tuple[str, Faults], tmp_path: Path, kind: str
) -> None:
    url, faults = faulty
    make_images(tmp_path / "in", 3)
    out = _not_regular(kind, tmp_path)
    with pytest.raises(BatchError, match="must be a regular file or not exist yet") as refused:
        run(fault_client(url), tmp_path / "in", out)
    assert str(out) in str(refused.value)
    assert faults.arrivals == []


def test_out_that_becomes_a_fifo_after_the_check_is_refused_without_blocking(
    faulty: tuple[str, Faults], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path is checked, then opened: a FIFO put there in between must still be refused,
    not read for ever. Simulated by a stat that still sees the regular file."""
    url, faults = faulty
    make_images(tmp_path / "in", 3)
    regular = tmp_path / "was-regular.jsonl"
    regular.write_bytes(b"")
    out = tmp_path / "results.jsonl"
    os.mkfifo(out)

    class StaleStat:
        def __getattr__(self, name: str) -> Any:
            return getattr(os, name)

        def stat(self, path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            if os.fspath(path) == str(out):
                path = regular
            return os.stat(path, *args, **kwargs)

        lstat = stat

    monkeypatch.setattr(journal, "os", StaleStat())  # where the results path is checked
    with pytest.raises(BatchError, match="must be a regular file or not exist yet"):
        in_thread(lambda: run(fault_client(url), tmp_path / "in", out), 10)
    assert faults.arrivals == []


# -- 3. one run at a time, also across --retry-failed --------------------------------------------
FIRST_RUN = """
import sys, time
from huaweicloud_ocr import AsyncOcrClient, batch
from huaweicloud_ocr.batch import journal

url, folder, out, pause = sys.argv[1:5]
fsync_directory = journal._fsync_directory
slowed = []

def slow_fsync_directory(path):  # a slow disk: the rename takes a while to be durable
    slowed.append(path)
    fsync_directory(path)
    time.sleep(float(pause))

journal._fsync_directory = slow_fsync_directory
summary = batch.run_batch(
    lambda: AsyncOcrClient(endpoint=url, token="t", project_id="p"),
    folder, out, "general-text", retry_failed=True, concurrency=1, handle_signals=False,
)
print(summary.exit_code, summary.retried, summary.ok, summary.fatal, len(slowed))
"""


def test_a_second_run_is_refused_also_after_retry_failed_replaced_the_file(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, faults = faulty
    images = make_images(tmp_path / "in", 6)  # widths 16..21
    out = tmp_path / "results.jsonl"
    for width in (17, 19, 21):
        faults.answers[width] = (400, {"error_code": "AIS.0101", "error_msg": "bad"})
    assert run(fault_client(url), tmp_path / "in", out).failed == 3
    faults.answers.clear()
    faults.delay = 0.5
    sent = len(faults.arrivals)
    inode = out.stat().st_ino

    first = subprocess.Popen(  # noqa: S603 - another process retrying the failed files
        [sys.executable, "-c", FIRST_RUN, url, str(tmp_path / "in"), str(out), "2"],
        env=fault_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wait_for(lambda: out.stat().st_ino != inode, 20), "no rewrite"
        # The file was replaced; the first run still holds the run's lock.
        with pytest.raises(BatchError, match="another batch run"):
            run(fault_client(url), tmp_path / "in", out)
        assert wait_for(lambda: len(faults.arrivals) > sent, 20)  # sending the retried files
        with pytest.raises(BatchError, match="another batch run"):
            run(fault_client(url), tmp_path / "in", out)
        stdout, stderr = first.communicate(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
    assert first.returncode == 0, stderr
    assert stdout.split()[:3] == ["0", "3", "3"]
    assert int(stdout.split()[4]) >= 1  # the slow disk was the journal's
    records = strict_records(out)
    assert files_of(records) == images  # one line per file: nobody else wrote
    assert {r["status"] for r in records} == {"ok"}
    assert len(faults.arrivals) == sent + 3  # each failed file sent again once
    assert run(fault_client(url), tmp_path / "in", out).processed == 0  # the lock is free


# -- 4. no blocking file I/O on the event loop ---------------------------------------------------
def reads_on_the_loop(url: str, seen: list[str]) -> Callable[[], AsyncOcrClient]:
    """Clients that open the image path with a plain blocking open on the event loop, as the
    client itself did until recently (and as a caller's client may): the batch must not hand
    them a FIFO. `seen` gets each path they are given."""

    class OnTheLoop(AsyncOcrClient):
        async def recognize_general_text(self, image: Any = None, **options: Any) -> Any:
            seen.append(os.fspath(image))
            with open(image, "rb") as fh:
                data = fh.read()
            return await super().recognize_general_text(data, **options)

    return lambda: OnTheLoop(endpoint=url, token="t", project_id="p", retry=FAST_RETRY)


@pytest.mark.parametrize("client", ["the client", "a client that opens on the loop"])
def test_a_file_that_became_a_fifo_gets_a_failed_line_and_the_run_goes_on(
    faulty: tuple[str, Faults], tmp_path: Path, client: str
) -> None:
    url, faults = faulty
    images = make_images(tmp_path / "in", 6)  # the walk order ends with sub/img004.png
    fifo = tmp_path / "in" / "sub" / "img004.png"
    out = tmp_path / "results.jsonl"
    seen: list[str] = []
    make = fault_client(url) if client == "the client" else reads_on_the_loop(url, seen)

    def swap(record: Mapping[str, Any]) -> None:  # once the walk has listed every file
        if not fifo.is_fifo():
            fifo.unlink()
            os.mkfifo(fifo)

    started = time.monotonic()
    summary = in_thread(
        lambda: run(make, tmp_path / "in", out, concurrency=1, on_record=swap),
        10,
        unblock=lambda: open_fifo_for_a_moment(fifo),
    )
    assert time.monotonic() - started < 5
    assert (summary.ok, summary.failed, summary.exit_code) == (5, 1, 1)
    records = {r["file"]: r for r in strict_records(out)}
    assert sorted(records) == images
    error = records["sub/img004.png"]["error"]
    assert error["type"] == "ValidationError"
    assert "not a regular file" in error["message"]
    assert error["field"] == "image"
    assert len(faults.arrivals) == 5  # the FIFO was not sent
    assert str(fifo) not in seen  # nor handed to the client


SIGINT_RUN = """
import sys
from huaweicloud_ocr import AsyncOcrClient, batch

url, folder, out = sys.argv[1:4]

class OnTheLoop(AsyncOcrClient):
    async def recognize_general_text(self, image=None, **options):
        with open(image, "rb") as fh:  # a blocking open on the event loop
            data = fh.read()
        return await super().recognize_general_text(data, **options)

summary = batch.run_batch(
    lambda: OnTheLoop(endpoint=url, token="t", project_id="p"), folder, out, "general-text",
    concurrency=2, fsync_interval=0, reporter=batch.ProgressReporter(tty=False),
)
sys.exit(summary.exit_code)
"""


@pytest.mark.parametrize("how", ["the command", "run_batch, a client that opens on the loop"])
def test_ctrl_c_stops_promptly_with_a_request_hanging_and_a_fifo_in_the_way(
    faulty: tuple[str, Faults], tmp_path: Path, how: str
) -> None:
    url, faults = faulty
    faults.delay = 1.0
    make_images(tmp_path / "in", 6)  # img001, img002, img003, img005, sub/img000, sub/img004
    fifo = tmp_path / "in" / "img003.png"
    out = tmp_path / "results.jsonl"
    if how == "the command":
        command = cli_batch(
            url, tmp_path / "in", out, "--concurrency", "2", "--fsync-interval", "0"
        )
    else:
        command = [sys.executable, "-c", SIGINT_RUN, url, str(tmp_path / "in"), str(out)]
    process = subprocess.Popen(  # noqa: S603
        command, env=fault_env(), stderr=subprocess.PIPE, text=True
    )
    try:
        assert wait_for(lambda: len(faults.arrivals) >= 2, 20)  # listed; 1 and 2 in flight
        fifo.unlink()
        os.mkfifo(fifo)  # the next file a worker takes
        faults.delay = 60  # and the one after it hangs at the server
        fifo_recorded = wait_for(lambda: line_count(out) >= 3, 10)
        process.send_signal(signal.SIGINT)  # waits for the request in flight...
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)  # ...and this cancels it
        try:
            _, stderr = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            pytest.fail("Ctrl-C ignored: the event loop is blocked")
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
            open_fifo_for_a_moment(fifo)
    assert fifo_recorded
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr
    records = {r["file"]: r for r in strict_records(out)}
    assert "not a regular file" in records["img003.png"]["error"]["message"]
    assert records["img001.png"]["status"] == records["img002.png"]["status"] == "ok"


# -- 5., 6. answers the results file must not record as they are ---------------------------------
@dataclass
class NoResult:
    """An answer object without the documented `result` (as an older model, or a 200 that
    carried only an error code, would give)."""

    extra: dict[str, Any] = field(default_factory=dict)
    result: None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.extra)


def tampered(url: str, answer: Callable[[int, Any], Any]) -> Callable[[], AsyncOcrClient]:
    """Clients that send each file for real, then hand the batch `answer(width, real answer)`
    instead of the answer (width: the PNG's, which tells the files apart)."""

    class Tampered(AsyncOcrClient):
        async def recognize_general_text(self, image: Any = None, **options: Any) -> Any:
            real = await super().recognize_general_text(image, **options)
            width = int.from_bytes(Path(image).read_bytes()[16:20], "big")
            return answer(width, real)

    return lambda: Tampered(endpoint=url, token="t", project_id="p", retry=FAST_RETRY)


def test_nan_and_infinity_never_reach_the_results_file(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, _ = faulty
    make_images(tmp_path / "in", 4)  # widths 16..19

    def with_odd_numbers(width: int, real: Any) -> Any:
        if width in (17, 18):
            real["score"] = math.nan if width == 17 else -math.inf  # kept in additional props
        return real

    out = tmp_path / "results.jsonl"
    summary = run(tampered(url, with_odd_numbers), tmp_path / "in", out)
    assert (summary.ok, summary.failed, summary.fatal) == (2, 2, None)
    records = {r["file"]: r for r in strict_records(out)}  # every line is JSON
    for name in ("img001.png", "img002.png"):
        error = records[name]["error"]
        assert records[name]["status"] == "failed"
        assert error["type"] == "InvalidResponseError"
        assert "non-JSON number" in error["message"]
    again = run(fault_client(url), tmp_path / "in", out, retry_failed=True)  # sent again
    assert (again.retried, again.ok, again.exit_code) == (2, 2, 0)


def test_an_answer_without_a_result_is_a_failed_line(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, faults = faulty
    images = make_images(tmp_path / "in", 4)  # widths 16..19

    def drop_result(width: int, real: Any) -> Any:
        if width == 17:
            return NoResult({"error_code": "AIS.0105", "error_msg": "recognition failed"})
        if width == 18:
            return NoResult()  # `{}`
        return real

    out = tmp_path / "results.jsonl"
    summary = run(tampered(url, drop_result), tmp_path / "in", out)
    assert (summary.ok, summary.failed, summary.exit_code) == (2, 2, 1)
    records = {r["file"]: r for r in strict_records(out)}
    assert records["img001.png"]["status"] == records["img002.png"]["status"] == "failed"
    coded = records["img001.png"]["error"]
    assert coded["type"] == "InvalidResponseError"
    assert "no result" in coded["message"]
    assert coded["error_code"] == "AIS.0105"
    assert records["img002.png"]["error"]["type"] == "InvalidResponseError"

    sent = len(faults.arrivals)
    again = run(fault_client(url), tmp_path / "in", out, retry_failed=True)  # not lost
    assert (again.retried, again.ok, again.exit_code) == (2, 2, 0)
    assert len(faults.arrivals) == sent + 2
    assert files_of(strict_records(out)) == images


# -- 7. no task dies unobserved ------------------------------------------------------------------
def test_an_on_record_that_raises_stops_the_run_cleanly(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, faults = faulty
    faults.delay = 0.05
    make_images(tmp_path / "in", 40)
    out = tmp_path / "results.jsonl"
    sent_then: list[int] = []

    def broken(record: Mapping[str, Any]) -> None:
        sent_then.append(len(faults.arrivals))
        raise RuntimeError("the caller's bug")

    summary = run(
        fault_client(url), tmp_path / "in", out, concurrency=CONCURRENCY, on_record=broken
    )
    assert summary.fatal is not None
    assert "RuntimeError" in summary.fatal
    assert "the caller's bug" in summary.fatal
    assert summary.exit_code == 2
    assert len(faults.arrivals) - sent_then[0] <= CONCURRENCY
    assert strict_records(out)  # what was written stays


class Unprintable(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no text")


def test_an_exception_that_cannot_be_shown_is_still_a_failed_line(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, _ = faulty
    make_images(tmp_path / "in", 6)  # widths 16..21

    def odd(width: int, real: Any) -> Any:
        if width == 18:
            raise Unprintable
        return real

    out = tmp_path / "results.jsonl"
    summary = run(tampered(url, odd), tmp_path / "in", out, concurrency=2)
    assert (summary.ok, summary.failed, summary.fatal) == (5, 1, None)
    records = {r["file"]: r for r in strict_records(out)}
    assert records["img002.png"]["error"]["type"] == "Unprintable"
    assert len(records) == 6


def test_a_reporter_that_raises_stops_the_run_cleanly(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, faults = faulty
    faults.delay = 0.05
    make_images(tmp_path / "in", 40)

    class ClosedTerminal(batch.Reporter):
        def tick(self) -> None:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    out = tmp_path / "results.jsonl"
    summary = run(
        fault_client(url), tmp_path / "in", out, concurrency=CONCURRENCY, reporter=ClosedTerminal()
    )
    assert summary.fatal is not None
    assert "BrokenPipeError" in summary.fatal
    assert len(faults.arrivals) < 40
    assert len(strict_records(out)) == summary.processed


def test_a_cancelled_error_from_within_a_call_is_a_failed_line(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    """A CancelledError the run did not ask for (a timeout gone astray in a client) must not
    end a worker as if the run were stopping: the run would then end "done" with files never
    sent, and say nothing."""
    url, _ = faulty
    images = make_images(tmp_path / "in", 12)  # widths 16..27

    def astray(width: int, real: Any) -> Any:
        if width == 18:
            raise asyncio.CancelledError
        return real

    out = tmp_path / "results.jsonl"
    summary = run(tampered(url, astray), tmp_path / "in", out, concurrency=2)
    assert (summary.ok, summary.failed, summary.fatal, summary.exit_code) == (11, 1, None, 1)
    records = {r["file"]: r for r in strict_records(out)}
    assert sorted(records) == images
    assert records["img002.png"]["error"]["type"] == "CancelledError"
