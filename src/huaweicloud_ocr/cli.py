"""huaweicloud-ocr: recognize an image, or a directory of images, from the command line.

    huaweicloud-ocr <operation> IMAGE|URL [--region R] [--endpoint URL] [--option k=v ...]
                    [--output json|table]
    huaweicloud-ocr batch DIR --operation OP [--out results.jsonl] [--concurrency N]
                    [--rate R] [--glob PATTERN ...] [--retry-failed] [--quiet] ...
                    (huaweicloud-ocr batch --help)

Credentials as the library: HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK (/ _SECURITY_TOKEN,
_PROJECT_ID) or ~/.huaweicloud/credentials; or HUAWEICLOUD_SDK_TOKEN for a token.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from huaweicloud_ocr import _spec, batch
from huaweicloud_ocr.batch import command_name
from huaweicloud_ocr.client import AsyncOcrClient, OcrClient
from huaweicloud_ocr.errors import ApiError, OcrError

ENV_TOKEN = "HUAWEICLOUD_SDK_TOKEN"  # noqa: S105 - a variable name


def _parse_option(text: str) -> tuple[str, Any]:
    name, sep, raw = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"--option takes key=value, not {text!r}")
    try:
        value: Any = json.loads(raw)  # true, 3, ["a","b"] ...
    except ValueError:
        value = raw
    return name, value


def build_parser() -> argparse.ArgumentParser:
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
        epilog=f"operations (documented regions):\n{listing}\n\n{__doc__.split(chr(10) * 2)[-1]}",
    )
    parser.add_argument(
        "operation", choices=sorted(command_name(m) for m in operations), metavar="operation"
    )
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
    args = build_parser().parse_args(argv)
    method = "recognize_" + args.operation.replace("-", "_")
    token = os.environ.get(ENV_TOKEN)
    options = dict(args.option)
    try:
        with OcrClient(
            args.region,
            endpoint=args.endpoint,
            token=token,
            project_id=args.project_id,
            timeout=args.timeout,
            env=os.environ,
        ) as client:
            result = getattr(client, method)(args.image, **options)
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
