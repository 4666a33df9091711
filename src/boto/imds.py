"""IMDSv2: role credentials from the EC2 instance metadata service.

One attempt with short timeouts, so a machine without a metadata service gives up quickly.
`AWS_EC2_METADATA_DISABLED=true` turns it off; `AWS_EC2_METADATA_SERVICE_ENDPOINT` points it
elsewhere.
"""

from __future__ import annotations

import os
from collections import namedtuple

from boto.auth import Credentials

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import NamedTuple

DEFAULT_ENDPOINT = "http://169.254.169.254"
TIMEOUT_SECONDS = 0.3
TOKEN_TTL_SECONDS = "21600"
CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/"


if TYPE_CHECKING:

    class RoleCredentials(NamedTuple):
        credentials: Credentials
        expiration: datetime | None

else:
    RoleCredentials = namedtuple("RoleCredentials", "credentials expiration")


def is_disabled() -> bool:
    return os.environ.get("AWS_EC2_METADATA_DISABLED", "").strip().lower() == "true"


def endpoint() -> str:
    return os.environ.get("AWS_EC2_METADATA_SERVICE_ENDPOINT") or DEFAULT_ENDPOINT


def _request(method: str, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
    import http.client
    from urllib.parse import urlsplit

    url = urlsplit(endpoint())
    cls = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    # A host-less endpoint (e.g. one without `http://`) fails inside http.client, as ever.
    conn = cls(url.hostname, url.port, timeout=TIMEOUT_SECONDS)  # type: ignore[arg-type]
    try:
        conn.request(method, url.path.rstrip("/") + path, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _session_token() -> str | None:
    """An IMDSv2 token, or None where the service only speaks IMDSv1."""
    status, body = _request(
        "PUT", "/latest/api/token", {"X-aws-ec2-metadata-token-ttl-seconds": TOKEN_TTL_SECONDS}
    )
    if status == 200:
        return body.decode()
    if status in (403, 404, 405):
        return None
    raise OSError("metadata token request failed with HTTP %d" % status)


def _parse_expiration(value: str | None) -> datetime | None:
    if not value:
        return None
    from datetime import datetime

    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def fetch_role_credentials() -> RoleCredentials | None:
    """The instance role's credentials, or None when there is no reachable service or role."""
    if is_disabled():
        return None
    import http.client
    import json

    try:
        token = _session_token()
        headers = {"X-aws-ec2-metadata-token": token} if token else {}
        status, body = _request("GET", CREDENTIALS_PATH, headers)
        roles = body.decode().split() if status == 200 else []
        if not roles:
            return None
        status, body = _request("GET", CREDENTIALS_PATH + roles[0], headers)
        if status != 200:
            return None
        document = json.loads(body)
        credentials = Credentials(
            document["AccessKeyId"], document["SecretAccessKey"], document.get("Token")
        )
        return RoleCredentials(credentials, _parse_expiration(document.get("Expiration")))
    except (OSError, ValueError, KeyError, http.client.HTTPException):
        return None
