"""Where a connection sends its requests: explicit host, region endpoint, or the
`AWS_ENDPOINT_URL_EC2` / `AWS_ENDPOINT_URL` environment variables (as boto3 honours them)."""

from __future__ import annotations

import os
from collections import namedtuple

Endpoint = namedtuple("Endpoint", "host port is_secure path")


def parse_endpoint_url(url: str) -> Endpoint:
    """`http://127.0.0.1:5000/base` -> Endpoint('127.0.0.1', 5000, False, '/base')."""
    from urllib.parse import urlsplit

    parts = urlsplit(url if "://" in url else "https://" + url)
    is_secure = parts.scheme.lower() != "http"
    host = parts.hostname or ""
    port = parts.port or (443 if is_secure else 80)
    return Endpoint(host, port, is_secure, parts.path or "/")


def configured_endpoint_url(service_env_suffix: str) -> str | None:
    """The endpoint URL set in the environment for a service (e.g. suffix `EC2`), if any."""
    if os.environ.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "").lower() == "true":
        return None
    return (
        os.environ.get("AWS_ENDPOINT_URL_" + service_env_suffix)
        or os.environ.get("AWS_ENDPOINT_URL")
        or None
    )


def default_region_name() -> str:
    """The region to sign for when the connection has none: environment, boto config,
    then `us-east-1`."""
    import boto

    return (
        os.environ.get("AWS_DEFAULT_REGION")
        or os.environ.get("AWS_REGION")
        or boto.config.get("Boto", "ec2_region_name")
        or "us-east-1"
    )
