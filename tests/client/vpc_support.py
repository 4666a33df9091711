"""Helpers shared by the `test_vpc_*` modules: a VPCConnection to moto's server."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from boto.exception import EC2ResponseError
from boto.vpc import VPCConnection

KEY = "testing"
ZONE = "us-east-1a"


def connect_vpc(endpoint_url: str) -> VPCConnection:
    parts = urlsplit(endpoint_url)
    return VPCConnection(
        aws_access_key_id=KEY,
        aws_secret_access_key=KEY,
        host=parts.hostname,
        port=parts.port,
        is_secure=False,
    )


def raises_ec2(code: str, status: int = 400):
    """Run the block expecting EC2ResponseError `code` with `status` (and a request id)."""
    return _Raises(code, status)


class _Raises:
    def __init__(self, code: str, status: int) -> None:
        self.code = code
        self.status = status
        self._context = pytest.raises(EC2ResponseError)

    def __enter__(self):
        self.info = self._context.__enter__()
        return self.info

    def __exit__(self, *exc_info):
        handled = self._context.__exit__(*exc_info)
        error = self.info.value
        assert (error.status, error.error_code) == (self.status, self.code), (
            error.status,
            error.error_code,
            error.body,
        )
        return handled
