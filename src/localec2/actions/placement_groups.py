"""CreatePlacementGroup, DeletePlacementGroup, DescribePlacementGroups (see
`ec2.placement.groups`) and ModifyInstancePlacement (`ec2.placement.modify`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters
from ..ec2.placement import groups, modify
from ..protocol import shapes
from .registry import action


@action("CreatePlacementGroup")
def create_placement_group(
    ctx: Context, params: shapes.CreatePlacementGroupRequest
) -> shapes.CreatePlacementGroupResult:
    group = groups.create(
        ctx,
        params.get("GroupName"),
        params.get("Strategy"),
        params.get("PartitionCount"),
        params.get("SpreadLevel"),
        params.get("TagSpecifications"),
    )
    return {"PlacementGroup": group}


@action("DeletePlacementGroup")
def delete_placement_group(ctx: Context, params: shapes.DeletePlacementGroupRequest) -> None:
    groups.delete(ctx, params["GroupName"])


@action("DescribePlacementGroups")
def describe_placement_groups(
    ctx: Context, params: shapes.DescribePlacementGroupsRequest
) -> shapes.DescribePlacementGroupsResult:
    found = groups.described(ctx, params.get("GroupNames") or (), params.get("GroupIds") or ())
    return {"PlacementGroups": apply_filters(found, params.get("Filters"), groups.FILTERS)}


@action("ModifyInstancePlacement")
def modify_instance_placement(
    ctx: Context, params: shapes.ModifyInstancePlacementRequest
) -> shapes.ModifyInstancePlacementResult:
    modify.modify_instance_placement(
        ctx,
        params["InstanceId"],
        modify.PlacementChange(
            group_name=params.get("GroupName"),
            group_id=params.get("GroupId"),
            partition=params.get("PartitionNumber"),
            tenancy=params.get("Tenancy"),
            affinity=params.get("Affinity"),
            host_id=params.get("HostId"),
        ),
    )
    return {"Return": True}
