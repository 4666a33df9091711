"""HTTP transport: one keep-alive connection per (scheme, host, port) per thread.

`http.client` and `ssl` are imported on the first request, so importing `boto` stays cheap.
"""

from __future__ import annotations

import threading
from collections import namedtuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    import http.client
    import ssl
    from typing import Any, NamedTuple

    class _Proxy(NamedTuple):
        host: str
        port: int
        user: str | None = None
        password: str | None = None
else:
    _Proxy = namedtuple("Proxy", "host port user password", defaults=(None, None))


class Response:
    """A fully read HTTP response; `read()` can be called any number of times."""

    def __init__(
        self, status: int, reason: str, headers: list[tuple[str, str]], body: bytes
    ) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body

    def read(self, amt: int | None = None) -> bytes:
        return self.body if amt is None else self.body[:amt]

    def getheader(self, name: str, default: str | None = None) -> str | None:
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return default

    def getheaders(self) -> list[tuple[str, str]]:
        return list(self.headers)


class Proxy(_Proxy):
    """An HTTP proxy, with optional basic authentication: HTTPS goes through a CONNECT
    tunnel, plain HTTP is sent to it as absolute-form requests (as boto 2 did)."""

    __slots__ = ()

    def tunnel_headers(self) -> dict[str, str]:
        if not self.user:
            return {}
        import base64

        token = base64.b64encode(("%s:%s" % (self.user, self.password or "")).encode())
        return {"Proxy-Authorization": "Basic " + token.decode()}


class ConnectionPool:
    """Keeps one open connection per (scheme, host, port) for each thread."""

    def __init__(
        self,
        timeout: float | None = None,
        validate_certs: bool = True,
        proxy: Proxy | None = None,
        https_connection_factory: Any = None,
        debuglevel: int = 0,
    ) -> None:
        self.timeout = timeout
        self.debuglevel = debuglevel
        self.validate_certs = validate_certs
        self.proxy = proxy
        self.https_connection_factory = https_connection_factory
        self._local = threading.local()
        self._tls_context: ssl.SSLContext | None = None

    def _connections(self) -> dict[tuple[bool, str, int], http.client.HTTPConnection]:
        if not hasattr(self._local, "connections"):
            self._local.connections = {}
        connections: dict[tuple[bool, str, int], http.client.HTTPConnection]
        connections = self._local.connections
        return connections

    def _ssl_context(self) -> ssl.SSLContext:
        """One TLS context per pool (loading the CA store is the slow part of TLS setup)."""
        if self._tls_context is None:
            import ssl

            context = ssl.create_default_context()
            if not self.validate_certs:
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            self._tls_context = context
        return self._tls_context

    def _open(self, is_secure: bool, host: str, port: int) -> http.client.HTTPConnection:
        import http.client

        target_host, target_port = (
            (self.proxy.host, self.proxy.port) if self.proxy else (host, port)
        )
        if is_secure and self.https_connection_factory is not None:
            factory = self.https_connection_factory
            factory = factory[0] if isinstance(factory, tuple) else factory
            conn: http.client.HTTPConnection = factory(
                target_host, target_port, timeout=self.timeout
            )
        elif is_secure:
            conn = http.client.HTTPSConnection(
                target_host, target_port, timeout=self.timeout, context=self._ssl_context()
            )
        else:
            conn = http.client.HTTPConnection(target_host, target_port, timeout=self.timeout)
        if self.debuglevel:
            conn.set_debuglevel(self.debuglevel)
        if self.proxy and is_secure:
            conn.set_tunnel(host, port, headers=self.proxy.tunnel_headers())
        return conn

    def discard(self, is_secure: bool, host: str, port: int) -> None:
        conn = self._connections().pop((is_secure, host, port), None)
        if conn is not None:
            conn.close()

    def close(self) -> None:
        connections = self._connections()
        for conn in connections.values():
            conn.close()
        connections.clear()

    def send(
        self,
        is_secure: bool,
        host: str,
        port: int,
        method: str,
        url: str,
        body: bytes,
        headers: dict[str, str],
    ) -> Response:
        """Send one request and read the whole response. On any error the pooled
        connection is dropped (so the next attempt opens a fresh one) and the error raised."""
        if self.proxy and not is_secure:  # plain HTTP: absolute-form request to the proxy
            url = "http://%s:%d%s" % (host, port, url)
            headers = {**headers, **self.proxy.tunnel_headers()}
        key = (is_secure, host, port)
        connections = self._connections()
        conn = connections.get(key)
        if conn is None:
            conn = connections[key] = self._open(is_secure, host, port)
        try:
            conn.request(method, url, body=body or None, headers=headers)
            raw = conn.getresponse()
            body_bytes = raw.read()
        except BaseException:
            self.discard(is_secure, host, port)
            raise
        if raw.will_close:
            self.discard(is_secure, host, port)
        return Response(raw.status, raw.reason, raw.getheaders(), body_bytes)
