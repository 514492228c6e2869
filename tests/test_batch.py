"""`huaweicloud-ocr batch` and huaweicloud_ocr.batch over real HTTP on 127.0.0.1: the local OCR
server for the happy path, a small fault-injecting server for errors, delays and timing."""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from huaweicloud_ocr import AsyncOcrClient, RetryPolicy, cli
from huaweicloud_ocr.batch import (
    WORKERS_PER_CLIENT,
    BatchError,
    BatchSummary,
    ProgressReporter,
    RateLimiter,
    StopSignal,
    iter_files,
    record_key,
    run_batch,
)
from huaweicloud_ocr.testing import LocalOcrServer, sample_png
from tests.width_server import WidthHandler, serving

FAST_RETRY = RetryPolicy(max_attempts=3, initial_backoff=0.01, max_backoff=0.02, deadline=5)
OK_TEXT = {"result": {"words_block_count": 0, "words_block_list": []}}
SCRIPT = Path(sys.executable).with_name("huaweicloud-ocr")


# -- servers and helpers -------------------------------------------------------------------------


@dataclass
class Faults:
    """Answers by the PNG width of the image sent: `answers[width] = (status, body)`, else 200.
    Status 0 drops the connection without an answer; widths in `once` fail only the first time."""

    answers: dict[int, tuple[int, Any]] = field(default_factory=dict)
    once: set[int] = field(default_factory=set)
    delay: float = 0.0
    arrivals: list[tuple[float, int]] = field(default_factory=list)  # (monotonic time, width)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _FaultHandler(WidthHandler):
    def do_POST(self) -> None:
        width = self.sent_width()
        faults: Faults = self.server.state
        with faults.lock:
            first = all(w != width for _, w in faults.arrivals)
            faults.arrivals.append((time.monotonic(), width))
            number = len(faults.arrivals)
        time.sleep(faults.delay)
        status, reply = faults.answers.get(width, (200, OK_TEXT))
        if width in faults.once and not first:
            status, reply = 200, OK_TEXT
        if status == 0:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.answer(status, reply, number)


@pytest.fixture
def faulty() -> Iterator[tuple[str, Faults]]:
    faults = Faults()
    with serving(_FaultHandler, faults) as url:
        yield url, faults


def local_client(server: LocalOcrServer) -> Callable[[], AsyncOcrClient]:
    return lambda: AsyncOcrClient(
        endpoint=server.url, ak=server.ak, sk=server.sk, project_id=server.project_id
    )


def fault_client(url: str) -> Callable[[], AsyncOcrClient]:
    return lambda: AsyncOcrClient(endpoint=url, token="t", project_id="p", retry=FAST_RETRY)


def make_images(root: Path, count: int, first_width: int = 16) -> list[str]:
    """`count` PNGs of widths first_width, first_width + 1, ...; every fourth in sub/."""
    names = []
    for i in range(count):
        rel = f"{'sub/' if i % 4 == 0 else ''}img{i:03}.png"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(sample_png(first_width + i, 16))
        names.append(rel)
    return sorted(names)


def read_records(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes()
    assert data == b"" or data.endswith(b"\n")
    return [json.loads(line) for line in data.splitlines()]


def files_of(records: list[dict[str, Any]]) -> list[str]:
    return sorted(r["file"] for r in records)


def run(
    client: Callable[[], AsyncOcrClient], directory: Path, out: Path, **kwargs: Any
) -> BatchSummary:
    return run_batch(client, directory, out, "general-text", handle_signals=False, **kwargs)


# -- the engine ----------------------------------------------------------------------------------
def test_every_file_gets_one_ok_line_and_a_rerun_sends_nothing(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    images = make_images(tmp_path, 30)
    (tmp_path / ".hidden.png").write_bytes(sample_png())
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.png").write_bytes(sample_png())
    out = tmp_path / "results.jsonl"  # inside the directory: never sent as an image
    calls = len(server.state.calls)

    summary = run(local_client(server), tmp_path, out, concurrency=6)

    assert (summary.total, summary.ok, summary.failed, summary.exit_code) == (30, 30, 0, 0)
    records = read_records(out)
    assert files_of(records) == images
    assert {r["status"] for r in records} == {"ok"}
    assert {r["operation"] for r in records} == {"general-text"}
    assert all("words_block_list" in r["result"]["result"] for r in records)
    assert len(server.state.calls) == calls + 30
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # results hold what the images say

    before = out.read_bytes()
    again = run(local_client(server), tmp_path, out, concurrency=6)
    assert (again.skipped, again.processed, again.exit_code) == (30, 0, 0)
    assert len(server.state.calls) == calls + 30
    assert out.read_bytes() == before


def test_a_client_factory_is_called_once_per_few_workers(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    made: list[AsyncOcrClient] = []

    def factory() -> AsyncOcrClient:
        made.append(local_client(server)())
        return made[-1]

    make_images(tmp_path / "in", 10)
    assert run(factory, tmp_path / "in", tmp_path / "r.jsonl", concurrency=9).ok == 10
    assert len(made) == -(-9 // WORKERS_PER_CLIENT)


@pytest.mark.parametrize("damage", ["torn line", "zeros after a crash"])
def test_a_torn_tail_is_cut_off(server: LocalOcrServer, tmp_path: Path, damage: str) -> None:
    images = make_images(tmp_path / "in", 12)
    out = tmp_path / "results.jsonl"
    run(local_client(server), tmp_path / "in", out)
    whole = out.read_bytes()
    if damage == "torn line":
        out.write_bytes(whole[:-25])  # the last line lost its end (and its newline)
    else:
        out.write_bytes(whole + b"\0" * 300)  # unwritten blocks after a power cut
    calls = len(server.state.calls)

    summary = run(local_client(server), tmp_path / "in", out)

    assert summary.repaired_bytes > 0
    assert summary.exit_code == 0
    assert files_of(read_records(out)) == images
    assert len(server.state.calls) == calls + (1 if damage == "torn line" else 0)


def test_a_bad_line_before_good_ones_is_refused(server: LocalOcrServer, tmp_path: Path) -> None:
    make_images(tmp_path / "in", 3)
    out = tmp_path / "results.jsonl"
    run(local_client(server), tmp_path / "in", out)
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(lines[0] + b"not json\n" + b"".join(lines[1:]))
    damaged = out.read_bytes()
    with pytest.raises(BatchError, match="line 2"):
        run(local_client(server), tmp_path / "in", out)
    assert out.read_bytes() == damaged


def test_stopping_then_rerunning_records_every_file_once(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    images = make_images(tmp_path / "in", 30)
    out = tmp_path / "results.jsonl"
    stop = StopSignal()
    seen: list[Mapping[str, Any]] = []

    def after_five(record: Mapping[str, Any]) -> None:
        seen.append(record)
        if len(seen) == 5:
            stop.request()  # as the first Ctrl-C: the requests in flight finish

    calls = len(server.state.calls)
    first = run(
        local_client(server), tmp_path / "in", out, concurrency=4, stop=stop, on_record=after_five
    )

    assert first.interrupted
    assert first.exit_code == 130
    assert 5 <= first.processed < 30  # the five, the answers already in and those in flight
    assert len(read_records(out)) == first.processed
    assert len(server.state.calls) == calls + first.processed  # nothing sent and dropped

    second = run(local_client(server), tmp_path / "in", out, concurrency=4)
    assert (second.skipped, second.processed, second.exit_code) == (
        first.processed,
        30 - first.processed,
        0,
    )
    assert files_of(read_records(out)) == images
    assert len(server.state.calls) == calls + 30  # no file sent twice


def test_a_second_stop_cancels_the_requests_in_flight(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, faults = faulty
    faults.delay = 0.3
    images = make_images(tmp_path / "in", 20)
    out = tmp_path / "results.jsonl"
    stop = StopSignal()

    def stop_twice() -> None:
        stop.request()
        stop.request()

    def twice(record: Mapping[str, Any]) -> None:  # once the next round is at the server
        if not scheduled:
            scheduled.append(asyncio.get_running_loop().call_later(0.15, stop_twice))

    scheduled: list[asyncio.TimerHandle] = []

    first = run(fault_client(url), tmp_path / "in", out, concurrency=4, stop=stop, on_record=twice)
    assert first.interrupted
    # The first round of four answers, not the second, whose requests were sent and cancelled
    # (a graceful stop would have waited for them: 8 lines).
    assert 1 <= first.processed <= 4
    assert len(read_records(out)) == first.processed
    time.sleep(0.4)  # let the server finish the abandoned requests
    assert len(faults.arrivals) > first.processed
    faults.delay = 0
    second = run(fault_client(url), tmp_path / "in", out, concurrency=8)
    assert second.exit_code == 0
    assert files_of(read_records(out)) == images


def test_failures_are_recorded_the_run_goes_on_and_retry_failed_replaces_them(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, faults = faulty
    images = make_images(tmp_path / "in", 20)  # widths 16..35
    (tmp_path / "in" / "notes.txt").write_text("not an image")
    faults.answers[18] = (500, {"error_code": "ModelArts.4101", "error_msg": "busy"})
    faults.answers[21] = (
        400,
        {"error_code": "AIS.0101", "error_msg": "The input parameter is invalid."},
    )
    out = tmp_path / "results.jsonl"

    summary = run(fault_client(url), tmp_path / "in", out, concurrency=5)

    assert (summary.total, summary.ok, summary.failed, summary.exit_code) == (21, 18, 3, 1)
    records = {r["file"]: r for r in read_records(out)}
    assert sorted(records) == sorted([*images, "notes.txt"])
    server_error = records["img002.png"]["error"]  # width 18
    assert server_error["type"] == "ServerError"
    assert (server_error["http_status"], server_error["error_code"]) == (500, "ModelArts.4101")
    assert server_error["attempts"] == 3  # the client retried; the batch records the outcome
    assert server_error["request_id"].startswith("req-")
    assert "busy" in server_error["message"]
    bad_request = records["img005.png"]["error"]  # width 21: AIS.* is never retried
    assert (bad_request["type"], bad_request["error_code"], bad_request["attempts"]) == (
        "BadRequestError",
        "AIS.0101",
        1,
    )
    not_image = records["notes.txt"]["error"]
    assert (not_image["type"], not_image["field"], not_image["request_id"]) == (
        "ValidationError",
        "image",
        None,
    )
    assert len(faults.arrivals) == 20 + 2  # notes.txt never sent; the 500 tried 3 times

    faults.answers.clear()
    retried = run(fault_client(url), tmp_path / "in", out, retry_failed=True)
    assert (retried.retried, retried.ok, retried.failed, retried.exit_code) == (3, 2, 1, 1)
    records = {r["file"]: r for r in read_records(out)}
    assert len(records) == len(read_records(out)) == 21  # one line per file
    assert records["img002.png"]["status"] == records["img005.png"]["status"] == "ok"
    assert len(faults.arrivals) == 22 + 2

    (tmp_path / "in" / "notes.txt").unlink()  # a failed file that is gone keeps its line
    gone = run(fault_client(url), tmp_path / "in", out, retry_failed=True)
    assert (gone.total, gone.retried, gone.exit_code) == (20, 0, 0)
    assert len(read_records(out)) == 21


def test_ten_percent_faults_every_file_ok_or_failed_exactly_once(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, faults = faulty
    count = 80
    make_images(tmp_path / "in", count)  # widths 16..95
    kinds = [
        (500, {"error_code": "ModelArts.4101", "error_msg": "busy"}),
        (429, {"error_code": "APIG.0308", "error_msg": "flow control"}),
        (400, {"error_code": "AIS.0103", "error_msg": "image size"}),
        (0, None),  # the connection drops
    ]
    faulty_widths = list(range(16, 16 + count, 10))  # 8 of 80: 10%
    for i, width in enumerate(faulty_widths):
        faults.answers[width] = kinds[i % len(kinds)]
    faults.once = {faulty_widths[0], faulty_widths[3]}  # these two heal on a retry
    summary = run(fault_client(url), tmp_path / "in", tmp_path / "r.jsonl", concurrency=8)

    records = read_records(tmp_path / "r.jsonl")
    assert len(records) == len({r["file"] for r in records}) == count
    failed = {r["file"]: r["error"] for r in records if r["status"] == "failed"}
    assert len(failed) == 6  # 8 faults, two of them transient
    assert {e["type"] for e in failed.values()} == {
        "ServerError",
        "RateLimitError",
        "BadRequestError",
        "TransportError",
    }
    assert all(e["message"] for e in failed.values())
    assert (summary.ok, summary.failed, summary.exit_code) == (count - 6, 6, 1)


def test_refused_credentials_stop_the_run_and_are_not_recorded(
    faulty: tuple[str, Faults], tmp_path: Path
) -> None:
    url, faults = faulty
    make_images(tmp_path / "in", 10)
    faults.answers.update(
        {w: (401, {"error_code": "APIG.0301", "error_msg": "bad token"}) for w in range(16, 26)}
    )
    summary = run(fault_client(url), tmp_path / "in", tmp_path / "r.jsonl", concurrency=2)
    assert summary.fatal is not None
    assert "UnauthorizedError" in summary.fatal
    assert summary.exit_code == 2
    assert read_records(tmp_path / "r.jsonl") == []  # a rerun with good credentials does them
    assert len(faults.arrivals) <= 2 + 2  # stopped at the first answers, not 10 refusals


def test_the_rate_limit_holds(faulty: tuple[str, Faults], tmp_path: Path) -> None:
    url, faults = faulty
    count, rate = 21, 20.0
    make_images(tmp_path / "in", count)
    started = time.monotonic()
    summary = run(
        fault_client(url), tmp_path / "in", tmp_path / "r.jsonl", concurrency=8, rate=rate
    )
    elapsed = time.monotonic() - started
    assert summary.ok == count
    times = sorted(t for t, _ in faults.arrivals)
    # The limiter spaces the starts; arrivals can bunch a little behind a slow first request
    # (imports, new connections), hence one interval of slack.
    assert times[-1] - times[0] >= (count - 2) / rate
    assert max(sum(1 for t in times if s <= t < s + 0.5) for s in times) <= 0.5 * rate + 2
    assert elapsed < (count - 1) / rate + 5  # and not much slower than asked


def test_rate_limiter_token_bucket() -> None:
    limiter = RateLimiter(10)
    assert limiter.delay(0.0) == 0.0
    limiter.take(0.0)
    assert limiter.delay(0.0) == pytest.approx(0.1)
    assert limiter.delay(0.05) == pytest.approx(0.05)
    limiter.take(0.1)
    assert limiter.delay(10.0) == 0.0  # idle time is not saved beyond the burst
    limiter.take(10.0)
    assert limiter.delay(10.0) == pytest.approx(0.1)
    bursty = RateLimiter(10, burst=3)
    for _ in range(3):
        assert bursty.delay(0.0) == 0.0
        bursty.take(0.0)
    assert bursty.delay(0.0) == pytest.approx(0.1)
    with pytest.raises(BatchError):
        RateLimiter(0)


def test_names_that_are_not_utf8_are_recorded_exactly(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw_names = [b"caf\xe9.png", b"caf\xe8.png", "日本語.png".encode()]
    try:
        for raw in raw_names:
            with open(os.path.join(os.fsencode(folder), raw), "wb") as image:
                image.write(sample_png())
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    out = tmp_path / "results.jsonl"
    calls = len(server.state.calls)
    assert run(local_client(server), folder, out).exit_code == 0

    records = read_records(out)
    assert sorted(record_key(r) for r in records) == sorted(raw_names)
    latin = [r for r in records if "file_b64" in r]
    assert len(latin) == 2  # both show as "caf\ufffd.png"; the bytes tell them apart
    assert {r["file"] for r in latin} == {"caf\ufffd.png"}
    assert {r["file"] for r in records if "file_b64" not in r} == {"日本語.png"}
    assert "日本語" in out.read_text("utf-8")  # UTF-8, not \\u escapes

    assert run(local_client(server), folder, out).processed == 0  # recognised as done
    assert len(server.state.calls) == calls + 3


def test_walk_order_patterns_and_what_is_left_out(tmp_path: Path) -> None:
    make_images(tmp_path / "in", 6)
    folder = tmp_path / "in"
    (folder / "notes.txt").write_text("x")
    os.mkfifo(folder / "pipe.png")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "linked.png").write_bytes(sample_png())
    (folder / "link").symlink_to(tmp_path / "elsewhere")  # a symlinked directory: not followed
    (folder / "alias.png").symlink_to(folder / "img001.png")  # a symlinked file: a file
    found = [f.rel for f in iter_files(folder)]
    assert found == [
        "alias.png",
        "img001.png",
        "img002.png",
        "img003.png",
        "img005.png",
        "notes.txt",
        "sub/img000.png",
        "sub/img004.png",
    ]
    assert [f.rel for f in iter_files(folder, ["*.txt", "sub/*4.png"])] == [
        "notes.txt",
        "sub/img004.png",
    ]
    assert all(f.rel.endswith(".png") for f in iter_files(folder, ["*.png"]))


def test_bad_arguments_are_refused_before_anything_is_sent(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    make_images(tmp_path / "in", 2)
    out = tmp_path / "r.jsonl"
    with pytest.raises(BatchError, match="not a directory"):
        run(local_client(server), tmp_path / "nowhere", out)
    with pytest.raises(BatchError, match="concurrency"):
        run(local_client(server), tmp_path / "in", out, concurrency=0)
    with pytest.raises(BatchError, match="no_such"):
        run(local_client(server), tmp_path / "in", out, options={"no_such": 1})
    with pytest.raises(BatchError, match="language"):
        run(local_client(server), tmp_path / "in", out, options={"language": "xx"})
    with pytest.raises(BatchError, match="unknown operation"):
        run_batch(local_client(server), tmp_path / "in", out, "nothing", handle_signals=False)
    out.write_text('{"file":"a.png","operation":"passport","status":"ok","result":{}}\n')
    with pytest.raises(BatchError, match="passport"):
        run(local_client(server), tmp_path / "in", out)


def test_one_results_file_has_one_writer(server: LocalOcrServer, tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    make_images(tmp_path / "in", 2)
    out = tmp_path / "r.jsonl"
    with open(out, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(BatchError, match="another batch"):
            run(local_client(server), tmp_path / "in", out)
    assert run(local_client(server), tmp_path / "in", out).ok == 2


def test_progress_bar_on_a_terminal_and_lines_elsewhere(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    make_images(tmp_path / "in", 8)
    terminal = io.StringIO()
    run(
        local_client(server),
        tmp_path / "in",
        tmp_path / "a.jsonl",
        reporter=ProgressReporter(terminal, tty=True),
    )
    text = terminal.getvalue()
    assert "\r" in text
    assert "ETA" in text
    assert "%" in text
    assert text.splitlines()[-1].startswith("batch: 8 files: 8 ok, 0 failed, 0 not done")
    log = io.StringIO()
    run(
        local_client(server),
        tmp_path / "in",
        tmp_path / "b.jsonl",
        reporter=ProgressReporter(log, tty=False, interval=0),
    )
    assert "\r" not in log.getvalue()
    assert log.getvalue().splitlines()[-1].startswith("batch: 8 files: 8 ok")


# -- the command ---------------------------------------------------------------------------------
def cli_env(server: LocalOcrServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUAWEICLOUD_SDK_")}
    env["HUAWEICLOUD_SDK_TOKEN"] = server.issue_token()
    env["HUAWEICLOUD_SDK_PROJECT_ID"] = server.project_id
    env["HUAWEICLOUD_SDK_CREDENTIALS_FILE"] = os.devnull
    return env


def batch_command(server: LocalOcrServer, folder: Path, out: Path, *extra: str) -> list[str]:
    return [
        str(SCRIPT),
        "batch",
        str(folder),
        "--operation",
        "general-text",
        "--out",
        str(out),
        "--endpoint",
        server.url,
        *extra,
    ]


def test_cli_batch_end_to_end_with_a_token(server: LocalOcrServer, tmp_path: Path) -> None:
    images = make_images(tmp_path / "in", 12)
    out = tmp_path / "results.jsonl"
    calls = len(server.state.calls)
    done = subprocess.run(  # noqa: S603
        batch_command(
            server, tmp_path / "in", out, "--concurrency", "4", "--option", "detect_direction=true"
        ),
        env=cli_env(server),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "12 files: 12 ok, 0 failed, 0 not done" in done.stderr
    assert "\r" not in done.stderr  # not a terminal: no bar
    assert done.stdout == ""
    assert files_of(read_records(out)) == images
    assert server.state.calls[calls:] == [("RecognizeGeneralText", "token")] * 12
    assert server.sk not in out.read_text()
    assert server.sk not in done.stderr

    quiet = subprocess.run(  # noqa: S603
        [*batch_command(server, tmp_path / "in", out), "--quiet"],
        env=cli_env(server),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert (quiet.returncode, quiet.stderr) == (0, "")


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_cli_interrupted_then_rerun_records_every_file_once(
    server: LocalOcrServer, tmp_path: Path, how: signal.Signals
) -> None:
    images = make_images(tmp_path / "in", 30)
    out = tmp_path / "results.jsonl"
    env = cli_env(server)
    slow = batch_command(server, tmp_path / "in", out, "--rate", "20", "--fsync-interval", "0")
    process = subprocess.Popen(slow, env=env, stderr=subprocess.PIPE, text=True)  # noqa: S603
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 5):
        time.sleep(0.02)
    process.send_signal(how)
    _, stderr = process.communicate(timeout=30)
    if how == signal.SIGINT:
        assert process.returncode == 130
        assert "interrupted: run again to continue" in stderr
    else:
        assert process.returncode == -signal.SIGKILL
    interrupted = out.read_bytes()
    assert 5 <= interrupted.count(b"\n") < 30

    rest = slow[:-4]  # the same without --rate and --fsync-interval
    done = subprocess.run(rest, env=env, capture_output=True, text=True, check=False, timeout=60)  # noqa: S603
    assert done.returncode == 0, done.stderr
    assert files_of(read_records(out)) == images


def test_cli_usage_errors_exit_2(
    server: LocalOcrServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for key, value in cli_env(server).items():
        monkeypatch.setenv(key, value)
    make_images(tmp_path / "in", 2)
    out = tmp_path / "r.jsonl"
    assert (
        cli.main(
            [
                "batch",
                str(tmp_path / "nowhere"),
                "--operation",
                "general-text",
                "--out",
                str(out),
                "--endpoint",
                server.url,
            ]
        )
        == 2
    )
    assert "not a directory" in capsys.readouterr().err
    assert (
        cli.main(
            [
                "batch",
                str(tmp_path / "in"),
                "--operation",
                "general-text",
                "--out",
                str(out),
                "--endpoint",
                server.url,
                "--option",
                "no_such=1",
            ]
        )
        == 2
    )
    assert "no_such" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        cli.main(
            ["batch", str(tmp_path / "in"), "--operation", "general-text", "--concurrency", "0"]
        )
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as usage:
        cli.main(["batch", str(tmp_path / "in"), "--operation", "no-such-operation"])
    assert usage.value.code == 2
    monkeypatch.delenv("HUAWEICLOUD_SDK_PROJECT_ID")
    assert (
        cli.main(
            [
                "batch",
                str(tmp_path / "in"),
                "--operation",
                "general-text",
                "--out",
                str(out),
                "--endpoint",
                server.url,
            ]
        )
        == 2
    )
    assert "project_id" in capsys.readouterr().err
    assert not out.exists()


def test_cli_help_names_the_batch_form(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "batch DIR --operation OP" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["batch", "--help"])
    text = capsys.readouterr().out
    for flag in (
        "--concurrency",
        "--rate",
        "--out",
        "--retry-failed",
        "--glob",
        "--quiet",
        "general-text",
    ):
        assert flag in text
