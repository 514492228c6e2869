"""Where credentials, the project id and the region come from: one resolution for the library
and the CLI (resolve_settings), in the official SDK's order, so users keep their setup.

Credentials, the first found:
1. arguments: auth=, then token=, then ak= and sk= (with security_token=);
2. the environment: HUAWEICLOUD_SDK_TOKEN (a token), then HUAWEICLOUD_SDK_AK and
   HUAWEICLOUD_SDK_SK (with HUAWEICLOUD_SDK_SECURITY_TOKEN);
3. the profile file HUAWEICLOUD_SDK_CREDENTIALS_FILE, else ~/.huaweicloud/credentials (INI,
   section [basic]: ak, sk, security_token, project_id).
The project id, for every kind of credentials: project_id=, HUAWEICLOUD_SDK_PROJECT_ID, the
profile file's [basic] project_id (or an IAM look-up, when asked). The region: region=, then
HUAWEICLOUD_SDK_REGION, then the spec's default (unless endpoint= is given).

Nothing is probed over the network (no metadata servers) and no file is written.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from huaweicloud_ocr._secret import Secret, mask_id
from huaweicloud_ocr.auth.aksk import AkSkAuth
from huaweicloud_ocr.auth.token import TokenAuth
from huaweicloud_ocr.errors import CredentialsError

if TYPE_CHECKING:
    import configparser

ENV_AK = "HUAWEICLOUD_SDK_AK"
ENV_SK = "HUAWEICLOUD_SDK_SK"
ENV_SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN"  # noqa: S105 (a variable name)
ENV_PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID"
ENV_CREDENTIALS_FILE = "HUAWEICLOUD_SDK_CREDENTIALS_FILE"
ENV_TOKEN = "HUAWEICLOUD_SDK_TOKEN"  # noqa: S105 (a variable name)
ENV_REGION = "HUAWEICLOUD_SDK_REGION"
PROFILE_SECTION = "basic"


def _getenv(env: Mapping[str, str] | None, name: str) -> str | None:
    # os.environ is never bound to a local of a frame that may raise: a traceback recorded with
    # its locals would show the whole environment, HUAWEICLOUD_SDK_SK included.
    return (os.environ if env is None else env).get(name)


def default_credentials_file(env: Mapping[str, str] | None = None) -> Path:
    explicit = _getenv(env, ENV_CREDENTIALS_FILE)
    return Path(explicit) if explicit else Path.home() / ".huaweicloud" / "credentials"


@dataclass(frozen=True, slots=True, repr=False)
class Credentials:
    """An AK/SK pair (with a security token for temporary credentials) and where it came from."""

    ak: str
    sk: Secret
    security_token: Secret | None = None
    project_id: str | None = None
    source: str = "arguments"

    def __repr__(self) -> str:
        temporary = ", security_token=***" if self.security_token else ""
        return (
            f"Credentials(ak={mask_id(self.ak)!r}, sk=***{temporary}, "
            f"project_id={self.project_id!r}, source={self.source!r})"
        )

    def auth(self) -> AkSkAuth:
        return AkSkAuth(self.ak, self.sk, self.security_token)


def _from_values(
    ak: str | None,
    sk: str | Secret | None,
    token: str | Secret | None,
    project_id: str | None,
    source: str,
) -> Credentials | None:
    # Wrapped first: the error below would record this frame, and its locals, in a traceback.
    sk = Secret(sk) if isinstance(sk, str) else sk
    token = Secret(token) if isinstance(token, str) else token
    if not ak and not sk:
        return None
    if not ak or not sk:
        missing = "sk" if ak else "ak"
        raise CredentialsError(f"{source} gives an AK/SK pair without its {missing}")
    return Credentials(ak, sk, token or None, project_id or None, source)


def resolve_credentials(
    ak: str | None = None,
    sk: str | Secret | None = None,
    *,
    security_token: str | Secret | None = None,
    project_id: str | None = None,
    env: Mapping[str, str] | None = None,
    credentials_file: str | os.PathLike[str] | None = None,
) -> Credentials:
    """The first complete AK/SK found: arguments, then environment, then the profile file.

    A project_id given explicitly wins over one found with the credentials.
    """
    # Secrets wrapped first, environment values read as arguments: see _getenv.
    sk = Secret(sk) if isinstance(sk, str) else sk
    security_token = Secret(security_token) if isinstance(security_token, str) else security_token
    found = _from_values(ak, sk, security_token, project_id, "arguments")
    if found is None:
        found = _from_values(
            _getenv(env, ENV_AK),
            _getenv(env, ENV_SK),
            _getenv(env, ENV_SECURITY_TOKEN),
            _getenv(env, ENV_PROJECT_ID),
            f"environment ({ENV_AK}/{ENV_SK})",
        )
    path = Path(credentials_file) if credentials_file else default_credentials_file(env)
    if found is None:
        section = _profile(path)
        if section is not None:
            found = _from_values(
                section.get("ak"),
                section.get("sk"),
                section.get("security_token"),
                section.get("project_id"),
                f"profile file {path} [{PROFILE_SECTION}]",
            )
    if found is None:
        raise CredentialsError(
            "no AK/SK credentials found. Looked for: the ak and sk arguments; environment "
            f"variables {ENV_AK} and {ENV_SK} (with optional {ENV_SECURITY_TOKEN}, "
            f"{ENV_PROJECT_ID}); the profile file {path} (set {ENV_CREDENTIALS_FILE} to use "
            f"another), section [{PROFILE_SECTION}] with ak and sk. For token authentication "
            "use huaweicloud_ocr.auth.TokenAuth or IamPasswordTokenProvider."
        )
    if project_id and found.project_id != project_id:
        found = Credentials(found.ak, found.sk, found.security_token, project_id, found.source)
    return found


def _profile(path: Path) -> configparser.SectionProxy | None:
    if not path.is_file():
        return None
    import configparser  # here: ~4 ms of import time, for users with a profile file only

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as exc:
        raise CredentialsError(f"cannot read profile file {path}: {type(exc).__name__}") from exc
    return parser[PROFILE_SECTION] if parser.has_section(PROFILE_SECTION) else None


class Settings:
    """What a client needs, resolved: how to authenticate, the project id (None: not found),
    the region (None with an endpoint and no region given), and where each came from."""

    __slots__ = ("auth", "auth_source", "project_id", "project_source", "region")

    def __init__(
        self,
        auth: httpx.Auth,
        project_id: str | None,
        region: str | None,
        auth_source: str,
        project_source: str | None,
    ) -> None:
        self.auth, self.project_id, self.region = auth, project_id, region
        self.auth_source, self.project_source = auth_source, project_source


def resolve_settings(
    *,
    region: str | None = None,
    endpoint: str | None = None,
    auth: httpx.Auth | None = None,
    token: str | Secret | None = None,
    ak: str | None = None,
    sk: str | Secret | None = None,
    security_token: str | Secret | None = None,
    project_id: str | None = None,
    env: Mapping[str, str] | None = None,
    default_region: str | None = None,
) -> Settings:
    """The one resolution of credentials, project id and region (the module docstring gives the
    order). `env` defaults to os.environ."""
    # Secrets wrapped first: a traceback of an error below records this frame's locals.
    sk = Secret(sk) if isinstance(sk, str) else sk
    token = Secret(token) if isinstance(token, str) else token
    security_token = Secret(security_token) if isinstance(security_token, str) else security_token
    found_project: str | None = None
    if auth is not None:
        source = "auth argument"
    elif token:
        auth, source = TokenAuth(token), "token argument"
    elif not (ak or sk) and _getenv(env, ENV_TOKEN):
        auth, source = (
            TokenAuth(Secret(_getenv(env, ENV_TOKEN) or "")),
            f"environment ({ENV_TOKEN})",
        )
    else:
        credentials = resolve_credentials(ak, sk, security_token=security_token, env=env)
        auth, source, found_project = credentials.auth(), credentials.source, credentials.project_id
    project_source: str | None = None
    if project_id:
        project_source = "project_id argument"
    elif found_project:
        project_id, project_source = found_project, source
    elif _getenv(env, ENV_PROJECT_ID):
        project_id, project_source = _getenv(env, ENV_PROJECT_ID), f"environment ({ENV_PROJECT_ID})"
    else:
        path = default_credentials_file(env)
        section = _profile(path)
        if section is not None and section.get("project_id"):
            project_id = section.get("project_id")
            project_source = f"profile file {path} [{PROFILE_SECTION}]"
    if region is None and endpoint is None:
        region = _getenv(env, ENV_REGION) or default_region
    return Settings(auth, project_id or None, region, source, project_source)
