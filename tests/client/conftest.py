"""Fixtures of the EC2 tests against moto's server (a module may override `conn` or
`instance` where it needs another connection or placement)."""

from __future__ import annotations

from pathlib import Path

import pytest
from boto2_support import boto2_python as find_boto2_python
from ec2_support import ZONE, connect, x86_image_id


@pytest.fixture(scope="session")
def boto2_python() -> Path:
    """The interpreter of a venv with boto 2.49 (the reference), made on first use."""
    python = find_boto2_python()
    if python is None:
        pytest.skip("no Python 3.11 on this machine: boto 2.49 runs on nothing newer")
    return python


@pytest.fixture
def conn(moto_endpoint):
    return connect(moto_endpoint)


@pytest.fixture
def instance(conn):
    return conn.run_instances(x86_image_id(conn)).instances[0]


@pytest.fixture
def volume(conn):
    return conn.create_volume(8, ZONE)
