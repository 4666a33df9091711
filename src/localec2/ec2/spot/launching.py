"""What a Spot Instance request launches: its launch specification as a RunInstances
request, and an instance marked as a Spot Instance of its request."""

from __future__ import annotations

from ...protocol import shapes
from .. import catalogs
from ..context import Context
from ..documents import InstanceDoc
from ..instances import launch
from ..instances.launch_request import LaunchRequest
from ..kinds import INSTANCE


def launch_request(spec: shapes.RequestSpotLaunchSpecification, count: int = 1) -> LaunchRequest:
    """The RunInstances request the launch specification stands for."""
    placement = spec.get("Placement") or {}
    wanted: shapes.Placement = {}
    if placement.get("GroupName"):
        wanted["GroupName"] = placement["GroupName"]
    if placement.get("Tenancy"):
        wanted["Tenancy"] = placement["Tenancy"]
    return LaunchRequest(
        min_count=count,
        max_count=count,
        image_id=spec.get("ImageId"),
        instance_type=spec.get("InstanceType"),
        key_name=spec.get("KeyName"),
        subnet_id=spec.get("SubnetId"),
        group_ids=spec.get("SecurityGroupIds") or (),
        group_names=spec.get("SecurityGroups") or (),
        interfaces=spec.get("NetworkInterfaces") or (),
        zone=placement.get("AvailabilityZone"),
        placement=wanted,
        block_devices=spec.get("BlockDeviceMappings") or (),
        monitoring=monitoring_enabled(spec),
        ebs_optimized=spec.get("EbsOptimized", False),
        user_data=spec.get("UserData"),
        kernel_id=spec.get("KernelId"),
        ramdisk_id=spec.get("RamdiskId"),
    )


def monitoring_enabled(spec: shapes.RequestSpotLaunchSpecification) -> bool:
    monitoring = spec.get("Monitoring")
    return bool(monitoring and monitoring.get("Enabled"))


def as_spot(instance: InstanceDoc, request_id: str) -> InstanceDoc:
    """The instance as a Spot Instance of the request."""
    return {**instance, "InstanceLifecycle": "spot", "SpotInstanceRequestId": request_id}


def mark_spot(ctx: Context, instance: InstanceDoc, request_id: str) -> InstanceDoc:
    """Store the launched instance as a Spot Instance of the request; the instance as
    answered (`instance`, marked)."""
    stored = INSTANCE.stored(ctx.tx, instance["InstanceId"])
    if stored is not None:
        INSTANCE.put(ctx.tx, as_spot(stored, request_id))
    return as_spot(instance, request_id)


def launch_for(
    ctx: Context, spec: shapes.RequestSpotLaunchSpecification, request_id: str
) -> InstanceDoc:
    """Launch one instance of the specification as a Spot Instance of the request."""
    launched = launch.run_instances(ctx, launch_request(spec), "")
    return mark_spot(ctx, launched.instances[0], request_id)


def launched_in(region: str, instance: shapes.Instance) -> shapes.SpotInstanceRequest:
    """The request's members naming where its instance was launched."""
    zone = instance["Placement"]["AvailabilityZone"]
    ids = {z["ZoneName"]: z["ZoneId"] for z in catalogs.zones(region)}
    return {"LaunchedAvailabilityZone": zone, "LaunchedAvailabilityZoneId": ids[zone]}


def product_description(instance_or_image: shapes.Instance | shapes.Image) -> str:
    """The Spot product a launch is priced as (Linux/UNIX or Windows)."""
    return "Windows" if instance_or_image.get("Platform") == "windows" else "Linux/UNIX"
