"""RunInstances."""

from __future__ import annotations

import json

from ..ec2.context import Context
from ..ec2.instances import launch
from ..ec2.instances.launch_request import LaunchRequest
from ..ec2.instances.lookup import reservation
from ..ec2.launch_templates.at_launch import with_launch_template
from ..ec2.placement.hosts import zone_of
from ..ec2.spot.market import launched_on_spot, spot_market
from ..protocol import shapes
from .registry import action


def _request_digest(params: shapes.RunInstancesRequest) -> str:
    """The request's arguments but its client token, to tell a retry from another request
    reusing the token."""
    significant = {k: v for k, v in params.items() if k not in ("ClientToken", "DryRun")}
    return json.dumps(significant, sort_keys=True, default=str)


@action("RunInstances")
def run_instances(ctx: Context, asked: shapes.RunInstancesRequest) -> shapes.Reservation:
    from_template = with_launch_template(ctx, asked)  # the request's members over its template's
    params = from_template.params
    placement = params.get("Placement", {})
    request = LaunchRequest(
        min_count=params["MinCount"],
        max_count=params["MaxCount"],
        image_id=params.get("ImageId"),
        instance_type=params.get("InstanceType"),
        key_name=params.get("KeyName"),
        subnet_id=params.get("SubnetId"),
        group_ids=params.get("SecurityGroupIds", ()),
        group_names=params.get("SecurityGroups", ()),
        private_ip=params.get("PrivateIpAddress"),
        interfaces=params.get("NetworkInterfaces", ()),
        # a launch on a named host is in the host's zone, unless it names one
        zone=placement.get("AvailabilityZone") or zone_of(ctx, placement.get("HostId")),
        placement=placement,
        shutdown_behavior=params.get("InstanceInitiatedShutdownBehavior"),
        tag_specifications=params.get("TagSpecifications", ()),
        block_devices=params.get("BlockDeviceMappings", ()),
        monitoring=params.get("Monitoring", {}).get("Enabled", False),
        ebs_optimized=params.get("EbsOptimized", False),
        user_data=params.get("UserData"),
        disable_api_termination=params.get("DisableApiTermination", False),
        disable_api_stop=params.get("DisableApiStop", False),
        kernel_id=params.get("KernelId"),
        ramdisk_id=params.get("RamdiskId"),
        client_token=params.get("ClientToken"),
        credit_specification=params.get("CreditSpecification"),
        metadata_options=params.get("MetadataOptions"),
        launch_template_tags=from_template.tags,
    )
    market = spot_market(params.get("InstanceMarketOptions"))
    launched = launch.run_instances(ctx, request, _request_digest(asked))
    instances = launched.instances
    if market is not None:
        instances = launched_on_spot(ctx, market, instances, request.tag_specifications)
    return reservation(ctx, launched.reservation_id, instances)
