"""A recording EC2 peer on loopback: a real HTTP server that keeps each request's Query
parameters and answers the XML a test gives it (an example response from EC2's API
reference, or an error document). For what moto does not answer, and to see the wire."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from boto.ec2.connection import EC2Connection

RESPONSES = Path(__file__).parent / "responses"


class RecordingEC2:
    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []
        self.verbs: list[str] = []
        self.status = 200
        self.body = b"<Response><return>true</return></Response>"
        peer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._record("GET", urlsplit(self.path).query)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self._record("POST", self.rfile.read(length).decode())

            def _record(self, verb: str, query: str) -> None:
                peer.verbs.append(verb)
                peer.requests.append(dict(parse_qsl(query, keep_blank_values=True)))
                self.send_response(peer.status)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(peer.body)))
                self.end_headers()
                self.wfile.write(peer.body)

            def log_message(self, format: str, *args: object) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, body: str | bytes, status: int = 200) -> None:
        """The next answers: `body` (XML text, or the name of a file under responses/)."""
        if isinstance(body, str) and body.endswith(".xml") and "<" not in body:
            body = (RESPONSES / body).read_bytes()
        self.body = body.encode() if isinstance(body, str) else body
        self.status = status

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def connect(self) -> EC2Connection:
        return EC2Connection(
            "AKIDEXAMPLE",
            "secret",
            host="127.0.0.1",
            port=self.server.server_address[1],
            is_secure=False,
        )

    @property
    def last(self) -> dict[str, str]:
        """The last request's parameters, without those every request carries."""
        return {k: v for k, v in self.requests[-1].items() if k not in ("Version", "Signature")}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def wire() -> Iterator[RecordingEC2]:
    peer = RecordingEC2()
    yield peer
    peer.close()
