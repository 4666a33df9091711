"""Snapshot methods of EC2Connection and Snapshot, against moto's server; and AWS's
published example responses for snapshots and volumes parsed into boto objects."""

from __future__ import annotations

import pytest
from ec2_support import ZONE

from boto import handler
from boto.ec2.snapshot import Snapshot, SnapshotAttribute
from boto.ec2.volume import AttachmentSet, Volume
from boto.exception import EC2ResponseError
from boto.resultset import ResultSet

OTHER_ACCOUNT = "111122223333"


@pytest.fixture
def snapshot(conn, volume) -> Snapshot:
    return conn.create_snapshot(volume.id, "first")


def _error(call, *args, **kwargs) -> EC2ResponseError:
    with pytest.raises(EC2ResponseError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_create_snapshot(conn, volume, snapshot):
    assert isinstance(snapshot, Snapshot)
    assert snapshot.id.startswith("snap-")
    assert repr(snapshot) == "Snapshot:%s" % snapshot.id
    assert snapshot.volume_id == volume.id
    assert snapshot.description == "first"
    assert snapshot.volume_size == 8
    assert snapshot.encrypted is False
    assert snapshot.start_time and snapshot.owner_id
    assert snapshot.connection is conn


def test_create_snapshot_of_unknown_volume_is_an_error(conn):
    before = len(conn.get_all_snapshots(owner="self"))
    error = _error(conn.create_snapshot, "vol-0123456789abcdef0")
    assert (error.status, error.error_code) == (400, "InvalidVolume.NotFound")
    assert len(conn.get_all_snapshots(owner="self")) == before


def test_get_all_snapshots_by_id_owner_and_filter(conn, volume, snapshot):
    second = conn.create_snapshot(volume.id, "second")
    # moto's own image snapshots belong to the same account: narrow to this volume
    mine = conn.get_all_snapshots(owner="self", filters={"volume_id": volume.id})
    assert sorted(s.id for s in mine) == sorted([snapshot.id, second.id])
    assert sorted(s.id for s in volume.snapshots(owner="self")) == sorted([snapshot.id, second.id])
    (by_id,) = conn.get_all_snapshots([second.id])
    assert by_id.description == "second" and by_id.volume_id == volume.id
    (filtered,) = conn.get_all_snapshots(
        owner=["self"], filters={"description": "first", "volume_id": volume.id}
    )
    assert filtered.id == snapshot.id


def test_unknown_snapshot_is_an_error(conn):
    error = _error(conn.get_all_snapshots, ["snap-0123456789abcdef0"])
    assert (error.status, error.error_code) == (400, "InvalidSnapshot.NotFound")


def test_update_and_delete(conn, volume, snapshot):
    assert snapshot.update() == snapshot.progress
    assert snapshot.status in ("pending", "completed")
    assert snapshot.delete() is True
    assert conn.get_all_snapshots(filters={"volume_id": volume.id}) == []
    error = _error(conn.delete_snapshot, snapshot.id)
    assert (error.status, error.error_code) == (400, "InvalidSnapshot.NotFound")


def test_create_volume_from_snapshot(conn, snapshot):
    restored = snapshot.create_volume(ZONE, volume_type="gp2")
    assert isinstance(restored, Volume)
    assert restored.snapshot_id == snapshot.id
    assert restored.size == 8 and restored.type == "gp2"


def test_share_unshare_and_permissions(conn, snapshot):
    assert snapshot.get_permissions() == {}
    assert snapshot.share(user_ids=[OTHER_ACCOUNT]) is True
    assert snapshot.get_permissions() == {"user_ids": [OTHER_ACCOUNT]}
    assert conn.modify_snapshot_attribute(snapshot.id, groups=["all"]) is True
    attribute = conn.get_snapshot_attribute(snapshot.id)
    assert isinstance(attribute, SnapshotAttribute)
    assert attribute.snapshot_id == snapshot.id
    assert attribute.attrs == {"user_ids": [OTHER_ACCOUNT], "groups": ["all"]}
    assert snapshot.unshare(user_ids=[OTHER_ACCOUNT]) is True
    assert snapshot.get_permissions() == {"groups": ["all"]}


def test_permissions_of_unknown_snapshot_is_an_error(conn):
    error = _error(conn.get_snapshot_attribute, "snap-0123456789abcdef0")
    assert (error.status, error.error_code) == (400, "InvalidSnapshot.NotFound")


def test_dry_run_is_an_error_and_creates_nothing(conn, volume):
    error = _error(conn.create_snapshot, volume.id, dry_run=True)
    assert (error.status, error.error_code) == (412, "DryRunOperation")
    assert conn.get_all_snapshots(filters={"volume_id": volume.id}) == []


# --- AWS's published example responses ----------------------------------------------------

# DescribeSnapshots, EC2 API reference 2009-07-15 (example response).
DESCRIBE_SNAPSHOTS = b"""<DescribeSnapshotsResponse xmlns="http://ec2.amazonaws.com/doc/2009-07-15/">
  <snapshotSet>
    <item>
      <snapshotId>snap-78a54011</snapshotId>
      <volumeId>vol-4d826724</volumeId>
      <status>pending</status>
      <startTime>2008-05-07T12:51:50.000Z</startTime>
      <progress>80%</progress>
    </item>
  </snapshotSet>
</DescribeSnapshotsResponse>"""

# AttachVolume, EC2 Developer Guide 2008-05-05 (sample response).
ATTACH_VOLUME = b"""<AttachVolumeResponse xmlns="http://ec2.amazonaws.com/doc/2008-05-05">
  <volumeId>vol-4d826724</volumeId>
  <instanceId>i-6058a509</instanceId>
  <device>/dev/sdh</device>
  <status>attaching</status>
  <attachTime>2008-05-07T11:51:50.000Z</attachTime>
</AttachVolumeResponse>"""

# DescribeVolumes: the values of the first volume of the AWS CLI's published describe-volumes
# example, in the 2016-11-15 XML shape.
DESCRIBE_VOLUMES = b"""<DescribeVolumesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
  <volumeSet>
    <item>
      <volumeId>vol-049df61146c4d7901</volumeId>
      <size>8</size>
      <snapshotId>snap-1234567890abcdef0</snapshotId>
      <availabilityZone>us-east-1a</availabilityZone>
      <status>in-use</status>
      <createTime>2019-12-18T22:35:00.084Z</createTime>
      <attachmentSet>
        <item>
          <volumeId>vol-049df61146c4d7901</volumeId>
          <instanceId>i-1234567890abcdef0</instanceId>
          <device>/dev/sda1</device>
          <status>attached</status>
          <attachTime>2013-12-18T22:35:00.000Z</attachTime>
          <deleteOnTermination>true</deleteOnTermination>
        </item>
      </attachmentSet>
      <volumeType>gp2</volumeType>
      <iops>100</iops>
      <encrypted>true</encrypted>
      <tagSet><item><key>Name</key><value>root</value></item></tagSet>
    </item>
  </volumeSet>
</DescribeVolumesResponse>"""


def _parse_list(body: bytes, cls: type) -> ResultSet:
    result = ResultSet([("item", cls)])
    handler.parse(body, result, None)
    return result


def test_example_describe_snapshots():
    (snapshot,) = _parse_list(DESCRIBE_SNAPSHOTS, Snapshot)
    assert snapshot.id == "snap-78a54011"
    assert snapshot.volume_id == "vol-4d826724"
    assert snapshot.status == "pending"
    assert snapshot.start_time == "2008-05-07T12:51:50.000Z"
    assert snapshot.progress == "80%"
    assert snapshot.volume_size is None and snapshot.tags == {}


def test_example_attach_volume_status():
    result = ResultSet()
    handler.parse(ATTACH_VOLUME, result, None)
    assert result.status == "attaching"


def test_example_describe_volumes():
    (volume,) = _parse_list(DESCRIBE_VOLUMES, Volume)
    assert volume.id == "vol-049df61146c4d7901"
    assert volume.size == 8 and volume.iops == 100
    assert volume.snapshot_id == "snap-1234567890abcdef0"
    assert volume.zone == "us-east-1a"
    assert volume.status == "in-use"
    assert volume.create_time == "2019-12-18T22:35:00.084Z"
    assert volume.type == "gp2" and volume.encrypted is True
    assert volume.tags == {"Name": "root"}
    attachment = volume.attach_data
    assert isinstance(attachment, AttachmentSet)
    assert attachment.id == "vol-049df61146c4d7901"
    assert attachment.instance_id == "i-1234567890abcdef0"
    assert attachment.device == "/dev/sda1"
    assert attachment.status == "attached"
    assert attachment.attach_time == "2013-12-18T22:35:00.000Z"


def test_volume_from_an_encrypted_snapshot_is_encrypted(conn):
    encrypted = conn.create_volume(4, ZONE, encrypted=True)
    snapshot = encrypted.create_snapshot()
    assert snapshot.encrypted is True
    restored = snapshot.create_volume(ZONE)
    assert restored.encrypted is True and restored.size == 4
