"""AWS Signature Version 4 verification for EC2 and STS requests (header and presigned forms).

The request is canonicalized as the SigV4 specification describes, the string to sign is
signed with the secret of the key named in the credential scope, and the signatures are
compared in constant time. The region comes from the scope; so does the service, which
picks the front that answers (`requested_service`). A temporary key (STS's) also needs its
session token, sent as `X-Amz-Security-Token` (header or parameter), and is refused once
expired, in the words of the service asked.
"""

from __future__ import annotations

import hashlib
import hmac
import posixpath
import re
import time
from calendar import timegm
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import quote, unquote

from .. import errors
from ..errors import EC2Error
from .request import HttpRequest

ALGORITHM = "AWS4-HMAC-SHA256"
SERVICES = ("ec2", "sts")
MAX_SKEW_SECONDS = 300
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
# The form of every AWS region name: us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ...
_REGION = re.compile(r"[a-z]{2}(-[a-z]+)+-\d{1,2}")

_SCOPED_SERVICE = re.compile(r"Credential=[^/,\s]*/[^/,\s]*/[^/,\s]*/([^/,\s]*)/")


@dataclass(frozen=True)
class StoredKey:
    """What the store knows of an access key."""

    secret: str
    account_id: str
    session_token: str | None = None  # temporary keys only, as their expiry and principal
    expires: float | None = None
    principal: Mapping[str, str] | None = None


# access key id -> the key, or None for a key nobody created
KeyLookup = Callable[[str], StoredKey | None]


@dataclass(frozen=True)
class Identity:
    account_id: str
    access_key_id: str
    region: str
    principal: Mapping[str, str] | None = None  # a temporary key's (None: the account's own)


def requested_service(request: HttpRequest) -> str:
    """The service the request's credential scope names, if localec2 answers it; else ec2."""
    credential = request.headers.get("authorization") or request.query
    found = _SCOPED_SERVICE.search(unquote(credential))  # also X-Amz-Credential=
    service = found.group(1) if found else "ec2"
    return service if service in SERVICES else "ec2"


@dataclass(frozen=True)
class _Signed:
    access_key_id: str
    date: str  # yyyymmdd of the scope
    region: str
    service: str
    signed_headers: list[str]
    signature: str
    amz_date: str  # yyyymmddThhmmssZ
    expires: int | None  # presigned URLs only
    presigned: bool


def auth_failure() -> EC2Error:
    return errors.AuthFailure("AWS was not able to validate the provided access credentials")


@dataclass(frozen=True)
class _Refusals:
    """How a service refuses an unknown key (or a wrong session token) and an expired one."""

    unknown: Callable[[], EC2Error]
    expired: Callable[[], EC2Error]


_REFUSALS = {
    # EC2 answers expired temporary credentials as it answers an expired request.
    "ec2": _Refusals(auth_failure, lambda: errors.RequestExpired("Request has expired.")),
    "sts": _Refusals(
        lambda: errors.InvalidClientTokenId(
            "The security token included in the request is invalid."
        ),
        lambda: errors.ExpiredToken("The security token included in the request is expired"),
    ),
}


def _missing_token() -> EC2Error:
    return errors.MissingAuthenticationToken("Request is missing Authentication Token")


def _incomplete(message: str) -> EC2Error:
    return errors.IncompleteSignature(message)


def _mismatch(message: str | None = None) -> EC2Error:
    return errors.SignatureDoesNotMatch(
        message
        or "The request signature we calculated does not match the signature you provided. "
        "Check your AWS Secret Access Key and signing method. Consult the service "
        "documentation for details."
    )


def _query_pairs(query: str) -> list[tuple[str, str]]:
    """The query string's pairs, percent-decoded but with `+` kept (SigV4 semantics)."""
    pairs = []
    for part in query.split("&"):
        if not part:
            continue
        key, _, value = part.partition("=")
        pairs.append((unquote(key), unquote(value)))
    return pairs


def _parse_credential(credential: str) -> tuple[str, str, str, str]:
    parts = credential.split("/")
    if len(parts) != 5 or parts[4] != "aws4_request" or not parts[0]:
        raise _incomplete(f"Credential should be scoped to a valid region, not '{credential}'.")
    if not _REGION.fullmatch(parts[2]):
        raise _mismatch(f"Credential should be scoped to a valid region, not '{parts[2]}'. ")
    return parts[0], parts[1], parts[2], parts[3]


def _from_header(authorization: str, headers: dict[str, str]) -> _Signed:
    algorithm, _, rest = authorization.strip().partition(" ")
    if algorithm != ALGORITHM:
        raise _incomplete(f"Unsupported authorization type: {algorithm[:40]}")
    fields = {}
    for item in rest.split(","):
        name, _, value = item.strip().partition("=")
        fields[name] = value
    for required in ("Credential", "SignedHeaders", "Signature"):
        if not fields.get(required):
            raise _incomplete(f"Authorization header requires '{required}' parameter.")
    amz_date = headers.get("x-amz-date") or _amz_date_from_http_date(headers.get("date", ""))
    if not amz_date:
        raise _incomplete(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
        )
    key, date, region, service = _parse_credential(fields["Credential"])
    return _Signed(
        key,
        date,
        region,
        service,
        fields["SignedHeaders"].split(";"),
        fields["Signature"],
        amz_date,
        None,
        False,
    )


def _from_query(params: dict[str, str]) -> _Signed:
    if params.get("X-Amz-Algorithm") != ALGORITHM:
        raise _incomplete("Unsupported X-Amz-Algorithm.")
    for required in ("X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature", "X-Amz-Date"):
        if not params.get(required):
            raise _incomplete(f"AWS query-string parameters must include '{required}'.")
    expires = params.get("X-Amz-Expires")
    if expires is not None and not (expires.isascii() and expires.isdigit()):
        raise _incomplete("X-Amz-Expires must be a number of seconds.")
    key, date, region, service = _parse_credential(params["X-Amz-Credential"])
    return _Signed(
        key,
        date,
        region,
        service,
        params["X-Amz-SignedHeaders"].split(";"),
        params["X-Amz-Signature"],
        params["X-Amz-Date"],
        int(expires) if expires is not None else None,
        True,
    )


def _amz_date_from_http_date(value: str) -> str:
    if not value:
        return ""
    try:
        return parsedate_to_datetime(value).strftime("%Y%m%dT%H%M%SZ")
    except (TypeError, ValueError):
        return ""


_AMZ_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z")


def _epoch(amz_date: str) -> float:
    """Seconds since the epoch of a `yyyymmddThhmmssZ` date (strptime is slow per request)."""
    match = _AMZ_DATE.fullmatch(amz_date)
    try:
        if match is None:
            raise ValueError(amz_date)
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        datetime(year, month, day, hour, minute, second)  # rejects month 13, day 32, ...
    except ValueError:
        raise _incomplete(f"Invalid X-Amz-Date: {amz_date[:40]}")
    return float(timegm((year, month, day, hour, minute, second, 0, 0, 0)))


def _canonical_uri(path: str) -> str:
    normalized = posixpath.normpath(path or "/")
    if normalized.startswith("//"):
        normalized = "/" + normalized.lstrip("/")
    if path.endswith("/") and normalized != "/":
        normalized += "/"
    return quote(normalized, safe="/~")


def _canonical_query(pairs: list[tuple[str, str]]) -> str:
    encoded = sorted((quote(k, safe="-_.~"), quote(v, safe="-_.~")) for k, v in pairs)
    return "&".join(f"{k}={v}" for k, v in encoded)


def _canonical_headers(request: HttpRequest, names: list[str]) -> str:
    lines = []
    for name in names:
        value = request.headers.get(name, "")
        lines.append(f"{name}:{' '.join(value.split())}\n")
    return "".join(lines)


_signing_keys: dict[tuple[str, str, str, str], bytes] = {}


def _signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    cache_key = (secret, date, region, service)
    key = _signing_keys.get(cache_key)
    if key is None:
        key = ("AWS4" + secret).encode()
        for part in (date, region, service, "aws4_request"):
            key = hmac.new(key, part.encode(), hashlib.sha256).digest()
        if len(_signing_keys) > 1024:
            _signing_keys.clear()
        _signing_keys[cache_key] = key
    return key


def _signature(secret: str, signed: _Signed, canonical_request: str) -> str:
    scope = f"{signed.date}/{signed.region}/{signed.service}/aws4_request"
    to_sign = "\n".join(
        (ALGORITHM, signed.amz_date, scope, hashlib.sha256(canonical_request.encode()).hexdigest())
    )
    key = _signing_key(secret, signed.date, signed.region, signed.service)
    return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


def _payload_hashes(request: HttpRequest, signed: _Signed) -> list[str]:
    """The payload hashes a correct client may have signed with."""
    actual = hashlib.sha256(request.body).hexdigest()
    declared = request.headers.get("x-amz-content-sha256")
    if declared is not None and not signed.presigned:
        if declared not in (actual, UNSIGNED_PAYLOAD):
            raise _mismatch(
                "The provided 'x-amz-content-sha256' header does not match what was computed."
            )
        return [declared]
    return [actual, UNSIGNED_PAYLOAD] if signed.presigned else [actual]


def _verify_signature(request: HttpRequest, signed: _Signed, secret: str) -> None:
    pairs = _query_pairs(request.query)
    if signed.presigned:
        pairs = [(k, v) for k, v in pairs if k != "X-Amz-Signature"]
    head = "\n".join(
        (
            request.method,
            _canonical_uri(request.path),
            _canonical_query(pairs),
            _canonical_headers(request, signed.signed_headers),
            ";".join(signed.signed_headers),
        )
    )
    for payload_hash in _payload_hashes(request, signed):
        expected = _signature(secret, signed, f"{head}\n{payload_hash}")
        if hmac.compare_digest(expected, signed.signature):
            return
    raise _mismatch()


def _check_time(signed: _Signed, now: float) -> None:
    if signed.amz_date[:8] != signed.date:
        raise _mismatch(
            f"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
            f"from HTTP: '{signed.date}' != '{signed.amz_date[:8]}'"
        )
    moment = _epoch(signed.amz_date)
    if signed.expires is not None:
        if now > moment + signed.expires or moment - now > MAX_SKEW_SECONDS:
            raise errors.RequestExpired("Request has expired.")
    elif abs(now - moment) > MAX_SKEW_SECONDS:
        raise errors.RequestExpired("Request has expired.")


def _check_session(request: HttpRequest, key: StoredKey, refusals: _Refusals, now: float) -> None:
    """A temporary key's token must be sent and match; and the key must not have expired."""
    if key.session_token is None:
        return
    sent = request.headers.get("x-amz-security-token")
    if sent is None:
        sent = dict(request.form()).get("X-Amz-Security-Token")
    if sent is None or not hmac.compare_digest(sent.encode(), key.session_token.encode()):
        raise refusals.unknown()
    if key.expires is not None and now >= key.expires:
        raise refusals.expired()


def authenticate(
    request: HttpRequest,
    lookup: KeyLookup,
    allow_any_credentials: bool = False,
    derive_account: Callable[[str], str] | None = None,
    now: float | None = None,
    service: str = "ec2",
) -> Identity:
    """Verify the request's SigV4 signature for `service`; the identity it carries.

    With `allow_any_credentials`, a key nobody created is accepted without checking its
    signature and belongs to the account `derive_account(key)`; known keys are still checked.
    """
    authorization = request.headers.get("authorization")
    if authorization:
        signed = _from_header(authorization, request.headers)
    else:
        params = dict(_query_pairs(request.query))
        if "X-Amz-Signature" not in params and "X-Amz-Credential" not in params:
            raise _missing_token()
        signed = _from_query(params)
    if signed.service != service:
        raise _mismatch(f"Credential should be scoped to correct service: '{service}'. ")
    refusals = _REFUSALS[service]
    moment = time.time() if now is None else now
    found = lookup(signed.access_key_id)
    if found is None:
        if not allow_any_credentials or derive_account is None:
            raise refusals.unknown()
        _check_time(signed, moment)
        return Identity(derive_account(signed.access_key_id), signed.access_key_id, signed.region)
    _check_session(request, found, refusals, moment)
    _check_time(signed, moment)
    _verify_signature(request, signed, found.secret)
    return Identity(found.account_id, signed.access_key_id, signed.region, found.principal)
