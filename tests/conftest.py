"""For the whole suite: log everything at DEBUG, and fail a test that lets a known secret show.

Every log record (its message, its arguments' reprs, its exception text) and every OcrError
created (str, repr, and the errors it was raised from) goes to tests.secrets_registry.DETECTOR;
after each test, fixtures torn down, the test errors if any of them shows a registered secret or
an unmasked credential header. Secrets are registered as they are made: every value wrapped in
huaweicloud_ocr._secret.Secret, every SK and token of the loopback servers, and the literals of
tests/secrets_registry.py.

Shared fixtures: `server`, a LocalOcrServer for each test module that asks for one (a module
that needs another kind defines its own); `loopback_only`, which fails a test that connects
anywhere but 127.0.0.1 from this process; `credentials`, the CLI tests' environment
(tests/cli_env.py).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Generator, Iterator
from typing import Any

import pytest

from huaweicloud_ocr._secret import Secret
from huaweicloud_ocr.errors import OcrError
from huaweicloud_ocr.testing import LocalOcrServer
from tests.auth_server import CloudState
from tests.cli_env import use_server
from tests.secrets_registry import DETECTOR, Leak

DEBUG_LOGGERS = ("", "httpx", "httpcore", "huaweicloud_ocr")
_FORMATTER = logging.Formatter()
_PATCHES = pytest.MonkeyPatch()


class DetectorHandler(logging.Handler):
    """Renders each record now (its arguments may change later) for the check at teardown."""

    def emit(self, record: logging.LogRecord) -> None:
        where = f"log record of {record.name!r}"
        try:
            DETECTOR.saw(where, record.getMessage())
        except Exception:  # a malformed record is not ours to fix, but still looked at
            DETECTOR.saw(where, str(record.msg))
        if record.args:
            DETECTOR.saw(f"{where} (args)", repr(record.args))
        if record.exc_info:
            DETECTOR.saw(f"{where} (exception)", _FORMATTER.formatException(record.exc_info))
        if record.stack_info:
            DETECTOR.saw(f"{where} (stack)", record.stack_info)


HANDLER = DetectorHandler(logging.DEBUG)


def _register_secret_sources() -> None:
    secret_init = Secret.__init__

    def init_secret(self: Secret, value: str) -> None:
        secret_init(self, value)
        DETECTOR.register(value)

    def init_error(self: OcrError, *args: Any) -> None:
        super(OcrError, self).__init__(*args)
        DETECTOR.saw_error(self)

    server_init = LocalOcrServer.__init__
    server_token = LocalOcrServer.issue_token
    cloud_token = CloudState.issue_token

    def init_server(self: LocalOcrServer, *args: Any, **kwargs: Any) -> None:
        server_init(self, *args, **kwargs)
        DETECTOR.register(self.sk)

    def issue_local_token(self: LocalOcrServer) -> str:
        token = server_token(self)
        DETECTOR.register(token)
        return token

    def issue_cloud_token(self: CloudState) -> Any:
        token, expires = cloud_token(self)
        DETECTOR.register(token)
        return token, expires

    _PATCHES.setattr(Secret, "__init__", init_secret)
    _PATCHES.setattr(OcrError, "__init__", init_error, raising=False)
    _PATCHES.setattr(LocalOcrServer, "__init__", init_server)
    _PATCHES.setattr(LocalOcrServer, "issue_token", issue_local_token)
    _PATCHES.setattr(CloudState, "issue_token", issue_cloud_token)


def pytest_configure(config: pytest.Config) -> None:
    for name in DEBUG_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    logging.getLogger().addHandler(HANDLER)
    _register_secret_sources()


def pytest_unconfigure(config: pytest.Config) -> None:
    logging.getLogger().removeHandler(HANDLER)
    _PATCHES.undo()


@pytest.fixture(scope="module")
def server() -> Iterator[LocalOcrServer]:
    with LocalOcrServer() as running:
        yield running


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """In this process, a connection anywhere but 127.0.0.1 fails the test."""
    connect = socket.socket.connect

    def checked(self: socket.socket, address: Any) -> None:
        host = address[0] if isinstance(address, tuple) else address
        assert host == "127.0.0.1", f"a connection to {address!r}"
        connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", checked)


@pytest.fixture
def credentials(server: LocalOcrServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment of an in-process command against the test module's `server` fixture
    (each CLI test module runs its own): tests.cli_env.use_server."""
    use_server(monkeypatch, server)


def describe(leaks: list[Leak]) -> str:
    shown = "\n".join(f"  {leak}" for leak in leaks[:10])
    return f"{len(leaks)} secret leak(s):\n{shown}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    yield  # fixtures first: their teardown may log too
    leaks = DETECTOR.take()
    if leaks:
        pytest.fail(describe(leaks), pytrace=False)


def pytest_sessionfinish(session: pytest.Session) -> None:
    leaks = DETECTOR.take()  # whatever was logged after the last test
    if leaks:
        print(describe(leaks))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
