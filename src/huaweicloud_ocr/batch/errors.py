"""The batch's own error, at the bottom of the package: every other module of it may import
this one, and this one imports none of them, so the engine and the journal never import each
other to share it."""

from __future__ import annotations

from huaweicloud_ocr.errors import OcrError

__all__ = ["BatchError"]


class BatchError(OcrError):
    """The batch cannot start: bad arguments, a missing directory, an unusable results file."""
