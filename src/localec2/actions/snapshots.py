"""CreateSnapshot, CopySnapshot, DescribeSnapshots, DeleteSnapshot.

A snapshot is a `snapshot` document: made from a volume by CreateSnapshot, or by CreateImage
for each of an instance's volumes (see `dependents`). Snapshots complete at once.
"""

from __future__ import annotations

from .. import catalogs
from ..dependents import SNAPSHOT, delete_snapshot, get_snapshot, snapshot_view
from ..errors import EC2Error, invalid_parameter_value
from ..filters import apply_filters, paginate
from ..ids import check_ids
from ..instance_state import timestamp
from ..registry import Context, action
from ..store import new_id
from .creation_tags import creation_tags
from .field_filters import fields
from .images import IMAGE
from .volumes import get_volume

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
        "Tags": creation_tags(params, SNAPSHOT),
    }
    ctx.tx.put(SNAPSHOT, snapshot["SnapshotId"], snapshot)
    return snapshot


@action("CopySnapshot")
def copy_snapshot(ctx: Context, params: dict) -> dict:
    """Copy an own snapshot of `SourceRegion` (this region or another) into this region."""
    source_region = params.get("SourceRegion") or ""
    source_id = params.get("SourceSnapshotId") or ""
    if not source_region:
        raise EC2Error("MissingParameter", "The request must contain the parameter SourceRegion")
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
        "Tags": creation_tags(params, SNAPSHOT),
    }
    ctx.tx.put(SNAPSHOT, copy["SnapshotId"], copy)
    return {"SnapshotId": copy["SnapshotId"], "Tags": copy["Tags"]}


def _owned_by(owners: list[str], account_id: str) -> bool:
    """`OwnerIds`: `self` or the account's id; other accounts' snapshots are not kept here."""
    return not owners or any(o in ("self", account_id) for o in owners)


@action("DescribeSnapshots")
def describe_snapshots(ctx: Context, params: dict) -> dict:
    ids = params.get("SnapshotIds") or []
    check_ids(ids, "snap", "InvalidSnapshotID")
    if ids:
        snapshots = [get_snapshot(ctx.tx, i) for i in dict.fromkeys(ids)]
    else:
        snapshots = [snapshot_view(ctx.tx, doc) for doc in ctx.tx.all(SNAPSHOT)]
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
    check_ids([snapshot_id], "snap", "InvalidSnapshotID")
    delete_snapshot(ctx.tx, snapshot_id, ctx.tx.all(IMAGE))
    return {}
