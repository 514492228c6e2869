"""Token authentication: a static X-Auth-Token, and IAM password tokens fetched and cached."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx

from huaweicloud_ocr._secret import Revealed, RevealedBytes, Secret
from huaweicloud_ocr.auth._iam import (
    LoopLocks,
    iam_client,
    iam_endpoint_for,
    iam_error,
    iam_message,
    reaching_iam,
    read_iam,
    require_https,
    send_async,
    send_sync,
)
from huaweicloud_ocr.errors import AuthenticationError, ConfigurationError, CredentialsError
from huaweicloud_ocr_api import models

if TYPE_CHECKING:
    from types import ModuleType

    from huaweicloud_ocr_api.client import Client

# Header names, not secrets.
TOKEN_HEADER = "X-Auth-Token"  # noqa: S105
SUBJECT_TOKEN_HEADER = "X-Subject-Token"  # noqa: S105


class TokenAuth(httpx.Auth):
    """Send a token you already have as X-Auth-Token."""

    def __init__(self, token: str | Secret) -> None:
        if isinstance(token, str):  # first: a traceback of any check below shows this frame
            token = Secret(token)
        if not token:
            raise CredentialsError("TokenAuth needs a non-empty token")
        if not token.fits_header():
            raise CredentialsError(_NOT_A_HEADER.format("the token"))
        self._token = token

    def __repr__(self) -> str:
        return "TokenAuth(token=***)"

    def known_secrets(self) -> list[str]:
        """The token, to scrub from server text the client repeats (each value hides its repr)."""
        return [Revealed(self._token.reveal())]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[TOKEN_HEADER] = self._token.reveal()  # printable ASCII: cannot fail
        yield request


# Checked before a value is ever set as a header: setting it then cannot fail with the value
# in the error (h11 quotes an illegal header value; encoding errors carry the whole string).
_NOT_A_HEADER = "{} must be printable ASCII without spaces, as an HTTP header carries it"


@dataclass(frozen=True, slots=True, repr=False)
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
        if isinstance(password, str):  # first: a traceback of any check below shows this frame
            password = Secret(password)
        # What repr() shows, set before any check: a traceback with locals renders self.
        self.username, self.domain_name = username, domain_name
        self.project_name = project_name or region or ""
        if not (username and password and domain_name):
            raise CredentialsError(
                "IamPasswordTokenProvider needs username, password and domain_name (account name)"
            )
        if not self.project_name:
            raise ConfigurationError("IamPasswordTokenProvider needs a region or a project_name")
        if iam_endpoint is None:
            if not region:
                raise ConfigurationError("IamPasswordTokenProvider needs a region or iam_endpoint")
            iam_endpoint = iam_endpoint_for(region)
        require_https(iam_endpoint, allow_insecure_http)
        self._password = password
        self.iam_endpoint = iam_endpoint.rstrip("/")
        self.refresh_margin = refresh_margin
        self._client = iam_client(self.iam_endpoint, timeout, httpx_args)
        self._token: IamToken | None = None
        self._lock = threading.Lock()  # one blocking fetch at a time, held across the request
        self._state = threading.Lock()  # short: the cached token (never held across a request)
        self._async_lock = LoopLocks()  # one fetch per event loop
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

    def known_secrets(self) -> list[str]:
        """The password and the current token, to scrub from server text the client repeats."""
        token = self._token
        values = [self._password] if token is None else [self._password, token.value]
        return [Revealed(value.reveal()) for value in values]

    def invalidate(self, token: Secret) -> None:
        """Forget `token` (the server refused it); a newer token is kept."""
        with self._state:
            if self._token is not None and self._token.value == token:
                self._token = None

    # -- fetching ------------------------------------------------------------------------------
    def _body(self) -> models.KeystoneCreateUserTokenByPasswordRequestBody:
        # Revealed: the model, its to_dict() and any frame holding them show '***'.
        user = models.IamUser(
            name=self.username,
            password=Revealed(self._password.reveal()),
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

    def _request(self) -> dict[str, Any]:
        """The generated request's arguments, its JSON body as bytes whose repr hides them."""
        kwargs: dict[str, Any] = _create_token()._get_kwargs(body=self._body())
        # ASCII JSON (\u escapes) cannot fail to encode, whatever the password holds.
        kwargs["content"] = RevealedBytes(json.dumps(kwargs.pop("json")).encode("ascii"))
        return kwargs

    def _accept(self, response: httpx.Response) -> IamToken:
        status = response.status_code
        # The issued token, and secrets IAM may echo, are scrubbed from any text of IAM's.
        value = _issued_token(response)
        secrets = self.known_secrets() + ([Revealed(value.reveal())] if value else [])
        if status == 401:
            raise iam_error(
                CredentialsError,
                f"IAM at {self.iam_endpoint} refused the user name, password or account name "
                f"for user {self.username!r} (HTTP 401)",
                response,
                detail=iam_message(response),
                secrets=secrets,
            )
        if status != 201 or value is None:
            raise iam_error(
                AuthenticationError,
                f"IAM at {self.iam_endpoint} did not issue a token (HTTP {status})",
                response,
                detail=None if status == 201 else iam_message(response),
                secrets=secrets,
            )
        # The body is read only for a token: an error answer's body may be anything.
        token = _read_token(self._client, response, value, secrets)
        if isinstance(token, AuthenticationError):
            raise token
        with self._state:
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
            kwargs = self._request()
            with reaching_iam(self.iam_endpoint):
                response = send_sync(self._client, kwargs)
            return self._accept(response)

    async def atoken(self) -> IamToken:
        """A valid token, fetched if needed; one fetch in flight per event loop."""
        cached = self._fresh()
        if cached:
            return cached
        async with self._async_lock():
            cached = self._fresh()
            if cached:
                return cached
            kwargs = self._request()
            with reaching_iam(self.iam_endpoint):
                response = await send_async(self._client, kwargs)
            # Not self._lock: a blocking fetch in another thread holds it across its request.
            return self._accept(response)

    def close(self) -> None:
        self._client.get_httpx_client().close()


class IamTokenAuth(httpx.Auth):
    """X-Auth-Token from an IAM token provider; on a 401 the token is refreshed once."""

    def __init__(self, provider: IamPasswordTokenProvider) -> None:
        self.provider = provider

    def __repr__(self) -> str:
        return f"IamTokenAuth({self.provider!r})"

    def known_secrets(self) -> list[str]:
        """The provider's password and current token, to scrub from server text."""
        return self.provider.known_secrets()

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


def _issued_token(response: httpx.Response) -> Secret | None:
    """The X-Subject-Token of an answer, wrapped at once; None when absent or not sendable."""
    value = response.headers.get(SUBJECT_TOKEN_HEADER)
    token = Secret(value) if value else None
    return token if token is not None and token.fits_header() else None


def _read_token(
    client: Client, response: httpx.Response, value: Secret, secrets: list[str]
) -> IamToken | AuthenticationError:
    """The token a 201 describes, or the error to raise: returned, not raised, so that no frame
    of the traceback holds the parsed answer (IAM's text, which may echo secrets)."""
    parsed = read_iam(_create_token(), client, response)
    if not isinstance(parsed, models.KeystoneCreateUserTokenByPasswordResponse):
        return iam_error(AuthenticationError, "IAM did not issue a token (HTTP 201)", response)
    details = parsed.token
    expires_at = _timestamp(getattr(details, "expires_at", None))
    if expires_at is None:
        detail = getattr(details, "expires_at", None)
        message = "IAM sent an unreadable expires_at"
        return iam_error(AuthenticationError, message, response, detail=detail, secrets=secrets)
    project_id = getattr(getattr(details, "project", None), "id", None)
    return IamToken(value, expires_at, project_id if isinstance(project_id, str) else None)


def _timestamp(value: object) -> datetime | None:
    """An ISO 8601 time (UTC when it names no zone), or None: no error quoting server text."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _create_token() -> ModuleType:
    # Imported on first use: the IAM endpoint and its models cost import time to every user.
    from huaweicloud_ocr_api.api.iam import keystone_create_user_token_by_password

    return keystone_create_user_token_by_password
