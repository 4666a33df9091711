"""EBS snapshots: creating, copying, listing and deleting them. Snapshots complete at once.

How a snapshot is read, and the snapshots CreateImage makes, are `reads`'s; who else may
use one, `snapshot_sharing`'s; its storage tier, `snapshot_tiers`'.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...protocol import shapes
from ...state.ids import new_id
from ..context import Context
from ..documents import SnapshotDoc
from ..instances.states import timestamp
from ..kinds import IMAGE, SNAPSHOT
from ..tags.tagging import specified_tags
from .encryption import kms_key
from .reads import delete_snapshot, get_volume
from .snapshot_sharing import restorable_by, selected_snapshots, usable_snapshot, visible_snapshots
from .snapshot_tiers import check_usable, with_tier

UNKNOWN_VOLUME = "vol-ffffffff"  # what EC2 shows as the volume of a copied snapshot


def _tags(tag_specifications: Sequence[shapes.TagSpecification] | None) -> list[shapes.Tag]:
    return specified_tags(tag_specifications, SNAPSHOT.name)


def create_snapshot(
    ctx: Context,
    volume_id: str,
    description: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> SnapshotDoc:
    """A completed snapshot of a volume: its size and encryption."""
    volume = get_volume(ctx, volume_id)
    snapshot: SnapshotDoc = {
        "SnapshotId": new_id("snap"),
        "VolumeId": volume["VolumeId"],
        "VolumeSize": volume["Size"],
        "State": "completed",
        "Progress": "100%",
        "StartTime": timestamp(ctx.now),
        "OwnerId": ctx.account_id,
        "Description": description or "",
        "Encrypted": volume["Encrypted"],
        "Tags": _tags(tag_specifications),
    }
    if volume.get("KmsKeyId"):
        snapshot["KmsKeyId"] = volume["KmsKeyId"]
    SNAPSHOT.put(ctx.tx, snapshot)
    return snapshot


def copy_snapshot(
    ctx: Context,
    source_region: str,
    source_id: str,
    description: str | None,
    encrypted: bool,
    kms_key_id: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> SnapshotDoc:
    """Copy a snapshot of `source_region` (this region or another) the account owns or may
    use into this region; the copy is encrypted if the source is or the request asks for
    it (with the key asked for, else the source's in this region, else `aws/ebs`)."""
    source_tx = ctx.source_region(source_region)
    source = usable_snapshot(source_tx, source_id)
    check_usable(source, ctx.now)
    is_encrypted = bool(source["Encrypted"] or encrypted)
    if source_region == ctx.region and not kms_key_id:
        kms_key_id = source.get("KmsKeyId")
    key = kms_key(ctx.region, ctx.account_id, is_encrypted, kms_key_id)
    copy: SnapshotDoc = {
        "SnapshotId": new_id("snap"),
        "VolumeId": UNKNOWN_VOLUME,
        "VolumeSize": source["VolumeSize"],
        "State": "completed",
        "Progress": "100%",
        "StartTime": timestamp(ctx.now),
        "OwnerId": ctx.account_id,
        "Description": description or f"[Copied {source_id} from {source_region}]",
        "Encrypted": is_encrypted,
        "Tags": _tags(tag_specifications),
    }
    if key is not None:
        copy["KmsKeyId"] = key
    SNAPSHOT.put(ctx.tx, copy)
    return copy


def _owned_by(snapshot: SnapshotDoc, owners: Sequence[str], account_id: str) -> bool:
    """`OwnerIds`: `self` or account ids (`amazon`'s snapshots are not kept here)."""
    return any(snapshot["OwnerId"] == (account_id if o == "self" else o) for o in owners)


def requested_snapshots(
    ctx: Context,
    snapshot_ids: Sequence[str],
    owner_ids: Sequence[str],
    restorable_by_ids: Sequence[str],
) -> list[SnapshotDoc]:
    """The snapshots a DescribeSnapshots request names (NotFound naming every unknown one),
    or all the account may create volumes from: its own, the public ones and those shared
    with it; of those, the ones of any of `owner_ids` and restorable by any of the users."""
    if snapshot_ids:
        snapshots = selected_snapshots(ctx.tx, snapshot_ids)
    else:
        snapshots = visible_snapshots(ctx.tx)
    if owner_ids:
        snapshots = [s for s in snapshots if _owned_by(s, owner_ids, ctx.account_id)]
    if restorable_by_ids:
        snapshots = [
            s
            for s in snapshots
            if any(restorable_by(s, u, ctx.account_id) for u in restorable_by_ids)
        ]
    return [with_tier(s, ctx.now) for s in snapshots]


def delete_own_snapshot(ctx: Context, snapshot_id: str) -> None:
    """DeleteSnapshot: InvalidSnapshot.InUse while one of the account's images uses it."""
    SNAPSHOT.check_ids([snapshot_id])
    delete_snapshot(ctx.tx, snapshot_id, IMAGE.every(ctx.tx))
