"""NAT gateways: CreateNatGateway, DeleteNatGateway, DescribeNatGateways (the rules:
`ec2.networking.nat_gateways`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.networking import nat_gateways
from ..protocol import shapes
from .registry import action


@action("CreateNatGateway")
def create_nat_gateway(
    ctx: Context, params: shapes.CreateNatGatewayRequest
) -> shapes.CreateNatGatewayResult:
    gateway = nat_gateways.create(
        ctx,
        nat_gateways.NewNatGateway(
            subnet_id=params.get("SubnetId"),
            allocation_id=params.get("AllocationId"),
            connectivity_type=params.get("ConnectivityType") or "public",
            private_ip=params.get("PrivateIpAddress"),
            secondary=bool(
                params.get("SecondaryAllocationIds")
                or params.get("SecondaryPrivateIpAddresses")
                or params.get("SecondaryPrivateIpAddressCount")
            ),
            tag_specifications=params.get("TagSpecifications") or (),
        ),
    )
    result: shapes.CreateNatGatewayResult = {"NatGateway": gateway}
    if params.get("ClientToken"):
        result["ClientToken"] = params["ClientToken"]
    return result


@action("DeleteNatGateway")
def delete_nat_gateway(
    ctx: Context, params: shapes.DeleteNatGatewayRequest
) -> shapes.DeleteNatGatewayResult:
    return {"NatGatewayId": nat_gateways.delete(ctx, params["NatGatewayId"])}


@action("DescribeNatGateways")
def describe_nat_gateways(
    ctx: Context, params: shapes.DescribeNatGatewaysRequest
) -> shapes.DescribeNatGatewaysResult:
    listed = nat_gateways.described(ctx, params.get("NatGatewayIds") or ())
    listed = apply_filters(listed, params.get("Filter"), nat_gateways.FILTERS)
    page, token = paginate(listed, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeNatGatewaysResult = {"NatGateways": page}
    if token is not None:
        result["NextToken"] = token
    return result
