"""Recognize every image in a directory into a JSON Lines file: concurrent, rate-limited,
resumable, and each file recorded exactly once.

    from huaweicloud_ocr import AsyncOcrClient
    from huaweicloud_ocr.batch import run_batch

    summary = run_batch(lambda: AsyncOcrClient("ap-southeast-1"), "scans/", "results.jsonl",
                        "general-text", concurrency=8, rate=10)

One line per input file, and per page of a PDF (`"page": N`), in the order the answers arrive;
a rerun sends only the files and pages without a line. The parts, each module documenting its
rules:

* `inputs`: what to send: the lazy directory walk, patterns, which files are images of the
  operation's formats, PDFs opened and their pages prepared (split or rendered, with
  huaweicloud_ocr.documents), the operation's name and options checked before the run;
* `records`: what a line says: its fields, an answer's outcome, an error's fields, strict JSON;
* `journal`: the results file: the lock, whole-line appends, fsync, repairing a torn tail,
  rewriting without the failed lines (retry_failed);
* `ratelimit`: the token bucket the workers share;
* `progress`: the run's summary and exit code, the progress reporters;
* `engine`: the run: workers, the writer, stopping on a signal; `arun_batch`, `run_batch`;
* `processes`: worker processes sending the calls (`processes=N`), ClientRecipe;
* `errors`: BatchError, WorkerProcessError and FATAL_ERRORS, at the bottom: every module may
  import it, it imports none of them.

Imports go one way: engine -> processes, journal, inputs, ratelimit, progress; processes ->
inputs -> records -> errors; the journal and the engine never import each other. Everything a
caller used from the single module this package replaces is still importable from
`huaweicloud_ocr.batch`; private helpers are not re-exported: a test that replaces one (a
failing disk: `journal.os`) patches the module that looks it up.
"""

from __future__ import annotations

from huaweicloud_ocr.batch.engine import (
    DEFAULT_CONCURRENCY,
    StopSignal,
    arun_batch,
    run_batch,
)
from huaweicloud_ocr.batch.errors import FATAL_ERRORS, BatchError, WorkerProcessError
from huaweicloud_ocr.batch.inputs import (
    BatchFile,
    command_name,
    iter_files,
    operation_method,
)
from huaweicloud_ocr.batch.processes import WORKERS_PER_CLIENT, ClientRecipe
from huaweicloud_ocr.batch.progress import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    BatchSummary,
    ProgressReporter,
    Reporter,
)
from huaweicloud_ocr.batch.ratelimit import RateLimiter
from huaweicloud_ocr.batch.records import INVALID_ANSWER, record_key

__all__ = [
    "DEFAULT_CONCURRENCY",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FATAL_ERRORS",
    "INVALID_ANSWER",
    "WORKERS_PER_CLIENT",
    "BatchError",
    "BatchFile",
    "BatchSummary",
    "ClientRecipe",
    "ProgressReporter",
    "RateLimiter",
    "Reporter",
    "StopSignal",
    "WorkerProcessError",
    "arun_batch",
    "command_name",
    "iter_files",
    "operation_method",
    "record_key",
    "run_batch",
]
