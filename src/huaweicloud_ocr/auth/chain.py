"""Where credentials come from, in the official SDK's order, so users keep their setup:

1. arguments given explicitly;
2. the environment: HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_SECURITY_TOKEN,
   HUAWEICLOUD_SDK_PROJECT_ID;
3. the profile file HUAWEICLOUD_SDK_CREDENTIALS_FILE, else ~/.huaweicloud/credentials (INI,
   section [basic]: ak, sk, security_token, project_id).

Nothing is probed over the network (no metadata servers) and no file is written.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping
from pathlib import Path

import attrs

from huaweicloud_ocr._secret import Secret, mask_id
from huaweicloud_ocr.auth.aksk import AkSkAuth
from huaweicloud_ocr.errors import CredentialsError

ENV_AK = "HUAWEICLOUD_SDK_AK"
ENV_SK = "HUAWEICLOUD_SDK_SK"
ENV_SECURITY_TOKEN = "HUAWEICLOUD_SDK_SECURITY_TOKEN"  # noqa: S105 (a variable name)
ENV_PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID"
ENV_CREDENTIALS_FILE = "HUAWEICLOUD_SDK_CREDENTIALS_FILE"
PROFILE_SECTION = "basic"


def default_credentials_file(env: Mapping[str, str]) -> Path:
    explicit = env.get(ENV_CREDENTIALS_FILE)
    return Path(explicit) if explicit else Path.home() / ".huaweicloud" / "credentials"


@attrs.frozen(repr=False)
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
    if not ak and not sk:
        return None
    if not ak or not sk:
        missing = "sk" if ak else "ak"
        raise CredentialsError(f"{source} gives an AK/SK pair without its {missing}")
    secret = sk if isinstance(sk, Secret) else Secret(sk)
    security = Secret(token) if isinstance(token, str) and token else token or None
    return Credentials(ak, secret, security, project_id or None, source)


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
    env = os.environ if env is None else env
    found = _from_values(ak, sk, security_token, project_id, "arguments")
    if found is None:
        found = _from_values(
            env.get(ENV_AK),
            env.get(ENV_SK),
            env.get(ENV_SECURITY_TOKEN),
            env.get(ENV_PROJECT_ID),
            f"environment ({ENV_AK}/{ENV_SK})",
        )
    path = Path(credentials_file) if credentials_file else default_credentials_file(env)
    if found is None and path.is_file():
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(path, encoding="utf-8")
        except configparser.Error as exc:
            raise CredentialsError(
                f"cannot read profile file {path}: {type(exc).__name__}"
            ) from exc
        if parser.has_section(PROFILE_SECTION):
            section = parser[PROFILE_SECTION]
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
