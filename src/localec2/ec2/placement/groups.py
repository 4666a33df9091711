"""Placement groups: `placement-group` documents (boto3's `PlacementGroup` shape), created,
described and deleted; a group is named in most requests and has an id `pg-…` too.

A group is `available` from its creation; one that instances (not yet terminated) are in
cannot be deleted (`InvalidPlacementGroup.InUse`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol.shapes import TagSpecification
from ...state.ids import is_well_formed, new_id
from ..context import Context
from ..documents import InstanceDoc, PlacementGroupDoc
from ..filters import fields
from ..instances.lookup import all_instances
from ..instances.states import name_of
from ..kinds import PLACEMENT_GROUP
from ..tags.tagging import specified_tags

MAX_NAME = 255
MAX_PARTITIONS = 7
DEFAULT_PARTITIONS = 2  # reconstructed: the count EC2 gives a partition group asking none
STRATEGIES = ("cluster", "spread", "partition")

FILTERS = fields(
    {
        "group-name": "GroupName",
        "group-arn": "GroupArn",
        "state": "State",
        "strategy": "Strategy",
        "spread-level": "SpreadLevel",
    }
)


def unknown(name: str) -> errors.EC2Error:
    return errors.InvalidPlacementGroupUnknown(f"The Placement Group '{name}' is unknown")


def by_name(ctx: Context, name: str) -> PlacementGroupDoc | None:
    return next((g for g in PLACEMENT_GROUP.every(ctx.tx) if g["GroupName"] == name), None)


def named(ctx: Context, name: str) -> PlacementGroupDoc:
    """The group of this name (or, as EC2 resolves a `GroupName`, this id)."""
    group = by_name(ctx, name)
    if group is None and is_well_formed(name, PLACEMENT_GROUP.prefix):
        group = PLACEMENT_GROUP.stored(ctx.tx, name)
    if group is None:
        raise unknown(name)
    return group


def _check_name(ctx: Context, name: str | None) -> str:
    if not name:
        raise errors.missing_parameter("groupName")
    if len(name) > MAX_NAME or not name.isascii():
        # reconstructed: the wording
        raise invalid_parameter_value(
            f"Value ({name}) for parameter groupName is invalid. The name must be at most "
            f"{MAX_NAME} ASCII characters"
        )
    if by_name(ctx, name) is not None:
        # reconstructed: the wording
        raise errors.InvalidPlacementGroupDuplicate(f"The Placement Group '{name}' already exists.")
    return name


def _check_strategy(
    strategy: str | None, partitions: int | None, spread_level: str | None
) -> PlacementGroupDoc:
    """The strategy's own members: a partition count for `partition` (1 to 7, 2 if not
    given), a spread level for `spread` (`rack`; `host` is for Outposts)."""
    if not strategy:
        raise errors.missing_parameter("strategy")
    if strategy not in STRATEGIES:
        # reconstructed: precision-time groups need capacity reservations localec2 has not
        raise invalid_parameter_value(f"The placement strategy '{strategy}' is not supported.")
    if partitions is not None and strategy != "partition":
        raise invalid_parameter_combination(
            "The parameter PartitionCount is only valid for the partition placement strategy."
        )
    if spread_level is not None and strategy != "spread":
        raise invalid_parameter_combination(
            "The parameter SpreadLevel is only valid for the spread placement strategy."
        )
    if strategy == "partition":
        count = DEFAULT_PARTITIONS if partitions is None else partitions
        if not 1 <= count <= MAX_PARTITIONS:
            raise invalid_parameter_value(
                f"Value ({count}) for parameter partitionCount is invalid. Expecting a value "
                f"between 1 and {MAX_PARTITIONS}."
            )
        return {"Strategy": strategy, "PartitionCount": count}
    if strategy == "spread":
        if spread_level == "host":  # EC2's documentation: host only with Outpost groups
            raise invalid_parameter_value(
                "The spread level 'host' is only supported for placement groups on an Outpost."
            )
        return {"Strategy": strategy, "SpreadLevel": "rack"}
    return {"Strategy": strategy}


def create(
    ctx: Context,
    name: str | None,
    strategy: str | None,
    partitions: int | None,
    spread_level: str | None,
    tag_specifications: Sequence[TagSpecification] | None,
) -> PlacementGroupDoc:
    group_name = _check_name(ctx, name)
    shape = _check_strategy(strategy, partitions, spread_level)
    tags = specified_tags(tag_specifications, PLACEMENT_GROUP.name)
    group_id = new_id(PLACEMENT_GROUP.prefix)
    doc: PlacementGroupDoc = {
        "GroupName": group_name,
        "State": "available",
        **shape,
        "GroupId": group_id,
        "Tags": tags,
        # the ARN names the group by name, as EC2's does
        "GroupArn": PLACEMENT_GROUP.arn(ctx.tx, group_name),
    }
    PLACEMENT_GROUP.put(ctx.tx, doc)
    return doc


def members(ctx: Context, group: PlacementGroupDoc, moving: str | None = None) -> list[InstanceDoc]:
    """The group's instances but terminated ones (and the instance being moved)."""
    return [
        i
        for i in all_instances(ctx)
        if i["Placement"].get("GroupName") == group["GroupName"]
        and name_of(i) != "terminated"
        and i["InstanceId"] != moving
    ]


def delete(ctx: Context, name: str) -> None:
    group = named(ctx, name)
    if members(ctx, group):
        # reconstructed: the wording
        raise errors.InvalidPlacementGroupInUse(
            f"The placement group '{group['GroupName']}' is in use and may not be deleted."
        )
    PLACEMENT_GROUP.delete(ctx.tx, group["GroupId"])


def described(ctx: Context, names: Sequence[str], ids: Sequence[str]) -> list[PlacementGroupDoc]:
    """The groups named by name or id (each must exist), else all of them."""
    if not names and not ids:
        return PLACEMENT_GROUP.every(ctx.tx)
    for name in names:
        if by_name(ctx, name) is None:
            raise unknown(name)
    wanted = {g["GroupId"] for g in PLACEMENT_GROUP.select(ctx.tx, ids)}
    wanted_names = set(names)
    return [
        g
        for g in PLACEMENT_GROUP.every(ctx.tx)
        if g["GroupId"] in wanted or g["GroupName"] in wanted_names
    ]
