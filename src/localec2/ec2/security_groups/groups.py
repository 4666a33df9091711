"""Security groups and their rules in the store: lookups, creation, and keeping views in step.

A group is a `security-group` document (boto3's `SecurityGroup` shape); each of its rules is a
`security-group-rule` document (boto3's `SecurityGroupRule` shape). The group's
`IpPermissions` / `IpPermissionsEgress` are the merged view of its rules, rebuilt whenever
they change, so `DescribeSecurityGroups` reads documents as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...errors import EC2Error
from ...protocol.shapes import Tag
from ...state.ids import new_id
from ...state.store import Transaction
from ..documents import SecurityGroupDoc, SecurityGroupRuleDoc, VpcDoc
from ..kinds import SECURITY_GROUP, SECURITY_GROUP_RULE, VPC, private, with_private
from .permissions import ALL, Rule, merge_into_permissions

MAX_RULES_PER_DIRECTION = 60


def default_vpc(tx: Transaction) -> VpcDoc | None:
    return next((vpc for vpc in VPC.every(tx) if vpc.get("IsDefault")), None)


def group_not_found(what: str) -> EC2Error:
    return SECURITY_GROUP.not_found([what])


def name_not_found(name: str, vpc_id: str | None) -> EC2Error:
    where = f" in default VPC '{vpc_id}'" if vpc_id else ""
    return errors.InvalidGroupNotFound(f"The security group '{name}' does not exist{where}")


def get_group(tx: Transaction, group_id: str) -> SecurityGroupDoc:
    """The group with this id, or `InvalidGroupId.Malformed` / `InvalidGroup.NotFound`."""
    return SECURITY_GROUP.get(tx, group_id)


def find_by_name(tx: Transaction, name: str, vpc_id: str | None) -> SecurityGroupDoc | None:
    for group in SECURITY_GROUP.every(tx):
        if group["GroupName"] == name and group.get("VpcId") == vpc_id:
            return group
    return None


def get_group_by_name_in_default_vpc(tx: Transaction, name: str) -> SecurityGroupDoc:
    vpc = default_vpc(tx)
    vpc_id = vpc["VpcId"] if vpc else None
    group = find_by_name(tx, name, vpc_id) if vpc_id else None
    if group is None:
        raise name_not_found(name, vpc_id)
    return group


def resolve_target(
    tx: Transaction, group_id: str | None, group_name: str | None
) -> SecurityGroupDoc:
    """The group a request names by `GroupId`, or else by `GroupName` in the default VPC."""
    if group_id:
        return get_group(tx, group_id)
    if group_name:
        return get_group_by_name_in_default_vpc(tx, group_name)
    raise errors.missing_parameter("groupName or groupId")


def rules_of(tx: Transaction, group: SecurityGroupDoc) -> list[SecurityGroupRuleDoc]:
    """The group's rules, oldest first (the group document lists their ids)."""
    rules = (
        SECURITY_GROUP_RULE.stored(tx, rule_id) for rule_id in private(group).get("rule_ids", ())
    )
    return [rule for rule in rules if rule is not None]


def delete_group(tx: Transaction, group: SecurityGroupDoc) -> None:
    """Remove a group and its rules (callers check that nothing depends on it)."""
    for rule in rules_of(tx, group):
        SECURITY_GROUP_RULE.delete(tx, rule["SecurityGroupRuleId"])
    SECURITY_GROUP.delete(tx, group["GroupId"])


def new_rule(
    tx: Transaction, group: SecurityGroupDoc, content: Rule, egress: bool, tags: Sequence[Tag]
) -> SecurityGroupRuleDoc:
    """A rule of the group with this content (`permissions.Rule`), not yet stored."""
    rule_id = new_id("sgr")
    return {
        "SecurityGroupRuleId": rule_id,
        "GroupId": group["GroupId"],
        "GroupOwnerId": group["OwnerId"],
        "IsEgress": egress,
        **content,
        "Tags": list(tags),
        "SecurityGroupRuleArn": SECURITY_GROUP_RULE.arn(tx, rule_id),
    }


def _over_quota(rules: Sequence[SecurityGroupRuleDoc]) -> bool:
    """Whether one direction's rules exceed EC2's default quota, counted as EC2 counts it
    (Amazon VPC quotas, "Inbound or outbound rules per security group"): 60 for IPv4 and
    60 for IPv6, apart; a rule naming a security group or a prefix list counts once in
    each. (A prefix list counts as its maximum number of entries in EC2; localec2 has no
    managed prefix lists, so one.)"""
    ipv4 = sum(1 for rule in rules if "CidrIpv6" not in rule)
    ipv6 = sum(1 for rule in rules if "CidrIpv4" not in rule)
    return ipv4 > MAX_RULES_PER_DIRECTION or ipv6 > MAX_RULES_PER_DIRECTION


def save_rules(
    tx: Transaction,
    group: SecurityGroupDoc,
    added: Sequence[SecurityGroupRuleDoc] = (),
    removed: Sequence[SecurityGroupRuleDoc] = (),
) -> SecurityGroupDoc:
    """Store added (or replaced) rules, drop removed ones, and rebuild the group's views."""
    gone = {rule["SecurityGroupRuleId"] for rule in removed}
    for rule_id in gone:
        SECURITY_GROUP_RULE.delete(tx, rule_id)
    rule_ids = [rule_id for rule_id in private(group).get("rule_ids", ()) if rule_id not in gone]
    for rule in added:
        SECURITY_GROUP_RULE.put(tx, rule)
        if rule["SecurityGroupRuleId"] not in rule_ids:
            rule_ids.append(rule["SecurityGroupRuleId"])
    rules = [SECURITY_GROUP_RULE.stored(tx, rule_id) for rule_id in rule_ids]
    ingress = [rule for rule in rules if rule is not None and not rule["IsEgress"]]
    egress = [rule for rule in rules if rule is not None and rule["IsEgress"]]
    if _over_quota(ingress) or _over_quota(egress):
        raise errors.RulesPerSecurityGroupLimitExceeded(
            "The maximum number of rules per security group has been reached.",
        )
    updated: SecurityGroupDoc = {
        **with_private(group, rule_ids=rule_ids),
        "IpPermissions": merge_into_permissions(ingress),
        "IpPermissionsEgress": merge_into_permissions(egress),
    }
    SECURITY_GROUP.put(tx, updated)
    return updated


def create_group(
    tx: Transaction, name: str, description: str, vpc_id: str, tags: Sequence[Tag]
) -> SecurityGroupDoc:
    """A new group with EC2's default egress rule (all traffic to 0.0.0.0/0)."""
    group_id = new_id("sg")
    group: SecurityGroupDoc = {
        "GroupId": group_id,
        "GroupName": name,
        "Description": description,
        "OwnerId": tx.account,
        "VpcId": vpc_id,
        "IpPermissions": [],
        "IpPermissionsEgress": [],
        "Tags": list(tags),
        "SecurityGroupArn": SECURITY_GROUP.arn(tx, group_id),
    }
    allow_all_out: Rule = {"IpProtocol": ALL, "FromPort": -1, "ToPort": -1, "CidrIpv4": "0.0.0.0/0"}
    return save_rules(tx, group, added=[new_rule(tx, group, allow_all_out, True, [])])


def create_default_security_group(tx: Transaction, vpc_id: str) -> SecurityGroupDoc:
    """The VPC's `default` group: all traffic in from itself, all traffic out."""
    group = create_group(tx, "default", "default VPC security group", vpc_id, [])
    from_itself: Rule = {
        "IpProtocol": ALL,
        "FromPort": -1,
        "ToPort": -1,
        "ReferencedGroupInfo": {"GroupId": group["GroupId"], "UserId": group["OwnerId"]},
    }
    return save_rules(tx, group, added=[new_rule(tx, group, from_itself, False, [])])
