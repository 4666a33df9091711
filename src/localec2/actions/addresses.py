"""Elastic IP addresses: AllocateAddress, DescribeAddresses, AssociateAddress,
DisassociateAddress, ReleaseAddress (the rules: `ec2.networking.addresses`), and their
reverse DNS attribute: Describe/Modify/ResetAddressAttribute (`address_attributes`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.networking import address_attributes, addresses
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


@action("DescribeAddressesAttribute")
def describe_addresses_attribute(
    ctx: Context, params: shapes.DescribeAddressesAttributeRequest
) -> shapes.DescribeAddressesAttributeResult:
    listed = address_attributes.described(ctx.tx, params.get("AllocationIds") or [])
    page, token = paginate(listed, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeAddressesAttributeResult = {"Addresses": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("ModifyAddressAttribute")
def modify_address_attribute(
    ctx: Context, params: shapes.ModifyAddressAttributeRequest
) -> shapes.ModifyAddressAttributeResult:
    domain = params.get("DomainName") or ""
    return {"Address": address_attributes.set_domain_name(ctx.tx, params["AllocationId"], domain)}


@action("ResetAddressAttribute")
def reset_address_attribute(
    ctx: Context, params: shapes.ResetAddressAttributeRequest
) -> shapes.ResetAddressAttributeResult:
    return {"Address": address_attributes.reset_domain_name(ctx.tx, params["AllocationId"])}
