"""What a placement group allows the instances put in it (at launch, or by
ModifyInstancePlacement): the instance types of its strategy, a cluster group's one zone, a
spread group's seven instances per zone, a partition group's partitions."""

from __future__ import annotations

from collections import Counter

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from ..context import Context
from ..documents import InstanceDoc, PlacementGroupDoc
from ..kinds import PLACEMENT_GROUP
from .groups import members as group_members
from .groups import named

SPREAD_PER_ZONE = 7  # EC2's documentation: seven running instances per zone per spread group
# (localec2 counts every instance not terminated: a stopped one keeps its place)


def requested_group(
    ctx: Context, name: str | None, group_id: str | None
) -> PlacementGroupDoc | None:
    """The group a request names by `GroupName` or `GroupId` (not both); None for none."""
    if name and group_id:
        # reconstructed: the wording
        raise invalid_parameter_combination(
            "The parameter groupName cannot be used with the parameter groupId"
        )
    if group_id:
        return PLACEMENT_GROUP.get(ctx.tx, group_id)
    return named(ctx, name) if name else None


def check_group(
    ctx: Context,
    group: PlacementGroupDoc,
    zone: str,
    instance_type: shapes.InstanceTypeInfo,
    count: int,
    moving: str | None = None,
) -> list[InstanceDoc]:
    """Refuse `count` instances of this type in this zone as EC2 refuses them; the group's
    members (but `moving`)."""
    strategy = group["Strategy"]
    type_name = instance_type["InstanceType"]
    if strategy not in instance_type["PlacementGroupInfo"]["SupportedStrategies"]:
        # EC2's wording, as it answers a t3 in a cluster group
        raise invalid_parameter_combination(
            f"{strategy.capitalize()} placement groups are not supported by the '{type_name}' "
            "instance type. Specify a supported instance type or change the placement group "
            "strategy, and try again."
        )
    members = group_members(ctx, group, moving)
    if strategy == "cluster":
        elsewhere = [
            m["Placement"]["AvailabilityZone"]
            for m in members
            if m["Placement"]["AvailabilityZone"] != zone
        ]
        if elsewhere:
            raise errors.InvalidPlacementGroupInUse(
                f"The placement group '{group['GroupName']}' is in use in another availability "
                f"zone: {elsewhere[0]}"
            )
    if strategy == "spread":
        in_zone = sum(1 for m in members if m["Placement"]["AvailabilityZone"] == zone)
        if in_zone + count > SPREAD_PER_ZONE:
            # reconstructed: the code and wording of EC2's refusal
            raise invalid_parameter_value(
                f"The spread placement group '{group['GroupName']}' can have at most "
                f"{SPREAD_PER_ZONE} running instances in availability zone {zone}; it has "
                f"{in_zone} and {count} were requested."
            )
    return members


def partitions(
    group: PlacementGroupDoc, members: list[InstanceDoc], wanted: int | None, count: int
) -> list[int]:
    """The partition of each of `count` instances: `wanted` (1 to the group's count), else
    each in the partition with fewest instances (EC2 spreads them evenly)."""
    total = group.get("PartitionCount") or 0
    if wanted is not None:
        if not 1 <= wanted <= total:
            # reconstructed: the wording
            raise invalid_parameter_value(
                f"Value ({wanted}) for parameter partitionNumber is invalid. The placement group "
                f"'{group['GroupName']}' has {total} partitions."
            )
        return [wanted] * count
    used = Counter(m["Placement"].get("PartitionNumber") for m in members)
    chosen = []
    for _ in range(count):
        partition = min(range(1, total + 1), key=lambda n: (used[n], n))
        used[partition] += 1
        chosen.append(partition)
    return chosen


def check_partition_asked(group: PlacementGroupDoc | None, partition: int | None) -> None:
    """A partition number only for a partition group."""
    if partition is not None and (group is None or group["Strategy"] != "partition"):
        # reconstructed: the wording
        raise invalid_parameter_combination(
            "A partition number can only be specified for a partition placement group."
        )
