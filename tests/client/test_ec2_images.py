"""Image methods of EC2Connection, Image and Instance, against moto's server."""

from __future__ import annotations

import pytest

from boto.ec2.blockdevicemapping import BlockDeviceMapping, BlockDeviceType
from boto.ec2.image import ImageAttribute
from boto.exception import EC2ResponseError


def test_create_image_from_an_instance(conn, instance):
    image_id = conn.create_image(
        instance.id, "web-server", description="built by boto", no_reboot=True
    )
    assert image_id.startswith("ami-")
    image = conn.get_image(image_id)
    assert (image.name, image.description) == ("web-server", "built by boto")
    assert image.architecture == "x86_64"
    assert [i.id for i in conn.get_all_images(owners=["self"])] == [image_id]


def test_instance_create_image(conn, instance):
    image_id = instance.create_image("from-the-instance")
    assert conn.get_image(image_id).name == "from-the-instance"


def test_register_and_deregister(conn):
    mapping = BlockDeviceMapping()
    mapping["/dev/sda1"] = BlockDeviceType(snapshot_id=None, size=10, delete_on_termination=True)
    image_id = conn.register_image(
        name="registered",
        description="by boto",
        architecture="x86_64",
        root_device_name="/dev/sda1",
        block_device_map=mapping,
        virtualization_type="hvm",
    )
    assert image_id.startswith("ami-")
    image = conn.get_image(image_id)
    assert image.name == "registered" and image.root_device_name == "/dev/sda1"
    assert image.deregister() is True
    assert conn.get_image(image_id) is None
    with pytest.raises(EC2ResponseError) as caught:
        conn.deregister_image(image_id)
    # moto answers InvalidAMIID.Unavailable (deregistered), localec2 InvalidAMIID.NotFound
    assert caught.value.error_code.startswith("InvalidAMIID.")
    assert caught.value.status == 400


def test_launch_permissions(conn, instance):
    image = conn.get_image(conn.create_image(instance.id, "shared"))
    assert image.get_launch_permissions() == {}
    assert image.set_launch_permissions(user_ids=["123456789012"], group_names=["all"])
    permissions = image.get_launch_permissions()
    assert permissions == {"user_ids": ["123456789012"], "groups": ["all"]}
    assert image.remove_launch_permissions(group_names=["all"])
    assert image.get_launch_permissions() == {"user_ids": ["123456789012"]}
    attribute = conn.get_image_attribute(image.id)
    assert isinstance(attribute, ImageAttribute)
    assert (attribute.name, attribute.image_id) == ("launch_permission", image.id)


def test_description_attribute_is_unwrapped(conn, instance):
    image_id = conn.create_image(instance.id, "described", description="the description")
    attribute = conn.get_image_attribute(image_id, "description")
    assert attribute.description == "the description"


def test_dry_run(conn, instance):
    with pytest.raises(EC2ResponseError) as caught:
        conn.create_image(instance.id, "never", dry_run=True)
    assert (caught.value.status, caught.value.error_code) == (412, "DryRunOperation")
    assert conn.get_all_images(owners=["self"]) == []
