"""Worker processes for a batch (`processes=N`): the calls go out from N child processes, each
with its own event loop and clients, while the parent keeps everything else.

Why: one event loop spends ~0.7-1 ms of CPU on a call in the client (headers, Base64 and JSON,
HTTP, the answer's model), so at 256 requests in flight and 100 ms answers one process is
CPU-bound well below concurrency / latency. Children add CPUs, not concurrency.

What stays in the parent, unchanged: the walk and the queue; the journal, whose only writer it
is, so each line is still written once by the process holding the lock; the rate limiter (one
bucket); progress, stop and signals; PDFs, opened and their pages prepared there. A child gets
("call", id, slot, source, rel, options): a file's path (it runs inputs._load itself: the
regular-file check and the small-file read move off the parent's loop) or a page's bytes. It
makes the call and answers with the outcome the line records (records._outcome, or
records._error_fields of a failed call), so the parent neither reads the image nor builds the
answer's model: per file it pickles a path and unpickles a dict.

How they start: `sys.executable -c ...` (fork and exec, never a bare fork of a parent whose loop
has threads), importing the copy of the package the parent runs (its directory comes first on
the child's sys.path, the parent's sys.path after it, for the recipe's module). No module of the
caller is re-imported, so a script without `if __name__ == "__main__"` works. The client comes
from a picklable recipe (ClientRecipe, or any picklable function of an importable module that
makes a client) called in the child with credentials from its environment, a copy of the
parent's: no secret is pickled or sent. A child imports the client and its HTTP library, which
takes 0.5-1 s; the run does not wait for it: each parent worker sends in-process, with clients
made from the same recipe, until its child says it is ready, then through it. A run shorter
than that start-up never waits for the children, and they are killed at its end.

The pipe: length-prefixed pickles over a socketpair, read by an asyncio.Protocol on both sides
(no thread per request, no coroutine per message). Parent to child: ("start", sys.path, recipe,
method, workers, gated), ("call", ...), ("cancel", id), ("grant", n); child to parent:
("ready",), ("broken", text), ("done", id, outcome), ("fatal", id, error), ("gate", n).

Errors: FATAL_ERRORS (a 401, a token that cannot be had) come back as themselves and are raised
in the parent, which stops the run exactly as in-process. They are rebuilt from their class,
args and attributes (_pack_error): plain pickling would call ValidationError or ApiError with
their message as the only argument and fail. Every other error becomes its failed outcome in
the child, as the engine would record it.

Rate limit: with `rate`, a child's client asks the parent for a token before every attempt (its
request_gate; one round trip on the pipe), so the one bucket counts what the service receives,
retries included, as in-process.

Stopping: on the first stop the parent hands out no more files and the calls in flight finish
in the children and are recorded; on the second its workers are cancelled, each sending
("cancel", id), and the child cancels that call (unrecorded). At the end the parent closes the
pipes: a child seeing the end of its pipe cancels what it has and exits; one still running
after CLOSE_TIMEOUT is terminated, then killed; one not yet ready is killed at once (nothing in
flight). Children run in their own process group: Ctrl-C on a terminal reaches the parent only,
which decides. A child whose parent died (kill -9) sees the end of its pipe and exits.

A child that dies (killed, out of memory) or cannot start fails the run: its calls in flight
raise WorkerProcessError in the parent (summary.fatal; those files stay unrecorded, a rerun
sends them), the other children's calls in flight finish and are recorded. The end of the pipe
tells the parent at once: never a hang.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import traceback
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

import huaweicloud_ocr
from huaweicloud_ocr import _spec
from huaweicloud_ocr.batch.errors import FATAL_ERRORS, BatchError, WorkerProcessError
from huaweicloud_ocr.batch.inputs import _load, _not_regular_error
from huaweicloud_ocr.batch.records import _error_fields, _invalid_answer, _outcome, _text_of
from huaweicloud_ocr.client import DEFAULT_MAX_CONCURRENCY, AsyncOcrClient
from huaweicloud_ocr.retry import RetryPolicy

__all__ = ["CLOSE_TIMEOUT", "WORKERS_PER_CLIENT", "ClientRecipe", "WorkerPool"]

# run_batch given a function making clients makes as few as cover the workers: each lets
# max_concurrency requests in flight (spread over its own pools), and every client more costs
# its own connections, session and per-request bookkeeping (64 clients of 4 workers each, the
# earlier choice, did 530-690 files/s at 256 workers and 100 ms latency on 2 CPUs; 4 clients of
# 64, 730-840). This is the share of a client without max_concurrency (a test double). A worker
# process makes its clients the same way for its share of the workers.
WORKERS_PER_CLIENT = DEFAULT_MAX_CONCURRENCY
# Seconds a child is given to exit after its pipe is closed, then again after SIGTERM.
CLOSE_TIMEOUT = 5.0
_HEADER = struct.Struct("!I")
_CHILD_CODE = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from huaweicloud_ocr.batch.processes import _child_main; _child_main(int(sys.argv[2]))"
)


@attrs.frozen
class ClientRecipe:
    """How a worker process makes its clients: AsyncOcrClient's settings, without credentials.
    Called in the child, it reads them from the child's environment (HUAWEICLOUD_SDK_AK/SK,
    HUAWEICLOUD_SDK_TOKEN, the credentials file), a copy of the parent's, so the recipe holds
    nothing secret and its repr and pickle show nothing secret."""

    region: str | None = None
    endpoint: str | None = None
    project_id: str | None = None
    resolve_project_id: bool = False
    timeout: float = 60.0
    retry: RetryPolicy | None = None
    verify: bool | str = True
    allow_insecure_http: bool = False
    max_concurrency: int = DEFAULT_MAX_CONCURRENCY
    app_name: str | None = None
    http_backend: str = "httpx"

    def __call__(self) -> AsyncOcrClient:
        return AsyncOcrClient(
            self.region,
            endpoint=self.endpoint,
            project_id=self.project_id,
            resolve_project_id=self.resolve_project_id,
            timeout=self.timeout,
            retry=self.retry,
            verify=self.verify,
            allow_insecure_http=self.allow_insecure_http,
            max_concurrency=self.max_concurrency,
            app_name=self.app_name,
            http_backend=self.http_backend,
            env=os.environ,
        )


async def make_clients(
    make: Callable[[], AsyncOcrClient], workers: int, stack: contextlib.AsyncExitStack
) -> list[AsyncOcrClient]:
    """Clients from `make`, entered on `stack`, until their max_concurrency covers `workers`."""
    clients: list[AsyncOcrClient] = []
    room = 0  # requests the clients made so far let in flight at once
    while room < workers:
        clients.append(await stack.enter_async_context(make()))
        share = getattr(clients[-1], "max_concurrency", None)
        room += share if isinstance(share, int) and share >= 1 else WORKERS_PER_CLIENT
    return clients


def _cancelled() -> bool:
    """Whether the running task was asked to stop (task.cancel()), as opposed to meeting a
    CancelledError raised by the code it awaited."""
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


# -- errors across the pipe ----------------------------------------------------------------------
def _rebuild_error(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _pack_error(exc: BaseException) -> bytes:
    """`exc` pickled as (its class, args, attributes): rebuilt without calling its __init__,
    whose arguments need not be its args. Attributes that cannot be pickled are left out."""
    try:
        return pickle.dumps((type(exc), exc.args, dict(vars(exc))))
    except Exception:
        state = {"request_id": getattr(exc, "request_id", None)}
        return pickle.dumps((type(exc), (_text_of(exc),), state))


def _unpack_error(data: bytes) -> BaseException:
    cls, args, state = pickle.loads(data)  # noqa: S301 - our own child, over our own socketpair
    error: BaseException = _rebuild_error(cls, args, state)
    return error


# -- the pipe ------------------------------------------------------------------------------------
class _Channel(asyncio.Protocol):
    """Messages (pickled tuples) each way on a stream socket, 4-byte length first."""

    def __init__(
        self, on_message: Callable[[tuple[Any, ...]], None], on_close: Callable[[], None]
    ) -> None:
        self._on_message, self._on_close = on_message, on_close
        self._buffer = bytearray()
        self._writable = asyncio.Event()
        self._writable.set()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        start = 0
        while len(buffer) - start >= _HEADER.size:
            (size,) = _HEADER.unpack_from(buffer, start)
            end = start + _HEADER.size + size
            if len(buffer) < end:
                break
            message = pickle.loads(buffer[start + _HEADER.size : end])  # noqa: S301 - see above
            start = end
            self._on_message(message)
        del buffer[:start]

    def connection_lost(self, exc: Exception | None) -> None:
        self._writable.set()
        self._on_close()

    def pause_writing(self) -> None:
        self._writable.clear()

    def resume_writing(self) -> None:
        self._writable.set()

    def send(self, message: tuple[Any, ...]) -> None:
        data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
        if self.transport is not None:
            self.transport.write(_HEADER.pack(len(data)) + data)

    async def drain(self) -> None:
        await self._writable.wait()

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


# -- the child -----------------------------------------------------------------------------------
def _child_main(fd: int) -> None:
    # Own process group already; ignored anyway: only the parent decides to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sock = socket.socket(fileno=fd)

    async def serve() -> None:
        await _Child().serve(sock)

    code = 0
    try:
        asyncio.run(serve())
    except BaseException:
        traceback.print_exc()
        code = 1
    # Its clients are closed and nothing is left to flush: skipping the interpreter's teardown
    # of every module (0.1-0.2 s) shortens the parent's wait at the end.
    sys.stderr.flush()
    os._exit(code)


class _Child:
    def __init__(self) -> None:
        self.calls: dict[int, asyncio.Task[None]] = {}
        self.gates: dict[int, asyncio.Future[None]] = {}
        self.gate_numbers = itertools.count()
        self.slots: list[tuple[Callable[..., Awaitable[Any]], bool, bool]] = []
        self.image_field = ""
        self.loop = asyncio.get_running_loop()
        self.started: asyncio.Future[tuple[Any, ...]] = self.loop.create_future()
        self.ended = asyncio.Event()
        self.channel = _Channel(self._on_message, self.ended.set)

    def _on_message(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "call":
            number = message[1]
            task = self.loop.create_task(self._call(*message[1:]))
            self.calls[number] = task
            task.add_done_callback(lambda _: self.calls.pop(number, None))
        elif kind == "grant":
            gate = self.gates.pop(message[1], None)
            if gate is not None and not gate.done():
                gate.set_result(None)
        elif kind == "cancel":
            call = self.calls.get(message[1])
            if call is not None:
                call.cancel()
        elif kind == "start" and not self.started.done():
            self.started.set_result(message)

    async def serve(self, sock: socket.socket) -> None:
        await self.loop.create_unix_connection(lambda: self.channel, sock=sock)
        ended = self.loop.create_task(self.ended.wait())
        waiting: set[asyncio.Future[Any]] = {self.started, ended}
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
        if not self.started.done():
            return
        _, path, recipe, method, workers, gated = self.started.result()
        sys.path.extend(p for p in path if p not in sys.path)
        async with contextlib.AsyncExitStack() as stack:
            try:
                make = pickle.loads(recipe)  # noqa: S301 - the parent's own recipe
                clients = await make_clients(make, workers, stack)
                self.image_field = _spec.operation(method)["image_field"]
            except Exception as exc:
                self.channel.send(("broken", f"{type(exc).__name__}: {_text_of(exc)}"))
                return
            for client in clients:
                ours = isinstance(client, AsyncOcrClient)
                if gated and ours:
                    client.request_gate = self._gate  # before each attempt, as in-process
                read = getattr(type(client), method, None) is getattr(AsyncOcrClient, method)
                self.slots.append((getattr(client, method), read, gated and not ours))
            self.channel.send(("ready",))
            await ended
            for call in list(self.calls.values()):
                call.cancel()
            await asyncio.gather(*self.calls.values(), return_exceptions=True)
        self.channel.close()

    async def _gate(self) -> None:
        number = next(self.gate_numbers)
        self.gates[number] = gate = self.loop.create_future()
        self.channel.send(("gate", number))
        try:
            await gate
        finally:
            self.gates.pop(number, None)

    async def _call(
        self, number: int, slot: int, source: Any, rel: str | None, options: Mapping[str, Any]
    ) -> None:
        call, read, gate_each_call = self.slots[slot % len(self.slots)]
        reply: tuple[Any, ...]
        try:
            kind = None
            if rel is not None:  # a file: checked and read here, as engine._file does
                kind, data = await asyncio.to_thread(_load, Path(source), read)
                source = Path(source) if data is None else data
            if kind is not None:
                error = _error_fields(_not_regular_error(self.image_field, str(rel), kind))
                reply = ("done", number, {"status": "failed", "error": error})
            else:
                if gate_each_call:
                    await self._gate()
                reply = ("done", number, _outcome(await call(source, **options)))
        except FATAL_ERRORS as exc:
            reply = ("fatal", number, _pack_error(exc))
        except asyncio.CancelledError as exc:
            if _cancelled():  # the parent gave up on it: no answer
                raise
            reply = ("done", number, {"status": "failed", "error": _error_fields(exc)})
        except Exception as exc:
            reply = ("done", number, {"status": "failed", "error": _error_fields(exc)})
        try:
            self.channel.send(reply)
        except Exception as exc:  # an answer that cannot be pickled: still its line
            text = f"the answer cannot be passed to the batch ({type(exc).__name__})"
            failed = {"status": "failed", "error": _invalid_answer(text)}
            self.channel.send(("done", number, failed))


# -- the parent's side ---------------------------------------------------------------------------
class _Worker:
    """One child as the parent sees it."""

    def __init__(self, number: int, loop: asyncio.AbstractEventLoop) -> None:
        self.number = number
        self.process: asyncio.subprocess.Process | None = None
        self.channel: _Channel | None = None
        self.pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.ready = False
        self.gone = False  # its pipe ended
        self.broken: str | None = None  # why it could not start, as it said
        self.lost: asyncio.Future[str] = loop.create_future()  # why it ended, once known
        self.grants: set[asyncio.Task[None]] = set()


def _ended_how(code: int | None) -> str:
    if code is None:
        return "closed its pipe"
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"was killed by {signal.Signals(-code).name}"
        return f"was killed by signal {-code}"
    return f"exited with status {code}"


class WorkerPool:
    """`processes` child processes sending the calls of `concurrency` workers: worker i goes
    through child i % processes once that child is ready (`serves`). More processes than workers
    would idle: min(processes, concurrency) are started. `gate`, when set, is awaited for every
    attempt of every child (the run's rate limit)."""

    def __init__(
        self,
        recipe: Callable[[], AsyncOcrClient],
        processes: int,
        concurrency: int,
        method: str,
        gate: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        if processes < 1:
            raise BatchError(f"processes must be >= 1, not {processes}")
        try:
            self._recipe = pickle.dumps(recipe)
        except Exception as exc:
            raise BatchError(
                f"processes={processes}: the function that makes clients is sent to each "
                f"worker process and must be picklable (a ClientRecipe, or a function of an "
                f"importable module), not {recipe!r} ({type(exc).__name__}: {_text_of(exc)})"
            ) from None
        self.size = max(1, min(processes, concurrency))
        self.concurrency = max(1, concurrency)
        self.method = method
        self.gate = gate
        self._numbers = itertools.count()
        self._workers: list[_Worker] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False

    @property
    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process is not None]

    async def start(self) -> None:
        """Start the children and return: each serves its workers once it says it is ready."""
        loop = asyncio.get_running_loop()
        root = str(Path(huaweicloud_ocr.__file__).resolve().parent.parent)
        for number in range(self.size):
            worker = _Worker(number, loop)
            self._workers.append(worker)
            workers = len(range(number, self.concurrency, self.size))
            ours, theirs = socket.socketpair()
            try:
                worker.process = await asyncio.create_subprocess_exec(
                    sys.executable or "python3",
                    "-c",
                    _CHILD_CODE,
                    root,
                    str(theirs.fileno()),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    pass_fds=(theirs.fileno(),),
                    process_group=0,
                )
            except OSError as exc:
                ours.close()
                raise WorkerProcessError(f"cannot start a worker process: {exc}") from None
            finally:
                theirs.close()  # the child's copy only: its end is seen when the child ends
            _, channel = await loop.create_unix_connection(self._channel(worker), sock=ours)
            worker.channel = channel
            channel.send(("start", sys.path, self._recipe, self.method, workers, bool(self.gate)))

    def _channel(self, worker: _Worker) -> Callable[[], _Channel]:
        return lambda: _Channel(
            lambda message: self._on_message(worker, message), lambda: self._on_close(worker)
        )

    def serves(self, index: int) -> bool:
        """Whether worker `index` sends through its child: ready, or gone (its calls then fail
        the run instead of quietly going on in the parent)."""
        worker = self._workers[index % self.size]
        return worker.ready or worker.gone

    async def call(
        self, index: int, source: Any, rel: str | None, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """The outcome of one call through worker `index`'s child: `source` a file's path
        (with `rel`, for its line) or bytes. Raises a fatal error the child met, or
        WorkerProcessError if the child ended."""
        worker = self._workers[index % self.size]
        if worker.gone:
            raise WorkerProcessError(await asyncio.shield(worker.lost))
        assert worker.channel is not None
        number = next(self._numbers)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        worker.pending[number] = future
        try:
            worker.channel.send(("call", number, index // self.size, source, rel, options))
            await worker.channel.drain()
            return await future
        except asyncio.CancelledError:
            if worker.pending.pop(number, None) is not None and not worker.gone:
                worker.channel.send(("cancel", number))
            raise
        finally:
            worker.pending.pop(number, None)

    def _on_message(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind in ("done", "fatal"):
            future = worker.pending.pop(message[1], None)
            if future is None or future.done():
                return
            if kind == "done":
                future.set_result(message[2])
                return
            try:
                error = _unpack_error(message[2])
            except Exception as exc:  # never leave the call waiting: the run stops instead
                error = WorkerProcessError(
                    f"worker process {worker.number + 1} of {self.size} met an error that "
                    f"cannot be read back ({type(exc).__name__}: {_text_of(exc)})"
                )
            future.set_exception(error)
        elif kind == "gate":
            self._track(self._grant(worker, message[1]), worker.grants)
        elif kind == "ready":
            worker.ready = True
        elif kind == "broken":
            worker.broken = message[1]

    def _track(self, work: Awaitable[None], into: set[asyncio.Task[None]]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(work)
        into.add(task)
        task.add_done_callback(into.discard)

    async def _grant(self, worker: _Worker, number: int) -> None:
        if self.gate is not None:
            await self.gate()
        if not worker.gone and worker.channel is not None:
            worker.channel.send(("grant", number))

    def _on_close(self, worker: _Worker) -> None:
        worker.gone = True
        if not self._closing:
            self._track(self._lost(worker), self._tasks)

    async def _lost(self, worker: _Worker) -> None:
        code = None
        if worker.process is not None:
            with contextlib.suppress(TimeoutError):
                code = await asyncio.wait_for(worker.process.wait(), 2)
        name = f"worker process {worker.number + 1} of {self.size}"
        if worker.process is not None:
            name += f" (pid {worker.process.pid})"
        if worker.broken is not None:
            text = f"{name} could not start: {worker.broken}"
        else:
            text = (
                f"{name} {_ended_how(code)}: the files it had in flight are not recorded "
                "(run again to send them)"
            )
        worker.lost.set_result(text)
        for task in worker.grants:
            task.cancel()
        for future in worker.pending.values():
            if not future.done():
                future.set_exception(WorkerProcessError(text))
        worker.pending.clear()

    async def close(self) -> None:
        """Close the pipes and wait for the children to exit (CLOSE_TIMEOUT, then SIGTERM,
        then SIGKILL); a child not yet ready is killed at once."""
        self._closing = True
        for worker in self._workers:
            for task in [*worker.grants, *self._tasks]:
                task.cancel()
            if not worker.lost.done():  # nothing waits on it from now on
                worker.lost.set_result(f"worker process {worker.number + 1} was closed")
            for future in worker.pending.values():
                future.cancel()
            if worker.process is not None and not worker.ready:
                with contextlib.suppress(ProcessLookupError):
                    worker.process.kill()
            if worker.channel is not None:
                worker.channel.close()
        try:
            await asyncio.gather(*(self._end(w) for w in self._workers))
        except BaseException:  # cancelled while waiting: leave none behind
            for worker in self._workers:
                if worker.process is not None and worker.process.returncode is None:
                    with contextlib.suppress(ProcessLookupError):
                        worker.process.kill()
            raise

    async def _end(self, worker: _Worker) -> None:
        process = worker.process
        if process is None:
            return
        for stop in (None, process.terminate, process.kill):
            if stop is not None:
                with contextlib.suppress(ProcessLookupError):
                    stop()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), CLOSE_TIMEOUT)
                return
