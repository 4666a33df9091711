"""Where a connection sends its requests: explicit host, region endpoint, or the
`AWS_ENDPOINT_URL_EC2` / `AWS_ENDPOINT_URL` environment variables (as boto3 honours them)."""

from __future__ import annotations

import os
from collections import namedtuple

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import NamedTuple

    class Endpoint(NamedTuple):
        host: str
        port: int
        is_secure: bool
        path: str

else:
    Endpoint = namedtuple("Endpoint", "host port is_secure path")


def parse_endpoint_url(url: str) -> Endpoint:
    """`http://127.0.0.1:5000/base` -> Endpoint('127.0.0.1', 5000, False, '/base')."""
    from urllib.parse import urlsplit

    parts = urlsplit(url if "://" in url else "https://" + url)
    is_secure = parts.scheme.lower() != "http"
    host = parts.hostname or ""
    port = parts.port or (443 if is_secure else 80)
    return Endpoint(host, port, is_secure, parts.path or "/")


def configured_endpoint_url(service: str) -> str | None:
    """The endpoint URL configured for `service` (e.g. `ec2`), in boto3's order:
    `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, then the profile in `~/.aws/config`
    (its `services` section, then its `endpoint_url`). None when
    `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` / `ignore_configured_endpoint_urls` is true."""
    from boto import sharedconfig

    ignore = os.environ.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
    if ignore is None:
        ignore = sharedconfig.profile_setting("ignore_configured_endpoint_urls")
    if (ignore or "").strip().lower() == "true":
        return None
    return (
        os.environ.get("AWS_ENDPOINT_URL_" + service.upper().replace("-", "_"))
        or os.environ.get("AWS_ENDPOINT_URL")
        or sharedconfig.service_endpoint_url(service)
    )


def default_region_name() -> str:
    """The region to sign for when the connection has none: `AWS_DEFAULT_REGION`,
    `AWS_REGION`, the profile's `region` in `~/.aws/config`, the boto config's
    `[Boto] ec2_region_name`, then `us-east-1`."""
    import boto
    from boto import sharedconfig

    return (
        os.environ.get("AWS_DEFAULT_REGION")
        or os.environ.get("AWS_REGION")
        or sharedconfig.profile_setting("region")
        or boto.config.get("Boto", "ec2_region_name")
        or "us-east-1"
    )
