"""Where an answer ends, and whether stray bytes followed it.

A connection whose answer was followed by stray bytes (which h11 would keep and hand to the
next request as its answer) must not be reused. The end of each answer is found by counting
the bytes of its Content-Length (a few µs), or, for any other framing, by an h11 parser of our
own fed the same bytes (a second full parser cost ~70 µs a request, most of the client's
overhead on a tiny image).
"""

from __future__ import annotations

import re

import h11

_WATCH_REQUEST = h11.Request(method="POST", target="/", headers=[("Host", "x")])
_WATCH_END = h11.EndOfMessage()
# httpcore's own limit on a header section: 100 KiB.
_MAX_HEAD = 100 * 1024


class H11Watch:
    """Finds where an answer ends with an h11 client parser fed the bytes read, and whether
    anything followed it: exact for every framing, and ~70 µs a request."""

    def __init__(self) -> None:
        self.parser = h11.Connection(h11.CLIENT, max_incomplete_event_size=_MAX_HEAD)
        # Framing of an answer depends on the method only for HEAD and CONNECT, never sent here.
        # The events are made once: h11 validates a Request's headers each time one is made.
        self.parser.send(_WATCH_REQUEST)
        self.parser.send(_WATCH_END)

    def feed(self, data: bytes) -> bool | None:
        """True: stray bytes after the answer (or a broken answer); False: the answer ended
        clean; None: not yet ended."""
        self.parser.receive_data(data)
        try:
            while True:
                event = self.parser.next_event()
                if event is h11.NEED_DATA:
                    return None
                if isinstance(event, h11.EndOfMessage) or event is h11.PAUSED:
                    return bool(self.parser.trailing_data[0])
                if isinstance(event, h11.ConnectionClosed):
                    return False
        except h11.RemoteProtocolError:
            return True


_STATUS_LINE = re.compile(rb"HTTP/1\.1 ([1-5]\d\d)[ \r]")
_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d{1,15})[ \t]*\r\n", re.IGNORECASE)
_FIELD = re.compile(rb"\r\n(?:content-length|transfer-encoding)[ \t]*:", re.IGNORECASE)


class AnswerWatch:
    """The answer-end watch of one request. The common answer (HTTP/1.1, one plain
    Content-Length, a status with a body, informational answers before it) is framed here by
    counting bytes, at a few µs; anything else (chunked, no length, 101/204/304, folded or odd
    headers, a header section not yet whole past 100 KiB) is handed, with every byte seen so
    far, to the h11 watch, so the verdict is h11's wherever the fast path is not sure
    (tests/test_hostile_peers.py compares the two on split and mangled answers)."""

    def __init__(self) -> None:
        self.done = False
        self.head = bytearray()  # the header section read so far
        self.body_left = -1  # bytes of the body still to come, once the head is read
        self.slow: H11Watch | None = None

    def feed(self, data: bytes) -> bool:
        """Feed bytes read; True when they reveal stray bytes (the connection must not be
        reused)."""
        if self.done:
            return bool(data)
        if self.slow is not None:
            return self._slow(data)
        if self.body_left < 0:
            return self._head(data)
        if len(data) < self.body_left:
            self.body_left -= len(data)
            return False
        self.done = True
        return len(data) > self.body_left

    def _slow(self, data: bytes) -> bool:
        assert self.slow is not None
        verdict = self.slow.feed(data)
        if verdict is None:
            return False
        self.done = True
        return verdict

    def _give_up(self, data: bytes) -> bool:
        self.slow = H11Watch()
        return self._slow(data)

    def _head(self, data: bytes) -> bool:
        # Appended in place and searched from where the last search stopped: an answer
        # trickled a byte at a time costs linear time, not quadratic.
        searched = max(0, len(self.head) - 3)
        self.head += data
        end = self.head.find(b"\r\n\r\n", searched)
        if end < 0:
            if len(self.head) > _MAX_HEAD:
                return self._give_up(bytes(self.head))
            return False
        buffered = bytes(self.head)
        head, rest = buffered[: end + 2], buffered[end + 4 :]
        status = _STATUS_LINE.match(head)
        if status is None or b"\r\n " in head or b"\r\n\t" in head:  # not HTTP/1.1, folded
            return self._give_up(buffered)
        code = int(status[1])
        framing = _FIELD.findall(head)
        if 100 <= code < 200 and code != 101 and not framing:  # the real answer follows
            self.head = bytearray()
            return self._head(rest) if rest else False
        length = _LENGTH.search(head) if len(framing) == 1 else None
        if length is None or code < 200 or code in (204, 304):
            return self._give_up(buffered)
        self.body_left = int(length[1])
        self.head = bytearray()
        if rest or self.body_left == 0:
            return self.feed(rest)
        return False
