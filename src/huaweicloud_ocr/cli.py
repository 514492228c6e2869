"""huaweicloud-ocr: recognize an image, or a directory of images, from the command line.

    huaweicloud-ocr <operation> IMAGE|URL [--region R] [--endpoint URL] [--<option> VALUE ...]
                    [--option k=v ...] [--output json|table]
                    (huaweicloud-ocr <operation> --help lists the operation's options)
    huaweicloud-ocr batch DIR --operation OP [--out results.jsonl] [--concurrency N]
                    [--rate R] [--glob PATTERN ...] [--retry-failed] [--quiet] ...
                    (huaweicloud-ocr batch --help)
    huaweicloud-ocr --version

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
import json
import os
import platform
import re
import sys
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import IO, Any, TextIO

import httpx

from huaweicloud_ocr import __version__, _options, _spec, batch
from huaweicloud_ocr.auth.chain import ENV_PROJECT_ID, ENV_TOKEN
from huaweicloud_ocr.batch import BatchError, command_name
from huaweicloud_ocr.client import AsyncOcrClient, OcrClient
from huaweicloud_ocr.errors import (
    ApiError,
    ConfigurationError,
    OcrError,
    RequestTimeoutError,
    ValidationError,
)

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
        "       %(prog)s batch DIR --operation OP [options]  (see %(prog)s batch --help)",
        description="Recognize an image with Huawei Cloud OCR.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"operations (documented regions):\n{listing}\n\n"
        "%(prog)s OPERATION --help lists the operation's request options.\n\n"
        f"{CREDENTIALS_NOTE}",
    )
    parser.add_argument("--version", action="version", version=version_text())
    parser.add_argument("operation", choices=sorted(_commands()), metavar="operation")
    parser.add_argument("image", help=IMAGE_HELP)
    _add_connection_arguments(parser)
    parser.add_argument("--output", choices=["json", "table"], default="json")
    return parser


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
        self.add_argument("--output", choices=["json", "table"], default="json")
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

    def make_client() -> AsyncOcrClient:
        return AsyncOcrClient(
            args.region,
            endpoint=args.endpoint,
            project_id=args.project_id,
            timeout=args.timeout,
            env=os.environ,
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
        )
    except OcrError as exc:  # BatchError, ConfigurationError, ...: nothing was processed
        _error(prog, api_error_lines(exc) if isinstance(exc, ApiError) else words.text(exc))
        return EXIT_USAGE
    if progress is not None and progress.closed and summary.fatal is None:
        return EXIT_BROKEN_PIPE
    if summary.fatal is not None:
        _error(prog, f"stopped: {cli_clauses(summary.fatal)}")
    return summary.exit_code


def _table(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        rows = []
        for key, item in value.items():
            rows += _table(item, f"{prefix}.{key}" if prefix else str(key))
        return rows
    if isinstance(value, list) and value and all(isinstance(v, dict | list) for v in value):
        rows = []
        for i, item in enumerate(value):
            rows += _table(item, f"{prefix}[{i}]")
        return rows
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return [(prefix, text if len(text) <= 100 else text[:97] + "...")]


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
    image: Any = args.image
    if image == STDIN:
        image = _standard_input(parser.prog)
        if isinstance(image, str):
            _error(PROG, f"IMAGE -: {image}")
            return EXIT_USAGE
    words = ErrorWords.of(args, parser.flags, _spec.operation(parser.method)["image_field"])
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
    data = result.to_dict()
    if args.output == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        rows = _table(data)
        width = max((len(k) for k, _ in rows), default=0)
        for key, value in rows:
            print(f"{key:<{width}}  {value}")
    return 0


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
