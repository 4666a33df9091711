"""Amazon-provided IPv6 blocks: a VPC's /56 from a stable pool per region (CreateVpc and
AssociateVpcCidrBlock with `AmazonProvidedIpv6CidrBlock`)."""

from __future__ import annotations

import hashlib
import ipaddress
import os

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from ...state.store import Transaction
from ..documents import VpcDoc
from ..kinds import SUBNET, VPC

VPC_IPV6_PREFIX = 56
SUBNET_IPV6_PREFIX = 64
# Where localec2's Amazon-provided IPv6 blocks come from: a stable /36 per region (the first
# /36 of prefixes AWS announces there); other regions get one derived from their name.
# reconstructed: the pools are plausible, not AWS's allocation.
_POOLS = {
    "us-east-1": "2600:1f18::/36",
    "us-east-2": "2600:1f16::/36",
    "us-west-1": "2600:1f1c::/36",
    "us-west-2": "2600:1f14::/36",
    "eu-west-1": "2a05:d018::/36",
    "eu-central-1": "2a05:d014::/36",
    "ap-northeast-1": "2406:da14::/36",
    "ap-southeast-1": "2406:da18::/36",
}


def ipv6_pool(region: str) -> ipaddress.IPv6Network:
    known = _POOLS.get(region)
    if known is not None:
        return ipaddress.IPv6Network(known)
    digest = int(hashlib.sha256(region.encode()).hexdigest()[:3], 16)  # 12 bits
    base = (0x26001F00 << 96) | (digest << 92)  # 2600:1f0x:xx00::/36
    return ipaddress.IPv6Network((base, 36))


def _new_block(tx: Transaction) -> ipaddress.IPv6Network:
    """An unused /56 of the region's pool."""
    pool = ipv6_pool(tx.region)
    taken = {
        association["Ipv6CidrBlock"]
        for vpc in VPC.every(tx)
        for association in vpc["Ipv6CidrBlockAssociationSet"]
    }
    count = 1 << (VPC_IPV6_PREFIX - pool.prefixlen)
    while True:
        index = int.from_bytes(os.urandom(4), "big") % count
        block = ipaddress.IPv6Network(
            (int(pool.network_address) + (index << (128 - VPC_IPV6_PREFIX)), VPC_IPV6_PREFIX)
        )
        if str(block) not in taken:
            return block


def new_association(tx: Transaction) -> shapes.VpcIpv6CidrBlockAssociation:
    """A new Amazon-provided /56, `associated` (as it is stored)."""
    return {
        "AssociationId": new_id("vpc-cidr-assoc"),
        "Ipv6CidrBlock": str(_new_block(tx)),
        "Ipv6CidrBlockState": {"State": "associated"},
        "NetworkBorderGroup": tx.region,
        "Ipv6Pool": "Amazon",
        "Ipv6AddressAttribute": "public",
        "IpSource": "amazon",
    }


def subnet_association(
    tx: Transaction, vpc: VpcDoc, cidr: str
) -> shapes.SubnetIpv6CidrBlockAssociation:
    """A subnet's IPv6 block (AssociateSubnetCidrBlock, CreateSubnet's `Ipv6CidrBlock`): a
    /64 of one of the VPC's IPv6 blocks, overlapping no other subnet's; `associated`."""
    try:
        network = ipaddress.IPv6Network(cidr, strict=True)
    except ValueError:
        raise invalid_parameter_value(
            f"Value ({cidr}) for parameter ipv6CidrBlock is invalid. "
            "This is not a valid IPv6 CIDR block."
        )
    vpc_blocks = [
        ipaddress.IPv6Network(b["Ipv6CidrBlock"]) for b in vpc["Ipv6CidrBlockAssociationSet"]
    ]
    if network.prefixlen != SUBNET_IPV6_PREFIX or not any(network.subnet_of(b) for b in vpc_blocks):
        raise errors.InvalidSubnetRange(f"The CIDR '{cidr}' is invalid.")
    for other in SUBNET.every(tx):
        if other["VpcId"] != vpc["VpcId"]:
            continue
        for taken in other["Ipv6CidrBlockAssociationSet"]:
            if network.overlaps(ipaddress.IPv6Network(taken["Ipv6CidrBlock"])):
                raise errors.InvalidSubnetConflict(
                    f"The CIDR '{cidr}' conflicts with another subnet"
                )
    return {
        "AssociationId": new_id("subnet-cidr-assoc"),
        "Ipv6CidrBlock": str(network),
        "Ipv6CidrBlockState": {"State": "associated"},
        "Ipv6AddressAttribute": "public",
        "IpSource": "amazon",
    }
