"""Site-to-Site VPN: customer gateways, virtual private gateways, VPN connections and routes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from groups_support import expect_error


def _cgw(client, ip="203.0.113.12", **kwargs):
    return client.create_customer_gateway(Type="ipsec.1", IpAddress=ip, **kwargs)["CustomerGateway"]


def _vgw(client, **kwargs):
    return client.create_vpn_gateway(Type="ipsec.1", **kwargs)["VpnGateway"]


def test_customer_gateways(ec2_client):
    gateway = _cgw(
        ec2_client,
        BgpAsn=65010,
        TagSpecifications=[
            {"ResourceType": "customer-gateway", "Tags": [{"Key": "Name", "Value": "office"}]}
        ],
    )
    assert gateway["CustomerGatewayId"].startswith("cgw-")
    assert gateway["State"] == "available" and gateway["BgpAsn"] == "65010"
    assert gateway["IpAddress"] == "203.0.113.12" and gateway["Type"] == "ipsec.1"
    assert gateway["Tags"] == [{"Key": "Name", "Value": "office"}]
    # EC2: an identical request answers the existing gateway
    again = _cgw(ec2_client, BgpAsn=65010)
    assert again["CustomerGatewayId"] == gateway["CustomerGatewayId"]
    other = _cgw(ec2_client, ip="198.51.100.7")
    assert other["BgpAsn"] == "65000"  # EC2's default ASN
    listed = ec2_client.describe_customer_gateways(
        Filters=[{"Name": "ip-address", "Values": ["203.0.113.12"]}]
    )["CustomerGateways"]
    assert [g["CustomerGatewayId"] for g in listed] == [gateway["CustomerGatewayId"]]
    assert (
        ec2_client.describe_customer_gateways(Filters=[{"Name": "tag:Name", "Values": ["office"]}])[
            "CustomerGateways"
        ][0]["CustomerGatewayId"]
        == gateway["CustomerGatewayId"]
    )
    ec2_client.delete_customer_gateway(CustomerGatewayId=gateway["CustomerGatewayId"])
    expect_error(
        ec2_client.describe_customer_gateways,
        "InvalidCustomerGatewayID.NotFound",
        CustomerGatewayIds=[gateway["CustomerGatewayId"]],
    )


def test_customer_gateway_errors_change_nothing(ec2_client):
    expect_error(ec2_client.create_customer_gateway, "MissingParameter", Type="ipsec.1")
    expect_error(
        ec2_client.create_customer_gateway,
        "InvalidParameterValue",
        Type="ipsec.1",
        IpAddress="not-an-ip",
    )
    expect_error(
        ec2_client.create_customer_gateway,
        "InvalidParameterValue",
        Type="ipsec.1",
        IpAddress="203.0.113.1",
        BgpAsn=0,
    )
    expect_error(
        ec2_client.create_customer_gateway,
        "InvalidParameterValue",
        Type="ipsec.1",
        IpAddress="203.0.113.1",
        TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "a", "Value": "b"}]}],
    )
    expect_error(
        ec2_client.create_customer_gateway,
        "DryRunOperation",
        412,
        Type="ipsec.1",
        IpAddress="203.0.113.1",
        DryRun=True,
    )
    assert ec2_client.describe_customer_gateways()["CustomerGateways"] == []
    expect_error(
        ec2_client.delete_customer_gateway,
        "InvalidCustomerGatewayID.NotFound",
        CustomerGatewayId="cgw-12345678",
    )
    expect_error(
        ec2_client.delete_customer_gateway,
        "InvalidCustomerGatewayId.Malformed",
        CustomerGatewayId="gw-1",
    )


def test_vpn_gateways_attach_detach_delete(ec2_client):
    vpc_id = ec2_client.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    gateway = _vgw(ec2_client, AmazonSideAsn=65001)
    gateway_id = gateway["VpnGatewayId"]
    assert gateway_id.startswith("vgw-") and gateway["State"] == "available"
    assert gateway["AmazonSideAsn"] == 65001 and gateway["VpcAttachments"] == []
    assert _vgw(ec2_client)["AmazonSideAsn"] == 64512
    attachment = ec2_client.attach_vpn_gateway(VpnGatewayId=gateway_id, VpcId=vpc_id)[
        "VpcAttachment"
    ]
    assert attachment == {"VpcId": vpc_id, "State": "attaching"}
    (described,) = ec2_client.describe_vpn_gateways(VpnGatewayIds=[gateway_id])["VpnGateways"]
    assert described["VpcAttachments"] == [{"VpcId": vpc_id, "State": "attached"}]
    found = ec2_client.describe_vpn_gateways(
        Filters=[{"Name": "attachment.vpc-id", "Values": [vpc_id]}]
    )["VpnGateways"]
    assert [g["VpnGatewayId"] for g in found] == [gateway_id]
    expect_error(ec2_client.delete_vpn_gateway, "DependencyViolation", VpnGatewayId=gateway_id)
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=vpc_id)
    other = _vgw(ec2_client)["VpnGatewayId"]
    expect_error(
        ec2_client.attach_vpn_gateway,
        "InvalidVpcState",
        VpnGatewayId=other,
        VpcId=vpc_id,
    )
    second_vpc = ec2_client.create_vpc(CidrBlock="10.1.0.0/16")["Vpc"]["VpcId"]
    expect_error(
        ec2_client.attach_vpn_gateway,
        "VpnGatewayAttachmentLimitExceeded",
        VpnGatewayId=gateway_id,
        VpcId=second_vpc,
    )
    ec2_client.detach_vpn_gateway(VpnGatewayId=gateway_id, VpcId=vpc_id)
    (described,) = ec2_client.describe_vpn_gateways(VpnGatewayIds=[gateway_id])["VpnGateways"]
    assert described["VpcAttachments"] == [{"VpcId": vpc_id, "State": "detached"}]
    expect_error(
        ec2_client.detach_vpn_gateway,
        "InvalidVpnGatewayAttachment.NotFound",
        VpnGatewayId=gateway_id,
        VpcId=vpc_id,
    )
    ec2_client.delete_vpn_gateway(VpnGatewayId=gateway_id)
    ec2_client.delete_vpc(VpcId=vpc_id)
    expect_error(
        ec2_client.describe_vpn_gateways,
        "InvalidVpnGatewayID.NotFound",
        VpnGatewayIds=[gateway_id],
    )


def test_vpn_gateway_errors_change_nothing(ec2_client):
    expect_error(
        ec2_client.create_vpn_gateway, "InvalidParameterValue", Type="ipsec.1", AmazonSideAsn=100
    )
    expect_error(ec2_client.create_vpn_gateway, "DryRunOperation", 412, Type="ipsec.1", DryRun=True)
    assert ec2_client.describe_vpn_gateways()["VpnGateways"] == []
    gateway_id = _vgw(ec2_client)["VpnGatewayId"]
    expect_error(
        ec2_client.attach_vpn_gateway,
        "InvalidVpcID.NotFound",
        VpnGatewayId=gateway_id,
        VpcId="vpc-12345678",
    )
    expect_error(
        ec2_client.attach_vpn_gateway,
        "InvalidVpnGatewayID.NotFound",
        VpnGatewayId="vgw-12345678",
        VpcId=ec2_client.describe_vpcs()["Vpcs"][0]["VpcId"],
    )
    expect_error(
        ec2_client.describe_vpn_gateways, "InvalidVpnGatewayId.Malformed", VpnGatewayIds=["vg-1"]
    )
    (gateway,) = ec2_client.describe_vpn_gateways()["VpnGateways"]
    assert gateway["VpcAttachments"] == []


def test_vpn_connection_with_static_routes(ec2_client):
    customer = _cgw(ec2_client)
    gateway_id = _vgw(ec2_client)["VpnGatewayId"]
    connection = ec2_client.create_vpn_connection(
        Type="ipsec.1",
        CustomerGatewayId=customer["CustomerGatewayId"],
        VpnGatewayId=gateway_id,
        Options={"StaticRoutesOnly": True},
        TagSpecifications=[
            {"ResourceType": "vpn-connection", "Tags": [{"Key": "Name", "Value": "site"}]}
        ],
    )["VpnConnection"]
    vpn_id = connection["VpnConnectionId"]
    assert vpn_id.startswith("vpn-") and connection["State"] == "pending"
    assert connection["Options"]["StaticRoutesOnly"] is True
    assert len(connection["VgwTelemetry"]) == 2
    config = ET.fromstring(connection["CustomerGatewayConfiguration"])
    assert config.tag == "vpn_connection" and config.get("id") == vpn_id
    assert config.findtext("vpn_gateway_id") == gateway_id
    tunnels = config.findall("ipsec_tunnel")
    assert len(tunnels) == 2
    assert (
        tunnels[0].findtext("customer_gateway/tunnel_outside_address/ip_address") == "203.0.113.12"
    )
    assert tunnels[0].findtext("ike/pre_shared_key")
    (described,) = ec2_client.describe_vpn_connections(VpnConnectionIds=[vpn_id])["VpnConnections"]
    assert described["State"] == "available" and described["Tags"] == [
        {"Key": "Name", "Value": "site"}
    ]
    expect_error(
        ec2_client.create_vpn_connection_route,
        "InvalidParameterValue",
        VpnConnectionId=vpn_id,
        DestinationCidrBlock="10.0.0.0/33",
    )
    ec2_client.create_vpn_connection_route(
        VpnConnectionId=vpn_id, DestinationCidrBlock="192.168.10.0/24"
    )
    expect_error(
        ec2_client.create_vpn_connection_route,
        "RouteAlreadyExists",
        VpnConnectionId=vpn_id,
        DestinationCidrBlock="192.168.10.0/24",
    )
    (described,) = ec2_client.describe_vpn_connections(VpnConnectionIds=[vpn_id])["VpnConnections"]
    assert described["Routes"] == [
        {"DestinationCidrBlock": "192.168.10.0/24", "Source": "Static", "State": "available"}
    ]
    found = ec2_client.describe_vpn_connections(
        Filters=[{"Name": "route.destination-cidr-block", "Values": ["192.168.10.0/24"]}]
    )["VpnConnections"]
    assert [c["VpnConnectionId"] for c in found] == [vpn_id]
    assert (
        ec2_client.describe_vpn_connections(
            Filters=[{"Name": "option.static-routes-only", "Values": ["false"]}]
        )["VpnConnections"]
        == []
    )
    # in use: the gateways stay
    expect_error(
        ec2_client.delete_customer_gateway,
        "IncorrectState",
        CustomerGatewayId=customer["CustomerGatewayId"],
    )
    expect_error(ec2_client.delete_vpn_gateway, "DependencyViolation", VpnGatewayId=gateway_id)
    ec2_client.delete_vpn_connection_route(
        VpnConnectionId=vpn_id, DestinationCidrBlock="192.168.10.0/24"
    )
    expect_error(
        ec2_client.delete_vpn_connection_route,
        "InvalidRoute.NotFound",
        VpnConnectionId=vpn_id,
        DestinationCidrBlock="192.168.10.0/24",
    )
    ec2_client.delete_vpn_connection(VpnConnectionId=vpn_id)
    expect_error(
        ec2_client.describe_vpn_connections,
        "InvalidVpnConnectionID.NotFound",
        VpnConnectionIds=[vpn_id],
    )
    ec2_client.delete_customer_gateway(CustomerGatewayId=customer["CustomerGatewayId"])
    ec2_client.delete_vpn_gateway(VpnGatewayId=gateway_id)


def test_vpn_connection_errors_change_nothing(ec2_client):
    customer_id = _cgw(ec2_client)["CustomerGatewayId"]
    gateway_id = _vgw(ec2_client)["VpnGatewayId"]
    expect_error(
        ec2_client.create_vpn_connection,
        "InvalidCustomerGatewayID.NotFound",
        Type="ipsec.1",
        CustomerGatewayId="cgw-12345678",
        VpnGatewayId=gateway_id,
    )
    expect_error(
        ec2_client.create_vpn_connection,
        "InvalidVpnGatewayID.NotFound",
        Type="ipsec.1",
        CustomerGatewayId=customer_id,
        VpnGatewayId="vgw-12345678",
    )
    expect_error(
        ec2_client.create_vpn_connection,
        "InvalidParameterValue",
        Type="ipsec.2",
        CustomerGatewayId=customer_id,
        VpnGatewayId=gateway_id,
    )
    expect_error(
        ec2_client.create_vpn_connection,
        "MissingParameter",
        Type="ipsec.1",
        CustomerGatewayId=customer_id,
    )
    expect_error(
        ec2_client.create_vpn_connection,
        "DryRunOperation",
        412,
        Type="ipsec.1",
        CustomerGatewayId=customer_id,
        VpnGatewayId=gateway_id,
        DryRun=True,
    )
    assert ec2_client.describe_vpn_connections()["VpnConnections"] == []
    expect_error(
        ec2_client.delete_vpn_connection,
        "InvalidVpnConnectionID.NotFound",
        VpnConnectionId="vpn-12345678",
    )
    expect_error(
        ec2_client.create_vpn_connection_route,
        "InvalidVpnConnectionId.Malformed",
        VpnConnectionId="vp-1",
        DestinationCidrBlock="10.0.0.0/8",
    )
    vpn_id = ec2_client.create_vpn_connection(
        Type="ipsec.1", CustomerGatewayId=customer_id, VpnGatewayId=gateway_id
    )["VpnConnection"]["VpnConnectionId"]
    expect_error(
        ec2_client.create_vpn_connection_route,
        "InvalidVpnConnection.InvalidType",
        VpnConnectionId=vpn_id,
        DestinationCidrBlock="10.0.0.0/8",
    )
    (connection,) = ec2_client.describe_vpn_connections()["VpnConnections"]
    assert connection["Routes"] == []


def test_cli_vpn(aws_cli):
    cgw = aws_cli(
        "create-customer-gateway",
        "--type",
        "ipsec.1",
        "--public-ip",
        "203.0.113.99",
        "--bgp-asn",
        "65534",
    )["CustomerGateway"]
    assert cgw["IpAddress"] == "203.0.113.99"
    vgw = aws_cli("create-vpn-gateway", "--type", "ipsec.1")["VpnGateway"]
    vpn = aws_cli(
        "create-vpn-connection",
        "--type",
        "ipsec.1",
        "--customer-gateway-id",
        cgw["CustomerGatewayId"],
        "--vpn-gateway-id",
        vgw["VpnGatewayId"],
        "--options",
        '{"StaticRoutesOnly":true}',
    )["VpnConnection"]
    listed = aws_cli("describe-vpn-connections", "--vpn-connection-ids", vpn["VpnConnectionId"])
    assert listed["VpnConnections"][0]["CustomerGatewayId"] == cgw["CustomerGatewayId"]
    failed = aws_cli(
        "delete-vpn-gateway", "--vpn-gateway-id", vgw["VpnGatewayId"], expect_error=True
    )
    assert "DependencyViolation" in failed
    aws_cli("delete-vpn-connection", "--vpn-connection-id", vpn["VpnConnectionId"])
    aws_cli("delete-vpn-gateway", "--vpn-gateway-id", vgw["VpnGatewayId"])
