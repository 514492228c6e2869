"""Every error the library raises derives from OcrError; none carries a secret in its text.

OcrError
├── ConfigurationError            set-up is wrong (region, endpoint, project id)
│   └── CredentialsError          no usable credentials
├── ValidationError               a local check failed; nothing was sent
│   └── RequestTooLargeError      a body is over a documented size limit
├── AuthenticationError           a token could not be obtained
├── TransportError                the request did not complete (connection, protocol)
│   └── RequestTimeoutError       ... because it took too long
└── ApiError                      the service answered with an error
    ├── BadRequestError           400: the documents' AIS.xxxx input errors
    ├── UnauthorizedError         401: token or signature refused
    ├── ForbiddenError            403: not subscribed, no permission, frozen
    ├── RateLimitError            429: flow or concurrency limit
    └── ServerError               5xx
"""

from __future__ import annotations


class OcrError(Exception):
    """Base class of all errors raised by huaweicloud_ocr."""

    request_id: str | None = None  # X-Request-Id of the answer the error is about, if any


class ConfigurationError(OcrError):
    """The client is set up wrongly: a missing region, endpoint or project id."""


class CredentialsError(ConfigurationError):
    """No usable credentials were found, or the ones given cannot work."""


class ValidationError(OcrError, ValueError):
    """A request broke a documented rule; it was not sent. `field` names the culprit."""

    def __init__(self, field: str, problem: str, rule: str) -> None:
        self.field, self.problem, self.rule = field, problem, rule
        super().__init__(f"{field}: {problem} (rule: {rule})")


class RequestTooLargeError(ValidationError):
    """A request body is over a documented limit; it was not sent."""

    def __init__(self, field: str, problem: str, rule: str) -> None:
        super().__init__(field, problem, rule)


class AuthenticationError(OcrError):
    """A token could not be obtained, or the service refused the credentials."""


class TransportError(OcrError):
    """The request did not complete: connection refused or reset, protocol error, ..."""


class RequestTimeoutError(TransportError):
    """The request took longer than the configured timeout."""


class ApiError(OcrError):
    """The service answered with an error status.

    `cause` and `solution` come from the documents' error-code table (openapi.yaml
    x-error-codes) when the code is documented.
    """

    def __init__(
        self,
        status_code: int,
        error_code: str | None,
        error_msg: str | None,
        *,
        request_id: str | None = None,
        cause: str | None = None,
        solution: str | None = None,
        attempts: int = 1,
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.error_msg = error_msg
        self.request_id = request_id
        self.cause = cause
        self.solution = solution
        self.attempts = attempts
        text = f"HTTP {status_code}"
        if error_code:
            text += f" {error_code}"
        if error_msg:
            text += f": {error_msg}"
        if request_id:
            text += f" (request id {request_id})"
        if solution:
            text += f"\nSolution: {solution}"
        super().__init__(text)


class BadRequestError(ApiError):
    """HTTP 400."""


class UnauthorizedError(ApiError):
    """HTTP 401: the token or the signature was refused."""


class ForbiddenError(ApiError):
    """HTTP 403: not subscribed in this region, no permission, account restricted."""


class RateLimitError(ApiError):
    """HTTP 429: too many requests."""


class ServerError(ApiError):
    """HTTP 5xx."""


def api_error_class(status_code: int) -> type[ApiError]:
    if status_code >= 500:
        return ServerError
    return {
        400: BadRequestError,
        401: UnauthorizedError,
        403: ForbiddenError,
        429: RateLimitError,
    }.get(status_code, ApiError)
