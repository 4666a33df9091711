"""DescribeVolumeStatus, EnableVolumeIO, DescribeVolumeAttribute, ModifyVolumeAttribute.

The rules are `ec2.storage.volume_status`.
"""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.storage import volume_status, volumes
from ..protocol import shapes
from .registry import action

FILTERS = fields(
    {
        "action.code": "Actions.Code",
        "action.description": "Actions.Description",
        "action.event-id": "Actions.EventId",
        "availability-zone": "AvailabilityZone",
        "event.description": "Events.Description",
        "event.event-id": "Events.EventId",
        "event.event-type": "Events.EventType",
        "event.not-after": "Events.NotAfter",
        "event.not-before": "Events.NotBefore",
        "volume-status.details-name": "VolumeStatus.Details.Name",
        "volume-status.details-status": "VolumeStatus.Details.Status",
        "volume-status.status": "VolumeStatus.Status",
    }
)
PAGE_LIMIT = 1000  # EC2 answers at most this many, however many MaxResults asks for


@action("DescribeVolumeStatus")
def describe_volume_status(
    ctx: Context, params: shapes.DescribeVolumeStatusRequest
) -> shapes.DescribeVolumeStatusResult:
    max_results = params.get("MaxResults")
    found = volumes.requested_volumes(ctx, params.get("VolumeIds") or [], max_results)
    statuses = [volume_status.volume_status(ctx, v) for v in found]
    statuses = apply_filters(statuses, params.get("Filters"), FILTERS)
    if max_results is not None:
        max_results = min(max_results, PAGE_LIMIT)
    page, token = paginate(statuses, max_results, params.get("NextToken"))
    result: shapes.DescribeVolumeStatusResult = {"VolumeStatuses": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("EnableVolumeIO")
def enable_volume_io(ctx: Context, params: shapes.EnableVolumeIORequest) -> None:
    volume_status.enable_volume_io(ctx, params["VolumeId"])


@action("DescribeVolumeAttribute")
def describe_volume_attribute(
    ctx: Context, params: shapes.DescribeVolumeAttributeRequest
) -> shapes.DescribeVolumeAttributeResult:
    return volume_status.volume_attribute(ctx, params["VolumeId"], params["Attribute"])


@action("ModifyVolumeAttribute")
def modify_volume_attribute(ctx: Context, params: shapes.ModifyVolumeAttributeRequest) -> None:
    auto_enable_io = (params.get("AutoEnableIO") or {}).get("Value")
    volume_status.modify_volume_attribute(ctx, params["VolumeId"], auto_enable_io)
