"""CreateNetworkAcl, DeleteNetworkAcl, DescribeNetworkAcls, Create/Replace/DeleteNetworkAclEntry,
ReplaceNetworkAclAssociation."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.networking import network_acls
from ..protocol import shapes
from .registry import action


@action("DescribeNetworkAcls")
def describe_network_acls(
    ctx: Context, params: shapes.DescribeNetworkAclsRequest
) -> shapes.DescribeNetworkAclsResult:
    acls = network_acls.described(ctx.tx, params.get("NetworkAclIds"))
    acls = apply_filters(acls, params.get("Filters"), network_acls.FILTERS)
    page, token = paginate(acls, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeNetworkAclsResult = {"NetworkAcls": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("CreateNetworkAcl")
def create_network_acl(
    ctx: Context, params: shapes.CreateNetworkAclRequest
) -> shapes.CreateNetworkAclResult:
    acl = network_acls.create_network_acl(
        ctx.tx, params["VpcId"], params.get("TagSpecifications"), params.get("ClientToken")
    )
    result: shapes.CreateNetworkAclResult = {"NetworkAcl": acl}
    if "ClientToken" in params:
        result["ClientToken"] = params["ClientToken"]
    return result


@action("DeleteNetworkAcl")
def delete_network_acl(ctx: Context, params: shapes.DeleteNetworkAclRequest) -> None:
    network_acls.delete_network_acl(ctx.tx, params["NetworkAclId"])


def _entry(
    params: shapes.CreateNetworkAclEntryRequest | shapes.ReplaceNetworkAclEntryRequest,
) -> network_acls.EntryRequest:
    return network_acls.EntryRequest(
        rule_number=params["RuleNumber"],
        egress=params["Egress"],
        protocol=params["Protocol"],
        rule_action=params["RuleAction"],
        cidr_block=params.get("CidrBlock"),
        ipv6_cidr_block=params.get("Ipv6CidrBlock"),
        port_range=params.get("PortRange"),
        icmp_type_code=params.get("IcmpTypeCode"),
    )


@action("CreateNetworkAclEntry")
def create_network_acl_entry(ctx: Context, params: shapes.CreateNetworkAclEntryRequest) -> None:
    network_acls.create_entry(ctx.tx, params["NetworkAclId"], _entry(params))


@action("ReplaceNetworkAclEntry")
def replace_network_acl_entry(ctx: Context, params: shapes.ReplaceNetworkAclEntryRequest) -> None:
    network_acls.replace_entry(ctx.tx, params["NetworkAclId"], _entry(params))


@action("DeleteNetworkAclEntry")
def delete_network_acl_entry(ctx: Context, params: shapes.DeleteNetworkAclEntryRequest) -> None:
    network_acls.delete_entry(
        ctx.tx, params["NetworkAclId"], params["RuleNumber"], params["Egress"]
    )


@action("ReplaceNetworkAclAssociation")
def replace_network_acl_association(
    ctx: Context, params: shapes.ReplaceNetworkAclAssociationRequest
) -> shapes.ReplaceNetworkAclAssociationResult:
    new_id = network_acls.replace_association(
        ctx.tx, params["AssociationId"], params["NetworkAclId"]
    )
    return {"NewAssociationId": new_id}
