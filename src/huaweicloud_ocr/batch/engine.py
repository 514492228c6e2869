"""The run of a batch: the walk feeding a bounded queue, `concurrency` workers sending files,
one writer appending their lines to the journal, and the signals that stop it.

`concurrency` workers take files from a bounded queue fed by a lazy directory walk (memory does
not grow with the directory). The walk and every stat, open, write and fsync the batch does run
in threads, never on the event loop, so a slow disk or an odd file cannot freeze the run or
make it deaf to Ctrl-C. Whatever a task of the run raises stops the run (summary.fatal); no
task dies unobserved. run_batch given a function that makes a client makes as few clients as
cover the workers with their max_concurrency (one up to 64 workers at the default).

Throughput (100 ms answers, 2 CPUs): a worker reads a small file itself, in the thread hop
that checks it is still a regular file, and hands the client its bytes (_load); given the path,
the client streams it with five more thread hops, which queued files in the default thread pool
and cost the loop 1.5-1.75 ms per file at 256 workers (now 0.9-1). What remains per file is
mostly the client's own call; the engine's share is ~0.15 ms (benchmarks/RESULTS.md).

With `processes=N` (processes.py) the calls of worker i go out from child process i % N once it
is ready; everything else (the walk, the queue, the journal, the rate limiter, progress,
signals) stays here, and until its child is ready a worker sends in-process as above.

Errors that concern the set-up rather than a file (configuration, 401, 403, a token that cannot
be obtained) stop the run and are not recorded: a rerun tries those files again. Retries of one
call happen inside the client (its RetryPolicy); a line records the outcome.

Stopping (StopSignal; SIGINT and SIGTERM under run_batch): the first request stops taking new
files and lets the requests in flight finish and be recorded; a second cancels them (their
files stay unrecorded, so a rerun sends them again).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
import threading
import time
from collections.abc import (
    Awaitable,
    Callable,
    Collection,
    Coroutine,
    Iterator,
    Mapping,
    Sequence,
)
from pathlib import Path
from typing import Any

from huaweicloud_ocr import _spec
from huaweicloud_ocr.batch.errors import FATAL_ERRORS, BatchError, WorkerProcessError
from huaweicloud_ocr.batch.inputs import (
    BatchFile,
    PdfFile,
    PdfPage,
    _check_options,
    _holds_image,
    _is_pdf,
    _load,
    _not_regular_error,
    _pdf_page_count,
    command_name,
    iter_files,
    operation_method,
    pdf_missing,
)
from huaweicloud_ocr.batch.journal import Journal, _check_output, _Existing, _lock_path, _temp_path
from huaweicloud_ocr.batch.processes import (
    WORKERS_PER_CLIENT,
    WorkerPool,
    _cancelled,
    make_clients,
)
from huaweicloud_ocr.batch.progress import BatchSummary, Reporter
from huaweicloud_ocr.batch.ratelimit import RateLimiter
from huaweicloud_ocr.batch.records import (
    Key,
    _error_fields,
    _file_fields,
    _line,
    _outcome,
    _text_of,
)
from huaweicloud_ocr.client import AsyncOcrClient

__all__ = [
    "DEFAULT_CONCURRENCY",
    "WORKERS_PER_CLIENT",
    "StopSignal",
    "arun_batch",
    "run_batch",
]

DEFAULT_CONCURRENCY = 8


class StopSignal:
    """Asks a run to stop: first `request()` stops taking new files and lets the requests in
    flight finish; a second one cancels them too (their files stay unrecorded)."""

    def __init__(self) -> None:
        self.graceful = asyncio.Event()
        self.now = asyncio.Event()

    def request(self) -> None:
        if self.graceful.is_set():
            self.now.set()
        self.graceful.set()


# -- the run -------------------------------------------------------------------------------------
class _Run:
    def __init__(
        self,
        clients: Sequence[AsyncOcrClient],
        directory: str | os.PathLike[str],
        output: str | os.PathLike[str],
        operation: str,
        *,
        concurrency: int,
        rate: float | None,
        burst: int,
        options: Mapping[str, Any] | None,
        patterns: Sequence[str],
        retry_failed: bool,
        fsync_interval: float | None,
        reporter: Reporter | None,
        stop: StopSignal | None,
        on_record: Callable[[Mapping[str, Any]], None] | None,
        skip_not_images: bool = False,
        pool: WorkerPool | None = None,
    ) -> None:
        if concurrency < 1:
            raise BatchError(f"concurrency must be >= 1, not {concurrency}")
        if fsync_interval is not None and fsync_interval < 0:
            raise BatchError(f"fsync_interval must be >= 0 or None, not {fsync_interval}")
        if not clients:
            raise BatchError("no client")
        self.clients = list(clients)
        self._limit_calls = False
        # Checked and resolved in _resolve_paths, in a thread: no file I/O on the event loop.
        self.directory = Path(os.fspath(directory))
        self.shown = os.fspath(output)  # the results file as the caller named it
        self.output = Path(self.shown)
        self.method = operation_method(operation)
        self.operation = command_name(self.method)
        self.spec = _spec.operation(self.method)
        self.image_field = self.spec["image_field"]
        # The documented formats a file must be by its first bytes, or None: every file is sent.
        self.formats: list[str] | None = (
            list(self.spec["image_constraints"].get("formats", [])) if skip_not_images else None
        )
        # Why PDFs cannot be read page by page (a missing extra: they are skipped), or None.
        self.pdf_missing = pdf_missing(self.spec)
        self.options = dict(options or {})
        _check_options(self.clients[0], self.method, self.options)
        self.concurrency = concurrency
        self.limiter = RateLimiter(rate, burst) if rate is not None else None
        self.pool = pool
        if self.limiter is not None and pool is not None:
            pool.gate = self.limiter.acquire  # a child's every attempt takes a token here
        if self.limiter is not None:
            # Taken right before each request goes out (retries included): a token taken
            # before the file is read and hashed would let uneven preparation bunch the sends.
            for client in self.clients:
                if isinstance(client, AsyncOcrClient):
                    client.request_gate = self.limiter.acquire
                else:  # another kind of client (a test double): the file's call is limited
                    self._limit_calls = True
        self.patterns = list(patterns)
        self.retry_failed = retry_failed
        self.fsync_interval = fsync_interval
        self.reporter = reporter or Reporter()
        self.stop = stop or StopSignal()
        self.on_record = on_record
        self.summary = BatchSummary(self.output)
        self.done: Collection[Key] = ()
        self.journal = Journal(self.output, self.shown)  # its path resolved in _resolve_paths
        self.broken = False  # a write or fsync failed: never touch the file again
        self.todo: asyncio.Queue[BatchFile | PdfPage | None] = asyncio.Queue(2 * concurrency)
        self.pdfs: set[PdfFile] = set()  # open, with pages queued or in flight
        # (record, its line); unbounded: a finished answer is never dropped
        self.results: asyncio.Queue[tuple[dict[str, Any], bytes] | None] = asyncio.Queue()
        self._last_sync = time.monotonic()
        self.loop = asyncio.get_running_loop()

    # -- setting up ----------------------------------------------------------------------------
    def _resolve_paths(self) -> None:
        """Runs in a thread, as every stat does: a hung file system must not hang the loop."""
        directory = Path(os.path.realpath(self.directory))
        if not directory.is_dir():
            raise BatchError(f"{os.fspath(self.directory)!r} is not a directory")
        self.directory = directory
        self.output = Path(os.path.realpath(self.output.parent)) / self.output.name
        self.summary.output = self.output
        self.journal.path = self.output
        _check_output(self.output, self.shown)  # refused before anything is sent

    def _skip(self) -> set[str]:
        return {str(p) for p in (self.output, _lock_path(self.output), _temp_path(self.output))}

    def _walk(
        self,
        judged: Callable[[bytes], bool] | None = None,
        on_not_image: Callable[[BatchFile], None] | None = None,
        on_pdf_skipped: Callable[[BatchFile], None] | None = None,
    ) -> Iterator[tuple[BatchFile, bool]]:
        """The files to consider, each with whether it is a PDF to read page by page. A file
        the results do not decide (`judged`; by default: one with no line for the whole file
        to keep, self.done) is read for its first bytes: a PDF is left out when the pdf extra
        is missing (`on_pdf_skipped` hears of it); with skip_not_images, another file is left
        out if it is not an image of the operation's formats (`on_not_image`). The walk and the
        reading run in the thread that advances the iterator."""
        loop = self.loop  # the walk runs in a thread: report from the loop

        def listing_error(exc: OSError) -> None:
            text = f"cannot list {exc.filename}: {exc.strerror}"
            loop.call_soon_threadsafe(self.reporter.message, text)

        files = iter_files(self.directory, self.patterns, skip=self._skip(), on_error=listing_error)
        formats = self.formats
        decided = judged or (lambda key: (key, None) in self.done)

        def kinds() -> Iterator[tuple[BatchFile, bool]]:
            for item in files:
                if decided(item.key):
                    yield item, False
                elif _is_pdf(item.path):
                    if self.pdf_missing is None:
                        yield item, True
                    elif on_pdf_skipped is not None:
                        on_pdf_skipped(item)
                elif formats is None or _holds_image(item.path, formats):
                    yield item, False
                elif on_not_image is not None:
                    on_not_image(item)

        return kinds()

    def _scan(self, existing: _Existing) -> tuple[set[Key], set[Key]]:
        """Count the files and PDF pages; (the failed ones to try again, the failed files that
        are skipped now, not images or PDFs without the extra: with retry_failed their lines
        are dropped). A PDF is opened to count its pages, one at a time."""
        retry: set[Key] = set()
        left_out: set[Key] = set()
        s = self.summary

        def judged(key: bytes) -> bool:  # its line decides: done, or failed and kept
            ok = existing.ok.get((key, None))
            return ok is not None and (ok or not self.retry_failed)

        def not_image(item: BatchFile) -> None:
            s.skipped_not_images += 1
            if (item.key, None) in existing.ok:
                left_out.add((item.key, None))

        def pdf_skipped(item: BatchFile) -> None:
            s.skipped_pdfs += 1
            if (item.key, None) in existing.ok:
                left_out.add((item.key, None))

        def count(key: Key) -> None:
            s.total += 1
            ok = existing.ok.get(key)
            if ok is None:
                return
            if not ok and self.retry_failed:
                retry.add(key)
                return
            s.skipped += 1
            s.failed_before += not ok

        for item, is_pdf in self._walk(judged, not_image, pdf_skipped):
            pages = _pdf_page_count(item.path) if is_pdf else None
            if pages is None:  # an image, or a PDF that cannot be read: one line for the file
                count((item.key, None))
                continue
            s.pdfs += 1
            s.pdf_pages += pages
            if (item.key, None) in existing.ok:  # failed, and retry_failed: read it anew
                retry.add((item.key, None))
            for number in range(1, pages + 1):
                count((item.key, number))
        return retry, left_out

    async def _prepare(self) -> None:
        existing = await asyncio.to_thread(self.journal.read)
        if existing.size > existing.good_end:
            await asyncio.to_thread(self.journal.cut, existing.good_end)
            self.summary.repaired_bytes = existing.size - existing.good_end
            self.reporter.message(
                f"{self.output.name}: cut off a torn last line "
                f"({self.summary.repaired_bytes} bytes; its file is done again)"
            )
        others = existing.operations - {self.operation}
        if others:
            raise BatchError(
                f"{self.output} holds results of {', '.join(sorted(others))}, not "
                f"{self.operation}: choose another results file"
            )
        retry, left_out = await asyncio.to_thread(self._scan, existing)
        if self.summary.skipped_pdfs and self.pdf_missing is not None:
            self.reporter.message(
                f"{self.summary.skipped_pdfs} PDFs skipped: {_text_of(self.pdf_missing)}"
            )
        if retry or left_out or (self.retry_failed and existing.duplicates):
            await asyncio.to_thread(self.journal.rewrite_without, retry | left_out)
            for key in retry | left_out:
                del existing.ok[key]
            self.summary.retried = len(retry)
        elif existing.duplicates:
            self.reporter.message(
                f"{self.output.name}: {existing.duplicates} lines repeat a file or page; "
                "retry_failed rewrites the file with one line each"
            )
        self.done = existing.ok.keys()

    # -- the tasks -----------------------------------------------------------------------------
    def _start(self, work: Coroutine[Any, Any, None], what: str) -> asyncio.Task[None]:
        return asyncio.create_task(self._guarded(work, what))

    async def _guarded(self, work: Coroutine[Any, Any, None], what: str) -> None:
        """Whatever a task of the run raises stops the whole run at once, told in
        summary.fatal: a task dying unobserved (the writer, say) would leave the workers
        sending every remaining file, each request billed, with nobody recording the answers."""
        try:
            await work
        except asyncio.CancelledError as exc:
            if _cancelled():
                raise
            self._fatal(f"{what} failed: {type(exc).__name__} from within", now=True)
        except Exception as exc:
            self._fatal(f"{what} failed: {type(exc).__name__}: {_text_of(exc)}", now=True)

    async def _produce(self) -> None:
        try:
            files = self._walk()
            while not self.stop.graceful.is_set():
                chunk = await asyncio.to_thread(lambda: list(itertools.islice(files, 256)))
                if not chunk:
                    break
                for item, is_pdf in chunk:
                    if self.stop.graceful.is_set():
                        break
                    if is_pdf:
                        await self._queue_pages(item)
                    elif (item.key, None) not in self.done:
                        await self.todo.put(item)
        except Exception as exc:  # listing broke: stop, keep what is done
            self._fatal(f"listing {self.directory} failed: {type(exc).__name__}: {exc}")
        for _ in range(self.concurrency):
            await self.todo.put(None)

    async def _queue_pages(self, item: BatchFile) -> None:
        """Open a PDF (in a thread) and queue its pages that have no line; a PDF that cannot
        be read gets one failed line for the file, without a request."""
        try:
            pdf = await asyncio.to_thread(PdfFile.open, item)
        except Exception as exc:  # encrypted, malformed, unreadable: whatever pypdf raises
            record: dict[str, Any] = {**_file_fields(item.key), "operation": self.operation}
            record.update(status="failed", error=_error_fields(exc))
            self.results.put_nowait(_line(record))
            return
        numbers = [n for n in range(1, pdf.page_count + 1) if (item.key, n) not in self.done]
        if not numbers:
            await asyncio.to_thread(pdf.close)
            return
        pdf.pending = len(numbers)
        self.pdfs.add(pdf)
        for number in numbers:
            if self.stop.graceful.is_set():
                break  # the open PDF is closed at the end of the run
            await self.todo.put(PdfPage(pdf, number))

    async def _page_done(self, page: PdfPage) -> None:
        page.pdf.pending -= 1
        if page.pdf.pending == 0 and page.pdf in self.pdfs:
            self.pdfs.discard(page.pdf)
            await asyncio.to_thread(page.pdf.close)  # pdfium's lock may be held by a render

    def _close_pdfs(self) -> None:
        while self.pdfs:
            self.pdfs.pop().close()

    async def _send(
        self,
        record: dict[str, Any],
        outcome: Callable[[], Awaitable[dict[str, Any]]],
        *,
        limited: bool,
    ) -> dict[str, Any] | None:
        """`record` with the outcome of one call, or None: not to be recorded (the run is
        stopping, or a set-up error stopped it). `limited`: the call takes a token first."""
        if self.limiter is not None and limited:
            await self.limiter.acquire()
        if self.stop.graceful.is_set():
            return None
        try:
            record.update(await outcome())
        except FATAL_ERRORS as exc:
            self._fatal(f"{type(exc).__name__}: {_text_of(exc)}")
            return None
        except WorkerProcessError as exc:  # its calls in flight stay unrecorded; others finish
            self._fatal(f"{type(exc).__name__}: {_text_of(exc)}")
            return None
        except asyncio.CancelledError as exc:
            if _cancelled():  # the run is stopping: the file stays unrecorded
                raise
            # Raised within the call (a timeout gone astray), not a stop: were it let
            # through, the worker would end as if cancelled and the run would finish
            # "done" with files never sent.
            record.update(status="failed", error=_error_fields(exc))
        except Exception as exc:  # every file gets its line, whatever broke
            record.update(status="failed", error=_error_fields(exc))
        return record

    async def _call(self, call: Any, source: Any, options: Mapping[str, Any]) -> dict[str, Any]:
        return _outcome(await call(source, **options))

    async def _file(
        self, item: BatchFile, call: Any, read: bool, index: int
    ) -> dict[str, Any] | None:
        record: dict[str, Any] = {**_file_fields(item.key), "operation": self.operation}
        pool, options = self.pool, self.options
        if pool is not None and pool.serves(index):  # the child checks and reads the file
            path = os.fspath(item.path)
            return await self._send(
                record, lambda: pool.call(index, path, item.rel, options), limited=False
            )
        # A file can have become a FIFO or a device since the walk: refused here, in a
        # thread and without an open that could block, whatever the client would do.
        kind, data = await asyncio.to_thread(_load, item.path, read)
        if kind is not None:
            error = _not_regular_error(self.image_field, item.rel, kind)
            record.update(status="failed", error=_error_fields(error))
            return record
        source = item.path if data is None else data
        return await self._send(
            record, lambda: self._call(call, source, options), limited=self._limit_calls
        )

    async def _page(self, page: PdfPage, call: Any, index: int) -> dict[str, Any] | None:
        record: dict[str, Any] = {
            **_file_fields(page.file.key),
            "page": page.number,
            "operation": self.operation,
        }
        try:  # split or rendered in a thread (documents' page preparation)
            plan = await asyncio.to_thread(page.pdf.plan, page.number, self.spec)
        except Exception as exc:  # too small, too large, a page pdfium cannot render, ...
            record.update(status="failed", error=_error_fields(exc))
            return record
        record.update(sent_as=plan.sent_as, dpi=plan.dpi)
        options = {**plan.options, **self.options}
        pool = self.pool
        if pool is not None and pool.serves(index):
            return await self._send(
                record, lambda: pool.call(index, plan.data, None, options), limited=False
            )
        return await self._send(
            record, lambda: self._call(call, plan.data, options), limited=self._limit_calls
        )

    async def _work(self, index: int) -> None:
        client = self.clients[index % len(self.clients)]
        call = getattr(client, self.method)
        # Bytes only for our own method: a subclass or a test double overriding it may want
        # the path it was always given.
        read = getattr(type(client), self.method, None) is getattr(AsyncOcrClient, self.method)
        while True:
            item = await self.todo.get()
            if item is None:
                return
            if isinstance(item, PdfPage):
                try:
                    stopping = self.stop.graceful.is_set()
                    record = None if stopping else await self._page(item, call, index)
                finally:
                    await self._page_done(item)
            else:
                stopping = self.stop.graceful.is_set()
                record = None if stopping else await self._file(item, call, read, index)
            if record is not None:
                self.results.put_nowait(_line(record))

    def _fatal(self, message: str, *, now: bool = False) -> None:
        """Stop taking files; with `now`, cancel the requests in flight too."""
        if self.summary.fatal is None:
            self.summary.fatal = message
        self.stop.graceful.set()
        if now:
            self.stop.now.set()

    def _journal_failed(self, what: str, exc: OSError) -> None:
        # Fatal, and never retried: after a failed fsync the kernel may have dropped the lines
        # it could not write, so the file cannot be trusted, and every request sent from now
        # on would be billed with its answer unrecorded. stop.now cancels those in flight.
        self.broken = True
        self._fatal(
            f"{what} {self.shown} failed: {exc.strerror or exc}; stopped before sending more "
            "(the lines already written are kept: run again to continue)",
            now=True,
        )

    # -- the writer ----------------------------------------------------------------------------
    def _account(self, entries: list[tuple[dict[str, Any], bytes]]) -> None:
        for record, _ in entries:
            if record["status"] == "ok":
                self.summary.ok += 1
            else:
                self.summary.failed += 1
            if self.on_record is not None:
                self.on_record(record)
        self.reporter.update()

    async def _write(self, entries: list[tuple[dict[str, Any], bytes]]) -> None:
        if self.broken or not entries:
            return
        try:
            await asyncio.to_thread(self.journal.append, b"".join(line for _, line in entries))
        except OSError as exc:
            self._journal_failed("writing", exc)
            return
        self._account(entries)
        interval = self.fsync_interval
        if interval is not None and time.monotonic() - self._last_sync >= interval:
            self._last_sync = time.monotonic()
            try:
                await asyncio.to_thread(self.journal.sync)
            except OSError as exc:
                self._journal_failed("syncing", exc)

    def _pending(self) -> tuple[list[tuple[dict[str, Any], bytes]], bool]:
        entries, end = [], False
        while not self.results.empty():
            entry = self.results.get_nowait()
            if entry is None:
                end = True
            else:
                entries.append(entry)
        return entries, end

    async def _writer(self) -> None:
        while True:
            first = await self.results.get()
            entries, end = self._pending()
            if first is None:
                end = True
            else:
                entries.insert(0, first)
            await self._write(entries)
            if end:
                return

    async def _ticker(self) -> None:
        while True:
            await asyncio.sleep(0.1)
            self.reporter.tick()

    async def _process(self) -> None:
        producer = self._start(self._produce(), "listing the files")
        workers = [self._start(self._work(i), "a worker") for i in range(self.concurrency)]
        writer = self._start(self._writer(), "writing the results")
        ticker = self._start(self._ticker(), "reporting progress")
        abort = asyncio.create_task(self.stop.now.wait())
        everyone = asyncio.gather(*workers)  # never fails: each worker is _guarded
        tasks = (producer, *workers, writer, ticker, abort)
        try:
            waiting: set[asyncio.Future[Any]] = {everyone, abort}
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if not everyone.done():
                self.reporter.message("cancelling the requests in flight")
                everyone.cancel()
            producer.cancel()  # done, unless stopped: then no worker takes what it would queue
            await asyncio.gather(everyone, producer, return_exceptions=True)
            self.results.put_nowait(None)
            await writer
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _close(self) -> None:
        entries, _ = self._pending()  # finished but not written (cancelled from outside)
        data = b"".join(line for _, line in entries)
        written, failure = await asyncio.to_thread(self.journal.close, data, broken=self.broken)
        if failure is not None:
            self._journal_failed(*failure)
        if written:
            try:
                self._account(entries)
            except Exception as exc:  # on_record or the reporter, already failing: say so
                self._fatal(f"writing the results failed: {type(exc).__name__}: {_text_of(exc)}")
        await asyncio.to_thread(self._close_pdfs)  # those whose pages were not all done

    async def execute(self) -> BatchSummary:
        await asyncio.to_thread(self._resolve_paths)
        await self.clients[0].project_id()  # a missing project id fails here, not per file
        try:
            await asyncio.to_thread(self.journal.open)
        except OSError as exc:
            raise BatchError(
                f"cannot open the results file {self.shown!r}: {exc.strerror}"
            ) from None
        try:
            try:
                if self.pool is not None:  # they start while the results are read
                    await self.pool.start()
                await self._prepare()
            except OSError as exc:  # reading, cutting or rewriting the results file
                raise BatchError(f"the results file {self.shown!r}: {exc.strerror}") from None
            self.reporter.start(self.summary)
            if not self.stop.graceful.is_set():
                await self._process()
        finally:
            try:
                await self._close()
            finally:
                if self.pool is not None:
                    await self.pool.close()
            s = self.summary
            s.elapsed = time.monotonic() - s.started
            s.interrupted = self.stop.graceful.is_set() and s.fatal is None and s.remaining > 0
        self.reporter.finish(self.summary)
        return self.summary


async def arun_batch(
    client: AsyncOcrClient | Sequence[AsyncOcrClient] | Callable[[], AsyncOcrClient],
    directory: str | os.PathLike[str],
    output: str | os.PathLike[str],
    operation: str,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    rate: float | None = None,
    burst: int = 1,
    options: Mapping[str, Any] | None = None,
    patterns: Sequence[str] = (),
    retry_failed: bool = False,
    fsync_interval: float | None = 1.0,
    reporter: Reporter | None = None,
    stop: StopSignal | None = None,
    on_record: Callable[[Mapping[str, Any]], None] | None = None,
    skip_not_images: bool = False,
    processes: int = 1,
) -> BatchSummary:
    """Recognize every file under `directory` with `operation` and append one line per file
    (per page for a PDF) to `output`; see the docstrings of the package and its modules.
    `client` is one client or several, which the workers share out in turn; they stay open
    (they are yours). Or a function making one: it is called until the clients'
    max_concurrency adds up to the workers (WORKERS_PER_CLIENT for a client without one), and
    the clients are closed at the end. With `skip_not_images`, files that are not images of the
    operation's documented formats (nor PDFs) get no line (summary.skipped_not_images).

    `rate` is requests per second shared by the `concurrency` workers (`burst` at once at most);
    `patterns` are fnmatch patterns (any may match); `options` go to every call; `stop` lets
    you stop the run (as Ctrl-C does); `on_record` sees each record once its line is written.
    `fsync_interval` is the most seconds between fsyncs (0: after every write; None: only at
    the end). `processes` > 1 sends the calls from that many worker processes (processes.py):
    `client` must then be a picklable function making a client, e.g. a ClientRecipe. Raises
    BatchError (or a ConfigurationError) when the run cannot start; once it runs, problems end
    up in the summary (`fatal`, `interrupted`, `exit_code`).
    """
    if not isinstance(processes, int) or processes < 1:
        raise BatchError(f"processes must be an int >= 1, not {processes!r}")
    settings: dict[str, Any] = {
        "concurrency": concurrency,
        "rate": rate,
        "burst": burst,
        "options": options,
        "patterns": patterns,
        "retry_failed": retry_failed,
        "fsync_interval": fsync_interval,
        "reporter": reporter,
        "stop": stop,
        "on_record": on_record,
        "skip_not_images": skip_not_images,
    }
    if isinstance(client, AsyncOcrClient) or not callable(client):
        if processes > 1:
            raise BatchError(
                f"processes={processes} needs a function that makes a client in each worker "
                "process (a ClientRecipe), not a client"
            )
        clients = [client] if isinstance(client, AsyncOcrClient) else client
        return await _Run(clients, directory, output, operation, **settings).execute()
    method = operation_method(operation)
    pool = WorkerPool(client, processes, concurrency, method) if processes > 1 else None
    async with contextlib.AsyncExitStack() as made:
        # The parent's own clients: they check the options and project id, and send while
        # the worker processes start.
        clients = await make_clients(client, max(1, concurrency), made)
        run = _Run(clients, directory, output, operation, pool=pool, **settings)
        return await run.execute()


def run_batch(
    client: AsyncOcrClient | Sequence[AsyncOcrClient] | Callable[[], AsyncOcrClient],
    directory: str | os.PathLike[str],
    output: str | os.PathLike[str],
    operation: str,
    *,
    handle_signals: bool = True,
    **kwargs: Any,
) -> BatchSummary:
    """arun_batch in a new event loop, with the same arguments (`processes` included). With
    `handle_signals`, SIGINT and SIGTERM stop the run: the first lets the requests in flight
    finish, a second cancels them."""

    async def main() -> BatchSummary:
        stop: StopSignal = kwargs.pop("stop", None) or StopSignal()
        reporter: Reporter = kwargs.get("reporter") or Reporter()
        loop = asyncio.get_running_loop()
        installed: list[signal.Signals] = []

        def on_signal() -> None:
            if stop.graceful.is_set():
                reporter.message("stopping now")
            else:
                reporter.message(
                    "stopping: waiting for the requests in flight (interrupt again to cancel them)"
                )
            stop.request()

        if handle_signals and threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                try:
                    loop.add_signal_handler(signum, on_signal)
                    installed.append(signum)
                except (NotImplementedError, RuntimeError, ValueError):  # pragma: no cover
                    pass
        try:
            return await arun_batch(client, directory, output, operation, stop=stop, **kwargs)
        finally:
            for signum in installed:
                loop.remove_signal_handler(signum)

    return asyncio.run(main())
