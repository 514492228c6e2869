"""`huaweicloud-ocr OPERATION --help` and the operation's option flags, made from the spec.

Every expectation about an option (its flag, description, rule and default) is read from
spec_data.json through huaweicloud_ocr._spec, and the rule text from _options.describe: nothing
per operation is written out here, as nothing is in cli.py. What reaches the server is seen
through a recording proxy (tests/fault_proxy.py, passing everything) in front of the local OCR
server, which also validates each body against the operation's schema.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from huaweicloud_ocr import _options, _spec, cli
from huaweicloud_ocr.batch import command_name
from huaweicloud_ocr.testing import LocalOcrServer, sample_png
from tests.fault_proxy import FaultProxy, request_key

COMMANDS = {command_name(method): method for method in sorted(_spec.operations())}
OPTIONS_TITLE = "operation options (from openapi.yaml):"
CONNECTION_FLAGS = ("--region", "--endpoint", "--project-id", "--timeout", "--option", "--output")


class Recorder(FaultProxy):
    """A proxy that passes everything on and keeps each JSON request body it saw."""

    def __init__(self, upstream: str) -> None:
        self.bodies: list[dict[str, Any]] = []
        super().__init__(upstream, key_of=self._keep)

    def _keep(self, method: str, path: str, body: bytes) -> str:
        if body:
            self.bodies.append(json.loads(body))
        return request_key(method, path, body)


@pytest.fixture
def proxy(server: LocalOcrServer) -> Iterator[Recorder]:
    recorder = Recorder(server.url)
    with recorder:
        yield recorder


@pytest.fixture
def image(tmp_path: Path) -> Path:
    path = tmp_path / "sample.png"
    path.write_bytes(sample_png())
    return path


def flag_of(name: str) -> str:
    return "--" + name.replace("_", "-")


def words(text: str) -> str:
    return " ".join(text.split())


def help_of(command: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main([command, "--help"])
    assert done.value.code == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def option_entries(help_text: str) -> tuple[str, dict[str, str]]:
    """The note under the options title, and each listed flag's help (whitespace collapsed)."""
    section = help_text.split(OPTIONS_TITLE + "\n", 1)[1].split("\n\nCredentials as", 1)[0]
    note, *entries = re.split(r"\n\s*\n?(?=  --)", section)
    listed = {}
    for entry in entries:
        flag, _, rest = entry.strip().partition(" ")
        assert rest.startswith("VALUE"), entry
        listed[flag] = words(rest.removeprefix("VALUE"))
    return words(note), listed


def rule_and_default(schema: dict[str, Any]) -> str:
    """How the help of an option must end, straight from its schema."""
    text = f"Allowed: {_options.describe(schema)}."
    if "default" in schema:
        text += f" Default: {json.dumps(schema['default'])}."
    return text


def fail(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run argv as a usage error (exit status 2) and return stderr."""
    with pytest.raises(SystemExit) as done:
        cli.main(argv)
    assert done.value.code == 2
    return capsys.readouterr().err


# -- the help -------------------------------------------------------------------------------------
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_operation_help_lists_every_option_with_its_rule_and_default(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _spec.operation(COMMANDS[command])
    text = help_of(command, capsys)
    assert text.startswith(f"usage: huaweicloud-ocr {command} IMAGE|URL [options]\n")
    assert spec["summary"] in text
    assert f"Documented regions: {', '.join(spec['regions'])}." in text
    assert ("Deprecated" in text) == spec["deprecated"]
    for flag in CONNECTION_FLAGS:
        assert f"  {flag} " in text
    note, listed = option_entries(text)
    # One flag per option, in spec order, and nothing else in the group.
    assert list(listed) == [flag_of(name) for name in spec["options"]]
    assert len(listed) == len(spec["options"])
    for name, schema in spec["options"].items():
        entry = listed[flag_of(name)]
        assert entry.startswith(words(schema.get("description", ""))), name
        assert entry.endswith(rule_and_default(schema)), name
        assert _options.describe(schema) in words(text)
    if not spec["options"]:
        assert note == "This operation has no request options."


def test_general_help_points_at_the_operation_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    assert "OPERATION --help lists the operation's request options" in capsys.readouterr().out


def test_the_help_follows_the_spec_not_the_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An option added to the spec data gets a flag, its rule and its default with no code; one
    whose name is a flag of the command itself gets --request-NAME and leaves that flag alone."""
    options = _spec.operation("recognize_passport")["options"]
    made_up = {
        "type": "integer",
        "minimum": 3,
        "description": "A 100% made-up option",
        "default": 4,
    }
    monkeypatch.setitem(options, "made_up_limit", made_up)
    monkeypatch.setitem(options, "timeout", {"type": "boolean", "description": "Clashes."})
    text = help_of("passport", capsys)
    _, listed = option_entries(text)
    assert listed["--made-up-limit"] == (
        "A 100% made-up option. Allowed: an integer >= 3. Default: 4."
    )
    assert listed["--request-timeout"] == "Clashes. Allowed: true or false."
    assert "--timeout TIMEOUT" in text
    err = fail(["passport", "x.png", "--made_up_limit", "2", "--timeout", "5"], capsys)
    assert "argument --made-up-limit: 2 is below the minimum 3 (allowed: an integer >= 3)" in err
    parser = cli.build_operation_parser("passport")
    args = parser.parse_args(["passport", "x.png", "--request-timeout", "yes", "--timeout", "5"])
    assert parser.request_options(args) == {"timeout": True}
    assert args.timeout == 5.0


def test_console_script_shows_operation_help() -> None:
    script = Path(sys.executable).with_name("huaweicloud-ocr")
    done = subprocess.run(  # noqa: S603
        [str(script), "web-image", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: huaweicloud-ocr web-image IMAGE|URL [options]")
    _, listed = option_entries(done.stdout)
    assert list(listed) == [flag_of(n) for n in _spec.operation("recognize_web_image")["options"]]


# -- values reach the server as their JSON type ---------------------------------------------------
def run(proxy: Recorder, argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """Run the command against the proxy; the one body the server received."""
    before = len(proxy.bodies)
    assert cli.main([*argv, "--endpoint", proxy.url]) == 0, capsys.readouterr().err
    assert "result" in json.loads(capsys.readouterr().out)
    (body,) = proxy.bodies[before:]
    return body


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(
    ("flags", "sent"),
    [
        (["--detect-direction", "true"], {"detect_direction": True}),
        (["--detect_direction", "FALSE"], {"detect_direction": False}),
        (
            ["--character-mode", "1", "--quick-mode", "no"],
            {"character_mode": True, "quick_mode": False},
        ),
        (["--pdf-page-number", "2", "--language", "zh"], {"pdf_page_number": 2, "language": "zh"}),
        (["--option", "detect_direction=true"], {"detect_direction": True}),  # the old form
    ],
)
def test_general_text_flags_are_sent_as_json(
    proxy: Recorder,
    image: Path,
    flags: list[str],
    sent: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    body = run(proxy, ["general-text", str(image), *flags], capsys)
    assert {k: v for k, v in body.items() if k != "image"} == sent
    for name, value in sent.items():
        assert type(body[name]) is type(value)


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(
    "value",
    ["contact_info,image_size", "contact_info, image_size", '["contact_info","image_size"]'],
)
def test_a_list_option_is_sent_as_a_json_list(
    proxy: Recorder, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    body = run(proxy, ["web-image", "https://example.com/a.png", "--extract-type", value], capsys)
    assert body["extract_type"] == ["contact_info", "image_size"]
    body = run(
        proxy, ["web-image", "https://example.com/a.png", "--extract-type", "image_size"], capsys
    )
    assert body["extract_type"] == ["image_size"]


@pytest.mark.usefixtures("credentials")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(
    ("flags", "sent"),
    [
        (["--country-region", "VNM"], {"country_region": "VNM"}),
        (["--country-region", "VNM,IND"], {"country_region": ["VNM", "IND"]}),
        (["--country-region", '["PHL"]'], {"country_region": ["PHL"]}),
        (
            ["--id-type", "PP", "--country_region", "IND"],
            {"id_type": "PP", "country_region": "IND"},
        ),
        (
            ["--id-type", "PP,DL", "--return-portrait-image", "true"],
            {"id_type": ["PP", "DL"], "return_portrait_image": True},
        ),
    ],
)
def test_a_list_or_string_option_keeps_a_single_value_a_string(
    proxy: Recorder,
    image: Path,
    flags: list[str],
    sent: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    body = run(proxy, ["id-document", str(image), *flags], capsys)
    assert {k: v for k, v in body.items() if k != "image"} == sent


@pytest.mark.usefixtures("credentials")
def test_flags_may_come_before_the_operation(
    proxy: Recorder, image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = run(
        proxy,
        ["--output", "json", "general-text", str(image), "--detect-direction", "true"],
        capsys,
    )
    assert body["detect_direction"] is True


# -- bad values are usage errors, and nothing is sent ---------------------------------------------
@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(
    ("command", "flags", "named", "rule_of"),
    [
        ("general-text", ["--detect-direction", "maybe"], "--detect-direction", "detect_direction"),
        ("general-text", ["--detect_direction", "2"], "--detect-direction", "detect_direction"),
        ("general-text", ["--pdf-page-number", "0"], "--pdf-page-number", "pdf_page_number"),
        ("general-text", ["--pdf-page-number", "one"], "--pdf-page-number", "pdf_page_number"),
        ("general-text", ["--language", "xx"], "--language", "language"),
        ("web-image", ["--extract-type", "contact_info,size"], "--extract-type", "extract_type"),
        ("web-image", ["--extract-type", "[contact_info"], "--extract-type", "extract_type"),
        ("id-document", ["--country-region", "XXX"], "--country-region", "country_region"),
        ("id-document", ["--id-type", "PP,XX"], "--id-type", "id_type"),
    ],
)
def test_a_bad_value_names_the_flag_and_the_rule_and_sends_nothing(
    server: LocalOcrServer,
    proxy: Recorder,
    image: Path,
    command: str,
    flags: list[str],
    named: str,
    rule_of: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    calls = len(server.state.calls)
    err = fail([command, str(image), "--endpoint", proxy.url, *flags], capsys)
    rule = _options.describe(_spec.operation(COMMANDS[command])["options"][rule_of])
    assert err.startswith(f"usage: huaweicloud-ocr {command} IMAGE|URL [options]\n")
    assert f"huaweicloud-ocr {command}: error: argument {named}: " in err
    assert f"(allowed: {rule})" in err
    assert proxy.bodies == []
    assert len(server.state.calls) == calls


def test_a_bad_boolean_is_exit_status_2_from_the_console_script(
    server: LocalOcrServer, tmp_path: Path
) -> None:
    script = Path(sys.executable).with_name("huaweicloud-ocr")
    calls = len(server.state.calls)
    argv = [str(script), "general-text", str(tmp_path / "a.png"), "--endpoint", server.url]
    done = subprocess.run(  # noqa: S603
        [*argv, "--detect-direction", "maybe"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "argument --detect-direction:" in done.stderr
    assert "true or false" in done.stderr
    assert len(server.state.calls) == calls


def test_an_option_given_twice_is_a_usage_error(
    image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["general-text", str(image), "--detect-direction", "true"]
    err = fail([*argv, "--option", "detect_direction=false"], capsys)
    assert "detect_direction is given both as --detect-direction and as --option" in err


def test_usage_errors_of_the_operation_form(capsys: pytest.CaptureFixture[str]) -> None:
    assert "the following arguments are required: IMAGE|URL" in fail(["passport"], capsys)
    assert "invalid choice: 'no-such'" in fail(["no-such", "x.png"], capsys)
    assert "unrecognized arguments: --no-such-flag" in fail(
        ["passport", "x.png", "--no-such-flag", "1"], capsys
    )


# -- words to values ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("schema", "text", "value"),
    [
        ({"type": "boolean"}, "True", True),
        ({"type": "boolean"}, "yes", True),
        ({"type": "boolean"}, "0", False),
        ({"type": "boolean"}, "maybe", "maybe"),  # left for check_option to refuse
        ({"type": "integer"}, "12", 12),
        ({"type": "integer"}, "1.5", "1.5"),
        ({"type": "number"}, "1.5", 1.5),
        ({"type": "string"}, "a,b", "a,b"),
        ({"type": "string"}, '{"k": "v"}', '{"k": "v"}'),
        ({"type": "array", "items": {"type": "string"}}, "a, b", ["a", "b"]),
        ({"type": "array", "items": {"type": "integer"}}, "1,2", [1, 2]),
        ({"type": "array", "items": {"type": "integer"}}, "[1, 2]", [1, 2]),
        ({"type": "array"}, "", []),
        ({"type": "object"}, '{"k": 1}', {"k": 1}),
        ({"oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]}, "a", "a"),
        ({"oneOf": [{"type": "array", "items": {"type": "string"}}]}, "a", ["a"]),
        ({"oneOf": [{"type": "integer"}, {"type": "string"}]}, "7", 7),
        ({"oneOf": [{"type": "integer"}, {"type": "string"}]}, "x", "x"),
    ],
)
def test_value_from_text(schema: dict[str, Any], text: str, value: Any) -> None:
    assert cli.value_from_text(schema, text) == value
    assert type(cli.value_from_text(schema, text)) is type(value)
