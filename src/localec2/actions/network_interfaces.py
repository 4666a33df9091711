"""Elastic network interfaces: Create/Delete/DescribeNetworkInterfaces, Attach/Detach,
Describe/Modify/ResetNetworkInterfaceAttribute, Assign/UnassignPrivateIpAddresses (the rules:
`ec2.networking.interfaces`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.networking import interface_ipv6, interfaces
from ..protocol import shapes
from .registry import action


@action("CreateNetworkInterface")
def create_network_interface(
    ctx: Context, params: shapes.CreateNetworkInterfaceRequest
) -> shapes.CreateNetworkInterfaceResult:
    if (
        params.get("Ipv4Prefixes")
        or params.get("Ipv4PrefixCount")
        or params.get("Ipv6Prefixes")
        or params.get("Ipv6PrefixCount")
    ):
        interface_ipv6.refuse_prefixes()
    created = interface_ipv6.create(
        ctx,
        interfaces.NewInterface(
            subnet_id=params["SubnetId"],
            description=params.get("Description") or "",
            private_ip=params.get("PrivateIpAddress"),
            private_ips=params.get("PrivateIpAddresses") or (),
            secondary_count=params.get("SecondaryPrivateIpAddressCount"),
            group_ids=params.get("Groups") or (),
            interface_type=params.get("InterfaceType"),
            tag_specifications=params.get("TagSpecifications") or (),
        ),
        [a["Ipv6Address"] for a in params.get("Ipv6Addresses") or () if "Ipv6Address" in a],
        params.get("Ipv6AddressCount"),
    )
    result: shapes.CreateNetworkInterfaceResult = {"NetworkInterface": interfaces.wire(created)}
    if params.get("ClientToken"):
        result["ClientToken"] = params["ClientToken"]
    return result


@action("DeleteNetworkInterface")
def delete_network_interface(ctx: Context, params: shapes.DeleteNetworkInterfaceRequest) -> None:
    interfaces.delete(ctx, params["NetworkInterfaceId"])


@action("DescribeNetworkInterfaces")
def describe_network_interfaces(
    ctx: Context, params: shapes.DescribeNetworkInterfacesRequest
) -> shapes.DescribeNetworkInterfacesResult:
    listed = interfaces.described(ctx, params.get("NetworkInterfaceIds") or ())
    listed = apply_filters(listed, params.get("Filters"), interfaces.FILTERS)
    page, token = paginate(listed, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeNetworkInterfacesResult = {
        "NetworkInterfaces": [interfaces.wire(i) for i in page]
    }
    if token is not None:
        result["NextToken"] = token
    return result


@action("AttachNetworkInterface")
def attach_network_interface(
    ctx: Context, params: shapes.AttachNetworkInterfaceRequest
) -> shapes.AttachNetworkInterfaceResult:
    attachment_id = interfaces.attach(
        ctx, params["NetworkInterfaceId"], params["InstanceId"], params["DeviceIndex"]
    )
    return {"AttachmentId": attachment_id, "NetworkCardIndex": 0}


@action("DetachNetworkInterface")
def detach_network_interface(ctx: Context, params: shapes.DetachNetworkInterfaceRequest) -> None:
    interfaces.detach(ctx, params["AttachmentId"])


@action("DescribeNetworkInterfaceAttribute")
def describe_network_interface_attribute(
    ctx: Context, params: shapes.DescribeNetworkInterfaceAttributeRequest
) -> shapes.DescribeNetworkInterfaceAttributeResult:
    return interfaces.attribute(ctx, params["NetworkInterfaceId"], params.get("Attribute"))


@action("ModifyNetworkInterfaceAttribute")
def modify_network_interface_attribute(
    ctx: Context, params: shapes.ModifyNetworkInterfaceAttributeRequest
) -> None:
    description = params.get("Description")
    source_dest_check = params.get("SourceDestCheck")
    interfaces.modify(
        ctx,
        params["NetworkInterfaceId"],
        interfaces.Changes(
            description=None if description is None else description.get("Value", ""),
            source_dest_check=(
                None if source_dest_check is None else source_dest_check.get("Value")
            ),
            group_ids=params.get("Groups"),
            attachment=params.get("Attachment"),
        ),
    )


@action("ResetNetworkInterfaceAttribute")
def reset_network_interface_attribute(
    ctx: Context, params: shapes.ResetNetworkInterfaceAttributeRequest
) -> None:
    interfaces.reset(ctx, params["NetworkInterfaceId"], params.get("SourceDestCheck"))


@action("AssignPrivateIpAddresses")
def assign_private_ip_addresses(
    ctx: Context, params: shapes.AssignPrivateIpAddressesRequest
) -> shapes.AssignPrivateIpAddressesResult:
    assigned = interfaces.assign_private_ips(
        ctx,
        params["NetworkInterfaceId"],
        params.get("PrivateIpAddresses") or (),
        params.get("SecondaryPrivateIpAddressCount"),
        bool(params.get("AllowReassignment")),
    )
    return {
        "NetworkInterfaceId": params["NetworkInterfaceId"],
        "AssignedPrivateIpAddresses": [{"PrivateIpAddress": a} for a in assigned],
    }


@action("UnassignPrivateIpAddresses")
def unassign_private_ip_addresses(
    ctx: Context, params: shapes.UnassignPrivateIpAddressesRequest
) -> None:
    interfaces.unassign_private_ips(
        ctx, params["NetworkInterfaceId"], params.get("PrivateIpAddresses") or ()
    )


@action("AssignIpv6Addresses")
def assign_ipv6_addresses(
    ctx: Context, params: shapes.AssignIpv6AddressesRequest
) -> shapes.AssignIpv6AddressesResult:
    if params.get("Ipv6Prefixes") or params.get("Ipv6PrefixCount"):
        interface_ipv6.refuse_prefixes()
    assigned = interface_ipv6.assign(
        ctx,
        params["NetworkInterfaceId"],
        params.get("Ipv6Addresses") or (),
        params.get("Ipv6AddressCount"),
    )
    return {"NetworkInterfaceId": params["NetworkInterfaceId"], "AssignedIpv6Addresses": assigned}


@action("UnassignIpv6Addresses")
def unassign_ipv6_addresses(
    ctx: Context, params: shapes.UnassignIpv6AddressesRequest
) -> shapes.UnassignIpv6AddressesResult:
    if params.get("Ipv6Prefixes"):
        interface_ipv6.refuse_prefixes()
    removed = interface_ipv6.unassign(
        ctx, params["NetworkInterfaceId"], params.get("Ipv6Addresses") or ()
    )
    return {"NetworkInterfaceId": params["NetworkInterfaceId"], "UnassignedIpv6Addresses": removed}
