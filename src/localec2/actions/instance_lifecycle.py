"""Start, stop, reboot and terminate instances; their status, monitoring and console output."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.instances import lifecycle
from ..ec2.instances.lookup import get_instance
from ..ec2.instances.states import timestamp
from ..ec2.instances.status import console_output, instance_statuses
from ..protocol import shapes
from .registry import action


@action("StartInstances")
def start_instances(
    ctx: Context, params: shapes.StartInstancesRequest
) -> shapes.StartInstancesResult:
    return {"StartingInstances": lifecycle.start_instances(ctx, params["InstanceIds"])}


@action("StopInstances")
def stop_instances(ctx: Context, params: shapes.StopInstancesRequest) -> shapes.StopInstancesResult:
    return {"StoppingInstances": lifecycle.stop_instances(ctx, params["InstanceIds"])}


@action("TerminateInstances")
def terminate_instances(
    ctx: Context, params: shapes.TerminateInstancesRequest
) -> shapes.TerminateInstancesResult:
    return {"TerminatingInstances": lifecycle.terminate_instances(ctx, params["InstanceIds"])}


@action("RebootInstances")
def reboot_instances(ctx: Context, params: shapes.RebootInstancesRequest) -> None:
    lifecycle.reboot_instances(ctx, params["InstanceIds"])


_STATUS_FILTERS = fields(
    {
        "availability-zone": "AvailabilityZone",
        "instance-state-code": "InstanceState.Code",
        "instance-state-name": "InstanceState.Name",
        "instance-status.status": "InstanceStatus.Status",
        "instance-status.reachability": "InstanceStatus.Details.Status",
        "system-status.status": "SystemStatus.Status",
        "system-status.reachability": "SystemStatus.Details.Status",
        "event.code": "Events.Code",
    }
)


@action("DescribeInstanceStatus")
def describe_instance_status(
    ctx: Context, params: shapes.DescribeInstanceStatusRequest
) -> shapes.DescribeInstanceStatusResult:
    statuses = instance_statuses(
        ctx,
        params.get("InstanceIds", ()),
        params.get("MaxResults"),
        params.get("IncludeAllInstances", False),
    )
    statuses = apply_filters(statuses, params.get("Filters"), _STATUS_FILTERS)
    page, token = paginate(statuses, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeInstanceStatusResult = {"InstanceStatuses": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("MonitorInstances")
def monitor_instances(
    ctx: Context, params: shapes.MonitorInstancesRequest
) -> shapes.MonitorInstancesResult:
    return {"InstanceMonitorings": lifecycle.set_monitoring(ctx, params["InstanceIds"], True)}


@action("UnmonitorInstances")
def unmonitor_instances(
    ctx: Context, params: shapes.UnmonitorInstancesRequest
) -> shapes.UnmonitorInstancesResult:
    return {"InstanceMonitorings": lifecycle.set_monitoring(ctx, params["InstanceIds"], False)}


@action("GetConsoleOutput")
def get_console_output(
    ctx: Context, params: shapes.GetConsoleOutputRequest
) -> shapes.GetConsoleOutputResult:
    doc = get_instance(ctx, params["InstanceId"])
    return {
        "InstanceId": doc["InstanceId"],
        "Timestamp": timestamp(ctx.now),
        "Output": console_output(doc),
    }
