"""DescribeSnapshotAttribute, ModifySnapshotAttribute, ResetSnapshotAttribute.

The rules are `ec2.storage.snapshot_sharing` (and `ec2.sharing`, shared with images).
"""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.storage import snapshot_sharing
from ..protocol import shapes
from .registry import action


@action("DescribeSnapshotAttribute")
def describe_snapshot_attribute(
    ctx: Context, params: shapes.DescribeSnapshotAttributeRequest
) -> shapes.DescribeSnapshotAttributeResult:
    return snapshot_sharing.snapshot_attribute(ctx.tx, params["SnapshotId"], params["Attribute"])


@action("ModifySnapshotAttribute")
def modify_snapshot_attribute(ctx: Context, params: shapes.ModifySnapshotAttributeRequest) -> None:
    permissions = params.get("CreateVolumePermission") or {}
    snapshot_sharing.modify_snapshot_attribute(
        ctx.tx,
        params["SnapshotId"],
        attribute=params.get("Attribute"),
        add=permissions.get("Add") or [],
        remove=permissions.get("Remove") or [],
        user_ids=params.get("UserIds") or [],
        groups=params.get("GroupNames") or [],
        operation_type=params.get("OperationType"),
    )


@action("ResetSnapshotAttribute")
def reset_snapshot_attribute(ctx: Context, params: shapes.ResetSnapshotAttributeRequest) -> None:
    snapshot_sharing.reset_snapshot_attribute(ctx.tx, params["SnapshotId"], params["Attribute"])
