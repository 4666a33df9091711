"""ModifyInstanceAttribute's `blockDeviceMapping`: whether each attached volume is deleted
when the instance terminates.

EC2's documentation: the change names a device mapped on the instance; a mapping that gives
no `DeleteOnTermination` sets it true. The flag shows in DescribeInstances' mappings and in
DescribeVolumes' attachment; a volume attached by AttachVolume keeps its attachment in its
own document, so it changes there too (and goes with the instance if now true).
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...protocol import shapes
from ..context import Context
from ..documents import InstanceDoc
from ..kinds import VOLUME
from .parts import owner_of


def _changes(
    doc: InstanceDoc, specifications: Sequence[shapes.InstanceBlockDeviceMappingSpecification]
) -> dict[str, bool]:
    """Device name -> its new flag; each device must be one the instance has mapped."""
    mapped = {
        m["DeviceName"]: m["Ebs"]["VolumeId"]
        for m in doc.get("BlockDeviceMappings") or ()
        if "Ebs" in m
    }
    changes: dict[str, bool] = {}
    for specification in specifications:
        device = specification.get("DeviceName") or ""
        if not device:
            raise errors.missing_parameter("BlockDeviceMapping.DeviceName")
        ebs = specification.get("Ebs") or {}
        if device not in mapped:
            # reconstructed: the wording of EC2's refusal
            raise errors.InvalidInstanceAttributeValue(f"No device is currently mapped at {device}")
        if ebs.get("VolumeId") not in (None, mapped[device]):
            raise errors.InvalidInstanceAttributeValue(
                f"The volume {ebs.get('VolumeId')} is not attached at {device}"
            )
        changes[device] = ebs.get("DeleteOnTermination", True)
    return changes


def _attached_volume_flag(ctx: Context, volume_id: str, delete: bool) -> None:
    """A volume of its own attached to the instance: its attachment's flag too."""
    volume = VOLUME.stored(ctx.tx, volume_id)
    if volume is None or owner_of(volume) is not None or not volume.get("Attachments"):
        return
    attachments: list[shapes.VolumeAttachment] = [
        {**a, "DeleteOnTermination": delete} for a in volume["Attachments"]
    ]
    VOLUME.put(ctx.tx, {**volume, "Attachments": attachments})


def with_delete_on_termination(
    ctx: Context,
    doc: InstanceDoc,
    specifications: Sequence[shapes.InstanceBlockDeviceMappingSpecification],
) -> InstanceDoc:
    """The instance with the mappings' new `DeleteOnTermination` flags."""
    changes = _changes(doc, specifications)
    mappings: list[shapes.InstanceBlockDeviceMapping] = []
    for mapping in doc["BlockDeviceMappings"]:
        delete = changes.get(mapping["DeviceName"])
        if delete is None or "Ebs" not in mapping:
            mappings.append(mapping)
            continue
        _attached_volume_flag(ctx, mapping["Ebs"]["VolumeId"], delete)
        mappings.append({**mapping, "Ebs": {**mapping["Ebs"], "DeleteOnTermination": delete}})
    return {**doc, "BlockDeviceMappings": mappings}
