"""run_batch(processes=N) and `huaweicloud-ocr batch --processes N`: the calls go out from worker
processes, the parent keeps the journal and the rate limit. Over real HTTP on 127.0.0.1, with a
small server that tells the processes apart by the User-Agent PidRecipe gives each one, and can
answer the parent's requests slowly: the run does not wait for its children to start, so a quick
run would never use them, while a worker whose in-process call takes a second or two finds its
child ready by then."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs
import pytest

from huaweicloud_ocr import AsyncOcrClient, RetryPolicy, cli, errors
from huaweicloud_ocr.batch import (
    BatchError,
    BatchSummary,
    ClientRecipe,
    Reporter,
    StopSignal,
    WorkerProcessError,
    run_batch,
)
from huaweicloud_ocr.batch.processes import _pack_error, _unpack_error
from huaweicloud_ocr.client import InvalidResponseError
from huaweicloud_ocr.testing import sample_png
from tests.width_server import WidthHandler, serving

PARENT = os.getpid()
# How long the server takes to answer the parent: its children are ready by then (0.5-1 s).
PARENT_DELAY = 1.5
FAST_RETRY = RetryPolicy(max_attempts=2, initial_backoff=0.01, max_backoff=0.02, deadline=10)


@attrs.frozen
class PidRecipe(ClientRecipe):
    """ClientRecipe whose clients say which process made them (User-Agent `... pid/N`)."""

    def __call__(self) -> AsyncOcrClient:
        mine = attrs.evolve(self, app_name=f"pid/{os.getpid()}", retry=FAST_RETRY)
        return ClientRecipe.__call__(mine)


@attrs.frozen
class ParentOnlyRecipe(PidRecipe):
    """Makes clients in the process `parent` only: a worker process cannot start."""

    parent: int = 0

    def __call__(self) -> AsyncOcrClient:
        if os.getpid() != self.parent:
            raise errors.ConfigurationError("no client in a worker process")
        return super().__call__()


class StopWhen(Reporter):
    """Requests a stop (`times` times) from the run's loop once both worker processes sent."""

    def __init__(self, seen: Seen, stop: StopSignal, times: int, after: float = 0.0) -> None:
        self.seen, self.stop, self.times, self.after = seen, stop, times, after
        self.when: float | None = None

    def tick(self) -> None:
        if self.when is None and len(self.seen.children()) == 2:
            self.when = time.monotonic() + self.after
        if self.when is not None and time.monotonic() >= self.when and self.times:
            for _ in range(self.times):
                self.stop.request()
            self.times = 0


# -- the server ----------------------------------------------------------------------------------
@dataclass
class Seen:
    """What the server does and saw. Each answer's words_block_count is the image's PNG width,
    so that a line recording another file's answer shows."""

    delay: float = 0.0
    child_delay: float = 0.0  # more, for worker processes
    parent_delay: float = 0.0  # more, for the parent (while the children start)
    refuse_children: bool = False  # 401 to worker processes
    kill_first_child: bool = False  # SIGKILL the first worker process that sends, unanswered
    arrivals: list[tuple[float, int, int]] = field(default_factory=list)  # (time, pid, width)
    killed: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def pids(self) -> set[int]:
        with self.lock:
            return {pid for _, pid, _ in self.arrivals}

    def children(self) -> set[int]:
        return self.pids() - {PARENT, 0}  # 0: a client without PidRecipe's mark

    def sent_by(self, pid: int) -> set[int]:
        with self.lock:
            return {width for _, sender, width in self.arrivals if sender == pid}


class _Handler(WidthHandler):
    def do_POST(self) -> None:
        width = self.sent_width()
        agent = self.headers["User-Agent"]
        pid = int(agent.rsplit("pid/", 1)[1]) if "pid/" in agent else 0
        seen: Seen = self.server.state
        with seen.lock:
            seen.arrivals.append((time.monotonic(), pid, width))
            number = len(seen.arrivals)
            kill = seen.kill_first_child and pid != PARENT and not seen.killed
            if kill:
                seen.killed.append(pid)
        if kill:
            os.kill(pid, signal.SIGKILL)
            return
        time.sleep(seen.delay + (seen.parent_delay if pid == PARENT else seen.child_delay))
        status = 200
        reply: dict[str, Any] = {"result": {"words_block_count": width, "words_block_list": []}}
        if pid != PARENT and seen.refuse_children:
            status, reply = 401, {"error_code": "APIG.0301", "error_msg": "bad token"}
        self.answer(status, reply, number)


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[PidRecipe, Seen]]:
    # The worker processes take their credentials from the environment they inherit.
    for name in [n for n in os.environ if n.startswith("HUAWEICLOUD_SDK_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HUAWEICLOUD_SDK_TOKEN", "t")
    monkeypatch.setenv("HUAWEICLOUD_SDK_CREDENTIALS_FILE", os.devnull)
    seen = Seen()
    with serving(_Handler, seen) as url:
        yield PidRecipe(endpoint=url, project_id="p"), seen


def make_images(root: Path, count: int) -> dict[str, int]:
    """`count` PNGs, their relative paths and widths (every fourth in sub/)."""
    widths = {}
    for i in range(count):
        rel = f"{'sub/' if i % 4 == 0 else ''}img{i:03}.png"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(sample_png(16 + i, 16))
        widths[rel] = 16 + i
    return widths


def read_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def run(recipe: Any, directory: Path, out: Path, **kwargs: Any) -> BatchSummary:
    return run_batch(recipe, directory, out, "general-text", handle_signals=False, **kwargs)


def assert_gone(pids: set[int]) -> None:
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def assert_once_each(records: list[dict[str, Any]], widths: Mapping[str, int]) -> None:
    """One line per file at most, each with its own file's answer."""
    files = [r["file"] for r in records]
    assert len(files) == len(set(files))
    for record in records:
        if record["status"] == "ok":
            assert record["result"]["result"]["words_block_count"] == widths[record["file"]]


# -- the runs ------------------------------------------------------------------------------------
def test_two_processes_record_every_file_once_as_one_process_does(
    served: tuple[PidRecipe, Seen], tmp_path: Path
) -> None:
    recipe, seen = served
    widths = make_images(tmp_path / "in", 40)
    seen.parent_delay = PARENT_DELAY
    seen.delay = 0.02
    summary = run(recipe, tmp_path / "in", tmp_path / "two.jsonl", concurrency=6, processes=2)
    assert (summary.ok, summary.failed, summary.exit_code) == (40, 0, 0)
    children = seen.children()
    assert 1 <= len(children) <= 2  # the parent sends only until its worker's child is ready
    assert len(seen.arrivals) == 40  # each file sent once
    two = read_records(tmp_path / "two.jsonl")
    assert sorted(r["file"] for r in two) == sorted(widths)
    assert_once_each(two, widths)
    assert_gone(children)

    seen.parent_delay = 0
    assert run(recipe, tmp_path / "in", tmp_path / "one.jsonl", concurrency=6).ok == 40
    one = read_records(tmp_path / "one.jsonl")

    def comparable(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted(({**r, "request_id": None} for r in records), key=lambda r: r["file"])

    assert comparable(two) == comparable(one)
    # A rerun with processes sends nothing and starts no worker that would send
    before = len(seen.arrivals)
    again = run(recipe, tmp_path / "in", tmp_path / "two.jsonl", concurrency=6, processes=2)
    assert (again.skipped, again.processed) == (40, 0)
    assert len(seen.arrivals) == before


def test_the_rate_limit_holds_across_processes(
    served: tuple[PidRecipe, Seen], tmp_path: Path
) -> None:
    recipe, seen = served
    count, rate = 40, 20.0
    make_images(tmp_path / "in", count)
    seen.parent_delay = PARENT_DELAY
    started = time.monotonic()
    summary = run(
        recipe, tmp_path / "in", tmp_path / "r.jsonl", concurrency=8, rate=rate, processes=2
    )
    elapsed = time.monotonic() - started
    assert summary.ok == count
    assert seen.children()
    times = sorted(t for t, _, _ in seen.arrivals)
    assert times[-1] - times[0] >= (count - 2) / rate  # 1.9 s at least
    assert max(sum(1 for t in times if s <= t < s + 0.5) for s in times) <= 0.5 * rate + 2
    assert elapsed < (count - 1) / rate + 8  # and not much slower than asked


def test_a_401_in_a_worker_process_stops_the_run_as_in_process(
    served: tuple[PidRecipe, Seen], tmp_path: Path
) -> None:
    recipe, seen = served
    make_images(tmp_path / "in", 30)
    seen.parent_delay, seen.refuse_children = PARENT_DELAY, True
    summary = run(recipe, tmp_path / "in", tmp_path / "r.jsonl", concurrency=4, processes=2)
    assert summary.fatal is not None
    assert summary.fatal.startswith("UnauthorizedError: HTTP 401 APIG.0301: bad token")
    assert summary.exit_code == 2
    records = read_records(tmp_path / "r.jsonl")
    assert {r["status"] for r in records} <= {"ok"}
    refused = set().union(*(seen.sent_by(pid) for pid in seen.children()))
    assert refused
    recorded = {16 + int(r["file"].rsplit("img", 1)[1][:3]) for r in records}
    assert not recorded & refused  # refused files are not recorded: a rerun sends them
    assert len(seen.arrivals) <= len(records) + 4 + 4  # stopped at the first refusals
    assert_gone(seen.children())


def test_a_killed_worker_process_stops_the_run_and_a_rerun_sends_its_files(
    served: tuple[PidRecipe, Seen], tmp_path: Path
) -> None:
    recipe, seen = served
    widths = make_images(tmp_path / "in", 30)
    out = tmp_path / "r.jsonl"
    seen.parent_delay, seen.kill_first_child = PARENT_DELAY, True
    seen.delay = 0.05
    started = time.monotonic()
    summary = run(recipe, tmp_path / "in", out, concurrency=4, processes=2)
    assert time.monotonic() - started < 20  # no hang
    assert summary.fatal is not None
    assert summary.fatal.startswith("WorkerProcessError: worker process ")
    assert "was killed by SIGKILL" in summary.fatal
    assert "run again to send them" in summary.fatal
    assert summary.exit_code == 2
    first = read_records(out)
    assert_once_each(first, widths)
    assert 0 < len(first) < 30  # the parent's held requests, and the other child's
    killed = seen.killed[0]
    others = set().union(*(seen.sent_by(pid) for pid in seen.pids() - {killed}))
    lost = seen.sent_by(killed) - others
    assert lost
    assert not {widths[r["file"]] for r in first} & lost  # what it had in flight is not recorded
    assert_gone(seen.children())

    seen.parent_delay, seen.kill_first_child = 0, False
    seen.delay = 0
    again = run(recipe, tmp_path / "in", out, concurrency=4)
    assert (again.skipped, again.exit_code) == (len(first), 0)
    records = read_records(out)
    assert sorted(r["file"] for r in records) == sorted(widths)
    assert_once_each(records, widths)


def test_a_graceful_stop_lets_the_calls_in_flight_finish_in_the_processes(
    served: tuple[PidRecipe, Seen], tmp_path: Path
) -> None:
    recipe, seen = served
    make_images(tmp_path / "in", 40)
    out = tmp_path / "r.jsonl"
    seen.parent_delay = PARENT_DELAY
    seen.delay, seen.child_delay = 0.05, 0.3
    stop = StopSignal()
    # As the first Ctrl-C, once both children have calls in flight (0.3 s answers).
    reporter = StopWhen(seen, stop, times=1)
    summary = run(
        recipe, tmp_path / "in", out, concurrency=6, processes=2, stop=stop, reporter=reporter
    )
    assert reporter.when is not None
    assert summary.interrupted
    assert summary.exit_code == 130
    records = read_records(out)
    assert len(records) == summary.processed < 40
    assert len(seen.arrivals) == summary.processed  # nothing sent and dropped
    assert {r["status"] for r in records} == {"ok"}
    assert any(seen.sent_by(pid) for pid in seen.children())
    assert_gone(seen.children())


def test_a_second_stop_cancels_the_calls_in_the_processes_and_ends_them(
    served: tuple[PidRecipe, Seen], tmp_path: Path
) -> None:
    recipe, seen = served
    make_images(tmp_path / "in", 20)
    out = tmp_path / "r.jsonl"
    seen.parent_delay = PARENT_DELAY
    seen.child_delay = 3.0  # answers that would come long after the stop
    stop = StopSignal()
    reporter = StopWhen(seen, stop, times=2, after=0.2)  # as Ctrl-C twice
    started = time.monotonic()
    summary = run(
        recipe, tmp_path / "in", out, concurrency=4, processes=2, stop=stop, reporter=reporter
    )
    assert reporter.when is not None
    assert time.monotonic() - started < reporter.when - started + 2.5  # not waiting for them
    assert summary.interrupted
    records = read_records(out)
    assert len(records) == summary.processed < 20
    sent_by_children = set().union(*(seen.sent_by(pid) for pid in seen.children()))
    assert not {16 + int(r["file"].rsplit("img", 1)[1][:3]) for r in records} & sent_by_children
    assert_gone(seen.children())


def test_a_worker_process_that_cannot_make_its_client_stops_the_run(
    served: tuple[PidRecipe, Seen], tmp_path: Path
) -> None:
    recipe, seen = served
    widths = make_images(tmp_path / "in", 60)
    seen.delay = 0.2  # 60 files at 2 in flight: 6 s in the parent alone
    broken = ParentOnlyRecipe(endpoint=recipe.endpoint, project_id="p", parent=PARENT)
    started = time.monotonic()
    summary = run(broken, tmp_path / "in", tmp_path / "r.jsonl", concurrency=2, processes=2)
    assert time.monotonic() - started < 5.5
    assert summary.fatal is not None
    assert "could not start: ConfigurationError: no client in a worker process" in summary.fatal
    assert summary.exit_code == 2
    assert seen.children() == set()
    records = read_records(tmp_path / "r.jsonl")
    assert 0 < len(records) < 60
    assert_once_each(records, widths)


# -- arguments, errors across the pipe, the command ----------------------------------------------
def test_bad_arguments_are_refused_before_anything_is_sent(
    served: tuple[PidRecipe, Seen], tmp_path: Path
) -> None:
    recipe, seen = served
    make_images(tmp_path / "in", 2)
    out = tmp_path / "r.jsonl"
    with pytest.raises(BatchError, match="processes must be an int >= 1, not 0"):
        run(recipe, tmp_path / "in", out, processes=0)
    with pytest.raises(BatchError, match="processes=2 needs a function that makes a client"):
        run(recipe(), tmp_path / "in", out, processes=2)
    with pytest.raises(BatchError, match="must be picklable"):
        run(lambda: recipe(), tmp_path / "in", out, processes=2)
    assert seen.arrivals == []
    assert not out.exists() or out.read_bytes() == b""
    assert "token" not in repr(recipe)  # nothing secret in it: the environment has it


def _instances() -> list[errors.OcrError]:
    made: list[errors.OcrError] = [
        errors.ValidationError("image", "too big", "at most 10 MB"),
        errors.RequestTooLargeError("image", "too big", "at most 10 MB"),
        errors.MissingExtraError("pdf", "pypdf", "reading PDFs"),
        InvalidResponseError(200, None, "not JSON", request_id="r-1"),
        WorkerProcessError("gone"),
    ]
    answered: list[type[errors.ApiError]] = [errors.ApiError, *errors.ApiError.__subclasses__()]
    for cls in answered:
        made.append(cls(401, "APIG.0301", "bad token", request_id="r-2", attempts=3))
    plain: list[type[errors.OcrError]] = [
        errors.OcrError,
        errors.ConfigurationError,
        errors.CredentialsError,
        errors.AuthenticationError,
        errors.TransportError,
        errors.RequestTimeoutError,
        BatchError,
    ]
    made.extend(kind("some text") for kind in plain)
    return made


@pytest.mark.parametrize("error", _instances(), ids=lambda e: type(e).__name__)
def test_errors_cross_the_pipe_faithfully(error: errors.OcrError) -> None:
    error.request_id = error.request_id or "r-3"
    back = _unpack_error(_pack_error(error))
    assert type(back) is type(error)
    assert (str(back), back.args, vars(back)) == (str(error), error.args, vars(error))


def test_an_error_with_an_attribute_that_cannot_be_pickled_keeps_its_class_and_text() -> None:
    error = errors.AuthenticationError("token service refused")
    error.request_id = "r-4"
    error.hook = lambda: None  # type: ignore[attr-defined]
    back = _unpack_error(_pack_error(error))
    assert type(back) is errors.AuthenticationError
    assert (str(back), back.request_id) == ("token service refused", "r-4")


def test_cli_batch_with_processes(
    served: tuple[PidRecipe, Seen], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipe, _ = served
    widths = make_images(tmp_path / "in", 12)
    out = tmp_path / "r.jsonl"
    argv = ["batch", str(tmp_path / "in"), "--operation", "general-text", "--out", str(out)]
    argv += ["--endpoint", str(recipe.endpoint), "--project-id", "p", "--processes", "2"]
    assert cli.main(argv) == 0
    assert "12 files: 12 ok" in capsys.readouterr().err
    assert sorted(r["file"] for r in read_records(out)) == sorted(widths)

    with pytest.raises(SystemExit) as exit_info:
        cli.main([*argv[:-1], "0"])
    assert exit_info.value.code == 2
    assert "--processes" in capsys.readouterr().err
