"""`--output text|markdown|csv|json|table` and `huaweicloud-ocr show` (issue 15, point 9):
huaweicloud_ocr.render through the command, against the embedded local OCR server on 127.0.0.1
(which answers each operation's first documented example of openapi.yaml).

Expectations are read from the spec's examples at test time (tests.golden), except the exact
texts of the General Table example, written out below so that a change of layout shows."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from huaweicloud_ocr import _spec, cli, render
from huaweicloud_ocr.testing import LocalOcrServer, sample_png
from tests.cli_env import environment
from tests.golden import Example, examples, load_spec, string_leaves

SCRIPT = Path(sys.executable).with_name("huaweicloud-ocr")
REPRESENTATIVE = (
    "general-text",
    "general-table",
    "smart-document-recognizer",
    "passport",
    "id-card",
    "thailand-license-plate",
)
TABLE_COMMANDS = ("general-table", "smart-document-recognizer")
# The GeneralTableSuccess example as each format shows it: a text area, then a table of one row
# whose second cell spans columns 1 and 2 (empty at column 2 in CSV: merged="empty").
GENERAL_TABLE_TEXT = (
    "Text block 1 recognized in the text area\n"
    "\n"
    "Text block 1 recognized in the table area\tText block 2 recognized in the table area\n"
)
GENERAL_TABLE_CSV = (
    "Text block 1 recognized in the table area,Text block 2 recognized in the table area,\n"
)

# A connection anywhere but 127.0.0.1 fails the test (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("loopback_only")


# -- fixtures and helpers ------------------------------------------------------------------------


@pytest.fixture
def image(tmp_path: Path) -> Path:
    path = tmp_path / "sample.png"
    path.write_bytes(sample_png())
    return path


def first_example(command: str) -> Example:
    """The example the local server answers for `command`: its operation's first 200 one."""
    operation_id = _spec.operation("recognize_" + command.replace("-", "_"))["operation_id"]
    return next(
        e
        for e in examples(load_spec())
        if e.operation_id == operation_id and e.kind == "response" and e.status == "200"
    )


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Standard error of a command that must stop with a usage error, exit status 2."""
    with pytest.raises(SystemExit) as done:
        cli.main(argv)
    assert done.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def words_of(value: Any) -> list[str]:
    """Every `words` string anywhere in an answer."""
    if isinstance(value, dict):
        found = [value["words"]] if isinstance(value.get("words"), str) else []
        return found + [w for v in value.values() for w in words_of(v)]
    if isinstance(value, list):
        return [w for v in value for w in words_of(v)]
    return []


def text_words(command: str, result: Any) -> list[str]:
    """The words the reading-order text holds: SDR gives its `ocr_result` only."""
    if command == "smart-document-recognizer":
        return words_of([page.get("ocr_result") for page in result])
    return words_of(result)


def table_cells(command: str, result: Any) -> list[str]:
    """The text of every table cell (General Table table areas; SDR tables and forms)."""
    if command == "general-table":
        return words_of([r for r in result["words_region_list"] if r.get("type") == "table"])
    return words_of([[page.get("table_result"), page.get("form_result")] for page in result])


def field_lines(result: Any) -> list[tuple[str, str]]:
    """(label, value) of the top-level string fields of an ID-like result (the items of a list
    numbered from 1), confidence and images left out."""
    items = (
        [(f"{n}.", r) for n, r in enumerate(result, 1)]
        if isinstance(result, list)
        else [("", result)]
    )
    return [
        (prefix + key.replace("_", " "), value.strip())
        for prefix, item in items
        for key, value in item.items()
        if isinstance(value, str)
        and value.strip()
        and "confidence" not in key
        and not key.endswith("image")
    ]


def split_csv(text: str) -> list[list[list[str]]]:
    """CSV text as tables: runs of rows between blank lines."""
    tables: list[list[list[str]]] = [[]]
    for row in csv.reader(io.StringIO(text)):
        if row:
            tables[-1].append(row)
        elif tables[-1]:
            tables.append([])
    return [t for t in tables if t]


# -- single calls: every format of representative operations ------------------------------------
@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize("command", REPRESENTATIVE)
def test_json_table_and_text_of_each_operation(
    server: LocalOcrServer, image: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    example = first_example(command).value
    base = [command, str(image), "--endpoint", server.url]

    code, out, _ = run(base, capsys)  # json stays the default
    assert code == 0
    assert json.loads(out) == example

    code, out, _ = run([*base, "--output", "table"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert all(line.startswith("result") for line in lines)
    for leaf in string_leaves(example):
        if len(leaf) <= 100 and "\n" not in leaf:
            assert any(line.endswith("  " + leaf) for line in lines), leaf

    code, out, _ = run([*base, "--output", "text"], capsys)
    assert code == 0
    assert out.endswith("\n")
    assert not out.endswith("\n\n")
    if command in render.TEXT_OPERATIONS:
        words = text_words(command, example["result"])
        assert words
        assert "".join(out.split()) == "".join("".join(words).split())  # each once, in order
    else:
        fields = field_lines(example["result"])
        assert len(fields) >= 2
        for label, value in fields:
            assert f"{label}: {value}" in out.splitlines()


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize("command", REPRESENTATIVE)
def test_csv_gives_every_table_cell_or_is_refused_unsent(
    server: LocalOcrServer, image: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    example = first_example(command).value
    calls = len(server.state.calls)
    argv = [command, str(image), "--endpoint", server.url, "--output", "csv"]
    if command not in TABLE_COMMANDS:
        err = usage_error(argv, capsys)
        assert "argument --output" in err
        assert f"{command} answers have no tables" in err
        assert "general-table, smart-document-recognizer" in err
        assert len(server.state.calls) == calls  # refused before the request: nothing billed
        return
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert "\r" not in out
    cells = [c for table in split_csv(out) for row in table for c in row if c]
    assert sorted(cells) == sorted(table_cells(command, example["result"]))
    assert len(server.state.calls) == calls + 1


def test_general_table_text_and_csv_exactly(
    server: LocalOcrServer,
    image: Path,
    credentials: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["general-table", str(image), "--endpoint", server.url, "--output"]
    assert run([*base, "text"], capsys) == (0, GENERAL_TABLE_TEXT, "")
    assert run([*base, "csv"], capsys) == (0, GENERAL_TABLE_CSV, "")


@pytest.mark.usefixtures("credentials")
def test_smart_document_recognizer_csv_separates_tables_by_one_blank_line(
    server: LocalOcrServer, image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = first_example("smart-document-recognizer").value["result"]
    expected = [
        words_of(table)
        for page in result
        for key, name in (("table_result", "table_list"), ("form_result", "form_list"))
        for table in (page.get(key) or {}).get(name, [])
    ]
    assert len(expected) >= 2  # the example has a table and a form on different pages
    code, out, _ = run(
        ["smart-document-recognizer", str(image), "--endpoint", server.url, "--output", "csv"],
        capsys,
    )
    assert code == 0
    assert out.count("\n\n") == len(expected) - 1
    found = [[c for row in table for c in row if c] for table in split_csv(out)]
    assert sorted(map(sorted, found)) == sorted(map(sorted, expected))


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize("command", ["passport", "id-card", "thailand-license-plate"])
def test_markdown_of_fields_is_a_two_column_table(
    server: LocalOcrServer, image: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        [command, str(image), "--endpoint", server.url, "--output", "markdown"], capsys
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == ["| Field | Value |", "| --- | --- |"]
    checked = 0
    for label, value in field_lines(first_example(command).value["result"]):
        if not any(c in label + value for c in "\\`*_[]<|~"):  # nothing to escape
            assert f"| {label} | {value} |" in lines
            checked += 1
    assert checked >= 2


@pytest.mark.usefixtures("credentials")
def test_markdown_of_general_text_is_its_words(
    server: LocalOcrServer, image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        ["general-text", str(image), "--endpoint", server.url, "--output", "markdown"], capsys
    )
    assert code == 0
    words = text_words("general-text", first_example("general-text").value["result"])
    assert out == " ".join(words) + "\n"  # one line: no markup, nothing to escape


def test_markdown_of_text_escapes_markup_and_keeps_lines() -> None:
    """OCR words that look like Markdown stay words; lines stay lines; blocks are paragraphs."""

    def block(words: str, top: int) -> dict[str, Any]:
        box = [[0, top], [100, top], [100, top + 10], [0, top + 10]]
        return {"words": words, "location": box}

    answer = {
        "result": {
            "words_block_count": 4,
            "words_block_list": [
                block("# Not a heading", 0),
                block("1. not a list *or* emphasis", 20),
                block("a | b & c &amp; <tag>", 40),
                block("- [link](x)", 60),
            ],
        }
    }
    assert render.render(answer, "general-text", "markdown") == (
        "\\# Not a heading  \n"
        "1\\. not a list \\*or\\* emphasis  \n"
        "a \\| b & c \\&amp; \\<tag>  \n"
        "\\- \\[link\\](x)\n"
    )


@pytest.mark.usefixtures("credentials")
def test_unknown_format_is_a_usage_error_naming_the_flag(
    server: LocalOcrServer, image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = len(server.state.calls)
    err = usage_error(
        ["general-text", str(image), "--endpoint", server.url, "--output", "xml"], capsys
    )
    assert "argument --output: invalid choice: 'xml'" in err
    assert len(server.state.calls) == calls


def test_help_names_the_formats_and_the_show_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert "show RESULTS.jsonl" in text
    assert "render a batch's saved results" in text
    for output in render.FORMATS:
        assert output in text
    assert cli.__doc__ is not None
    assert "huaweicloud-ocr show RESULTS.jsonl" in cli.__doc__


# -- show ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def batch_results(server: LocalOcrServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A results file written by a real `huaweicloud-ocr batch` run of general-table over two
    images (one in a subdirectory), one request at a time so that the lines are in file order."""
    root = tmp_path_factory.mktemp("show")
    for i, name in enumerate(["a.png", "sub/b.png"]):
        path = root / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(sample_png(16 + i, 16))
    out = root / "results.jsonl"
    done = subprocess.run(  # noqa: S603
        [
            str(SCRIPT),
            "batch",
            str(root / "in"),
            "--operation",
            "general-table",
            "--out",
            str(out),
            "--endpoint",
            server.url,
            "--concurrency",
            "1",
            "--quiet",
        ],
        env=environment(server),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return out


def no_service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No credentials anywhere, and any connection at all fails the test."""
    for name in [k for k in os.environ if k.startswith("HUAWEICLOUD_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))

    def refuse(self: socket.socket, address: Any) -> None:
        raise AssertionError(f"show connected to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_show_text_and_csv_of_a_batch_exactly(
    batch_results: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    no_service(monkeypatch, tmp_path)
    code, out, err = run(["show", str(batch_results)], capsys)  # text is show's default
    assert (code, err) == (0, "")
    assert out == f"==> a.png <==\n{GENERAL_TABLE_TEXT}\n==> sub/b.png <==\n{GENERAL_TABLE_TEXT}"

    code, out, err = run(["show", str(batch_results), "--output", "csv"], capsys)
    assert (code, err) == (0, "")
    assert out == f"a.png,1,{GENERAL_TABLE_CSV}sub/b.png,1,{GENERAL_TABLE_CSV}"

    code, out, err = run(["show", str(batch_results), "--output", "json"], capsys)
    assert (code, err) == (0, "")
    assert [json.loads(line) for line in out.splitlines()] == [
        json.loads(line) for line in batch_results.read_text("utf-8").splitlines()
    ]

    code, out, err = run(["show", str(batch_results), "--output", "table"], capsys)
    assert (code, err) == (0, "")
    assert out.startswith("==> a.png <==\nresult.words_region_count")
    assert "\n\n==> sub/b.png <==\nresult.words_region_count" in out


def test_show_file_filter(
    batch_results: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    no_service(monkeypatch, tmp_path)
    # a pattern without / matches the name, one with / the recorded path
    for pattern in ("b.png", "sub/*", "*/b.*"):
        code, out, _ = run(["show", str(batch_results), "--file", pattern], capsys)
        assert code == 0
        assert out == f"==> sub/b.png <==\n{GENERAL_TABLE_TEXT}"
    code, out, _ = run(
        ["show", str(batch_results), "--file", "a.png", "--file", "b.png", "--output", "csv"],
        capsys,
    )
    assert (code, out.count("\n")) == (0, 2)
    code, out, err = run(["show", str(batch_results), "--file", "*.jpg"], capsys)
    assert (code, out) == (1, "")
    assert "matching --file *.jpg" in err


def test_show_runs_without_credentials_or_server(batch_results: Path, tmp_path: Path) -> None:
    """The installed command, with no credentials in its environment or home and every proxy
    pointing at a closed port: it still renders, and reads standard input for `-`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUAWEICLOUD_")}
    env["HOME"] = str(tmp_path)
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        env[proxy] = "http://127.0.0.1:9"
    with batch_results.open("rb") as results:
        done = subprocess.run(  # noqa: S603
            [str(SCRIPT), "show", "-", "--output", "csv"],
            stdin=results,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"a.png,1,{GENERAL_TABLE_CSV}sub/b.png,1,{GENERAL_TABLE_CSV}"


def hand_made(path: Path) -> None:
    """An ok passport line, a line that is not JSON, a failed line, an ok line, and a torn
    last line (cut in the middle, no newline): a batch interrupted while writing."""
    passport = first_example("passport").value
    ok = {"file": "p1.jpg", "operation": "passport", "status": "ok", "result": passport}
    failed = {
        "file": "p2.jpg",
        "operation": "passport",
        "status": "failed",
        "error": {
            "type": "BadRequestError",
            "message": "HTTP 400 AIS.0103: The image size does not meet the requirements.",
            "http_status": 400,
            "error_code": "AIS.0103",
            "request_id": "r-2",
        },
    }
    torn = json.dumps({**ok, "file": "p5.jpg"})
    lines = [
        json.dumps(ok),
        "{not json",
        json.dumps(failed),
        "",
        json.dumps({**ok, "file": "p4.jpg"}),
    ]
    path.write_text("\n".join(lines) + "\n" + torn[: len(torn) // 2], "utf-8")


def test_show_reports_failed_and_corrupt_lines_and_shows_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hand.jsonl"
    hand_made(path)
    no_service(monkeypatch, tmp_path)
    code, out, err = run(["show", str(path)], capsys)
    assert code == 1
    fields = field_lines(first_example("passport").value["result"])
    body = "".join(f"{label}: {value}\n" for label, value in fields)
    assert out.startswith(f"==> p1.jpg <==\n{body}")
    assert out.split("\n\n==> p4.jpg <==\n")[1].startswith(body)
    assert "p2.jpg" not in out
    assert "p5.jpg" not in out
    errors = err.splitlines()
    assert errors[0] == f"huaweicloud-ocr show: {path}, line 2: not JSON; not shown"
    assert errors[1] == (
        f"huaweicloud-ocr show: {path}, line 3: p2.jpg failed: BadRequestError: HTTP 400 "
        "AIS.0103: The image size does not meet the requirements."
    )
    assert errors[2].startswith(f"huaweicloud-ocr show: {path}, line 6: a torn last line")
    assert errors[3] == "huaweicloud-ocr show: 2 shown, 1 failed, 2 not shown (see the lines above)"

    code, out, err = run(["show", str(path), "--output", "markdown"], capsys)
    assert code == 1
    assert out.startswith("# p1.jpg\n\n| Field | Value |\n| --- | --- |\n")
    assert "\n\n# p4.jpg\n\n| Field | Value |\n" in out


def test_show_refuses_a_format_the_operation_cannot_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hand.jsonl"
    hand_made(path)
    no_service(monkeypatch, tmp_path)
    err = usage_error(["show", str(path), "--output", "csv"], capsys)
    assert "argument --output: passport answers have no tables" in err
    assert f"({path}, line 1)" in err
    err = usage_error(["show", str(path), "--output", "html"], capsys)
    assert "argument --output: invalid choice: 'html'" in err


def test_show_from_standard_input_in_process(
    batch_results: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    no_service(monkeypatch, tmp_path)
    stdin = io.TextIOWrapper(io.BytesIO(batch_results.read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(["show", "-", "--file", "a.png"], capsys)
    assert (code, out) == (0, f"==> a.png <==\n{GENERAL_TABLE_TEXT}")


def test_show_of_what_cannot_be_read_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    no_service(monkeypatch, tmp_path)
    code, out, err = run(["show", str(tmp_path / "missing.jsonl")], capsys)
    assert (code, out) == (2, "")
    assert f"RESULTS {tmp_path / 'missing.jsonl'}: No such file or directory" in err
    code, out, err = run(["show", str(tmp_path)], capsys)
    assert (code, out) == (2, "")
    assert f"RESULTS {tmp_path}: Is a directory" in err


def test_show_into_a_closed_pipe_ends_quietly(batch_results: Path) -> None:
    big = batch_results.parent / "big.jsonl"
    big.write_bytes(batch_results.read_bytes() * 2000)
    with subprocess.Popen(  # noqa: S603
        [str(SCRIPT), "show", str(big)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()
        err = process.stderr.read().decode()
        assert process.wait(timeout=60) == cli.EXIT_BROKEN_PIPE
    assert err == ""


# -- markdown of documents (results.document.markdown_of) ----------------------------------------
def document_markdown(command: str) -> tuple[str, list[str]]:
    """markdown_of of the example the server answers, and the warnings it gives."""
    from huaweicloud_ocr.results.document import markdown_of

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = markdown_of(first_example(command).value)
    return text, [str(w.message) for w in caught]


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize("command", TABLE_COMMANDS)
def test_markdown_of_documents_with_warnings_in_the_command_s_words(
    server: LocalOcrServer, image: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    expected, notes = document_markdown(command)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # as under PYTHONWARNINGS=error: still said, not raised
        code, out, err = run(
            [command, str(image), "--endpoint", server.url, "--output", "markdown"], capsys
        )
    assert code == 0
    assert out == expected.rstrip("\n") + "\n"
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    for cell in table_cells(command, first_example(command).value["result"]):
        assert any(f"| {cell} |" in row for row in rows), cell
    assert err.splitlines() == [f"huaweicloud-ocr: warning: {note}" for note in notes]
    assert "Warning:" not in err  # not Python's own warning lines


def test_show_markdown_puts_document_headings_under_the_file(
    batch_results: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    no_service(monkeypatch, tmp_path)
    table_md, _ = document_markdown("general-table")
    code, out, err = run(["show", str(batch_results), "--output", "markdown"], capsys)
    assert (code, err) == (0, "")
    assert out == f"# a.png\n\n{table_md.rstrip()}\n\n# sub/b.png\n\n{table_md.rstrip()}\n"

    sdr_md, notes = document_markdown("smart-document-recognizer")
    titles = [line for line in sdr_md.splitlines() if line.startswith("# ")]
    assert titles  # the example has a title
    sdr = {
        "file": "scan_1.pdf",
        "operation": "smart-document-recognizer",
        "status": "ok",
        "result": first_example("smart-document-recognizer").value,
    }
    path = tmp_path / "sdr.jsonl"
    path.write_text(json.dumps(sdr) + "\n", "utf-8")
    code, out, err = run(["show", str(path), "--output", "markdown"], capsys)
    assert code == 0
    assert out.startswith("# scan\\_1.pdf\n\n")
    assert [line for line in out.splitlines() if line.startswith("#")] == [
        "# scan\\_1.pdf",
        *("#" + title for title in titles),
    ]
    assert err.splitlines() == [
        f"huaweicloud-ocr show: {path}, line 1: scan_1.pdf: warning: {note}" for note in notes
    ]
