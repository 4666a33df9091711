"""Network ACLs and their entries and associations; DHCP option sets; against moto."""

from __future__ import annotations

import pytest
from vpc_support import ZONE, connect_vpc, raises_ec2

from boto import handler
from boto.exception import EC2ResponseError
from boto.resultset import ResultSet
from boto.vpc.dhcpoptions import DhcpOptions
from boto.vpc.networkacl import NetworkAcl, NetworkAclAssociation, NetworkAclEntry


@pytest.fixture
def conn(moto_endpoint):
    return connect_vpc(moto_endpoint)


@pytest.fixture
def vpc(conn):
    return conn.create_vpc("10.0.0.0/16")


# --- network ACLs ----------------------------------------------------------------------


def test_network_acl_entries(conn, vpc):
    acl = conn.create_network_acl(vpc.id)
    assert isinstance(acl, NetworkAcl) and repr(acl) == "NetworkAcl:%s" % acl.id
    assert (acl.vpc_id, acl.default) == (vpc.id, "false")

    assert conn.create_network_acl_entry(
        acl.id, 100, 6, "allow", "0.0.0.0/0", egress=False, port_range_from=22, port_range_to=22
    )
    assert conn.create_network_acl_entry(
        acl.id, 110, 1, "deny", "10.9.0.0/16", egress="true", icmp_code=-1, icmp_type=8
    )
    (found,) = conn.get_all_network_acls([acl.id])
    entries = {(e.rule_number, e.egress): e for e in found.network_acl_entries}
    ssh = entries[("100", "false")]
    assert isinstance(ssh, NetworkAclEntry) and repr(ssh) == "Acl:100"
    assert (ssh.protocol, ssh.rule_action, ssh.cidr_block) == ("6", "allow", "0.0.0.0/0")
    assert (ssh.port_range.from_port, ssh.port_range.to_port) == ("22", "22")
    ping = entries[("110", "true")]
    assert (ping.rule_action, ping.cidr_block) == ("deny", "10.9.0.0/16")
    # moto keeps the ICMP type and code but does not answer them: see test_icmp_type_code.

    assert conn.replace_network_acl_entry(
        acl.id, 100, 6, "deny", "0.0.0.0/0", egress=False, port_range_from=22, port_range_to=23
    )
    replaced = [
        e
        for e in conn.get_all_network_acls([acl.id])[0].network_acl_entries
        if e.rule_number == "100"
    ]
    assert [(e.rule_action, e.port_range.to_port) for e in replaced] == [("deny", "23")]

    assert conn.delete_network_acl_entry(acl.id, 110, egress=True) is True
    remaining = conn.get_all_network_acls([acl.id])[0].network_acl_entries
    assert [e.rule_number for e in remaining] == ["100"]
    assert conn.delete_network_acl(acl.id) is True
    assert acl.id not in [a.id for a in conn.get_all_network_acls(filters={"vpc-id": vpc.id})]


def test_associate_and_disassociate(conn, vpc):
    subnet = conn.create_subnet(vpc.id, "10.0.1.0/24", ZONE)
    (default,) = conn.get_all_network_acls(filters={"vpc-id": vpc.id, "default": "true"})
    assert default.default == "true"
    acl = conn.create_network_acl(vpc.id)

    association_id = conn.associate_network_acl(acl.id, subnet.id)
    assert association_id.startswith("aclassoc-")
    (association,) = conn.get_all_network_acls([acl.id])[0].associations
    assert isinstance(association, NetworkAclAssociation)
    assert (association.id, association.subnet_id, association.network_acl_id) == (
        association_id,
        subnet.id,
        acl.id,
    )

    back = conn.disassociate_network_acl(subnet.id)
    assert back.startswith("aclassoc-")
    assert conn.get_all_network_acls([acl.id])[0].associations == []
    subnets = [a.subnet_id for a in conn.get_all_network_acls([default.id])[0].associations]
    assert subnet.id in subnets
    # With the VPC given, no DescribeSubnets is needed.
    conn.associate_network_acl(acl.id, subnet.id)
    assert conn.disassociate_network_acl(subnet.id, vpc_id=vpc.id).startswith("aclassoc-")


def test_network_acl_errors(conn, vpc):
    # EC2 answers InvalidNetworkAclID.NotFound; moto names the route table's code.
    with pytest.raises(EC2ResponseError) as raised:
        conn.get_all_network_acls(["acl-12345678"])
    assert raised.value.status == 400
    assert raised.value.error_code.endswith("ID.NotFound")
    with raises_ec2("InvalidVpcID.NotFound"):
        conn.create_network_acl("vpc-12345678")
    acl = conn.create_network_acl(vpc.id)
    conn.create_network_acl_entry(acl.id, 100, -1, "allow", "0.0.0.0/0", egress=False)
    with raises_ec2("NetworkAclEntryAlreadyExists"):
        conn.create_network_acl_entry(acl.id, 100, -1, "allow", "0.0.0.0/0", egress=False)


def test_icmp_type_code():
    """An entry's `icmpTypeCode` and `portRange` as EC2's NetworkAclEntry shape has them."""
    body = b"""<DescribeNetworkAclsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
      <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
      <networkAclSet><item>
        <networkAclId>acl-5566953c</networkAclId><vpcId>vpc-5266953b</vpcId>
        <default>true</default>
        <entrySet>
          <item><ruleNumber>110</ruleNumber><protocol>1</protocol><ruleAction>deny</ruleAction>
            <egress>true</egress><cidrBlock>0.0.0.0/0</cidrBlock>
            <icmpTypeCode><code>-1</code><type>8</type></icmpTypeCode></item>
          <item><ruleNumber>100</ruleNumber><protocol>6</protocol><ruleAction>allow</ruleAction>
            <egress>false</egress><cidrBlock>0.0.0.0/0</cidrBlock>
            <portRange><from>49152</from><to>65535</to></portRange></item>
        </entrySet>
        <associationSet/><tagSet/>
      </item></networkAclSet>
    </DescribeNetworkAclsResponse>"""
    result = ResultSet([("item", NetworkAcl)])
    handler.parse(body, result, None)
    (acl,) = result
    assert (acl.id, acl.vpc_id, acl.default) == ("acl-5566953c", "vpc-5266953b", "true")
    ping, high = acl.network_acl_entries
    assert (ping.icmp.type, ping.icmp.code, ping.egress) == ("8", "-1", "true")
    assert repr(ping.icmp) == "Icmp::code:-1, type:8)"
    assert (high.port_range.from_port, high.port_range.to_port) == ("49152", "65535")
    assert repr(high.port_range) == "PortRange:(49152-65535)"


# --- DHCP options ----------------------------------------------------------------------


def test_dhcp_options_lifecycle(conn, vpc):
    options = conn.create_dhcp_options(
        domain_name="example.com",
        domain_name_servers=["10.2.5.1", "10.2.5.2"],
        ntp_servers="10.2.5.3",
        netbios_name_servers=["10.2.5.4"],
        netbios_node_type=2,
    )
    assert isinstance(options, DhcpOptions) and repr(options) == "DhcpOptions:%s" % options.id
    assert options.options["domain-name"] == ["example.com"]
    assert options.options["domain-name-servers"] == ["10.2.5.1", "10.2.5.2"]
    assert options.options["ntp-servers"] == ["10.2.5.3"]
    assert options.options["netbios-node-type"] == ["2"]

    (found,) = conn.get_all_dhcp_options([options.id])
    assert found.options == options.options
    assert conn.associate_dhcp_options(options.id, vpc.id) is True
    assert conn.get_all_vpcs([vpc.id])[0].dhcp_options_id == options.id
    with raises_ec2("DependencyViolation"):
        conn.delete_dhcp_options(options.id)
    assert conn.associate_dhcp_options("default", vpc.id) is True
    assert conn.delete_dhcp_options(options.id) is True
    assert conn.get_all_dhcp_options(filters={"dhcp-options-id": options.id}) == []


def test_dhcp_options_errors(conn, vpc):
    with raises_ec2("InvalidDhcpOptionID.NotFound"):
        conn.get_all_dhcp_options(["dopt-12345678"])
    with raises_ec2("InvalidDhcpOptionID.NotFound"):
        conn.delete_dhcp_options("dopt-12345678")
    options = conn.create_dhcp_options(domain_name="example.com")
    with raises_ec2("InvalidVpcID.NotFound"):
        conn.associate_dhcp_options(options.id, "vpc-12345678")
