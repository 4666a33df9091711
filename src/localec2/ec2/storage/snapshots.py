"""EBS snapshots: creating, copying, listing and deleting them. Snapshots complete at once.

How a snapshot is read, and the snapshots CreateImage makes, are `reads`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from .. import catalogs
from ..context import Context
from ..documents import SnapshotDoc
from ..instances.states import timestamp
from ..kinds import IMAGE, SNAPSHOT
from ..tags.tagging import specified_tags
from .reads import delete_snapshot, get_snapshot, get_volume, snapshot_view

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
    SNAPSHOT.put(ctx.tx, snapshot)
    return snapshot


def copy_snapshot(
    ctx: Context,
    source_region: str,
    source_id: str,
    description: str | None,
    encrypted: bool,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> SnapshotDoc:
    """Copy an own snapshot of `source_region` (this region or another) into this region;
    the copy is encrypted if the source is or the request asks for it."""
    if not source_region:
        raise errors.missing_parameter("SourceRegion")
    if source_region not in catalogs.regions():
        raise invalid_parameter_value(f"Invalid value '{source_region}' for SourceRegion")
    source_tx = ctx.tx if source_region == ctx.region else ctx.tx.other(source_region)
    source = get_snapshot(source_tx, source_id)
    copy: SnapshotDoc = {
        "SnapshotId": new_id("snap"),
        "VolumeId": UNKNOWN_VOLUME,
        "VolumeSize": source["VolumeSize"],
        "State": "completed",
        "Progress": "100%",
        "StartTime": timestamp(ctx.now),
        "OwnerId": ctx.account_id,
        "Description": description or f"[Copied {source_id} from {source_region}]",
        "Encrypted": bool(source["Encrypted"] or encrypted),
        "Tags": _tags(tag_specifications),
    }
    SNAPSHOT.put(ctx.tx, copy)
    return copy


def _owned_by(owners: Sequence[str], account_id: str) -> bool:
    """`OwnerIds`: `self` or the account's id; other accounts' snapshots are not kept here."""
    return not owners or any(o in ("self", account_id) for o in owners)


def requested_snapshots(
    ctx: Context,
    snapshot_ids: Sequence[str],
    owner_ids: Sequence[str],
    restorable_by: Sequence[str],
) -> list[SnapshotDoc]:
    """The snapshots a DescribeSnapshots request names (each once; the first unknown id is
    NotFound), or all of them, if owned by and restorable by whom it asks."""
    SNAPSHOT.check_ids(snapshot_ids)
    if snapshot_ids:
        snapshots = [get_snapshot(ctx.tx, i) for i in dict.fromkeys(snapshot_ids)]
    else:
        snapshots = [snapshot_view(ctx.tx, doc) for doc in SNAPSHOT.every(ctx.tx)]
    if not _owned_by(owner_ids, ctx.account_id):
        return []
    # own snapshots are restorable by the account itself; none is shared with others
    if restorable_by and not set(restorable_by) & {"self", ctx.account_id}:
        return []
    return snapshots


def delete_own_snapshot(ctx: Context, snapshot_id: str) -> None:
    """DeleteSnapshot: InvalidSnapshot.InUse while one of the account's images uses it."""
    SNAPSHOT.check_ids([snapshot_id])
    delete_snapshot(ctx.tx, snapshot_id, IMAGE.every(ctx.tx))
