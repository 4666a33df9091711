"""VPCs and subnets: the default VPC, their documents, and private address allocation."""

from __future__ import annotations

import ipaddress

from .. import errors
from ..errors import invalid_parameter_value
from ..state.ids import derived_id, new_id
from ..state.store import Transaction
from . import catalogs
from .context import Context
from .instance_states import name_of
from .instances import all_instances
from .kinds import PRIVATE, SUBNET, VPC, private, with_private

DEFAULT_VPC_CIDR = "172.31.0.0/16"
DEFAULT_SUBNET_PREFIX = 20
RESERVED_PER_SUBNET = 5  # network, router, DNS, future use, broadcast
FIRST_HOST = 4  # .0-.3 are AWS's


def _vpc_document(
    tx: Transaction, cidr: str, is_default: bool, tags: list[dict], tenancy: str = "default"
) -> dict:
    return {
        "VpcId": new_id("vpc"),
        "OwnerId": tx.account,
        "InstanceTenancy": tenancy,
        "CidrBlock": cidr,
        "CidrBlockAssociationSet": [
            {
                "AssociationId": new_id("vpc-cidr-assoc"),
                "CidrBlock": cidr,
                "CidrBlockState": {"State": "associated"},
            }
        ],
        "Ipv6CidrBlockAssociationSet": [],
        "IsDefault": is_default,
        "State": "available",
        "DhcpOptionsId": "dopt-" + derived_id("x", tx.account, tx.region)[2:],
        "Tags": tags,
    }


def _subnet_document(
    tx: Transaction, vpc_id: str, cidr: str, zone: dict, default: bool, tags: list[dict]
) -> dict:
    subnet_id = new_id("subnet")
    size = ipaddress.ip_network(cidr).num_addresses
    return {
        "SubnetId": subnet_id,
        "SubnetArn": SUBNET.arn(tx, subnet_id),
        "VpcId": vpc_id,
        "OwnerId": tx.account,
        "CidrBlock": cidr,
        "AvailabilityZone": zone["ZoneName"],
        "AvailabilityZoneId": zone["ZoneId"],
        "AvailableIpAddressCount": size - RESERVED_PER_SUBNET,
        "DefaultForAz": default,
        "MapPublicIpOnLaunch": default,
        "MapCustomerOwnedIpOnLaunch": False,
        "AssignIpv6AddressOnCreation": False,
        "Ipv6CidrBlockAssociationSet": [],
        "Ipv6Native": False,
        "EnableDns64": False,
        "PrivateDnsNameOptionsOnLaunch": {
            "HostnameType": "ip-name",
            "EnableResourceNameDnsARecord": False,
            "EnableResourceNameDnsAAAARecord": False,
        },
        "State": "available",
        "Tags": tags,
        PRIVATE: {"next_host": FIRST_HOST - 1},  # the last host handed out
    }


def create_default_vpc(tx: Transaction) -> None:
    """The region's default VPC (172.31.0.0/16) with a default /20 subnet in each zone."""
    if any(vpc["IsDefault"] for vpc in VPC.every(tx)):
        return
    vpc = _vpc_document(tx, DEFAULT_VPC_CIDR, True, [])
    VPC.put(tx, vpc)
    blocks = ipaddress.ip_network(DEFAULT_VPC_CIDR).subnets(new_prefix=DEFAULT_SUBNET_PREFIX)
    for zone, block in zip(catalogs.zones(tx.region), blocks, strict=False):
        subnet = _subnet_document(tx, vpc["VpcId"], str(block), zone, True, [])
        SUBNET.put(tx, subnet)


def get_vpc(tx: Transaction, vpc_id: str) -> dict:
    return VPC.get(tx, vpc_id)


def get_subnet(tx: Transaction, subnet_id: str) -> dict:
    return SUBNET.get(tx, subnet_id)


def default_subnet(tx: Transaction, zone_name: str | None = None) -> dict | None:
    """A default subnet for a launch: in `zone_name`, or else the one with most room."""
    candidates = [s for s in SUBNET.every(tx) if s["DefaultForAz"]]
    if zone_name is not None:
        candidates = [s for s in candidates if s["AvailabilityZone"] == zone_name]
    return max(candidates, key=lambda s: s["AvailableIpAddressCount"], default=None)


def allocate_addresses(ctx: Context, subnet: dict, count: int) -> list[str]:
    """`count` unused private addresses of the subnet; stores the subnet's new counters."""
    network = ipaddress.IPv4Network(subnet["CidrBlock"])
    last_host = network.num_addresses - 2  # the broadcast address is reserved
    if subnet["AvailableIpAddressCount"] < count:
        raise errors.InsufficientFreeAddressesInSubnet(
            "There are not enough free addresses in subnet "
            f"'{subnet['SubnetId']}' to satisfy the requested number of instances.",
        )
    in_use = _addresses_in_use(ctx) if private(subnet).get("claimed") else None
    host = private(subnet)["next_host"]
    base = int(network.network_address)
    addresses: list[str] = []
    wrapped = False
    while len(addresses) < count:
        host += 1
        if host > last_host:  # wrapped around: from now on, skip addresses still in use
            if wrapped:
                raise errors.InsufficientFreeAddressesInSubnet(
                    f"There are not enough free addresses in subnet '{subnet['SubnetId']}'.",
                )
            wrapped = True
            host = FIRST_HOST - 1
            in_use = _addresses_in_use(ctx)
            continue
        address = str(ipaddress.IPv4Address(base + host))
        if in_use is None or address not in in_use:
            addresses.append(address)
    SUBNET.put(
        ctx.tx,
        {
            **with_private(subnet, next_host=host),
            "AvailableIpAddressCount": subnet["AvailableIpAddressCount"] - count,
        },
    )
    return addresses


def claim_address(ctx: Context, subnet: dict, address: str) -> None:
    """Take one specific address (`PrivateIpAddress`), or answer why it can't be had."""
    network = ipaddress.IPv4Network(subnet["CidrBlock"])
    try:
        wanted = ipaddress.IPv4Address(address)
    except ValueError:
        raise invalid_parameter_value(f"Invalid value '{address}' for privateIpAddress")
    offset = int(wanted) - int(network.network_address)
    if wanted not in network or offset < FIRST_HOST or offset > network.num_addresses - 2:
        raise invalid_parameter_value(
            f"Address {address} does not fall within the subnet's address range"
        )
    if address in _addresses_in_use(ctx):
        raise errors.InvalidIPAddressInUse(f"Address {address} is in use.")
    SUBNET.put(
        ctx.tx,
        {
            **with_private(subnet, claimed=True),
            "AvailableIpAddressCount": subnet["AvailableIpAddressCount"] - 1,
        },
    )


def _addresses_in_use(ctx: Context) -> set[str]:
    """The private addresses of instances not terminated (as they are now)."""
    return {
        i["PrivateIpAddress"]
        for i in all_instances(ctx)
        if i.get("PrivateIpAddress") and name_of(i) != "terminated"
    }


def release_address(tx: Transaction, subnet_id: str) -> None:
    subnet = SUBNET.stored(tx, subnet_id)
    if subnet is not None:
        SUBNET.put(
            tx,
            {
                **subnet,
                "AvailableIpAddressCount": subnet["AvailableIpAddressCount"] + 1,
            },
        )
