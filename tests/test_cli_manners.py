"""The command's manners (issue 14, point 8, and the command's side of point 7): a closed pipe
ends it quietly, --version, `-` for standard input, errors that name its flags, an answered
error's cause and solution on lines of their own, and `batch` skipping what is not an image.

Everything runs against the embedded local OCR server, or a silent socket, on 127.0.0.1; the
in-process tests refuse any connection elsewhere (no_traffic_elsewhere)."""

from __future__ import annotations

import io
import json
import os
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from huaweicloud_ocr import AsyncOcrClient, __version__, _spec, batch, cli
from huaweicloud_ocr.batch import engine, inputs
from huaweicloud_ocr.errors import ApiError, BadRequestError, ConfigurationError
from huaweicloud_ocr.testing import LocalOcrServer, sample_png
from tests.cli_env import environment, use_server

SCRIPT = Path(sys.executable).with_name("huaweicloud-ocr")
TRACEBACK = "Traceback (most recent call last)"

# A connection anywhere but 127.0.0.1 fails the test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("loopback_only")


# -- fixtures ------------------------------------------------------------------------------------
@pytest.fixture
def image(tmp_path: Path) -> Path:
    path = tmp_path / "sample.png"
    path.write_bytes(sample_png())
    return path


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def make_pngs(root: Path, names: list[str]) -> None:
    for i, name in enumerate(names):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(sample_png(16 + i, 16))


def lines_of(path: Path) -> dict[str, dict[str, Any]]:
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    by_file = {r["file"]: r for r in records}
    assert len(by_file) == len(records)  # one line per file
    return by_file


# -- 1. a closed pipe ends quietly ---------------------------------------------------------------
def buffering(env: dict[str, str], unbuffered: bool) -> dict[str, str]:
    """Python's standard output block-buffered (a closed pipe is met when it is flushed) or
    unbuffered, PYTHONUNBUFFERED=1 (met by the write itself)."""
    env = dict(env)
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return env


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("output", ["json", "table"])
def test_standard_output_closed_early_ends_quietly_with_status_1(
    server: LocalOcrServer, image: Path, output: str, unbuffered: bool
) -> None:
    """The reader of standard output is gone before the answer is printed (`| head` that has
    had enough): no traceback, status 1 as the Python documentation recommends."""
    calls = len(server.state.calls)
    command = [str(SCRIPT), "general-text", str(image), "--endpoint", server.url]
    with subprocess.Popen(  # noqa: S603
        [*command, "--output", output],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=buffering(environment(server), unbuffered),
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()  # before the command can have written anything
        err = process.stderr.read().decode()
        assert process.wait(timeout=60) == cli.EXIT_BROKEN_PIPE
    assert err == ""  # no BrokenPipeError traceback, no "Exception ignored"
    assert len(server.state.calls) == calls + 1  # the request was made; its answer unread


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["general-text", "--help"]])
def test_help_into_a_closed_pipe_is_quiet(argv: list[str]) -> None:
    """Block-buffered, argparse's help met the closed pipe only in Python's flush at exit:
    "Exception ignored ... BrokenPipeError" and status 120."""
    with subprocess.Popen(  # noqa: S603
        [str(SCRIPT), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=buffering(dict(os.environ), unbuffered=False),
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()
        err = process.stderr.read().decode()
        assert process.wait(timeout=60) == cli.EXIT_BROKEN_PIPE
    assert err == ""


def test_a_pipeline_into_a_reader_that_has_gone(server: LocalOcrServer, image: Path) -> None:
    script = (
        f"'{SCRIPT}' general-text '{image}' --endpoint {server.url} | true; "
        'echo "status=${PIPESTATUS[0]}"'
    )
    done = subprocess.run(  # noqa: S603
        ["/bin/bash", "-c", script],
        env=environment(server),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout == f"status={cli.EXIT_BROKEN_PIPE}\n"
    assert TRACEBACK not in done.stderr
    assert done.stderr == ""


def test_batch_with_standard_error_closed_ends_quietly(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    """`batch ... 2>&1 | true`: its summary line meets the closed pipe. Status 1, and every
    image has its line (a rerun sends nothing)."""
    make_pngs(tmp_path / "in", ["a.png", "b.png", "sub/c.png"])
    out = tmp_path / "results.jsonl"
    command = (
        f"'{SCRIPT}' batch '{tmp_path / 'in'}' --operation general-text --out '{out}' "
        f"--endpoint {server.url}"
    )
    done = subprocess.run(  # noqa: S603
        ["/bin/bash", "-c", f'{command} 2>&1 | true; echo "status=${{PIPESTATUS[0]}}"'],
        env=environment(server),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout == f"status={cli.EXIT_BROKEN_PIPE}\n"
    assert sorted(lines_of(out)) == ["a.png", "b.png", "sub/c.png"]
    again = subprocess.run(  # noqa: S603
        ["/bin/bash", "-c", command],
        env=environment(server),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert "3 files: 3 ok, 0 failed, 0 not done; this run 0 in" in again.stderr


class ClosingPipe(io.StringIO):
    """Standard error as a pipe whose reader goes away after `writes` writes."""

    def __init__(self, writes: int) -> None:
        super().__init__()
        self.writes = writes

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        if self.writes <= 0:
            raise BrokenPipeError(32, "Broken pipe")
        self.writes -= 1
        return super().write(text)


def test_a_progress_pipe_closed_mid_run_stops_the_batch_as_one_ctrl_c(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    """The command's progress reporter, its pipe closing at the first progress line: the run
    stops taking files, the answers in flight are recorded (none lost, none twice), nothing is
    raised; a rerun does the rest. (batch.ProgressReporter alone let BrokenPipeError through
    and cancelled the requests in flight.)"""
    names = [f"img{i:02}.png" for i in range(10)]
    make_pngs(tmp_path / "in", names)
    out = tmp_path / "results.jsonl"

    def client() -> AsyncOcrClient:
        return AsyncOcrClient(
            endpoint=server.url, ak=server.ak, sk=server.sk, project_id=server.project_id
        )

    stop = batch.StopSignal()
    progress = cli.PipeSafeProgress(stop, ClosingPipe(0), interval=0)
    first = batch.run_batch(
        client,
        tmp_path / "in",
        out,
        "general-text",
        rate=5,  # 2 s for all ten: the pipe closes long before
        reporter=progress,
        stop=stop,
        handle_signals=False,
        skip_not_images=True,
    )
    assert progress.closed
    assert first.fatal is None
    assert first.interrupted
    assert 0 < first.processed < len(names)
    assert len(lines_of(out)) == first.processed

    second = batch.run_batch(
        client, tmp_path / "in", out, "general-text", handle_signals=False, skip_not_images=True
    )
    assert second.exit_code == 0
    assert second.processed == len(names) - first.processed
    assert sorted(lines_of(out)) == names


# -- 2. --version --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "argv", [["--version"], ["batch", "--version"], ["general-text", "--version"]]
)
def test_version(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(argv)
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out == cli.version_text() + "\n"
    assert out.startswith(f"huaweicloud-ocr {__version__} (Python ")
    assert "httpx " in out


def test_version_of_the_installed_command() -> None:
    done = subprocess.run(  # noqa: S603
        [str(SCRIPT), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith(f"huaweicloud-ocr {__version__} ")


# -- 3. `-` reads the image from standard input --------------------------------------------------
def test_dash_reads_the_image_from_standard_input(server: LocalOcrServer, image: Path) -> None:
    calls = len(server.state.calls)
    with image.open("rb") as stdin:
        done = subprocess.run(  # noqa: S603
            [str(SCRIPT), "general-text", "-", "--endpoint", server.url],
            stdin=stdin,
            env=environment(server),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert "words_block_list" in json.loads(done.stdout)["result"]
    assert server.state.calls[calls:] == [("RecognizeGeneralText", "aksk")]


def test_endless_standard_input_is_refused_quickly(server: LocalOcrServer) -> None:
    """/dev/zero never ends: at most the documented size + 1 byte is read, then refused."""
    limit = _spec.operation("recognize_general_text")["image_constraints"]["max_base64_bytes"]
    calls = len(server.state.calls)
    started = time.monotonic()
    with open("/dev/zero", "rb") as zeros:
        done = subprocess.run(  # noqa: S603
            [str(SCRIPT), "general-text", "-", "--endpoint", server.url],
            stdin=zeros,
            env=environment(server),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert time.monotonic() - started < 30
    assert done.returncode == 2
    assert done.stderr == (
        "huaweicloud-ocr: RequestTooLargeError: IMAGE -: standard input gives more than "
        f"{limit // 4 * 3} bytes (rule: at most {limit // 4 * 3} bytes ({limit} in Base64))\n"
    )
    assert len(server.state.calls) == calls  # nothing sent


def test_dash_with_nothing_to_read(server: LocalOcrServer) -> None:
    env = environment(server)
    command = f"'{SCRIPT}' general-text - --endpoint {server.url}"
    empty = subprocess.run(  # noqa: S603
        ["/bin/bash", "-c", f"{command} < /dev/null"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (empty.returncode, empty.stderr) == (
        2,
        "huaweicloud-ocr: ValidationError: IMAGE -: the image is empty (0 bytes) "
        "(rule: a non-empty image file)\n",
    )
    closed = subprocess.run(  # noqa: S603
        ["/bin/bash", "-c", f"{command} <&-"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (closed.returncode, closed.stderr) == (
        2,
        "huaweicloud-ocr: IMAGE -: standard input is closed\n",
    )
    primary, secondary = os.openpty()  # a terminal: reading it would wait for typing
    try:
        terminal = subprocess.run(  # noqa: S603
            [str(SCRIPT), "general-text", "-", "--endpoint", server.url],
            stdin=secondary,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(primary)
        os.close(secondary)
    assert terminal.returncode == 2
    assert terminal.stderr.startswith("huaweicloud-ocr: IMAGE -: standard input is a terminal;")


# -- 4. errors name the command's flags ----------------------------------------------------------
def test_a_missing_project_id_names_the_flag_and_the_variable(
    server: LocalOcrServer,
    image: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use_server(monkeypatch, server, HUAWEICLOUD_SDK_PROJECT_ID=None)
    code, _, err = run_cli(["general-text", str(image), "--endpoint", server.url], capsys)
    assert code == 2
    assert err.startswith("huaweicloud-ocr: ConfigurationError: ")
    assert "--project-id" in err
    assert "HUAWEICLOUD_SDK_PROJECT_ID" in err
    for python in ("project_id=", "resolve_project_id", "=True"):
        assert python not in err

    make_pngs(tmp_path / "in", ["a.png"])
    argv = ["batch", str(tmp_path / "in"), "--operation", "general-text", "--endpoint", server.url]
    code, _, err = run_cli([*argv, "--out", str(tmp_path / "r.jsonl")], capsys)
    assert code == 2
    assert err.startswith("huaweicloud-ocr batch: ConfigurationError: ")
    assert "--project-id" in err
    assert "project_id=" not in err


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(
    ("flags", "named", "python"),
    [
        (["--project-id", "bad/id"], "--project-id 'bad/id' is not a project id", "project_id"),
        (
            ["--region", "xx-north-9"],
            "--region 'xx-north-9' is not a documented OCR region",
            "endpoint=",
        ),
        (
            ["--endpoint", "ftp://127.0.0.1"],
            "--endpoint must start with https://",
            "Error: endpoint",
        ),
        (
            # TEST-NET-1: refused as the client is made, before any connection
            ["--endpoint", "http://192.0.2.1"],
            "--endpoint 'http://192.0.2.1' is not HTTPS",
            "allow_insecure_http",
        ),
    ],
)
def test_set_up_errors_name_the_flag_given(
    image: Path,
    flags: list[str],
    named: str,
    python: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run_cli(["general-text", str(image), *flags], capsys)
    assert code == 2
    assert err.startswith(f"huaweicloud-ocr: ConfigurationError: {named}")
    assert python not in err
    if "--region" in flags:
        assert "pass --endpoint for another endpoint" in err


def test_a_value_not_from_its_flag_is_named_by_where_it_came_from() -> None:
    """A bad project id from HUAWEICLOUD_SDK_PROJECT_ID is not blamed on --project-id."""
    error = ConfigurationError("project_id '' is not a project id (rule: 1 to 64 letters)")
    assert cli.ErrorWords().text(error) == (
        "ConfigurationError: the project id '' is not a project id (rule: 1 to 64 letters); "
        "it comes from HUAWEICLOUD_SDK_PROJECT_ID or the credentials file when --project-id "
        "is not given"
    )
    given = cli.ErrorWords(given=frozenset({"project_id"}))
    assert given.text(error).startswith("ConfigurationError: --project-id '' is not")


@pytest.mark.usefixtures("credentials")
def test_no_credentials_speaks_of_variables_not_arguments(
    server: LocalOcrServer,
    image: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("HUAWEICLOUD_SDK_AK")
    monkeypatch.delenv("HUAWEICLOUD_SDK_SK")
    code, _, err = run_cli(["general-text", str(image), "--endpoint", server.url], capsys)
    assert code == 2
    assert "HUAWEICLOUD_SDK_AK" in err
    for python in ("ak and sk arguments", "TokenAuth", "IamPasswordTokenProvider"):
        assert python not in err


@pytest.mark.usefixtures("credentials")
def test_the_timeout_names_its_flag(image: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        cli.main(["general-text", str(image), "--timeout", "0"])
    assert refused.value.code == 2
    assert "argument --timeout: must be > 0, not 0" in capsys.readouterr().err

    silent = socket.socket()  # accepts connections (the kernel does), never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        endpoint = f"http://127.0.0.1:{silent.getsockname()[1]}"
        argv = ["general-text", str(image), "--endpoint", endpoint, "--timeout", "0.3"]
        code, _, err = run_cli(argv, capsys)
    finally:
        silent.close()
    assert code == 2
    assert err.startswith("huaweicloud-ocr: RequestTimeoutError: ")
    assert err.endswith(" (--timeout 0.3 s per request)\n")


@pytest.mark.usefixtures("credentials")
def test_option_errors_name_the_flags(
    server: LocalOcrServer, image: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["general-text", str(image), "--endpoint", server.url]
    code, _, err = run_cli([*base, "--option", "detect_direction=maybe"], capsys)
    assert code == 2
    assert err.startswith("huaweicloud-ocr: ValidationError: --detect-direction: 'maybe' ")
    assert "detect_direction" not in err

    code, _, err = run_cli([*base, "--option", "no_such=1"], capsys)
    assert code == 2
    assert err.startswith("huaweicloud-ocr: --option no_such: general-text has no such option")
    assert "--detect-direction" in err
    assert "keyword argument" not in err

    missing = tmp_path / "none.png"
    code, _, err = run_cli(["general-text", str(missing), "--endpoint", server.url], capsys)
    assert code == 2
    assert err.startswith(f"huaweicloud-ocr: ValidationError: IMAGE: no file at {str(missing)!r}")

    make_pngs(tmp_path / "in", ["a.png"])
    batch_argv = ["batch", str(tmp_path / "in"), "--operation", "general-text"]
    code, _, err = run_cli(
        [*batch_argv, "--endpoint", server.url, "--option", "detect_direction=maybe"], capsys
    )
    assert code == 2
    assert err.startswith("huaweicloud-ocr batch: BatchError: --option detect_direction: ")


# -- 5. cause and solution on lines of their own -------------------------------------------------
def documented(code: str) -> tuple[str, str]:
    entry = _spec.error_code(code)
    assert entry is not None
    return entry["description"], entry["solution"]


def expected_lines(label: str, text: str) -> list[str]:
    first, *rest = [line for line in text.strip().splitlines() if line.strip()]
    return [f"{label}: {first}", *(" " * (len(label) + 2) + line for line in rest)]


@pytest.mark.parametrize(
    ("changes", "flags", "code", "head"),
    [
        (
            {"HUAWEICLOUD_SDK_SK": "not-the-secret-key"},
            [],
            "APIG.0301",
            "UnauthorizedError: HTTP 401",
        ),
        ({}, ["--project-id", "someoneelses"], "ModelArts.4203", "ForbiddenError: HTTP 403"),
    ],
)
def test_an_answered_error_shows_cause_and_solution_on_their_own_lines(
    server: LocalOcrServer,
    image: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    changes: dict[str, str],
    flags: list[str],
    code: str,
    head: str,
) -> None:
    use_server(monkeypatch, server, **changes)
    status, _, err = run_cli(["general-text", str(image), "--endpoint", server.url, *flags], capsys)
    assert status == 1
    first, *rest = err.splitlines()
    assert first.startswith(f"huaweicloud-ocr: {head} {code}: ")
    assert "(request id " in first
    cause, solution = documented(code)
    assert rest == [*expected_lines("cause", cause), *expected_lines("solution", solution)]
    assert "Solution:" not in err  # the library's old appended form is not repeated


def test_api_error_lines_whether_or_not_str_still_appends_the_solution() -> None:
    cause, solution = documented("AIS.0101")
    error = BadRequestError(
        400,
        "AIS.0101",
        "The input parameter is invalid.",
        request_id="r-1",
        cause=cause,
        solution=solution,
    )

    class OneLine(BadRequestError):
        def __str__(self) -> str:
            return "HTTP 400 AIS.0101: The input parameter is invalid. (request id r-1)"

    one_line = OneLine(400, "AIS.0101", "x", cause=cause, solution=solution)
    for each in (error, one_line):
        lines = cli.api_error_lines(each)
        assert lines[0] == (
            f"{type(each).__name__}: HTTP 400 AIS.0101: The input parameter is invalid. "
            "(request id r-1)"
        )
        assert lines[1:] == [*expected_lines("cause", cause), *expected_lines("solution", solution)]
    bare = ApiError(502, None, "bad gateway")
    assert cli.api_error_lines(bare) == ["ApiError: HTTP 502: bad gateway"]


# -- 6. batch skips what is not an image ---------------------------------------------------------
def tga(width: int, height: int) -> bytes:
    """An uncompressed 24-bit TGA (it has no magic number)."""
    header = struct.pack("<BBBHHBHHHHBB", 0, 0, 2, 0, 0, 0, 0, 0, width, height, 24, 0)
    return header + bytes(width * height * 3)


def gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00" + b"\x3b"


@pytest.mark.usefixtures("credentials")
def test_batch_skips_what_is_not_an_image_and_says_how_many(
    server: LocalOcrServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    make_pngs(folder, ["a.png", "b.png", "sub/c.png"])
    (folder / "notes.txt").write_text("not an image")
    (folder / "fake.png").write_text("a .png that holds text")  # the extension is not enough
    (folder / "really-png.jpg").write_bytes(sample_png(40, 16))  # a PNG, whatever its name
    (folder / "README.md").write_text("# scans\n")
    (folder / "empty.png").write_bytes(b"")
    (folder / ".hidden.png").write_bytes(sample_png())  # hidden: left out, not counted
    out = tmp_path / "results.jsonl"
    argv = ["batch", str(folder), "--operation", "general-text", "--out", str(out)]
    argv += ["--endpoint", server.url]
    calls = len(server.state.calls)

    code, stdout, err = run_cli(argv, capsys)

    assert code == 0, err
    assert stdout == ""
    assert sorted(lines_of(out)) == ["a.png", "b.png", "really-png.jpg", "sub/c.png"]
    assert len(server.state.calls) == calls + 4
    assert "4 files: 4 ok, 0 failed, 0 not done, 4 skipped (not images); this run 4 in" in err

    code, _, err = run_cli(argv, capsys)  # a rerun: nothing to send, the same count
    assert code == 0
    assert "4 files: 4 ok, 0 failed, 0 not done, 4 skipped (not images); this run 0 in" in err

    (folder / "fake.png").write_bytes(sample_png(50, 16))  # converted since
    code, _, err = run_cli(argv, capsys)
    assert code == 0
    assert "5 files: 5 ok, 0 failed, 0 not done, 3 skipped (not images); this run 1 in" in err
    assert lines_of(out)["fake.png"]["status"] == "ok"
    assert len(server.state.calls) == calls + 5


def test_the_operations_documented_formats_decide(server: LocalOcrServer, tmp_path: Path) -> None:
    """GIF is a format of general-text, not of passport; TGA (no magic number) goes by its
    extension, for web-image, which lists it. A PDF is read page by page whatever the
    operation (test_batch_pdf.py): c.pdf cannot be read, so it is one failed line."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.gif").write_bytes(gif(100, 100))
    (folder / "b.tga").write_bytes(tga(20, 20))
    (folder / "c.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    (folder / "d.png").write_bytes(sample_png())

    def client() -> AsyncOcrClient:
        return AsyncOcrClient(
            endpoint=server.url, ak=server.ak, sk=server.sk, project_id=server.project_id
        )

    def run(operation: str) -> tuple[batch.BatchSummary, list[str]]:
        out = tmp_path / f"{operation}.jsonl"
        summary = batch.run_batch(
            client, folder, out, operation, handle_signals=False, skip_not_images=True
        )
        return summary, sorted(lines_of(out))

    summary, files = run("general-text")
    assert files == ["a.gif", "c.pdf", "d.png"]
    assert (summary.total, summary.skipped_not_images) == (3, 1)
    summary, files = run("passport")
    assert files == ["c.pdf", "d.png"]
    assert (summary.total, summary.skipped_not_images) == (2, 2)
    summary, files = run("web-image")
    assert files == ["a.gif", "b.tga", "c.pdf", "d.png"]
    assert (summary.total, summary.skipped_not_images) == (4, 0)
    assert summary.failed == 1  # c.pdf alone: the TGA was sent, and answered

    # The library's default sends every file: a line for each (failed for what is not one).
    out = tmp_path / "all.jsonl"
    every = batch.run_batch(client, folder, out, "passport", handle_signals=False)
    assert (every.total, every.skipped_not_images, every.failed) == (4, 0, 3)


@pytest.mark.usefixtures("credentials")
def test_retry_failed_drops_the_failed_lines_of_files_that_are_not_images(
    server: LocalOcrServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A results file from before the skipping (notes.txt tried, and failed): kept as it is
    without --retry-failed; with it, that line goes as if the file had never been tried."""
    folder = tmp_path / "in"
    make_pngs(folder, ["a.png"])
    (folder / "notes.txt").write_text("not an image")
    out = tmp_path / "results.jsonl"
    old = {
        "file": "notes.txt",
        "operation": "general-text",
        "status": "failed",
        "error": {"type": "ValidationError", "message": "image: the file is not an image"},
    }
    out.write_text(json.dumps(old) + "\n")
    argv = ["batch", str(folder), "--operation", "general-text", "--out", str(out)]
    argv += ["--endpoint", server.url]

    code, _, err = run_cli(argv, capsys)
    assert code == 1  # its line still says failed
    assert "2 files: 1 ok, 1 failed, 0 not done; this run 1 in" in err
    assert sorted(lines_of(out)) == ["a.png", "notes.txt"]

    code, _, err = run_cli([*argv, "--retry-failed"], capsys)
    assert code == 0, err
    assert "1 files: 1 ok, 0 failed, 0 not done, 1 skipped (not images); this run 0 in" in err
    assert sorted(lines_of(out)) == ["a.png"]


def test_files_are_sniffed_off_the_event_loop(
    server: LocalOcrServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    make_pngs(folder, ["a.png", "b.png"])
    (folder / "notes.txt").write_text("x")
    sniffed_in: list[threading.Thread] = []
    holds_image = inputs._holds_image

    def recorded(path: Path, formats: Any) -> bool:
        sniffed_in.append(threading.current_thread())
        return holds_image(path, formats)

    monkeypatch.setattr(engine, "_holds_image", recorded)  # looked up where files are judged
    summary = batch.run_batch(
        lambda: AsyncOcrClient(
            endpoint=server.url, ak=server.ak, sk=server.sk, project_id=server.project_id
        ),
        folder,
        tmp_path / "r.jsonl",
        "general-text",
        handle_signals=False,
        skip_not_images=True,
    )
    assert (summary.ok, summary.skipped_not_images) == (2, 1)
    assert len(sniffed_in) == 6  # each file in the count, and again as the files are queued
    assert threading.main_thread() not in sniffed_in  # the event loop's thread
