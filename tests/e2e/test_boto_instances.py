"""boto 2's instance methods against localec2, both real, over loopback: launching with
boto 2's options, listing with filters, the lifecycle, attributes, console output, status and
monitoring."""

from __future__ import annotations

import base64

import pytest

from boto.ec2.blockdevicemapping import BlockDeviceMapping, BlockDeviceType
from boto.exception import EC2ResponseError


@pytest.fixture
def image_id(conn):
    return conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})[0].id


def test_run_instances_with_boto2s_options(conn, image_id):
    conn.create_key_pair("launch-key")
    group = conn.create_security_group("launch-group", "for launches")
    mapping = BlockDeviceMapping()
    mapping["/dev/sdf"] = BlockDeviceType(size=20, volume_type="gp3", delete_on_termination=True)
    reservation = conn.run_instances(
        image_id,
        min_count=2,
        max_count=2,
        key_name="launch-key",
        security_group_ids=[group.id],
        user_data="#!/bin/sh\necho hi\n",
        instance_type="t3.small",
        block_device_map=mapping,
        instance_initiated_shutdown_behavior="terminate",
    )
    assert repr(reservation) == "Reservation:%s" % reservation.id
    assert [i.ami_launch_index for i in reservation.instances] == ["0", "1"]
    first = reservation.instances[0]
    assert (first.key_name, first.instance_type, first.image_id) == (
        "launch-key",
        "t3.small",
        image_id,
    )
    assert [g.id for g in first.groups] == [group.id]
    assert "/dev/sdf" in first.block_device_mapping
    user_data = first.get_attribute("userData")["userData"]
    assert base64.b64decode(user_data) == b"#!/bin/sh\necho hi\n"
    behavior = conn.get_instance_attribute(first.id, "instanceInitiatedShutdownBehavior")
    assert behavior["instanceInitiatedShutdownBehavior"] == "terminate"
    (volume,) = conn.get_all_volumes(
        filters={"attachment.instance-id": first.id, "attachment.device": "/dev/sdf"}
    )
    assert (volume.size, volume.type) == (20, "gp3")


def test_listing_filters_and_the_lifecycle(conn, image_id):
    (one,) = conn.run_instances(image_id, instance_type="t3.micro").instances
    (other,) = conn.run_instances(image_id, instance_type="m5.large").instances
    conn.create_tags([one.id], {"role": "web"})
    (found,) = conn.get_only_instances(filters={"tag:role": "web"})
    assert found.id == one.id and found.tags == {"role": "web"}
    (reservation,) = conn.get_all_reservations(instance_ids=[other.id])
    assert [i.id for i in reservation.instances] == [other.id]
    large = conn.get_only_instances(filters={"instance-type": "m5.large"})
    assert [i.id for i in large] == [other.id]

    stopping = conn.stop_instances([one.id])
    assert [(i.id, i.previous_state) for i in stopping] == [(one.id, "running")]
    one.update()
    assert one.state == "stopped"
    assert [i.id for i in conn.start_instances([one.id])] == [one.id]
    assert conn.reboot_instances([other.id]) is True
    one.update()
    assert one.state == "running"

    terminated = conn.terminate_instances([one.id, other.id])
    assert sorted(i.id for i in terminated) == sorted([one.id, other.id])
    assert {i.state for i in conn.get_only_instances([one.id, other.id])} == {"terminated"}


def test_attributes_console_output_status_and_monitoring(conn, image_id):
    (instance,) = conn.run_instances(image_id, instance_type="t3.micro").instances
    assert conn.modify_instance_attribute(instance.id, "disableApiTermination", True) is True
    with pytest.raises(EC2ResponseError) as caught:
        instance.terminate()
    assert (caught.value.status, caught.value.error_code) == (400, "OperationNotPermitted")
    with pytest.raises(EC2ResponseError) as caught:  # EC2 resets only a few attributes
        instance.reset_attribute("disableApiTermination")
    assert caught.value.error_code == "InvalidParameterValue"
    assert instance.modify_attribute("disableApiTermination", False) is True
    assert instance.get_attribute("disableApiTermination") == {"disableApiTermination": False}
    assert instance.modify_attribute("sourceDestCheck", False) is True
    assert conn.get_instance_attribute(instance.id, "sourceDestCheck") == {"sourceDestCheck": False}
    assert conn.reset_instance_attribute(instance.id, "sourceDestCheck") is True
    assert instance.get_attribute("sourceDestCheck") == {"sourceDestCheck": True}

    output = instance.get_console_output()
    assert output.instance_id == instance.id

    (status,) = conn.get_all_instance_status(instance_ids=[instance.id])
    assert (status.id, status.state_name) == (instance.id, "running")
    assert repr(status) == "InstanceStatus:%s" % instance.id

    (monitored,) = conn.monitor_instances([instance.id])
    assert (monitored.id, monitored.state) == (instance.id, "pending")
    (unmonitored,) = conn.unmonitor_instances([instance.id])
    assert unmonitored.state == "disabling"


def test_an_unknown_instance_is_ec2s_error(conn):
    with pytest.raises(EC2ResponseError) as caught:
        conn.get_only_instances(["i-0123456789abcdef0"])
    assert (caught.value.status, caught.value.error_code) == (400, "InvalidInstanceID.NotFound")
    assert caught.value.request_id


def test_every_page_of_the_instance_types(conn, ec2_client):
    types = conn.get_all_instance_types()
    pages = ec2_client.get_paginator("describe_instance_types").paginate()
    every = [t["InstanceType"] for page in pages for t in page["InstanceTypes"]]
    assert len(every) > 100  # more than one page of EC2's (100 at most)
    assert sorted(t.name for t in types) == sorted(every)
    (micro,) = [t for t in types if t.name == "t3.micro"]
    assert (micro.cores, micro.memory) == ("2", "1024")
