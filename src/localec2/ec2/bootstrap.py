"""What every (account, region) starts with, as in EC2: the default VPC with a default subnet
in each zone, and each VPC's own parts (`networking.vpc_defaults`).

The store runs `new_partition` in a new partition, and again in one bootstrapped by an older
`VERSION` (raise it when a VPC gains a part of its own): so it only adds what is missing.
"""

from __future__ import annotations

from ..state.store import Transaction
from .kinds import VPC
from .networking.vpc_defaults import ensure_defaults
from .networking.vpcs import create_default_vpc

VERSION = 2


def new_partition(tx: Transaction) -> None:
    create_default_vpc(tx)
    for vpc in VPC.every(tx):
        ensure_defaults(tx, vpc)
