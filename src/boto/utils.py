"""boto 2's `boto.utils`: the helpers for code running on an EC2 instance.

The instance metadata service is spoken as IMDSv2: a session token is asked for first
(`PUT /latest/api/token`) and sent with every read; where the service answers that request
403, 404 or 405, or does not answer it in time (an IMDSv1-only service, or a container
beyond the hop limit), the reads go without one, as boto3 does. Proxies are never used for
these addresses. This module is imported only by code that uses it.
"""

from __future__ import annotations

import json
import re
import threading
import time

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    import datetime
    from collections.abc import Iterator, Sequence
    from typing import Any, TypeVar

    _T = TypeVar("_T")

METADATA_URL = "http://169.254.169.254"
TOKEN_PATH = "/latest/api/token"
TOKEN_TTL_SECONDS = 21600
# The token request's timeout when the caller gives none: a service that drops it (a
# container beyond the hop limit) means IMDSv1 after this long, as in boto3.
TOKEN_TIMEOUT_SECONDS = 1.0

ISO8601 = "%Y-%m-%dT%H:%M:%SZ"
ISO8601_MS = "%Y-%m-%dT%H:%M:%S.%fZ"
RFC1123 = "%a, %d %b %Y %H:%M:%S %Z"
LOCALE_LOCK = threading.Lock()

_first_cap_regex = re.compile("(.)([A-Z][a-z]+)")
_number_cap_regex = re.compile("([a-z])([0-9]+)")
_end_cap_regex = re.compile("([a-z0-9])([A-Z])")

# IMDSv2 tokens by service origin ("http://169.254.169.254"): (token or None for an
# IMDSv1-only service, when to ask again).
_tokens: dict[str, tuple[str | None, float]] = {}
_tokens_lock = threading.Lock()


def _origin(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return "%s://%s" % (parts.scheme, parts.netloc)


def _open(request: Any, timeout: float | None) -> bytes:
    """Send `request` without any proxy (the metadata address must never be proxied)."""
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    if timeout is None:
        with opener.open(request) as response:
            body: bytes = response.read()
    else:
        with opener.open(request, timeout=timeout) as response:
            body = response.read()
    return body


def _metadata_token(origin: str, timeout: float | None, renew: bool = False) -> str | None:
    """The IMDSv2 session token for the service at `origin`, or None where it speaks v1."""
    import urllib.error
    import urllib.request

    now = time.monotonic()
    with _tokens_lock:
        cached = _tokens.get(origin)
    if cached is not None and cached[1] > now and not renew:
        return cached[0]
    request = urllib.request.Request(
        origin + TOKEN_PATH,
        method="PUT",
        headers={"X-aws-ec2-metadata-token-ttl-seconds": str(TOKEN_TTL_SECONDS)},
    )
    token: str | None
    try:
        token = _open(request, timeout if timeout is not None else TOKEN_TIMEOUT_SECONDS).decode()
        expires = now + TOKEN_TTL_SECONDS - 60
    except urllib.error.HTTPError as error:
        if error.code not in (403, 404, 405):
            raise
        token, expires = None, now + 300  # IMDSv1 only: ask again in a while
    except (TimeoutError, urllib.error.URLError) as error:
        reason = getattr(error, "reason", error)
        if not isinstance(reason, TimeoutError):
            raise
        token, expires = None, now + 300  # the token request went unanswered: IMDSv1
    with _tokens_lock:
        _tokens[origin] = (token, expires)
    return token


def _read_metadata(url: str, timeout: float | None) -> bytes:
    """One read of `url`, with the IMDSv2 token when the service has one; a token the
    service no longer takes (401) is renewed once."""
    import urllib.error
    import urllib.request

    origin = _origin(url)
    token = _metadata_token(origin, timeout)
    for attempt in (1, 2):
        headers = {"X-aws-ec2-metadata-token": token} if token else {}
        try:
            return _open(urllib.request.Request(url, headers=headers), timeout)
        except urllib.error.HTTPError as error:
            if error.code != 401 or attempt == 2:
                raise
            token = _metadata_token(origin, timeout, renew=True)
    raise AssertionError("unreachable")


def _retry_delay(attempt: int, jitter: bool = False) -> float:
    import boto

    cap = float(boto.config.get("Boto", "max_retry_delay", 60))
    if jitter:
        import random

        return min(random.random() * float(2**attempt), cap)
    return min(float(2**attempt), cap)


def retry_url(
    url: str, retry_on_404: bool = True, num_retries: int = 10, timeout: float | None = None
) -> str:
    """The text at `url` (the metadata service), tried `num_retries` times with backoff;
    '' when every try failed, or at once on a 404 when `retry_on_404` is False."""
    import urllib.error

    import boto

    for attempt in range(num_retries):
        try:
            return _read_metadata(url, timeout).decode("utf-8")
        except urllib.error.HTTPError as error:
            if error.code == 404 and not retry_on_404:
                return ""
        except Exception:
            boto.log.exception("Caught exception reading instance data")
        if attempt + 1 != num_retries:
            boto.log.debug("Sleeping before retrying")
            time.sleep(_retry_delay(attempt))
    boto.log.error("Unable to read instance data, giving up")
    return ""


def _build_instance_metadata_url(url: str, version: str, path: str) -> str:
    return "%s/%s/%s" % (url, version, path)


def _get_instance_metadata(
    url: str, num_retries: int, timeout: float | None = None
) -> LazyLoadMetadata:
    return LazyLoadMetadata(url, num_retries, timeout)


class LazyLoadMetadata(dict[str, object]):
    """A directory of the metadata service: its names are listed at once, each value is
    read the first time it is asked for (a sub-directory is another LazyLoadMetadata; a
    JSON document is parsed; a value of several lines is a list of them)."""

    def __init__(self, url: str, num_retries: int, timeout: float | None = None) -> None:
        super().__init__()
        self._url = url
        self._num_retries = num_retries
        self._timeout = timeout
        self._leaves: dict[str, str] = {}
        self._dicts: list[str] = []
        listing = retry_url(url, num_retries=num_retries, timeout=timeout)
        for field in listing.split("\n") if listing else ():
            if field.endswith("/"):
                key = field[:-1]
                self._dicts.append(key)
            else:
                # `0=my-key` (public-keys/): the key's name, read from `0/openssh-key`.
                index, equals, name = field.partition("=")
                if equals and index:
                    key, resource = name, index + "/openssh-key"
                else:
                    key = resource = field
                self._leaves[key] = resource
            super().__setitem__(key, None)

    def _materialize(self) -> None:
        for key in list(self):
            self[key]

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)  # KeyError for a name the directory lacks
        if value is not None:
            return value
        if key in self._leaves:
            value = self._read_leaf(self._leaves[key])
        elif key in self._dicts:
            value = LazyLoadMetadata(self._url + key + "/", self._num_retries, self._timeout)
        self[key] = value
        return value

    def _read_leaf(self, resource: str) -> Any:
        from urllib.parse import quote

        import boto

        url = self._url + quote(resource, safe="/:")
        last_error: ValueError | None = None
        for attempt in range(self._num_retries):
            text = retry_url(url, num_retries=self._num_retries, timeout=self._timeout)
            if not text.startswith("{"):
                return text.split("\n") if text.find("\n") > 0 else text
            try:
                return json.loads(text)
            except ValueError as error:  # a truncated document: read it again
                boto.log.debug("corrupted JSON data found: %s", text)
                last_error = error
            if attempt + 1 != self._num_retries:
                time.sleep(_retry_delay(attempt, jitter=True))
        boto.log.error("Unable to read meta data, giving up")
        if last_error is None:
            raise ValueError("no metadata read from %s" % url)
        raise last_error

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def values(self) -> Any:
        self._materialize()
        return super().values()

    def items(self) -> Any:
        self._materialize()
        return super().items()

    def __str__(self) -> str:
        self._materialize()
        return super().__str__()

    def __repr__(self) -> str:
        self._materialize()
        return super().__repr__()


def get_instance_metadata(
    version: str = "latest",
    url: str = METADATA_URL,
    data: str = "meta-data/",
    timeout: float | None = None,
    num_retries: int = 5,
) -> LazyLoadMetadata | None:
    """The instance's metadata as a (lazily read) nested dict: `ami-id`, `hostname`,
    `public-keys`, `block-device-mapping`, ... None when the service cannot be reached."""
    import urllib.error

    try:
        return _get_instance_metadata(
            _build_instance_metadata_url(url, version, data), num_retries, timeout
        )
    except urllib.error.URLError:
        import boto

        boto.log.exception("Exception caught when trying to retrieve instance metadata")
        return None


def get_instance_identity(
    version: str = "latest",
    url: str = METADATA_URL,
    timeout: float | None = None,
    num_retries: int = 5,
) -> dict[str, Any] | None:
    """The instance identity (`document` parsed from JSON, `pkcs7`, `signature`, ...)."""
    import urllib.error

    base_url = _build_instance_metadata_url(url, version, "dynamic/instance-identity/")
    identity: dict[str, Any] = {}
    try:
        listing = retry_url(base_url, num_retries=num_retries, timeout=timeout)
        for field in listing.split("\n"):
            if not field:
                continue
            value: Any = retry_url(base_url + field, num_retries=num_retries, timeout=timeout)
            if value.startswith("{"):
                value = json.loads(value)
            identity[field] = value
    except urllib.error.URLError:
        return None
    return identity


def get_instance_userdata(
    version: str = "latest",
    sep: str | None = None,
    url: str = METADATA_URL,
    timeout: float | None = None,
    num_retries: int = 5,
) -> Any:
    """The instance's user data as text ('' when it has none); with `sep`, the
    `name=value` pairs it separates, as a dict."""
    user_data = retry_url(
        _build_instance_metadata_url(url, version, "user-data"),
        retry_on_404=False,
        num_retries=num_retries,
        timeout=timeout,
    )
    if user_data and sep:
        pairs: dict[str, str] = {}
        for pair in user_data.split(sep):
            name, _, value = pair.partition("=")
            pairs[name.strip()] = value.strip()
        return pairs
    return user_data


def setlocale(name: str) -> Any:
    """A context manager that sets the locale to `name` for its block (thread-safe)."""
    from contextlib import contextmanager

    @contextmanager
    def scope() -> Iterator[str]:
        import locale

        with LOCALE_LOCK:
            saved = locale.setlocale(locale.LC_ALL)
            try:
                yield locale.setlocale(locale.LC_ALL, name)
            finally:
                locale.setlocale(locale.LC_ALL, saved)

    return scope()


def get_ts(ts: time.struct_time | None = None) -> str:
    """`ts` (now by default), a UTC `time.struct_time`, as ISO 8601: 2013-06-01T12:00:00Z."""
    return time.strftime(ISO8601, ts or time.gmtime())


def parse_ts(ts: str) -> datetime.datetime:
    """A naive UTC datetime from ISO 8601 (with or without microseconds) or RFC 1123."""
    from datetime import datetime

    ts = ts.strip()
    for fmt in (ISO8601, ISO8601_MS):
        try:
            return datetime.strptime(ts, fmt)
        except ValueError:
            pass
    with setlocale("C"):  # day and month names in English
        return datetime.strptime(ts, RFC1123)


def mklist(value: Any) -> list[Any]:
    """`value` as a list: a list as is, a tuple's items, anything else alone."""
    if isinstance(value, list):
        return value
    if isinstance(value, tuple):
        return list(value)
    return [value]


def pythonize_name(name: str) -> str:
    """CamelCase -> camel_case: 'HTTPStatus200Ok' -> 'http_status_200_ok'."""
    name = _first_cap_regex.sub(r"\1_\2", name)
    name = _number_cap_regex.sub(r"\1_\2", name)
    return _end_cap_regex.sub(r"\1_\2", name).lower()


def guess_mime_type(content: str, deftype: str) -> str:
    """The MIME type cloud-init gives a part by its first characters, else `deftype`."""
    for prefix, mime_type in (
        ("#include", "text/x-include-url"),
        ("#!", "text/x-shellscript"),
        ("#cloud-config", "text/cloud-config"),
        ("#upstart-job", "text/upstart-job"),
        ("#part-handler", "text/part-handler"),
        ("#cloud-boothook", "text/cloud-boothook"),
    ):
        if content.startswith(prefix):
            return mime_type
    return deftype


def write_mime_multipart(
    content: Sequence[tuple[str, str]],
    compress: bool = False,
    deftype: str = "text/plain",
    delimiter: str = ":",
) -> str | bytes:
    """A MIME multipart document of the (file name, text) parts, in order, for cloud-init
    user data; each part typed by `guess_mime_type`. With `compress`, gzipped bytes."""
    from email import encoders
    from email.mime.base import MIMEBase
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    wrapper = MIMEMultipart()
    for name, text in content:
        maintype, subtype = guess_mime_type(text, deftype).split("/", 1)
        part: MIMEBase
        if maintype == "text":
            part = MIMEText(text, _subtype=subtype)
        else:
            part = MIMEBase(maintype, subtype)
            part.set_payload(text)
            encoders.encode_base64(part)
        part.add_header("Content-Disposition", "attachment", filename=name)
        wrapper.attach(part)
    document = wrapper.as_string()
    if compress:
        import gzip

        return gzip.compress(document.encode("utf-8"))
    return document
