"""EnableVgwRoutePropagation / DisableVgwRoutePropagation: a virtual private gateway's VPN
static routes show in a route table while it propagates into it."""

from __future__ import annotations

import pytest
from groups_support import expect_error


@pytest.fixture
def network(ec2_client):
    """A VPC with a table of its own, a gateway attached to it, and a static VPN connection
    with one route."""
    vpc_id = ec2_client.create_vpc(CidrBlock="10.60.0.0/16")["Vpc"]["VpcId"]
    table_id = ec2_client.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
    gateway_id = ec2_client.create_vpn_gateway(Type="ipsec.1")["VpnGateway"]["VpnGatewayId"]
    ec2_client.attach_vpn_gateway(VpcId=vpc_id, VpnGatewayId=gateway_id)
    customer = ec2_client.create_customer_gateway(Type="ipsec.1", IpAddress="203.0.113.40")
    connection_id = ec2_client.create_vpn_connection(
        Type="ipsec.1",
        CustomerGatewayId=customer["CustomerGateway"]["CustomerGatewayId"],
        VpnGatewayId=gateway_id,
        Options={"StaticRoutesOnly": True},
    )["VpnConnection"]["VpnConnectionId"]
    ec2_client.create_vpn_connection_route(
        VpnConnectionId=connection_id, DestinationCidrBlock="192.168.10.0/24"
    )
    return vpc_id, table_id, gateway_id, connection_id


def _table(ec2_client, table_id):
    return ec2_client.describe_route_tables(RouteTableIds=[table_id])["RouteTables"][0]


def test_the_gateways_routes_show_while_it_propagates(ec2_client, network):
    vpc_id, table_id, gateway_id, connection_id = network
    assert _table(ec2_client, table_id)["PropagatingVgws"] == []
    ec2_client.enable_vgw_route_propagation(RouteTableId=table_id, GatewayId=gateway_id)
    ec2_client.enable_vgw_route_propagation(RouteTableId=table_id, GatewayId=gateway_id)
    table = _table(ec2_client, table_id)
    assert table["PropagatingVgws"] == [{"GatewayId": gateway_id}]
    (propagated,) = [r for r in table["Routes"] if r["Origin"] == "EnableVgwRoutePropagation"]
    assert propagated == {
        "DestinationCidrBlock": "192.168.10.0/24",
        "GatewayId": gateway_id,
        "Origin": "EnableVgwRoutePropagation",
        "State": "active",
    }
    by_origin = ec2_client.describe_route_tables(
        Filters=[{"Name": "route.origin", "Values": ["EnableVgwRoutePropagation"]}]
    )["RouteTables"]
    assert [t["RouteTableId"] for t in by_origin] == [table_id]

    # the routes follow the connection's
    ec2_client.delete_vpn_connection_route(
        VpnConnectionId=connection_id, DestinationCidrBlock="192.168.10.0/24"
    )
    routes = _table(ec2_client, table_id)["Routes"]
    assert [r["Origin"] for r in routes] == ["CreateRouteTable"]

    ec2_client.disable_vgw_route_propagation(RouteTableId=table_id, GatewayId=gateway_id)
    assert _table(ec2_client, table_id)["PropagatingVgws"] == []


def test_a_detached_gateway_propagates_nothing(ec2_client, network):
    vpc_id, table_id, gateway_id, _ = network
    ec2_client.enable_vgw_route_propagation(RouteTableId=table_id, GatewayId=gateway_id)
    ec2_client.detach_vpn_gateway(VpcId=vpc_id, VpnGatewayId=gateway_id)
    table = _table(ec2_client, table_id)
    assert table["PropagatingVgws"] == []
    assert [r["Origin"] for r in table["Routes"]] == ["CreateRouteTable"]


def test_a_route_of_the_tables_own_wins(ec2_client, network):
    _, table_id, gateway_id, _ = network
    ec2_client.create_route(
        RouteTableId=table_id, DestinationCidrBlock="192.168.10.0/24", GatewayId=gateway_id
    )
    ec2_client.enable_vgw_route_propagation(RouteTableId=table_id, GatewayId=gateway_id)
    routes = [r for r in _table(ec2_client, table_id)["Routes"] if r["GatewayId"] == gateway_id]
    assert [r["Origin"] for r in routes] == ["CreateRoute"]


def test_errors_change_nothing(ec2_client, network, aws_cli):
    vpc_id, table_id, gateway_id, _ = network
    other_vpc = ec2_client.create_vpc(CidrBlock="10.61.0.0/16")["Vpc"]["VpcId"]
    other_table = ec2_client.create_route_table(VpcId=other_vpc)["RouteTable"]["RouteTableId"]
    expect_error(
        ec2_client.enable_vgw_route_propagation,
        "Gateway.NotAttached",
        RouteTableId=other_table,
        GatewayId=gateway_id,
    )
    expect_error(
        ec2_client.enable_vgw_route_propagation,
        "InvalidVpnGatewayID.NotFound",
        RouteTableId=table_id,
        GatewayId="vgw-0123456789abcdef0",
    )
    expect_error(
        ec2_client.enable_vgw_route_propagation,
        "InvalidRouteTableID.NotFound",
        RouteTableId="rtb-0123456789abcdef0",
        GatewayId=gateway_id,
    )
    expect_error(
        ec2_client.enable_vgw_route_propagation,
        "DryRunOperation",
        412,
        RouteTableId=table_id,
        GatewayId=gateway_id,
        DryRun=True,
    )
    assert _table(ec2_client, table_id)["PropagatingVgws"] == []
    assert _table(ec2_client, other_table)["PropagatingVgws"] == []

    aws_cli(
        "enable-vgw-route-propagation",
        "--route-table-id",
        table_id,
        "--gateway-id",
        gateway_id,
    )
    assert _table(ec2_client, table_id)["PropagatingVgws"] == [{"GatewayId": gateway_id}]
