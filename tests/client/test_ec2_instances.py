"""Instance methods of EC2Connection and Instance, against moto's server."""

from __future__ import annotations

import base64

import pytest
from ec2_support import x86_image_id

from boto.ec2.blockdevicemapping import BlockDeviceMapping, BlockDeviceType
from boto.ec2.connection import EC2Connection
from boto.ec2.instance import Instance, InstanceStateTimeout
from boto.ec2.networkinterface import NetworkInterfaceCollection, NetworkInterfaceSpecification
from boto.exception import EC2ResponseError


def test_run_instances_with_boto2_keyword_arguments(conn):
    conn.create_key_pair("kp")
    group = conn.create_security_group("web", "web servers")
    mapping = BlockDeviceMapping()
    mapping["/dev/sdb"] = BlockDeviceType(size=20, delete_on_termination=True, volume_type="gp2")
    reservation = conn.run_instances(
        x86_image_id(conn),
        min_count=2,
        max_count=2,
        key_name="kp",
        security_group_ids=[group],
        user_data="#!/bin/sh\necho hello\n",
        instance_type="t2.micro",
        placement="us-east-1b",
        monitoring_enabled=True,
        block_device_map=mapping,
        disable_api_termination=True,
        instance_initiated_shutdown_behavior="terminate",
        client_token="token-1",
        ebs_optimized=True,
    )
    assert len(reservation.instances) == 2
    first = reservation.instances[0]
    assert (first.key_name, first.instance_type, first.placement) == (
        "kp",
        "t2.micro",
        "us-east-1b",
    )
    assert [g.id for g in first.groups] == [group.id]
    assert first.client_token == "token-1"
    assert first.monitored is True
    assert first.ebs_optimized is True
    assert "/dev/sdb" in first.block_device_mapping

    user_data = conn.get_instance_attribute(first.id, "userData")["userData"]
    assert base64.b64decode(user_data) == b"#!/bin/sh\necho hello\n"
    shutdown = conn.get_instance_attribute(first.id, "instanceInitiatedShutdownBehavior")
    assert shutdown == {"instanceInitiatedShutdownBehavior": "terminate"}


def test_run_instances_with_a_network_interface(conn):
    probe = conn.run_instances(x86_image_id(conn)).instances[0]  # finds a default subnet
    spec = NetworkInterfaceSpecification(
        device_index=0, subnet_id=probe.subnet_id, associate_public_ip_address=True
    )
    reservation = conn.run_instances(
        x86_image_id(conn), network_interfaces=NetworkInterfaceCollection(spec)
    )
    [instance] = reservation.instances
    assert instance.subnet_id == probe.subnet_id
    assert instance.interfaces[0].subnet_id == probe.subnet_id


def test_dry_run_is_refused_with_dry_run_operation(conn):
    with pytest.raises(EC2ResponseError) as raised:
        conn.run_instances(x86_image_id(conn), dry_run=True)
    assert raised.value.error_code == "DryRunOperation"
    assert raised.value.status == 412
    assert conn.get_only_instances() == []


def test_reservations_instances_and_filters(conn):
    image_id = x86_image_id(conn)
    first = conn.run_instances(image_id, instance_type="t2.micro").instances[0]
    second = conn.run_instances(image_id, instance_type="t2.large").instances[0]

    reservations = conn.get_all_reservations()
    assert len(reservations) == 2
    assert all(repr(r).startswith("Reservation:r-") for r in reservations)
    with pytest.warns(PendingDeprecationWarning):
        assert [r.id for r in conn.get_all_instances()] == [r.id for r in reservations]

    only = conn.get_only_instances()
    assert sorted(i.id for i in only) == sorted([first.id, second.id])
    assert only.next_token is None
    assert [i.id for i in conn.get_only_instances([second.id])] == [second.id]
    filtered = conn.get_only_instances(filters={"instance_type": "t2.large"})
    assert [i.id for i in filtered] == [second.id]
    by_list = conn.get_only_instances(filters={"instance-type": ["t2.micro", "t2.large"]})
    assert len(by_list) == 2


def test_reservations_page_with_max_results_and_next_token(conn):
    image_id = x86_image_id(conn)
    launched = {conn.run_instances(image_id).id for _ in range(3)}
    first = conn.get_all_reservations(max_results=2)
    assert len(first) == 2 and first.next_token
    rest = conn.get_all_reservations(max_results=2, next_token=first.next_token)
    assert rest.next_token is None
    assert {r.id for r in first} | {r.id for r in rest} == launched


def test_instance_status(conn, instance):
    statuses = conn.get_all_instance_status([instance.id], include_all_instances=True)
    [status] = statuses
    assert repr(status) == "InstanceStatus:%s" % instance.id
    assert status.state_name == "running" and status.state_code == 16
    assert status.zone == instance.placement
    assert repr(status.system_status) == "Status:ok"
    assert status.system_status.details == {"reachability": "passed"}
    assert status.instance_status.status == "ok"


def test_start_stop_reboot_terminate_through_the_instance(conn, instance):
    assert instance.update() == "running"
    instance.stop()
    assert instance.state in ("stopping", "stopped")
    assert instance.previous_state == "running"
    assert instance.wait_for_state("stopped", timeout=30, interval=0.05) == "stopped"
    instance.start()
    assert instance.state in ("pending", "running")
    assert instance.reboot() is True
    instance.terminate()
    assert instance.state in ("shutting-down", "terminated")
    assert instance.update() in ("shutting-down", "terminated")


def test_stop_with_force_on_the_connection(conn, instance):
    [stopped] = conn.stop_instances([instance.id], force=True)
    assert stopped.id == instance.id
    assert stopped.state in ("stopping", "stopped")
    [started] = conn.start_instances([instance.id])
    assert started.previous_state in ("stopping", "stopped")


def test_wait_for_state_gives_up_with_a_clear_error(conn, instance):
    with pytest.raises(InstanceStateTimeout) as raised:
        instance.wait_for_state("stopped", timeout=0, interval=0)
    assert instance.id in str(raised.value) and "stopped" in str(raised.value)


def test_wait_for_state_refuses_an_unreachable_state(conn, instance):
    instance.terminate()
    instance.wait_for_state("terminated", timeout=30, interval=0.05)
    with pytest.raises(ValueError, match="terminated and will never be running"):
        instance.wait_for_state("running", timeout=30, interval=0.05)


def test_update_with_validate_raises_for_an_instance_ec2_forgot(conn):
    ghost = Instance(conn)
    ghost.id = "i-0123456789abcdef0"
    with pytest.raises(EC2ResponseError) as raised:
        ghost.update(validate=True)
    assert raised.value.error_code == "InvalidInstanceID.NotFound"


def test_console_output(conn, instance):
    output = instance.get_console_output()
    assert output.instance_id == instance.id
    assert isinstance(output.output, bytes) and output.output


def test_instance_attributes(conn, instance):
    assert instance.get_attribute("instanceType") == {"instanceType": instance.instance_type}
    assert instance.modify_attribute("instanceType", "m1.large") is True
    assert conn.get_instance_attribute(instance.id, "instanceType") == {"instanceType": "m1.large"}
    assert conn.modify_instance_attribute(instance.id, "disableApiTermination", True) is True
    attribute = conn.get_instance_attribute(instance.id, "disableApiTermination")
    assert attribute["disableApiTermination"] is True
    assert attribute.instance_id == instance.id


def test_instance_tags(conn, instance):
    instance.add_tag("Name", "web-1")
    instance.add_tags({"env": "test", "team": "ops"})
    assert instance.tags == {"Name": "web-1", "env": "test", "team": "ops"}
    assert conn.get_only_instances([instance.id])[0].tags == instance.tags
    instance.remove_tag("env")
    instance.remove_tags({"team": "someone-else"})  # the value differs: the tag stays
    assert instance.tags == {"Name": "web-1", "team": "ops"}
    assert conn.get_only_instances([instance.id])[0].tags == instance.tags


@pytest.mark.parametrize(
    "call",
    [
        lambda conn: conn.get_all_reservations(["i-0123456789abcdef0"]),
        lambda conn: conn.stop_instances(["i-0123456789abcdef0"]),
        lambda conn: conn.start_instances(["i-0123456789abcdef0"]),
        lambda conn: conn.terminate_instances(["i-0123456789abcdef0"]),
        lambda conn: conn.get_console_output("i-0123456789abcdef0"),
    ],
)
def test_unknown_instance_ids(conn, call):
    with pytest.raises(EC2ResponseError) as raised:
        call(conn)
    assert raised.value.error_code == "InvalidInstanceID.NotFound"
    assert raised.value.status == 400
    assert "i-0123456789abcdef0" in raised.value.error_message


@pytest.mark.parametrize(
    "call",
    [
        lambda conn, instance_id: conn.monitor_instances([instance_id], dry_run=True),
        lambda conn, instance_id: conn.unmonitor_instance(instance_id, dry_run=True),
    ],
)
def test_monitoring_dry_run_reaches_the_action(conn, instance, call):
    # moto answers these two actions only for dry runs; the live calls are checked
    # against the project's own server below.
    with pytest.raises(EC2ResponseError) as raised:
        call(conn, instance.id)
    assert (raised.value.status, raised.value.error_code) == (412, "DryRunOperation")


@pytest.fixture
def local_conn(localec2, monkeypatch):
    """A connection to the project's own server, for the actions moto does not implement."""
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", localec2.endpoint_url)
    monkeypatch.setenv("AWS_DEFAULT_REGION", localec2.region)
    return EC2Connection(localec2.access_key_id, localec2.secret_access_key)


def test_monitor_and_unmonitor(local_conn):
    instance = local_conn.run_instances(x86_image_id(local_conn)).instances[0]
    [info] = local_conn.monitor_instances([instance.id])
    assert repr(info) == "InstanceInfo:%s" % instance.id
    assert info.state in ("pending", "enabled")
    assert instance.update() and instance.monitored is True
    [info] = instance.unmonitor()
    assert info.state in ("disabling", "disabled")
    instance.update()
    assert instance.monitored is False


def test_reset_instance_attribute(local_conn):
    instance = local_conn.run_instances(x86_image_id(local_conn)).instances[0]
    assert instance.modify_attribute("sourceDestCheck", False) is True
    assert instance.get_attribute("sourceDestCheck") == {"sourceDestCheck": False}
    assert instance.reset_attribute("sourceDestCheck") is True
    assert instance.get_attribute("sourceDestCheck") == {"sourceDestCheck": True}
