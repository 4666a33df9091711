"""A volume's modifications (ModifyVolume, DescribeVolumesModifications) on the clock.

A modification is kept with the volume (its latest one, as DescribeVolumesModifications
shows): the original and target size, type, IOPS, throughput and Multi-Attach, when it
started, and when it moves on. It is `modifying`, then `optimizing`, then `completed`, each
step taking `--boot-seconds` (0: completed by the next request); read as it is now, like an
instance on its state clock, with no thread. The volume shows its target values at once, as
EC2's volume does while it is optimizing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...protocol import shapes
from ..context import Context
from ..documents import VolumeDoc, VolumeModificationRecord
from ..instances.states import timestamp
from ..kinds import VOLUME, private
from .reads import all_volumes, get_volume

# `Progress` at each step; reconstructed: EC2 reports a percentage that grows
_PROGRESS = {"modifying": 0, "optimizing": 50, "completed": 100}


def record(ctx: Context, modification: shapes.VolumeModification) -> VolumeModificationRecord:
    """A new modification, starting now."""
    pace = ctx.config.boot_seconds
    return {
        "started": modification,
        "optimizing_at": ctx.now + pace,
        "completed_at": ctx.now + 2 * pace,
    }


def as_now(kept: VolumeModificationRecord, now: float) -> shapes.VolumeModification:
    """The modification at `now`."""
    if now < kept["optimizing_at"]:
        state = "modifying"
    elif now < kept["completed_at"]:
        state = "optimizing"
    else:
        state = "completed"
    modification: shapes.VolumeModification = {
        **kept["started"],
        "ModificationState": state,
        "Progress": _PROGRESS[state],
    }
    if state == "completed":
        modification["EndTime"] = timestamp(kept["completed_at"])
    return modification


def latest(ctx: Context, volume_id: str) -> shapes.VolumeModification | None:
    """The volume's latest modification as it is now, if it was ever modified."""
    stored = VOLUME.stored(ctx.tx, volume_id)
    kept: VolumeModificationRecord | None = private(stored or {}).get("modification")
    return None if kept is None else as_now(kept, ctx.now)


def check_not_in_progress(ctx: Context, volume_id: str) -> None:
    """A volume is modified again only once its last modification has completed."""
    current = latest(ctx, volume_id)
    if current is not None and current["ModificationState"] != "completed":
        # reconstructed: the wording
        raise errors.IncorrectModificationState(
            f"Cannot modify volume {volume_id}: its modification is still "
            f"{current['ModificationState']}."
        )


def _not_found(volume_id: str) -> errors.EC2Error:
    # reconstructed: the wording, as EC2 words its other NotFound errors
    return errors.InvalidVolumeModificationNotFound(
        f"Modification for volume '{volume_id}' does not exist."
    )


def requested_modifications(
    ctx: Context, volume_ids: Sequence[str]
) -> list[shapes.VolumeModification]:
    """The latest modification of each volume named (a volume never modified is
    `InvalidVolumeModification.NotFound`), or of every volume that has one."""
    if volume_ids:
        volumes: list[VolumeDoc] = [get_volume(ctx, i) for i in dict.fromkeys(volume_ids)]
    else:
        volumes = all_volumes(ctx)
    out: list[shapes.VolumeModification] = []
    for volume in volumes:
        current = latest(ctx, volume["VolumeId"])
        if current is not None:
            out.append(current)
        elif volume_ids:
            raise _not_found(volume["VolumeId"])
    return out
