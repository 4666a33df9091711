"""A volume's status checks (DescribeVolumeStatus), its I/O (EnableVolumeIO) and its
attributes (`autoEnableIO`, `productCodes`).

EBS suspends a volume's I/O when it finds its data potentially inconsistent; nothing in the
API does that, so localec2 does it only when asked (`suspend_io`, `LocalEC2.suspend_volume_io`).
As EC2 describes it: a suspended volume is `impaired` (`io-enabled` failed) with a
`potential-data-inconsistency` event and an `enable-volume-io` action until EnableVolumeIO;
with `autoEnableIO` its I/O goes on and it shows `warning` instead, the event kept.
"""

from __future__ import annotations

from ... import errors
from ...protocol import shapes
from ...state.ids import derived_id
from ...state.store import Transaction
from ..context import Context
from ..documents import VolumeDoc
from ..instances.states import timestamp
from ..kinds import VOLUME, private, with_private
from .reads import get_volume

PROVISIONED_IOPS = ("io1", "io2")  # the types with an io-performance check
INCONSISTENCY = "potential-data-inconsistency"
# reconstructed: the descriptions EC2 gives the event and its action
_EVENT_DESCRIPTION = "The volume's I/O was suspended: its data may be inconsistent."
_AUTO_ENABLED = "The volume's I/O was suspended and automatically enabled again."
_ACTION_DESCRIPTION = "Enable the volume's I/O (EnableVolumeIO), then check its data."


def _stored(ctx: Context, volume: VolumeDoc) -> VolumeDoc:
    return VOLUME.stored(ctx.tx, volume["VolumeId"]) or volume


def _details(volume: VolumeDoc, io_enabled: bool) -> list[shapes.VolumeStatusDetails]:
    performance = "normal" if volume["VolumeType"] in PROVISIONED_IOPS else "not-applicable"
    return [
        {"Name": "io-enabled", "Status": "passed" if io_enabled else "failed"},
        {"Name": "io-performance", "Status": performance},
    ]


def _attachments(volume: VolumeDoc) -> list[shapes.VolumeStatusAttachmentStatus]:
    out: list[shapes.VolumeStatusAttachmentStatus] = []
    for attachment in volume["Attachments"]:
        status: shapes.VolumeStatusAttachmentStatus = {"InstanceId": attachment["InstanceId"]}
        if volume["VolumeType"] in PROVISIONED_IOPS:
            status["IoPerformance"] = "normal"
        out.append(status)
    return out


def volume_status(ctx: Context, volume: VolumeDoc) -> shapes.VolumeStatusItem:
    """The volume's `VolumeStatusItem` as it is now."""
    state = private(_stored(ctx, volume))
    suspended_at: float | None = state.get("io_suspended_at")
    auto_enable: bool = state.get("auto_enable_io", False)
    item: shapes.VolumeStatusItem = {
        "VolumeId": volume["VolumeId"],
        "AvailabilityZone": volume["AvailabilityZone"],
        "VolumeStatus": {"Status": "ok", "Details": _details(volume, True)},
        "Events": [],
        "Actions": [],
        "AttachmentStatuses": _attachments(volume),
    }
    if suspended_at is None:
        return item
    event_id = derived_id("evol", volume["VolumeId"], str(suspended_at))
    item["Events"] = [
        {
            "EventType": INCONSISTENCY,
            "EventId": event_id,
            "Description": _AUTO_ENABLED if auto_enable else _EVENT_DESCRIPTION,
            "NotBefore": timestamp(suspended_at),
        }
    ]
    if auto_enable:
        item["VolumeStatus"] = {"Status": "warning", "Details": _details(volume, True)}
        return item
    item["VolumeStatus"] = {"Status": "impaired", "Details": _details(volume, False)}
    item["Actions"] = [
        {
            "Code": "enable-volume-io",
            "EventId": event_id,
            "EventType": INCONSISTENCY,
            "Description": _ACTION_DESCRIPTION,
        }
    ]
    return item


def suspend_io(tx: Transaction, volume_id: str, now: float) -> None:
    """What EBS does when it finds a volume's data potentially inconsistent (a volume made by
    CreateVolume, or an instance's that DescribeVolumes lists)."""
    stored = VOLUME.get(tx, volume_id)
    VOLUME.put(tx, with_private(stored, io_suspended_at=now))


def enable_volume_io(ctx: Context, volume_id: str) -> None:
    """EnableVolumeIO: the volume's I/O goes on; it is `ok` again."""
    volume = get_volume(ctx, volume_id)
    stored = _stored(ctx, volume)
    if private(stored).get("io_suspended_at") is not None:
        VOLUME.put(ctx.tx, with_private(stored, io_suspended_at=None))


def volume_attribute(
    ctx: Context, volume_id: str, attribute: str
) -> shapes.DescribeVolumeAttributeResult:
    """DescribeVolumeAttribute (`autoEnableIO` or `productCodes`: a volume has none)."""
    volume = get_volume(ctx, volume_id)
    if attribute == "productCodes":
        return {"VolumeId": volume["VolumeId"], "ProductCodes": []}
    enabled: bool = private(_stored(ctx, volume)).get("auto_enable_io", False)
    return {"VolumeId": volume["VolumeId"], "AutoEnableIO": {"Value": enabled}}


def modify_volume_attribute(ctx: Context, volume_id: str, auto_enable_io: bool | None) -> None:
    """ModifyVolumeAttribute: `AutoEnableIO`, the one attribute it changes."""
    volume = get_volume(ctx, volume_id)
    if auto_enable_io is None:
        raise errors.missing_parameter("AutoEnableIO")
    VOLUME.put(ctx.tx, with_private(_stored(ctx, volume), auto_enable_io=auto_enable_io))
