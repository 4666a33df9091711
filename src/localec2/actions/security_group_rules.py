"""Authorize/Revoke SecurityGroup Ingress/Egress, DescribeSecurityGroupRules, ModifySecurityGroupRules.

A request is all-or-nothing: every rule is validated and checked for duplicates before any
is stored. Rules are compared by protocol, ports and peer; descriptions do not count.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from .. import errors
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.kinds import SECURITY_GROUP_RULE
from ..ec2.permissions import (
    PEER_FIELDS,
    describe_rule,
    identity,
    merge_into_permissions,
    peer_of,
    rules_from_permissions,
)
from ..ec2.security_groups import (
    default_vpc,
    find_by_name,
    get_group,
    group_not_found,
    name_not_found,
    new_rule,
    resolve_target,
    rules_of,
    save_rules,
)
from ..ec2.tagging import creation_tags
from ..errors import invalid_parameter_combination, invalid_parameter_value
from ..state.store import Transaction
from .registry import action

_FLAT = (
    "IpProtocol",
    "FromPort",
    "ToPort",
    "CidrIp",
    "SourceSecurityGroupName",
    "SourceSecurityGroupOwnerId",
)
# What a source group alone grants, as EC2 does for the flat form in a default VPC.
_WHOLE_GROUP = (("tcp", 0, 65535), ("udp", 0, 65535), ("icmp", -1, -1))


def _flat_permissions(params: dict) -> list[dict]:
    """The `IpPermissions` equivalent of the flat parameters (`IpProtocol`, `CidrIp`, ...)."""
    protocol = params.get("IpProtocol")
    cidr = params.get("CidrIp")
    source = params.get("SourceSecurityGroupName")
    if source:
        if cidr:
            raise invalid_parameter_combination(
                "The parameter cidrIp cannot be used with the parameter sourceSecurityGroupName"
            )
        pair = {"GroupName": source}
        if params.get("SourceSecurityGroupOwnerId"):
            pair["UserId"] = params["SourceSecurityGroupOwnerId"]
        if protocol is None:
            return [
                {"IpProtocol": p, "FromPort": f, "ToPort": t, "UserIdGroupPairs": [pair]}
                for p, f, t in _WHOLE_GROUP
            ]
        peers = {"UserIdGroupPairs": [pair]}
    elif protocol is None:
        if cidr or params.get("FromPort") is not None or params.get("ToPort") is not None:
            raise errors.missing_parameter("ipProtocol")
        return []
    else:
        peers = {"IpRanges": [{"CidrIp": cidr}] if cidr else []}
    return [
        {
            "IpProtocol": protocol,
            "FromPort": params.get("FromPort"),
            "ToPort": params.get("ToPort"),
            **peers,
        }
    ]


def _requested_permissions(params: dict, egress: bool) -> list[dict]:
    permissions = list(params.get("IpPermissions") or ())
    if egress:
        used = [name for name in _FLAT if params.get(name) is not None]
        if used:
            raise invalid_parameter_value(
                f"The parameter {used[0]} is not supported for egress rules; "
                "use ipPermissions instead"
            )
        return permissions
    return permissions + _flat_permissions(params)


def _group_resolver(tx: Transaction, target: dict):
    """Resolves a request's `UserIdGroupPair` to the referenced group in this account."""
    vpc = default_vpc(tx)
    in_default_vpc = vpc is not None and vpc["VpcId"] == target.get("VpcId")

    def resolve(pair: dict) -> dict:
        user = pair.get("UserId")
        if pair.get("GroupId"):
            group = get_group(tx, pair["GroupId"])
        elif pair.get("GroupName"):
            name = pair["GroupName"]
            group = find_by_name(tx, name, target.get("VpcId"))
            if group is None or (user and user != tx.account):
                if in_default_vpc:
                    raise name_not_found(name, target.get("VpcId"))
                raise group_not_found(name)
        else:
            raise errors.missing_parameter("groupId")
        if user and user != tx.account:
            raise group_not_found(pair.get("GroupId") or pair.get("GroupName"))
        if group.get("VpcId") != target.get("VpcId"):
            raise errors.InvalidGroupNotFound(
                "You have specified two resources that belong to different networks.",
            )
        return group

    return resolve


def _target(tx: Transaction, params: dict, egress: bool) -> dict:
    if egress:
        return resolve_target(tx, params.get("GroupId"), None)
    return resolve_target(tx, params.get("GroupId"), params.get("GroupName"))


def _authorize(ctx: Context, params: dict, egress: bool) -> dict:
    tx = ctx.tx
    group = _target(tx, params, egress)
    permissions = _requested_permissions(params, egress)
    if not permissions:
        raise errors.missing_parameter("ipPermissions")
    contents = rules_from_permissions(permissions, _group_resolver(tx, group))
    taken = {identity(rule) for rule in rules_of(tx, group) if rule["IsEgress"] == egress}
    for content in contents:
        key = identity(content)
        if key in taken:
            raise errors.InvalidPermissionDuplicate(
                f'the specified rule "{describe_rule(content)}" already exists',
            )
        taken.add(key)
    tags = creation_tags(params, SECURITY_GROUP_RULE.name)
    added = [new_rule(tx, group, content, egress, tags) for content in contents]
    save_rules(tx, group, added=added)
    return {"Return": True, "SecurityGroupRules": added}


def _register_both_directions(name: str, implementation: Callable[..., dict]) -> None:
    """`<name>Ingress` and `<name>Egress`: one implementation, told the direction."""
    action(f"{name}Ingress")(partial(implementation, egress=False))
    action(f"{name}Egress")(partial(implementation, egress=True))


_register_both_directions("AuthorizeSecurityGroup", _authorize)


def _rules_by_id(existing: list[dict], rule_ids: list[str]) -> list[dict]:
    SECURITY_GROUP_RULE.check_ids(rule_ids)
    by_id = {rule["SecurityGroupRuleId"]: rule for rule in existing}
    missing = [rule_id for rule_id in rule_ids if rule_id not in by_id]
    if missing:
        raise SECURITY_GROUP_RULE.not_found(missing)
    return [by_id[rule_id] for rule_id in rule_ids]


def _revoked(rule: dict) -> dict:
    out = {
        key: rule[key]
        for key in (
            "SecurityGroupRuleId",
            "GroupId",
            "IsEgress",
            "IpProtocol",
            "FromPort",
            "ToPort",
            "Description",
        )
        if key in rule
    }
    kind, value = peer_of(rule)
    out["ReferencedGroupId" if kind == "ReferencedGroupInfo" else kind] = value
    return out


def _revoke(ctx: Context, params: dict, egress: bool) -> dict:
    tx = ctx.tx
    group = _target(tx, params, egress)
    existing = [rule for rule in rules_of(tx, group) if rule["IsEgress"] == egress]
    rule_ids = params.get("SecurityGroupRuleIds") or []
    permissions = _requested_permissions(params, egress)
    if not rule_ids and not permissions:
        raise errors.missing_parameter("ipPermissions")
    removed = {rule["SecurityGroupRuleId"]: rule for rule in _rules_by_id(existing, rule_ids)}
    by_identity = {identity(rule): rule for rule in existing}
    unknown = []
    for content in rules_from_permissions(permissions, _group_resolver(tx, group)):
        match = by_identity.get(identity(content))
        if match is None:
            unknown.append(content)
        else:
            removed[match["SecurityGroupRuleId"]] = match
    vpc = default_vpc(tx)
    if unknown and (vpc is None or vpc["VpcId"] != group.get("VpcId")):
        raise errors.InvalidPermissionNotFound(
            "The specified rule does not exist in this security group.",
        )
    save_rules(tx, group, removed=list(removed.values()))
    output = {
        "Return": not unknown,
        "RevokedSecurityGroupRules": [_revoked(rule) for rule in removed.values()],
    }
    if unknown:
        output["UnknownIpPermissions"] = merge_into_permissions(unknown)
    return output


_register_both_directions("RevokeSecurityGroup", _revoke)


_RULE_GETTERS = fields(
    {
        "group-id": "GroupId",
        "security-group-rule-id": "SecurityGroupRuleId",
    }
)


@action("DescribeSecurityGroupRules")
def describe_security_group_rules(ctx: Context, params: dict) -> dict:
    rules = SECURITY_GROUP_RULE.every(ctx.tx)
    rule_ids = params.get("SecurityGroupRuleIds")
    if rule_ids:
        rules = _rules_by_id(rules, rule_ids)
    rules = apply_filters(rules, params.get("Filters"), _RULE_GETTERS)
    page, token = paginate(rules, params.get("MaxResults"), params.get("NextToken"))
    return {"SecurityGroupRules": page, "NextToken": token}


def _as_permission(request: dict) -> dict:
    """A `SecurityGroupRuleRequest` as the one-peer `IpPermission` it describes."""
    permission = {key: request.get(key) for key in ("IpProtocol", "FromPort", "ToPort")}
    description = {"Description": request["Description"]} if "Description" in request else {}
    peers = 0
    for list_name, request_key, rule_key in PEER_FIELDS:
        if request.get(rule_key):
            permission[list_name] = [{request_key: request[rule_key], **description}]
            peers += 1
    if request.get("ReferencedGroupId"):
        permission["UserIdGroupPairs"] = [{"GroupId": request["ReferencedGroupId"], **description}]
        peers += 1
    if peers != 1:
        raise invalid_parameter_value(
            "You must specify exactly one of CidrIpv4, CidrIpv6, PrefixListId or ReferencedGroupId"
        )
    return permission


@action("ModifySecurityGroupRules")
def modify_security_group_rules(ctx: Context, params: dict) -> dict:
    tx = ctx.tx
    group = get_group(tx, params.get("GroupId") or "")
    rules = rules_of(tx, group)
    updates = params.get("SecurityGroupRules") or []
    olds = _rules_by_id(rules, [update.get("SecurityGroupRuleId") or "" for update in updates])
    resolve = _group_resolver(tx, group)
    replaced = {}
    for old, update in zip(olds, updates, strict=True):
        content = rules_from_permissions(
            [_as_permission(update.get("SecurityGroupRule") or {})], resolve
        )[0]
        if peer_of(content)[0] != peer_of(old)[0]:
            raise invalid_parameter_value("You cannot change the type of a security group rule")
        keep = {
            key: old[key]
            for key in (
                "SecurityGroupRuleId",
                "GroupId",
                "GroupOwnerId",
                "IsEgress",
                "Tags",
                "SecurityGroupRuleArn",
            )
        }
        replaced[old["SecurityGroupRuleId"]] = {**keep, **content}
    after = [replaced.get(rule["SecurityGroupRuleId"], rule) for rule in rules]
    seen = set()
    for rule in after:
        key = (rule["IsEgress"], identity(rule))
        if key in seen:
            raise errors.InvalidPermissionDuplicate(
                f'the specified rule "{describe_rule(rule)}" already exists',
            )
        seen.add(key)
    save_rules(tx, group, added=list(replaced.values()))
    return {"Return": True}
