"""Golden outputs of the results layer: every documented success example of every operation,
through every results helper that applies to it, written to tests/golden_results/ and reviewed
in the diff like generated code.

    make golden-results          # (re)write every file after a deliberate change
    python -m tests.results_golden --check   # what tests/test_results_golden.py asserts

A file is `<OperationId>/<example name>.<helper>.<ext>`. The examples are read from openapi.yaml,
never copied; each helper below names the operations it applies to, so a new example, a new
operation or a new helper without its file fails the test until it is written and reviewed.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huaweicloud_ocr.results import (
    confidence,
    document,
    identity,
    keyvalues,
    passport,
    tables,
    text,
)
from tests.golden import Example, examples, load_spec

GOLDEN_DIR = Path(__file__).resolve().parent / "golden_results"

TEXT_OPERATIONS = frozenset(
    {
        "RecognizeGeneralText",
        "RecognizeWebImage",
        "RecognizeGeneralTable",
        "RecognizeSmartDocumentRecognizer",
    }
)
TABLE_OPERATIONS = frozenset({"RecognizeGeneralTable", "RecognizeSmartDocumentRecognizer"})
FIELD_OPERATIONS = frozenset(
    {
        "RecognizeIdCard",
        "RecognizePassport",
        "RecognizeThailandIdcard",
        "RecognizeColombiaIdCard",
        "RecognizeCambodianIdCard",
        "RecognizeMyanmarIdcard",
        "RecognizeMyanmarDriverLicense",
        "RecognizeChileIdCard",
        "RecognizeVietnamIdCard",
        "RecognizePeruIdCard",
        "RecognizeIdDocument",
        "RecognizeAutoIdDocClassification",
        "RecognizeThailandLicensePlate",
    }
)
EVERY_OPERATION = TEXT_OPERATIONS | FIELD_OPERATIONS


def _json(value: Any) -> str:
    def plain(node: Any) -> Any:
        if dataclasses.is_dataclass(node) and not isinstance(node, type):
            return {f.name: plain(getattr(node, f.name)) for f in dataclasses.fields(node)}
        if isinstance(node, dict):
            return {str(k): plain(v) for k, v in node.items()}
        if isinstance(node, list | tuple):
            return [plain(v) for v in node]
        if isinstance(node, dt.date):
            return node.isoformat()
        return node

    return json.dumps(plain(value), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _tables(render: Callable[[tables.Table], str]) -> Callable[[Any], str]:
    def each(answer: Any) -> str:
        found = tables_of_answer(answer)
        return "".join(f"## table {n}\n{render(t)}\n" for n, t in enumerate(found))

    return each


def tables_of_answer(answer: Any) -> list[tables.Table]:
    return tables.tables_of(answer)


def _table_problems(answer: Any) -> str:
    return _json([[p for p in t.problems] for t in tables.tables_of(answer)])


def _quietly(render: Callable[[Any], str]) -> Callable[[Any], str]:
    # the problems a document shows are in its output (as comments): the warnings repeat them
    def each(answer: Any) -> str:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", document.DocumentWarning)
            return render(answer) + "\n"

    return each


def _key_values(answer: Any) -> str:
    found = keyvalues.key_values_of(answer)
    return _json({"pairs": [(p.key, p.value) for p in found.pairs], "problems": found.problems})


def _confidence(answer: Any) -> str:
    split = confidence.split_by_confidence(answer, 0.9)
    rows = [("low", i) for i in split.low] + [("confident", i) for i in split.confident]
    rows += [("unscored", i) for i in split.unscored]
    return "".join(
        f"{kind}\t{i.path}\t{i.kind}\t{i.confidence}\t{i.text!r}\t{i.note}\n" for kind, i in rows
    )


def _passport(answer: Any) -> str:
    result = answer["result"]
    mrz = passport.mrz_of(result, today=dt.date(2026, 1, 1))
    if mrz is None:
        return _json({"mrz": None})
    return _json({"mrz": mrz, "valid": mrz.valid, "cross_check": passport.cross_check(result)})


def _dates(operation: str) -> Callable[[Any], str]:
    def render(answer: Any) -> str:
        found = identity.dates_of(answer, operation, today=dt.date(2026, 1, 1))
        return _json(found)

    return render


def _date_helpers() -> tuple[Helper, ...]:
    # one helper per operation with annotated dates: the operation is passed, not guessed
    with_dates = [op for op in sorted(FIELD_OPERATIONS) if identity.date_fields(op)]
    return tuple(Helper("dates.json", frozenset({op}), _dates(op)) for op in with_dates)


@dataclass(frozen=True)
class Helper:
    name: str  # the file suffix
    operations: frozenset[str]
    render: Callable[[Any], str]


HELPERS: tuple[Helper, ...] = (
    Helper("text.txt", TEXT_OPERATIONS, lambda a: text.text_of(a) + "\n"),
    Helper(
        "spans.tsv",
        TEXT_OPERATIONS,
        lambda a: "".join(
            f"{s.start}\t{s.end}\t{s.text}\t{s.location}\n" for s in text.spans_of(a)
        ),
    ),
    Helper("label_value.txt", FIELD_OPERATIONS, lambda a: text.label_value_text(a) + "\n"),
    Helper("tables.csv", TABLE_OPERATIONS, _tables(lambda t: t.to_csv(lineterminator="\n"))),
    Helper(
        "tables_repeat.csv",
        TABLE_OPERATIONS,
        _tables(lambda t: t.to_csv("repeat", lineterminator="\n")),
    ),
    Helper("tables.md", TABLE_OPERATIONS, _tables(lambda t: t.to_markdown())),
    Helper("tables.html", TABLE_OPERATIONS, _tables(lambda t: t.to_html())),
    Helper("table_problems.json", TABLE_OPERATIONS, _table_problems),
    Helper("document.md", TABLE_OPERATIONS, _quietly(document.markdown_of)),
    Helper(
        "document_all.md",
        TABLE_OPERATIONS,
        _quietly(lambda a: document.markdown_of(a, headers_footers=True, page_numbers=True)),
    ),
    Helper("document.html", TABLE_OPERATIONS, _quietly(document.html_of)),
    Helper("key_values.json", frozenset({"RecognizeSmartDocumentRecognizer"}), _key_values),
    Helper("confidence.tsv", EVERY_OPERATION, _confidence),
    Helper("passport.json", frozenset({"RecognizePassport"}), _passport),
)
HELPERS += _date_helpers()


def success_examples() -> list[Example]:
    return [
        e
        for e in examples(load_spec())
        if e.kind == "response"
        and e.status is not None
        and e.status.startswith("2")
        and e.operation_id in EVERY_OPERATION
    ]


def expected_files() -> dict[Path, str]:
    """Every golden file's path and its content, computed now."""
    out: dict[Path, str] = {}
    for example in success_examples():
        for helper in HELPERS:
            if example.operation_id in helper.operations:
                path = GOLDEN_DIR / example.operation_id / f"{example.name}.{helper.name}"
                out[path] = helper.render(example.value)
    return out


def stale_and_missing() -> tuple[list[Path], list[Path], list[Path]]:
    """(files that differ, files missing, files no longer produced)."""
    fresh = expected_files()
    kept = {p for p in GOLDEN_DIR.rglob("*") if p.is_file()} if GOLDEN_DIR.is_dir() else set()
    differ = [p for p in sorted(fresh) if p in kept and p.read_text("utf-8") != fresh[p]]
    missing = sorted(set(fresh) - kept)
    extra = sorted(kept - set(fresh))
    return differ, missing, extra


def write() -> int:
    fresh = expected_files()
    if GOLDEN_DIR.is_dir():
        for old in GOLDEN_DIR.rglob("*"):
            if old.is_file() and old not in fresh:
                old.unlink()
    for path, content in fresh.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text("utf-8") != content:
            path.write_text(content, "utf-8", newline="\n")
    print(f"{len(fresh)} golden files in {GOLDEN_DIR.relative_to(Path.cwd())}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    if not args.check:
        return write()
    differ, missing, extra = stale_and_missing()
    for label, paths in (("differs", differ), ("missing", missing), ("not produced", extra)):
        for p in paths:
            print(f"{label}: {p}", file=sys.stderr)
    return 1 if differ or missing or extra else 0


if __name__ == "__main__":
    sys.exit(main())
