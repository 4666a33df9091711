"""CreateSnapshot, CopySnapshot, DescribeSnapshots, DeleteSnapshot.

A snapshot is a `snapshot` document: made from a volume by CreateSnapshot, or by CreateImage
for each of an instance's volumes (see `dependents`). Snapshots complete at once.
"""

from __future__ import annotations

from .. import errors
from ..ec2 import catalogs
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.instance_states import timestamp
from ..ec2.kinds import IMAGE, SNAPSHOT
from ..ec2.storage import delete_snapshot, get_snapshot, get_volume, snapshot_view
from ..ec2.tagging import creation_tags
from ..errors import invalid_parameter_value
from ..state.ids import new_id
from .registry import action

FILTERS = fields(
    {
        "snapshot-id": "SnapshotId",
        "volume-id": "VolumeId",
        "status": "State",
        "owner-id": "OwnerId",
        "description": "Description",
        "start-time": "StartTime",
        "volume-size": "VolumeSize",
        "progress": "Progress",
        "encrypted": "Encrypted",
    }
)


@action("CreateSnapshot")
def create_snapshot(ctx: Context, params: dict) -> dict:
    volume = get_volume(ctx, params.get("VolumeId") or "")
    snapshot = {
        "SnapshotId": new_id("snap"),
        "VolumeId": volume["VolumeId"],
        "VolumeSize": volume["Size"],
        "State": "completed",
        "Progress": "100%",
        "StartTime": timestamp(ctx.now),
        "OwnerId": ctx.account_id,
        "Description": params.get("Description") or "",
        "Encrypted": volume["Encrypted"],
        "Tags": creation_tags(params, SNAPSHOT.name),
    }
    SNAPSHOT.put(ctx.tx, snapshot)
    return snapshot


@action("CopySnapshot")
def copy_snapshot(ctx: Context, params: dict) -> dict:
    """Copy an own snapshot of `SourceRegion` (this region or another) into this region."""
    source_region = params.get("SourceRegion") or ""
    source_id = params.get("SourceSnapshotId") or ""
    if not source_region:
        raise errors.missing_parameter("SourceRegion")
    if source_region not in catalogs.regions():
        raise invalid_parameter_value(f"Invalid value '{source_region}' for SourceRegion")
    source_tx = ctx.tx if source_region == ctx.region else ctx.tx.other(source_region)
    source = get_snapshot(source_tx, source_id)
    copy = {
        "SnapshotId": new_id("snap"),
        "VolumeId": "vol-ffffffff",
        "VolumeSize": source["VolumeSize"],
        "State": "completed",
        "Progress": "100%",
        "StartTime": timestamp(ctx.now),
        "OwnerId": ctx.account_id,
        "Description": params.get("Description") or f"[Copied {source_id} from {source_region}]",
        "Encrypted": bool(source["Encrypted"] or params.get("Encrypted")),
        "Tags": creation_tags(params, SNAPSHOT.name),
    }
    SNAPSHOT.put(ctx.tx, copy)
    return {"SnapshotId": copy["SnapshotId"], "Tags": copy["Tags"]}


def _owned_by(owners: list[str], account_id: str) -> bool:
    """`OwnerIds`: `self` or the account's id; other accounts' snapshots are not kept here."""
    return not owners or any(o in ("self", account_id) for o in owners)


@action("DescribeSnapshots")
def describe_snapshots(ctx: Context, params: dict) -> dict:
    ids = params.get("SnapshotIds") or []
    SNAPSHOT.check_ids(ids)
    if ids:
        snapshots = [get_snapshot(ctx.tx, i) for i in dict.fromkeys(ids)]
    else:
        snapshots = [snapshot_view(ctx.tx, doc) for doc in SNAPSHOT.every(ctx.tx)]
    if not _owned_by(params.get("OwnerIds") or [], ctx.account_id):
        snapshots = []
    if params.get("RestorableByUserIds"):
        # own snapshots are restorable by the account itself; none is shared with others
        restorable = set(params["RestorableByUserIds"]) & {"self", ctx.account_id}
        snapshots = snapshots if restorable else []
    snapshots = apply_filters(snapshots, params.get("Filters"), FILTERS)
    page, token = paginate(snapshots, params.get("MaxResults"), params.get("NextToken"))
    return {"Snapshots": page, "NextToken": token}


@action("DeleteSnapshot")
def delete_snapshot_action(ctx: Context, params: dict) -> dict:
    snapshot_id = params.get("SnapshotId") or ""
    SNAPSHOT.check_ids([snapshot_id])
    delete_snapshot(ctx.tx, snapshot_id, IMAGE.every(ctx.tx))
    return {}
