"""What every (account, region) starts with, as in EC2: the default VPC with a default subnet
in each zone, and each VPC's default security group."""

from __future__ import annotations

from ..state.store import Transaction
from .networking.vpcs import create_default_vpc
from .security_groups.groups import create_default_groups


def new_partition(tx: Transaction) -> None:
    create_default_vpc(tx)
    create_default_groups(tx)
