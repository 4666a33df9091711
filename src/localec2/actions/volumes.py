"""CreateVolume, DescribeVolumes, DeleteVolume, AttachVolume, DetachVolume, ModifyVolume.

The rules are `ec2.volumes` (and `ec2.storage`, how a volume is read as it is now).
"""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.storage import volumes
from ..protocol import shapes
from .registry import action

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


@action("CreateVolume")
def create_volume(ctx: Context, params: shapes.CreateVolumeRequest) -> shapes.Volume:
    return volumes.create_volume(
        ctx,
        params.get("AvailabilityZone") or "",
        params.get("Size"),
        params.get("SnapshotId") or "",
        params.get("VolumeType"),
        params.get("Iops"),
        params.get("Throughput"),
        params.get("Encrypted", False),
        params.get("TagSpecifications"),
    )


@action("DescribeVolumes")
def describe_volumes(
    ctx: Context, params: shapes.DescribeVolumesRequest
) -> shapes.DescribeVolumesResult:
    found = volumes.requested_volumes(ctx, params.get("VolumeIds") or [], params.get("MaxResults"))
    found = apply_filters(found, params.get("Filters"), FILTERS)
    page, token = paginate(found, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeVolumesResult = {"Volumes": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("DeleteVolume")
def delete_volume(ctx: Context, params: shapes.DeleteVolumeRequest) -> None:
    volumes.delete_volume(ctx, params["VolumeId"])


@action("AttachVolume")
def attach_volume(ctx: Context, params: shapes.AttachVolumeRequest) -> shapes.VolumeAttachment:
    return volumes.attach_volume(ctx, params["VolumeId"], params["InstanceId"], params["Device"])


@action("DetachVolume")
def detach_volume(ctx: Context, params: shapes.DetachVolumeRequest) -> shapes.VolumeAttachment:
    return volumes.detach_volume(
        ctx, params["VolumeId"], params.get("InstanceId"), params.get("Device")
    )


@action("ModifyVolume")
def modify_volume(ctx: Context, params: shapes.ModifyVolumeRequest) -> shapes.ModifyVolumeResult:
    modification = volumes.modify_volume(
        ctx,
        params["VolumeId"],
        params.get("Size"),
        params.get("VolumeType"),
        params.get("Iops"),
        params.get("Throughput"),
    )
    return {"VolumeModification": modification}
