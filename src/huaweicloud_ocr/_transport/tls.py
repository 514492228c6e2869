"""One SSL context per process and verification setting.

httpx makes a new one per client (loading certifi's bundle: ~17 ms and ~0.8 MiB each), which
made a client cost as much as a dozen requests and a batch of 64 clients block its loop for a
second.
"""

from __future__ import annotations

import os
import ssl
import threading

import httpx

_ssl_contexts: dict[tuple[bool, bool, str | None, str | None], ssl.SSLContext] = {}
_ssl_lock = threading.Lock()


def shared_ssl_context(verify: bool, trust_env: bool = True) -> ssl.SSLContext:
    """The process's SSL context for `verify` (True: certifi's CAs, or SSL_CERT_FILE /
    SSL_CERT_DIR when trust_env, exactly as httpx chooses; False: no verification). Made once per
    setting (the environment variables are part of the key) and never changed after: an
    SSLContext is safe to share between clients and threads. Callers that would change it (a
    client certificate via httpx's cert=) must make their own."""
    key = (
        verify,
        trust_env,
        os.environ.get("SSL_CERT_FILE") if trust_env else None,
        os.environ.get("SSL_CERT_DIR") if trust_env else None,
    )
    context = _ssl_contexts.get(key)
    if context is None:
        with _ssl_lock:  # two threads building their first clients make one context, not two
            context = _ssl_contexts.get(key)
            if context is None:
                context = httpx.create_ssl_context(verify=verify, trust_env=trust_env)
                _ssl_contexts[key] = context
    return context
