"""The boto.vpc methods the walk-through leaves out, against localec2, both real, over
loopback: replacing routes, ACL entries and associations; VPN gateways, static VPN routes
and their propagation into a route table; peering rejected and deleted; the listings with
filters."""

from __future__ import annotations

import pytest

from boto.exception import EC2ResponseError


@pytest.fixture
def vpc(vpc_conn):
    return vpc_conn.create_vpc("10.70.0.0/16")


def test_replacing_routes_entries_and_associations(vpc_conn, vpc):
    conn = vpc_conn
    subnet = conn.create_subnet(vpc.id, "10.70.1.0/24")
    gateway = conn.create_internet_gateway()
    conn.attach_internet_gateway(gateway.id, vpc.id)
    first = conn.create_route_table(vpc.id)
    second = conn.create_route_table(vpc.id)
    association_id = conn.associate_route_table(first.id, subnet.id)
    assert conn.replace_route_table_assocation(association_id, second.id) is True
    (listed,) = conn.get_all_route_tables([second.id])
    (association,) = listed.associations
    moved = conn.replace_route_table_association_with_assoc(association.id, first.id)
    assert moved.startswith("rtbassoc-") and moved != association.id

    peer = conn.create_vpc("10.71.0.0/16")
    peering = conn.create_vpc_peering_connection(vpc.id, peer.id)
    conn.accept_vpc_peering_connection(peering.id)
    assert conn.create_route(first.id, "10.99.0.0/16", gateway_id=gateway.id) is True
    assert conn.replace_route(first.id, "10.99.0.0/16", vpc_peering_connection_id=peering.id)
    (table,) = conn.get_all_route_tables([first.id])
    (route,) = [r for r in table.routes if r.destination_cidr_block == "10.99.0.0/16"]
    assert (route.vpc_peering_connection_id, route.gateway_id) == (peering.id, None)
    assert conn.delete_route(first.id, "10.99.0.0/16") is True

    acl = conn.create_network_acl(vpc.id)
    assert conn.create_network_acl_entry(
        acl.id, 100, 6, "allow", "10.0.0.0/8", egress=False, port_range_from=22, port_range_to=22
    )
    assert conn.replace_network_acl_entry(
        acl.id, 100, 6, "deny", "10.0.0.0/8", egress=False, port_range_from=22, port_range_to=22
    )
    (listed_acl,) = conn.get_all_network_acls([acl.id])
    (entry,) = [e for e in listed_acl.network_acl_entries if e.rule_number == "100"]
    assert (entry.rule_action, entry.egress) == ("deny", "false")
    assert conn.delete_network_acl_entry(acl.id, 100, egress=False) is True
    (listed_acl,) = conn.get_all_network_acls([acl.id])
    assert "100" not in [e.rule_number for e in listed_acl.network_acl_entries]

    (found,) = conn.get_all_internet_gateways(filters={"attachment.vpc-id": vpc.id})
    assert found.id == gateway.id


def test_vpn_gateways_static_routes_and_propagation(vpc_conn, vpc):
    conn = vpc_conn
    gateway = conn.create_vpn_gateway("ipsec.1")
    attachment = conn.attach_vpn_gateway(gateway.id, vpc.id)
    assert attachment.vpc_id == vpc.id
    (listed,) = conn.get_all_vpn_gateways(filters={"attachment.vpc-id": vpc.id})
    assert listed.id == gateway.id
    customer = conn.create_customer_gateway("ipsec.1", "203.0.113.50", 65050)
    (found,) = conn.get_all_customer_gateways(filters={"bgp-asn": "65050"})
    assert found.id == customer.id
    vpn = conn.create_vpn_connection("ipsec.1", customer.id, gateway.id, static_routes_only=True)
    assert conn.create_vpn_connection_route("192.168.20.0/24", vpn.id) is True

    table = conn.create_route_table(vpc.id)
    assert conn.enable_vgw_route_propagation(table.id, gateway.id) is True
    (table,) = conn.get_all_route_tables([table.id])
    assert table.propagating_vgws == [gateway.id]
    (route,) = [r for r in table.routes if r.origin == "EnableVgwRoutePropagation"]
    assert (route.destination_cidr_block, route.gateway_id) == ("192.168.20.0/24", gateway.id)
    assert conn.disable_vgw_route_propagation(table.id, gateway.id) is True

    assert conn.delete_vpn_connection_route("192.168.20.0/24", vpn.id) is True
    (vpn,) = conn.get_all_vpn_connections([vpn.id])
    assert [r.destination_cidr_block for r in vpn.static_routes] == []
    assert conn.delete_vpn_connection(vpn.id) is True
    assert conn.detach_vpn_gateway(gateway.id, vpc.id) is True
    assert conn.delete_vpn_gateway(gateway.id) is True
    assert conn.delete_customer_gateway(customer.id) is True


def test_peering_rejected_and_deleted_dhcp_options_listed(vpc_conn, vpc):
    conn = vpc_conn
    peer = conn.create_vpc("10.72.0.0/16")
    rejected = conn.create_vpc_peering_connection(vpc.id, peer.id)
    assert conn.reject_vpc_peering_connection(rejected.id) is True
    (listed,) = conn.get_all_vpc_peering_connections([rejected.id])
    assert listed.status_code == "rejected"
    deleted = conn.create_vpc_peering_connection(vpc.id, peer.id)
    assert conn.delete_vpc_peering_connection(deleted.id) is True
    active = conn.get_all_vpc_peering_connections(filters={"status-code": "pending-acceptance"})
    assert active == []

    options = conn.create_dhcp_options(domain_name="corp.example", domain_name_servers=["10.0.0.2"])
    (found,) = conn.get_all_dhcp_options([options.id])
    assert found.options["domain-name"] == ["corp.example"]
    with pytest.raises(EC2ResponseError) as caught:
        conn.get_all_dhcp_options(["dopt-0123456789abcdef0"])
    assert caught.value.error_code == "InvalidDhcpOptionID.NotFound"
