"""The environment of a command run against a local OCR server: one definition for the CLI tests.

`environment` is what a subprocess gets (the whole environment), `use_server` what an in-process
`cli.main` sees (os.environ through monkeypatch); the `credentials` fixture of tests/conftest.py
is `use_server` with the test module's `server`. Either way the server's AK/SK and project id
are the only HUAWEICLOUD_SDK_* variables: a token, region or profile of the developer's shell
never reaches the command (the profile file is os.devnull, which is no file: no profile).
"""

from __future__ import annotations

import os

import pytest

from huaweicloud_ocr.testing import LocalOcrServer

PREFIX = "HUAWEICLOUD_SDK_"


def environment(server: LocalOcrServer, **changes: str | None) -> dict[str, str]:
    """The environment of a command against `server`: its AK/SK and project id, no profile;
    `changes` then set variables, or remove those given None."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(PREFIX)}
    env.update(
        HUAWEICLOUD_SDK_AK=server.ak,
        HUAWEICLOUD_SDK_SK=server.sk,
        HUAWEICLOUD_SDK_PROJECT_ID=server.project_id,
        HUAWEICLOUD_SDK_CREDENTIALS_FILE=os.devnull,
    )
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def use_server(
    monkeypatch: pytest.MonkeyPatch, server: LocalOcrServer, **changes: str | None
) -> None:
    """os.environ, until the test ends, with the HUAWEICLOUD_SDK_* variables of
    `environment(server, **changes)` and no others (the rest of it is left as it is)."""
    for name in [k for k in os.environ if k.startswith(PREFIX)]:
        monkeypatch.delenv(name)
    for name, value in environment(server, **changes).items():
        if name.startswith(PREFIX):
            monkeypatch.setenv(name, value)
