"""CreateSnapshot, CopySnapshot, DescribeSnapshots, DeleteSnapshot.

The rules are `ec2.snapshots` (and `ec2.storage`, how a snapshot is read).
"""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.storage import snapshots
from ..protocol import shapes
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
        "storage-tier": "StorageTier",
    }
)


@action("CreateSnapshot")
def create_snapshot(ctx: Context, params: shapes.CreateSnapshotRequest) -> shapes.Snapshot:
    return snapshots.create_snapshot(
        ctx, params["VolumeId"], params.get("Description"), params.get("TagSpecifications")
    )


@action("CopySnapshot")
def copy_snapshot(ctx: Context, params: shapes.CopySnapshotRequest) -> shapes.CopySnapshotResult:
    copy = snapshots.copy_snapshot(
        ctx,
        params["SourceRegion"],
        params["SourceSnapshotId"],
        params.get("Description"),
        params.get("Encrypted", False),
        params.get("KmsKeyId"),
        params.get("TagSpecifications"),
    )
    return {"SnapshotId": copy["SnapshotId"], "Tags": copy["Tags"]}


@action("DescribeSnapshots")
def describe_snapshots(
    ctx: Context, params: shapes.DescribeSnapshotsRequest
) -> shapes.DescribeSnapshotsResult:
    found = snapshots.requested_snapshots(
        ctx,
        params.get("SnapshotIds") or [],
        params.get("OwnerIds") or [],
        params.get("RestorableByUserIds") or [],
    )
    found = apply_filters(found, params.get("Filters"), FILTERS)
    page, token = paginate(found, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeSnapshotsResult = {"Snapshots": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("DeleteSnapshot")
def delete_snapshot(ctx: Context, params: shapes.DeleteSnapshotRequest) -> None:
    snapshots.delete_own_snapshot(ctx, params["SnapshotId"])
