"""DeleteSnapshot, for the snapshots CreateImage makes (see `dependents`)."""

from __future__ import annotations

from ..dependents import delete_snapshot
from ..ids import check_ids
from ..registry import Context, action
from .images import IMAGE


@action("DeleteSnapshot")
def delete_snapshot_action(ctx: Context, params: dict) -> dict:
    snapshot_id = params.get("SnapshotId") or ""
    check_ids([snapshot_id], "snap", "InvalidSnapshotID")
    delete_snapshot(ctx.tx, snapshot_id, ctx.tx.all(IMAGE))
    return {}
