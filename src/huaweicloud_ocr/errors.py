"""Every error the library raises derives from OcrError; none carries a secret in its text."""

from __future__ import annotations


class OcrError(Exception):
    """Base class of all errors raised by huaweicloud_ocr."""


class ConfigurationError(OcrError):
    """The client is set up wrongly: a missing region, endpoint or project id."""


class CredentialsError(ConfigurationError):
    """No usable credentials were found, or the ones given cannot work."""


class RequestTooLargeError(OcrError):
    """A request body is over a documented limit; it was not sent."""


class AuthenticationError(OcrError):
    """A token could not be obtained, or the service refused the credentials."""
