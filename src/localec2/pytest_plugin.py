"""pytest fixtures for testing EC2 code against localec2, found by pytest through the
`pytest11` entry point of the installed `boto-ec2` (or `-p localec2.pytest_plugin`).

One in-memory localec2 per session (per xdist worker), started by the first test that asks
for it; a suite that never does pays nothing: this module imports neither the server nor a
client at collection.

    localec2_session  the running `LocalEC2` (session scope; state kept between tests)
    localec2          the same, reset before the test: a fresh account (default VPC, its
                      subnets and security group, no instances); `.endpoint_url`, `.region`,
                      `.access_key_id`, `.secret_access_key`, `.account_id`,
                      `.environment()`, `.create_account()`
    localec2_env      its `AWS_*` variables set for the test (code that builds its own
                      clients: `boto3.client("ec2")`, `boto.connect_ec2()`); returns them
    localec2_boto3    boto3's EC2 client for it (the test is skipped without boto3)
    localec2_boto     boto's `EC2Connection` for it

The region is `--localec2-region`, else the `localec2_region` ini option, else us-east-1.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from boto.ec2.connection import EC2Connection

    from .embedded import LocalEC2

DEFAULT_REGION = "us-east-1"


def pytest_addoption(parser: pytest.Parser) -> None:
    help_text = f"the region of localec2's fixtures (default: {DEFAULT_REGION})"
    group = parser.getgroup("localec2", "a local EC2 endpoint (localec2)")
    group.addoption("--localec2-region", metavar="REGION", help=help_text)
    parser.addini("localec2_region", help_text, default=DEFAULT_REGION)


def region(config: pytest.Config) -> str:
    option: str | None = config.getoption("localec2_region")
    return option or str(config.getini("localec2_region"))


@pytest.fixture(scope="session")
def localec2_session(pytestconfig: pytest.Config) -> Iterator[LocalEC2]:
    """The session's localec2 (in memory), started on first use."""
    from .embedded import LocalEC2

    with LocalEC2(in_memory=True, region=region(pytestconfig)) as server:
        yield server


@pytest.fixture
def localec2(localec2_session: LocalEC2) -> LocalEC2:
    """The session's localec2, emptied before the test (accounts and keys stay)."""
    localec2_session.reset()
    return localec2_session


@pytest.fixture
def localec2_env(localec2: LocalEC2, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """localec2's endpoint, region and key in `AWS_*` variables for the test."""
    environment = localec2.environment()
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return environment


@pytest.fixture
def localec2_boto3(localec2: LocalEC2) -> Any:
    """boto3's EC2 client for localec2 (skips the test when boto3 is not installed)."""
    boto3 = pytest.importorskip("boto3", reason="localec2_boto3 needs boto3: pip install boto3")
    return boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )


@pytest.fixture
def localec2_boto(localec2: LocalEC2) -> EC2Connection:
    """boto's `EC2Connection` for localec2."""
    from boto.ec2.connection import EC2Connection
    from boto.regioninfo import RegionInfo

    return EC2Connection(
        localec2.access_key_id,
        localec2.secret_access_key,
        is_secure=False,
        host=localec2.host,
        port=localec2.port,
        region=RegionInfo(name=localec2.region, endpoint=localec2.host),
    )
