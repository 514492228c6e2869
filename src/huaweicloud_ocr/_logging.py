"""The library's logger, and credentials kept out of httpcore's DEBUG trace.

`huaweicloud_ocr` logs one DEBUG line per attempt (operation, status or error, error code,
request id, seconds) and one INFO line per retry (reason, wait); never a body, an image or a
secret. HUAWEICLOUD_OCR_LOG=debug (or info, warning) sends it to standard error without code.

httpcore logs every response's raw headers at DEBUG ("receive_response_headers.complete
return_value=(..., [(b'X-Subject-Token', b'MII...')])"), and IAM returns the new token in
X-Subject-Token. This filter masks the values of credential headers in those records.
"""

from __future__ import annotations

import logging
import os
import re

ENV_LOG = "HUAWEICLOUD_OCR_LOG"
LOGGER = "huaweicloud_ocr"

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


def configure_from_env(env: dict[str, str] | None = None) -> None:
    """HUAWEICLOUD_OCR_LOG=debug|info|warning: a stderr handler on the library's logger (once)."""
    level_name = (os.environ if env is None else env).get(ENV_LOG, "").strip().upper()
    level = logging.getLevelNamesMapping().get(level_name)
    if level is None:
        return
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    if not any(getattr(h, "_from_env", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._from_env = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
