"""Elastic IP addresses: AllocateAddress, DescribeAddresses, AssociateAddress,
DisassociateAddress, ReleaseAddress (the rules: `ec2.addresses`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields
from ..ec2.networking import addresses
from ..protocol import shapes
from .registry import action

_FILTERS = fields(
    {
        "allocation-id": "AllocationId",
        "association-id": "AssociationId",
        "domain": "Domain",
        "instance-id": "InstanceId",
        "network-border-group": "NetworkBorderGroup",
        "network-interface-id": "NetworkInterfaceId",
        "network-interface-owner-id": "NetworkInterfaceOwnerId",
        "private-ip-address": "PrivateIpAddress",
        "public-ip": "PublicIp",
        "public-ipv4-pool": "PublicIpv4Pool",
    }
)


@action("AllocateAddress")
def allocate_address(
    ctx: Context, params: shapes.AllocateAddressRequest
) -> shapes.AllocateAddressResult:
    address = addresses.allocate(
        ctx,
        params.get("Domain"),
        params.get("Address"),
        params.get("CustomerOwnedIpv4Pool"),
        params.get("IpamPoolId"),
        params.get("TagSpecifications"),
    )
    return {
        "AllocationId": address["AllocationId"],
        "PublicIp": address["PublicIp"],
        "Domain": address["Domain"],
        "PublicIpv4Pool": address["PublicIpv4Pool"],
        "NetworkBorderGroup": address["NetworkBorderGroup"],
    }


@action("DescribeAddresses")
def describe_addresses(
    ctx: Context, params: shapes.DescribeAddressesRequest
) -> shapes.DescribeAddressesResult:
    listed = addresses.described(
        ctx.tx, params.get("PublicIps") or [], params.get("AllocationIds") or []
    )
    return {"Addresses": apply_filters(listed, params.get("Filters"), _FILTERS)}


@action("AssociateAddress")
def associate_address(
    ctx: Context, params: shapes.AssociateAddressRequest
) -> shapes.AssociateAddressResult:
    associated = addresses.associate(
        ctx,
        params.get("AllocationId"),
        params.get("PublicIp"),
        params.get("InstanceId"),
        params.get("NetworkInterfaceId"),
        params.get("PrivateIpAddress"),
        bool(params.get("AllowReassociation")),
    )
    return {"AssociationId": associated["AssociationId"]}


@action("DisassociateAddress")
def disassociate_address(ctx: Context, params: shapes.DisassociateAddressRequest) -> None:
    addresses.disassociate(ctx, params.get("AssociationId"), params.get("PublicIp"))


@action("ReleaseAddress")
def release_address(ctx: Context, params: shapes.ReleaseAddressRequest) -> None:
    addresses.release(
        ctx.tx,
        params.get("AllocationId"),
        params.get("PublicIp"),
        params.get("NetworkBorderGroup"),
    )
