"""huaweicloud-ocr: recognize an image, or a directory of images, from the command line.

    huaweicloud-ocr <operation> IMAGE|URL [--region R] [--endpoint URL] [--<option> VALUE ...]
                    [--option k=v ...] [--output json|table]
                    (huaweicloud-ocr <operation> --help lists the operation's options)
    huaweicloud-ocr batch DIR --operation OP [--out results.jsonl] [--concurrency N]
                    [--rate R] [--glob PATTERN ...] [--retry-failed] [--quiet] ...
                    (huaweicloud-ocr batch --help)

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
import sys
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from huaweicloud_ocr import _options, _spec, batch
from huaweicloud_ocr.batch import command_name
from huaweicloud_ocr.client import AsyncOcrClient, OcrClient
from huaweicloud_ocr.errors import ApiError, OcrError, ValidationError

ENV_TOKEN = "HUAWEICLOUD_SDK_TOKEN"  # noqa: S105 - a variable name
CREDENTIALS_NOTE = __doc__.split("\n\n")[-1]


def _parse_option(text: str) -> tuple[str, Any]:
    name, sep, raw = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"--option takes key=value, not {text!r}")
    try:
        value: Any = json.loads(raw)  # true, 3, ["a","b"] ...
    except ValueError:
        value = raw
    return name, value


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
    parser.add_argument("operation", choices=sorted(_commands()), metavar="operation")
    parser.add_argument("image", help="an image file, or an http(s) URL the service downloads")
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
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per request")


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
        self.add_argument(
            "image",
            metavar="IMAGE|URL",
            help="an image file, or an http(s) URL the service downloads",
        )
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
Each file under DIR (recursively, in sorted order; hidden files, symlinked directories and the
results file are left out) gets exactly one JSON line in the results file:
  {"file": "a/b.png", "operation": "general-text", "status": "ok", "result": {...}}
  {"file": "c.png", "operation": "general-text", "status": "failed",
   "error": {"type": ..., "message": ..., "http_status": ..., "error_code": ..., "request_id": ...}}
A name that is not valid UTF-8 also gets "file_b64", its exact bytes in Base64.

Run it again to continue after a crash or Ctrl-C: files with a line are skipped and a torn
last line is cut off. --retry-failed tries the failed files again (their lines are replaced).
Ctrl-C once: finish the requests in flight and stop; twice: cancel them.
Exit status: 0 every file ok, 1 some failed, 2 usage or set-up error, 130 interrupted.
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


def batch_main(argv: Sequence[str]) -> int:
    args = build_batch_parser().parse_args(argv)
    token = os.environ.get(ENV_TOKEN)

    def make_client() -> AsyncOcrClient:
        return AsyncOcrClient(
            args.region,
            endpoint=args.endpoint,
            token=token,
            project_id=args.project_id,
            timeout=args.timeout,
            env=os.environ,
        )

    reporter = (
        batch.Reporter() if args.quiet else batch.ProgressReporter(prefix="huaweicloud-ocr batch")
    )
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
            reporter=reporter,
        )
    except OcrError as exc:  # BatchError, ConfigurationError, ...: nothing was processed
        print(f"huaweicloud-ocr batch: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    if summary.fatal is not None:
        print(f"huaweicloud-ocr batch: stopped: {summary.fatal}", file=sys.stderr)
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


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] == "batch":  # not an operation name: no clash with the single form
        return batch_main(argv[1:])
    command = argv[0] if argv and argv[0] in _commands() else None
    if command is None:  # --help, a usage error, or flags before the operation
        command = build_parser().parse_known_args(argv)[0].operation
    parser = build_operation_parser(command)
    args = parser.parse_args(argv)
    options = parser.request_options(args)
    token = os.environ.get(ENV_TOKEN)
    try:
        with OcrClient(
            args.region,
            endpoint=args.endpoint,
            token=token,
            project_id=args.project_id,
            timeout=args.timeout,
            env=os.environ,
        ) as client:
            result = getattr(client, parser.method)(args.image, **options)
    except TypeError as exc:  # an --option the operation does not have
        print(f"huaweicloud-ocr: {exc}", file=sys.stderr)
        return 2
    except ApiError as exc:
        print(f"huaweicloud-ocr: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except OcrError as exc:
        print(f"huaweicloud-ocr: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    data = result.to_dict()
    if args.output == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        rows = _table(data)
        width = max((len(k) for k, _ in rows), default=0)
        for key, value in rows:
            print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
