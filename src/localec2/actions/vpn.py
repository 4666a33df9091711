"""Customer gateways (Create/Delete/DescribeCustomerGateways), virtual private gateways
(Create/Delete/Describe/Attach/DetachVpnGateway), VPN connections
(Create/Delete/DescribeVpnConnections, Create/DeleteVpnConnectionRoute)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters
from ..ec2.kinds import CUSTOMER_GATEWAY, VPN_CONNECTION, VPN_GATEWAY
from ..ec2.networking import vpn
from ..protocol import shapes
from .registry import action


@action("CreateCustomerGateway")
def create_customer_gateway(
    ctx: Context, params: shapes.CreateCustomerGatewayRequest
) -> shapes.CreateCustomerGatewayResult:
    gateway = vpn.create_customer_gateway(
        ctx.tx,
        params["Type"],
        params.get("IpAddress") or params.get("PublicIp"),
        params.get("BgpAsn"),
        params.get("BgpAsnExtended"),
        params.get("DeviceName"),
        params.get("CertificateArn"),
        params.get("TagSpecifications"),
    )
    return {"CustomerGateway": gateway}


@action("DeleteCustomerGateway")
def delete_customer_gateway(ctx: Context, params: shapes.DeleteCustomerGatewayRequest) -> None:
    vpn.delete_customer_gateway(ctx.tx, params["CustomerGatewayId"])


@action("DescribeCustomerGateways")
def describe_customer_gateways(
    ctx: Context, params: shapes.DescribeCustomerGatewaysRequest
) -> shapes.DescribeCustomerGatewaysResult:
    gateways = CUSTOMER_GATEWAY.described(ctx.tx, params.get("CustomerGatewayIds"))
    gateways = apply_filters(gateways, params.get("Filters"), vpn.CUSTOMER_GATEWAY_FILTERS)
    return {"CustomerGateways": gateways}


@action("CreateVpnGateway")
def create_vpn_gateway(
    ctx: Context, params: shapes.CreateVpnGatewayRequest
) -> shapes.CreateVpnGatewayResult:
    gateway = vpn.create_vpn_gateway(
        ctx.tx,
        params["Type"],
        params.get("AvailabilityZone"),
        params.get("AmazonSideAsn"),
        params.get("TagSpecifications"),
    )
    return {"VpnGateway": gateway}


@action("DeleteVpnGateway")
def delete_vpn_gateway(ctx: Context, params: shapes.DeleteVpnGatewayRequest) -> None:
    vpn.delete_vpn_gateway(ctx.tx, params["VpnGatewayId"])


@action("DescribeVpnGateways")
def describe_vpn_gateways(
    ctx: Context, params: shapes.DescribeVpnGatewaysRequest
) -> shapes.DescribeVpnGatewaysResult:
    gateways = VPN_GATEWAY.described(ctx.tx, params.get("VpnGatewayIds"))
    gateways = apply_filters(gateways, params.get("Filters"), vpn.VPN_GATEWAY_FILTERS)
    return {"VpnGateways": gateways}


@action("AttachVpnGateway")
def attach_vpn_gateway(
    ctx: Context, params: shapes.AttachVpnGatewayRequest
) -> shapes.AttachVpnGatewayResult:
    attachment = vpn.attach_vpn_gateway(ctx.tx, params["VpnGatewayId"], params["VpcId"])
    return {"VpcAttachment": attachment}


@action("DetachVpnGateway")
def detach_vpn_gateway(ctx: Context, params: shapes.DetachVpnGatewayRequest) -> None:
    vpn.detach_vpn_gateway(ctx.tx, params["VpnGatewayId"], params["VpcId"])


@action("CreateVpnConnection")
def create_vpn_connection(
    ctx: Context, params: shapes.CreateVpnConnectionRequest
) -> shapes.CreateVpnConnectionResult:
    connection = vpn.create_vpn_connection(
        ctx,
        params["CustomerGatewayId"],
        params["Type"],
        params.get("VpnGatewayId"),
        params.get("TransitGatewayId"),
        params.get("Options"),
        params.get("TagSpecifications"),
    )
    return {"VpnConnection": connection}


@action("DeleteVpnConnection")
def delete_vpn_connection(ctx: Context, params: shapes.DeleteVpnConnectionRequest) -> None:
    vpn.delete_vpn_connection(ctx.tx, params["VpnConnectionId"])


@action("DescribeVpnConnections")
def describe_vpn_connections(
    ctx: Context, params: shapes.DescribeVpnConnectionsRequest
) -> shapes.DescribeVpnConnectionsResult:
    connections = VPN_CONNECTION.described(ctx.tx, params.get("VpnConnectionIds"))
    connections = apply_filters(connections, params.get("Filters"), vpn.VPN_CONNECTION_FILTERS)
    return {"VpnConnections": connections}


@action("CreateVpnConnectionRoute")
def create_vpn_connection_route(
    ctx: Context, params: shapes.CreateVpnConnectionRouteRequest
) -> None:
    vpn.create_vpn_connection_route(
        ctx.tx, params["VpnConnectionId"], params["DestinationCidrBlock"]
    )


@action("DeleteVpnConnectionRoute")
def delete_vpn_connection_route(
    ctx: Context, params: shapes.DeleteVpnConnectionRouteRequest
) -> None:
    vpn.delete_vpn_connection_route(
        ctx.tx, params["VpnConnectionId"], params["DestinationCidrBlock"]
    )
