"""A VPC's secondary IPv4 blocks and Amazon-provided IPv6 /56, and a subnet's IPv6 /64:
AssociateVpcCidrBlock, DisassociateVpcCidrBlock, AssociateSubnetCidrBlock,
DisassociateSubnetCidrBlock.

An association is stored `associated` and answered `associating` (and a disassociation,
answered `disassociating`, removes the block at once): EC2 finishes both within moments.
"""

from __future__ import annotations

import ipaddress
import re

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from ...state.store import Transaction
from ..documents import SubnetDoc, VpcDoc
from ..kinds import SUBNET, VPC
from .ipv6_blocks import new_association, subnet_association
from .vpcs import vpc_network

MAX_IPV4_BLOCKS = 5  # EC2's default quota "IPv4 CIDR blocks per VPC", the primary included
MAX_IPV6_BLOCKS = 5  # EC2's default quota "IPv6 CIDR blocks per VPC"
_PRIVATE = [ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
# Never a VPC's: this network, loopback, link-local, multicast and above, and 198.19.0.0/16
# (EC2's user guide: "IPv4 CIDR block association restrictions").
_RESERVED = [
    ipaddress.IPv4Network(n)
    for n in ("0.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "224.0.0.0/3", "198.19.0.0/16")
]
_VPC_ASSOCIATION = re.compile(r"vpc-cidr-assoc-(?:[0-9a-f]{8}|[0-9a-f]{17})")
_SUBNET_ASSOCIATION = re.compile(r"subnet-cidr-assoc-(?:[0-9a-f]{8}|[0-9a-f]{17})")


def _private_range(network: ipaddress.IPv4Network) -> ipaddress.IPv4Network | None:
    return next((p for p in _PRIVATE if network.subnet_of(p)), None)


def _check_ipv4(vpc: VpcDoc, cidr: str) -> ipaddress.IPv4Network:
    network = vpc_network(cidr)
    blocks = vpc["CidrBlockAssociationSet"]
    if len(blocks) >= MAX_IPV4_BLOCKS:
        raise errors.CidrLimitExceeded(
            f"This network '{vpc['VpcId']}' has met its maximum number of allowed CIDRs: "
            f"{MAX_IPV4_BLOCKS}"
        )
    if any(network.overlaps(r) for r in _RESERVED):
        raise errors.InvalidVpcRange(f"The CIDR '{cidr}' is restricted.")
    primary = ipaddress.IPv4Network(vpc["CidrBlock"])
    primary_range = _private_range(primary)
    wanted_range = _private_range(network)
    # EC2's restrictions: a primary block in one RFC 1918 range allows more of that range
    # (and publicly routable blocks, and 100.64.0.0/10), never another RFC 1918 range; a
    # publicly routable primary allows no RFC 1918 block at all.
    if wanted_range is not None and wanted_range != primary_range:
        raise errors.InvalidVpcRange(
            # reconstructed: the wording
            f"The CIDR '{cidr}' is restricted. Use a CIDR from the same private address "
            "range as the current VPC CIDR, or use a publicly-routable CIDR."
        )
    for block in blocks:
        if network.overlaps(ipaddress.IPv4Network(block["CidrBlock"])):
            raise errors.InvalidVpcRange(
                # reconstructed: the wording
                f"The CIDR '{cidr}' conflicts with another CIDR block of the VPC "
                f"({block['CidrBlock']})."
            )
    return network


def associate_vpc_cidr_block(
    tx: Transaction,
    vpc_id: str,
    cidr: str | None,
    amazon_ipv6: bool,
    other_sources: list[str],
) -> shapes.AssociateVpcCidrBlockResult:
    """A secondary IPv4 block, or an Amazon-provided IPv6 /56 (IPAM pools and BYOIP pools
    do not exist in localec2)."""
    vpc = VPC.get(tx, vpc_id)
    if other_sources:
        # reconstructed: no IPAM or BYOIP pool exists in localec2
        raise invalid_parameter_value(
            f"The parameter {other_sources[0]} is not supported: localec2 has no address pools."
        )
    if cidr and amazon_ipv6:
        # reconstructed: the wording
        raise invalid_parameter_combination(
            "The parameter cidrBlock cannot be used with the parameter amazonProvidedIpv6CidrBlock"
        )
    if cidr:
        network = _check_ipv4(vpc, cidr)
        association: shapes.VpcCidrBlockAssociation = {
            "AssociationId": new_id("vpc-cidr-assoc"),
            "CidrBlock": str(network),
            "CidrBlockState": {"State": "associated"},
        }
        VPC.put(
            tx,
            {**vpc, "CidrBlockAssociationSet": [*vpc["CidrBlockAssociationSet"], association]},
        )
        return {
            "VpcId": vpc["VpcId"],
            "CidrBlockAssociation": {**association, "CidrBlockState": {"State": "associating"}},
        }
    if not amazon_ipv6:
        # EC2: "You must specify one of the following in the request: an IPv4 CIDR block, an
        # IPv6 pool, or an Amazon-provided IPv6 CIDR block." reconstructed: the code, wording
        raise errors.missing_parameter("cidrBlock or amazonProvidedIpv6CidrBlock")
    if len(vpc["Ipv6CidrBlockAssociationSet"]) >= MAX_IPV6_BLOCKS:
        raise errors.CidrLimitExceeded(
            f"This network '{vpc['VpcId']}' has met its maximum number of allowed IPv6 "
            f"CIDRs: {MAX_IPV6_BLOCKS}"
        )
    ipv6 = new_association(tx)
    VPC.put(
        tx,
        {**vpc, "Ipv6CidrBlockAssociationSet": [*vpc["Ipv6CidrBlockAssociationSet"], ipv6]},
    )
    return {
        "VpcId": vpc["VpcId"],
        "Ipv6CidrBlockAssociation": {**ipv6, "Ipv6CidrBlockState": {"State": "associating"}},
    }


def _association_not_found(association_id: str) -> errors.EC2Error:
    return errors.InvalidVpcCidrBlockAssociationIDNotFound(
        f"The vpc CIDR block association ID '{association_id}' does not exist"
    )


def disassociate_vpc_cidr_block(
    tx: Transaction, association_id: str
) -> shapes.DisassociateVpcCidrBlockResult:
    """Remove a secondary IPv4 block or an IPv6 block no subnet uses; never the primary."""
    # reconstructed: a malformed association id is answered as an unknown one
    if not _VPC_ASSOCIATION.fullmatch(association_id):
        raise _association_not_found(association_id)
    for vpc in VPC.every(tx):
        for block in vpc["CidrBlockAssociationSet"]:
            if block["AssociationId"] == association_id:
                return _disassociate_ipv4(tx, vpc, block)
        for ipv6 in vpc["Ipv6CidrBlockAssociationSet"]:
            if ipv6["AssociationId"] == association_id:
                return _disassociate_ipv6(tx, vpc, ipv6)
    raise _association_not_found(association_id)


def _subnets(tx: Transaction, vpc_id: str) -> list[SubnetDoc]:
    return [s for s in SUBNET.every(tx) if s["VpcId"] == vpc_id]


def _disassociate_ipv4(
    tx: Transaction, vpc: VpcDoc, block: shapes.VpcCidrBlockAssociation
) -> shapes.DisassociateVpcCidrBlockResult:
    association_id = block["AssociationId"]
    if block["CidrBlock"] == vpc["CidrBlock"]:
        raise errors.OperationNotPermitted(
            f"The vpc CIDR block with association ID {association_id} may not be "
            "disassociated. It is the primary IPv4 CIDR block of the VPC"
        )
    network = ipaddress.IPv4Network(block["CidrBlock"])
    if any(
        ipaddress.IPv4Network(s["CidrBlock"]).subnet_of(network) for s in _subnets(tx, vpc["VpcId"])
    ):
        raise errors.dependency_violation(  # reconstructed: the wording
            f"The vpc CIDR block {block['CidrBlock']} has dependencies and cannot be disassociated."
        )
    kept = [b for b in vpc["CidrBlockAssociationSet"] if b["AssociationId"] != association_id]
    VPC.put(tx, {**vpc, "CidrBlockAssociationSet": kept})
    return {
        "VpcId": vpc["VpcId"],
        "CidrBlockAssociation": {**block, "CidrBlockState": {"State": "disassociating"}},
    }


def _disassociate_ipv6(
    tx: Transaction, vpc: VpcDoc, block: shapes.VpcIpv6CidrBlockAssociation
) -> shapes.DisassociateVpcCidrBlockResult:
    association_id = block["AssociationId"]
    network = ipaddress.IPv6Network(block["Ipv6CidrBlock"])
    if any(
        ipaddress.IPv6Network(a["Ipv6CidrBlock"]).subnet_of(network)
        for s in _subnets(tx, vpc["VpcId"])
        for a in s["Ipv6CidrBlockAssociationSet"]
    ):
        raise errors.dependency_violation(  # reconstructed: the wording
            f"The vpc CIDR block {block['Ipv6CidrBlock']} has dependencies and cannot be "
            "disassociated."
        )
    kept = [b for b in vpc["Ipv6CidrBlockAssociationSet"] if b["AssociationId"] != association_id]
    VPC.put(tx, {**vpc, "Ipv6CidrBlockAssociationSet": kept})
    return {
        "VpcId": vpc["VpcId"],
        "Ipv6CidrBlockAssociation": {**block, "Ipv6CidrBlockState": {"State": "disassociating"}},
    }


def associate_subnet_cidr_block(
    tx: Transaction, subnet_id: str, cidr: str | None, ipam_pool: str | None
) -> shapes.AssociateSubnetCidrBlockResult:
    """An IPv6 /64 inside one of the VPC's IPv6 blocks, overlapping no other subnet's."""
    subnet = SUBNET.get(tx, subnet_id)
    if ipam_pool:
        # reconstructed: no IPAM pool exists in localec2
        raise invalid_parameter_value(
            "The parameter Ipv6IpamPoolId is not supported: localec2 has no address pools."
        )
    if not cidr:
        raise errors.missing_parameter("ipv6CidrBlock")
    if subnet["Ipv6CidrBlockAssociationSet"]:
        # reconstructed: the code and wording (a subnet has one IPv6 block)
        raise invalid_parameter_value(
            f"The subnet '{subnet_id}' already has an associated IPv6 CIDR block."
        )
    association = subnet_association(tx, VPC.get(tx, subnet["VpcId"]), cidr)
    SUBNET.put(tx, {**subnet, "Ipv6CidrBlockAssociationSet": [association]})
    return {
        "SubnetId": subnet_id,
        "Ipv6CidrBlockAssociation": {
            **association,
            "Ipv6CidrBlockState": {"State": "associating"},
        },
    }


def disassociate_subnet_cidr_block(
    tx: Transaction, association_id: str
) -> shapes.DisassociateSubnetCidrBlockResult:
    not_found = errors.InvalidSubnetCidrBlockAssociationIDNotFound(
        f"The subnet CIDR block with association ID '{association_id}' does not exist"
    )
    # reconstructed: a malformed association id is answered as an unknown one
    if not _SUBNET_ASSOCIATION.fullmatch(association_id):
        raise not_found
    for subnet in SUBNET.every(tx):
        for block in subnet["Ipv6CidrBlockAssociationSet"]:
            if block["AssociationId"] == association_id:
                kept = [
                    b
                    for b in subnet["Ipv6CidrBlockAssociationSet"]
                    if b["AssociationId"] != association_id
                ]
                SUBNET.put(
                    tx,
                    {
                        **subnet,
                        "Ipv6CidrBlockAssociationSet": kept,
                        "AssignIpv6AddressOnCreation": False,
                    },
                )
                return {
                    "SubnetId": subnet["SubnetId"],
                    "Ipv6CidrBlockAssociation": {
                        **block,
                        "Ipv6CidrBlockState": {"State": "disassociating"},
                    },
                }
    raise not_found
