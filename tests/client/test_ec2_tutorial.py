"""`ec2_tut.rst`, call by call, against moto's server, with the results the tutorial shows."""

from __future__ import annotations

import pytest
from ec2_support import KEY, x86_image_id

import boto
from boto.ec2.connection import EC2Connection


@pytest.fixture
def conn(moto_endpoint, monkeypatch):
    """`boto.connect_ec2()` configured by the environment, as the tutorial's second form."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", KEY)
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", moto_endpoint)
    return boto.connect_ec2()


def test_creating_a_connection(moto_endpoint, monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", moto_endpoint)
    explicit = EC2Connection(KEY, KEY)
    assert isinstance(explicit, EC2Connection)
    assert explicit.get_all_zones()  # the keys given work against the endpoint

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", KEY)
    for conn in (EC2Connection(), boto.connect_ec2()):
        assert isinstance(conn, EC2Connection)
        assert conn.aws_access_key_id == KEY
        assert conn.get_all_zones()


def test_launching_instances(conn):
    image_id = x86_image_id(conn)
    reservation = conn.run_instances(image_id)
    assert repr(reservation) == "Reservation:%s" % reservation.id
    assert reservation.id.startswith("r-")
    [instance] = reservation.instances
    assert repr(instance) == "Instance:%s" % instance.id
    assert instance.instance_type == "m1.small"

    conn.create_key_pair("myKey")
    conn.create_security_group("public-facing", "Public facing servers")
    reservation = conn.run_instances(
        image_id, key_name="myKey", instance_type="c1.xlarge", security_groups=["public-facing"]
    )
    [instance] = reservation.instances
    assert (instance.key_name, instance.instance_type) == ("myKey", "c1.xlarge")
    assert [group.name for group in instance.groups] == ["public-facing"]


def test_stopping_and_terminating_instances(conn):
    reservation = conn.run_instances(x86_image_id(conn), min_count=2, max_count=2)
    ids = [instance.id for instance in reservation.instances]

    stopping = conn.stop_instances(instance_ids=ids)
    assert sorted(i.id for i in stopping) == sorted(ids)
    assert {i.previous_state for i in stopping} <= {"pending", "running"}
    assert {i.state for i in conn.get_only_instances(ids)} <= {"stopping", "stopped"}
    assert len(conn.stop_instances(instance_ids=ids, force=True)) == 2

    terminated = conn.terminate_instances(instance_ids=ids)
    assert {i.state for i in terminated} <= {"shutting-down", "terminated"}


def test_listing_security_groups_and_the_default_group_rules(conn):
    for name in ("appserver", "vnc", "webserver"):
        conn.create_security_group(name, "The %s group" % name)
    default = conn.get_all_security_groups(groupnames=["default"])[0]
    assert default.authorize(src_group=default) is True
    assert default.authorize("tcp", 22, 22, "0.0.0.0/0") is True
    assert default.authorize("tcp", 80, 80, "0.0.0.0/0") is True

    rs = conn.get_all_security_groups()
    assert str(sorted(rs, key=lambda group: group.name)) == (
        "[SecurityGroup:appserver, SecurityGroup:default, SecurityGroup:vnc, "
        "SecurityGroup:webserver]"
    )
    sg = [group for group in rs if group.name == "default"][0]
    assert sg.name == "default"
    listed = [repr(rule) for rule in sg.rules]
    expected = [
        "IPPermissions:tcp(0-65535)",
        "IPPermissions:udp(0-65535)",
        "IPPermissions:icmp(-1--1)",
        "IPPermissions:tcp(22-22)",
        "IPPermissions:tcp(80-80)",
    ]
    assert sorted(r for r in listed if r in expected) == sorted(expected)
    assert set(listed) - set(expected) <= {"IPPermissions:-1(None-None)"}


def test_three_tier_security_groups(conn):
    web = conn.create_security_group("apache", "Our Apache Group")
    assert repr(web) == "SecurityGroup:apache"
    assert web.authorize("tcp", 80, 80, "0.0.0.0/0") is True

    app = conn.create_security_group("appserver", "The application tier")
    assert app.authorize(src_group=web) is True
    assert repr(app.rules) == (
        "[IPPermissions:tcp(0-65535), IPPermissions:udp(0-65535), IPPermissions:icmp(-1--1)]"
    )

    assert (
        web.authorize(ip_protocol="tcp", from_port=22, to_port=22, cidr_ip="192.168.1.130/32")
        is True
    )
    assert repr(web.rules) == "[IPPermissions:tcp(80-80), IPPermissions:tcp(22-22)]"
    assert web.revoke("tcp", 22, 22, cidr_ip="192.168.1.130/32") is True
    assert repr(web.rules) == "[IPPermissions:tcp(80-80)]"

    # What the server holds agrees with the local rules.
    [stored_web] = conn.get_all_security_groups(groupnames=["apache"])
    assert repr(stored_web.rules) == "[IPPermissions:tcp(80-80)]"
    assert [grant.cidr_ip for grant in stored_web.rules[0].grants] == ["0.0.0.0/0"]
    [stored_app] = conn.get_all_security_groups(groupnames=["appserver"])
    assert sorted(repr(rule) for rule in stored_app.rules) == sorted(
        ["IPPermissions:tcp(0-65535)", "IPPermissions:udp(0-65535)", "IPPermissions:icmp(-1--1)"]
    )
    for rule in stored_app.rules:
        assert [grant.group_id for grant in rule.grants] == [web.id]
