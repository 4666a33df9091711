"""DescribeVpcs, DescribeSubnets, CreateVpc, DeleteVpc, CreateSubnet, DeleteSubnet,
CreateDefaultVpc, CreateDefaultSubnet, the VPC's and the subnet's attributes and tenancy, and
their CIDR block associations."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.kinds import SUBNET, VPC
from ..ec2.networking import cidr_blocks, vpc_attributes
from ..ec2.networking import vpcs as networking
from ..protocol import shapes
from .registry import action

_VPC_FILTERS = fields(
    {
        "cidr": "CidrBlock",
        # not in EC2's list of DescribeVpcs filters, but EC2 answers it: Ansible's
        # ec2_vpc_net finds its VPC by it
        "cidr-block": "CidrBlock",
        "dhcp-options-id": "DhcpOptionsId",
        "is-default": "IsDefault",
        "isDefault": "IsDefault",  # the legacy name Terraform sends
        "owner-id": "OwnerId",
        "state": "State",
        "vpc-id": "VpcId",
        "cidr-block-association.cidr-block": "CidrBlockAssociationSet.CidrBlock",
        "cidr-block-association.association-id": "CidrBlockAssociationSet.AssociationId",
        "cidr-block-association.state": "CidrBlockAssociationSet.CidrBlockState.State",
        "ipv6-cidr-block-association.ipv6-cidr-block": (
            "Ipv6CidrBlockAssociationSet.Ipv6CidrBlock"
        ),
        "ipv6-cidr-block-association.ipv6-pool": "Ipv6CidrBlockAssociationSet.Ipv6Pool",
        "ipv6-cidr-block-association.association-id": ("Ipv6CidrBlockAssociationSet.AssociationId"),
        "ipv6-cidr-block-association.state": (
            "Ipv6CidrBlockAssociationSet.Ipv6CidrBlockState.State"
        ),
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
        "map-customer-owned-ip-on-launch": "MapCustomerOwnedIpOnLaunch",
        "assign-ipv6-address-on-creation": "AssignIpv6AddressOnCreation",
        "enable-dns64": "EnableDns64",
        "ipv6-native": "Ipv6Native",
        "outpost-arn": "OutpostArn",
        "private-dns-name-options-on-launch.hostname-type": (
            "PrivateDnsNameOptionsOnLaunch.HostnameType"
        ),
        "private-dns-name-options-on-launch.enable-resource-name-dns-a-record": (
            "PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsARecord"
        ),
        "private-dns-name-options-on-launch.enable-resource-name-dns-aaaa-record": (
            "PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsAAAARecord"
        ),
        "ipv6-cidr-block-association.ipv6-cidr-block": (
            "Ipv6CidrBlockAssociationSet.Ipv6CidrBlock"
        ),
        "ipv6-cidr-block-association.association-id": ("Ipv6CidrBlockAssociationSet.AssociationId"),
        "ipv6-cidr-block-association.state": (
            "Ipv6CidrBlockAssociationSet.Ipv6CidrBlockState.State"
        ),
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
        bool(params.get("AmazonProvidedIpv6CidrBlock")),
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
        params.get("Ipv6CidrBlock"),
    )
    return {"Subnet": subnet}


@action("DeleteSubnet")
def delete_subnet(ctx: Context, params: shapes.DeleteSubnetRequest) -> None:
    networking.delete_subnet(ctx, params["SubnetId"])


@action("CreateDefaultVpc")
def create_default_vpc(
    ctx: Context, params: shapes.CreateDefaultVpcRequest
) -> shapes.CreateDefaultVpcResult:
    return {"Vpc": networking.create_default_vpc_request(ctx.tx)}


@action("CreateDefaultSubnet")
def create_default_subnet(
    ctx: Context, params: shapes.CreateDefaultSubnetRequest
) -> shapes.CreateDefaultSubnetResult:
    subnet = networking.create_default_subnet(
        ctx.tx,
        params.get("AvailabilityZone"),
        params.get("AvailabilityZoneId"),
        params.get("Ipv6Native"),
    )
    return {"Subnet": subnet}


@action("DescribeVpcAttribute")
def describe_vpc_attribute(
    ctx: Context, params: shapes.DescribeVpcAttributeRequest
) -> shapes.DescribeVpcAttributeResult:
    return vpc_attributes.describe_vpc_attribute(ctx.tx, params["VpcId"], params["Attribute"])


@action("ModifyVpcAttribute")
def modify_vpc_attribute(ctx: Context, params: shapes.ModifyVpcAttributeRequest) -> None:
    vpc_attributes.modify_vpc_attribute(
        ctx.tx,
        params["VpcId"],
        {
            "enableDnsHostnames": params.get("EnableDnsHostnames"),
            "enableDnsSupport": params.get("EnableDnsSupport"),
            "enableNetworkAddressUsageMetrics": params.get("EnableNetworkAddressUsageMetrics"),
        },
    )


@action("ModifyVpcTenancy")
def modify_vpc_tenancy(
    ctx: Context, params: shapes.ModifyVpcTenancyRequest
) -> shapes.ModifyVpcTenancyResult:
    vpc_attributes.modify_vpc_tenancy(ctx.tx, params["VpcId"], params["InstanceTenancy"])
    return {"ReturnValue": True}


@action("ModifySubnetAttribute")
def modify_subnet_attribute(ctx: Context, params: shapes.ModifySubnetAttributeRequest) -> None:
    vpc_attributes.modify_subnet_attribute(ctx.tx, params["SubnetId"], params)


@action("AssociateVpcCidrBlock")
def associate_vpc_cidr_block(
    ctx: Context, params: shapes.AssociateVpcCidrBlockRequest
) -> shapes.AssociateVpcCidrBlockResult:
    pools = ("Ipv6Pool", "Ipv6CidrBlock", "Ipv4IpamPoolId", "Ipv6IpamPoolId")
    return cidr_blocks.associate_vpc_cidr_block(
        ctx.tx,
        params["VpcId"],
        params.get("CidrBlock"),
        bool(params.get("AmazonProvidedIpv6CidrBlock")),
        [name for name in pools if params.get(name)],
    )


@action("DisassociateVpcCidrBlock")
def disassociate_vpc_cidr_block(
    ctx: Context, params: shapes.DisassociateVpcCidrBlockRequest
) -> shapes.DisassociateVpcCidrBlockResult:
    return cidr_blocks.disassociate_vpc_cidr_block(ctx.tx, params["AssociationId"])


@action("AssociateSubnetCidrBlock")
def associate_subnet_cidr_block(
    ctx: Context, params: shapes.AssociateSubnetCidrBlockRequest
) -> shapes.AssociateSubnetCidrBlockResult:
    return cidr_blocks.associate_subnet_cidr_block(
        ctx.tx, params["SubnetId"], params.get("Ipv6CidrBlock"), params.get("Ipv6IpamPoolId")
    )


@action("DisassociateSubnetCidrBlock")
def disassociate_subnet_cidr_block(
    ctx: Context, params: shapes.DisassociateSubnetCidrBlockRequest
) -> shapes.DisassociateSubnetCidrBlockResult:
    return cidr_blocks.disassociate_subnet_cidr_block(ctx.tx, params["AssociationId"])
