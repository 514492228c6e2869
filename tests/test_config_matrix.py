"""One resolution of credentials, project id and region (huaweicloud_ocr.auth.chain
.resolve_settings) for the library and the CLI: every kind of credentials with every source of
the project id, and the order between sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from huaweicloud_ocr import OcrClient
from huaweicloud_ocr.auth import AkSkAuth, TokenAuth
from huaweicloud_ocr.errors import ConfigurationError

TOKEN = "matrix-token-0123456789abcdef"
AK, SK = "MATRIXACCESSKEY00000", "matrix-secret-key-0123456789"
AUTH_KINDS = ["auth", "token", "aksk", "env-token", "env-aksk", "profile"]
PROJECT_SOURCES = ["argument", "env", "profile", "none"]


def setup(tmp_path: Path, kind: str, project: str) -> tuple[dict[str, Any], dict[str, str]]:
    """OcrClient arguments and the environment for one cell of the matrix."""
    profile = tmp_path / "credentials"
    lines = ["[basic]"]
    env = {"HUAWEICLOUD_SDK_CREDENTIALS_FILE": str(profile)}
    args: dict[str, Any] = {"endpoint": "http://127.0.0.1:1", "env": env}
    if kind == "auth":
        args["auth"] = TokenAuth(TOKEN)
    elif kind == "token":
        args["token"] = TOKEN
    elif kind == "aksk":
        args.update(ak=AK, sk=SK)
    elif kind == "env-token":
        env["HUAWEICLOUD_SDK_TOKEN"] = TOKEN
    elif kind == "env-aksk":
        env.update(HUAWEICLOUD_SDK_AK=AK, HUAWEICLOUD_SDK_SK=SK)
    else:
        lines += [f"ak = {AK}", f"sk = {SK}"]
    if project == "argument":
        args["project_id"] = "p-argument"
    elif project == "env":
        env["HUAWEICLOUD_SDK_PROJECT_ID"] = "p-env"
    elif project == "profile":
        lines.append("project_id = p-profile")
    profile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return args, env


@pytest.mark.parametrize("project", PROJECT_SOURCES)
@pytest.mark.parametrize("kind", AUTH_KINDS)
def test_every_kind_of_credentials_with_every_source_of_the_project_id(
    tmp_path: Path, kind: str, project: str
) -> None:
    args, _ = setup(tmp_path, kind, project)
    with OcrClient(**args) as ocr:
        expected_auth = TokenAuth if kind in ("auth", "token", "env-token") else AkSkAuth
        assert type(ocr.auth) is expected_auth
        if project == "none":
            with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_PROJECT_ID"):
                ocr.project_id()
        else:
            assert ocr.project_id() == f"p-{project}"


def test_the_order_between_sources(tmp_path: Path) -> None:
    _, env = setup(tmp_path, "env-aksk", "env")
    env["HUAWEICLOUD_SDK_TOKEN"] = TOKEN
    common: dict[str, Any] = {"endpoint": "http://127.0.0.1:1", "env": env}
    with OcrClient(**common) as ocr:  # a token in the environment before AK/SK there
        assert type(ocr.auth) is TokenAuth
    with OcrClient(ak=AK, sk=SK, **common) as ocr:  # arguments before the environment
        assert type(ocr.auth) is AkSkAuth
    with OcrClient(project_id="p-argument", **common) as ocr:
        assert ocr.project_id() == "p-argument"


def test_the_region_comes_from_the_environment_unless_given() -> None:
    env = {"HUAWEICLOUD_SDK_REGION": "ap-southeast-2", "HUAWEICLOUD_SDK_TOKEN": TOKEN}
    with OcrClient(env=env, project_id="p") as ocr:
        assert ocr.region == "ap-southeast-2"
        assert ocr.endpoint == "https://ocr.ap-southeast-2.myhuaweicloud.com"
    with OcrClient("ap-southeast-1", env=env, project_id="p") as ocr:
        assert ocr.region == "ap-southeast-1"
    with OcrClient(endpoint="http://127.0.0.1:1", env=env, project_id="p") as ocr:
        assert ocr.region is None  # an endpoint of one's own: no region assumed
