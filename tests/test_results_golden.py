"""Every documented example through every results helper that applies, compared with the
committed files in tests/golden_results/ (rewritten by `make golden-results`, reviewed in the
diff)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import results_golden

FRESH = results_golden.expected_files()


def test_every_operation_with_helpers_has_examples_and_files() -> None:
    covered = {p.parent.name for p in FRESH}
    assert covered == set(results_golden.EVERY_OPERATION)
    # at least one file per helper: a helper that applies to nothing is a mistake
    suffixes = {p.name.split(".", 1)[1] for p in FRESH}
    assert suffixes == {h.name for h in results_golden.HELPERS}


@pytest.mark.parametrize(
    "path", sorted(FRESH), ids=lambda p: str(p.relative_to(results_golden.GOLDEN_DIR))
)
def test_golden_file_matches(path: Path) -> None:
    assert path.is_file(), f"missing: run `make golden-results` and review {path.name}"
    assert path.read_text("utf-8") == FRESH[path], f"stale: run `make golden-results` ({path})"


def test_no_stray_golden_files() -> None:
    kept = {p for p in results_golden.GOLDEN_DIR.rglob("*") if p.is_file()}
    assert kept - set(FRESH) == set(), "files no helper produces: run `make golden-results`"
