"""Fixtures of the EC2 tests against moto's server (a module may override `conn` or
`instance` where it needs another connection or placement)."""

from __future__ import annotations

import pytest
from ec2_support import ZONE, connect, x86_image_id


@pytest.fixture
def conn(moto_endpoint):
    return connect(moto_endpoint)


@pytest.fixture
def instance(conn):
    return conn.run_instances(x86_image_id(conn)).instances[0]


@pytest.fixture
def volume(conn):
    return conn.create_volume(8, ZONE)
