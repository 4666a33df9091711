"""boto 2's image, snapshot and tag methods against localec2, both real, over loopback."""

from __future__ import annotations

import pytest

from boto.exception import EC2ResponseError


@pytest.fixture
def instance(conn):
    image = conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})[0]
    return conn.run_instances(image.id, instance_type="t3.micro").instances[0]


def test_image_lifecycle_with_launch_permissions(conn, instance):
    image_id = instance.create_image("backup", description="nightly")
    image = conn.get_image(image_id)
    assert (image.name, image.description, image.state) == ("backup", "nightly", "available")
    assert image.set_launch_permissions(user_ids=["123456789012"], group_names=["all"])
    assert image.get_launch_permissions() == {"groups": ["all"], "user_ids": ["123456789012"]}
    assert conn.get_image(image_id).is_public is True
    assert image.reset_launch_attributes() is True
    assert image.get_launch_permissions() == {}
    assert conn.get_image_attribute(image_id, "description").description == "nightly"
    assert image.run(instance_type="t3.micro").instances[0].image_id == image_id


def test_deregister_with_its_snapshot(conn, instance):
    image = conn.get_image(instance.create_image("with-snapshot"))
    snapshot_id = image.block_device_mapping["/dev/xvda"].snapshot_id
    assert snapshot_id.startswith("snap-")
    with pytest.raises(EC2ResponseError) as caught:
        conn.delete_snapshot(snapshot_id)
    assert caught.value.error_code == "InvalidSnapshot.InUse"
    assert image.deregister() is True
    assert conn.delete_snapshot(snapshot_id) is True
    assert conn.get_all_images(owners=["self"]) == []


def test_deregister_image_deletes_the_root_snapshot_when_asked(conn, instance):
    image = conn.get_image(instance.create_image("goes-whole"))
    snapshot_id = image.block_device_mapping[image.root_device_name].snapshot_id
    assert conn.deregister_image(image.id, delete_snapshot=True) is True
    with pytest.raises(EC2ResponseError) as caught:
        conn.delete_snapshot(snapshot_id)
    assert caught.value.error_code == "InvalidSnapshot.NotFound"


def test_tags_on_an_instance_and_its_volume(conn, instance):
    volume_id = instance.block_device_mapping[instance.root_device_name].volume_id
    instance.add_tags({"Name": "web", "env": "test"})
    conn.create_tags([volume_id], {"backup": "daily"})
    found = {(t.res_type, t.res_id, t.name, t.value) for t in conn.get_all_tags()}
    assert found == {
        ("instance", instance.id, "Name", "web"),
        ("instance", instance.id, "env", "test"),
        ("volume", volume_id, "backup", "daily"),
    }
    instance.remove_tag("env")
    instance.update()
    assert instance.tags == {"Name": "web"}
    assert [t.name for t in conn.get_all_tags(filters={"resource-type": "volume"})] == ["backup"]
