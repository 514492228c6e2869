"""The batch's own errors, at the bottom of the package: every other module of it may import
this one, and this one imports none of them, so the engine, the journal and the worker
processes never import each other to share them. FATAL_ERRORS lives here for the same reason:
the engine and a worker process (processes.py) both sort a call's errors by it."""

from __future__ import annotations

from huaweicloud_ocr.errors import (
    AuthenticationError,
    ConfigurationError,
    ForbiddenError,
    OcrError,
    UnauthorizedError,
)

__all__ = ["FATAL_ERRORS", "BatchError", "WorkerProcessError"]

# Errors about the set-up, not about one file: the run stops and the file is not recorded.
FATAL_ERRORS: tuple[type[OcrError], ...] = (
    ConfigurationError,
    AuthenticationError,
    UnauthorizedError,
    ForbiddenError,
)


class BatchError(OcrError):
    """The batch cannot start: bad arguments, a missing directory, an unusable results file."""


class WorkerProcessError(BatchError):
    """A worker process (run_batch's `processes`) could not start, or ended during the run: the
    run stops (summary.fatal) and the files it had in flight stay unrecorded."""
