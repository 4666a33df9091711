"""Helpers shared by the `test_vpc_*` modules: a VPCConnection to moto's server."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from boto.exception import EC2ResponseError
from boto.vpc import VPCConnection

KEY = "testing"
ZONE = "us-east-1a"


def connect_vpc(endpoint_url: str) -> VPCConnection:
    parts = urlsplit(endpoint_url)
    return VPCConnection(
        aws_access_key_id=KEY,
        aws_secret_access_key=KEY,
        host=parts.hostname,
        port=parts.port,
        is_secure=False,
    )


def raises_ec2(code: str, status: int = 400):
    """Run the block expecting EC2ResponseError `code` with `status` (and a request id)."""
    return _Raises(code, status)


class _Raises:
    def __init__(self, code: str, status: int) -> None:
        self.code = code
        self.status = status
        self._context = pytest.raises(EC2ResponseError)

    def __enter__(self):
        self.info = self._context.__enter__()
        return self.info

    def __exit__(self, *exc_info):
        handled = self._context.__exit__(*exc_info)
        error = self.info.value
        assert (error.status, error.error_code) == (self.status, self.code), (
            error.status,
            error.error_code,
            error.body,
        )
        return handled


class Recorder:
    """A loopback HTTP server that answers every request with `body` (EC2's `<return>true`
    by default) and records each request's verb and Query parameters: for the actions moto's
    server does not answer, and to read what a method puts on the wire."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qsl, urlsplit

        self.requests: list[tuple[str, dict[str, str]]] = []
        self.status = 200
        self.body = (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<Response xmlns="http://ec2.amazonaws.com/'
            b'doc/2016-11-15/"><requestId>r-1</requestId><return>true</return></Response>'
        )
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, verb: str, query: str) -> None:
                recorder.requests.append((verb, dict(parse_qsl(query, keep_blank_values=True))))
                self.send_response(recorder.status)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(recorder.body)))
                self.end_headers()
                self.wfile.write(recorder.body)

            def do_GET(self) -> None:
                self._answer("GET", urlsplit(self.path).query)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self._answer("POST", self.rfile.read(length).decode())

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]

    def last(self) -> tuple[str, dict[str, str]]:
        """The last request's verb and parameters, without the ones every request carries."""
        verb, params = self.requests[-1]
        return verb, {k: v for k, v in params.items() if k != "Version"}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
