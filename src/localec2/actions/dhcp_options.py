"""CreateDhcpOptions, DeleteDhcpOptions, DescribeDhcpOptions, AssociateDhcpOptions."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.networking import dhcp_options
from ..protocol import shapes
from .registry import action


@action("CreateDhcpOptions")
def create_dhcp_options(
    ctx: Context, params: shapes.CreateDhcpOptionsRequest
) -> shapes.CreateDhcpOptionsResult:
    options = dhcp_options.create(
        ctx.tx, params["DhcpConfigurations"], params.get("TagSpecifications")
    )
    return {"DhcpOptions": options}


@action("DeleteDhcpOptions")
def delete_dhcp_options(ctx: Context, params: shapes.DeleteDhcpOptionsRequest) -> None:
    dhcp_options.delete(ctx.tx, params["DhcpOptionsId"])


@action("DescribeDhcpOptions")
def describe_dhcp_options(
    ctx: Context, params: shapes.DescribeDhcpOptionsRequest
) -> shapes.DescribeDhcpOptionsResult:
    page, token = dhcp_options.describe(
        ctx.tx,
        params.get("DhcpOptionsIds"),
        params.get("Filters"),
        params.get("MaxResults"),
        params.get("NextToken"),
    )
    result: shapes.DescribeDhcpOptionsResult = {"DhcpOptions": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("AssociateDhcpOptions")
def associate_dhcp_options(ctx: Context, params: shapes.AssociateDhcpOptionsRequest) -> None:
    dhcp_options.associate(ctx.tx, params["DhcpOptionsId"], params["VpcId"])
