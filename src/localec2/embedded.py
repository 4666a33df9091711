"""localec2 inside a test or a script: the ASGI app under uvicorn in a daemon thread."""

from __future__ import annotations

import asyncio
import fcntl
import socket
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .config import ServerConfig
from .ec2.storage import volume_status
from .server.app import LocalEC2App, open_store
from .state import accounts
from .state.files import open_private, private_dir
from .state.store import Store

if TYPE_CHECKING:
    import asyncio

    import uvicorn


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket (port 0: a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it a response written in two parts waits
    # for the client's delayed ACK (~40 ms per request on a kept-alive connection).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(1024)
    sock.set_inheritable(True)
    return sock


class DataDirInUse(RuntimeError):
    """Another endpoint serves this data directory (two would each keep their own state)."""


def lock_data_dir(data_dir: Path) -> IO[bytes]:
    """Hold an exclusive lock on `data_dir` for as long as the returned file stays open."""
    private_dir(data_dir)
    handle = open_private(data_dir / "serve.lock")  # held open until stop()
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise DataDirInUse(f"another localec2 is serving {data_dir}")
    return handle


IDLE_CONNECTION_SECONDS = 120


def make_uvicorn_server(app: LocalEC2App) -> uvicorn.Server:
    import uvicorn

    try:
        from .server.one_write import OneWriteHttpToolsProtocol

        http: type[asyncio.Protocol] | str = OneWriteHttpToolsProtocol
    except ImportError:  # no httptools (not CPython): uvicorn's own choice
        http = "auto"

    # Idle connections are kept longer than the SDKs keep them in their pools (Go's: 90 s).
    # Otherwise the server may close a connection as the client reuses it: the request is
    # lost and retried, and uvloop, running due timers before reading sockets, makes that
    # likely whenever a long request has held the loop past the moment of closing.
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
        timeout_keep_alive=IDLE_CONNECTION_SECONDS,
        http=http,
    )
    return uvicorn.Server(config)


class LocalEC2:
    """A running endpoint; use as a context manager, or call `start()` and `stop()`."""

    def __init__(
        self,
        data_dir: str | Path | None = None,
        in_memory: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        boot_seconds: float = 0.0,
        allow_any_credentials: bool = False,
        region: str = "us-east-1",
    ) -> None:
        self.data_dir = None if in_memory or data_dir is None else Path(data_dir)
        self.host = host
        self.port = port
        self.region = region
        self.config = ServerConfig(
            boot_seconds=boot_seconds, allow_any_credentials=allow_any_credentials
        )
        self.store: Store | None = None
        self.endpoint_url = ""
        self.access_key_id = ""
        self.secret_access_key = ""
        self.account_id = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._lock: IO[bytes] | None = None

    def start(self) -> LocalEC2:
        if self.data_dir is not None:
            self._lock = lock_data_dir(self.data_dir)
        self.store = open_store(self.data_dir)
        default = accounts.default_account(self.store)
        self.account_id = default["account_id"]
        self.access_key_id = default["access_key_id"]
        self.secret_access_key = default["secret_access_key"]
        sock = bind_socket(self.host, self.port)
        self.port = sock.getsockname()[1]
        shown_host = f"[{self.host}]" if ":" in self.host else self.host
        self.endpoint_url = f"http://{shown_host}:{self.port}"
        self._server = make_uvicorn_server(LocalEC2App(self.store, self.config))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="localec2", daemon=True
        )
        self._thread.start()
        started = threading.Event()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("localec2 failed to start")
            started.wait(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self.store is not None:
            self.store.close()
        if self._lock is not None:
            self._lock.close()
        self._server = self._thread = self._lock = None

    def reset(self) -> None:
        """Forget every resource; accounts and keys stay."""
        assert self.store is not None, "start() first"
        self.store.reset()

    def environment(self) -> dict[str, str]:
        """The `AWS_*` variables that point boto3, the AWS CLI and boto at this endpoint."""
        assert self.store is not None, "start() first"
        return {
            "AWS_ENDPOINT_URL_EC2": self.endpoint_url,
            "AWS_ACCESS_KEY_ID": self.access_key_id,
            "AWS_SECRET_ACCESS_KEY": self.secret_access_key,
            "AWS_DEFAULT_REGION": self.region,
        }

    def create_account(self) -> dict[str, str]:
        """A new account: {account_id, access_key_id, secret_access_key}."""
        assert self.store is not None, "start() first"
        return accounts.create_account(self.store)

    def suspend_volume_io(self, volume_id: str, account_id: str = "", region: str = "") -> None:
        """Do what EBS does when it finds a volume's data potentially inconsistent: suspend
        its I/O (DescribeVolumeStatus shows it `impaired` until EnableVolumeIO). Nothing in
        EC2's API does this; tests of code that handles it call this. The default account
        and region unless given."""
        assert self.store is not None, "start() first"
        with self.store.transaction(account_id or self.account_id, region or self.region) as tx:
            volume_status.suspend_io(tx, volume_id, time.time())

    def __enter__(self) -> LocalEC2:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
