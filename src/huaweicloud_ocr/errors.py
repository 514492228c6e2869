"""Every error the library raises derives from OcrError; none carries a secret in its text, and
text a server sent reaches it only through server_text (secrets scrubbed, escaped, bounded).

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

import json
from collections.abc import Iterable

from huaweicloud_ocr._secret import Revealed, Secret

# Shorter values would be found in ordinary text ("***" marks a scrubbed one).
MIN_SECRET_LENGTH = 8


def _escapes() -> dict[int, str]:
    # C0, DEL and C1 controls drive terminals (ANSI/OSC escapes: clear screen, title, clipboard);
    # bidi controls reorder what is shown; lone surrogates cannot be printed or encoded at all.
    table = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]}
    table.update({0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"})
    bidi = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
    for c in [*bidi, 0x2028, 0x2029, *range(0xD800, 0xE000)]:
        table[c] = f"\\u{c:04x}"
    return table


_ESCAPES = _escapes()


def server_text(text: object, secrets: Iterable[str | Secret] = (), limit: int = 300) -> str:
    """Text a server sent, made fit to repeat in an error, a log or a terminal: each known secret
    (as sent, or JSON-escaped as a server echoing a body shows it) replaced by ***, control and
    bidi characters escaped (\\x1b, \\u202e; printable text of any script kept), and at most
    `limit` characters shown, then how many more there were."""
    try:
        raw = text if isinstance(text, str) else str(text)
    except Exception:  # an error is being built: never fail here instead
        raw = f"<unprintable {type(text).__name__}>"
    for secret in _variants(secrets):
        raw = raw.replace(secret, "***")
    shown: list[str] = []
    size = 0
    for index, char in enumerate(raw):
        piece = _ESCAPES.get(ord(char), char)
        if size + len(piece) > limit:
            return "".join(shown) + f"... [{len(raw) - index} more characters]"
        shown.append(piece)
        size += len(piece)
    return "".join(shown)


def _variants(secrets: Iterable[str | Secret]) -> list[Revealed]:
    """The forms to scrub, longest first; Revealed, so that this frame's locals hide them."""
    found: set[Revealed] = set()
    for secret in secrets:
        value = Revealed(secret.reveal() if isinstance(secret, Secret) else secret)
        if len(value) >= MIN_SECRET_LENGTH:
            found |= {value, Revealed(json.dumps(value)[1:-1])}
    return sorted(found, key=len, reverse=True)


class OcrError(Exception):
    """Base class of all errors raised by huaweicloud_ocr."""

    request_id: str | None = None  # X-Request-Id of the answer the error is about, if any


class MissingExtraError(OcrError, ImportError):
    """An optional library a function needs is not installed; the message names the extra that
    installs it (`pip install "huaweicloud-ocr[NAME]"`). `extra` is NAME, `module` (and
    ImportError's `name`) the import that failed, `purpose` what needed it."""

    def __init__(self, extra: str, module: str, purpose: str) -> None:
        super().__init__(
            f"{purpose} needs {module}, which is not installed:"
            f' pip install "huaweicloud-ocr[{extra}]"'
        )
        # set apart: ImportError's own attribute, and OcrError takes only the text
        self.extra, self.module, self.name, self.purpose = extra, module, module, purpose


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

    `str()` is one line: status, code, message, request id. `cause` and `solution` come from
    the documents' error-code table (openapi.yaml x-error-codes) when the code is documented.
    `error_code`, `error_msg` and `request_id` are the server's text passed through
    server_text: `secrets` (the credentials the request carried, e.g. auth.known_secrets())
    are scrubbed from them; they are not kept.
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
        secrets: Iterable[str | Secret] = (),
    ) -> None:
        known = _variants(secrets)  # once, not per field; the iterable may be single-use
        self.status_code = status_code
        self.error_code = None if error_code is None else server_text(error_code, known, 64)
        self.error_msg = None if error_msg is None else server_text(error_msg, known)
        self.request_id = None if request_id is None else server_text(request_id, known, 128)
        self.cause = cause
        self.solution = solution
        self.attempts = attempts
        text = f"HTTP {status_code}"
        if self.error_code:
            text += f" {self.error_code}"
        if self.error_msg:
            text += f": {self.error_msg}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        # One line (server text has its line breaks escaped); cause and solution stay
        # attributes, which the CLI prints on lines of their own.
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
