"""Keep credentials out of httpcore's DEBUG trace.

httpcore logs every response's raw headers at DEBUG ("receive_response_headers.complete
return_value=(..., [(b'X-Subject-Token', b'MII...')])"), and IAM returns the new token in
X-Subject-Token. This filter masks the values of credential headers in those records.
"""

from __future__ import annotations

import logging
import re

SENSITIVE_HEADERS = ("x-subject-token", "x-auth-token", "authorization", "x-security-token")
_PATTERN = re.compile(
    r"(\(b'(?:" + "|".join(SENSITIVE_HEADERS) + r")', b)('[^']*'|\"[^\"]*\")",
    re.IGNORECASE,
)
HTTPCORE_LOGGERS = ("httpcore.http11", "httpcore.http2", "httpcore.connection", "httpcore.proxy")


class RedactCredentialHeaders(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and "b'" in record.msg:
            record.msg = _PATTERN.sub(r"\1'***'", record.msg)
        return True


_FILTER = RedactCredentialHeaders()


def install() -> None:
    """Attach the filter to httpcore's loggers (idempotent)."""
    for name in HTTPCORE_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
