"""Creating, deleting and listing security groups: EC2's checks on each request.

The stored form of a group and its rules is `groups`'s; this module decides what a
CreateSecurityGroup, DeleteSecurityGroup or DescribeSecurityGroups request may do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ... import errors
from ...errors import EC2Error, invalid_parameter_combination, invalid_parameter_value
from ...protocol.shapes import TagSpecification
from ...state.store import Transaction
from ..context import Context
from ..documents import SecurityGroupDoc
from ..instances.lookup import all_instances
from ..instances.states import name_of
from ..kinds import SECURITY_GROUP, SECURITY_GROUP_RULE, VPC
from ..tags.tagging import specified_tags
from .groups import (
    create_group,
    default_vpc,
    delete_group,
    find_by_name,
    get_group_by_name_in_default_vpc,
    resolve_target,
)

MAX_NAME = 255
_VPC_CHARACTERS = re.compile(r"[a-zA-Z0-9 ._\-:/()#,@\[\]+=&;{}!$*]*")


def _check_text(value: str, parameter: str) -> None:
    """A group's name or description: not empty, at most `MAX_NAME` of EC2's VPC characters."""
    if not value:
        raise invalid_parameter_value(
            f"Value () for parameter {parameter} is invalid. The value cannot be empty"
        )
    if len(value) > MAX_NAME:
        raise invalid_parameter_value(
            f"Value ({value}) for parameter {parameter} is invalid. "
            f"Length exceeds maximum of {MAX_NAME}."
        )
    if not _VPC_CHARACTERS.fullmatch(value):
        raise invalid_parameter_value(
            f"Value ({value}) for parameter {parameter} is invalid. Valid characters are "
            "a-z, A-Z, 0-9, spaces, and ._-:/()#,@[]+=&;{}!$*"
        )


def create_security_group(
    tx: Transaction,
    name: str,
    description: str,
    vpc_id: str | None,
    tag_specifications: Sequence[TagSpecification] | None,
) -> SecurityGroupDoc:
    """A new group in the VPC (the default VPC if none is named), its name new in that VPC."""
    _check_text(name, "GroupName")
    _check_text(description, "GroupDescription")
    if name.lower().startswith("sg-"):
        raise invalid_parameter_value(
            f"Value ({name}) for parameter GroupName is invalid. "
            "Group names may not be in the format sg-*."
        )
    if name == "default":
        raise errors.InvalidGroupReserved("The security group 'default' is reserved")
    if vpc_id:
        VPC.get(tx, vpc_id)
    else:
        vpc = default_vpc(tx)
        if vpc is None:
            raise errors.VPCIdNotSpecified("No default VPC for this user")
        vpc_id = vpc["VpcId"]
    if find_by_name(tx, name, vpc_id) is not None:
        raise errors.InvalidGroupDuplicate(
            f"The security group '{name}' already exists for VPC '{vpc_id}'",
        )
    tags = specified_tags(tag_specifications, SECURITY_GROUP.name)
    return create_group(tx, name, description, vpc_id, tags)


def _dependency(group_id: str) -> EC2Error:
    return errors.dependency_violation(f"resource {group_id} has a dependent object")


def _check_unused(ctx: Context, group_id: str) -> None:
    """No instance that is not yet terminated (as it is now) and no other group's rule uses it."""
    for instance in all_instances(ctx):
        if name_of(instance) == "terminated":
            continue
        if any(g.get("GroupId") == group_id for g in instance.get("SecurityGroups") or ()):
            raise _dependency(group_id)
    for rule in SECURITY_GROUP_RULE.every(ctx.tx):
        referenced = rule.get("ReferencedGroupInfo", {}).get("GroupId")
        if referenced == group_id and rule["GroupId"] != group_id:
            raise _dependency(group_id)


def delete_security_group(ctx: Context, group_id: str | None, group_name: str | None) -> str:
    """Delete the group named by id, else by name in the default VPC; its id. A VPC's
    `default` group goes only with its VPC."""
    group = resolve_target(ctx.tx, group_id, group_name)
    deleted = group["GroupId"]
    if group["GroupName"] == "default":
        raise errors.CannotDelete(
            f'the specified group: "{deleted}" name: "default" cannot be deleted by a user',
        )
    _check_unused(ctx, deleted)
    delete_group(ctx.tx, group)
    return deleted


def groups_to_describe(
    tx: Transaction, group_ids: Sequence[str], group_names: Sequence[str], paged: bool
) -> list[SecurityGroupDoc]:
    """The groups named by id or by name in the default VPC (each must exist), oldest first;
    else every group. EC2 pages only the whole list (`paged`: `MaxResults` was given)."""
    if paged and (group_ids or group_names):
        which = "groupIds" if group_ids else "groupNames"
        raise invalid_parameter_combination(
            f"The parameter {which} cannot be used with the parameter maxResults"
        )
    if not group_ids and not group_names:
        return SECURITY_GROUP.every(tx)
    found = {group["GroupId"]: group for group in SECURITY_GROUP.select(tx, group_ids)}
    for name in group_names:
        group = get_group_by_name_in_default_vpc(tx, name)
        found[group["GroupId"]] = group
    if len(found) < 2:
        return list(found.values())
    # oldest first, by the store's order of ids: no other group is read
    return [found[group_id] for group_id in tx.ids(SECURITY_GROUP.name) if group_id in found]
