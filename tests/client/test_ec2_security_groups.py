"""Security-group methods of EC2Connection and SecurityGroup, against moto's server."""

from __future__ import annotations

import pytest
from ec2_support import x86_image_id

from boto.exception import EC2ResponseError


def error_of(call) -> EC2ResponseError:
    with pytest.raises(EC2ResponseError) as raised:
        call()
    return raised.value


def test_create_describe_and_delete(conn):
    group = conn.create_security_group("web", "Web servers")
    assert (group.name, group.description) == ("web", "Web servers")
    assert group.id.startswith("sg-")

    by_name = conn.get_all_security_groups(groupnames=["web"])
    by_id = conn.get_all_security_groups(group_ids=[group.id])
    by_filter = conn.get_all_security_groups(filters={"group_name": "web"})
    for found in (by_name, by_id, by_filter):
        assert [(g.id, g.name, g.description) for g in found] == [(group.id, "web", "Web servers")]
    assert by_id[0].vpc_id and by_id[0].owner_id

    assert conn.delete_security_group("web") is True
    assert "web" not in [g.name for g in conn.get_all_security_groups()]
    other = conn.create_security_group("other", "Other")
    assert conn.delete_security_group(group_id=other.id) is True
    assert [g.name for g in conn.get_all_security_groups()] == ["default"]


def test_create_in_a_vpc(conn):
    default = conn.get_all_security_groups(groupnames=["default"])[0]
    group = conn.create_security_group("in-vpc", "In the VPC", vpc_id=default.vpc_id)
    assert group.vpc_id == default.vpc_id
    assert conn.get_all_security_groups(group_ids=[group.id])[0].vpc_id == default.vpc_id
    assert group.delete() is True


def test_duplicate_group(conn):
    conn.create_security_group("web", "Web servers")
    error = error_of(lambda: conn.create_security_group("web", "again"))
    assert (error.status, error.error_code) == (400, "InvalidGroup.Duplicate")
    assert len(conn.get_all_security_groups(groupnames=["web"])) == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda conn: conn.get_all_security_groups(groupnames=["missing"]),
        lambda conn: conn.delete_security_group("missing"),
        lambda conn: conn.get_all_security_groups(group_ids=["sg-0123456789abcdef0"]),
    ],
)
def test_unknown_groups(conn, call):
    error = error_of(lambda: call(conn))
    assert (error.status, error.error_code) == (400, "InvalidGroup.NotFound")


def test_authorize_cidr_list_and_revoke(conn):
    group = conn.create_security_group("ssh", "SSH")
    assert group.authorize("tcp", 22, 22, ["10.0.0.0/8", "192.168.0.0/16"]) is True
    assert repr(group.rules) == "[IPPermissions:tcp(22-22), IPPermissions:tcp(22-22)]"
    [stored] = conn.get_all_security_groups(group_ids=[group.id])[0].rules
    assert sorted(g.cidr_ip for g in stored.grants) == ["10.0.0.0/8", "192.168.0.0/16"]

    assert group.revoke("tcp", 22, 22, "10.0.0.0/8") is True
    assert [g.cidr_ip for rule in group.rules for g in rule.grants] == ["192.168.0.0/16"]
    [stored] = conn.get_all_security_groups(group_ids=[group.id])[0].rules
    assert [g.cidr_ip for g in stored.grants] == ["192.168.0.0/16"]


def test_connection_level_authorize_by_group_name(conn):
    conn.create_security_group("db", "Databases")
    app = conn.create_security_group("app", "Applications")
    assert (
        conn.authorize_security_group(
            "db",
            ip_protocol="tcp",
            from_port=5432,
            to_port=5432,
            src_security_group_group_id=app.id,
            src_security_group_owner_id=None,
        )
        is True
    )
    [rule] = conn.get_all_security_groups(groupnames=["db"])[0].rules
    assert repr(rule) == "IPPermissions:tcp(5432-5432)"
    assert [grant.group_id for grant in rule.grants] == [app.id]
    assert (
        conn.revoke_security_group(
            "db",
            ip_protocol="tcp",
            from_port=5432,
            to_port=5432,
            src_security_group_group_id=app.id,
        )
        is True
    )
    assert conn.get_all_security_groups(groupnames=["db"])[0].rules == []


def test_source_group_without_ports_grants_tcp_udp_icmp_and_revokes_them(conn):
    web = conn.create_security_group("web", "Web")
    app = conn.create_security_group("app", "App")
    assert app.authorize(src_group=web) is True
    stored = conn.get_all_security_groups(group_ids=[app.id])[0]
    assert sorted(repr(r) for r in stored.rules) == [
        "IPPermissions:icmp(-1--1)",
        "IPPermissions:tcp(0-65535)",
        "IPPermissions:udp(0-65535)",
    ]
    assert app.revoke(src_group=web) is True
    assert app.rules == []
    assert conn.get_all_security_groups(group_ids=[app.id])[0].rules == []


def test_duplicate_and_missing_permissions(conn):
    group = conn.create_security_group("web", "Web")
    group.authorize("tcp", 80, 80, "0.0.0.0/0")
    duplicate = error_of(lambda: group.authorize("tcp", 80, 80, "0.0.0.0/0"))
    assert (duplicate.status, duplicate.error_code) == (400, "InvalidPermission.Duplicate")
    assert repr(group.rules) == "[IPPermissions:tcp(80-80)]"  # unchanged on failure

    missing = error_of(lambda: group.revoke("tcp", 22, 22, "192.168.1.130/32"))
    assert (missing.status, missing.error_code) == (400, "InvalidPermission.NotFound")
    assert repr(group.rules) == "[IPPermissions:tcp(80-80)]"


def test_egress_rules(conn):
    group = conn.create_security_group("out", "Outbound")
    assert (
        conn.authorize_security_group_egress(group.id, "tcp", 443, 443, cidr_ip="10.0.0.0/8")
        is True
    )
    egress = conn.get_all_security_groups(group_ids=[group.id])[0].rules_egress
    assert "IPPermissions:tcp(443-443)" in [repr(rule) for rule in egress]
    assert (
        conn.revoke_security_group_egress(group.id, "tcp", 443, 443, cidr_ip="10.0.0.0/8") is True
    )
    egress = conn.get_all_security_groups(group_ids=[group.id])[0].rules_egress
    assert "IPPermissions:tcp(443-443)" not in [repr(rule) for rule in egress]


def test_group_instances_and_tags(conn):
    group = conn.create_security_group("web", "Web")
    launched = conn.run_instances(x86_image_id(conn), security_group_ids=[group.id])
    assert [i.id for i in group.instances()] == [launched.instances[0].id]
    group.add_tag("tier", "front")
    assert conn.get_all_security_groups(group_ids=[group.id])[0].tags == {"tier": "front"}


def test_malformed_cidr_is_refused_and_changes_nothing(conn):
    group = conn.create_security_group("web", "Web")
    error = error_of(lambda: group.authorize("tcp", 80, 80, "not-a-cidr"))
    assert (error.status, error.error_code) == (400, "InvalidParameterValue")
    assert group.rules == []
    assert conn.get_all_security_groups(group_ids=[group.id])[0].rules == []


def test_revoking_a_rule_this_object_never_saw(conn):
    group = conn.create_security_group("web", "Web")
    assert (
        conn.authorize_security_group(
            group_id=group.id, ip_protocol="tcp", from_port=80, to_port=80, cidr_ip="0.0.0.0/0"
        )
        is True
    )
    assert group.rules == []  # authorized behind this object's back
    assert group.revoke("tcp", 80, 80, "0.0.0.0/0") is True
    assert conn.get_all_security_groups(group_ids=[group.id])[0].rules == []
