"""The network layer under every request: what a hostile or broken peer can do to a call.

httpx sets a timeout per socket operation; nothing bounds a whole call, and httpx cannot tell
whether a failed request reached the server. The parts:

* attempt.py: one attempt of a call (its deadline, what happened on the wire) and
  `reached_server`, which decides whether a failed attempt may be sent again without the risk
  of a second billed call;
* guarded.py: httpcore's network backend wrapped to keep every socket wait within the call's
  deadline, record the attempt and drop connections that received stray bytes (`guard`);
* answer_watch.py: where an answer ends, and whether anything followed it;
* tls.py: one SSL context per process and verification setting;
* body.py: reading an answer with a cap on its decoded size;
* aiohttp_sender.py: the same rules on aiohttp (the `aiohttp` extra).

guarded.py and answer_watch.py (httpcore, h11) are imported when the first client guards its
httpx client, not with the package: `import huaweicloud_ocr` stays free of them, as httpx's
own import is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from huaweicloud_ocr._transport.aiohttp_sender import AiohttpSender
from huaweicloud_ocr._transport.attempt import (
    Attempt,
    end_attempt,
    reached_server,
    start_attempt,
)
from huaweicloud_ocr._transport.body import (
    ACCEPT_ENCODING,
    AnswerTooLarge,
    UnknownEncoding,
    aread_body,
    read_body,
)
from huaweicloud_ocr._transport.tls import shared_ssl_context

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ACCEPT_ENCODING",
    "AiohttpSender",
    "AnswerTooLarge",
    "Attempt",
    "UnknownEncoding",
    "aread_body",
    "end_attempt",
    "guard",
    "reached_server",
    "read_body",
    "shared_ssl_context",
    "start_attempt",
]


def guard(client: httpx.Client | httpx.AsyncClient) -> None:
    """Put the guarded backend under every connection pool of an httpx client (guarded.py)."""
    from huaweicloud_ocr._transport.guarded import guard_pools

    guard_pools(client)
