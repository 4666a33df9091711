"""Customer gateways, VPN gateways, VPN connections, VPC peering, against moto's server;
the actions moto does not answer (VPN connection routes, route propagation, ClassicLink
attachments) against a loopback recorder that answers EC2's `<return>true</return>`."""

from __future__ import annotations

import pytest
from vpc_support import ZONE, Recorder, connect_vpc, raises_ec2

from boto.vpc.customergateway import CustomerGateway
from boto.vpc.vpc_peering_connection import VpcInfo, VpcPeeringConnection
from boto.vpc.vpnconnection import VpnConnection
from boto.vpc.vpngateway import Attachment, VpnGateway


@pytest.fixture
def conn(moto_endpoint):
    return connect_vpc(moto_endpoint)


@pytest.fixture
def vpc(conn):
    return conn.create_vpc("10.0.0.0/16")


@pytest.fixture
def recorder():
    server = Recorder()
    yield server
    server.close()


# --- customer gateways -----------------------------------------------------------------


def test_customer_gateway_lifecycle(conn):
    gateway = conn.create_customer_gateway("ipsec.1", "203.0.113.12", 65534)
    assert isinstance(gateway, CustomerGateway)
    assert repr(gateway) == "CustomerGateway:%s" % gateway.id
    assert (gateway.type, gateway.ip_address, gateway.bgp_asn, gateway.state) == (
        "ipsec.1",
        "203.0.113.12",
        65534,
        "available",
    )
    (found,) = conn.get_all_customer_gateways([gateway.id])
    assert (found.id, found.bgp_asn) == (gateway.id, 65534)
    assert [
        g.id for g in conn.get_all_customer_gateways(filters={"customer-gateway-id": gateway.id})
    ] == [gateway.id]
    assert conn.delete_customer_gateway(gateway.id) is True
    assert conn.get_all_customer_gateways([gateway.id])[0].state == "deleted"


def test_customer_gateway_errors(conn):
    with raises_ec2("InvalidCustomerGatewayID.NotFound"):
        conn.delete_customer_gateway("cgw-12345678")


# --- VPN gateways ----------------------------------------------------------------------


def test_vpn_gateway_lifecycle(conn, vpc):
    gateway = conn.create_vpn_gateway("ipsec.1", ZONE)
    assert isinstance(gateway, VpnGateway) and repr(gateway) == "VpnGateway:%s" % gateway.id
    assert (gateway.type, gateway.state, gateway.availability_zone) == (
        "ipsec.1",
        "available",
        ZONE,
    )
    attachment = gateway.attach(vpc.id)
    assert isinstance(attachment, Attachment)
    assert (attachment.vpc_id, attachment.state) == (vpc.id, "attached")

    (found,) = conn.get_all_vpn_gateways([gateway.id])
    assert [(a.vpc_id, a.state) for a in found.attachments] == [(vpc.id, "attached")]
    assert [g.id for g in conn.get_all_vpn_gateways(filters={"attachment.vpc-id": vpc.id})] == [
        gateway.id
    ]
    assert conn.detach_vpn_gateway(gateway.id, vpc.id) is True
    assert conn.delete_vpn_gateway(gateway.id) is True
    assert conn.get_all_vpn_gateways([gateway.id])[0].state == "deleted"


def test_vpn_gateway_errors(conn, vpc):
    with raises_ec2("InvalidVpnGatewayID.NotFound"):
        conn.delete_vpn_gateway("vgw-12345678")
    with raises_ec2("InvalidVpnGatewayID.NotFound"):
        conn.attach_vpn_gateway("vgw-12345678", vpc.id)
    gateway = conn.create_vpn_gateway("ipsec.1")
    with raises_ec2("InvalidVpnGatewayAttachment.NotFound"):
        conn.detach_vpn_gateway(gateway.id, vpc.id)


# --- VPN connections -------------------------------------------------------------------


def test_vpn_connection_lifecycle(conn, vpc):
    customer = conn.create_customer_gateway("ipsec.1", "203.0.113.12", 65534)
    gateway = conn.create_vpn_gateway("ipsec.1")
    gateway.attach(vpc.id)
    connection = conn.create_vpn_connection(
        "ipsec.1", customer.id, gateway.id, static_routes_only=True
    )
    assert isinstance(connection, VpnConnection)
    assert repr(connection) == "VpnConnection:%s" % connection.id
    assert (connection.type, connection.customer_gateway_id, connection.vpn_gateway_id) == (
        "ipsec.1",
        customer.id,
        gateway.id,
    )
    assert connection.customer_gateway_configuration

    (found,) = conn.get_all_vpn_connections([connection.id])
    assert (found.id, found.state) == (connection.id, "available")
    by_gateway = conn.get_all_vpn_connections(filters={"vpn-gateway-id": gateway.id})
    assert [c.id for c in by_gateway] == [connection.id]

    assert connection.delete() is True
    assert conn.get_all_vpn_connections([connection.id])[0].state == "deleted"


def test_vpn_connection_errors(conn):
    with raises_ec2("InvalidVpnConnectionID.NotFound"):
        conn.get_all_vpn_connections(["vpn-12345678"])
    with raises_ec2("InvalidVpnConnectionID.NotFound"):
        conn.delete_vpn_connection("vpn-12345678")


def test_vpn_connection_parses_tunnels_routes_and_options():
    """A DescribeVpnConnections item of today's shape: telemetry, static routes, options
    (with a tunnel option set that must not end on the options themselves)."""
    from boto import handler
    from boto.resultset import ResultSet

    body = b"""<DescribeVpnConnectionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
      <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId>
      <vpnConnectionSet><item>
        <vpnConnectionId>vpn-44a8938f</vpnConnectionId><state>available</state>
        <customerGatewayConfiguration>&lt;vpn_connection/&gt;</customerGatewayConfiguration>
        <type>ipsec.1</type><customerGatewayId>cgw-b4dc3961</customerGatewayId>
        <vpnGatewayId>vgw-8db04f81</vpnGatewayId><category>VPN</category>
        <options><staticRoutesOnly>true</staticRoutesOnly>
          <tunnelOptionSet><item><outsideIpAddress>72.21.209.192</outsideIpAddress>
            <tunnelInsideCidr>169.254.12.0/30</tunnelInsideCidr></item></tunnelOptionSet>
        </options>
        <routes><item><destinationCidrBlock>192.168.0.0/24</destinationCidrBlock>
          <source>static</source><state>available</state></item></routes>
        <vgwTelemetry>
          <item><outsideIpAddress>72.21.209.192</outsideIpAddress><status>UP</status>
            <lastStatusChange>2019-03-18T14:37:04.000Z</lastStatusChange>
            <statusMessage/><acceptedRouteCount>2</acceptedRouteCount></item>
          <item><outsideIpAddress>72.21.209.224</outsideIpAddress><status>DOWN</status>
            <lastStatusChange>2019-03-18T14:37:04Z</lastStatusChange>
            <acceptedRouteCount>0</acceptedRouteCount></item>
        </vgwTelemetry>
        <tagSet><item><key>Name</key><value>office</value></item></tagSet>
      </item></vpnConnectionSet>
    </DescribeVpnConnectionsResponse>"""
    result = ResultSet([("item", VpnConnection)])
    handler.parse(body, result, None)
    (connection,) = result
    assert (connection.id, connection.state, connection.type) == (
        "vpn-44a8938f",
        "available",
        "ipsec.1",
    )
    assert connection.customer_gateway_configuration == "<vpn_connection/>"
    assert connection.options.static_routes_only is True
    assert not hasattr(connection.options, "outsideIpAddress")
    (route,) = connection.static_routes
    assert (route.destination_cidr_block, route.source, route.state) == (
        "192.168.0.0/24",
        "static",
        "available",
    )
    up, down = connection.tunnels
    assert repr(up) == "VpnTunnel: 72.21.209.192"
    assert (up.status, up.accepted_route_count) == ("UP", 2)
    assert up.last_status_change.isoformat() == "2019-03-18T14:37:04"
    assert down.last_status_change.isoformat() == "2019-03-18T14:37:04"
    assert connection.tags == {"Name": "office"}


# --- VPC peering -----------------------------------------------------------------------


def test_peering_accept_and_delete(conn, vpc):
    peer = conn.create_vpc("10.1.0.0/16")
    peering = conn.create_vpc_peering_connection(vpc.id, peer.id)
    assert isinstance(peering, VpcPeeringConnection)
    assert repr(peering) == "VpcPeeringConnection:%s" % peering.id
    assert isinstance(peering.requester_vpc_info, VpcInfo)
    assert peering.requester_vpc_info.vpc_id == vpc.id
    assert peering.requester_vpc_info.cidr_block == "10.0.0.0/16"
    assert peering.accepter_vpc_info.vpc_id == peer.id
    assert peering.status_code == "initiating-request"

    assert peering.update() == "pending-acceptance"
    accepted = conn.accept_vpc_peering_connection(peering.id)
    assert (accepted.id, accepted.status_code) == (peering.id, "active")
    assert accepted.accepter_vpc_info.cidr_block == "10.1.0.0/16"
    assert peering.update() == "active"
    by_status = conn.get_all_vpc_peering_connections(filters={"status-code": "active"})
    assert [p.id for p in by_status] == [peering.id]

    assert peering.delete() is True
    assert peering.update() == "deleted"


def test_peering_reject(conn, vpc):
    peer = conn.create_vpc("10.1.0.0/16")
    peering = conn.create_vpc_peering_connection(vpc.id, peer.id, peer_owner_id="123456789012")
    assert conn.reject_vpc_peering_connection(peering.id) is True
    assert peering.update() == "rejected"


def test_peering_errors(conn, vpc):
    with raises_ec2("InvalidVpcPeeringConnectionId.NotFound"):
        conn.accept_vpc_peering_connection("pcx-12345678")
    with raises_ec2("InvalidVpcPeeringConnectionId.NotFound"):
        conn.reject_vpc_peering_connection("pcx-12345678")
    with raises_ec2("InvalidVpcPeeringConnectionId.NotFound"):
        conn.delete_vpc_peering_connection("pcx-12345678")
    with raises_ec2("InvalidVpcID.NotFound"):
        conn.create_vpc_peering_connection(vpc.id, "vpc-12345678")


# --- what moto does not answer: on the wire, against a recorder -------------------------


def test_vpn_connection_routes_and_route_propagation(recorder):
    conn = connect_vpc(recorder.url)
    assert conn.create_vpn_connection_route("192.168.0.0/24", "vpn-1") is True
    assert recorder.last() == (
        "GET",
        {
            "Action": "CreateVpnConnectionRoute",
            "DestinationCidrBlock": "192.168.0.0/24",
            "VpnConnectionId": "vpn-1",
        },
    )
    assert conn.delete_vpn_connection_route("192.168.0.0/24", "vpn-1", dry_run=True) is True
    assert recorder.last()[1]["Action"] == "DeleteVpnConnectionRoute"
    assert recorder.last()[1]["DryRun"] == "true"
    assert conn.enable_vgw_route_propagation("rtb-1", "vgw-1") is True
    assert recorder.last()[1] == {
        "Action": "EnableVgwRoutePropagation",
        "RouteTableId": "rtb-1",
        "GatewayId": "vgw-1",
    }
    assert conn.disable_vgw_route_propagation("rtb-1", "vgw-1") is True
    assert recorder.last()[1]["Action"] == "DisableVgwRoutePropagation"


def test_classic_link_attachments(recorder):
    from boto.ec2.securitygroup import SecurityGroup

    conn = connect_vpc(recorder.url)
    group = SecurityGroup(conn)
    group.id = "sg-2"
    assert conn.attach_classic_link_vpc("vpc-1", "i-1", ["sg-1", group]) is True
    assert recorder.last()[1] == {
        "Action": "AttachClassicLinkVpc",
        "VpcId": "vpc-1",
        "InstanceId": "i-1",
        "SecurityGroupId.1": "sg-1",
        "SecurityGroupId.2": "sg-2",
    }
    assert conn.detach_classic_link_vpc("vpc-1", "i-1") is True
    assert recorder.last()[1] == {
        "Action": "DetachClassicLinkVpc",
        "VpcId": "vpc-1",
        "InstanceId": "i-1",
    }


def test_error_from_an_unanswered_action_is_an_ec2_response_error(recorder):
    recorder.status = 400
    recorder.body = (
        b'<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error>'
        b"<Code>InvalidVpnConnectionID.NotFound</Code><Message>no</Message></Error></Errors>"
        b"<RequestID>r-2</RequestID></Response>"
    )
    conn = connect_vpc(recorder.url)
    with raises_ec2("InvalidVpnConnectionID.NotFound") as raised:
        conn.create_vpn_connection_route("192.168.0.0/24", "vpn-1")
    assert raised.value.request_id == "r-2"
