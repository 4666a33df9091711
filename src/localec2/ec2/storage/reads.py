"""EBS volumes and snapshots: reading them as they are now.

A volume made by CreateVolume is a full `volume` document. An instance's own volumes (made at
RunInstances, see `instances.parts`) keep only their id, owner and tags: their size, zone,
state and attachment are read from the owning instance as it is now, so they follow its
state clock without a thread of their own. A snapshot is a `snapshot` document: made from a
volume by CreateSnapshot, or by CreateImage for each of an instance's volumes; it stays after
its image is deregistered, as in EC2.

The rules of the volume and snapshot actions are in `volumes` and `snapshots`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ... import errors
from ...protocol import shapes
from ...state.store import Transaction
from ..context import Context
from ..documents import ImageDoc, SnapshotDoc, VolumeDoc
from ..instances.lookup import find_instance
from ..instances.parts import instance_volume, owner_of, part_exists
from ..kinds import SNAPSHOT, VOLUME


def _instance_volume(ctx: Context, doc: VolumeDoc) -> VolumeDoc | None:
    """An instance's own volume as it is now, or None once EC2 would have deleted it."""
    instance = find_instance(ctx, owner_of(doc) or "")
    if instance is None:  # it may have just vanished, leaving its kept volume on its own
        kept = VOLUME.stored(ctx.tx, doc["VolumeId"])
        return kept if kept is not None and owner_of(kept) is None else None
    if not part_exists(VOLUME, doc["VolumeId"], instance):
        return None
    return instance_volume(doc, instance)


def _attached_volume(ctx: Context, doc: VolumeDoc) -> VolumeDoc | None:
    """A volume made by CreateVolume: once the instance it is attached to has terminated it
    is `available` again (AttachVolume attaches with DeleteOnTermination false), or gone if
    ModifyInstanceAttribute set DeleteOnTermination since."""
    if not doc["Attachments"]:
        return doc
    attachment = doc["Attachments"][0]
    instance = find_instance(ctx, attachment["InstanceId"])
    if instance is not None and instance["State"]["Name"] != "terminated":
        return doc
    if attachment.get("DeleteOnTermination"):
        return None
    return {**doc, "State": "available", "Attachments": []}


def _view(ctx: Context, doc: VolumeDoc) -> VolumeDoc | None:
    return _attached_volume(ctx, doc) if owner_of(doc) is None else _instance_volume(ctx, doc)


def _viewed(ctx: Context, doc: VolumeDoc | None) -> VolumeDoc | None:
    return None if doc is None else _view(ctx, doc)


def find_volume(ctx: Context, volume_id: str) -> VolumeDoc | None:
    """The stored document of a volume that exists now (for tagging), or None."""
    doc = VOLUME.stored(ctx.tx, volume_id)
    return None if doc is None or _view(ctx, doc) is None else doc


def tagged_volumes(ctx: Context) -> list[VolumeDoc]:
    return [doc for doc in VOLUME.every(ctx.tx) if doc["Tags"] and _view(ctx, doc) is not None]


def all_volumes(ctx: Context) -> list[VolumeDoc]:
    return [v for v in (_view(ctx, d) for d in VOLUME.every(ctx.tx)) if v is not None]


def get_volume(ctx: Context, volume_id: str) -> VolumeDoc:
    """The volume as it is now (Malformed / NotFound as EC2 answers)."""
    return VOLUME.get(ctx.tx, volume_id, lambda i: _viewed(ctx, VOLUME.stored(ctx.tx, i)))


def _snapshot_of(mapping: shapes.BlockDeviceMapping) -> str:
    return (mapping.get("Ebs") or {}).get("SnapshotId") or ""


def snapshot_ids(image: ImageDoc) -> list[str]:
    """The snapshots an image's block devices are made from."""
    return [s for s in map(_snapshot_of, image.get("BlockDeviceMappings") or ()) if s]


def record_snapshots(
    tx: Transaction,
    image: ImageDoc,
    tags: Sequence[shapes.Tag],
    start_time: str,
    describe: Callable[[str], str],
) -> None:
    """The snapshots of an image's block devices (made for it by CreateImage or CopyImage),
    each with the request's snapshot tags and `describe(its id)` as its description."""
    for mapping in image.get("BlockDeviceMappings") or ():
        snapshot_id = _snapshot_of(mapping)
        if not snapshot_id:
            continue
        ebs = mapping["Ebs"]
        snapshot: SnapshotDoc = {
            "SnapshotId": snapshot_id,
            "_": {"owner": image["ImageId"]},
            "Tags": tags,
            "VolumeSize": ebs.get("VolumeSize", 8),
            "OwnerId": image.get("OwnerId", tx.account),
            "StartTime": start_time,
            "Description": describe(snapshot_id),
            "Encrypted": ebs.get("Encrypted", False),
        }
        if ebs.get("KmsKeyId"):
            snapshot["KmsKeyId"] = ebs["KmsKeyId"]
        SNAPSHOT.put(tx, snapshot)


# What a snapshot recorded before snapshots had their own fields shows for them.
_SNAPSHOT_DEFAULTS: SnapshotDoc = {
    "VolumeId": "vol-ffffffff",
    "VolumeSize": 8,
    "State": "completed",
    "Progress": "100%",
    "Description": "",
    "Encrypted": False,
    "StartTime": "1970-01-01T00:00:00.000Z",
}


def snapshot_view(tx: Transaction, doc: SnapshotDoc) -> SnapshotDoc:
    """A snapshot as DescribeSnapshots shows it."""
    return {**_SNAPSHOT_DEFAULTS, "OwnerId": tx.account, **doc}


def get_snapshot(tx: Transaction, snapshot_id: str) -> SnapshotDoc:
    """An own snapshot (Malformed / NotFound as EC2 answers)."""
    return snapshot_view(tx, SNAPSHOT.get(tx, snapshot_id))


def delete_snapshot(tx: Transaction, snapshot_id: str, images: Sequence[ImageDoc]) -> None:
    """Delete an own snapshot, unless one of `images` is registered from it."""
    if SNAPSHOT.stored(tx, snapshot_id) is None:
        raise SNAPSHOT.not_found([snapshot_id])
    for image in images:
        if snapshot_id in snapshot_ids(image):
            raise errors.InvalidSnapshotInUse(
                f"The snapshot {snapshot_id} is currently in use by {image['ImageId']}",
            )
    SNAPSHOT.delete(tx, snapshot_id)
