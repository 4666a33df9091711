"""Helpers shared by the EBS tests: a localec2 whose clock moves slowly, clients for it."""

from __future__ import annotations

import time

import boto3

from localec2.embedded import LocalEC2


def client_for(server: LocalEC2, account: dict | None = None, region: str = ""):
    """boto3's EC2 client for `server`, as its default account or `account`."""
    return boto3.client(
        "ec2",
        endpoint_url=server.endpoint_url,
        region_name=region or server.region,
        aws_access_key_id=(account or {}).get("access_key_id", server.access_key_id),
        aws_secret_access_key=(account or {}).get("secret_access_key", server.secret_access_key),
    )


def states_until(read, final: str, attempts: int = 400) -> list[str]:
    """Poll `read()` until it answers `final`; the distinct states seen, in order."""
    seen: list[str] = []
    for _ in range(attempts):
        state = read()
        if not seen or seen[-1] != state:
            seen.append(state)
        if state == final:
            return seen
        time.sleep(0.05)
    raise AssertionError(f"never reached {final}: {seen}")
