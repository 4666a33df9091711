"""CreateVolume, DescribeVolumes, DeleteVolume, AttachVolume, DetachVolume, ModifyVolume,
DescribeVolumesModifications.

The rules are `ec2.storage.volumes` (and `ec2.storage.reads`, how a volume is read as it is
now; `ec2.storage.modifications`, a modification on the clock).
"""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.storage import modifications, volumes
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
    request = volumes.NewVolume(
        zone=params.get("AvailabilityZone") or "",
        size=params.get("Size"),
        snapshot_id=params.get("SnapshotId") or "",
        volume_type=params.get("VolumeType"),
        iops=params.get("Iops"),
        throughput=params.get("Throughput"),
        encrypted=params.get("Encrypted", False),
        kms_key_id=params.get("KmsKeyId"),
        multi_attach=params.get("MultiAttachEnabled", False),
        client_token=params.get("ClientToken"),
        tag_specifications=params.get("TagSpecifications") or (),
    )
    return volumes.create_volume(ctx, request)


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
        params.get("MultiAttachEnabled"),
    )
    return {"VolumeModification": modification}


MODIFICATION_FILTERS = fields(
    {
        "modification-state": "ModificationState",
        "original-iops": "OriginalIops",
        "original-size": "OriginalSize",
        "original-volume-type": "OriginalVolumeType",
        "original-multi-attach-enabled": "OriginalMultiAttachEnabled",
        "start-time": "StartTime",
        "target-iops": "TargetIops",
        "target-size": "TargetSize",
        "target-volume-type": "TargetVolumeType",
        "target-throughput": "TargetThroughput",
        "target-multi-attach-enabled": "TargetMultiAttachEnabled",
        "volume-id": "VolumeId",
    }
)


@action("DescribeVolumesModifications")
def describe_volumes_modifications(
    ctx: Context, params: shapes.DescribeVolumesModificationsRequest
) -> shapes.DescribeVolumesModificationsResult:
    found = modifications.requested_modifications(ctx, params.get("VolumeIds") or [])
    found = apply_filters(found, params.get("Filters"), MODIFICATION_FILTERS)
    # EC2 answers up to 500 a page
    page, token = paginate(found, params.get("MaxResults"), params.get("NextToken"), maximum=500)
    result: shapes.DescribeVolumesModificationsResult = {"VolumesModifications": page}
    if token is not None:
        result["NextToken"] = token
    return result
