"""Security groups and their rules in the store: lookups, creation, and keeping views in step.

A group is a `security-group` document (boto3's `SecurityGroup` shape); each of its rules is a
`security-group-rule` document (boto3's `SecurityGroupRule` shape). The group's
`IpPermissions` / `IpPermissionsEgress` are the merged view of its rules, rebuilt whenever
they change, so `DescribeSecurityGroups` reads documents as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from .errors import EC2Error
from .ids import check_ids
from .permissions import ALL, merge_into_permissions
from .store import Transaction, new_id

GROUP = "security-group"
RULE = "security-group-rule"
VPC = "vpc"
MAX_RULES_PER_DIRECTION = 60
# The group document's list of its rule ids; keys starting with `_` are never serialized.
RULE_IDS = "_RuleIds"


def arn(tx: Transaction, resource_type: str, resource_id: str) -> str:
    return f"arn:aws:ec2:{tx.region}:{tx.account}:{resource_type}/{resource_id}"


def default_vpc(tx: Transaction) -> dict | None:
    return next((vpc for vpc in tx.all(VPC) if vpc.get("IsDefault")), None)


def group_not_found(what: str) -> EC2Error:
    return EC2Error("InvalidGroup.NotFound", f"The security group '{what}' does not exist")


def name_not_found(name: str, vpc_id: str | None) -> EC2Error:
    where = f" in default VPC '{vpc_id}'" if vpc_id else ""
    return EC2Error("InvalidGroup.NotFound", f"The security group '{name}' does not exist{where}")


def get_group(tx: Transaction, group_id: str) -> dict:
    """The group with this id, or `InvalidGroupId.Malformed` / `InvalidGroup.NotFound`."""
    check_ids([group_id], "sg", "InvalidGroupId")
    group = tx.get(GROUP, group_id)
    if group is None:
        raise group_not_found(group_id)
    return group


def find_by_name(tx: Transaction, name: str, vpc_id: str | None) -> dict | None:
    for group in tx.all(GROUP):
        if group["GroupName"] == name and group.get("VpcId") == vpc_id:
            return group
    return None


def get_group_by_name_in_default_vpc(tx: Transaction, name: str) -> dict:
    vpc = default_vpc(tx)
    vpc_id = vpc["VpcId"] if vpc else None
    group = find_by_name(tx, name, vpc_id) if vpc_id else None
    if group is None:
        raise name_not_found(name, vpc_id)
    return group


def resolve_target(tx: Transaction, group_id: str | None, group_name: str | None) -> dict:
    """The group a request names by `GroupId`, or else by `GroupName` in the default VPC."""
    if group_id:
        return get_group(tx, group_id)
    if group_name:
        return get_group_by_name_in_default_vpc(tx, group_name)
    raise EC2Error(
        "MissingParameter", "The request must contain the parameter groupName or groupId"
    )


def rules_of(tx: Transaction, group: dict) -> list[dict]:
    """The group's rules, oldest first (the group document lists their ids)."""
    return [tx.get(RULE, rule_id) for rule_id in group.get(RULE_IDS, ())]


def delete_group(tx: Transaction, group: dict) -> None:
    """Remove a group and its rules (callers check that nothing depends on it)."""
    for rule in rules_of(tx, group):
        tx.delete(RULE, rule["SecurityGroupRuleId"])
    tx.delete(GROUP, group["GroupId"])


def new_rule(tx: Transaction, group: dict, content: dict, egress: bool, tags: list[dict]) -> dict:
    rule_id = new_id("sgr")
    return {
        "SecurityGroupRuleId": rule_id,
        "GroupId": group["GroupId"],
        "GroupOwnerId": group["OwnerId"],
        "IsEgress": egress,
        **content,
        "Tags": list(tags),
        "SecurityGroupRuleArn": arn(tx, RULE, rule_id),
    }


def save_rules(
    tx: Transaction, group: dict, added: Sequence[dict] = (), removed: Sequence[dict] = ()
) -> dict:
    """Store added (or replaced) rules, drop removed ones, and rebuild the group's views."""
    gone = {rule["SecurityGroupRuleId"] for rule in removed}
    for rule_id in gone:
        tx.delete(RULE, rule_id)
    rule_ids = [rule_id for rule_id in group.get(RULE_IDS, ()) if rule_id not in gone]
    for rule in added:
        tx.put(RULE, rule["SecurityGroupRuleId"], rule)
        if rule["SecurityGroupRuleId"] not in rule_ids:
            rule_ids.append(rule["SecurityGroupRuleId"])
    rules = [tx.get(RULE, rule_id) for rule_id in rule_ids]
    ingress = [rule for rule in rules if not rule["IsEgress"]]
    egress = [rule for rule in rules if rule["IsEgress"]]
    if len(ingress) > MAX_RULES_PER_DIRECTION or len(egress) > MAX_RULES_PER_DIRECTION:
        raise EC2Error(
            "RulesPerSecurityGroupLimitExceeded",
            "The maximum number of rules per security group has been reached.",
        )
    updated = dict(
        group,
        IpPermissions=merge_into_permissions(ingress),
        IpPermissionsEgress=merge_into_permissions(egress),
        **{RULE_IDS: rule_ids},
    )
    tx.put(GROUP, group["GroupId"], updated)
    return updated


def create_group(
    tx: Transaction, name: str, description: str, vpc_id: str, tags: list[dict]
) -> dict:
    """A new group with EC2's default egress rule (all traffic to 0.0.0.0/0)."""
    group_id = new_id("sg")
    group = {
        "GroupId": group_id,
        "GroupName": name,
        "Description": description,
        "OwnerId": tx.account,
        "VpcId": vpc_id,
        "IpPermissions": [],
        "IpPermissionsEgress": [],
        RULE_IDS: [],
        "Tags": list(tags),
        "SecurityGroupArn": arn(tx, GROUP, group_id),
    }
    allow_all_out = {"IpProtocol": ALL, "FromPort": -1, "ToPort": -1, "CidrIpv4": "0.0.0.0/0"}
    return save_rules(tx, group, added=[new_rule(tx, group, allow_all_out, True, [])])
