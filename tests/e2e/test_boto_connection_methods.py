"""The EC2Connection methods the object-level e2e tests reach only through their objects (or
not at all), called directly against localec2: volumes and interfaces attached and detached,
Elastic IPs by object, the EC2-Classic-era rule methods, image attributes, monitoring one
instance, registering an image, trimming snapshots."""

from __future__ import annotations

import pytest

from boto.ec2.blockdevicemapping import BlockDeviceMapping, BlockDeviceType
from boto.exception import EC2ResponseError


@pytest.fixture
def instance(conn):
    image = conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})[0]
    return conn.run_instances(image.id, instance_type="t3.micro").instances[0]


def test_volumes_and_interfaces_attached_and_detached(conn, instance):
    volume = conn.create_volume(8, instance.placement)
    assert conn.attach_volume(volume.id, instance.id, "/dev/sdg") == "attaching"
    volume.update()
    assert volume.attach_data.device == "/dev/sdg"
    conn.detach_volume(volume.id, instance.id, "/dev/sdg")
    assert conn.delete_volume(volume.id) is True

    eni = conn.create_network_interface(instance.subnet_id)
    assert conn.attach_network_interface(eni.id, instance.id, 1) is True
    (attached,) = conn.get_all_network_interfaces([eni.id])
    assert conn.detach_network_interface(attached.attachment.id) is True
    assert conn.delete_network_interface(eni.id) is True


def test_an_elastic_ip_by_object_and_instances_by_reservation(conn, instance):
    address = conn.allocate_address(domain="vpc")
    assert conn.associate_address_object(instance.id, allocation_id=address.allocation_id)
    with pytest.warns(PendingDeprecationWarning):  # as boto 2 warned
        (reservation,) = conn.get_all_instances([instance.id])
    assert reservation.instances[0].ip_address == address.public_ip
    (listed,) = conn.get_all_addresses([address.public_ip])
    assert conn.disassociate_address(association_id=listed.association_id) is True
    assert conn.release_address(allocation_id=address.allocation_id) is True


def test_the_classic_era_rule_methods_on_the_default_vpcs_groups(conn):
    group = conn.create_security_group("legacy", "rules the EC2-Classic way")
    assert conn.authorize_security_group_deprecated(
        "legacy", ip_protocol="tcp", from_port=25, to_port=25, cidr_ip="10.0.0.0/8"
    )
    (listed,) = conn.get_all_security_groups(groupnames=["legacy"])
    assert [(r.from_port, [g.cidr_ip for g in r.grants]) for r in listed.rules] == [
        ("25", ["10.0.0.0/8"])
    ]
    assert conn.revoke_security_group_deprecated(
        "legacy", ip_protocol="tcp", from_port=25, to_port=25, cidr_ip="10.0.0.0/8"
    )
    assert conn.get_all_security_groups(groupnames=["legacy"])[0].rules == []
    assert conn.delete_security_group(group_id=group.id) is True
    with pytest.raises(EC2ResponseError) as caught:
        conn.delete_security_group("legacy")
    assert caught.value.error_code == "InvalidGroup.NotFound"


def test_monitoring_one_instance(conn, instance):
    assert [i.state for i in conn.monitor_instance(instance.id)] == ["pending"]
    assert [i.state for i in conn.unmonitor_instance(instance.id)] == ["disabling"]


def test_registering_an_image_and_its_attributes(conn, instance):
    volume = conn.create_volume(8, instance.placement)
    snapshot = conn.create_snapshot(volume.id)
    mapping = BlockDeviceMapping()
    mapping["/dev/xvda"] = BlockDeviceType(snapshot_id=snapshot.id, delete_on_termination=True)
    image_id = conn.register_image(
        "registered",
        description="from a snapshot",
        architecture="x86_64",
        root_device_name="/dev/xvda",
        block_device_map=mapping,
        virtualization_type="hvm",
    )
    (image,) = conn.get_all_images([image_id])
    assert (image.name, image.root_device_name) == ("registered", "/dev/xvda")
    assert conn.modify_image_attribute(
        image_id, "launchPermission", "add", user_ids=["123456789012"]
    )
    permissions = conn.get_image_attribute(image_id, "launchPermission")
    assert permissions.attrs["user_ids"] == ["123456789012"]
    assert conn.reset_image_attribute(image_id) is True
    assert "user_ids" not in conn.get_image_attribute(image_id, "launchPermission").attrs


def test_trimming_snapshots_keeps_this_hours(conn, instance):
    volume = conn.create_volume(8, instance.placement)
    first = conn.create_snapshot(volume.id)
    second = conn.create_snapshot(volume.id)
    for snapshot in (first, second):  # trim_snapshots thins the snapshots of named volumes
        snapshot.add_tag("Name", "data")
    conn.trim_snapshots()
    remaining = {s.id for s in conn.get_all_snapshots(owner="self")}
    assert {first.id, second.id} <= remaining  # both of this hour: the oldest and the newest
