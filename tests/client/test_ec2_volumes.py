"""Volume methods of EC2Connection and Volume/AttachmentSet, against moto's server."""

from __future__ import annotations

import pytest
from ec2_support import ZONE, x86_image_id

from boto.ec2.volume import AttachmentSet, Volume
from boto.exception import EC2ResponseError


@pytest.fixture
def instance(conn):
    return conn.run_instances(x86_image_id(conn), placement=ZONE).instances[0]


def _error(call, *args, **kwargs) -> EC2ResponseError:
    with pytest.raises(EC2ResponseError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_create_volume(conn, volume):
    assert isinstance(volume, Volume)
    assert volume.id.startswith("vol-")
    assert repr(volume) == "Volume:%s" % volume.id
    assert volume.size == 8 and volume.zone == ZONE
    assert volume.status in ("creating", "available")
    assert volume.encrypted is False
    assert volume.connection is conn


def test_create_volume_takes_zone_and_snapshot_objects(conn, volume):
    zone = conn.get_all_zones([ZONE])[0]
    snapshot = conn.create_snapshot(volume.id)
    restored = conn.create_volume(None, zone, snapshot, volume_type="io1", iops=100, encrypted=True)
    assert restored.zone == ZONE
    assert restored.snapshot_id == snapshot.id
    assert restored.size == 8
    assert restored.type == "io1" and restored.iops == 100
    assert restored.encrypted is True


def test_get_all_volumes_by_id_and_filter(conn, volume):
    other = conn.create_volume(20, "us-east-1b")
    assert sorted(v.id for v in conn.get_all_volumes()) == sorted([volume.id, other.id])
    (by_id,) = conn.get_all_volumes([other.id])
    assert by_id.size == 20 and by_id.zone == "us-east-1b"
    assert by_id.create_time and by_id.type
    (filtered,) = conn.get_all_volumes(filters={"availability_zone": ZONE})
    assert filtered.id == volume.id


def test_unknown_volume_is_an_error(conn):
    error = _error(conn.get_all_volumes, ["vol-0123456789abcdef0"])
    assert error.status == 400
    assert error.error_code == "InvalidVolume.NotFound"


def test_update_refreshes_and_validates(conn, volume):
    assert volume.update() == "available"
    assert volume.volume_state() == "available"
    volume.delete()
    assert conn.get_all_volumes() == []
    with pytest.raises(EC2ResponseError):
        volume.update(validate=True)


def test_delete_volume(conn, volume):
    assert conn.delete_volume(volume.id) is True
    assert conn.get_all_volumes() == []
    error = _error(conn.delete_volume, volume.id)
    assert (error.status, error.error_code) == (400, "InvalidVolume.NotFound")


def test_attach_and_detach(conn, volume, instance):
    # boto 2's get_status answers the response's <status> when there is no <return>
    assert volume.attach(instance.id, "/dev/sdh") == "attaching"
    volume.update()
    assert isinstance(volume.attach_data, AttachmentSet)
    assert volume.attach_data.instance_id == instance.id
    assert volume.attach_data.device == "/dev/sdh"
    assert volume.attach_data.id == volume.id
    assert volume.attach_data.attach_time
    assert volume.attachment_state() == "attached"
    assert volume.status == "in-use"
    assert repr(volume.attach_data) == "AttachmentSet:%s" % volume.id
    assert volume.detach() == "detaching"
    volume.update()
    assert volume.status == "available"
    assert volume.attachment_state() is None


def test_attach_volume_to_unknown_instance_is_an_error(conn, volume):
    error = _error(conn.attach_volume, volume.id, "i-0123456789abcdef0", "/dev/sdh")
    assert error.status == 400
    assert error.error_code == "InvalidInstanceID.NotFound"
    assert conn.get_all_volumes([volume.id])[0].status == "available"


def test_detach_volume_with_force_and_instance(conn, volume, instance):
    conn.attach_volume(volume.id, instance.id, "/dev/sdj")
    assert conn.detach_volume(volume.id, instance.id, "/dev/sdj", force=True) == "detaching"
    assert conn.get_all_volumes([volume.id])[0].status == "available"


def test_dry_run_is_an_error_and_creates_nothing(conn):
    error = _error(conn.create_volume, 8, ZONE, dry_run=True)
    assert (error.status, error.error_code) == (412, "DryRunOperation")
    assert conn.get_all_volumes() == []


def test_tags_and_snapshots_of_a_volume(conn, volume):
    volume.add_tag("Name", "data")
    (listed,) = conn.get_all_volumes([volume.id])
    assert listed.tags == {"Name": "data"}
    snapshot = volume.create_snapshot("nightly")
    assert snapshot.volume_id == volume.id
    assert [s.id for s in volume.snapshots()] == [snapshot.id]
    assert snapshot.tags.get("Name") == "data"
