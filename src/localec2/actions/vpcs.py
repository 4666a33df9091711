"""VPCs and subnets: the default VPC, Describe/Create/Delete, and private address allocation."""

from __future__ import annotations

import ipaddress

from .. import catalogs
from ..errors import EC2Error, invalid_parameter_value
from ..filters import apply_filters, paginate
from ..ids import check_ids, not_found
from ..instance_lookup import all_instances
from ..instance_state import name_of
from ..registry import Context, action, on_new_partition
from ..security_group_store import GROUP, delete_group
from ..store import Transaction, new_id
from .creation_tags import creation_tags
from .field_filters import fields
from .security_groups import create_default_security_group

VPC = "vpc"
SUBNET = "subnet"
DEFAULT_VPC_CIDR = "172.31.0.0/16"
DEFAULT_SUBNET_PREFIX = 20
RESERVED_PER_SUBNET = 5  # network, router, DNS, future use, broadcast
FIRST_HOST = 4  # .0-.3 are AWS's

_VPC_FILTERS = fields(
    {
        "cidr": "CidrBlock",
        "dhcp-options-id": "DhcpOptionsId",
        "is-default": "IsDefault",
        "owner-id": "OwnerId",
        "state": "State",
        "vpc-id": "VpcId",
        "cidr-block-association.cidr-block": "CidrBlockAssociationSet.CidrBlock",
        "cidr-block-association.association-id": "CidrBlockAssociationSet.AssociationId",
    }
)
_SUBNET_FILTERS = fields(
    {
        "availability-zone": "AvailabilityZone",
        "availabilityZone": "AvailabilityZone",
        "availability-zone-id": "AvailabilityZoneId",
        "available-ip-address-count": "AvailableIpAddressCount",
        "cidr-block": "CidrBlock",
        "cidr": "CidrBlock",
        "cidrBlock": "CidrBlock",
        "default-for-az": "DefaultForAz",
        "defaultForAz": "DefaultForAz",
        "map-public-ip-on-launch": "MapPublicIpOnLaunch",
        "owner-id": "OwnerId",
        "state": "State",
        "subnet-arn": "SubnetArn",
        "subnet-id": "SubnetId",
        "vpc-id": "VpcId",
    }
)


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
        "DhcpOptionsId": "dopt-" + catalogs.derived_id("x", tx.account, tx.region)[2:],
        "Tags": tags,
    }


def _subnet_document(
    tx: Transaction, vpc_id: str, cidr: str, zone: dict, default: bool, tags: list[dict]
) -> dict:
    subnet_id = new_id("subnet")
    size = ipaddress.ip_network(cidr).num_addresses
    return {
        "SubnetId": subnet_id,
        "SubnetArn": f"arn:aws:ec2:{tx.region}:{tx.account}:subnet/{subnet_id}",
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
        "_next_host": FIRST_HOST - 1,  # the last host handed out
    }


@on_new_partition(10)
def _default_vpc(tx: Transaction) -> None:
    """The region's default VPC (172.31.0.0/16) with a default /20 subnet in each zone."""
    if any(vpc["IsDefault"] for vpc in tx.all(VPC)):
        return
    vpc = _vpc_document(tx, DEFAULT_VPC_CIDR, True, [])
    tx.put(VPC, vpc["VpcId"], vpc)
    blocks = ipaddress.ip_network(DEFAULT_VPC_CIDR).subnets(new_prefix=DEFAULT_SUBNET_PREFIX)
    for zone, block in zip(catalogs.zones(tx.region), blocks, strict=False):
        subnet = _subnet_document(tx, vpc["VpcId"], str(block), zone, True, [])
        tx.put(SUBNET, subnet["SubnetId"], subnet)


def _get(tx: Transaction, kind: str, resource_id: str, code: str) -> dict:
    """The document, or `<code>.Malformed` / `<code>.NotFound` as EC2 answers."""
    check_ids([resource_id], kind, code)
    doc = tx.get(kind, resource_id)
    if doc is None:
        raise not_found(code, kind, [resource_id])
    return doc


def get_vpc(tx: Transaction, vpc_id: str) -> dict:
    return _get(tx, VPC, vpc_id, "InvalidVpcID")


def get_subnet(tx: Transaction, subnet_id: str) -> dict:
    return _get(tx, SUBNET, subnet_id, "InvalidSubnetID")


def default_subnet(tx: Transaction, zone_name: str | None = None) -> dict | None:
    """A default subnet for a launch: in `zone_name`, or else the one with most room."""
    candidates = [s for s in tx.all(SUBNET) if s["DefaultForAz"]]
    if zone_name is not None:
        candidates = [s for s in candidates if s["AvailabilityZone"] == zone_name]
    return max(candidates, key=lambda s: s["AvailableIpAddressCount"], default=None)


def _select(
    tx: Transaction, kind: str, ids: list[str], prefix: str, code: str, what: str
) -> list[dict]:
    check_ids(ids, prefix, code)
    if not ids:
        return tx.all(kind)
    docs = [tx.get(kind, i) for i in dict.fromkeys(ids)]
    missing = [i for i, doc in zip(dict.fromkeys(ids), docs, strict=True) if doc is None]
    if missing:
        raise not_found(code, what, missing)
    return docs


@action("DescribeVpcs")
def describe_vpcs(ctx: Context, params: dict) -> dict:
    vpcs = _select(ctx.tx, VPC, params.get("VpcIds") or [], "vpc", "InvalidVpcID", "vpc")
    vpcs = apply_filters(vpcs, params.get("Filters"), _VPC_FILTERS)
    page, token = paginate(vpcs, params.get("MaxResults"), params.get("NextToken"))
    return {"Vpcs": page, "NextToken": token}


@action("DescribeSubnets")
def describe_subnets(ctx: Context, params: dict) -> dict:
    subnets = _select(
        ctx.tx, SUBNET, params.get("SubnetIds") or [], "subnet", "InvalidSubnetID", "subnet"
    )
    subnets = apply_filters(subnets, params.get("Filters"), _SUBNET_FILTERS)
    page, token = paginate(subnets, params.get("MaxResults"), params.get("NextToken"))
    return {"Subnets": page, "NextToken": token}


def _network(cidr: str, parameter: str) -> ipaddress.IPv4Network:
    try:
        return ipaddress.IPv4Network(cidr, strict=True)
    except ValueError:
        raise invalid_parameter_value(
            f"Value ({cidr}) for parameter {parameter} is invalid. This is not a valid CIDR block."
        )


@action("CreateVpc")
def create_vpc(ctx: Context, params: dict) -> dict:
    cidr = params.get("CidrBlock")
    if not cidr:
        raise EC2Error(
            "MissingParameter", "Either 'cidrBlock' or 'ipv4IpamPoolId' should be provided."
        )
    network = _network(cidr, "cidrBlock")
    if not 16 <= network.prefixlen <= 28:
        raise EC2Error("InvalidVpc.Range", f"The CIDR '{cidr}' is invalid.")
    tags = creation_tags(params, VPC)
    vpc = _vpc_document(
        ctx.tx, str(network), False, tags, params.get("InstanceTenancy") or "default"
    )
    ctx.tx.put(VPC, vpc["VpcId"], vpc)
    create_default_security_group(ctx.tx, vpc["VpcId"])
    return {"Vpc": {**vpc, "State": "pending"}}


@action("DeleteVpc")
def delete_vpc(ctx: Context, params: dict) -> dict:
    vpc = get_vpc(ctx.tx, params.get("VpcId") or "")
    vpc_id = vpc["VpcId"]
    groups = [g for g in ctx.tx.all(GROUP) if g.get("VpcId") == vpc_id]
    subnets = [s for s in ctx.tx.all(SUBNET) if s["VpcId"] == vpc_id]
    if subnets or any(g["GroupName"] != "default" for g in groups):
        raise EC2Error(
            "DependencyViolation",
            f"The vpc '{vpc_id}' has dependencies and cannot be deleted.",
        )
    for group in groups:  # only the VPC's default group is left
        delete_group(ctx.tx, group)
    ctx.tx.delete(VPC, vpc_id)
    return {}


def _zone_for(region: str, name: str | None, zone_id: str | None) -> dict:
    zones = catalogs.zones(region)
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


@action("CreateSubnet")
def create_subnet(ctx: Context, params: dict) -> dict:
    vpc = get_vpc(ctx.tx, params.get("VpcId") or "")
    cidr = params.get("CidrBlock")
    if not cidr:
        raise EC2Error("MissingParameter", "The request must contain the parameter cidrBlock")
    network = _network(cidr, "cidrBlock")
    vpc_networks = [ipaddress.IPv4Network(a["CidrBlock"]) for a in vpc["CidrBlockAssociationSet"]]
    inside = any(network.subnet_of(v) for v in vpc_networks)
    if not inside or not 16 <= network.prefixlen <= 28:
        raise EC2Error("InvalidSubnet.Range", f"The CIDR '{cidr}' is invalid.")
    for other in ctx.tx.all(SUBNET):
        if other["VpcId"] == vpc["VpcId"] and network.overlaps(
            ipaddress.IPv4Network(other["CidrBlock"])
        ):
            raise EC2Error(
                "InvalidSubnet.Conflict", f"The CIDR '{cidr}' conflicts with another subnet"
            )
    zone = _zone_for(ctx.region, params.get("AvailabilityZone"), params.get("AvailabilityZoneId"))
    tags = creation_tags(params, SUBNET)
    subnet = _subnet_document(ctx.tx, vpc["VpcId"], str(network), zone, False, tags)
    ctx.tx.put(SUBNET, subnet["SubnetId"], subnet)
    return {"Subnet": subnet}


@action("DeleteSubnet")
def delete_subnet(ctx: Context, params: dict) -> dict:
    subnet = get_subnet(ctx.tx, params.get("SubnetId") or "")
    if any(
        i["SubnetId"] == subnet["SubnetId"] and name_of(i) != "terminated"
        for i in all_instances(ctx)
    ):
        raise EC2Error(
            "DependencyViolation",
            f"The subnet '{subnet['SubnetId']}' has dependencies and cannot be deleted.",
        )
    ctx.tx.delete(SUBNET, subnet["SubnetId"])
    return {}


# --- private addresses ------------------------------------------------------------------


def allocate_addresses(ctx: Context, subnet: dict, count: int) -> list[str]:
    """`count` unused private addresses of the subnet; stores the subnet's new counters."""
    network = ipaddress.IPv4Network(subnet["CidrBlock"])
    last_host = network.num_addresses - 2  # the broadcast address is reserved
    if subnet["AvailableIpAddressCount"] < count:
        raise EC2Error(
            "InsufficientFreeAddressesInSubnet",
            "There are not enough free addresses in subnet "
            f"'{subnet['SubnetId']}' to satisfy the requested number of instances.",
        )
    in_use = _addresses_in_use(ctx) if subnet.get("_claimed") else None
    host = subnet["_next_host"]
    base = int(network.network_address)
    addresses: list[str] = []
    wrapped = False
    while len(addresses) < count:
        host += 1
        if host > last_host:  # wrapped around: from now on, skip addresses still in use
            if wrapped:
                raise EC2Error(
                    "InsufficientFreeAddressesInSubnet",
                    f"There are not enough free addresses in subnet '{subnet['SubnetId']}'.",
                )
            wrapped = True
            host = FIRST_HOST - 1
            in_use = _addresses_in_use(ctx)
            continue
        address = str(ipaddress.IPv4Address(base + host))
        if in_use is None or address not in in_use:
            addresses.append(address)
    ctx.tx.put(
        SUBNET,
        subnet["SubnetId"],
        {
            **subnet,
            "_next_host": host,
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
        raise EC2Error("InvalidIPAddress.InUse", f"Address {address} is in use.")
    ctx.tx.put(
        SUBNET,
        subnet["SubnetId"],
        {
            **subnet,
            "_claimed": True,
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
    subnet = tx.get(SUBNET, subnet_id)
    if subnet is not None:
        tx.put(
            SUBNET,
            subnet_id,
            {
                **subnet,
                "AvailableIpAddressCount": subnet["AvailableIpAddressCount"] + 1,
            },
        )
