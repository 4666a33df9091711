"""ModifySnapshotTier, RestoreSnapshotTier, DescribeSnapshotTierStatus.

The rules are `ec2.storage.snapshot_tiers`.
"""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.storage import snapshot_tiers
from ..protocol import shapes
from .registry import action

FILTERS = fields(
    {
        "snapshot-id": "SnapshotId",
        "volume-id": "VolumeId",
        "last-tiering-operation": "LastTieringOperationStatus",
    }
)


@action("ModifySnapshotTier")
def modify_snapshot_tier(
    ctx: Context, params: shapes.ModifySnapshotTierRequest
) -> shapes.ModifySnapshotTierResult:
    return snapshot_tiers.archive_snapshot(ctx, params["SnapshotId"])


@action("RestoreSnapshotTier")
def restore_snapshot_tier(
    ctx: Context, params: shapes.RestoreSnapshotTierRequest
) -> shapes.RestoreSnapshotTierResult:
    return snapshot_tiers.restore_snapshot(
        ctx,
        params["SnapshotId"],
        params.get("TemporaryRestoreDays"),
        params.get("PermanentRestore", False),
    )


@action("DescribeSnapshotTierStatus")
def describe_snapshot_tier_status(
    ctx: Context, params: shapes.DescribeSnapshotTierStatusRequest
) -> shapes.DescribeSnapshotTierStatusResult:
    statuses = apply_filters(snapshot_tiers.tier_statuses(ctx), params.get("Filters"), FILTERS)
    page, token = paginate(statuses, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeSnapshotTierStatusResult = {"SnapshotTierStatuses": page}
    if token is not None:
        result["NextToken"] = token
    return result
