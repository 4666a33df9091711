"""CreateSecurityGroup, DeleteSecurityGroup, DescribeSecurityGroups and each VPC's default group."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import errors
from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.instance_states import name_of
from ..ec2.instances import all_instances
from ..ec2.kinds import SECURITY_GROUP, SECURITY_GROUP_RULE, VPC
from ..ec2.security_groups import (
    create_group,
    default_vpc,
    delete_group,
    find_by_name,
    get_group_by_name_in_default_vpc,
    resolve_target,
)
from ..ec2.tagging import creation_tags
from ..errors import EC2Error, invalid_parameter_combination, invalid_parameter_value
from ..state.store import Transaction
from .registry import action

MAX_NAME = 255
_VPC_CHARACTERS = re.compile(r"[a-zA-Z0-9 ._\-:/()#,@\[\]+=&;{}!$*]*")


def _check_text(value: str, parameter: str) -> None:
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


@action("CreateSecurityGroup")
def create_security_group(ctx: Context, params: dict) -> dict:
    name = params.get("GroupName") or ""
    description = params.get("Description") or ""
    _check_text(name, "GroupName")
    _check_text(description, "GroupDescription")
    if name.lower().startswith("sg-"):
        raise invalid_parameter_value(
            f"Value ({name}) for parameter GroupName is invalid. "
            "Group names may not be in the format sg-*."
        )
    if name == "default":
        raise errors.InvalidGroupReserved("The security group 'default' is reserved")
    vpc_id = params.get("VpcId")
    if vpc_id:
        VPC.get(ctx.tx, vpc_id)
    else:
        vpc = default_vpc(ctx.tx)
        if vpc is None:
            raise errors.VPCIdNotSpecified("No default VPC for this user")
        vpc_id = vpc["VpcId"]
    if find_by_name(ctx.tx, name, vpc_id) is not None:
        raise errors.InvalidGroupDuplicate(
            f"The security group '{name}' already exists for VPC '{vpc_id}'",
        )
    tags = creation_tags(params, SECURITY_GROUP.name)
    group = create_group(ctx.tx, name, description, vpc_id, tags)
    return {
        "GroupId": group["GroupId"],
        "Tags": group["Tags"],
        "SecurityGroupArn": group["SecurityGroupArn"],
    }


def _dependency(group_id: str) -> EC2Error:
    return errors.DependencyViolation(f"resource {group_id} has a dependent object")


def _check_unused(ctx: Context, group: dict) -> None:
    """No instance that is not yet terminated (as it is now) and no other group's rule uses it."""
    group_id = group["GroupId"]
    for instance in all_instances(ctx):
        if name_of(instance) == "terminated":
            continue
        if any(g.get("GroupId") == group_id for g in instance.get("SecurityGroups") or ()):
            raise _dependency(group_id)
    for rule in SECURITY_GROUP_RULE.every(ctx.tx):
        referenced = (rule.get("ReferencedGroupInfo") or {}).get("GroupId")
        if referenced == group_id and rule["GroupId"] != group_id:
            raise _dependency(group_id)


@action("DeleteSecurityGroup")
def delete_security_group(ctx: Context, params: dict) -> dict:
    group = resolve_target(ctx.tx, params.get("GroupId"), params.get("GroupName"))
    group_id = group["GroupId"]
    if group["GroupName"] == "default":
        raise errors.CannotDelete(
            f'the specified group: "{group_id}" name: "default" cannot be deleted by a user',
        )
    _check_unused(ctx, group)
    delete_group(ctx.tx, group)
    return {"Return": True, "GroupId": group_id}


def _permission_getters(tx: Transaction, field: str) -> dict[str, Callable[[dict], list]]:
    """Getters for the `ip-permission.*` filters over one direction's permissions."""

    def over(pick: Callable[[dict], list]) -> Callable[[dict], list]:
        return lambda group: [v for p in group.get(field) or () for v in pick(p)]

    def group_names(permission: dict) -> list:
        names = []
        for pair in permission.get("UserIdGroupPairs") or ():
            referenced = SECURITY_GROUP.stored(tx, pair["GroupId"])
            if referenced is not None:
                names.append(referenced["GroupName"])
        return names

    return {
        "protocol": over(lambda p: [p["IpProtocol"]]),
        "from-port": over(lambda p: [p["FromPort"]] if "FromPort" in p else []),
        "to-port": over(lambda p: [p["ToPort"]] if "ToPort" in p else []),
        "cidr": over(lambda p: [r["CidrIp"] for r in p.get("IpRanges") or ()]),
        "ipv6-cidr": over(lambda p: [r["CidrIpv6"] for r in p.get("Ipv6Ranges") or ()]),
        "prefix-list-id": over(lambda p: [r["PrefixListId"] for r in p.get("PrefixListIds") or ()]),
        "group-id": over(lambda p: [g["GroupId"] for g in p.get("UserIdGroupPairs") or ()]),
        "user-id": over(lambda p: [g["UserId"] for g in p.get("UserIdGroupPairs") or ()]),
        "group-name": over(group_names),
    }


def _getters(tx: Transaction) -> dict[str, Callable[[dict], object]]:
    getters: dict[str, Callable[[dict], object]] = {
        "group-id": lambda g: g["GroupId"],
        "group-name": lambda g: g["GroupName"],
        "description": lambda g: g["Description"],
        "vpc-id": lambda g: g.get("VpcId"),
        "owner-id": lambda g: g["OwnerId"],
    }
    for prefix, field in (
        ("ip-permission", "IpPermissions"),
        ("egress.ip-permission", "IpPermissionsEgress"),
    ):
        for name, getter in _permission_getters(tx, field).items():
            getters[f"{prefix}.{name}"] = getter
    return getters


def _selected(tx: Transaction, group_ids: list[str], group_names: list[str]) -> list[dict]:
    SECURITY_GROUP.select(tx, group_ids)
    wanted = set(group_ids)
    wanted.update(get_group_by_name_in_default_vpc(tx, n)["GroupId"] for n in group_names)
    return [group for group in SECURITY_GROUP.every(tx) if group["GroupId"] in wanted]


@action("DescribeSecurityGroups")
def describe_security_groups(ctx: Context, params: dict) -> dict:
    group_ids = params.get("GroupIds") or []
    group_names = params.get("GroupNames") or []
    max_results = params.get("MaxResults")
    if max_results is not None and (group_ids or group_names):
        which = "groupIds" if group_ids else "groupNames"
        raise invalid_parameter_combination(
            f"The parameter {which} cannot be used with the parameter maxResults"
        )
    if group_ids or group_names:
        groups = _selected(ctx.tx, group_ids, group_names)
    else:
        groups = SECURITY_GROUP.every(ctx.tx)
    groups = apply_filters(groups, params.get("Filters"), _getters(ctx.tx))
    page, token = paginate(groups, max_results, params.get("NextToken"))
    return {"SecurityGroups": page, "NextToken": token}
