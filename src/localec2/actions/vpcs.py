"""DescribeVpcs, DescribeSubnets, CreateVpc, DeleteVpc, CreateSubnet, DeleteSubnet."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.kinds import SUBNET, VPC
from ..ec2.networking import vpcs as networking
from ..protocol import shapes
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
def describe_vpcs(ctx: Context, params: shapes.DescribeVpcsRequest) -> shapes.DescribeVpcsResult:
    vpcs = VPC.described(ctx.tx, params.get("VpcIds"))
    vpcs = apply_filters(vpcs, params.get("Filters"), _VPC_FILTERS)
    page, token = paginate(vpcs, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeVpcsResult = {"Vpcs": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("DescribeSubnets")
def describe_subnets(
    ctx: Context, params: shapes.DescribeSubnetsRequest
) -> shapes.DescribeSubnetsResult:
    subnets = SUBNET.described(ctx.tx, params.get("SubnetIds"))
    subnets = apply_filters(subnets, params.get("Filters"), _SUBNET_FILTERS)
    page, token = paginate(subnets, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeSubnetsResult = {"Subnets": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("CreateVpc")
def create_vpc(ctx: Context, params: shapes.CreateVpcRequest) -> shapes.CreateVpcResult:
    vpc = networking.create_vpc(
        ctx.tx,
        params.get("CidrBlock"),
        params.get("InstanceTenancy"),
        params.get("TagSpecifications"),
    )
    return {"Vpc": vpc}


@action("DeleteVpc")
def delete_vpc(ctx: Context, params: shapes.DeleteVpcRequest) -> None:
    networking.delete_vpc(ctx.tx, params["VpcId"])


@action("CreateSubnet")
def create_subnet(ctx: Context, params: shapes.CreateSubnetRequest) -> shapes.CreateSubnetResult:
    subnet = networking.create_subnet(
        ctx.tx,
        params["VpcId"],
        params.get("CidrBlock"),
        params.get("AvailabilityZone"),
        params.get("AvailabilityZoneId"),
        params.get("TagSpecifications"),
    )
    return {"Subnet": subnet}


@action("DeleteSubnet")
def delete_subnet(ctx: Context, params: shapes.DeleteSubnetRequest) -> None:
    networking.delete_subnet(ctx, params["SubnetId"])
