"""`boto` pointed at the session's localec2."""

from __future__ import annotations

import pytest

import boto
import boto.vpc


@pytest.fixture
def conn(localec2_env):
    """`boto.connect_ec2()` with no arguments, configured as `eval "$(localec2 env)"` does."""
    return boto.connect_ec2()


@pytest.fixture
def vpc_conn(localec2):
    """`boto.vpc.connect_to_region()` with localec2 as its host."""
    host, port = localec2.endpoint_url.removeprefix("http://").rsplit(":", 1)
    return boto.vpc.connect_to_region(
        localec2.region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
        is_secure=False,
        host=host,
        port=int(port),
    )
