"""The boto.vpc walk-through of tests/client (there against moto's server) against localec2:
a VPC with subnets, an internet gateway, a route table with routes and an association, a
network ACL with entries, DHCP options, an ENI with secondary addresses, a peering
connection, a VPN connection, an instance in a subnet, all torn down in dependency order."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "client"))
from test_vpc_walkthrough import test_walk_through as walk_through  # noqa: E402


def test_the_boto_vpc_walk_through_runs_against_localec2(vpc_conn):
    walk_through(vpc_conn)
