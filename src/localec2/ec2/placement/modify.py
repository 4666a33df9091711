"""ModifyInstancePlacement: a stopped instance into or out of a placement group, into another
partition, between Dedicated Hosts, its affinity, its tenancy between `dedicated` and
`host`."""

from __future__ import annotations

from dataclasses import dataclass

from ... import errors
from ...errors import invalid_parameter_combination
from ...protocol import shapes
from .. import catalogs
from ..context import Context
from ..instances.lookup import get_instance
from ..instances.states import name_of
from ..kinds import INSTANCE
from .group_rules import check_group, check_partition_asked, partitions, requested_group
from .groups import by_name
from .host_capacity import hosts_for

_SEPARATE_HARDWARE = ("dedicated", "host")


@dataclass(frozen=True)
class PlacementChange:
    """What a ModifyInstancePlacement request asks for (None: no change; a group name of ""
    takes the instance out of its group)."""

    group_name: str | None = None
    group_id: str | None = None
    partition: int | None = None
    tenancy: str | None = None
    affinity: str | None = None
    host_id: str | None = None


def _in_group(
    ctx: Context,
    instance_id: str,
    placement: shapes.Placement,
    type_info: shapes.InstanceTypeInfo,
    change: PlacementChange,
) -> shapes.Placement:
    """The placement with the group and partition asked for."""
    outside: shapes.Placement = {**placement, "GroupName": ""}
    outside.pop("GroupId", None)
    outside.pop("PartitionNumber", None)
    if change.group_name == "" and not change.group_id:
        check_partition_asked(None, change.partition)
        return outside
    if change.group_name or change.group_id:
        group = requested_group(ctx, change.group_name, change.group_id)
    elif change.partition is not None:  # another partition of its own group
        group = by_name(ctx, placement.get("GroupName") or "")
    else:
        return placement
    check_partition_asked(group, change.partition)
    if group is None:
        return placement
    zone = placement["AvailabilityZone"]
    members = check_group(ctx, group, zone, type_info, 1, moving=instance_id)
    moved: shapes.Placement = {
        **outside,
        "GroupName": group["GroupName"],
        "GroupId": group["GroupId"],
    }
    if group["Strategy"] == "partition":
        moved["PartitionNumber"] = partitions(group, members, change.partition, 1)[0]
    return moved


def _tenancy(placement: shapes.Placement, change: PlacementChange) -> str:
    current = placement.get("Tenancy") or "default"
    wanted = change.tenancy or ("host" if change.host_id else current)
    if wanted != current and not {current, wanted} <= set(_SEPARATE_HARDWARE):
        # EC2's documentation: an unsupported tenancy change is InvalidRequest.
        # reconstructed: the wording
        raise errors.InvalidRequest(
            f"The tenancy of the instance cannot be changed from '{current}' to '{wanted}'."
        )
    if wanted != "host" and change.affinity:
        raise invalid_parameter_combination(  # reconstructed: the wording
            "A host affinity can only be specified with a tenancy of 'host'."
        )
    return wanted


def _on_host(
    ctx: Context,
    instance_id: str,
    placement: shapes.Placement,
    type_info: shapes.InstanceTypeInfo,
    change: PlacementChange,
) -> shapes.Placement:
    """The placement with the tenancy, host and affinity asked for."""
    tenancy = _tenancy(placement, change)
    if tenancy != "host":
        kept: shapes.Placement = {**placement, "Tenancy": tenancy}
        kept.pop("HostId", None)
        kept.pop("Affinity", None)
        return kept
    host_id = placement.get("HostId")
    if change.host_id or not host_id:
        zone = placement["AvailabilityZone"]
        type_name = type_info["InstanceType"]
        host_id = hosts_for(ctx, change.host_id, zone, type_name, 1, moving=instance_id)[0]
    return {
        **placement,
        "Tenancy": tenancy,
        "HostId": host_id,
        "Affinity": change.affinity or placement.get("Affinity") or "default",
    }


def modify_instance_placement(ctx: Context, instance_id: str, change: PlacementChange) -> None:
    instance = get_instance(ctx, instance_id)
    if name_of(instance) != "stopped":
        # EC2's error list: the instance must be stopped to modify its placement.
        # reconstructed: the wording
        raise errors.InvalidInstanceState(
            f"The instance '{instance_id}' is not in the 'stopped' state."
        )
    type_info = catalogs.instance_types()[instance["InstanceType"]]
    placement = _in_group(ctx, instance_id, instance["Placement"], type_info, change)
    placement = _on_host(ctx, instance_id, placement, type_info, change)
    INSTANCE.put(ctx.tx, {**instance, "Placement": placement})
