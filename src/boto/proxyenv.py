"""The proxy named by the environment, as boto 2 read `http_proxy` (and curl-style tools
read `https_proxy`/`HTTPS_PROXY` for TLS and honour `no_proxy`)."""

from __future__ import annotations

import os

from boto.exception import BotoClientError
from boto.transport import Proxy


def _first_set(*names: str) -> str:
    return next((os.environ[name] for name in names if os.environ.get(name)), "")


def _bypassed(host: str, port: int) -> bool:
    """Whether `no_proxy`/`NO_PROXY` exempts `host` (`*`, a name or `.domain` suffix,
    optionally with `:port`)."""
    host = host.lower().rstrip(".")
    for entry in _first_set("no_proxy", "NO_PROXY").lower().split(","):
        entry = entry.strip()
        if entry == "*":
            return True
        name, _, entry_port = entry.partition(":")
        name = name.lstrip(".").rstrip(".")
        if not name or (entry_port and entry_port != str(port)):
            continue
        if host == name or host.endswith("." + name):
            return True
    return False


def proxy_from_environment(is_secure: bool, host: str, port: int) -> Proxy | None:
    """The proxy for a request to `host:port`: `https_proxy`/`HTTPS_PROXY` for TLS, then
    `http_proxy`/`HTTP_PROXY` (boto 2 used `http_proxy` for both); None when unset or
    bypassed by `no_proxy`."""
    names = ("https_proxy", "HTTPS_PROXY") if is_secure else ()
    url = _first_set(*names, "http_proxy", "HTTP_PROXY")
    if not url or _bypassed(host, port):
        return None
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url if "://" in url else "http://" + url)
    try:
        proxy_port = parts.port
    except ValueError:
        proxy_port = None
    if not parts.hostname or proxy_port is None and ":" in parts.netloc.rpartition("@")[2]:
        raise BotoClientError("The proxy in the environment is not host[:port]: %r" % url)
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return Proxy(parts.hostname, proxy_port or 80, user, password)
