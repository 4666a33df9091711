"""The transport under uvicorn's protocol writes a response's head together with its body
(`localec2.server.one_write`), and lets an interim `100 Continue` through at once."""

from __future__ import annotations

import asyncio
import http.client

from localec2.server.one_write import OneWriteHttpToolsProtocol, _HeadWithBody

HEAD = b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\n"


class _Recording(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:  # type: ignore[override]
        self.writes.append(bytes(data))

    def close(self) -> None:
        self.closed = True


def test_the_head_goes_out_with_the_body():
    transport = _Recording()
    held = _HeadWithBody(transport)
    held.write(HEAD)
    assert transport.writes == []
    held.write(b"hello")
    assert transport.writes == [HEAD + b"hello"]
    held.write(HEAD)
    held.write(b"")  # an empty body: the head alone, in one write
    assert transport.writes[-1] == HEAD


def test_an_interim_response_is_not_held():
    transport = _Recording()
    held = _HeadWithBody(transport)
    held.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    assert transport.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]


def test_closing_flushes_a_held_head():
    transport = _Recording()
    held = _HeadWithBody(transport)
    held.write(HEAD)
    held.close()
    assert transport.writes == [HEAD] and transport.closed


def test_the_server_speaks_through_it(localec2):
    from localec2.embedded import make_uvicorn_server
    from localec2.server.app import LocalEC2App

    assert make_uvicorn_server(LocalEC2App(localec2.store, localec2.config)).config.http is (
        OneWriteHttpToolsProtocol
    )
    host, port = localec2.endpoint_url.removeprefix("http://").rsplit(":", 1)
    connection = http.client.HTTPConnection(host, int(port))
    for _ in range(3):  # kept alive: each answer whole
        connection.request("GET", "/_localec2/health")
        response = connection.getresponse()
        assert (response.status, response.read()) == (200, b'{"status": "ok"}')
    connection.close()
