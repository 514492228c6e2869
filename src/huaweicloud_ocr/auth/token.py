"""Token authentication: a static X-Auth-Token, and IAM password tokens fetched and cached."""

from __future__ import annotations

import threading
from collections.abc import AsyncGenerator, Generator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import attrs
import httpx

from huaweicloud_ocr._secret import Secret
from huaweicloud_ocr.auth._iam import iam_error, reaching_iam, read_iam, require_https
from huaweicloud_ocr.errors import AuthenticationError, ConfigurationError, CredentialsError
from huaweicloud_ocr_api import models
from huaweicloud_ocr_api.client import Client

if TYPE_CHECKING:
    import asyncio
    from types import ModuleType

# Header names, not secrets.
TOKEN_HEADER = "X-Auth-Token"  # noqa: S105
SUBJECT_TOKEN_HEADER = "X-Subject-Token"  # noqa: S105


class TokenAuth(httpx.Auth):
    """Send a token you already have as X-Auth-Token."""

    def __init__(self, token: str | Secret) -> None:
        if not token:
            raise CredentialsError("TokenAuth needs a non-empty token")
        self._token = token if isinstance(token, Secret) else Secret(token)

    def __repr__(self) -> str:
        return "TokenAuth(token=***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[TOKEN_HEADER] = self._token.reveal()
        yield request


@attrs.frozen(repr=False)
class IamToken:
    """A token, when it expires, and the project it is scoped to."""

    value: Secret
    expires_at: datetime
    project_id: str | None

    def __repr__(self) -> str:
        return f"IamToken(value=***, expires_at={self.expires_at.isoformat()!r})"


class IamPasswordTokenProvider:
    """Obtains project-scoped IAM tokens with a user name and password (seed 002 §3.4).

    A token is reused until `refresh_margin` before it expires; many threads or tasks asking at
    once cause one fetch. `project_name` defaults to the region (the region's default project).
    """

    def __init__(
        self,
        *,
        username: str,
        password: str | Secret,
        domain_name: str,
        region: str | None = None,
        project_name: str | None = None,
        iam_endpoint: str | None = None,
        refresh_margin: timedelta = timedelta(minutes=15),
        timeout: float = 30.0,
        httpx_args: dict[str, object] | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        if not (username and password and domain_name):
            raise CredentialsError(
                "IamPasswordTokenProvider needs username, password and domain_name (account name)"
            )
        project = project_name or region
        if not project:
            raise ConfigurationError("IamPasswordTokenProvider needs a region or a project_name")
        if iam_endpoint is None:
            if not region:
                raise ConfigurationError("IamPasswordTokenProvider needs a region or iam_endpoint")
            iam_endpoint = f"https://iam.{region}.myhuaweicloud.com"
        require_https(iam_endpoint, allow_insecure_http)
        self.username = username
        self._password = password if isinstance(password, Secret) else Secret(password)
        self.domain_name = domain_name
        self.project_name = project
        self.iam_endpoint = iam_endpoint.rstrip("/")
        self.refresh_margin = refresh_margin
        self._client = Client(
            base_url=self.iam_endpoint,
            timeout=httpx.Timeout(timeout),
            httpx_args=dict(httpx_args or {}),
            raise_on_unexpected_status=False,
        )
        self._token: IamToken | None = None
        self._lock = threading.Lock()
        self._async_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}
        self._async_loop: asyncio.AbstractEventLoop | None = None  # of _client's AsyncClient
        self.fetch_count = 0  # how many tokens were fetched: useful in tests and logs

    def __repr__(self) -> str:
        return (
            f"IamPasswordTokenProvider(username={self.username!r}, password=***, "
            f"domain_name={self.domain_name!r}, project_name={self.project_name!r})"
        )

    # -- cache ---------------------------------------------------------------------------------
    def _fresh(self, now: datetime | None = None) -> IamToken | None:
        token = self._token
        now = now or datetime.now(UTC)
        # now + margin, not expires_at - margin: IAM may send a date near datetime.min.
        if token is not None and now + self.refresh_margin < token.expires_at:
            return token
        return None

    def invalidate(self, token: Secret) -> None:
        """Forget `token` (the server refused it); a newer token is kept."""
        with self._lock:
            if self._token is not None and self._token.value == token:
                self._token = None

    # -- fetching ------------------------------------------------------------------------------
    def _body(self) -> models.KeystoneCreateUserTokenByPasswordRequestBody:
        user = models.IamUser(
            name=self.username,
            password=self._password.reveal(),
            domain=models.IamDomainName(name=self.domain_name),
        )
        return models.KeystoneCreateUserTokenByPasswordRequestBody(
            auth=models.IamAuth(
                identity=models.IamIdentity(
                    methods=["password"], password=models.IamPasswordIdentity(user=user)
                ),
                scope=models.IamScope(project=models.IamProjectScope(name=self.project_name)),
            )
        )

    def _accept(self, response: httpx.Response) -> IamToken:
        status = response.status_code
        if status == 401:
            raise iam_error(
                CredentialsError,
                f"IAM at {self.iam_endpoint} refused the user name, password or account name "
                f"for user {self.username!r} (HTTP 401)",
                response,
            )
        value = response.headers.get(SUBJECT_TOKEN_HEADER)
        # The body is read only for a token: an error answer's body may be anything.
        parsed = read_iam(_create_token(), self._client, response) if status == 201 else None
        if not value or not isinstance(parsed, models.KeystoneCreateUserTokenByPasswordResponse):
            raise iam_error(
                AuthenticationError,
                f"IAM at {self.iam_endpoint} did not issue a token (HTTP {status})",
                response,
            )
        details = parsed.token
        expires_raw = getattr(details, "expires_at", None)
        try:
            expires_at = datetime.fromisoformat(str(expires_raw))
        except ValueError:
            raise iam_error(
                AuthenticationError, f"IAM sent an unreadable expires_at: {expires_raw!r}", response
            ) from None
        if expires_at.tzinfo is None:
            expires_at = expires_at.replace(tzinfo=UTC)
        project = getattr(details, "project", None)
        project_id = getattr(project, "id", None)
        token = IamToken(
            Secret(value), expires_at, project_id if isinstance(project_id, str) else None
        )
        self._token = token
        self.fetch_count += 1
        return token

    def token(self) -> IamToken:
        """A valid token, fetched if needed (blocking)."""
        cached = self._fresh()
        if cached:
            return cached
        with self._lock:
            cached = self._fresh()
            if cached:
                return cached
            # The generated request, sent and read here: sync_detailed would parse any body
            # before the status is looked at, and lose the answer's request id on failure.
            kwargs = _create_token()._get_kwargs(body=self._body())
            with reaching_iam(self.iam_endpoint):
                response = self._client.get_httpx_client().request(**kwargs)
            return self._accept(response)

    async def atoken(self) -> IamToken:
        """A valid token, fetched if needed; one fetch in flight per event loop."""
        cached = self._fresh()
        if cached:
            return cached
        import asyncio  # here, not at the top: asyncio costs sync users ~30 ms of import time

        loop = asyncio.get_running_loop()
        lock = self._async_locks.setdefault(loop, asyncio.Lock())
        async with lock:
            cached = self._fresh()
            if cached:
                return cached
            kwargs = _create_token()._get_kwargs(body=self._body())
            if self._async_loop is not loop:  # its connections belong to an earlier event loop
                self._client._async_client, self._async_loop = None, loop
            with reaching_iam(self.iam_endpoint):
                response = await self._client.get_async_httpx_client().request(**kwargs)
            with self._lock:
                return self._accept(response)

    def close(self) -> None:
        self._client.get_httpx_client().close()


class IamTokenAuth(httpx.Auth):
    """X-Auth-Token from an IAM token provider; on a 401 the token is refreshed once."""

    def __init__(self, provider: IamPasswordTokenProvider) -> None:
        self.provider = provider

    def __repr__(self) -> str:
        return f"IamTokenAuth({self.provider!r})"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.provider.token().value
        request.headers[TOKEN_HEADER] = token.reveal()
        response = yield request
        if response.status_code == 401:
            self.provider.invalidate(token)
            request.headers[TOKEN_HEADER] = self.provider.token().value.reveal()
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = (await self.provider.atoken()).value
        request.headers[TOKEN_HEADER] = token.reveal()
        response = yield request
        if response.status_code == 401:
            self.provider.invalidate(token)
            request.headers[TOKEN_HEADER] = (await self.provider.atoken()).value.reveal()
            yield request


def _create_token() -> ModuleType:
    # Imported on first use: the IAM endpoint and its models cost import time to every user.
    from huaweicloud_ocr_api.api.iam import keystone_create_user_token_by_password

    return keystone_create_user_token_by_password
