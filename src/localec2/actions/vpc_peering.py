"""CreateVpcPeeringConnection, AcceptVpcPeeringConnection, RejectVpcPeeringConnection,
DeleteVpcPeeringConnection, DescribeVpcPeeringConnections, ModifyVpcPeeringConnectionOptions."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.networking import peering
from ..protocol import shapes
from .registry import action


@action("DescribeVpcPeeringConnections")
def describe_vpc_peering_connections(
    ctx: Context, params: shapes.DescribeVpcPeeringConnectionsRequest
) -> shapes.DescribeVpcPeeringConnectionsResult:
    connections = peering.described(ctx, params.get("VpcPeeringConnectionIds"))
    connections = apply_filters(connections, params.get("Filters"), peering.FILTERS)
    page, token = paginate(connections, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeVpcPeeringConnectionsResult = {"VpcPeeringConnections": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("CreateVpcPeeringConnection")
def create_vpc_peering_connection(
    ctx: Context, params: shapes.CreateVpcPeeringConnectionRequest
) -> shapes.CreateVpcPeeringConnectionResult:
    connection = peering.create(
        ctx,
        params["VpcId"],
        params.get("PeerVpcId"),
        params.get("PeerOwnerId"),
        params.get("PeerRegion"),
        params.get("TagSpecifications"),
    )
    return {"VpcPeeringConnection": connection}


@action("AcceptVpcPeeringConnection")
def accept_vpc_peering_connection(
    ctx: Context, params: shapes.AcceptVpcPeeringConnectionRequest
) -> shapes.AcceptVpcPeeringConnectionResult:
    return {"VpcPeeringConnection": peering.accept(ctx, params["VpcPeeringConnectionId"])}


@action("RejectVpcPeeringConnection")
def reject_vpc_peering_connection(
    ctx: Context, params: shapes.RejectVpcPeeringConnectionRequest
) -> shapes.RejectVpcPeeringConnectionResult:
    peering.reject(ctx, params["VpcPeeringConnectionId"])
    return {"Return": True}


@action("DeleteVpcPeeringConnection")
def delete_vpc_peering_connection(
    ctx: Context, params: shapes.DeleteVpcPeeringConnectionRequest
) -> shapes.DeleteVpcPeeringConnectionResult:
    peering.delete(ctx, params["VpcPeeringConnectionId"])
    return {"Return": True}


@action("ModifyVpcPeeringConnectionOptions")
def modify_vpc_peering_connection_options(
    ctx: Context, params: shapes.ModifyVpcPeeringConnectionOptionsRequest
) -> shapes.ModifyVpcPeeringConnectionOptionsResult:
    return peering.modify_options(
        ctx,
        params["VpcPeeringConnectionId"],
        params.get("RequesterPeeringConnectionOptions"),
        params.get("AccepterPeeringConnectionOptions"),
    )
