"""boto 2's volume, snapshot, network interface, region, zone, tag and VPC attribute methods
against localec2, both real, over loopback."""

from __future__ import annotations

import pytest

from boto.exception import EC2ResponseError


@pytest.fixture
def instance(conn):
    image = conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})[0]
    return conn.run_instances(image.id, instance_type="t3.micro").instances[0]


def test_a_volume_attached_snapshotted_and_deleted(conn, instance):
    volume = conn.create_volume(10, instance.placement, volume_type="gp3", iops=3000)
    assert repr(volume) == "Volume:%s" % volume.id
    assert (volume.size, volume.zone, volume.type) == (10, instance.placement, "gp3")
    assert volume.attach(instance.id, "/dev/sdh") == "attaching"  # as boto 2: the <status>
    volume.update()
    assert (volume.attachment_state(), volume.attach_data.instance_id) == (
        "attached",
        instance.id,
    )
    snapshot = volume.create_snapshot("nightly")
    assert (snapshot.volume_id, snapshot.description) == (volume.id, "nightly")
    assert [s.id for s in volume.snapshots()] == [snapshot.id]
    with pytest.raises(EC2ResponseError) as caught:
        volume.delete()
    assert caught.value.error_code == "VolumeInUse"
    assert conn.detach_volume(volume.id) == "detaching"
    volume.update()
    assert volume.volume_state() == "available"

    restored = snapshot.create_volume(instance.placement, size=20)
    assert (restored.snapshot_id, restored.size) == (snapshot.id, 20)
    assert restored.delete() is True
    assert snapshot.delete() is True
    assert volume.delete() is True
    ids = {v.id for v in conn.get_all_volumes()}
    assert not ids & {volume.id, restored.id}


def test_a_network_interface_through_its_methods(conn, instance):
    (subnet_id,) = {instance.subnet_id}
    group = conn.create_security_group("eni", "for the interface")
    eni = conn.create_network_interface(subnet_id, description="spare", groups=[group.id])
    assert repr(eni) == "NetworkInterface:%s" % eni.id
    assert (eni.subnet_id, eni.status, eni.description) == (subnet_id, "available", "spare")
    assert conn.assign_private_ip_addresses(eni.id, secondary_private_ip_address_count=2)
    eni.update()
    assert len(eni.private_ip_addresses) == 3
    secondary = [p.private_ip_address for p in eni.private_ip_addresses if not p.primary]
    assert conn.unassign_private_ip_addresses(eni.id, secondary[:1]) is True
    assert conn.modify_network_interface_attribute(eni.id, "description", "renamed") is True
    assert conn.modify_network_interface_attribute(eni.id, "sourceDestCheck", False) is True

    assert eni.attach(instance.id, 1) is True
    (listed,) = conn.get_all_network_interfaces(
        filters={"attachment.instance-id": instance.id, "description": "renamed"}
    )
    assert (listed.id, listed.status, listed.attachment.device_index) == (eni.id, "in-use", 1)
    assert listed.source_dest_check is False
    assert len(listed.private_ip_addresses) == 2
    with pytest.raises(EC2ResponseError) as caught:
        listed.delete()
    assert caught.value.error_code == "InvalidNetworkInterface.InUse"
    assert listed.detach() is True
    listed.update()
    assert listed.status == "available"
    assert conn.delete_network_interface(eni.id) is True


def test_regions_zones_tags_and_vpc_attributes(conn, instance):
    regions = {r.name: r for r in conn.get_all_regions()}
    assert regions["us-east-1"].endpoint == "ec2.us-east-1.amazonaws.com"
    zones = conn.get_all_zones()
    assert [z.name for z in zones][:2] == ["us-east-1a", "us-east-1b"]
    assert {z.state for z in zones} == {"available"}

    assert conn.create_tags([instance.id], {"env": "test", "empty": ""}) is True
    tags = conn.get_all_tags(filters={"resource-id": instance.id})
    assert sorted((t.name, t.value, t.res_type) for t in tags) == [
        ("empty", "", "instance"),
        ("env", "test", "instance"),
    ]
    assert conn.delete_tags([instance.id], ["empty"]) is True
    assert [t.name for t in conn.get_all_tags(filters={"resource-id": instance.id})] == ["env"]

    vpc_id = instance.vpc_id
    assert conn.modify_vpc_attribute(vpc_id, enable_dns_hostnames=False) is True
    attribute = conn.describe_vpc_attribute(vpc_id, "enableDnsHostnames")
    assert (attribute.vpc_id, attribute.enable_dns_hostnames) == (vpc_id, False)
