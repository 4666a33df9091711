"""Describing one resource by its id, with 10 and with 10,000 others of its kind present:
localec2 and moto's server side by side in one run.

A Describe by id should cost about the same however many resources exist. For instances
and security groups, each server first holds 10 of them, then 10,000; each time one
resource (the first made) is described by id, one thread, with signed raw Query requests
over a kept-alive connection (see `server.py`: the client side costs the same for both).

    .venv-3.11/bin/python benchmarks/describe_by_id.py [--requests N] [--large N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from server import RawClient, Server, measure, populate, start_localec2, start_moto, x86_image

Grow = Callable[[Server, int], str]  # make the kind's resources up to a count; the first's id


def grow_instances(server: Server, count: int) -> str:
    populate(server, x86_image(server), count)
    first = server.client().describe_instances(MaxResults=5)["Reservations"][0]
    return str(first["Instances"][0]["InstanceId"])


def grow_groups(server: Server, count: int) -> str:
    client = server.client()
    existing = client.describe_security_groups()["SecurityGroups"]
    raw = RawClient(server)
    for n in range(len(existing), count):
        raw.call("CreateSecurityGroup", GroupName=f"bench-{n}", GroupDescription="benchmark")
    return str(client.describe_security_groups()["SecurityGroups"][0]["GroupId"])


KINDS: dict[str, tuple[str, str, Grow]] = {
    "instance": ("DescribeInstances", "InstanceId.1", grow_instances),
    "security group": ("DescribeSecurityGroups", "GroupId.1", grow_groups),
}


def by_id(action: str, key: str, resource_id: str) -> Callable[[RawClient, int], None]:
    def work(client: RawClient, _: int) -> None:
        body = client.call(action, **{key: resource_id})
        if resource_id.encode() not in body:
            raise RuntimeError(f"{client.server.name}: {action} did not answer {resource_id}")

    return work


def main() -> int:
    options = argparse.ArgumentParser()
    options.add_argument("--requests", type=int, default=300, help="timed requests per case")
    options.add_argument("--large", type=int, default=10_000, help="resources in the large case")
    args = options.parse_args()
    sizes = (10, args.large)
    servers = [start_localec2(), start_moto()]
    rows = []
    try:
        for kind, (action, key, grow) in KINDS.items():
            rates: dict[tuple[str, int], float] = {}
            for size in sizes:
                for server in servers:
                    resource_id = grow(server, size)
                    work = by_id(action, key, resource_id)
                    measure(server, work, 1, 20)  # warm-up
                    rates[(server.name, size)] = measure(server, work, 1, args.requests)
                    print(
                        f"{action} by id, {size} {kind}s: {server.name} "
                        f"{rates[(server.name, size)]:.1f} req/s",
                        file=sys.stderr,
                    )
            rows.append((kind, action, rates))
    finally:
        for server in servers:
            server.stop()
    small, large = sizes
    print(
        f"| Describe by id (req/s) | localec2 {small} | localec2 {large} | localec2 "
        f"{large}/{small} | moto {small} | moto {large} | moto {large}/{small} | "
        f"localec2/moto at {large} |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind, action, rates in rows:
        ours = rates[("localec2", small)], rates[("localec2", large)]
        theirs = rates[("moto", small)], rates[("moto", large)]
        print(
            f"| {action} ({kind}) | {ours[0]:.1f} | {ours[1]:.1f} | {ours[1] / ours[0]:.2f} | "
            f"{theirs[0]:.1f} | {theirs[1]:.1f} | {theirs[1] / theirs[0]:.2f} | "
            f"{ours[1] / theirs[1]:.1f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
