"""The suite-wide secrets check of tests/conftest.py is live: a registered secret in a log record,
an error or an unmasked credential header is flagged, and a test that leaks one fails."""

from __future__ import annotations

import ast
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from huaweicloud_ocr._secret import Secret
from huaweicloud_ocr.errors import AuthenticationError, ConfigurationError, OcrError
from tests import conftest
from tests.scripted_server import Reply, scripted
from tests.secrets_registry import DETECTOR, LIVE_CHECK_SECRET, MIN_LENGTH, STATIC_SECRETS

TESTS = Path(__file__).resolve().parent
LOGGER = logging.getLogger("huaweicloud_ocr.live_check")


@pytest.fixture(autouse=True)
def clean_slate() -> None:
    # Whatever earlier tests left has been checked already; start each proof from nothing.
    assert not DETECTOR.take()


def test_the_suite_logs_everything_at_debug() -> None:
    for name in conftest.DEBUG_LOGGERS:
        assert logging.getLogger(name).getEffectiveLevel() == logging.DEBUG
    assert conftest.HANDLER in logging.getLogger().handlers
    with scripted(Reply(200, {"ok": True})) as (url, _), httpx.Client() as client:
        client.get(url)
    seen = [where for where, _ in DETECTOR.texts]
    assert any("httpcore" in where for where in seen), "httpcore's trace was not captured"
    assert any("httpx" in where for where in seen), "httpx's request log was not captured"
    assert not DETECTOR.take()


def test_a_logged_secret_is_flagged() -> None:
    LOGGER.debug("signing with %s", LIVE_CHECK_SECRET)
    LOGGER.info(f"inline {LIVE_CHECK_SECRET}")
    leaks = DETECTOR.take()
    assert {leak.secret for leak in leaks} == {LIVE_CHECK_SECRET}
    assert {leak.where for leak in leaks} == {
        "log record of 'huaweicloud_ocr.live_check'",
        "log record of 'huaweicloud_ocr.live_check' (args)",
    }
    assert LIVE_CHECK_SECRET not in str(leaks[0])  # the report itself shows only a prefix


def test_a_secret_in_an_error_or_its_cause_is_flagged() -> None:
    with pytest.raises(ConfigurationError):
        raise ConfigurationError(f"bad key {LIVE_CHECK_SECRET}")

    def chained() -> None:
        try:
            raise ValueError(LIVE_CHECK_SECRET)
        except ValueError as exc:
            raise AuthenticationError("IAM refused") from exc

    with pytest.raises(AuthenticationError):
        chained()
    wheres = {leak.where for leak in DETECTOR.take()}
    assert wheres == {
        "str(ConfigurationError)",
        "repr(ConfigurationError)",
        "str(ValueError)",
        "repr(ValueError)",
    }


def test_a_value_wrapped_in_secret_is_registered_when_made() -> None:
    value = "made-at-run-time-" + os.urandom(8).hex()
    assert value not in DETECTOR.registered
    Secret(value)
    LOGGER.debug("oops: %s", value)
    assert {leak.secret for leak in DETECTOR.take()} == {value}


def test_unmasked_credential_headers_are_flagged_and_masked_ones_are_not() -> None:
    unregistered = "MIIunregistered-token-value-0123"
    trace = "receive_response_headers.complete return_value=(b'HTTP/1.1', 201, b'Created', [{}])"
    fake = logging.getLogger("tests.fake_httpcore")  # not masked: no filter on this logger
    fake.debug(trace.format(f"(b'X-Subject-Token', b'{unregistered}')"))
    fake.debug(trace.format("(b'X-Subject-Token', b'***')"))
    # The library's filter on httpcore's own logger masks the value before any handler sees it.
    logging.getLogger("httpcore.http11").debug(
        trace.format(f"(b'X-Subject-Token', b'{unregistered}')")
    )
    leaks = DETECTOR.take()
    assert [leak.where for leak in leaks] == ["log record of 'tests.fake_httpcore'"]
    assert leaks[0].secret == f"(b'X-Subject-Token', b'{unregistered}')"


def test_short_and_placeholder_values_are_not_looked_for() -> None:
    for value in ("sk", "t", "x" * (MIN_LENGTH - 1), "********"):
        DETECTOR.register(value)
        assert value not in DETECTOR.registered


LEAKING_TESTS = """
import logging

import pytest

from huaweicloud_ocr.errors import ConfigurationError
from tests.secrets_registry import LIVE_CHECK_SECRET


def test_clean():
    logging.getLogger("huaweicloud_ocr").debug("nothing secret here")


def test_logs_a_secret():
    logging.getLogger("huaweicloud_ocr").debug("sk=%s", LIVE_CHECK_SECRET)


def test_raises_a_secret():
    with pytest.raises(ConfigurationError):
        raise ConfigurationError(LIVE_CHECK_SECRET)
"""


def test_a_test_that_leaks_fails(tmp_path: Path) -> None:
    """The same conftest in a separate pytest run: the leaking tests error at teardown."""
    shutil.copy(TESTS / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_leaks.py").write_text(LEAKING_TESTS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent)}
    # --show-capture=no: pytest would echo the captured log, secret and all
    options = ["-q", "-rA", "--show-capture=no", "-p", "no:cacheprovider"]
    done = subprocess.run(  # noqa: S603 - this interpreter, running pytest on our own files
        [sys.executable, "-m", "pytest", *options, str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    out = done.stdout
    assert done.returncode == 1, out
    assert "3 passed, 2 errors" in out, out  # a test passes, then errors at teardown
    assert "ERROR test_leaks.py::test_logs_a_secret" in out, out
    assert "ERROR test_leaks.py::test_raises_a_secret" in out, out
    assert "PASSED test_leaks.py::test_clean" in out, out
    assert LIVE_CHECK_SECRET not in out  # the failure report names the leak, not the secret


SECRET_NAMES = ("SK", "PASSWORD", "TOKEN", "SECRET")
SECRET_KEYWORDS = ("sk", "password", "token", "security_token")


def literal_secrets(path: Path) -> set[str]:
    """String literals a test file assigns to NAMES like SK or passes as sk=, password=, ..."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        pairs: list[tuple[ast.expr, ast.expr]] = []
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    pairs += zip(target.elts, node.value.elts, strict=False)
                else:
                    pairs.append((target, node.value))
            for name, value in pairs:
                if (
                    isinstance(name, ast.Name)
                    and any(part in name.id.upper().split("_") for part in SECRET_NAMES)
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                ):
                    found.add(value.value)
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if (
                    keyword.arg in SECRET_KEYWORDS
                    and isinstance(keyword.value, ast.Constant)
                    and isinstance(keyword.value.value, str)
                ):
                    found.add(keyword.value.value)
    return {value for value in found if len(value) >= MIN_LENGTH and value.strip("*")}


def test_every_secret_literal_in_the_tests_is_registered() -> None:
    files = sorted(TESTS.glob("*.py"))
    found = {value: path.name for path in files for value in literal_secrets(path)}
    assert "exampleSecretKey0123456789abcdefghijklmn" in found  # the scan does find them
    missing = {value: name for value, name in found.items() if value not in STATIC_SECRETS}
    assert not missing, f"add these to tests/secrets_registry.py STATIC_SECRETS: {missing}"


def test_an_ocr_error_records_itself_once_made() -> None:
    error = OcrError("plain")
    assert DETECTOR.errors == [error]
    assert not DETECTOR.take()
