"""VPCs and subnets: the default VPC, Describe/Create/Delete, and private address allocation."""

from __future__ import annotations

import ipaddress

from .. import errors
from ..ec2 import catalogs
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.instance_states import name_of
from ..ec2.instances import all_instances
from ..ec2.kinds import SECURITY_GROUP, SUBNET, VPC
from ..ec2.networking import _subnet_document, _vpc_document, get_subnet, get_vpc
from ..ec2.security_groups import create_default_security_group, delete_group
from ..ec2.tagging import creation_tags
from ..errors import invalid_parameter_value
from .registry import action

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


@action("DescribeVpcs")
def describe_vpcs(ctx: Context, params: dict) -> dict:
    vpcs = VPC.described(ctx.tx, params.get("VpcIds"))
    vpcs = apply_filters(vpcs, params.get("Filters"), _VPC_FILTERS)
    page, token = paginate(vpcs, params.get("MaxResults"), params.get("NextToken"))
    return {"Vpcs": page, "NextToken": token}


@action("DescribeSubnets")
def describe_subnets(ctx: Context, params: dict) -> dict:
    subnets = SUBNET.described(ctx.tx, params.get("SubnetIds"))
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
        raise errors.MissingParameter("Either 'cidrBlock' or 'ipv4IpamPoolId' should be provided.")
    network = _network(cidr, "cidrBlock")
    if not 16 <= network.prefixlen <= 28:
        raise errors.InvalidVpcRange(f"The CIDR '{cidr}' is invalid.")
    tags = creation_tags(params, VPC.name)
    vpc = _vpc_document(
        ctx.tx, str(network), False, tags, params.get("InstanceTenancy") or "default"
    )
    VPC.put(ctx.tx, vpc)
    create_default_security_group(ctx.tx, vpc["VpcId"])
    return {"Vpc": {**vpc, "State": "pending"}}


@action("DeleteVpc")
def delete_vpc(ctx: Context, params: dict) -> dict:
    vpc = get_vpc(ctx.tx, params.get("VpcId") or "")
    vpc_id = vpc["VpcId"]
    groups = [g for g in SECURITY_GROUP.every(ctx.tx) if g.get("VpcId") == vpc_id]
    subnets = [s for s in SUBNET.every(ctx.tx) if s["VpcId"] == vpc_id]
    if subnets or any(g["GroupName"] != "default" for g in groups):
        raise errors.DependencyViolation(
            f"The vpc '{vpc_id}' has dependencies and cannot be deleted.",
        )
    for group in groups:  # only the VPC's default group is left
        delete_group(ctx.tx, group)
    VPC.delete(ctx.tx, vpc_id)
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
        raise errors.missing_parameter("cidrBlock")
    network = _network(cidr, "cidrBlock")
    vpc_networks = [ipaddress.IPv4Network(a["CidrBlock"]) for a in vpc["CidrBlockAssociationSet"]]
    inside = any(network.subnet_of(v) for v in vpc_networks)
    if not inside or not 16 <= network.prefixlen <= 28:
        raise errors.InvalidSubnetRange(f"The CIDR '{cidr}' is invalid.")
    for other in SUBNET.every(ctx.tx):
        if other["VpcId"] == vpc["VpcId"] and network.overlaps(
            ipaddress.IPv4Network(other["CidrBlock"])
        ):
            raise errors.InvalidSubnetConflict(f"The CIDR '{cidr}' conflicts with another subnet")
    zone = _zone_for(ctx.region, params.get("AvailabilityZone"), params.get("AvailabilityZoneId"))
    tags = creation_tags(params, SUBNET.name)
    subnet = _subnet_document(ctx.tx, vpc["VpcId"], str(network), zone, False, tags)
    SUBNET.put(ctx.tx, subnet)
    return {"Subnet": subnet}


@action("DeleteSubnet")
def delete_subnet(ctx: Context, params: dict) -> dict:
    subnet = get_subnet(ctx.tx, params.get("SubnetId") or "")
    if any(
        i["SubnetId"] == subnet["SubnetId"] and name_of(i) != "terminated"
        for i in all_instances(ctx)
    ):
        raise errors.DependencyViolation(
            f"The subnet '{subnet['SubnetId']}' has dependencies and cannot be deleted.",
        )
    SUBNET.delete(ctx.tx, subnet["SubnetId"])
    return {}
