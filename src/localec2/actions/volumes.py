"""CreateVolume, DescribeVolumes, DeleteVolume, AttachVolume, DetachVolume, ModifyVolume.

A volume made by CreateVolume is a full `volume` document. An instance's own volumes (made at
RunInstances, see `dependents`) keep only their id, owner and tags: their size, zone, state
and attachment are read from the owning instance as it is now, so they follow its state
clock without a thread of their own.
"""

from __future__ import annotations

from .. import errors
from ..ec2 import catalogs
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.instance_parts import MODIFIABLE, owner_of
from ..ec2.instance_states import timestamp
from ..ec2.instances import get_instance
from ..ec2.kinds import INSTANCE, PRIVATE, VOLUME
from ..ec2.storage import all_volumes, get_snapshot, get_volume
from ..ec2.tagging import creation_tags
from ..errors import invalid_parameter_combination, invalid_parameter_value
from ..state.ids import new_id
from .registry import action

# Size limits in GiB per volume type, as the EC2 API reference gives them.
SIZE_LIMITS = {
    "gp2": (1, 16384),
    "gp3": (1, 16384),
    "io1": (4, 16384),
    "io2": (4, 16384),
    "st1": (125, 16384),
    "sc1": (125, 16384),
    "standard": (1, 1024),
}
IOPS_LIMITS = {"gp3": (3000, 16000), "io1": (100, 64000), "io2": (100, 256000)}
FILTERS = fields(
    {
        "volume-id": "VolumeId",
        "status": "State",
        "size": "Size",
        "availability-zone": "AvailabilityZone",
        "attachment.instance-id": "Attachments.InstanceId",
        "attachment.status": "Attachments.State",
        "attachment.device": "Attachments.Device",
        "attachment.delete-on-termination": "Attachments.DeleteOnTermination",
        "volume-type": "VolumeType",
        "snapshot-id": "SnapshotId",
        "create-time": "CreateTime",
        "encrypted": "Encrypted",
    }
)


def _check_zone(ctx: Context, zone: str) -> None:
    if zone not in {z["ZoneName"] for z in catalogs.zones(ctx.region)}:
        raise errors.InvalidZoneNotFound(f"The zone '{zone}' does not exist.")


def _check_size(volume_type: str, size: int) -> None:
    low, high = SIZE_LIMITS[volume_type]
    if size < low:
        raise invalid_parameter_value(
            f"Volume of size {size}GiB is too small; minimum is {low}GiB."
        )
    if size > high:
        raise invalid_parameter_value(f"Volume of {size}GiB is too large; maximum is {high}GiB.")


def _iops(volume_type: str, iops: int | None, size: int) -> int | None:
    """The volume's provisioned IOPS: required for io1/io2, optional for gp3, refused else."""
    if volume_type not in IOPS_LIMITS:
        if iops is not None:
            raise invalid_parameter_combination(
                f"The parameter iops is not supported for {volume_type} volumes."
            )
        return max(100, 3 * size) if volume_type == "gp2" else None
    if iops is None:
        if volume_type != "gp3":
            raise errors.MissingParameter(
                f"The request must contain the parameter iops for {volume_type} volumes",
            )
        return 3000
    low, high = IOPS_LIMITS[volume_type]
    if not low <= iops <= high:
        raise invalid_parameter_value(
            f"Volume iops of {iops} is invalid for {volume_type}; must be between {low} and {high}."
        )
    return iops


@action("CreateVolume")
def create_volume(ctx: Context, params: dict) -> dict:
    zone = params.get("AvailabilityZone") or ""
    if not zone:
        raise errors.missing_parameter("AvailabilityZone")
    snapshot_id = params.get("SnapshotId") or ""
    size = params.get("Size")
    if size is None and not snapshot_id:
        raise errors.MissingParameter("The request must contain the parameter size or snapshotId")
    _check_zone(ctx, zone)
    if snapshot_id:
        snapshot_size = get_snapshot(ctx.tx, snapshot_id)["VolumeSize"]
        if size is None:
            size = snapshot_size
        elif size < snapshot_size:
            raise invalid_parameter_value(
                f"Volume of {size}GiB is smaller than snapshot '{snapshot_id}', "
                f"expect size >= {snapshot_size}GiB"
            )
    volume_type = params.get("VolumeType") or "gp2"
    _check_size(volume_type, size)
    iops = _iops(volume_type, params.get("Iops"), size)
    if params.get("Throughput") is not None and volume_type != "gp3":
        raise invalid_parameter_combination(
            f"The parameter throughput is not supported for {volume_type} volumes."
        )
    volume = {
        "VolumeId": new_id("vol"),
        "Size": size,
        "SnapshotId": snapshot_id,
        "AvailabilityZone": zone,
        "State": "available",
        "CreateTime": timestamp(ctx.now),
        "Attachments": [],
        "VolumeType": volume_type,
        "Encrypted": bool(params.get("Encrypted")),
        "MultiAttachEnabled": False,
        "Tags": creation_tags(params, VOLUME.name),
    }
    if iops is not None:
        volume["Iops"] = iops
    if volume_type == "gp3":
        volume["Throughput"] = params.get("Throughput") or 125
    VOLUME.put(ctx.tx, volume)
    return volume


@action("DescribeVolumes")
def describe_volumes(ctx: Context, params: dict) -> dict:
    ids = params.get("VolumeIds") or []
    if ids and params.get("MaxResults") is not None:
        raise invalid_parameter_combination(
            "The parameter volumeSet cannot be used with the parameter maxResults"
        )
    VOLUME.check_ids(ids)
    volumes = [get_volume(ctx, i) for i in dict.fromkeys(ids)] if ids else all_volumes(ctx)
    volumes = apply_filters(volumes, params.get("Filters"), FILTERS)
    page, token = paginate(volumes, params.get("MaxResults"), params.get("NextToken"))
    return {"Volumes": page, "NextToken": token}


def _attached_to(volume: dict) -> str | None:
    return volume["Attachments"][0]["InstanceId"] if volume["Attachments"] else None


@action("DeleteVolume")
def delete_volume(ctx: Context, params: dict) -> dict:
    volume = get_volume(ctx, params.get("VolumeId") or "")
    owner = _attached_to(volume)
    if owner:
        raise errors.VolumeInUse(f"Volume {volume['VolumeId']} is currently attached to {owner}")
    VOLUME.delete(ctx.tx, volume["VolumeId"])
    return {}


def _device_taken(instance: dict, device: str) -> bool:
    return any(m["DeviceName"] == device for m in instance.get("BlockDeviceMappings") or ())


@action("AttachVolume")
def attach_volume(ctx: Context, params: dict) -> dict:
    volume = get_volume(ctx, params.get("VolumeId") or "")
    instance = get_instance(ctx, params.get("InstanceId") or "")
    device = params.get("Device") or ""
    state = instance["State"]["Name"]
    if state not in ("running", "stopped"):
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
    attachment = {
        "AttachTime": now,
        "Device": device,
        "InstanceId": instance["InstanceId"],
        "State": "attached",
        "VolumeId": volume["VolumeId"],
        "DeleteOnTermination": False,
    }
    VOLUME.put(ctx.tx, {**volume, "State": "in-use", "Attachments": [attachment]})
    mapping = {
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


@action("DetachVolume")
def detach_volume(ctx: Context, params: dict) -> dict:
    volume = get_volume(ctx, params.get("VolumeId") or "")
    owner = _attached_to(volume)
    wanted = params.get("InstanceId")
    if owner is None or (wanted and wanted != owner):
        raise errors.IncorrectState(f"Volume '{volume['VolumeId']}' is in the 'available' state.")
    attachment = volume["Attachments"][0]
    device = params.get("Device")
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
    detached = {k: v for k, v in volume.items() if k != PRIVATE}
    VOLUME.put(ctx.tx, {**detached, "State": "available", "Attachments": []})
    return {**attachment, "State": "detaching"}


@action("ModifyVolume")
def modify_volume(ctx: Context, params: dict) -> dict:
    """Change size, type, IOPS or throughput; the modification completes at once."""
    volume = get_volume(ctx, params.get("VolumeId") or "")
    size = params.get("Size") or volume["Size"]
    if size < volume["Size"]:
        raise invalid_parameter_value("New size cannot be smaller than existing size")
    volume_type = params.get("VolumeType") or volume["VolumeType"]
    _check_size(volume_type, size)
    kept_iops = volume.get("Iops") if volume_type == volume["VolumeType"] != "gp2" else None
    iops = _iops(volume_type, params.get("Iops") or kept_iops, size)
    throughput = params.get("Throughput")
    if throughput is not None and volume_type != "gp3":
        raise invalid_parameter_combination(
            f"The parameter throughput is not supported for {volume_type} volumes."
        )
    if volume_type == "gp3":
        throughput = throughput or volume.get("Throughput") or 125
    target = {"Size": size, "VolumeType": volume_type, "Iops": iops, "Throughput": throughput}
    stored = VOLUME.stored(ctx.tx, volume["VolumeId"])
    changed = {k: v for k, v in stored.items() if k not in MODIFIABLE}
    VOLUME.put(
        ctx.tx,
        {**changed, **{k: v for k, v in target.items() if v is not None}},
    )
    now = timestamp(ctx.now)
    modification = {
        "VolumeId": volume["VolumeId"],
        "ModificationState": "completed",
        "Progress": 100,
        "StartTime": now,
        "EndTime": now,
    }
    for name, value in target.items():
        if value is not None:
            modification[f"Target{name}"] = value
        if volume.get(name) is not None:
            modification[f"Original{name}"] = volume[name]
    return {"VolumeModification": modification}
