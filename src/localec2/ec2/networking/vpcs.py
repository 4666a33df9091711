"""VPCs and subnets: the default VPC, creating and deleting them, and private address
allocation."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from ...state.store import Transaction
from ..context import Context
from ..documents import SubnetDoc, SubnetPrivate, VpcDoc
from ..instances.lookup import all_instances
from ..instances.states import name_of
from ..kinds import SUBNET, VPC, with_private
from ..tags.tagging import specified_tags
from .dhcp_options import default_id as default_dhcp_options_id
from .interfaces import in_subnet
from .ipv6_blocks import new_association, subnet_association
from .regions import zone_documents
from .vpc_defaults import delete_defaults, dependents, ensure_defaults

DEFAULT_VPC_CIDR = "172.31.0.0/16"
DEFAULT_SUBNET_PREFIX = 20
RESERVED_PER_SUBNET = 5  # network, router, DNS, future use, broadcast
FIRST_HOST = 4  # .0-.3 are AWS's
SMALLEST_PREFIX, LARGEST_PREFIX = 16, 28  # a VPC's or subnet's block: /16 to /28


def _vpc_document(
    tx: Transaction,
    cidr: str,
    is_default: bool,
    tags: Sequence[shapes.Tag],
    tenancy: str = "default",
) -> VpcDoc:
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
        "DhcpOptionsId": default_dhcp_options_id(tx),
        "Tags": tags,
    }


def _subnet_document(
    tx: Transaction,
    vpc_id: str,
    cidr: str,
    zone: shapes.AvailabilityZone,
    default: bool,
    tags: Sequence[shapes.Tag],
) -> SubnetDoc:
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
        "_": {"next_host": FIRST_HOST - 1},  # the last host handed out
    }


def default_vpc(tx: Transaction) -> VpcDoc | None:
    return next((vpc for vpc in VPC.every(tx) if vpc["IsDefault"]), None)


def _new_default_vpc(tx: Transaction) -> VpcDoc:
    vpc = _vpc_document(tx, DEFAULT_VPC_CIDR, True, [])
    VPC.put(tx, vpc)
    blocks = ipaddress.ip_network(DEFAULT_VPC_CIDR).subnets(new_prefix=DEFAULT_SUBNET_PREFIX)
    for zone, block in zip(zone_documents(tx.region), blocks, strict=False):
        subnet = _subnet_document(tx, vpc["VpcId"], str(block), zone, True, [])
        SUBNET.put(tx, subnet)
    return vpc


def create_default_vpc(tx: Transaction) -> None:
    """The region's default VPC (172.31.0.0/16) with a default /20 subnet in each zone."""
    if default_vpc(tx) is None:
        _new_default_vpc(tx)


def create_default_vpc_request(tx: Transaction) -> VpcDoc:
    """CreateDefaultVpc: a new default VPC as the bootstrap makes it, with its own parts,
    where the region has none (`pending`, as CreateVpc answers)."""
    if default_vpc(tx) is not None:
        raise errors.DefaultVpcAlreadyExists(
            "A Default VPC already exists for this account in this region."
        )
    vpc = _new_default_vpc(tx)
    ensure_defaults(tx, vpc)
    return {**vpc, "State": "pending"}


def create_default_subnet(
    tx: Transaction, zone_name: str | None, zone_id: str | None, ipv6_native: bool | None
) -> SubnetDoc:
    """CreateDefaultSubnet: a default /20 of the default VPC in a zone that has none."""
    if zone_name is None and zone_id is None:
        raise errors.missing_parameter("availabilityZone")
    zone = _zone_for(tx.region, zone_name, zone_id)
    if ipv6_native:
        # reconstructed: localec2's default VPC has no IPv6 block for an IPv6-only subnet
        raise invalid_parameter_value(
            "An IPv6-native default subnet requires an IPv6 CIDR block in the default VPC."
        )
    vpc = default_vpc(tx)
    if vpc is None:
        # reconstructed: the wording
        raise errors.DefaultVpcDoesNotExist("No default VPC for this user.")
    in_vpc = [s for s in SUBNET.every(tx) if s["VpcId"] == vpc["VpcId"]]
    if any(s["DefaultForAz"] and s["AvailabilityZone"] == zone["ZoneName"] for s in in_vpc):
        # reconstructed: the wording
        raise errors.DefaultSubnetAlreadyExistsInAvailabilityZone(
            f"A default subnet already exists in availability zone {zone['ZoneName']}."
        )
    taken = [ipaddress.IPv4Network(s["CidrBlock"]) for s in in_vpc]
    blocks = ipaddress.IPv4Network(vpc["CidrBlock"]).subnets(new_prefix=DEFAULT_SUBNET_PREFIX)
    block = next((b for b in blocks if not any(b.overlaps(t) for t in taken)), None)
    if block is None:
        # reconstructed: no free /20 left in the default VPC's block
        raise errors.InsufficientFreeAddressesInSubnet(
            f"The default VPC '{vpc['VpcId']}' has no room for another default subnet."
        )
    subnet = _subnet_document(tx, vpc["VpcId"], str(block), zone, True, [])
    SUBNET.put(tx, subnet)
    return subnet


def get_vpc(tx: Transaction, vpc_id: str) -> VpcDoc:
    return VPC.get(tx, vpc_id)


def get_subnet(tx: Transaction, subnet_id: str) -> SubnetDoc:
    return SUBNET.get(tx, subnet_id)


def _network(cidr: str, parameter: str, canonical: bool = False) -> ipaddress.IPv4Network:
    """The block; `canonical` puts one with host bits set in its network's form, as CreateVpc
    and AssociateVpcCidrBlock do (10.250.1.0/16 is 10.250.0.0/16)."""
    try:
        return ipaddress.IPv4Network(cidr, strict=not canonical)
    except ValueError:
        raise invalid_parameter_value(
            f"Value ({cidr}) for parameter {parameter} is invalid. This is not a valid CIDR block."
        )


def create_vpc(
    tx: Transaction,
    cidr: str | None,
    tenancy: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
    amazon_ipv6: bool = False,
) -> VpcDoc:
    """A new VPC with its own parts, as CreateVpc answers it: `pending` (and its
    Amazon-provided IPv6 /56, if asked for, `associating`)."""
    if not cidr:
        raise errors.MissingParameter("Either 'cidrBlock' or 'ipv4IpamPoolId' should be provided.")
    network = vpc_network(cidr)
    tags = specified_tags(tag_specifications, VPC.name)
    vpc = _vpc_document(tx, str(network), False, tags, tenancy or "default")
    ipv6 = [new_association(tx)] if amazon_ipv6 else []
    vpc = {**vpc, "Ipv6CidrBlockAssociationSet": ipv6}
    VPC.put(tx, vpc)
    ensure_defaults(tx, vpc)
    answered: list[shapes.VpcIpv6CidrBlockAssociation] = [
        {**a, "Ipv6CidrBlockState": {"State": "associating"}} for a in ipv6
    ]
    return {**vpc, "State": "pending", "Ipv6CidrBlockAssociationSet": answered}


def vpc_network(cidr: str) -> ipaddress.IPv4Network:
    """A VPC's IPv4 block (CreateVpc, AssociateVpcCidrBlock): canonical, /16 to /28."""
    network = _network(cidr, "cidrBlock", canonical=True)
    if not SMALLEST_PREFIX <= network.prefixlen <= LARGEST_PREFIX:
        raise errors.InvalidVpcRange(f"The CIDR '{cidr}' is invalid.")
    return network


def delete_vpc(tx: Transaction, vpc_id: str) -> None:
    """Delete a VPC with nothing in it but its own parts (which go with it); anything else is
    DependencyViolation."""
    get_vpc(tx, vpc_id)
    if dependents(tx, vpc_id):
        raise errors.dependency_violation(
            f"The vpc '{vpc_id}' has dependencies and cannot be deleted.",
        )
    delete_defaults(tx, vpc_id)
    VPC.delete(tx, vpc_id)


def _zone_for(region: str, name: str | None, zone_id: str | None) -> shapes.AvailabilityZone:
    """The zone a subnet is created in: named by name or id, else the region's first."""
    zones = zone_documents(region)
    if name is None and zone_id is None:
        return zones[0]
    for zone in zones:
        if zone["ZoneName"] == name or zone["ZoneId"] == zone_id:
            return zone
    listed = ", ".join(z["ZoneName"] for z in zones)
    raise invalid_parameter_value(
        f"Value ({name or zone_id}) for parameter availabilityZone is invalid. "
        f"Subnets can currently only be created in the following availability zones: {listed}."
    )


def create_subnet(
    tx: Transaction,
    vpc_id: str,
    cidr: str | None,
    zone_name: str | None,
    zone_id: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
    ipv6_cidr: str | None = None,
) -> SubnetDoc:
    """A new subnet: its block inside one of the VPC's, /16 to /28, overlapping none of the
    VPC's other subnets (and its IPv6 /64, if given, as AssociateSubnetCidrBlock takes it;
    CreateSubnet answers it `associating`)."""
    vpc = get_vpc(tx, vpc_id)
    if not cidr:
        raise errors.missing_parameter("cidrBlock")
    network = _network(cidr, "cidrBlock")
    vpc_networks = [ipaddress.IPv4Network(a["CidrBlock"]) for a in vpc["CidrBlockAssociationSet"]]
    inside = any(network.subnet_of(v) for v in vpc_networks)
    if not inside or not SMALLEST_PREFIX <= network.prefixlen <= LARGEST_PREFIX:
        raise errors.InvalidSubnetRange(f"The CIDR '{cidr}' is invalid.")
    for other in SUBNET.every(tx):
        if other["VpcId"] == vpc["VpcId"] and network.overlaps(
            ipaddress.IPv4Network(other["CidrBlock"])
        ):
            raise errors.InvalidSubnetConflict(f"The CIDR '{cidr}' conflicts with another subnet")
    ipv6 = [subnet_association(tx, vpc, ipv6_cidr)] if ipv6_cidr else []
    zone = _zone_for(tx.region, zone_name, zone_id)
    tags = specified_tags(tag_specifications, SUBNET.name)
    subnet = _subnet_document(tx, vpc["VpcId"], str(network), zone, False, tags)
    subnet = {**subnet, "Ipv6CidrBlockAssociationSet": ipv6}
    SUBNET.put(tx, subnet)
    answered: list[shapes.SubnetIpv6CidrBlockAssociation] = [
        {**a, "Ipv6CidrBlockState": {"State": "associating"}} for a in ipv6
    ]
    return {**subnet, "Ipv6CidrBlockAssociationSet": answered}


def delete_subnet(ctx: Context, subnet_id: str) -> None:
    """Delete a subnet no instance (but a terminated one) is in."""
    get_subnet(ctx.tx, subnet_id)
    if in_subnet(ctx, subnet_id) or any(
        i["SubnetId"] == subnet_id and name_of(i) != "terminated" for i in all_instances(ctx)
    ):
        raise errors.dependency_violation(
            f"The subnet '{subnet_id}' has dependencies and cannot be deleted.",
        )
    SUBNET.delete(ctx.tx, subnet_id)


def default_subnet(tx: Transaction, zone_name: str | None = None) -> SubnetDoc | None:
    """A default subnet for a launch: in `zone_name`, or else the one with most room."""
    candidates = [s for s in SUBNET.every(tx) if s["DefaultForAz"]]
    if zone_name is not None:
        candidates = [s for s in candidates if s["AvailabilityZone"] == zone_name]
    return max(candidates, key=lambda s: s["AvailableIpAddressCount"], default=None)


def _state(subnet: SubnetDoc) -> SubnetPrivate:
    """The subnet's private part (empty if it has none), to read."""
    return subnet.get("_") or {}


def allocate_addresses(ctx: Context, subnet: SubnetDoc, count: int) -> list[str]:
    """`count` unused private addresses of the subnet; stores the subnet's new counters."""
    network = ipaddress.IPv4Network(subnet["CidrBlock"])
    last_host = network.num_addresses - 2  # the broadcast address is reserved
    if subnet["AvailableIpAddressCount"] < count:
        raise errors.InsufficientFreeAddressesInSubnet(
            "There are not enough free addresses in subnet "
            f"'{subnet['SubnetId']}' to satisfy the requested number of instances.",
        )
    in_use = _addresses_in_use(ctx) if _state(subnet).get("claimed") else None
    host = _state(subnet)["next_host"]
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


def claim_address(ctx: Context, subnet: SubnetDoc, address: str) -> None:
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
    """Give a subnet back one address (its instance terminated)."""
    subnet = SUBNET.stored(tx, subnet_id)
    if subnet is not None:
        SUBNET.put(
            tx,
            {
                **subnet,
                "AvailableIpAddressCount": subnet["AvailableIpAddressCount"] + 1,
            },
        )
