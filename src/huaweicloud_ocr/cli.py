"""huaweicloud-ocr: recognize an image from the command line.

    huaweicloud-ocr <operation> IMAGE|URL [--region R] [--endpoint URL] [--option k=v ...]
                    [--output json|table]

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

from huaweicloud_ocr import _spec
from huaweicloud_ocr.client import OcrClient
from huaweicloud_ocr.errors import ApiError, OcrError

ENV_TOKEN = "HUAWEICLOUD_SDK_TOKEN"  # noqa: S105 - a variable name


def command_name(method: str) -> str:
    """recognize_general_text -> general-text"""
    return method.removeprefix("recognize_").replace("_", "-")


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
        description="Recognize an image with Huawei Cloud OCR.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"operations (documented regions):\n{listing}\n\n{__doc__.split(chr(10) * 2)[-1]}",
    )
    parser.add_argument(
        "operation", choices=sorted(command_name(m) for m in operations), metavar="operation"
    )
    parser.add_argument("image", help="an image file, or an http(s) URL the service downloads")
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
    parser.add_argument("--output", choices=["json", "table"], default="json")
    parser.add_argument("--timeout", type=float, default=60.0)
    return parser


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
