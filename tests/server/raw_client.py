"""Raw EC2 Query requests, signed by botocore's own SigV4 signer, sent with http.client.

For what boto3's client will not send: missing parameters, unknown parameters, GET forms,
presigned URLs, garbage bodies. The signer is botocore's; nothing here re-implements SigV4.
"""

from __future__ import annotations

import http.client
import re
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from botocore.auth import SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

FORM = "application/x-www-form-urlencoded; charset=utf-8"


@dataclass
class Reply:
    status: int
    body: str
    headers: dict[str, str]

    @property
    def code(self) -> str | None:
        match = re.search(r"<Code>(.*?)</Code>", self.body)
        return match.group(1) if match else None

    @property
    def message(self) -> str | None:
        match = re.search(r"<Message>(.*?)</Message>", self.body)
        return match.group(1) if match else None


def send(
    endpoint: str, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
) -> Reply:
    parts = urlsplit(endpoint)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request(method, path, body=body or None, headers=headers or {})
        response = connection.getresponse()
        return Reply(
            response.status,
            response.read().decode("utf-8", "replace"),
            {k.lower(): v for k, v in response.getheaders()},
        )
    finally:
        connection.close()


def _prepared(request: AWSRequest) -> tuple[str, str, bytes, dict[str, str]]:
    prepared = request.prepare()
    parts = urlsplit(prepared.url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    body = prepared.body or b""
    if isinstance(body, str):
        body = body.encode()
    return prepared.method, path, body, dict(prepared.headers)


def signed(
    endpoint: str,
    params: dict[str, str],
    *,
    key: str,
    secret: str,
    region: str = "us-east-1",
    method: str = "POST",
    path: str = "/",
    token: str | None = None,
    service: str = "ec2",
    presign_expires: int | None = None,
    body: bytes | None = None,
) -> Reply:
    """Send `params` (Action, Version included by the caller) signed with SigV4."""
    credentials = Credentials(key, secret, token)
    if method == "POST":
        data = body if body is not None else urlencode(params).encode()
        request = AWSRequest(
            method="POST", url=endpoint + path, data=data, headers={"Content-Type": FORM}
        )
    else:
        request = AWSRequest(method=method, url=f"{endpoint}{path}?{urlencode(params)}")
    if presign_expires is not None:
        SigV4QueryAuth(credentials, service, region, expires=presign_expires).add_auth(request)
    else:
        SigV4Auth(credentials, service, region).add_auth(request)
    return send(endpoint, *_prepared(request))


def action(name: str, **params: str) -> dict[str, str]:
    return {"Action": name, "Version": "2016-11-15", **params}
