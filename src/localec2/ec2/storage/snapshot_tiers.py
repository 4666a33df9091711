"""Snapshot storage tiers: archiving (ModifySnapshotTier), restoring (RestoreSnapshotTier)
and their status (DescribeSnapshotTierStatus), on the clock.

A snapshot keeps its last tiering operation: what it is, when it started and when it is
done (each takes `--boot-seconds`; 0: done by the next request), and for a temporary restore
when it expires, back to the archive. Read as it is now, with no thread, as instances are.
An archived snapshot is not usable (CreateVolume, CopySnapshot) until it is restored.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import errors
from ...errors import invalid_parameter_combination
from ...protocol import shapes
from ..context import Context
from ..documents import SnapshotDoc, TierRecord
from ..instances.states import timestamp
from ..kinds import SNAPSHOT, private, with_private
from .reads import get_snapshot, snapshot_view

DAY = 86400.0


@dataclass(frozen=True)
class Tier:
    """Where a snapshot is now: its tier, its last operation's status, and when things
    happened (epochs; None where they did not)."""

    storage_tier: str
    status: str | None = None  # `TieringOperationStatus`
    started_at: float | None = None
    archived_at: float | None = None
    restore_expires_at: float | None = None


def _record(snapshot: SnapshotDoc) -> TierRecord | None:
    kept: TierRecord | None = private(snapshot).get("tier")
    return kept


def tier_now(snapshot: SnapshotDoc, now: float) -> Tier:
    """The snapshot's tier at `now`."""
    kept = _record(snapshot)
    if kept is None:
        return Tier("standard")
    operation = kept["operation"]
    started, done = kept["started_at"], kept["done_at"]
    archived = kept.get("archived_at")
    finished = now >= done
    if operation == "archival":
        if not finished:
            return Tier("standard", "archival-in-progress", started)
        return Tier("archive", "archival-completed", started, done)
    status = f"{operation}-{'completed' if finished else 'in-progress'}"
    if not finished:
        return Tier("archive", status, started, archived)
    expires = kept.get("expires_at")
    if expires is not None and now >= expires:  # the temporary restore is over: re-archived
        return Tier("archive", status, started, archived)
    return Tier("standard", status, started, archived, expires)


def with_tier(snapshot: SnapshotDoc, now: float) -> SnapshotDoc:
    """The snapshot with `StorageTier` (and `RestoreExpiryTime`) as they are now."""
    tier = tier_now(snapshot, now)
    shown: SnapshotDoc = {**snapshot, "StorageTier": tier.storage_tier}
    if tier.restore_expires_at is not None:
        shown["RestoreExpiryTime"] = timestamp(tier.restore_expires_at)
    return shown


def check_usable(snapshot: SnapshotDoc, now: float) -> None:
    """An archived snapshot (or one being archived) must be restored before it is used."""
    tier = tier_now(snapshot, now)
    if tier.storage_tier == "archive" or tier.status == "archival-in-progress":
        # reconstructed: the wording
        raise errors.IncorrectState(
            f"Snapshot '{snapshot['SnapshotId']}' is in the archive tier; "
            "restore it before you use it."
        )


def archive_snapshot(ctx: Context, snapshot_id: str) -> shapes.ModifySnapshotTierResult:
    """ModifySnapshotTier: move a completed standard-tier snapshot to the archive."""
    snapshot = get_snapshot(ctx.tx, snapshot_id)
    tier = tier_now(snapshot, ctx.now)
    if tier.storage_tier == "archive" or tier.status == "archival-in-progress":
        # reconstructed: the wording
        raise errors.IncorrectState(
            f"Snapshot '{snapshot['SnapshotId']}' is already archived or being archived."
        )
    if snapshot["State"] != "completed":
        raise errors.IncorrectState(f"Snapshot '{snapshot['SnapshotId']}' is not completed.")
    record: TierRecord = {
        "operation": "archival",
        "started_at": ctx.now,
        "done_at": ctx.now + ctx.config.boot_seconds,
    }
    stored = SNAPSHOT.get(ctx.tx, snapshot["SnapshotId"])
    SNAPSHOT.put(ctx.tx, with_private(stored, tier=record))
    return {"SnapshotId": snapshot["SnapshotId"], "TieringStartTime": timestamp(ctx.now)}


def restore_snapshot(
    ctx: Context, snapshot_id: str, days: int | None, permanent: bool
) -> shapes.RestoreSnapshotTierResult:
    """RestoreSnapshotTier: restore an archived snapshot for `days` or for good, or change
    the period or the kind of a temporary restore."""
    snapshot = get_snapshot(ctx.tx, snapshot_id)
    if days is not None and permanent:
        raise invalid_parameter_combination(
            "The parameters TemporaryRestoreDays and PermanentRestore cannot be used together."
        )
    if days is None and not permanent:
        raise errors.missing_parameter("TemporaryRestoreDays")
    tier = tier_now(snapshot, ctx.now)
    temporary = tier.restore_expires_at is not None
    if tier.storage_tier != "archive" and not temporary:
        # reconstructed: the wording
        raise errors.IncorrectState(f"Snapshot '{snapshot['SnapshotId']}' is not archived.")
    done = ctx.now if temporary else ctx.now + ctx.config.boot_seconds
    record: TierRecord = {
        "operation": "permanent-restore" if permanent else "temporary-restore",
        "started_at": ctx.now,
        "done_at": done,
        "archived_at": tier.archived_at or ctx.now,
    }
    if days is not None:
        record["expires_at"] = done + days * DAY
    stored = SNAPSHOT.get(ctx.tx, snapshot["SnapshotId"])
    SNAPSHOT.put(ctx.tx, with_private(stored, tier=record))
    result: shapes.RestoreSnapshotTierResult = {
        "SnapshotId": snapshot["SnapshotId"],
        "RestoreStartTime": timestamp(ctx.now),
        "IsPermanentRestore": permanent,
    }
    if days is not None:
        result["RestoreDuration"] = days
    return result


def tier_status(snapshot: SnapshotDoc, now: float) -> shapes.SnapshotTierStatus:
    """The snapshot's `SnapshotTierStatus` as it is now."""
    tier = tier_now(snapshot, now)
    status: shapes.SnapshotTierStatus = {
        "SnapshotId": snapshot["SnapshotId"],
        "VolumeId": snapshot["VolumeId"],
        "Status": snapshot["State"],
        "OwnerId": snapshot["OwnerId"],
        "Tags": snapshot.get("Tags") or [],
        "StorageTier": tier.storage_tier,
    }
    if tier.status is not None:
        status["LastTieringOperationStatus"] = tier.status
        status["LastTieringProgress"] = 100 if tier.status.endswith("completed") else 0
    if tier.started_at is not None:
        status["LastTieringStartTime"] = timestamp(tier.started_at)
    if tier.archived_at is not None:
        status["ArchivalCompleteTime"] = timestamp(tier.archived_at)
    if tier.restore_expires_at is not None:
        status["RestoreExpiryTime"] = timestamp(tier.restore_expires_at)
    return status


def tier_statuses(ctx: Context) -> list[shapes.SnapshotTierStatus]:
    """DescribeSnapshotTierStatus: the account's snapshots that were ever archived."""
    snapshots = [snapshot_view(ctx.tx, doc) for doc in SNAPSHOT.every(ctx.tx)]
    return [tier_status(s, ctx.now) for s in snapshots if _record(s) is not None]
