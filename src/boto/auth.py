"""AWS Signature Version 4, as a pure function.

`sign()` takes everything a signature depends on (including the clock) and returns the
headers to add to the request, so it can be checked alone against AWS's published vectors
and against botocore's signer.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Mapping

ALGORITHM = "AWS4-HMAC-SHA256"

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import NamedTuple

    class _Credentials(NamedTuple):
        access_key: str
        secret_key: str
        token: str | None = None

    class _Signature(NamedTuple):
        canonical_request: str
        string_to_sign: str
        authorization: str
        headers: dict[str, str]

else:
    _Credentials = namedtuple("Credentials", "access_key secret_key token", defaults=(None,))
    _Signature = namedtuple("Signature", "canonical_request string_to_sign authorization headers")

Pairs = Iterable[tuple[str, str]]


class Credentials(_Credentials):
    """An access key, its secret and an optional session token."""

    __slots__ = ()


class Signature(_Signature):
    """Every intermediate of one signature (handy for tests), and the headers to add."""

    __slots__ = ()


def _pairs(items: Mapping[str, str] | Pairs | None) -> list[tuple[str, str]]:
    if items is None:
        return []
    if isinstance(items, Mapping):
        return list(items.items())
    return list(items)


def _uri_encode(value: str, safe: str = "-_.~") -> str:
    from urllib.parse import quote

    return quote(value, safe=safe)


def normalize_path(path: str) -> str:
    """Remove `.`/`..` segments and empty segments (RFC 3986), keeping a trailing slash."""
    if not path:
        return "/"
    segments: list[str] = []
    for segment in path.split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if segments:
                segments.pop()
            continue
        segments.append(segment)
    normalized = "/" + "/".join(segments)
    if path.endswith("/") and normalized != "/":
        normalized += "/"
    return normalized


def canonical_query_string(params: Mapping[str, str] | Pairs | None) -> str:
    encoded = sorted(
        (_uri_encode(str(key)), _uri_encode(str(value))) for key, value in _pairs(params)
    )
    return "&".join("%s=%s" % pair for pair in encoded)


def canonical_headers(headers: Pairs) -> tuple[str, str]:
    """(canonical header block, signed header list). Repeated headers are joined by commas;
    values are trimmed and inner runs of spaces collapsed."""
    merged: dict[str, list[str]] = {}
    for name, value in headers:
        merged.setdefault(name.strip().lower(), []).append(" ".join(str(value).split()))
    names = sorted(merged)
    block = "".join("%s:%s\n" % (name, ",".join(merged[name])) for name in names)
    return block, ";".join(names)


def _hmac(key: bytes, message: str) -> bytes:
    import hashlib
    import hmac

    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def signing_key(secret_key: str, date: str, region: str, service: str) -> bytes:
    key = _hmac(("AWS4" + secret_key).encode("utf-8"), date)
    key = _hmac(key, region)
    key = _hmac(key, service)
    return _hmac(key, "aws4_request")


def amz_date(now: datetime) -> str:
    from datetime import UTC

    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def sign(
    method: str,
    host: str,
    path: str,
    query_params: Mapping[str, str] | Pairs | None,
    headers: Mapping[str, str] | Pairs | None,
    body: bytes,
    credentials: Credentials,
    region: str,
    service: str,
    now: datetime,
) -> Signature:
    """Sign one request. `path` is the unencoded path; `host` is the Host header value
    (with the port when it is not the scheme's default). The returned `headers` are the
    ones to add: `X-Amz-Date`, `X-Amz-Security-Token` (with a session token) and
    `Authorization`. Every given header is signed, plus `host`."""
    import hashlib
    import hmac

    timestamp = amz_date(now)
    added = {"X-Amz-Date": timestamp}
    if credentials.token:
        added["X-Amz-Security-Token"] = credentials.token
    given = _pairs(headers)
    if not any(name.lower() == "host" for name, _ in given):
        given.append(("host", host))
    header_block, signed_headers = canonical_headers(given + list(added.items()))
    canonical_request = "\n".join(
        [
            method.upper(),
            _uri_encode(normalize_path(path), safe="/-_.~"),
            canonical_query_string(query_params),
            header_block,
            signed_headers,
            hashlib.sha256(body).hexdigest(),
        ]
    )
    scope = "%s/%s/%s/aws4_request" % (timestamp[:8], region, service)
    string_to_sign = "\n".join(
        [ALGORITHM, timestamp, scope, hashlib.sha256(canonical_request.encode()).hexdigest()]
    )
    key = signing_key(credentials.secret_key, timestamp[:8], region, service)
    signature = hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    authorization = "%s Credential=%s/%s, SignedHeaders=%s, Signature=%s" % (
        ALGORITHM,
        credentials.access_key,
        scope,
        signed_headers,
        signature,
    )
    added["Authorization"] = authorization
    return Signature(canonical_request, string_to_sign, authorization, added)
