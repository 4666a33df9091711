"""CreateVolume, DescribeVolumes, DeleteVolume, AttachVolume, DetachVolume, ModifyVolume.

A volume made by CreateVolume is a full `volume` document. An instance's own volumes (made at
RunInstances, see `dependents`) keep only their id, owner and tags: their size, zone, state
and attachment are read from the owning instance as it is now, so they follow its state
clock without a thread of their own.
"""

from __future__ import annotations

from .. import catalogs
from ..dependents import (
    MODIFIABLE,
    OWNER,
    VOLUME,
    get_snapshot,
    instance_volume,
    part_exists,
    volume_not_found,
)
from ..errors import EC2Error, invalid_parameter_combination, invalid_parameter_value
from ..filters import apply_filters, paginate
from ..ids import check_ids
from ..instance_lookup import INSTANCE, find_instance, get_instance
from ..instance_state import timestamp
from ..registry import Context, action
from ..store import new_id
from .creation_tags import creation_tags
from .field_filters import fields

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


def _instance_volume(ctx: Context, doc: dict) -> dict | None:
    """An instance's own volume as it is now, or None once EC2 would have deleted it."""
    instance = find_instance(ctx, doc[OWNER])
    if instance is None:  # it may have just vanished, leaving its kept volume on its own
        kept = ctx.tx.get(VOLUME, doc["VolumeId"])
        return kept if kept is not None and OWNER not in kept else None
    if not part_exists(VOLUME, doc["VolumeId"], instance):
        return None
    return instance_volume(doc, instance)


def _attached_volume(ctx: Context, doc: dict) -> dict:
    """A volume made by CreateVolume: once the instance it is attached to has terminated it
    is `available` again (AttachVolume attaches with DeleteOnTermination false)."""
    if not doc["Attachments"]:
        return doc
    instance = find_instance(ctx, doc["Attachments"][0]["InstanceId"])
    if instance is not None and instance["State"]["Name"] != "terminated":
        return doc
    return {**doc, "State": "available", "Attachments": []}


def _view(ctx: Context, doc: dict) -> dict | None:
    return _instance_volume(ctx, doc) if OWNER in doc else _attached_volume(ctx, doc)


def find_volume(ctx: Context, volume_id: str) -> dict | None:
    """The stored document of a volume that exists now (for tagging), or None."""
    doc = ctx.tx.get(VOLUME, volume_id)
    return None if doc is None or _view(ctx, doc) is None else doc


def tagged_volumes(ctx: Context) -> list[dict]:
    return [doc for doc in ctx.tx.all(VOLUME) if doc["Tags"] and _view(ctx, doc) is not None]


def all_volumes(ctx: Context) -> list[dict]:
    return [v for v in (_view(ctx, d) for d in ctx.tx.all(VOLUME)) if v is not None]


def get_volume(ctx: Context, volume_id: str) -> dict:
    """The volume as it is now (Malformed / NotFound as EC2 answers)."""
    check_ids([volume_id], "vol", "InvalidVolumeID")
    doc = ctx.tx.get(VOLUME, volume_id)
    volume = None if doc is None else _view(ctx, doc)
    if volume is None:
        raise volume_not_found(volume_id)
    return volume


def _check_zone(ctx: Context, zone: str) -> None:
    if zone not in {z["ZoneName"] for z in catalogs.zones(ctx.region)}:
        raise EC2Error("InvalidZone.NotFound", f"The zone '{zone}' does not exist.")


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
            raise EC2Error(
                "MissingParameter",
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
        raise EC2Error(
            "MissingParameter", "The request must contain the parameter AvailabilityZone"
        )
    snapshot_id = params.get("SnapshotId") or ""
    size = params.get("Size")
    if size is None and not snapshot_id:
        raise EC2Error(
            "MissingParameter", "The request must contain the parameter size or snapshotId"
        )
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
        "Tags": creation_tags(params, VOLUME),
    }
    if iops is not None:
        volume["Iops"] = iops
    if volume_type == "gp3":
        volume["Throughput"] = params.get("Throughput") or 125
    ctx.tx.put(VOLUME, volume["VolumeId"], volume)
    return volume


@action("DescribeVolumes")
def describe_volumes(ctx: Context, params: dict) -> dict:
    ids = params.get("VolumeIds") or []
    if ids and params.get("MaxResults") is not None:
        raise invalid_parameter_combination(
            "The parameter volumeSet cannot be used with the parameter maxResults"
        )
    check_ids(ids, "vol", "InvalidVolumeID")
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
        raise EC2Error(
            "VolumeInUse", f"Volume {volume['VolumeId']} is currently attached to {owner}"
        )
    ctx.tx.delete(VOLUME, volume["VolumeId"])
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
        raise EC2Error(
            "IncorrectState", f"Instance '{instance['InstanceId']}' is not 'running' or 'stopped'."
        )
    if volume["State"] != "available":
        raise EC2Error("VolumeInUse", f"{volume['VolumeId']} is already attached to an instance")
    if volume["AvailabilityZone"] != instance["Placement"]["AvailabilityZone"]:
        raise EC2Error(
            "InvalidVolume.ZoneMismatch",
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
    ctx.tx.put(
        VOLUME, volume["VolumeId"], {**volume, "State": "in-use", "Attachments": [attachment]}
    )
    mapping = {
        "DeviceName": device,
        "Ebs": {
            "AttachTime": now,
            "DeleteOnTermination": False,
            "Status": "attached",
            "VolumeId": volume["VolumeId"],
        },
    }
    ctx.tx.put(
        INSTANCE,
        instance["InstanceId"],
        {**instance, "BlockDeviceMappings": [*instance["BlockDeviceMappings"], mapping]},
    )
    return {**attachment, "State": "attaching"}


@action("DetachVolume")
def detach_volume(ctx: Context, params: dict) -> dict:
    volume = get_volume(ctx, params.get("VolumeId") or "")
    owner = _attached_to(volume)
    wanted = params.get("InstanceId")
    if owner is None or (wanted and wanted != owner):
        raise EC2Error(
            "IncorrectState", f"Volume '{volume['VolumeId']}' is in the 'available' state."
        )
    attachment = volume["Attachments"][0]
    device = params.get("Device")
    if device and device != attachment["Device"]:
        raise EC2Error(
            "InvalidAttachment.NotFound",
            f"The volume '{volume['VolumeId']}' is not attached to device '{device}'",
        )
    instance = get_instance(ctx, owner)
    if OWNER in ctx.tx.get(VOLUME, volume["VolumeId"]):
        if instance["State"]["Name"] != "stopped":
            raise EC2Error(
                "OperationNotPermitted",
                f"The volume '{volume['VolumeId']}' is the root device of instance "
                f"'{owner}' and cannot be detached.",
            )
    mappings = [
        m
        for m in instance["BlockDeviceMappings"]
        if (m.get("Ebs") or {}).get("VolumeId") != volume["VolumeId"]
    ]
    ctx.tx.put(INSTANCE, owner, {**instance, "BlockDeviceMappings": mappings})
    detached = {k: v for k, v in volume.items() if k != OWNER}
    ctx.tx.put(VOLUME, volume["VolumeId"], {**detached, "State": "available", "Attachments": []})
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
    stored = ctx.tx.get(VOLUME, volume["VolumeId"])
    changed = {k: v for k, v in stored.items() if k not in MODIFIABLE}
    ctx.tx.put(
        VOLUME,
        volume["VolumeId"],
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
