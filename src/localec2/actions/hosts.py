"""AllocateHosts, ReleaseHosts, ModifyHosts, DescribeHosts (see `ec2.placement.hosts`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.placement import hosts
from ..errors import invalid_parameter_combination
from ..protocol import shapes
from .registry import action


@action("AllocateHosts")
def allocate_hosts(ctx: Context, params: shapes.AllocateHostsRequest) -> shapes.AllocateHostsResult:
    host_ids = hosts.allocate(
        ctx,
        instance_type=params.get("InstanceType"),
        family=params.get("InstanceFamily"),
        zone=params.get("AvailabilityZone"),
        zone_id=params.get("AvailabilityZoneId"),
        quantity=params.get("Quantity"),
        auto_placement=params.get("AutoPlacement"),
        host_recovery=params.get("HostRecovery"),
        host_maintenance=params.get("HostMaintenance"),
        client_token=params.get("ClientToken"),
        tag_specifications=params.get("TagSpecifications"),
    )
    return {"HostIds": host_ids}


@action("ReleaseHosts")
def release_hosts(ctx: Context, params: shapes.ReleaseHostsRequest) -> shapes.ReleaseHostsResult:
    done, failed = hosts.release(ctx, params["HostIds"])
    return {"Successful": done, "Unsuccessful": failed}


@action("ModifyHosts")
def modify_hosts(ctx: Context, params: shapes.ModifyHostsRequest) -> shapes.ModifyHostsResult:
    done, failed = hosts.modify(
        ctx,
        params["HostIds"],
        auto_placement=params.get("AutoPlacement"),
        host_recovery=params.get("HostRecovery"),
        host_maintenance=params.get("HostMaintenance"),
        instance_type=params.get("InstanceType"),
        family=params.get("InstanceFamily"),
    )
    return {"Successful": done, "Unsuccessful": failed}


@action("DescribeHosts")
def describe_hosts(ctx: Context, params: shapes.DescribeHostsRequest) -> shapes.DescribeHostsResult:
    host_ids = params.get("HostIds") or ()
    max_results = params.get("MaxResults")
    if host_ids and max_results is not None:
        # reconstructed: as EC2 refuses ids with MaxResults in its other Describe actions
        raise invalid_parameter_combination(
            "The parameter hostIdSet cannot be used with the parameter maxResults"
        )
    found = apply_filters(hosts.requested(ctx, host_ids), params.get("Filter"), hosts.FILTERS)
    page, token = paginate(found, max_results, params.get("NextToken"), maximum=500)
    result: shapes.DescribeHostsResult = {"Hosts": [hosts.described(ctx, h) for h in page]}
    if token is not None:
        result["NextToken"] = token
    return result
