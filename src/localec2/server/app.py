"""The ASGI application: health and reset endpoints, and EC2 (or STS) requests on any other
path; the credential scope's service picks the front that answers.

Plain ASGI, no framework: a request is read whole, handled synchronously (the store
serializes writers anyway) and answered in pieces of at most 1 MiB.
"""

from __future__ import annotations

import ipaddress
import json
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from ..actions import registry
from ..config import ServerConfig
from ..ec2.bootstrap import VERSION as BOOTSTRAP_VERSION
from ..ec2.bootstrap import new_partition
from ..ec2.upgrade import SCHEMA, upgrade
from ..protocol.model import load_served_model
from ..state.store import Store
from .auth import requested_service
from .handler import XML_CONTENT_TYPE, EC2Handler, Front
from .memory import release_after
from .request import HttpRequest
from .sts_handler import StsHandler

HEALTH_PATH = "/_localec2/health"
RESET_PATH = "/_localec2/reset"
DB_NAME = "localec2.sqlite3"
MAX_BODY_BYTES = 16 * 1024 * 1024
SEND_CHUNK_BYTES = 1024 * 1024


def open_store(data_dir: str | Path | None) -> Store:
    """The store in `data_dir` (created if needed), or in memory when it is None."""
    path = Path(data_dir) / DB_NAME if data_dir is not None else None
    return Store(
        path,
        bootstrap=new_partition,
        bootstrap_version=BOOTSTRAP_VERSION,
        schema=SCHEMA,
        upgrade=upgrade,
    )


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


Headers = list[tuple[bytes, bytes]]
Scope = dict[str, Any]  # the ASGI connection scope
Message = dict[str, Any]  # an ASGI event
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def _json(status: int, payload: dict[str, str]) -> tuple[int, Headers, bytes]:
    headers = [
        (b"content-type", b"application/json"),
        (b"x-amzn-requestid", str(uuid.uuid4()).encode()),
    ]
    return status, headers, json.dumps(payload).encode()


class LocalEC2App:
    """The ASGI callable."""

    def __init__(self, store: Store, config: ServerConfig) -> None:
        self.store = store
        self.config = config
        registry.load_actions()
        self.fronts: dict[str, Front] = {
            "ec2": EC2Handler(store, config, load_served_model(registry.ACTIONS)),
            "sts": StsHandler(store, config),
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= MAX_BODY_BYTES:
                chunks.append(chunk)
            more = message.get("more_body", False)
        if size > MAX_BODY_BYTES:
            status, headers, body = _json(413, {"error": "request body too large"})
        else:
            status, headers, body = self._route(scope, b"".join(chunks))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        # In pieces, so that the server's transport never buffers a copy of a large body.
        view = memoryview(body)
        for start in range(0, len(body), SEND_CHUNK_BYTES):
            end = start + SEND_CHUNK_BYTES
            await send(
                {
                    "type": "http.response.body",
                    "body": bytes(view[start:end]),
                    "more_body": end < len(body),
                }
            )
        if not body:
            await send({"type": "http.response.body", "body": b""})
        view.release()
        release_after(len(body))

    def _route(self, scope: Scope, body: bytes) -> tuple[int, Headers, bytes]:
        path = scope["path"]
        if path == HEALTH_PATH:
            return _json(200, {"status": "ok"})
        client = scope.get("client") or ("", 0)
        if path == RESET_PATH:
            if scope["method"] != "POST":
                return _json(405, {"error": "POST only"})
            if not _is_loopback(client[0]):
                return _json(403, {"error": "reset is allowed from loopback clients only"})
            self.store.reset()
            return _json(200, {"status": "reset"})
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope["headers"]:
            name = raw_name.decode("latin-1").lower()
            value = raw_value.decode("latin-1")
            headers[name] = f"{headers[name]},{value}" if name in headers else value
        raw_path = scope.get("raw_path") or scope["path"].encode()
        request = HttpRequest(
            method=scope["method"],
            path=raw_path.decode("latin-1").partition("?")[0],
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=body,
        )
        response = self.fronts[requested_service(request)].handle(request)
        return (
            response.status,
            [
                (b"content-type", XML_CONTENT_TYPE),
                (b"x-amzn-requestid", response.request_id.encode()),
            ],
            response.body,
        )

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
