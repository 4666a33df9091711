"""Images, regions, zones and tags, against moto's server."""

from __future__ import annotations

import pytest
from ec2_support import x86_image_id

from boto.ec2.connection import EC2Connection
from boto.exception import EC2ResponseError


def test_images_by_owner_and_filter(conn):
    images = conn.get_all_images(owners=["amazon"], filters={"architecture": "arm64"})
    assert images and {image.architecture for image in images} == {"arm64"}
    first = images[0]
    assert repr(first) == "Image:%s" % first.id
    assert first.owner_alias == "amazon"
    assert first.state == "available"
    assert first.is_public is True
    assert first.root_device_type in ("ebs", "instance-store")

    same = conn.get_image(first.id)
    assert (same.id, same.name, same.architecture) == (first.id, first.name, "arm64")
    by_id = conn.get_all_images(image_ids=[first.id])
    assert [image.id for image in by_id] == [first.id]


@pytest.mark.parametrize(
    "image_id, code",
    [
        ("ami-0123456789abcdef0", "InvalidAMIID.NotFound"),
        ("bogus", "InvalidAMIID.Malformed"),
    ],
)
def test_unknown_and_malformed_image_ids(conn, image_id, code):
    with pytest.raises(EC2ResponseError) as raised:
        conn.get_image(image_id)
    assert (raised.value.status, raised.value.error_code) == (400, code)


def test_image_run_launches_an_instance(conn):
    image = conn.get_image(x86_image_id(conn))
    reservation = image.run(instance_type="t2.micro")
    assert [i.image_id for i in reservation.instances] == [image.id]


def test_regions(conn):
    regions = conn.get_all_regions()
    names = [region.name for region in regions]
    assert "us-east-1" in names and "eu-west-1" in names
    chosen = conn.get_all_regions(region_names=["eu-west-1"])
    assert [(r.name, r.endpoint) for r in chosen] == [("eu-west-1", "ec2.eu-west-1.amazonaws.com")]
    assert chosen[0].connection_cls is EC2Connection


def test_zones(conn):
    zones = conn.get_all_zones()
    assert zones and all(z.region_name == "us-east-1" for z in zones)
    assert [repr(z) for z in conn.get_all_zones(["us-east-1a"])] == ["Zone:us-east-1a"]
    assert conn.get_all_zones(filters={"zone-name": "us-east-1b"})[0].state == "available"


def test_create_describe_delete_tags(conn):
    reservation = conn.run_instances(x86_image_id(conn))
    instance_id = reservation.instances[0].id
    assert conn.create_tags([instance_id], {"Name": "web", "env": "prod", "empty": ""})
    tags = conn.get_all_tags(filters={"resource-id": instance_id})
    assert sorted((t.res_id, t.res_type, t.name, t.value) for t in tags) == [
        (instance_id, "instance", "Name", "web"),
        (instance_id, "instance", "empty", ""),
        (instance_id, "instance", "env", "prod"),
    ]
    assert conn.delete_tags([instance_id], ["env"]) is True
    assert conn.delete_tags([instance_id], {"Name": "not-this-value"}) is True
    remaining = conn.get_all_tags(filters={"resource-id": instance_id})
    assert sorted(t.name for t in remaining) == ["Name", "empty"]


def test_tagging_a_malformed_resource_id(conn):
    with pytest.raises(EC2ResponseError) as raised:
        conn.create_tags(["not-an-id"], {"Name": "x"})
    assert (raised.value.status, raised.value.error_code) == (400, "InvalidID")
    assert conn.get_all_tags() == []
