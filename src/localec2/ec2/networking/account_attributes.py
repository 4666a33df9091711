"""DescribeAccountAttributes: what the account's EC2 supports and its quotas in the region.

EC2's documentation lists six attributes: `supported-platforms` (only `VPC` since EC2-Classic
was retired), `default-vpc` (its id, or `none`), `max-instances` (no longer the account's
real vCPU-based limit, EC2 says; 20, its old default), `max-elastic-ips` and
`vpc-max-elastic-ips` (the Elastic IP quota, 5 here as in EC2), and
`vpc-max-security-groups-per-interface` (5, EC2's default).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...protocol import shapes
from ...state.store import Transaction
from .addresses import ADDRESS_LIMIT
from .vpcs import default_vpc

MAX_INSTANCES = 20
GROUPS_PER_INTERFACE = 5


def _default_vpc(tx: Transaction) -> list[str]:
    vpc = default_vpc(tx)
    return [vpc["VpcId"] if vpc is not None else "none"]


# attribute name -> its values, in the order EC2 lists them
_ATTRIBUTES: dict[str, Callable[[Transaction], list[str]]] = {
    "supported-platforms": lambda tx: ["VPC"],
    "vpc-max-security-groups-per-interface": lambda tx: [str(GROUPS_PER_INTERFACE)],
    "max-elastic-ips": lambda tx: [str(ADDRESS_LIMIT)],
    "max-instances": lambda tx: [str(MAX_INSTANCES)],
    "vpc-max-elastic-ips": lambda tx: [str(ADDRESS_LIMIT)],
    "default-vpc": _default_vpc,
}


def account_attributes(tx: Transaction, names: Sequence[str]) -> list[shapes.AccountAttribute]:
    """The attributes named (each once, in the order asked), else all of them."""
    wanted = list(dict.fromkeys(names)) if names else list(_ATTRIBUTES)
    return [
        {
            "AttributeName": name,
            "AttributeValues": [{"AttributeValue": value} for value in _ATTRIBUTES[name](tx)],
        }
        for name in wanted
    ]
