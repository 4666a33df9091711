"""Where RunInstances puts each instance it launches: its zone, tenancy, placement group and
partition, Dedicated Host and affinity (`Placement` as DescribeInstances shows it), after
EC2's checks."""

from __future__ import annotations

from ...errors import invalid_parameter_combination
from ...protocol import shapes
from ..context import Context
from .group_rules import check_group, check_partition_asked, partitions, requested_group
from .host_capacity import hosts_for


def _tenancy(asked: shapes.Placement) -> str:
    """The tenancy asked for; `host` where a host is named without one."""
    tenancy = asked.get("Tenancy") or ("host" if asked.get("HostId") else "default")
    if tenancy != "host" and (asked.get("HostId") or asked.get("Affinity") == "host"):
        # reconstructed: the wording
        raise invalid_parameter_combination(
            "A host ID or a host affinity can only be specified with a tenancy of 'host'."
        )
    return tenancy


def launch_placements(
    ctx: Context,
    asked: shapes.Placement,
    zone: str,
    instance_type: shapes.InstanceTypeInfo,
    count: int,
) -> list[shapes.Placement]:
    """The `Placement` of each of `count` instances launched in `zone` as `asked` (the
    request's `Placement`); instances placed alike share one document."""
    tenancy = _tenancy(asked)
    placement: shapes.Placement = {"AvailabilityZone": zone, "GroupName": "", "Tenancy": tenancy}
    group = requested_group(ctx, asked.get("GroupName"), asked.get("GroupId"))
    partition = asked.get("PartitionNumber")
    check_partition_asked(group, partition)
    own: list[shapes.Placement] = [{}] * count  # what differs between the instances
    if group is not None:
        members = check_group(ctx, group, zone, instance_type, count)
        placement = {**placement, "GroupName": group["GroupName"], "GroupId": group["GroupId"]}
        if group["Strategy"] == "partition":
            own = [{"PartitionNumber": n} for n in partitions(group, members, partition, count)]
    if tenancy == "host":
        hosts = hosts_for(ctx, asked.get("HostId"), zone, instance_type["InstanceType"], count)
        placement = {**placement, "Affinity": asked.get("Affinity") or "default"}
        own = [{**mine, "HostId": host} for mine, host in zip(own, hosts, strict=True)]
    if not any(own):
        return [placement] * count
    return [{**placement, **mine} for mine in own]
