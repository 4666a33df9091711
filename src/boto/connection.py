"""boto 2's connection classes: endpoint and credentials at construction, then signed,
retried Query requests (`AWSQueryConnection.make_request`) and their parsing into boto
objects (`get_list`, `get_object`, `get_status`).
"""

from __future__ import annotations

import time

import boto
from boto import auth, endpoint, retry
from boto.exception import BotoServerError
from boto.provider import Provider
from boto.regioninfo import RegionInfo, default_endpoint, is_public_endpoint
from boto.transport import ConnectionPool, Proxy, Response

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from collections.abc import Callable, Iterable
    from datetime import datetime
    from typing import Any, TypeVar

    from boto.resultset import ResultSet

    _T = TypeVar("_T")

DEFAULT_SOCKET_TIMEOUT = 70
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8"


def _utc_now() -> datetime:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _configured_debug(default: int) -> int:
    """`[Boto] debug` from the config (an integer; `true`/`false` read as 1/0), else
    `default`, the constructor's `debug` argument (boto 2's precedence)."""
    value = boto.config.get("Boto", "debug")
    if value is None:
        return default
    value = value.strip()
    return int(value) if value.lstrip("-").isdigit() else int(value.lower() == "true")


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def encode_query(params: dict[str, str]) -> str:
    """`k=v&...` sorted by key, percent-encoded exactly as SigV4 canonicalizes it."""
    from urllib.parse import quote

    return "&".join(
        "%s=%s" % (quote(key, safe="-_.~"), quote(value, safe="-_.~"))
        for key, value in sorted(params.items())
    )


class AWSAuthConnection:
    """A signed connection to one AWS endpoint."""

    AuthServiceName = "ec2"
    region: RegionInfo

    def __init__(
        self,
        host: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        is_secure: bool = True,
        port: int | None = None,
        proxy: str | None = None,
        proxy_port: int | None = None,
        proxy_user: str | None = None,
        proxy_pass: str | None = None,
        debug: int = 0,
        https_connection_factory: Any = None,
        path: str = "/",
        provider: str | Provider = "aws",
        security_token: str | None = None,
        suppress_consec_slashes: bool = True,
        validate_certs: bool = True,
        profile_name: str | None = None,
    ) -> None:
        config = boto.config
        self.suppress_consec_slashes = suppress_consec_slashes
        self.debug = _configured_debug(debug if isinstance(debug, int) else 0)
        if config.has_option("Boto", "is_secure"):
            is_secure = config.getbool("Boto", "is_secure")
        self._set_endpoint(host, port, is_secure, path)
        if getattr(self, "region", None) is None:  # subclasses may have chosen one already
            self.region = RegionInfo(self, self.region_name_for(None), self.host)
        self.num_retries = config.getint("Boto", "num_retries", retry.DEFAULT_NUM_RETRIES)
        timeout = config.getfloat("Boto", "http_socket_timeout", DEFAULT_SOCKET_TIMEOUT)
        self.http_connection_kwargs: dict[str, Any] = {"timeout": timeout}
        self.https_validate_certificates = validate_certs
        self.https_connection_factory = https_connection_factory
        tunnel = self._choose_proxy(proxy, proxy_port, proxy_user, proxy_pass)
        self._pool = ConnectionPool(
            timeout,
            validate_certs,
            tunnel,
            https_connection_factory,
            debuglevel=self.debug if self.debug > 1 else 0,
        )
        if isinstance(provider, Provider):
            self.provider = provider
        else:
            self.provider = Provider(
                provider, aws_access_key_id, aws_secret_access_key, security_token, profile_name
            )
        self.auth_service_name = self.AuthServiceName

    def _choose_proxy(
        self, proxy: str | None, port: int | None, user: str | None, password: str | None
    ) -> Proxy | None:
        """The proxy given as arguments, else the environment's (`http_proxy`, ...), else the
        boto config's `[Boto] proxy*` settings, as boto 2 chose it."""
        from boto.proxyenv import proxy_from_environment

        config = boto.config
        chosen: Proxy | None
        if proxy:
            chosen = Proxy(proxy, int(port or 80), user, password)
        else:
            chosen = proxy_from_environment(self.is_secure, self.host, self.port)
        configured = config.get("Boto", "proxy")
        if chosen is None and configured:
            chosen = Proxy(
                configured,
                int(config.getint("Boto", "proxy_port", 0) or 80),
                config.get("Boto", "proxy_user"),
                config.get("Boto", "proxy_pass"),
            )
        self.proxy: str | None = chosen.host if chosen else None
        self.proxy_port: int | None = chosen.port if chosen else None
        self.proxy_user: str | None = chosen.user if chosen else None
        self.proxy_pass: str | None = chosen.password if chosen else None
        self.use_proxy = chosen is not None
        return chosen

    def _set_endpoint(self, host: str | None, port: int | None, is_secure: bool, path: str) -> None:
        """Explicit host, else the environment's endpoint URL, else the region's endpoint.
        An endpoint URL in the environment also replaces an AWS public hostname (one taken
        from a region), as boto3 lets it replace the region's endpoint."""
        url = endpoint.configured_endpoint_url(self.AuthServiceName)
        if url and (host is None or is_public_endpoint(host)):
            chosen = endpoint.parse_endpoint_url(url)
            host, port, is_secure = chosen.host, chosen.port, chosen.is_secure
            if chosen.path != "/":
                path = chosen.path.rstrip("/") + "/" + path.lstrip("/")
        elif host is None:
            host = self._public_endpoint(self.region_name_for(getattr(self, "region", None)))
        self.host = host
        self.is_secure = is_secure
        self.protocol = "https" if is_secure else "http"
        self.port = port or (443 if is_secure else 80)
        self.path = path or "/"

    def _public_endpoint(self, region_name: str) -> str:
        """The endpoint for `region_name`: the boto config's `ec2_region_endpoint` when it is
        for that region (`ec2_region_name`, or any when unset), else AWS's public one."""
        config = boto.config
        configured = config.get("Boto", "ec2_region_endpoint")
        if configured and config.get("Boto", "ec2_region_name", region_name) == region_name:
            return configured
        return default_endpoint(self.AuthServiceName, region_name)

    def region_name_for(self, region: Any) -> str:
        name = getattr(region, "name", None)
        return name or endpoint.default_region_name()

    @property
    def auth_region_name(self) -> str:
        """The region in the signature's scope: the connection's region, whatever the host."""
        return self.region_name_for(getattr(self, "region", None))

    @property
    def aws_access_key_id(self) -> str:
        return self.provider.access_key

    @property
    def aws_secret_access_key(self) -> str:
        return self.provider.secret_key

    @property
    def gs_access_key_id(self) -> str:
        return self.provider.access_key

    def server_name(self, port: int | None = None) -> str:
        """The Host header: the host, plus the port when it is not the scheme's default."""
        port = port or self.port
        if port == (443 if self.is_secure else 80):
            return self.host
        return "%s:%d" % (self.host, port)

    def get_path(self, path: str = "/") -> str:
        """The connection's base path joined with a request path."""
        if self.path in ("", "/"):
            return path or "/"
        return self.path.rstrip("/") + "/" + (path or "/").lstrip("/")

    def close(self) -> None:
        """Close this thread's pooled connections."""
        self._pool.close()

    def __repr__(self) -> str:
        return "%s:%s" % (self.__class__.__name__, self.host)

    def _signed_headers(
        self, verb: str, path: str, query: dict[str, str], body: bytes, content_type: str | None
    ) -> dict[str, str]:
        headers = {"Host": self.server_name(), "User-Agent": boto.UserAgent}
        if content_type:
            headers["Content-Type"] = content_type
        to_sign = {name: value for name, value in headers.items() if name != "User-Agent"}
        signature = auth.sign(
            verb,
            self.server_name(),
            path,
            query,
            to_sign,
            body,
            self.provider.get_credentials(),
            self.auth_region_name,
            self.auth_service_name,
            _utc_now(),
        )
        headers.update(signature.headers)
        return headers

    def _send_with_retries(
        self, verb: str, path: str, query: dict[str, str], body: bytes, content_type: str | None
    ) -> Response:
        """Sign (afresh for every attempt) and send, retrying transient failures with
        exponential backoff and full jitter, at most `num_retries` times."""
        from urllib.parse import quote

        url = quote(path, safe="/~") + ("?" + encode_query(query) if query else "")
        retryable_errors = retry.retryable_exceptions()
        attempt = 0
        while True:
            headers = self._signed_headers(verb, path, query, body, content_type)
            try:
                response = self._pool.send(
                    self.is_secure, self.host, self.port, verb, url, body, headers
                )
            except retryable_errors as error:
                if attempt >= self.num_retries:
                    raise
                boto.log.debug("Request failed (%r); retrying", error)
            else:
                if response.status < 300 or attempt >= self.num_retries:
                    return response
                code = BotoServerError(response.status, response.reason, response.body).error_code
                if not retry.is_retryable_status(response.status, code):
                    return response
                boto.log.debug("Received %d %s; retrying", response.status, code)
            time.sleep(retry.backoff_delay(attempt))
            attempt += 1


class AWSQueryConnection(AWSAuthConnection):
    """A connection speaking AWS's Query protocol (`Action=...&Version=...`)."""

    APIVersion = ""
    ResponseError = BotoServerError

    def __init__(
        self,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        is_secure: bool = True,
        port: int | None = None,
        proxy: str | None = None,
        proxy_port: int | None = None,
        proxy_user: str | None = None,
        proxy_pass: str | None = None,
        host: str | None = None,
        debug: int = 0,
        https_connection_factory: Any = None,
        path: str = "/",
        security_token: str | None = None,
        validate_certs: bool = True,
        profile_name: str | None = None,
        provider: str | Provider = "aws",
    ) -> None:
        super().__init__(
            host,
            aws_access_key_id,
            aws_secret_access_key,
            is_secure,
            port,
            proxy,
            proxy_port,
            proxy_user,
            proxy_pass,
            debug,
            https_connection_factory,
            path,
            provider=provider,
            security_token=security_token,
            validate_certs=validate_certs,
            profile_name=profile_name,
        )

    def make_request(
        self,
        action: str | None,
        params: dict[str, Any] | None = None,
        path: str = "/",
        verb: str = "GET",
    ) -> Response:
        """Send one Query request (POST: form body; GET: query string), signed with SigV4
        and retried on throttling, 5xx and connection failures. Returns the response of the
        last attempt, whatever its status."""
        query = {
            str(key): _query_value(value)
            for key, value in (params or {}).items()
            if value is not None
        }
        if action:
            query["Action"] = action
        if self.APIVersion:
            query["Version"] = self.APIVersion
        verb = verb.upper()
        full_path = self.get_path(path)
        boto.log.debug(
            "%s %s://%s%s Action=%s params=%s",
            verb,
            self.protocol,
            self.server_name(),
            full_path,
            action,
            query if self.debug > 0 else sorted(query),
        )
        if verb == "POST":
            body = encode_query(query).encode("ascii")
            response = self._send_with_retries(verb, full_path, {}, body, FORM_CONTENT_TYPE)
        else:
            response = self._send_with_retries(verb, full_path, query, b"", None)
        boto.log.debug(
            "Response %d %s (%d bytes)", response.status, response.reason, len(response.body)
        )
        if self.debug > 0:
            boto.log.debug("Response body: %s", response.body.decode("utf-8", "replace"))
        return response

    def build_list_params(self, params: dict[str, Any], items: Any, label: str) -> None:
        """`label.1=items[0]`, `label.2=items[1]`, ... (a single string is one item)."""
        if isinstance(items, str):
            items = [items]
        for index, item in enumerate(items, 1):
            params["%s.%d" % (label, index)] = item

    def build_complex_list_params(
        self,
        params: dict[str, Any],
        items: Iterable[Iterable[Any]],
        label: str,
        names: Iterable[str],
    ) -> None:
        """`label.N.<name>=value` for each tuple in `items`, zipped with `names`."""
        for index, item in enumerate(items, 1):
            for name, value in zip(names, item, strict=False):
                params["%s.%d.%s" % (label, index, name)] = value

    def _parse_ok_response(
        self,
        action: str,
        params: dict[str, Any] | None,
        path: str,
        verb: str,
        target: Any,
        parent: Any,
    ) -> None:
        """Parse a 200 response into `target`; raise `ResponseError` for any other status,
        an empty body, a body that is not XML, or one whose values do not convert (a number
        that is not one): with the body, for the script to see."""
        from xml.etree.ElementTree import ParseError

        from boto import handler

        response = self.make_request(action, params, path, verb)
        body = response.read()
        if response.status != 200 or not body:
            raise self.ResponseError(response.status, response.reason, body)
        try:
            handler.parse(body, target, parent)
        except (ParseError, ValueError) as error:
            boto.log.error(
                "%s answered %d with a malformed body: %s", action, response.status, error
            )
            raise self.ResponseError(response.status, response.reason, body) from error

    def get_list(
        self,
        action: str,
        params: dict[str, Any] | None,
        markers: list[tuple[str, type[_T]]],
        path: str = "/",
        parent: Any = None,
        verb: str = "GET",
    ) -> ResultSet[_T]:
        """A `ResultSet` of the objects named by `markers` (`[(element, class), ...]`)."""
        from boto.resultset import ResultSet

        result = ResultSet(markers)
        self._parse_ok_response(
            action, params, path, verb, result, parent if parent is not None else self
        )
        return result

    def get_object(
        self,
        action: str,
        params: dict[str, Any] | None,
        cls: Callable[[Any], _T],
        path: str = "/",
        parent: Any = None,
        verb: str = "GET",
    ) -> _T:
        """One `cls(parent)` filled from the response."""
        parent = parent if parent is not None else self
        obj = cls(parent)
        self._parse_ok_response(action, params, path, verb, obj, parent)
        return obj

    def get_status(
        self,
        action: str,
        params: dict[str, Any] | None,
        path: str = "/",
        parent: Any = None,
        verb: str = "GET",
    ) -> bool:
        """The `<return>` (or status) of the response as a bool."""
        from boto.resultset import ResultSet

        result: ResultSet[Any] = ResultSet()
        self._parse_ok_response(
            action, params, path, verb, result, parent if parent is not None else self
        )
        return result.status
