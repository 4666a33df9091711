"""EBS volumes: creating, listing, attaching, detaching, modifying and deleting them.

How a volume is read as it is now (a volume of its own, or an instance's launch volume that
follows its instance) is `reads`'s; the limits of each volume type are `volume_limits`'.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from .. import catalogs
from ..context import Context
from ..documents import InstanceDoc, SnapshotDoc, VolumeDoc
from ..instances.lookup import get_instance
from ..instances.parts import MODIFIABLE, owner_of
from ..instances.states import timestamp
from ..kinds import INSTANCE, VOLUME, private, with_private
from ..tags.tagging import specified_tags
from . import modifications
from .encryption import kms_key
from .reads import all_volumes, get_volume
from .snapshot_sharing import usable_snapshot
from .snapshot_tiers import check_usable
from .volume_limits import check_multi_attach, check_size, provisioned_iops, throughput_of


def _check_zone(ctx: Context, zone: str) -> None:
    if zone not in {z["ZoneName"] for z in catalogs.zones(ctx.region)}:
        raise errors.InvalidZoneNotFound(f"The zone '{zone}' does not exist.")


def _from_snapshot(ctx: Context, snapshot: SnapshotDoc, size: int | None) -> int:
    """The size of a volume made from a snapshot: the snapshot's unless it asks for more."""
    snapshot_size = snapshot["VolumeSize"]
    if size is None:
        return snapshot_size
    if size < snapshot_size:
        raise invalid_parameter_value(
            f"Volume of {size}GiB is smaller than snapshot '{snapshot['SnapshotId']}', "
            f"expect size >= {snapshot_size}GiB"
        )
    return size


@dataclass(frozen=True)
class NewVolume:
    """What a CreateVolume request asks for."""

    zone: str
    size: int | None = None
    snapshot_id: str = ""
    volume_type: str | None = None
    iops: int | None = None
    throughput: int | None = None
    encrypted: bool = False
    kms_key_id: str | None = None
    multi_attach: bool = False
    client_token: str | None = None
    tag_specifications: Sequence[shapes.TagSpecification] = ()

    def digest(self) -> str:
        """The request's parameters but its token, to tell a retry from a reuse."""
        asked = {k: v for k, v in asdict(self).items() if k != "client_token"}
        return hashlib.sha256(json.dumps(asked, sort_keys=True).encode()).hexdigest()


def _replayed(ctx: Context, request: NewVolume) -> VolumeDoc | None:
    """The volume a CreateVolume with this client token made (a retry answers it), or None;
    the same token with other parameters is `IdempotentParameterMismatch`, as EC2 answers."""
    for doc in VOLUME.every(ctx.tx):
        if private(doc).get("client_token") == request.client_token:
            if private(doc).get("request_digest") != request.digest():
                raise errors.IdempotentParameterMismatch(
                    "Arguments on this idempotent request are inconsistent with arguments "
                    "used in previous request(s).",
                )
            return get_volume(ctx, doc["VolumeId"])
    return None


def create_volume(ctx: Context, request: NewVolume) -> VolumeDoc:
    """A new `available` volume (gp2 unless a type is given), empty or from a snapshot the
    account may use, checked as EC2 checks it (sizes, IOPS and throughput per type,
    Multi-Attach, encryption); with a client token, once."""
    if request.client_token:
        replayed = _replayed(ctx, request)
        if replayed is not None:
            return replayed
    if not request.zone:
        raise errors.missing_parameter("AvailabilityZone")
    size = request.size
    if size is None and not request.snapshot_id:
        raise errors.MissingParameter("The request must contain the parameter size or snapshotId")
    _check_zone(ctx, request.zone)
    encrypted = request.encrypted
    key = request.kms_key_id
    if request.snapshot_id:
        snapshot = usable_snapshot(ctx.tx, request.snapshot_id)
        check_usable(snapshot, ctx.now)
        size = _from_snapshot(ctx, snapshot, size)
        if snapshot["Encrypted"]:  # a volume of an encrypted snapshot is encrypted too
            encrypted, key = True, key or snapshot.get("KmsKeyId")
    assert size is not None  # a request without a snapshot was refused above without one
    volume_type = request.volume_type or "gp2"
    check_size(volume_type, size)
    volume_iops = provisioned_iops(volume_type, request.iops, size)
    throughput = throughput_of(volume_type, request.throughput, volume_iops)
    check_multi_attach(volume_type, request.multi_attach)
    kms_key_arn = kms_key(ctx.region, ctx.account_id, encrypted, key)
    volume: VolumeDoc = {
        "VolumeId": new_id("vol"),
        "Size": size,
        "SnapshotId": request.snapshot_id,
        "AvailabilityZone": request.zone,
        "State": "available",
        "CreateTime": timestamp(ctx.now),
        "Attachments": [],
        "VolumeType": volume_type,
        "Encrypted": encrypted,
        "MultiAttachEnabled": request.multi_attach,
        "Tags": specified_tags(request.tag_specifications, VOLUME.name),
    }
    if volume_iops is not None:
        volume["Iops"] = volume_iops
    if throughput is not None:
        volume["Throughput"] = throughput
    if kms_key_arn is not None:
        volume["KmsKeyId"] = kms_key_arn
    if request.client_token:
        volume = with_private(
            volume, client_token=request.client_token, request_digest=request.digest()
        )
    VOLUME.put(ctx.tx, volume)
    return volume


def requested_volumes(
    ctx: Context, volume_ids: Sequence[str], max_results: int | None
) -> list[VolumeDoc]:
    """The volumes a DescribeVolumes request names (each once; the first unknown id is
    NotFound), or all of them; ids and `MaxResults` together are refused, as EC2 does."""
    if volume_ids and max_results is not None:
        raise invalid_parameter_combination(
            "The parameter volumeSet cannot be used with the parameter maxResults"
        )
    VOLUME.check_ids(volume_ids)
    if not volume_ids:
        return all_volumes(ctx)
    return [get_volume(ctx, i) for i in dict.fromkeys(volume_ids)]


def _attached_to(volume: VolumeDoc) -> str | None:
    return volume["Attachments"][0]["InstanceId"] if volume["Attachments"] else None


def delete_volume(ctx: Context, volume_id: str) -> None:
    """Delete a volume that is not attached (VolumeInUse otherwise)."""
    volume = get_volume(ctx, volume_id)
    owner = _attached_to(volume)
    if owner:
        raise errors.VolumeInUse(f"Volume {volume['VolumeId']} is currently attached to {owner}")
    VOLUME.delete(ctx.tx, volume["VolumeId"])


def _device_taken(instance: InstanceDoc, device: str) -> bool:
    return any(m["DeviceName"] == device for m in instance.get("BlockDeviceMappings") or ())


def attach_volume(
    ctx: Context, volume_id: str, instance_id: str, device: str
) -> shapes.VolumeAttachment:
    """Attach an `available` volume to a running or stopped instance of its zone, at a free
    device; it stays when the instance terminates (DeleteOnTermination false). Answers the
    attachment as EC2 does, `attaching`, though it is attached at once."""
    volume = get_volume(ctx, volume_id)
    instance = get_instance(ctx, instance_id)
    if instance["State"]["Name"] not in ("running", "stopped"):
        raise errors.IncorrectState(
            f"Instance '{instance['InstanceId']}' is not 'running' or 'stopped'."
        )
    if volume["State"] != "available":
        raise errors.VolumeInUse(f"{volume['VolumeId']} is already attached to an instance")
    if volume["AvailabilityZone"] != instance["Placement"]["AvailabilityZone"]:
        raise errors.InvalidVolumeZoneMismatch(
            f"The volume '{volume['VolumeId']}' is not in the same availability zone as "
            f"instance '{instance['InstanceId']}'",
        )
    if _device_taken(instance, device):
        raise invalid_parameter_value(
            f"Invalid value '{device}' for unixDevice. Attachment point {device} is already in use"
        )
    now = timestamp(ctx.now)
    attachment: shapes.VolumeAttachment = {
        "AttachTime": now,
        "Device": device,
        "InstanceId": instance["InstanceId"],
        "State": "attached",
        "VolumeId": volume["VolumeId"],
        "DeleteOnTermination": False,
    }
    VOLUME.put(ctx.tx, {**volume, "State": "in-use", "Attachments": [attachment]})
    mapping: shapes.InstanceBlockDeviceMapping = {
        "DeviceName": device,
        "Ebs": {
            "AttachTime": now,
            "DeleteOnTermination": False,
            "Status": "attached",
            "VolumeId": volume["VolumeId"],
        },
    }
    INSTANCE.put(
        ctx.tx,
        {**instance, "BlockDeviceMappings": [*instance["BlockDeviceMappings"], mapping]},
    )
    return {**attachment, "State": "attaching"}


def detach_volume(
    ctx: Context, volume_id: str, instance_id: str | None, device: str | None
) -> shapes.VolumeAttachment:
    """Detach a volume (from `instance_id` and `device`, if given). An instance's own launch
    volume is detached only while the instance is stopped; once detached it is a volume of
    its own. Answers the attachment as EC2 does, `detaching`."""
    volume = get_volume(ctx, volume_id)
    owner = _attached_to(volume)
    if owner is None or (instance_id and instance_id != owner):
        raise errors.IncorrectState(f"Volume '{volume['VolumeId']}' is in the 'available' state.")
    attachment = volume["Attachments"][0]
    if device and device != attachment["Device"]:
        raise errors.InvalidAttachmentNotFound(
            f"The volume '{volume['VolumeId']}' is not attached to device '{device}'",
        )
    instance = get_instance(ctx, owner)
    if owner_of(VOLUME.stored(ctx.tx, volume["VolumeId"]) or {}) is not None:
        if instance["State"]["Name"] != "stopped":
            raise errors.OperationNotPermitted(
                f"The volume '{volume['VolumeId']}' is the root device of instance "
                f"'{owner}' and cannot be detached.",
            )
    mappings = [
        m
        for m in instance["BlockDeviceMappings"]
        if (m.get("Ebs") or {}).get("VolumeId") != volume["VolumeId"]
    ]
    INSTANCE.put(ctx.tx, {**instance, "BlockDeviceMappings": mappings})
    kept = VOLUME.get(ctx.tx, volume["VolumeId"]).get("_", {})
    detached: VolumeDoc = {**volume, "State": "available", "Attachments": [], "_": kept}
    VOLUME.put(ctx.tx, with_private(detached, owner=None))  # no longer an instance's part
    return {**attachment, "State": "detaching"}


def _target_volume(stored: VolumeDoc, target: VolumeDoc) -> VolumeDoc:
    """The stored document with ModifyVolume's changes (`instance_parts.MODIFIABLE`) in place
    of its own: an instance's volume keeps them there, over what its instance says."""
    kept = {k: v for k, v in stored.items() if k not in MODIFIABLE}
    return {**kept, **target}  # type: ignore[typeddict-item]


def modify_volume(
    ctx: Context,
    volume_id: str,
    size: int | None,
    volume_type: str | None,
    iops: int | None,
    throughput: int | None,
    multi_attach: bool | None,
) -> shapes.VolumeModification:
    """Grow a volume or change its type, IOPS, throughput or Multi-Attach; what is not given
    is kept (the IOPS only within a provisioned type), checked as CreateVolume checks it. The
    volume shows its target at once; the modification moves on the clock
    (`modifications`), and a volume is modified again only once it has completed."""
    volume = get_volume(ctx, volume_id)
    modifications.check_not_in_progress(ctx, volume["VolumeId"])
    size = size or volume["Size"]
    if size < volume["Size"]:
        raise invalid_parameter_value("New size cannot be smaller than existing size")
    volume_type = volume_type or volume["VolumeType"]
    check_size(volume_type, size)
    kept_iops = volume.get("Iops") if volume_type == volume["VolumeType"] != "gp2" else None
    new_iops = provisioned_iops(volume_type, iops or kept_iops, size)
    if volume_type == "gp3" and throughput is None:
        throughput = volume.get("Throughput")
    new_throughput = throughput_of(volume_type, throughput, new_iops)
    if multi_attach is None:
        multi_attach = (
            bool(volume.get("MultiAttachEnabled")) and volume_type == volume["VolumeType"]
        )
    check_multi_attach(volume_type, multi_attach)
    target: VolumeDoc = {
        "Size": size,
        "VolumeType": volume_type,
        "MultiAttachEnabled": multi_attach,
    }
    if new_iops is not None:
        target["Iops"] = new_iops
    if new_throughput is not None:
        target["Throughput"] = new_throughput
    started = _modification(volume, target, timestamp(ctx.now))
    stored = VOLUME.get(ctx.tx, volume["VolumeId"])
    record = modifications.record(ctx, started)
    VOLUME.put(ctx.tx, with_private(_target_volume(stored, target), modification=record))
    return started  # EC2 answers the modification as it starts, `modifying`


def _modification(volume: VolumeDoc, target: VolumeDoc, now: str) -> shapes.VolumeModification:
    """A `VolumeModification` as it starts: each target value beside the original one."""
    modification: shapes.VolumeModification = {
        "VolumeId": volume["VolumeId"],
        "ModificationState": "modifying",
        "Progress": 0,
        "StartTime": now,
    }
    if "Size" in target:
        modification["TargetSize"] = target["Size"]
    if volume.get("Size") is not None:
        modification["OriginalSize"] = volume["Size"]
    if "VolumeType" in target:
        modification["TargetVolumeType"] = target["VolumeType"]
    if volume.get("VolumeType") is not None:
        modification["OriginalVolumeType"] = volume["VolumeType"]
    if "Iops" in target:
        modification["TargetIops"] = target["Iops"]
    if volume.get("Iops") is not None:
        modification["OriginalIops"] = volume["Iops"]
    if "Throughput" in target:
        modification["TargetThroughput"] = target["Throughput"]
    if volume.get("Throughput") is not None:
        modification["OriginalThroughput"] = volume["Throughput"]
    modification["TargetMultiAttachEnabled"] = target.get("MultiAttachEnabled", False)
    modification["OriginalMultiAttachEnabled"] = volume.get("MultiAttachEnabled", False)
    return modification
