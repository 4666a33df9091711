"""CreateInternetGateway, DeleteInternetGateway, DescribeInternetGateways,
AttachInternetGateway, DetachInternetGateway; the egress-only gateways' Create, Delete and
Describe."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.kinds import EGRESS_ONLY_INTERNET_GATEWAY, INTERNET_GATEWAY
from ..ec2.networking import internet_gateways as gateways
from ..protocol import shapes
from .registry import action

_FILTERS = fields(
    {
        "attachment.state": "Attachments.State",
        "attachment.vpc-id": "Attachments.VpcId",
        "internet-gateway-id": "InternetGatewayId",
        "owner-id": "OwnerId",
    }
)
_EGRESS_ONLY_FILTERS = fields({})  # EC2 lists only the tag filters


@action("CreateInternetGateway")
def create_internet_gateway(
    ctx: Context, params: shapes.CreateInternetGatewayRequest
) -> shapes.CreateInternetGatewayResult:
    gateway = gateways.create_internet_gateway(ctx.tx, params.get("TagSpecifications"))
    return {"InternetGateway": gateway}


@action("DeleteInternetGateway")
def delete_internet_gateway(ctx: Context, params: shapes.DeleteInternetGatewayRequest) -> None:
    gateways.delete_internet_gateway(ctx.tx, params["InternetGatewayId"])


@action("DescribeInternetGateways")
def describe_internet_gateways(
    ctx: Context, params: shapes.DescribeInternetGatewaysRequest
) -> shapes.DescribeInternetGatewaysResult:
    found = INTERNET_GATEWAY.described(ctx.tx, params.get("InternetGatewayIds"))
    found = apply_filters(found, params.get("Filters"), _FILTERS)
    page, token = paginate(found, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeInternetGatewaysResult = {"InternetGateways": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("AttachInternetGateway")
def attach_internet_gateway(ctx: Context, params: shapes.AttachInternetGatewayRequest) -> None:
    gateways.attach_internet_gateway(ctx.tx, params["InternetGatewayId"], params["VpcId"])


@action("DetachInternetGateway")
def detach_internet_gateway(ctx: Context, params: shapes.DetachInternetGatewayRequest) -> None:
    gateways.detach_internet_gateway(ctx, params["InternetGatewayId"], params["VpcId"])


@action("CreateEgressOnlyInternetGateway")
def create_egress_only_internet_gateway(
    ctx: Context, params: shapes.CreateEgressOnlyInternetGatewayRequest
) -> shapes.CreateEgressOnlyInternetGatewayResult:
    gateway = gateways.create_egress_only_gateway(
        ctx.tx, params["VpcId"], params.get("TagSpecifications"), params.get("ClientToken")
    )
    result: shapes.CreateEgressOnlyInternetGatewayResult = {"EgressOnlyInternetGateway": gateway}
    token = params.get("ClientToken")
    if token:
        result["ClientToken"] = token
    return result


@action("DeleteEgressOnlyInternetGateway")
def delete_egress_only_internet_gateway(
    ctx: Context, params: shapes.DeleteEgressOnlyInternetGatewayRequest
) -> shapes.DeleteEgressOnlyInternetGatewayResult:
    gateways.delete_egress_only_gateway(ctx.tx, params["EgressOnlyInternetGatewayId"])
    return {"ReturnCode": True}


@action("DescribeEgressOnlyInternetGateways")
def describe_egress_only_internet_gateways(
    ctx: Context, params: shapes.DescribeEgressOnlyInternetGatewaysRequest
) -> shapes.DescribeEgressOnlyInternetGatewaysResult:
    found = EGRESS_ONLY_INTERNET_GATEWAY.described(
        ctx.tx, params.get("EgressOnlyInternetGatewayIds")
    )
    found = apply_filters(found, params.get("Filters"), _EGRESS_ONLY_FILTERS)
    page, token = paginate(found, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeEgressOnlyInternetGatewaysResult = {"EgressOnlyInternetGateways": page}
    if token is not None:
        result["NextToken"] = token
    return result
