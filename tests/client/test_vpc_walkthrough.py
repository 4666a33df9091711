"""A boto 2 VPC walk-through against moto's server: build a VPC with its parts, launch an
instance into it, and tear it all down in dependency order."""

from __future__ import annotations

import pytest
from ec2_support import x86_image_id
from vpc_support import ZONE, connect_vpc, raises_ec2

import boto.vpc


@pytest.fixture
def conn(moto_endpoint):
    return connect_vpc(moto_endpoint)


def _network_interface_step(conn, subnet):
    """An ENI with secondary private IPs, through EC2Connection's methods; returns the ENI's
    id, or None while EC2Connection has no network interface methods."""
    if not hasattr(conn, "create_network_interface"):
        return None
    interface = conn.create_network_interface(subnet.id, description="walk-through")
    assert conn.assign_private_ip_addresses(interface.id, secondary_private_ip_address_count=2)
    (found,) = conn.get_all_network_interfaces([interface.id])
    assert len(found.private_ip_addresses) == 3
    return interface.id


def test_walk_through(conn):
    assert isinstance(conn, boto.vpc.VPCConnection)

    # The VPC, named, with DNS host names.
    vpc = conn.create_vpc("10.0.0.0/16")
    vpc.add_tag("Name", "walk-through")
    assert conn.modify_vpc_attribute(vpc.id, enable_dns_hostnames=True)
    assert vpc.update() == "available"

    # Two subnets: a public one and a private one.
    public = conn.create_subnet(vpc.id, "10.0.0.0/24", ZONE)
    private = conn.create_subnet(vpc.id, "10.0.1.0/24", ZONE)
    assert {s.id for s in conn.get_all_subnets(filters={"vpc-id": vpc.id})} == {
        public.id,
        private.id,
    }

    # An internet gateway, and a route table sending the public subnet's traffic to it.
    gateway = conn.create_internet_gateway()
    assert vpc.attach_internet_gateway(gateway.id)
    table = conn.create_route_table(vpc.id)
    assert conn.create_route(table.id, "0.0.0.0/0", gateway_id=gateway.id)
    association_id = conn.associate_route_table(table.id, public.id)
    (table,) = conn.get_all_route_tables([table.id])
    assert {r.destination_cidr_block: r.gateway_id for r in table.routes} == {
        "10.0.0.0/16": "local",
        "0.0.0.0/0": gateway.id,
    }
    assert [a.subnet_id for a in table.associations] == [public.id]

    # A network ACL for the private subnet: SSH in from the VPC, everything out.
    acl = conn.create_network_acl(vpc.id)
    assert conn.create_network_acl_entry(
        acl.id, 100, 6, "allow", "10.0.0.0/16", egress=False, port_range_from=22, port_range_to=22
    )
    assert conn.create_network_acl_entry(acl.id, 100, -1, "allow", "0.0.0.0/0", egress=True)
    conn.associate_network_acl(acl.id, private.id)
    (acl,) = conn.get_all_network_acls([acl.id])
    assert [a.subnet_id for a in acl.associations] == [private.id]
    # (EC2 gives a new ACL its two default deny rules, 32767; moto's server gives none)
    entries = [e for e in acl.network_acl_entries if e.rule_number != "32767"]
    assert sorted((e.rule_number, e.egress) for e in entries) == [("100", "false"), ("100", "true")]

    # DHCP options for the VPC.
    options = conn.create_dhcp_options("corp.example.com", ["10.0.0.2"])
    assert conn.associate_dhcp_options(options.id, vpc.id)
    assert conn.get_all_vpcs([vpc.id])[0].dhcp_options_id == options.id

    # A network interface with secondary private IPs (when EC2Connection has the methods).
    interface_id = _network_interface_step(conn, private)

    # A peering connection to a second VPC, and a route to it.
    peer_vpc = conn.create_vpc("10.1.0.0/16")
    peering = conn.create_vpc_peering_connection(vpc.id, peer_vpc.id)
    assert conn.accept_vpc_peering_connection(peering.id).status_code == "active"
    assert conn.create_route(table.id, "10.1.0.0/16", vpc_peering_connection_id=peering.id)

    # A VPN connection: customer gateway, VPN gateway attached to the VPC.
    customer = conn.create_customer_gateway("ipsec.1", "203.0.113.12", 65000)
    vpn_gateway = conn.create_vpn_gateway("ipsec.1")
    # EC2 answers the attachment `attaching` (its API reference's example); moto `attached`
    assert vpn_gateway.attach(vpc.id).state in ("attaching", "attached")
    vpn = conn.create_vpn_connection("ipsec.1", customer.id, vpn_gateway.id, True)
    assert conn.get_all_vpn_connections([vpn.id])[0].state == "available"

    # An instance in the public subnet.
    reservation = conn.run_instances(x86_image_id(conn), subnet_id=public.id)
    (instance,) = reservation.instances
    assert (instance.subnet_id, instance.vpc_id) == (public.id, vpc.id)
    assert instance.private_ip_address.startswith("10.0.0.")

    # The VPC cannot go while it has parts.
    with raises_ec2("DependencyViolation"):
        conn.delete_vpc(vpc.id)

    # Tear down, dependents first.
    conn.terminate_instances([instance.id])
    assert vpn.delete()
    assert conn.detach_vpn_gateway(vpn_gateway.id, vpc.id)
    assert conn.delete_vpn_gateway(vpn_gateway.id)
    assert conn.delete_customer_gateway(customer.id)
    assert conn.delete_route(table.id, "10.1.0.0/16")
    assert peering.delete()
    assert conn.delete_vpc(peer_vpc.id)
    if interface_id is not None:
        assert conn.delete_network_interface(interface_id)
    assert conn.associate_dhcp_options("default", vpc.id)
    assert conn.delete_dhcp_options(options.id)
    conn.disassociate_network_acl(private.id, vpc_id=vpc.id)
    assert conn.delete_network_acl(acl.id)
    assert conn.disassociate_route_table(association_id)
    assert conn.delete_route_table(table.id)
    assert conn.detach_internet_gateway(gateway.id, vpc.id)
    assert conn.delete_internet_gateway(gateway.id)
    assert conn.delete_subnet(public.id)
    assert conn.delete_subnet(private.id)
    assert vpc.delete()
    assert [v.is_default for v in conn.get_all_vpcs()] == [True]
