"""CreateRouteTable, DeleteRouteTable, DescribeRouteTables; CreateRoute, ReplaceRoute,
DeleteRoute; AssociateRouteTable, DisassociateRouteTable, ReplaceRouteTableAssociation;
EnableVgwRoutePropagation, DisableVgwRoutePropagation."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.networking import route_propagation, routes
from ..ec2.networking import route_tables as tables
from ..protocol import shapes
from .registry import action

_FILTERS = fields(
    {
        "association.gateway-id": "Associations.GatewayId",
        "association.route-table-association-id": "Associations.RouteTableAssociationId",
        "association.route-table-id": "Associations.RouteTableId",
        "association.subnet-id": "Associations.SubnetId",
        "association.main": "Associations.Main",
        "owner-id": "OwnerId",
        "route-table-id": "RouteTableId",
        "route.destination-cidr-block": "Routes.DestinationCidrBlock",
        "route.destination-ipv6-cidr-block": "Routes.DestinationIpv6CidrBlock",
        "route.destination-prefix-list-id": "Routes.DestinationPrefixListId",
        "route.egress-only-internet-gateway-id": "Routes.EgressOnlyInternetGatewayId",
        "route.gateway-id": "Routes.GatewayId",
        "route.instance-id": "Routes.InstanceId",
        "route.nat-gateway-id": "Routes.NatGatewayId",
        "route.transit-gateway-id": "Routes.TransitGatewayId",
        "route.origin": "Routes.Origin",
        "route.state": "Routes.State",
        "route.vpc-peering-connection-id": "Routes.VpcPeeringConnectionId",
        "vpc-id": "VpcId",
    }
)


@action("CreateRouteTable")
def create_route_table(
    ctx: Context, params: shapes.CreateRouteTableRequest
) -> shapes.CreateRouteTableResult:
    table = tables.create_route_table(
        ctx, params["VpcId"], params.get("TagSpecifications"), params.get("ClientToken")
    )
    result: shapes.CreateRouteTableResult = {"RouteTable": table}
    token = params.get("ClientToken")
    if token:
        result["ClientToken"] = token
    return result


@action("DeleteRouteTable")
def delete_route_table(ctx: Context, params: shapes.DeleteRouteTableRequest) -> None:
    tables.delete_route_table(ctx.tx, params["RouteTableId"])


@action("DescribeRouteTables")
def describe_route_tables(
    ctx: Context, params: shapes.DescribeRouteTablesRequest
) -> shapes.DescribeRouteTablesResult:
    found = tables.describe(ctx, params.get("RouteTableIds"))
    found = apply_filters(found, params.get("Filters"), _FILTERS)
    page, token = paginate(found, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeRouteTablesResult = {"RouteTables": page}
    if token is not None:
        result["NextToken"] = token
    return result


def _destination(
    params: shapes.CreateRouteRequest | shapes.ReplaceRouteRequest | shapes.DeleteRouteRequest,
) -> routes.Destination:
    return routes.Destination(
        params.get("DestinationCidrBlock"),
        params.get("DestinationIpv6CidrBlock"),
        params.get("DestinationPrefixListId"),
    )


def _target(
    params: shapes.CreateRouteRequest | shapes.ReplaceRouteRequest, local_target: bool = False
) -> routes.Target:
    return routes.Target(
        gateway_id=params.get("GatewayId"),
        egress_only_internet_gateway_id=params.get("EgressOnlyInternetGatewayId"),
        nat_gateway_id=params.get("NatGatewayId"),
        instance_id=params.get("InstanceId"),
        network_interface_id=params.get("NetworkInterfaceId"),
        vpc_peering_connection_id=params.get("VpcPeeringConnectionId"),
        transit_gateway_id=params.get("TransitGatewayId"),
        local_gateway_id=params.get("LocalGatewayId"),
        carrier_gateway_id=params.get("CarrierGatewayId"),
        vpc_endpoint_id=params.get("VpcEndpointId"),
        core_network_arn=params.get("CoreNetworkArn"),
        odb_network_arn=params.get("OdbNetworkArn"),
        local_target=local_target,
    )


@action("CreateRoute")
def create_route(ctx: Context, params: shapes.CreateRouteRequest) -> shapes.CreateRouteResult:
    routes.create_route(ctx, params["RouteTableId"], _destination(params), _target(params))
    return {"Return": True}


@action("ReplaceRoute")
def replace_route(ctx: Context, params: shapes.ReplaceRouteRequest) -> None:
    target = _target(params, bool(params.get("LocalTarget")))
    routes.replace_route(ctx, params["RouteTableId"], _destination(params), target)


@action("DeleteRoute")
def delete_route(ctx: Context, params: shapes.DeleteRouteRequest) -> None:
    routes.delete_route(ctx, params["RouteTableId"], _destination(params))


@action("AssociateRouteTable")
def associate_route_table(
    ctx: Context, params: shapes.AssociateRouteTableRequest
) -> shapes.AssociateRouteTableResult:
    association_id, state = tables.associate(
        ctx.tx, params["RouteTableId"], params.get("SubnetId"), params.get("GatewayId")
    )
    return {"AssociationId": association_id, "AssociationState": state}


@action("DisassociateRouteTable")
def disassociate_route_table(ctx: Context, params: shapes.DisassociateRouteTableRequest) -> None:
    tables.disassociate(ctx.tx, params["AssociationId"])


@action("ReplaceRouteTableAssociation")
def replace_route_table_association(
    ctx: Context, params: shapes.ReplaceRouteTableAssociationRequest
) -> shapes.ReplaceRouteTableAssociationResult:
    association_id, state = tables.replace_association(
        ctx.tx, params["AssociationId"], params["RouteTableId"]
    )
    return {"NewAssociationId": association_id, "AssociationState": state}


@action("EnableVgwRoutePropagation")
def enable_vgw_route_propagation(
    ctx: Context, params: shapes.EnableVgwRoutePropagationRequest
) -> None:
    route_propagation.enable(ctx.tx, params["RouteTableId"], params["GatewayId"])


@action("DisableVgwRoutePropagation")
def disable_vgw_route_propagation(
    ctx: Context, params: shapes.DisableVgwRoutePropagationRequest
) -> None:
    route_propagation.disable(ctx.tx, params["RouteTableId"], params["GatewayId"])
