"""boto 2's volume status, snapshot sharing, copy, kernel and RAM disk, bundle, product and
ClassicLink methods against localec2, both real, over loopback."""

from __future__ import annotations

import pytest

import boto
from boto.exception import EC2ResponseError


@pytest.fixture
def volume(conn):
    zone = conn.get_all_zones()[0].name
    return conn.create_volume(4, zone)


@pytest.fixture
def instance(conn):
    image = conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})[0]
    return conn.run_instances(image.id, instance_type="t3.micro").instances[0]


def test_volume_status_and_io(localec2, conn, volume):
    (status,) = conn.get_all_volume_status(volume_ids=[volume.id])
    assert (status.id, status.volume_status.status) == (volume.id, "ok")
    localec2.suspend_volume_io(volume.id)
    (status,) = conn.get_all_volume_status(volume_ids=[volume.id])
    assert status.volume_status.status == "impaired"
    assert [e.type for e in status.events] == ["potential-data-inconsistency"]
    assert [a.code for a in status.actions] == ["enable-volume-io"]
    impaired = conn.get_all_volume_status(filters={"volume-status.status": "impaired"})
    assert [s.id for s in impaired] == [volume.id]
    assert conn.enable_volume_io(volume.id) is True
    (status,) = conn.get_all_volume_status(volume_ids=[volume.id])
    assert status.volume_status.status == "ok"


def test_volume_attribute(conn, volume):
    assert conn.get_volume_attribute(volume.id).attrs == {"autoEnableIO": False}
    assert conn.modify_volume_attribute(volume.id, "AutoEnableIO", True) is True
    assert conn.get_volume_attribute(volume.id, "autoEnableIO").attrs == {"autoEnableIO": True}


def test_snapshot_sharing_and_copies(localec2, conn, volume):
    snapshot = conn.create_snapshot(volume.id, "to share")
    assert conn.get_snapshot_attribute(snapshot.id).attrs == {}
    other = localec2.create_account()
    assert conn.modify_snapshot_attribute(snapshot.id, user_ids=[other["account_id"]]) is True
    attribute = conn.get_snapshot_attribute(snapshot.id, "createVolumePermission")
    assert attribute.attrs == {"user_ids": [other["account_id"]]}
    stranger = boto.connect_ec2(other["access_key_id"], other["secret_access_key"])
    assert [s.id for s in stranger.get_all_snapshots()] == [snapshot.id]
    copy_id = stranger.copy_snapshot(localec2.region, snapshot.id, "my copy")
    assert [s.id for s in stranger.get_all_snapshots(owner="self")] == [copy_id]
    assert conn.reset_snapshot_attribute(snapshot.id) is True
    assert [s.id for s in stranger.get_all_snapshots()] == [copy_id]
    own_copy = conn.copy_snapshot(localec2.region, snapshot.id)
    assert conn.get_all_snapshots([own_copy])[0].description.startswith("[Copied ")


def test_copy_image(localec2, conn, instance):
    image_id = instance.create_image("to-copy", description="source")
    copied = conn.copy_image(localec2.region, image_id, name="the-copy", client_token="c1")
    assert copied.image_id.startswith("ami-") and copied.image_id != image_id
    again = conn.copy_image(localec2.region, image_id, name="the-copy", client_token="c1")
    assert again.image_id == copied.image_id
    image = conn.get_image(copied.image_id)
    assert (image.name, image.description, image.state) == ("the-copy", "source", "available")
    west = boto.ec2.connect_to_region("us-west-2")
    in_west = west.copy_image(localec2.region, image_id, name="west")
    assert [i.id for i in west.get_all_images(owners=["self"])] == [in_west.image_id]


def test_kernels_and_ramdisks(conn):
    kernels = conn.get_all_kernels()
    ramdisks = conn.get_all_ramdisks()
    assert kernels and all(k.id.startswith("aki-") and k.type == "kernel" for k in kernels)
    assert ramdisks and all(r.id.startswith("ari-") and r.type == "ramdisk" for r in ramdisks)
    assert [k.id for k in conn.get_all_kernels(kernel_ids=[kernels[0].id])] == [kernels[0].id]
    assert conn.get_all_kernels(owners=["self"]) == []


def test_bundle_tasks_and_products(conn, instance):
    assert conn.get_all_bundle_tasks() == []
    with pytest.raises(EC2ResponseError) as caught:
        conn.bundle_instance(instance.id, "bucket", "prefix", "e30=")
    assert caught.value.error_code == "UnsupportedOperation"
    with pytest.raises(EC2ResponseError) as caught:
        conn.cancel_bundle_task("bun-12345678")
    assert caught.value.error_code == "InvalidBundleID.NotFound"
    assert conn.confirm_product_instance("774F4FF8", instance.id) == (False, None)


def test_classic_link(conn, instance):
    assert conn.get_all_classic_link_instances() == []
    assert conn.get_all_classic_link_instances(instance_ids=[instance.id]) == []
    with pytest.raises(EC2ResponseError) as caught:
        conn.get_all_classic_link_instances(instance_ids=["i-0123456789abcdef0"])
    assert caught.value.error_code == "InvalidInstanceID.NotFound"
