"""huaweicloud-ocr: recognize an image, or a directory of images, from the command line.

    huaweicloud-ocr <operation> IMAGE|URL [--region R] [--endpoint URL] [--<option> VALUE ...]
                    [--option k=v ...] [--output json|table|text|markdown|csv]
                    (huaweicloud-ocr <operation> --help lists the operation's options)
    huaweicloud-ocr batch DIR --operation OP [--out results.jsonl] [--concurrency N]
                    [--rate R] [--glob PATTERN ...] [--retry-failed] [--quiet] ...
                    (huaweicloud-ocr batch --help)
    huaweicloud-ocr show RESULTS.jsonl|- [--output text|markdown|csv|json|table] [--file GLOB ...]
                    (huaweicloud-ocr show --help)
    huaweicloud-ocr --version

--output (huaweicloud_ocr.render says what each format holds): json, the default of the single
form, and table for every operation; text (reading-order text, or "label: value" lines for ID
cards, passports, licences and plates) and markdown too; csv only for the operations that give
tables (general-table, smart-document-recognizer), refused for the others before any request
is sent (exit status 2), so nothing is billed for an answer that could not be shown.

`show` renders the answers a batch saved, without calling the service (no credentials, no
network): each ok line under its file's name, failed lines and unreadable lines (a torn last
line of an interrupted batch) reported on standard error with their line numbers while the rest
is still shown. Its default --output is text.

IMAGE `-` reads the image from standard input, at most the operation's documented size: an
endless stream is refused, not read for ever.

A closed output pipe (`huaweicloud-ocr ... | head`) ends the command quietly with status 1, as
the Python documentation recommends (signal module, "Note on SIGPIPE"): what is left to write
goes to os.devnull, and SIGPIPE keeps the SIG_IGN Python gives it (its default action would
also kill the process whenever a connection to the service was cut while being written). For
`batch` a closed standard error stops the run as one Ctrl-C does: the requests in flight are
recorded, and a rerun continues.

Errors name the command's flags and environment variables, not the library's parameters
(--project-id, not project_id=); an error the service answered is one line, then its documented
cause and solution on lines of their own.

Each operation's option flags (--detect-direction VALUE, ...) are made from its request schema
in spec_data.json: name, description, rule (huaweicloud_ocr._options.describe) and default, so
none of them is written here.

Credentials as the library: HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK (/ _SECURITY_TOKEN,
_PROJECT_ID) or ~/.huaweicloud/credentials; or HUAWEICLOUD_SDK_TOKEN for a token.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import fnmatch
import importlib
import io
import json
import os
import platform
import re
import sys
import textwrap
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any, TextIO

import httpx

from huaweicloud_ocr import __version__, _options, _spec, batch, render
from huaweicloud_ocr._files import replace_file
from huaweicloud_ocr.auth.chain import ENV_PROJECT_ID, ENV_TOKEN
from huaweicloud_ocr.batch import BatchError, command_name
from huaweicloud_ocr.client import OcrClient
from huaweicloud_ocr.errors import (
    ApiError,
    ConfigurationError,
    MissingExtraError,
    OcrError,
    RequestTimeoutError,
    ValidationError,
)
from huaweicloud_ocr.images import dimensions, is_url, read_source, sniff_format

CREDENTIALS_NOTE = __doc__.split("\n\n")[-1]
PROG = "huaweicloud-ocr"
STDIN = "-"  # IMAGE: read the image from standard input
# After a closed output pipe: the Python documentation's choice ("Python exits with error code 1
# on EPIPE", signal module, "Note on SIGPIPE"). 141 (128 + SIGPIPE) is what a shell shows for a
# process killed by the signal, and this process is not killed by it.
EXIT_BROKEN_PIPE = 1
EXIT_API_ERROR, EXIT_USAGE = 1, 2


def version_text() -> str:
    """`huaweicloud-ocr --version`: this package, then what it runs on."""
    return f"{PROG} {__version__} (Python {platform.python_version()}, httpx {httpx.__version__})"


def _parse_option(text: str) -> tuple[str, Any]:
    name, sep, raw = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"--option takes key=value, not {text!r}")
    try:
        value: Any = json.loads(raw)  # true, 3, ["a","b"] ...
    except ValueError:
        value = raw
    return name, value


IMAGE_HELP = (
    "an image file, - for standard input (binary, at most the documented size), or an http(s) "
    "URL the service downloads"
)


def _commands() -> dict[str, str]:
    """command name (general-text) -> method name (recognize_general_text)"""
    return {command_name(method): method for method in sorted(_spec.operations())}


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Argument help wrapped at spaces only: option names and values (snake_case, kebab-case,
    Base64-encoded) are never cut in two."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        text = " ".join(text.split())
        return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser: `--help` lists the operations. An operation's own parser is
    build_operation_parser(command)."""
    operations = _spec.operations()
    listing = "\n".join(
        f"  {command_name(m):32} {op['summary']} ({', '.join(op['regions'])})"
        for m, op in sorted(operations.items())
    )
    parser = argparse.ArgumentParser(
        prog="huaweicloud-ocr",
        usage="%(prog)s [-h] operation IMAGE|URL [options]\n"
        "       %(prog)s batch DIR --operation OP [options]  (see %(prog)s batch --help)\n"
        "       %(prog)s show RESULTS.jsonl [options]  (see %(prog)s show --help)",
        description="Recognize an image with Huawei Cloud OCR.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"operations (documented regions):\n{listing}\n\n"
        "commands:\n"
        f"  {'batch':32} recognize every image in a directory into a JSON Lines file\n"
        f"  {'show':32} render a batch's saved results (no request is sent)\n\n"
        "%(prog)s OPERATION --help lists the operation's request options.\n\n"
        f"{CREDENTIALS_NOTE}",
    )
    parser.add_argument("--version", action="version", version=version_text())
    parser.add_argument("operation", choices=sorted(_commands()), metavar="operation")
    parser.add_argument("image", help=IMAGE_HELP)
    _add_connection_arguments(parser)
    _add_output_argument(parser, "json")
    return parser


OUTPUT_HELP = (
    "json (the answer), table (one path and value a line), text (reading-order text, or "
    "'label: value' lines for ID cards, passports, licences and plates), markdown, or csv (the "
    "tables of general-table and smart-document-recognizer, {csv})"
)


def _add_output_argument(
    parser: argparse.ArgumentParser, default: str, csv: str = "a blank line between tables"
) -> None:
    parser.add_argument(
        "--output",
        choices=render.FORMATS,
        default=default,
        help=OUTPUT_HELP.format(csv=csv) + f" (default {default})",
    )


def _add_file_arguments(parser: argparse.ArgumentParser) -> None:
    """--overlay FILE, --overlay-text, --export hocr|pdf, --out FILE (single calls)."""
    group = parser.add_argument_group("files written besides the answer", SINGLE_EXPORT_HELP)
    group.add_argument(
        "--overlay",
        metavar="FILE",
        help="write the image with every location of the answer drawn on it (.png, .jpg, .jpeg)",
    )
    group.add_argument(
        "--overlay-text",
        action="store_true",
        help="label each box of --overlay with its text (Pillow's built-in font: Latin only)",
    )
    group.add_argument(
        "--export",
        choices=EXPORT_FORMATS,
        help="hocr (hOCR XHTML of the located words) or pdf (searchable PDF), into --out",
    )
    group.add_argument("--out", metavar="FILE", help="the file --export writes")


def _add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--region", help=f"region id (default {_spec.default_region()})")
    parser.add_argument("--endpoint", help="endpoint URL instead of the region's")
    parser.add_argument("--project-id", help="project id (default: from the credentials)")
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        type=_parse_option,
        metavar="KEY=VALUE",
        help="a request option, e.g. --option detect_direction=true (repeatable)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=60.0,
        help="seconds per request (default 60)",
    )


# -- an operation's parser, its option flags made from the request schema -----------------------
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}


def value_from_text(schema: Mapping[str, Any], text: str) -> Any:
    """A command-line word as the JSON value `schema` asks for: true/false (1/0, yes/no) for a
    boolean, int() or float() for a number, a comma-separated list or a JSON array for a list.
    A word that does not convert is returned as it is, for check_option to refuse in words."""
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        return _value_from_branches(branches, text)
    kind = schema.get("type")
    if kind == "boolean":
        return _BOOLEANS.get(text.strip().lower(), text)
    if kind in ("integer", "number"):
        try:
            return int(text) if kind == "integer" else float(text)
        except ValueError:
            return text
    if kind == "array":
        if text.lstrip().startswith("["):
            return _json_or_text(text)
        items: Mapping[str, Any] = schema.get("items") or {}
        return [value_from_text(items, part.strip()) for part in text.split(",")] if text else []
    if kind == "string":
        return text
    return _json_or_text(text)  # an object, or a schema without a type: JSON if it parses


def _value_from_branches(branches: Sequence[Mapping[str, Any]], text: str) -> Any:
    """oneOf/anyOf: the list branch for a JSON array or a word with a comma; otherwise the first
    other branch the value then conforms to (a single value stays a string when a string branch
    exists), or a one-item list when only list branches do."""
    lists = [b for b in branches if b.get("type") == "array"]
    others = [b for b in branches if b.get("type") != "array"]
    if lists and (not others or "," in text or text.lstrip().startswith("[")):
        return value_from_text(lists[0], text)
    values = [value_from_text(branch, text) for branch in others]
    for branch, value in zip(others, values, strict=True):
        if _options.problem_with(branch, value) is None:
            return value
    return values[0]


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


@dataclass(frozen=True)
class OptionFlag:
    """One request option of an operation as a command-line flag."""

    name: str  # the JSON name, as in the spec and in --option NAME=VALUE
    schema: Mapping[str, Any]
    spellings: tuple[str, ...]  # ("--detect-direction", "--detect_direction"); the first is shown

    @property
    def flag(self) -> str:
        return self.spellings[0]

    @property
    def dest(self) -> str:
        return "request_option:" + self.name

    def help(self) -> str:
        """The spec's description, then the rule in the library's words and the default."""
        description = str(self.schema.get("description") or "").strip()
        if description and not description.endswith((".", "!", "?", ":")):
            description += "."
        parts = [description, f"Allowed: {_options.describe(self.schema)}."]
        if "default" in self.schema:
            parts.append(f"Default: {json.dumps(self.schema['default'], ensure_ascii=False)}.")
        return " ".join(p for p in parts if p)


def option_flags(method: str, taken: Sequence[str] = ()) -> list[OptionFlag]:
    """The flags of an operation's request options, in spec order: --kebab-case and --snake_case
    of the JSON name, or --request-NAME where both are flags of the command itself (`taken`)."""
    flags = []
    for name, schema in _spec.operation(method)["options"].items():
        kebab = name.replace("_", "-")
        spellings = [s for s in dict.fromkeys(("--" + kebab, "--" + name)) if s not in taken]
        flags.append(OptionFlag(name, schema, tuple(spellings or ["--request-" + kebab])))
    return flags


def _group_note(flags: Sequence[OptionFlag]) -> str:
    if not flags:
        return "This operation has no request options."
    lines = ["Sent in the JSON request body; --option NAME=VALUE is the raw JSON form."]
    alias = next((f for f in flags if len(f.spellings) > 1), None)
    if alias is not None:
        lines.append(f"Each flag also takes the JSON name: {alias.spellings[1]} for {alias.flag}.")
    if any(_takes_list(f.schema) for f in flags):
        lines.append("A list is a,b,c or a JSON array.")
    return "\n".join(lines)


def _takes_list(schema: Mapping[str, Any]) -> bool:
    branches = schema.get("oneOf") or schema.get("anyOf") or [schema]
    return any(branch.get("type") == "array" for branch in branches)


class OperationParser(argparse.ArgumentParser):
    """`huaweicloud-ocr OPERATION IMAGE|URL [options]`, with a flag per request option."""

    def __init__(self, command: str) -> None:
        self.method = _commands()[command]
        spec = _spec.operation(self.method)
        about = [f"{spec['summary']}.", f"Documented regions: {', '.join(spec['regions'])}."]
        if spec["deprecated"]:
            about.append("Deprecated in the API reference.")
        super().__init__(
            prog=f"huaweicloud-ocr {command}",
            usage="%(prog)s IMAGE|URL [options]",
            description=" ".join(about),
            formatter_class=_HelpFormatter,
            epilog=CREDENTIALS_NOTE,
        )
        # The command word itself, consumed here so that flags may also come before it.
        self.add_argument("operation", choices=[command], help=argparse.SUPPRESS)
        self.add_argument("image", metavar="IMAGE|URL", help=IMAGE_HELP)
        self.add_argument("--version", action="version", version=version_text())
        _add_connection_arguments(self)
        _add_output_argument(self, "json")
        _add_file_arguments(self)
        taken = [s for action in self._actions for s in action.option_strings]
        self.flags = option_flags(self.method, taken)
        group = self.add_argument_group(
            "operation options (from openapi.yaml)", _group_note(self.flags)
        )
        for option in self.flags:
            for spelling in option.spellings:
                group.add_argument(
                    spelling,
                    dest=option.dest,
                    type=partial(value_from_text, option.schema),
                    metavar="VALUE",
                    # argparse %-formats help; the alias is not listed twice
                    help=option.help().replace("%", "%%")
                    if spelling == option.flag
                    else argparse.SUPPRESS,
                )

    def request_options(self, args: argparse.Namespace) -> dict[str, Any]:
        """The --option pairs and the flags together, each flag's value checked against its
        schema (a usage error, exit status 2, that names the flag and the rule)."""
        options = dict(args.option)
        given = vars(args)
        for option in self.flags:
            value = given.get(option.dest)
            if value is None:
                continue
            if option.name in options:
                self.error(f"{option.name} is given both as {option.flag} and as --option")
            try:
                options[option.name] = _options.check_option(
                    _spec.operation(self.method), option.name, value
                )
            except ValidationError as exc:
                self.error(f"argument {option.flag}: {exc.problem} (allowed: {exc.rule})")
        return options


def build_operation_parser(command: str) -> OperationParser:
    """The parser of one operation (`general-text`); its --help lists the request options."""
    return OperationParser(command)


def _positive(kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be > 0, not {text}")
        return value

    return parse


BATCH_EPILOG = """\
Each image under DIR (recursively, in sorted order; hidden files, symlinked directories and the
results file are left out) gets exactly one JSON line in the results file:
  {"file": "a/b.png", "operation": "general-text", "status": "ok", "result": {...}}
  {"file": "c.png", "operation": "general-text", "status": "failed",
   "error": {"type": ..., "message": ..., "http_status": ..., "error_code": ..., "request_id": ...}}
A name that is not valid UTF-8 also gets "file_b64", its exact bytes in Base64.
A file that is not an image of one of the operation's documented formats, by its first bytes
(README.md, notes.txt, a .png that holds text; TGA, which has no magic number, goes by its
.tga extension), is skipped without a line and counted in the summary: convert it and run
again, and it is done then.

Run it again to continue after a crash or Ctrl-C: files with a line are skipped and a torn
last line is cut off. --retry-failed tries the failed files again (their lines are replaced).
Ctrl-C once: finish the requests in flight and stop; twice: cancel them.
--processes N sends the requests from N worker processes (each with its share of the
--concurrency; this process still lists, rate-limits and writes every line): for hundreds of
requests in flight, where one process runs out of CPU. A worker process that dies stops the run.
Exit status: 0 every file ok, 1 some failed, 2 usage or set-up error, 130 interrupted;
1 also when standard error is a pipe that closes: the run then stops as after one Ctrl-C.
Credentials as for the single form (HUAWEICLOUD_SDK_* or HUAWEICLOUD_SDK_TOKEN).
"""


def build_batch_parser() -> argparse.ArgumentParser:
    operations = sorted(command_name(m) for m in _spec.operations())
    parser = argparse.ArgumentParser(
        prog="huaweicloud-ocr batch",
        description="Recognize every image in a directory into a JSON Lines file: "
        "concurrent, rate-limited and resumable.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=BATCH_EPILOG,
    )
    parser.add_argument("--version", action="version", version=version_text())
    parser.add_argument("directory", metavar="DIR", help="the directory of images")
    parser.add_argument(
        "--operation",
        required=True,
        choices=operations,
        metavar="OP",
        help="the operation, as in the single form: " + ", ".join(operations),
    )
    parser.add_argument(
        "--out",
        default="results.jsonl",
        metavar="FILE",
        help="the results file, appended to (default results.jsonl)",
    )
    parser.add_argument(
        "--concurrency",
        type=_positive(int),
        default=8,
        metavar="N",
        help="requests in flight at once (default 8)",
    )
    parser.add_argument(
        "--rate",
        type=_positive(float),
        metavar="R",
        help="at most R requests per second, all workers together (default: no limit)",
    )
    parser.add_argument(
        "--glob",
        action="append",
        default=[],
        metavar="PATTERN",
        help="only files matching, e.g. '*.png' (repeatable: any may match; a pattern with a / "
        "matches the path relative to DIR)",
    )
    parser.add_argument(
        "--retry-failed", action="store_true", help="try the files that failed before again"
    )
    parser.add_argument(
        "--fsync-interval",
        type=float,
        default=1.0,
        metavar="S",
        help="the most seconds between fsyncs of the results file (0: every write; default 1)",
    )
    parser.add_argument(
        "--processes",
        type=_positive(int),
        default=1,
        metavar="N",
        help="send the requests from N worker processes, for high concurrency on several "
        "CPUs (default 1: this process; the results file and --rate stay shared)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress, no summary")
    _add_connection_arguments(parser)
    return parser


# -- errors in the command's words ---------------------------------------------------------------
# The library's parameters that are flags here. A message naming one says the flag when it was
# given, else what the value was (PARAMETER_WORDS) and where it came from (PARAMETER_SOURCES).
PARAMETER_FLAGS = {
    "project_id": "--project-id",
    "region": "--region",
    "endpoint": "--endpoint",
    "timeout": "--timeout",
}
PARAMETER_WORDS = {
    "project_id": "the project id",
    "region": "the region",
    "endpoint": "the endpoint",
    "timeout": "the timeout",
}
PARAMETER_SOURCES = {
    "project_id": f"it comes from {ENV_PROJECT_ID} or the credentials file when --project-id "
    "is not given",
}
# Clauses naming library arguments this command has no flag for: left out, or said its way.
_CLAUSES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r",? or pass resolve_project_id=True"), ""),
    (re.compile(r",? or with allow_insecure_http=True"), ""),
    (re.compile(r"the ak and sk arguments; "), ""),
    (
        re.compile(r"pass credentials as auth arguments"),
        "give credentials in HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK or the credentials file",
    ),
    (
        re.compile(r"use huaweicloud_ocr\.auth\.TokenAuth or IamPasswordTokenProvider"),
        f"set {ENV_TOKEN}",
    ),
    (re.compile(r"\bno project_id\b"), "no project id"),
)
_PASS_PARAMETER = re.compile(r"\bpass (" + "|".join(PARAMETER_FLAGS) + r")=")
_SUBJECT = re.compile(r"^(" + "|".join(PARAMETER_FLAGS) + r")\b")


def cli_clauses(text: str) -> str:
    """A library message with `pass project_id=` said as `pass --project-id`, and without the
    clauses that name arguments the command does not have (resolve_project_id=True, ...)."""
    for pattern, replacement in _CLAUSES:
        text = pattern.sub(replacement, text)
    return _PASS_PARAMETER.sub(lambda m: "pass " + PARAMETER_FLAGS[m[1]], text)


@dataclass(frozen=True)
class ErrorWords:
    """How the command names what the library's errors name by parameter or field."""

    fields: Mapping[str, str] = field(default_factory=dict)  # ValidationError.field -> words
    given: frozenset[str] = frozenset()  # the parameters (project_id, ...) given as flags
    timeout: float | None = None
    stdin: bool = False  # IMAGE was `-`

    @classmethod
    def of(
        cls,
        args: argparse.Namespace,
        flags: Sequence[OptionFlag] = (),
        image_field: str | None = None,
    ) -> ErrorWords:
        fields = {option.name: option.flag for option in flags}
        stdin = getattr(args, "image", None) == STDIN
        if image_field is not None:
            image = "IMAGE -" if stdin else "IMAGE"
            fields.update({image_field: image, "url": "URL", f"{image_field}/url": "IMAGE|URL"})
        given = frozenset(name for name in PARAMETER_FLAGS if getattr(args, name, None) is not None)
        return cls(fields, given - {"timeout"}, getattr(args, "timeout", None), stdin)

    def text(self, exc: OcrError) -> str:
        """`Type: message`, the message in the command's words."""
        if isinstance(exc, ValidationError):
            problem = exc.problem
            if self.stdin:
                problem = problem.replace("the file object", "standard input")
            name = self.fields.get(exc.field, exc.field)
            return f"{type(exc).__name__}: {name}: {problem} (rule: {exc.rule})"
        message = _one_line(exc)
        if isinstance(exc, ConfigurationError):
            message = self._subject(cli_clauses(message))
        elif isinstance(exc, BatchError):
            message = re.sub(r"^option ", "--option ", cli_clauses(message))
        elif isinstance(exc, RequestTimeoutError) and self.timeout is not None:
            message += f" (--timeout {self.timeout:g} s per request)"
        return f"{type(exc).__name__}: {message}"

    def _subject(self, text: str) -> str:
        """`project_id 'x' is not a project id` -> `--project-id 'x' ...` when the flag gave it."""
        found = _SUBJECT.match(text)
        if found is None:
            return text
        name = found[1]
        if name in self.given:
            return PARAMETER_FLAGS[name] + text[found.end() :]
        text = PARAMETER_WORDS[name] + text[found.end() :]
        source = PARAMETER_SOURCES.get(name)
        return f"{text}; {source}" if source else text


def _one_line(exc: BaseException) -> str:
    """str(exc) without the "\nSolution: ..." an ApiError may still append (cause and solution
    are printed on their own lines, from the attributes)."""
    try:
        text = str(exc)
    except Exception:  # an error being reported must not fail here
        return f"({type(exc).__name__}: its text cannot be shown)"
    return text.partition("\nSolution:")[0]


def api_error_lines(exc: ApiError) -> list[str]:
    """The error on one line, then `cause: ...` and `solution: ...` (the documents' error-code
    table) each on lines of their own, continuation lines indented under the first."""
    lines = [f"{type(exc).__name__}: {_one_line(exc)}"]
    for label, text in (("cause", exc.cause), ("solution", exc.solution)):
        parts = [part.rstrip() for part in (text or "").strip().splitlines() if part.strip()]
        if parts:
            lines.append(f"{label}: {parts[0]}")
            lines += [" " * (len(label) + 2) + part for part in parts[1:]]
    return lines


def _error(prog: str, lines: str | Sequence[str]) -> None:
    lines = [lines] if isinstance(lines, str) else list(lines)
    print(f"{prog}: {lines[0]}", *lines[1:], sep="\n", file=sys.stderr)


# -- closed pipes --------------------------------------------------------------------------------
def _to_devnull(stream: IO[Any] | None) -> None:
    """Point a stream's descriptor at os.devnull: what Python still holds for a closed pipe is
    then written there when it flushes at exit, instead of failing a second time."""
    if stream is None:
        return
    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # not a real file (a test's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def _after_broken_pipe() -> None:
    _to_devnull(sys.stdout)  # the Python documentation's recipe
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):  # standard error was (also) the closed pipe
        _to_devnull(sys.stderr)


class PipeSafeProgress(batch.ProgressReporter):
    """The batch's progress on standard error. When that is a pipe whose reader has gone
    (`2>&1 | head`), nothing more is written and the run stops as one Ctrl-C stops it: the
    requests in flight finish and are recorded, and a rerun continues. No traceback, no answer
    paid for and lost, and no batch running on unseen after its reader has gone."""

    def __init__(
        self,
        stop: batch.StopSignal,
        stream: TextIO | None = None,
        *,
        tty: bool | None = None,
        interval: float = 10.0,
    ) -> None:
        super().__init__(stream, tty=tty, interval=interval, prefix=f"{PROG} batch")
        self.stop = stop
        self.closed = False

    def _safely(self, show: Callable[[], None]) -> None:
        if self.closed:
            return
        try:
            show()
        except BrokenPipeError:
            self.closed = True
            _to_devnull(self.stream)
            if not self.stop.graceful.is_set():  # a second request would cancel those in flight
                self.stop.request()

    def start(self, summary: batch.BatchSummary) -> None:
        self._safely(partial(super().start, summary))

    def tick(self) -> None:
        self._safely(super().tick)

    def update(self) -> None:
        self._safely(super().update)

    def message(self, text: str) -> None:
        self._safely(partial(super().message, text))

    def finish(self, summary: batch.BatchSummary) -> None:
        self._safely(partial(super().finish, summary))


# -- the batch form ------------------------------------------------------------------------------
def batch_main(argv: Sequence[str]) -> int:
    args = build_batch_parser().parse_args(argv)
    words = ErrorWords.of(args)
    prog = f"{PROG} batch"

    # Picklable, for --processes; each process reads the credentials from its environment.
    make_client = batch.ClientRecipe(
        args.region,
        endpoint=args.endpoint,
        project_id=args.project_id,
        timeout=args.timeout,
        http_backend="auto",  # aiohttp when the extra is installed: steadier at scale
    )

    stop = batch.StopSignal()
    progress = None if args.quiet else PipeSafeProgress(stop)
    try:
        summary = batch.run_batch(
            make_client,
            args.directory,
            args.out,
            args.operation,
            concurrency=args.concurrency,
            rate=args.rate,
            options=dict(args.option),
            patterns=args.glob,
            retry_failed=args.retry_failed,
            fsync_interval=args.fsync_interval,
            reporter=progress or batch.Reporter(),
            stop=stop,
            skip_not_images=True,
            processes=args.processes,
        )
    except OcrError as exc:  # BatchError, ConfigurationError, ...: nothing was processed
        _error(prog, api_error_lines(exc) if isinstance(exc, ApiError) else words.text(exc))
        return EXIT_USAGE
    if progress is not None and progress.closed and summary.fatal is None:
        return EXIT_BROKEN_PIPE
    if summary.fatal is not None:
        _error(prog, f"stopped: {cli_clauses(summary.fatal)}")
    return summary.exit_code


# -- the show form -------------------------------------------------------------------------------
SHOW_EPILOG = """\
Reads the JSON Lines a batch wrote (huaweicloud-ocr batch --help) and renders each "ok" line's
answer, in file order, without calling the service: no credentials, no network, nothing billed.

  text, table  each answer under a line `==> FILE <==`, a blank line between answers
  markdown     each answer under a heading `# FILE`, a blank line between answers
  csv          one CSV: every row of every table led by two columns, FILE and the table's
               number in that answer (from 1); no blank lines, no header row
  json         the ok lines themselves, compact, one a line (a filter of the results file)

A "failed" line is reported on standard error (line number, file, error), as is a line that is
not a results line: a torn last line of a batch that was stopped while writing (a rerun of the
batch does its file again), or a line that is not JSON. The other lines are still shown.
--output is checked against the operation of the first results line (after --file): a format
that operation cannot give (csv for an operation without tables) is a usage error before
anything is shown; a later line of another operation that cannot give it is reported as not
shown. Headings of a document's own Markdown go one level down, under the file's.
Exit status: 0 every line shown, 1 some line failed, was unreadable or could not be shown (or
--file matched no line), 2 usage error (RESULTS cannot be read, --output refused).
"""


SHOW_EXPORT_HELP = """\
Each ok line's file, as the line names it relative to the batch's directory (a/b.png), gives
OUT/a/b.png.hocr or OUT/a/b.png.pdf under --out OUT (a page N of a PDF: OUT/a/b.pdf.page-N.hocr),
and OVERLAYS/a/b.png.overlay.png under
--overlay OVERLAYS; directories are made. --overlay and --export pdf read the images from
--images (the DIR the batch read); --export hocr needs only the answer (with --images, the page
size too). The images are never written: --out and --overlay may not be inside --images. A line
whose file is absolute or climbs out with '..' is refused. A file not written is reported on
standard error with its line and makes the exit status 1; the others are still written, each
replaced atomically. --overlay needs Pillow ("huaweicloud-ocr[pillow]"), and pypdfium2 for a
PDF ("[pdf]"); --export pdf needs pikepdf ("[searchable-pdf]"): checked before anything is
done, as is an operation whose answers cannot give the file (from the first line, as --output).
What is shown on standard output does not change."""


def build_show_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="huaweicloud-ocr show",
        description="Render the answers a batch saved, without calling the service.",
        formatter_class=_HelpFormatter,
        epilog=SHOW_EPILOG,
    )
    parser.add_argument("--version", action="version", version=version_text())
    parser.add_argument(
        "results",
        metavar="RESULTS.jsonl",
        help="a results file of huaweicloud-ocr batch, or - for standard input",
    )
    _add_output_argument(parser, "text", "each row led by its file and table number")
    parser.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="GLOB",
        help="only the lines of files matching, e.g. '*.png' (repeatable: any may match; a "
        "pattern with a / matches the recorded path, else the file's name)",
    )
    group = parser.add_argument_group("files written besides what is shown", SHOW_EXPORT_HELP)
    group.add_argument(
        "--export", choices=EXPORT_FORMATS, help="hocr or pdf: one file per ok line, under --out"
    )
    group.add_argument("--out", metavar="DIR", help="the directory --export writes into")
    group.add_argument(
        "--overlay", metavar="DIR", help="write one overlay PNG per ok line under DIR"
    )
    group.add_argument(
        "--overlay-text", action="store_true", help="label each box of --overlay with its text"
    )
    group.add_argument(
        "--images",
        metavar="DIR",
        help="the directory the batch read (its DIR): the images to draw on or embed",
    )
    return parser


def _file_matches(path: str, patterns: Sequence[str]) -> bool:
    # As batch --glob: a pattern with a `/` matches the path (`*` crosses `/`), else the name.
    name = path.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(path if "/" in p else name, p) for p in patterns)


def _failure(record: Mapping[str, Any]) -> str:
    error = record.get("error")
    if not isinstance(error, Mapping):
        return "no error recorded"
    kind, message = error.get("type"), error.get("message")
    text = str(message).partition("\n")[0] if message is not None else "no message"
    return f"{kind}: {text}" if isinstance(kind, str) else text


@dataclass
class _Shown:
    """What `show` has done so far."""

    shown: int = 0
    matched: int = 0
    failed: int = 0
    not_shown: int = 0  # unreadable lines, and lines that could not be rendered
    not_written: int = 0  # ok lines with a file of --export / --overlay not written
    checked: bool = False  # --output checked against the first line's operation


def _rendered(make: Callable[[], str]) -> tuple[str, list[str]]:
    """A rendering and the warnings it gave (results.document.DocumentWarning: a part of the
    answer that does not add up, marked in the output too), to be said in the command's words
    rather than as Python's `file:line: Warning:` lines."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = make()
    return text, [str(w.message) for w in caught]


def show_main(argv: Sequence[str]) -> int:
    parser = build_show_parser()
    args = parser.parse_args(argv)
    prog = f"{PROG} show"
    source: IO[bytes]
    if args.results == STDIN:
        name = "standard input"
        if sys.stdin is None:  # started with standard input closed (<&-)
            _error(prog, "RESULTS -: standard input is closed")
            return EXIT_USAGE
        if sys.stdin.isatty():
            _error(
                prog,
                "RESULTS -: standard input is a terminal; pipe or redirect a results file into "
                f"it ({prog} - < results.jsonl)",
            )
            return EXIT_USAGE
        source = sys.stdin.buffer
    else:
        name = args.results
        try:
            source = open(args.results, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            _error(prog, f"RESULTS {args.results}: {exc.strerror or exc}")
            return EXIT_USAGE
    try:
        return _show(parser, args, source, name)
    except BrokenPipeError:
        raise
    except OSError as exc:  # reading failed half-way (EIO, a directory on some systems)
        _error(prog, f"RESULTS {name}: {exc.strerror or exc}")
        return EXIT_USAGE
    finally:
        if args.results != STDIN:
            source.close()


def _show(
    parser: argparse.ArgumentParser, args: argparse.Namespace, source: IO[bytes], name: str
) -> int:
    prog, output = parser.prog, args.output
    plan = _show_exports_of(parser, args)
    done = _Shown()
    for line in render.read_results(source):
        where = f"{name}, line {line.number}"
        if line.record is None:
            _error(prog, f"{where}: {line.problem}; not shown")
            done.not_shown += 1
            continue
        record = line.record
        if args.file and not _file_matches(record["file"], args.file):
            continue
        done.matched += 1
        operation = record.get("operation")
        if not done.checked and isinstance(operation, str):
            done.checked = True
            try:
                render.check_output(operation, output)
            except ValidationError as exc:
                if exc.field == "output":
                    parser.error(f"argument --output: {exc.problem}; {exc.rule} ({where})")
            for flag, what in plan.wanted():
                try:
                    render.check_export(operation, what)
                except ValidationError as exc:
                    if exc.field == "export":
                        parser.error(f"argument {flag}: {exc.problem}; {exc.rule} ({where})")
        if record["status"] == "failed":
            _error(prog, f"{where}: {record['file']} failed: {_failure(record)}")
            done.failed += 1
            continue
        if plan.any:
            notes = _export_record(plan, record)
            for note in notes:
                _error(prog, f"{where}: {record['file']}: {note}")
            done.not_written += any(not note.startswith("warning:") for note in notes)
        try:
            text, notes = _rendered(partial(render.render_record, record, output))
        except ValidationError as exc:
            _error(prog, f"{where}: {record['file']}: not shown: {exc.problem} ({exc.rule})")
            done.not_shown += 1
            continue
        except (ValueError, TypeError) as exc:  # a result that is not the operation's answer
            _error(prog, f"{where}: {record['file']}: not shown as --output {output}: {exc}")
            done.not_shown += 1
            continue
        for note in notes:
            _error(prog, f"{where}: {record['file']}: warning: {note}")
        if done.shown and output in ("text", "table", "markdown"):
            sys.stdout.write("\n")
        sys.stdout.write(text)
        done.shown += 1
    if args.file and not done.matched:
        _error(prog, f"no line of {name} is about a file matching --file {' '.join(args.file)}")
        return batch.EXIT_FAILED
    if done.failed or done.not_shown or done.not_written:
        written = f", {done.not_written} with files not written" if done.not_written else ""
        _error(
            prog,
            f"{done.shown} shown, {done.failed} failed, {done.not_shown} not shown{written} "
            "(see the lines above)",
        )
        return batch.EXIT_FAILED
    return 0


# -- overlays and exports ------------------------------------------------------------------------
EXPORT_FORMATS = ("hocr", "pdf")
OVERLAY_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
OVERLAY_SUFFIX = ".overlay.png"  # show --overlay DIR: a/b.tiff -> DIR/a/b.tiff.overlay.png
# What each file needs installed: (extra, modules), checked before anything is sent.
_NEEDS = {
    "overlay": ("pillow", ("PIL.Image", "PIL.ImageDraw", "PIL.ImageFont")),
    "pdf": ("searchable-pdf", ("pikepdf", "PIL.Image")),
    "pdf-page": ("pdf", ("pypdfium2", "PIL.Image")),  # an overlay drawn on a PDF page
}
SINGLE_EXPORT_HELP = """\
--overlay and --export write files besides the answer, which is still printed on standard output
as --output says. --overlay FILE draws every location of the answer on the image (PNG or JPEG by
FILE's extension; needs Pillow: pip install "huaweicloud-ocr[pillow]"). --export hocr writes the
located words as hOCR, --export pdf the image (for a PDF input, its page: --pdf-page-number or 1)
with an invisible, searchable text layer (pip install "huaweicloud-ocr[searchable-pdf]"), into
--out FILE. Both are checked before the request is sent (exit status 2): an operation whose
answers hold no locations (or located text), a missing library, a URL IMAGE for --overlay or
--export pdf (the image must be here: download it first). Files are replaced atomically."""


def _require(need: str, purpose: str) -> None:
    """MissingExtraError unless the libraries `need` names import."""
    extra, modules = _NEEDS[need]
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            raise MissingExtraError(extra, module.split(".")[0], purpose) from None


def _flag_words(text: str, flags: Sequence[OptionFlag]) -> str:
    """`return_text_location set to true` -> `--return-text-location true`."""
    for option in flags:
        text = text.replace(f"{option.name} set to true", f"{option.flag} true")
    return text


@dataclass(frozen=True)
class _Exports:
    """The files a single call writes besides its answer, checked before it is sent."""

    overlay: Path | None = None
    export: str | None = None
    out: Path | None = None
    labels: bool = False
    pdf_page: int | None = None  # the page of a PDF IMAGE, when IMAGE is one

    @property
    def any(self) -> bool:
        return self.overlay is not None or self.export is not None


def _exports_of(
    parser: OperationParser, args: argparse.Namespace, options: Mapping[str, Any]
) -> _Exports:
    """The --overlay / --export / --out of a single call, refused (parser.error, exit status
    2) before the request when they cannot be honoured."""
    overlay = Path(args.overlay) if args.overlay is not None else None
    if (args.export is None) != (args.out is None):
        given, missing = ("--export", "--out") if args.out is None else ("--out", "--export")
        parser.error(f"argument {given}: needs {missing} too (--export hocr|pdf --out FILE)")
    if overlay is None and args.export is None:
        if args.overlay_text:
            parser.error("argument --overlay-text: needs --overlay FILE")
        return _Exports()
    wanted = [("--overlay", "overlay")] if overlay is not None else []
    if args.export is not None:
        wanted.append(("--export", args.export))
    for flag, what in wanted:
        try:
            render.check_export(parser.method, what, options)
        except ValidationError as exc:
            parser.error(f"argument {flag}: {exc.problem}; {_flag_words(exc.rule, parser.flags)}")
    if overlay is not None and overlay.suffix.lower() not in OVERLAY_FORMATS:
        parser.error(
            f"argument --overlay: {str(overlay)!r} is neither .png, .jpg nor .jpeg "
            "(the format is chosen by the extension)"
        )
    image = str(args.image)
    if is_url(image):
        for flag, what in wanted:
            if what != "hocr":
                parser.error(
                    f"argument {flag}: IMAGE is a URL, and {_named(flag, what)} needs the image "
                    "itself (download it and give the file)"
                )
    pdf_page = None
    if image != STDIN and not is_url(image):
        with contextlib.suppress(OSError):  # unreadable: the client says so in its words
            with open(image, "rb") as fh:
                head = fh.read(1024)
            if sniff_format(head) == "pdf" or b"%PDF-" in head:
                page = options.get("pdf_page_number", 1)
                pdf_page = page if isinstance(page, int) and page >= 1 else 1
    try:
        if overlay is not None:
            _require("overlay", "--overlay")
            if pdf_page is not None:
                _require("pdf-page", "--overlay of a PDF page")
        if args.export == "pdf":
            _require("pdf", "--export pdf")
    except MissingExtraError as exc:
        parser.error(f"argument {'--overlay' if 'overlay' in exc.purpose else '--export'}: {exc}")
    out = Path(args.out) if args.out is not None else None
    targets = [("--overlay", overlay), ("--out", out)]
    for flag, path in targets:
        if path is None:
            continue
        problem = _target_problem(path, None if image in (STDIN,) or is_url(image) else image)
        if problem:
            parser.error(f"argument {flag}: {problem}")
    if overlay is not None and out is not None and _same_path(overlay, out):
        parser.error("argument --out: the same file as --overlay")
    return _Exports(overlay, args.export, out, bool(args.overlay_text), pdf_page)


def _same_path(a: Path, b: Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def _target_problem(path: Path, source: str | None) -> str | None:
    """Why a file cannot be written at `path`, or None."""
    if source is not None and (_same_path(path, Path(source))):
        return f"{str(path)!r} is IMAGE itself, which is never overwritten"
    if path.is_dir():
        return f"{str(path)!r} is a directory"
    parent = path.parent
    if not parent.is_dir():
        return f"the directory {str(parent)!r} does not exist"
    return None


def _image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of an image from its header, or with Pillow when it is installed."""
    fmt = sniff_format(data)
    size = dimensions(data, fmt) if fmt else None
    if size is not None and size[0] > 0 and size[1] > 0:
        return size
    try:
        from PIL import Image
    except ImportError:
        return None
    try:
        with Image.open(io.BytesIO(data)) as opened:
            width, height = opened.size
            return int(width), int(height)
    except (OSError, ValueError):
        return None


def _pdf_page_image(data: bytes, page: int) -> Any:
    """A PDF page as a Pillow image at the resolution of the answer's coordinates for a page
    sent as PDF (exports.pdf.PDF_PAGE_DPI: 150 dpi, what the documents say pages become)."""
    from huaweicloud_ocr.exports.pdf import PDF_PAGE_DPI

    try:
        import pypdfium2  # type: ignore[import-untyped]
    except ImportError:
        raise MissingExtraError("pdf", "pypdfium2", "an overlay on a PDF page") from None
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise ValidationError("image", f"unreadable PDF ({exc})", "a well-formed PDF") from None
    try:
        if not 1 <= page <= len(document):
            raise ValidationError(
                "pdf_page_number",
                f"page {page} of a {len(document)}-page PDF",
                f"a page from 1 to {len(document)}",
            )
        pdf_page = document[page - 1]
        try:
            bitmap = pdf_page.render(scale=PDF_PAGE_DPI / 72.0)
            image = bitmap.to_pil().convert("RGB")
            bitmap.close()
        finally:
            pdf_page.close()
    finally:
        document.close()
    return image


def _write_overlay(
    path: Path, data: bytes, answer: Any, labels: bool, pdf_page: int | None
) -> list[str]:
    """Draw and write an overlay; the warnings to give."""
    from huaweicloud_ocr.exports.overlay import draw_overlay
    from huaweicloud_ocr.results.locations import locations_of

    source: Any = data if pdf_page is None else _pdf_page_image(data, pdf_page)
    picture = draw_overlay(source, answer, show_text=labels)
    fmt = OVERLAY_FORMATS.get(path.suffix.lower(), "PNG")
    if fmt == "JPEG" and picture.mode != "RGB":
        picture = picture.convert("RGB")
    out = io.BytesIO()
    picture.save(out, fmt)
    replace_file(path, out.getvalue())
    drawn = [box for box in locations_of(answer) if box.kind != "char"]
    return [] if drawn else ["the answer holds no locations: the image is drawn unchanged"]


def _write_export(
    export: str, path: Path, data: bytes | None, answer: Any, pdf_page: int | None
) -> list[str]:
    """Write an hOCR or searchable PDF; the warnings to give."""
    from huaweicloud_ocr.results.locations import locations_of

    if export == "hocr":
        from huaweicloud_ocr.exports.hocr import to_hocr

        size = _image_size(data) if data is not None and pdf_page is None else None
        replace_file(path, to_hocr(answer, image_size=size).encode("utf-8"))
    else:
        from huaweicloud_ocr.exports.pdf import searchable_pdf

        assert data is not None  # refused before sending: a URL has no image here
        searchable_pdf(data, answer, path, page=pdf_page)
    texts = [b for b in locations_of(answer) if b.kind != "char" and (b.text or "").strip()]
    return [] if texts else ["the answer holds no located text: the file has none"]


def _write_files(exports: _Exports, data: bytes | None, answer: Any) -> list[str]:
    """Write what a single call asked for; its error and warning lines (empty: all written)."""
    lines: list[str] = []
    jobs: list[tuple[str, Path, Callable[[], list[str]]]] = []
    if exports.overlay is not None:
        assert data is not None
        overlay = exports.overlay
        jobs.append(
            (
                "--overlay",
                overlay,
                partial(_write_overlay, overlay, data, answer, exports.labels, exports.pdf_page),
            )
        )
    if exports.export is not None and exports.out is not None:
        jobs.append(
            (
                f"--export {exports.export}",
                exports.out,
                partial(_write_export, exports.export, exports.out, data, answer, exports.pdf_page),
            )
        )
    for flag, path, write in jobs:
        try:
            notes = write()
        except (OcrError, OSError, ValueError, TypeError) as exc:
            text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            lines.append(f"error: {flag} {path}: not written: {_one_line_text(text)}")
            continue
        lines += [f"warning: {flag} {path}: {note}" for note in notes]
    return lines


def _one_line_text(text: str) -> str:
    return " ".join(text.split())


def _named(flag: str, what: str) -> str:
    return flag if flag == "--overlay" else f"{flag} {what}"


# -- show's exports: one file per ok line, under a directory -------------------------------------
@dataclass(frozen=True)
class _ShowExports:
    export: str | None = None
    out: Path | None = None
    overlay: Path | None = None
    images: Path | None = None
    labels: bool = False

    @property
    def any(self) -> bool:
        return self.export is not None or self.overlay is not None

    def wanted(self) -> list[tuple[str, str]]:
        found = [("--overlay", "overlay")] if self.overlay is not None else []
        return found + ([("--export", self.export)] if self.export is not None else [])


def _show_exports_of(parser: argparse.ArgumentParser, args: argparse.Namespace) -> _ShowExports:
    """show's --export / --out / --overlay / --images, refused (exit status 2) before anything
    is written when they cannot be honoured."""
    if (args.export is None) != (args.out is None):
        given, missing = ("--export", "--out") if args.out is None else ("--out", "--export")
        parser.error(f"argument {given}: needs {missing} too (--export hocr|pdf --out DIR)")
    if args.overlay is None and args.export is None:
        for flag, value in (("--images", args.images), ("--overlay-text", args.overlay_text)):
            if value:
                parser.error(f"argument {flag}: needs --overlay DIR or --export hocr|pdf --out DIR")
        return _ShowExports()
    images = Path(args.images) if args.images is not None else None
    if images is None and (args.overlay is not None or args.export == "pdf"):
        flag = "--overlay" if args.overlay is not None else "--export pdf"
        parser.error(
            f"argument {flag}: needs --images DIR, the directory the batch read (the images "
            "are drawn on or embedded)"
        )
    if images is not None and not images.is_dir():
        parser.error(f"argument --images: {str(images)!r} is not a directory")
    try:
        if args.overlay is not None:
            _require("overlay", "--overlay")
        if args.export == "pdf":
            _require("pdf", "--export pdf")
    except MissingExtraError as exc:
        flag = "--overlay" if exc.purpose == "--overlay" else "--export"
        parser.error(f"argument {flag}: {exc}")
    dirs = [("--out", args.out), ("--overlay", args.overlay)]
    for flag, value in dirs:
        if value is None:
            continue
        target = Path(value)
        if target.exists() and not target.is_dir():
            parser.error(f"argument {flag}: {value!r} exists and is not a directory")
        if images is not None:
            inside = Path(os.path.realpath(target)).is_relative_to(os.path.realpath(images))
            if inside:
                parser.error(
                    f"argument {flag}: {value!r} is inside --images {str(images)!r}: the files "
                    "written could overwrite an image, and a later batch over it would read them"
                )
    return _ShowExports(
        args.export,
        Path(args.out) if args.out is not None else None,
        Path(args.overlay) if args.overlay is not None else None,
        images,
        bool(args.overlay_text),
    )


def record_path(record: Mapping[str, Any]) -> tuple[str, bytes]:
    """A results line's file as a safe relative path: its text (for the names of the files
    written) and its bytes (to open the image; `file_b64` when the line has it). ValueError
    for a path that is absolute or climbs out of its directory (`..`): a results file is data
    read from disk, never trusted to name a place."""
    text = record["file"]
    raw = text.encode("utf-8", "surrogateescape")
    encoded = record.get("file_b64")
    if isinstance(encoded, str):
        try:
            raw = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("its file_b64 is not Base64") from None
    for shown, name in ((text, raw.decode("utf-8", "replace")), (text, text)):
        parts = name.split("/")
        if (
            not name
            or name.startswith("/")
            or "\\" in name
            or "\0" in name
            or re.match(r"^[A-Za-z]:", name)
            or any(part in ("", ".", "..") for part in parts)
        ):
            raise ValueError(
                f"its file {shown!r} is not a plain relative path (absolute, empty, or with "
                "'.', '..' or '\\'): refused"
            )
    return text, raw


def _inside(root: Path, relative: str, suffix: str) -> Path:
    """root/relative+suffix, its directories made, checked to stay under root once symbolic
    links are followed; ValueError when it does not."""
    target = root / (relative + suffix)
    target.parent.mkdir(parents=True, exist_ok=True)
    real_root = os.path.realpath(root)
    if not Path(os.path.realpath(target.parent)).is_relative_to(real_root):
        raise ValueError(f"{str(target)!r} leads out of {str(root)!r} through a symbolic link")
    if target.is_symlink():
        raise ValueError(f"{str(target)!r} is a symbolic link: not replaced")
    return target


def _export_record(plan: _ShowExports, record: Mapping[str, Any]) -> list[str]:
    """Write the files of one ok line; the problems and warnings, each a line for stderr."""
    try:
        name, raw = record_path(record)
    except ValueError as exc:
        return [f"not exported: {exc}"]
    operation = record.get("operation")
    lines: list[str] = []
    for flag, what in plan.wanted():
        if not isinstance(operation, str):
            return ["not exported: the line names no operation"]
        try:
            render.check_export(operation, what)
        except ValidationError as exc:
            lines.append(f"{_named(flag, what)} not written: {exc.problem}")
    if lines:
        return lines
    data: bytes | None = None
    if plan.images is not None:
        source = os.path.join(os.fsencode(plan.images), raw)
        try:
            with open(source, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            if plan.overlay is not None or plan.export == "pdf":
                return [f"not exported: its image cannot be read: {exc.strerror or exc}"]
    page = record.get("page")
    if isinstance(page, int) and not isinstance(page, bool) and page >= 1:
        # a page of a PDF the batch read page by page: drawn on, and named after, that page
        name += f".page-{page}"
    else:
        page = None
    is_pdf = data is not None and sniff_format(data[:1024]) == "pdf"
    pdf_page = (page or 1) if is_pdf else None
    answer = record["result"]
    jobs: list[tuple[str, Callable[[], tuple[Path, list[str]]]]] = []
    if plan.overlay is not None and data is not None:
        overlay_dir, image = plan.overlay, data

        def overlay_job() -> tuple[Path, list[str]]:
            target = _inside(overlay_dir, name, OVERLAY_SUFFIX)
            return target, _write_overlay(target, image, answer, plan.labels, pdf_page)

        jobs.append(("--overlay", overlay_job))
    if plan.export is not None and plan.out is not None:
        out_dir, export = plan.out, plan.export

        def export_job() -> tuple[Path, list[str]]:
            target = _inside(out_dir, name, "." + export)
            return target, _write_export(export, target, data, answer, pdf_page)

        jobs.append((f"--export {export}", export_job))
    for flag, job in jobs:
        try:
            target, notes = job()
        except (OcrError, OSError, ValueError, TypeError) as exc:
            text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            lines.append(f"{flag} not written: {_one_line_text(text)}")
            continue
        lines += [f"warning: {flag} {target}: {note}" for note in notes]
    return lines


def _standard_input(prog: str) -> IO[bytes] | str:
    """IMAGE `-`: standard input as a binary file (the client reads at most the operation's
    documented size from it), or why it cannot be read."""
    stdin = sys.stdin
    if stdin is None:  # started with standard input closed (<&-)
        return "standard input is closed"
    if stdin.isatty():
        return (
            f"standard input is a terminal; pipe or redirect an image into it ({prog} - < page.png)"
        )
    return stdin.buffer


def _unknown_option(parser: OperationParser, options: Mapping[str, Any]) -> str | None:
    """An --option name the operation does not have, in words that list the ones it has."""
    known = _spec.operation(parser.method)["options"]
    unknown = [name for name in options if name not in known]
    if not unknown:
        return None
    listed = ", ".join(option.flag for option in parser.flags) or "none"
    return (
        f"--option {unknown[0]}: {parser.prog.removeprefix(PROG + ' ')} has no such option "
        f"(its options: {listed}; see {parser.prog} --help)"
    )


def _single(argv: list[str]) -> int:
    if argv and argv[0] == "batch":  # not an operation name: no clash with the single form
        return batch_main(argv[1:])
    if argv and argv[0] == "show":
        return show_main(argv[1:])
    command = argv[0] if argv and argv[0] in _commands() else None
    if command is None:  # --help, --version, a usage error, or flags before the operation
        command = build_parser().parse_known_args(argv)[0].operation
    parser = build_operation_parser(command)
    args = parser.parse_args(argv)
    options = parser.request_options(args)
    unknown = _unknown_option(parser, options)
    if unknown is not None:
        _error(PROG, unknown)
        return EXIT_USAGE
    try:  # before the request: an answer that cannot be shown is not paid for
        render.check_output(parser.method, args.output)
    except ValidationError as exc:
        parser.error(f"argument --output: {exc.problem}; {exc.rule}")
    exports = _exports_of(parser, args, options)  # nor one whose files cannot be written
    image: Any = args.image
    words = ErrorWords.of(args, parser.flags, _spec.operation(parser.method)["image_field"])
    if image == STDIN:
        image = _standard_input(parser.prog)
        if isinstance(image, str):
            _error(PROG, f"IMAGE -: {image}")
            return EXIT_USAGE
        if exports.any:  # kept in memory: read once, sent, then drawn on or embedded
            limit = _spec.operation(parser.method)["image_constraints"].get("max_base64_bytes")
            try:
                image = read_source(image, "image", None if limit is None else limit * 3 // 4)
            except OcrError as exc:
                _error(PROG, words.text(exc))
                return EXIT_USAGE
    try:
        with OcrClient(
            args.region,
            endpoint=args.endpoint,
            project_id=args.project_id,
            timeout=args.timeout,
            env=os.environ,
        ) as client:
            result = getattr(client, parser.method)(image, **options)
    except TypeError as exc:  # an argument the operation does not take
        _error(PROG, str(exc))
        return EXIT_USAGE
    except ApiError as exc:
        _error(PROG, api_error_lines(exc))
        return EXIT_API_ERROR
    except OcrError as exc:
        _error(PROG, words.text(exc))
        return EXIT_USAGE
    try:
        text, notes = _rendered(partial(render.render, result, parser.method, args.output))
    except (ValueError, TypeError) as exc:  # an answer the results layer cannot read
        _error(PROG, f"the answer cannot be shown as --output {args.output}: {exc}")
        return EXIT_API_ERROR
    for note in notes:
        _error(PROG, f"warning: {note}")
    sys.stdout.write(text)
    if not exports.any:
        return 0
    data: bytes | None = image if isinstance(image, bytes) else None
    if data is None and not is_url(str(args.image)):
        try:
            data = read_source(str(args.image), "image")
        except (OcrError, OSError) as exc:
            _error(PROG, f"error: IMAGE cannot be read again for the files asked for: {exc}")
            return EXIT_API_ERROR
    problems = _write_files(exports, data, result)
    for line in problems:
        _error(PROG, line)
    return EXIT_API_ERROR if any(line.startswith("error:") for line in problems) else 0


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: the single form, or `batch`. Output to a pipe that closes early ends
    it quietly with EXIT_BROKEN_PIPE (see the module docstring)."""
    try:
        try:
            return _single(sys.argv[1:] if argv is None else list(argv))
        finally:
            # Flushed here, inside the try: a closed pipe is met now, not in Python's own flush
            # at exit, which could only report "Exception ignored ... BrokenPipeError".
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
    except BrokenPipeError:
        _after_broken_pipe()
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
