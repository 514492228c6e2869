"""What `import huaweicloud_ocr` loads: a guard on the import-time work (issue 19). The
modules below are needed only once a client sends (httpcore, h11), parses an answer or calls
IAM (attrs, for the generated models and clients), or uses an optional extra; loading them at
import cost 25-35 ms, measured by `python -m benchmarks.bench --only import`."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Checked by prefix: a package and all its submodules.
NOT_AT_IMPORT = (
    "attr",
    "attrs",
    "httpcore",
    "h11",
    "aiohttp",
    "importlib.resources",
    "huaweicloud_ocr_api.client",
    "huaweicloud_ocr._transport.guarded",
    "huaweicloud_ocr._transport.answer_watch",
    "huaweicloud_ocr.results",
    "huaweicloud_ocr.batch",
    "PIL",
    "pikepdf",
    "pandas",
)


def loaded_by(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd="/"
    )
    return set(out.stdout.split())


def unwanted(modules: set[str]) -> list[str]:
    return sorted(
        name
        for name in modules
        for prefix in NOT_AT_IMPORT
        if name == prefix or name.startswith(prefix + ".")
    )


@pytest.mark.parametrize(
    "statement",
    [
        "import huaweicloud_ocr",
        "from huaweicloud_ocr import OcrClient, AsyncOcrClient, Base64Image",
    ],
)
def test_import_loads_only_what_it_needs(statement: str) -> None:
    assert unwanted(loaded_by(statement)) == []


def test_the_check_sees_what_a_client_call_loads() -> None:
    """The same check on a process that made a client and read its answer's model: what was
    deferred is loaded then (so the check is not blind)."""
    modules = loaded_by(
        "from huaweicloud_ocr import OcrClient; import huaweicloud_ocr_api.client; "
        "from huaweicloud_ocr_api.models import GeneralTextResult"
    )
    assert {"attr", "attrs", "huaweicloud_ocr_api.client"} <= set(unwanted(modules))
