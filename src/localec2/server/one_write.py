"""uvicorn's httptools protocol, writing each response's head together with its body.

uvicorn writes a response's status line and headers as soon as the application starts the
response, and the body when it sends it: two TCP segments (the listening socket sets
TCP_NODELAY). Now and then Go's HTTP client (Terraform's AWS provider) dropped such a
connection after the head and retried the request, which the server had already carried out:
a second CreateRoute met RouteAlreadyExists. Seen on loopback with tcpdump; with head and body
in one write it did not happen again. An interim `100 Continue` still goes out at once.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

_STATUS_LINE = b"HTTP/1.1 "
_INTERIM = b"HTTP/1.1 1"
_END_OF_HEAD = b"\r\n\r\n"


class _HeadWithBody:
    """A transport that holds a response head back until the body's first write."""

    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport
        self._head = b""

    def write(self, data: bytes) -> None:
        head = data.startswith(_STATUS_LINE) and not data.startswith(_INTERIM)
        if head and data.endswith(_END_OF_HEAD):
            self._head = data
            return
        if self._head:
            data, self._head = self._head + data, b""
        self._transport.write(data)

    def close(self) -> None:
        if self._head:
            self._transport.write(self._head)
            self._head = b""
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class OneWriteHttpToolsProtocol(HttpToolsProtocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports are not asyncio.Transport instances, though they behave as one
        held = _HeadWithBody(cast(asyncio.Transport, transport))
        super().connection_made(cast(asyncio.Transport, held))
