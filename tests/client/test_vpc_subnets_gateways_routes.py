"""Subnets, internet gateways, route tables and routes, against moto's server."""

from __future__ import annotations

import pytest
from vpc_support import ZONE, connect_vpc, raises_ec2

from boto.vpc.internetgateway import InternetGateway, InternetGatewayAttachment
from boto.vpc.routetable import Route, RouteAssociation, RouteTable
from boto.vpc.subnet import Subnet


@pytest.fixture
def conn(moto_endpoint):
    return connect_vpc(moto_endpoint)


@pytest.fixture
def vpc(conn):
    return conn.create_vpc("10.0.0.0/16")


# --- subnets --------------------------------------------------------------------------


def test_subnet_create_describe_delete(conn, vpc):
    subnet = conn.create_subnet(vpc.id, "10.0.1.0/24", ZONE)
    assert isinstance(subnet, Subnet) and repr(subnet) == "Subnet:%s" % subnet.id
    assert (subnet.vpc_id, subnet.cidr_block, subnet.availability_zone) == (
        vpc.id,
        "10.0.1.0/24",
        ZONE,
    )
    assert subnet.available_ip_address_count == 251
    other = conn.create_subnet(vpc.id, "10.0.2.0/24")
    assert other.availability_zone.startswith("us-east-1")

    (found,) = conn.get_all_subnets([subnet.id])
    assert (found.id, found.state, found.default_for_az) == (subnet.id, "available", False)
    by_vpc = conn.get_all_subnets(filters={"vpc-id": vpc.id})
    assert sorted(s.id for s in by_vpc) == sorted([subnet.id, other.id])

    assert conn.delete_subnet(subnet.id) is True
    assert [s.id for s in conn.get_all_subnets(filters={"vpc-id": vpc.id})] == [other.id]


def test_subnet_errors(conn, vpc):
    with raises_ec2("InvalidSubnetID.NotFound"):
        conn.get_all_subnets(["subnet-12345678"])
    with raises_ec2("InvalidSubnetID.NotFound"):
        conn.delete_subnet("subnet-12345678")
    with raises_ec2("InvalidVpcID.NotFound"):
        conn.create_subnet("vpc-12345678", "10.0.1.0/24")
    with raises_ec2("InvalidSubnet.Range"):
        conn.create_subnet(vpc.id, "10.9.0.0/24")
    conn.create_subnet(vpc.id, "10.0.1.0/24")
    with raises_ec2("InvalidSubnet.Conflict"):
        conn.create_subnet(vpc.id, "10.0.1.0/24")


# --- internet gateways ---------------------------------------------------------------


def test_internet_gateway_lifecycle(conn, vpc):
    gateway = conn.create_internet_gateway()
    assert isinstance(gateway, InternetGateway)
    assert repr(gateway) == "InternetGateway:%s" % gateway.id
    assert gateway.attachments == []

    assert conn.attach_internet_gateway(gateway.id, vpc.id) is True
    (found,) = conn.get_all_internet_gateways([gateway.id])
    (attachment,) = found.attachments
    assert isinstance(attachment, InternetGatewayAttachment)
    assert (attachment.vpc_id, attachment.state) == (vpc.id, "available")
    assert repr(attachment) == "InternetGatewayAttachment:%s" % vpc.id
    by_vpc = conn.get_all_internet_gateways(filters={"attachment.vpc-id": vpc.id})
    assert [g.id for g in by_vpc] == [gateway.id]

    assert conn.detach_internet_gateway(gateway.id, vpc.id) is True
    assert conn.get_all_internet_gateways([gateway.id])[0].attachments == []
    assert conn.delete_internet_gateway(gateway.id) is True
    assert conn.get_all_internet_gateways(filters={"internet-gateway-id": gateway.id}) == []


def test_vpc_attach_internet_gateway_shortcut(conn, vpc):
    gateway = conn.create_internet_gateway()
    assert vpc.attach_internet_gateway(gateway.id) is True
    assert vpc.detach_internet_gateway(gateway.id) is True


def test_internet_gateway_errors(conn, vpc):
    with raises_ec2("InvalidInternetGatewayID.NotFound"):
        conn.get_all_internet_gateways(["igw-12345678"])
    with raises_ec2("InvalidInternetGatewayID.NotFound"):
        conn.attach_internet_gateway("igw-12345678", vpc.id)
    gateway = conn.create_internet_gateway()
    with raises_ec2("InvalidVpcID.NotFound"):
        conn.attach_internet_gateway(gateway.id, "vpc-12345678")
    conn.attach_internet_gateway(gateway.id, vpc.id)
    with raises_ec2("Resource.AlreadyAssociated"):
        conn.attach_internet_gateway(gateway.id, vpc.id)
    with raises_ec2("DependencyViolation"):
        conn.delete_internet_gateway(gateway.id)
    conn.detach_internet_gateway(gateway.id, vpc.id)
    with raises_ec2("Gateway.NotAttached"):
        conn.detach_internet_gateway(gateway.id, vpc.id)


# --- route tables and routes ---------------------------------------------------------


def test_route_table_routes_and_associations(conn, vpc):
    subnet = conn.create_subnet(vpc.id, "10.0.1.0/24", ZONE)
    gateway = conn.create_internet_gateway()
    conn.attach_internet_gateway(gateway.id, vpc.id)

    table = conn.create_route_table(vpc.id)
    assert isinstance(table, RouteTable) and repr(table) == "RouteTable:%s" % table.id
    assert table.vpc_id == vpc.id
    (local,) = table.routes
    assert isinstance(local, Route)
    assert (local.destination_cidr_block, local.gateway_id, local.state) == (
        "10.0.0.0/16",
        "local",
        "active",
    )
    assert repr(local) == "Route:10.0.0.0/16"

    assert conn.create_route(table.id, "0.0.0.0/0", gateway_id=gateway.id) is True
    association_id = conn.associate_route_table(table.id, subnet.id)
    assert association_id.startswith("rtbassoc-")

    (found,) = conn.get_all_route_tables([table.id])
    routes = {r.destination_cidr_block: r for r in found.routes}
    assert routes["0.0.0.0/0"].gateway_id == gateway.id
    (association,) = found.associations
    assert isinstance(association, RouteAssociation)
    assert (association.id, association.subnet_id, association.route_table_id) == (
        association_id,
        subnet.id,
        table.id,
    )
    assert association.main is False

    main = conn.get_all_route_tables(filters={"vpc-id": vpc.id, "association.main": "true"})
    assert len(main) == 1 and main[0].associations[0].main is True

    other = conn.create_route_table(vpc.id)
    assert conn.replace_route_table_assocation(association_id, other.id) is True
    moved = conn.get_all_route_tables([other.id])[0].associations[0]
    new_id = conn.replace_route_table_association_with_assoc(moved.id, table.id)
    assert new_id.startswith("rtbassoc-")
    assert conn.get_all_route_tables([table.id])[0].associations[0].id == new_id

    assert conn.replace_route(table.id, "0.0.0.0/0", gateway_id=gateway.id) is True
    assert conn.delete_route(table.id, "0.0.0.0/0") is True
    assert [r.destination_cidr_block for r in conn.get_all_route_tables([table.id])[0].routes] == [
        "10.0.0.0/16"
    ]
    assert conn.disassociate_route_table(new_id) is True
    assert conn.get_all_route_tables([table.id])[0].associations == []
    assert conn.delete_route_table(table.id) is True
    assert conn.delete_route_table(other.id) is True
    assert conn.get_all_route_tables(filters={"route-table-id": table.id}) == []


def test_route_to_an_instance_and_a_peering_connection(conn, vpc):
    from ec2_support import x86_image_id

    subnet = conn.create_subnet(vpc.id, "10.0.1.0/24", ZONE)
    instance = conn.run_instances(x86_image_id(conn), subnet_id=subnet.id).instances[0]
    peer = conn.create_vpc("10.1.0.0/16")
    peering = conn.create_vpc_peering_connection(vpc.id, peer.id)
    table = conn.create_route_table(vpc.id)
    assert conn.create_route(table.id, "192.168.0.0/16", instance_id=instance.id) is True
    assert conn.create_route(table.id, "10.1.0.0/16", vpc_peering_connection_id=peering.id) is True
    routes = {r.destination_cidr_block: r for r in conn.get_all_route_tables([table.id])[0].routes}
    assert routes["192.168.0.0/16"].instance_id == instance.id
    assert routes["10.1.0.0/16"].vpc_peering_connection_id == peering.id


def test_route_table_errors(conn, vpc):
    with raises_ec2("InvalidRouteTableID.NotFound"):
        conn.get_all_route_tables(["rtb-12345678"])
    with raises_ec2("InvalidVpcID.NotFound"):
        conn.create_route_table("vpc-12345678")
    table = conn.create_route_table(vpc.id)
    with raises_ec2("InvalidSubnetID.NotFound"):
        conn.associate_route_table(table.id, "subnet-12345678")
    with raises_ec2("InvalidRoute.NotFound"):
        conn.delete_route(table.id, "192.168.0.0/16")
    with raises_ec2("InvalidAssociationID.NotFound"):
        conn.disassociate_route_table("rtbassoc-12345678")
    subnet = conn.create_subnet(vpc.id, "10.0.1.0/24")
    conn.associate_route_table(table.id, subnet.id)
    with raises_ec2("DependencyViolation"):
        conn.delete_route_table(table.id)
