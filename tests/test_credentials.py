"""Credential chain (arguments → environment → profile file) and secrets that never show."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

import httpx
import pytest

from huaweicloud_ocr._secret import Secret
from huaweicloud_ocr.auth import (
    AkSkAuth,
    IamPasswordTokenProvider,
    IamTokenAuth,
    TokenAuth,
    resolve_credentials,
)
from huaweicloud_ocr.errors import CredentialsError, OcrError
from tests.auth_server import CloudState, running_cloud

SK = "SECRETKEY-never-printed-0123456789"
TOKEN = "SECURITYTOKEN-never-printed-abcdef"
PASSWORD = "PASSWORD-never-printed-xyz"
SECRETS = (SK, TOKEN, PASSWORD)


def profile(tmp_path: Path, body: str) -> dict[str, str]:
    path = tmp_path / "credentials"
    path.write_text(body, encoding="utf-8")
    return {"HUAWEICLOUD_SDK_CREDENTIALS_FILE": str(path)}


def test_explicit_arguments_win(tmp_path: Path) -> None:
    env = {"HUAWEICLOUD_SDK_AK": "ENVAK", "HUAWEICLOUD_SDK_SK": "envsk"}
    found = resolve_credentials("ARGAK", "argsk", project_id="p1", env=env)
    assert (found.ak, found.sk.reveal(), found.project_id, found.source) == (
        "ARGAK",
        "argsk",
        "p1",
        "arguments",
    )


def test_environment_then_profile(tmp_path: Path) -> None:
    env = {
        "HUAWEICLOUD_SDK_AK": "ENVAK",
        "HUAWEICLOUD_SDK_SK": "envsk",
        "HUAWEICLOUD_SDK_SECURITY_TOKEN": "envtoken",
        "HUAWEICLOUD_SDK_PROJECT_ID": "envproject",
        **profile(tmp_path, "[basic]\nak = FILEAK\nsk = filesk\n"),
    }
    found = resolve_credentials(env=env)
    assert found.ak == "ENVAK"
    assert found.security_token == Secret("envtoken")
    assert found.project_id == "envproject"
    assert found.source.startswith("environment")
    del env["HUAWEICLOUD_SDK_AK"], env["HUAWEICLOUD_SDK_SK"]
    found = resolve_credentials(env=env)
    assert found.ak == "FILEAK"
    assert found.sk.reveal() == "filesk"
    assert found.source.startswith("profile file")


def test_profile_file_with_temporary_credentials(tmp_path: Path) -> None:
    env = profile(
        tmp_path,
        "[basic]\nak = FILEAK\nsk = filesk\nsecurity_token = t0k\nproject_id = fileproject\n",
    )
    found = resolve_credentials(env=env)
    assert found.security_token == Secret("t0k")
    assert found.project_id == "fileproject"
    assert isinstance(found.auth(), AkSkAuth)


def test_half_a_pair_is_an_error() -> None:
    with pytest.raises(CredentialsError, match="without its sk"):
        resolve_credentials(env={"HUAWEICLOUD_SDK_AK": "ENVAK"})


def test_missing_credentials_list_every_place_looked(tmp_path: Path) -> None:
    env = {"HUAWEICLOUD_SDK_CREDENTIALS_FILE": str(tmp_path / "absent")}
    with pytest.raises(CredentialsError) as caught:
        resolve_credentials(env=env)
    text = str(caught.value)
    for place in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", str(tmp_path / "absent"), "[basic]"):
        assert place in text


def test_nothing_is_written(tmp_path: Path) -> None:
    env = profile(tmp_path, "[basic]\nak = FILEAK\nsk = filesk\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    resolve_credentials(env=env)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_secrets_never_show(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """SK, tokens, passwords and security tokens stay out of repr, str, logs and exceptions."""
    caplog.set_level(logging.DEBUG)
    state = CloudState(keys={"HPUAEXAMPLEAK00": SK}, users={("acct", "user"): PASSWORD})
    shown: list[str] = []
    with running_cloud(state) as base_url:
        aksk = AkSkAuth("HPUAEXAMPLEAK00", SK, security_token=TOKEN)
        tokens = IamPasswordTokenProvider(
            username="user",
            password=PASSWORD,
            domain_name="acct",
            region="r",
            iam_endpoint=base_url,
        )
        issued = tokens.token()
        objects: list[object] = [
            aksk,
            tokens,
            issued,
            IamTokenAuth(tokens),
            TokenAuth(issued.value),
            Secret(SK),
            resolve_credentials("HPUAEXAMPLEAK00", SK, security_token=TOKEN),
        ]
        shown += [repr(o) for o in objects] + [str(o) for o in objects] + [f"{Secret(SK)}"]
        with httpx.Client(base_url=base_url, auth=aksk) as client:
            client.post("/v2/p/ocr/general-text", json={"image": "aGVsbG8="})
        with httpx.Client(base_url=base_url, auth=IamTokenAuth(tokens)) as client:
            client.post("/v2/p/ocr/general-text", json={"image": "aGVsbG8="})
        bad = IamPasswordTokenProvider(
            username="user",
            password=PASSWORD + "!",
            domain_name="acct",
            region="r",
            iam_endpoint=base_url,
        )
        for failing in (
            lambda: bad.token(),
            lambda: AkSkAuth("AK", SK).sign(
                httpx.Request("POST", base_url, content=b"x" * 13_000_000)
            ),
            lambda: resolve_credentials(env={"HUAWEICLOUD_SDK_SK": SK}),
        ):
            with pytest.raises(OcrError) as caught:
                failing()
            shown += [str(caught.value), repr(caught.value)]
        with pytest.raises(TypeError):
            pickle.dumps(Secret(SK))
    shown += [record.getMessage() for record in caplog.records]
    shown += [str(record.args) for record in caplog.records]
    assert caplog.records, "logging at DEBUG captured nothing: the check would be vacuous"
    secrets = (*SECRETS, issued.value.reveal())
    for text in shown:
        for secret in secrets:
            assert secret not in text, f"a secret leaked into: {text[:120]!r}"
