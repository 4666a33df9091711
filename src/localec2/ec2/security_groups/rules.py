"""Authorizing, revoking and modifying a security group's rules, and selecting them by id.

A request is all-or-nothing: every rule is validated and checked for duplicates before any
is stored. Rules are compared by protocol, ports and peer; descriptions do not count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol.shapes import (
    IpPermission,
    RevokedSecurityGroupRule,
    SecurityGroup,
    SecurityGroupRuleDescription,
    SecurityGroupRuleUpdate,
    TagSpecification,
    UserIdGroupPair,
)
from ...state.store import Transaction
from ..documents import SecurityGroupDoc, SecurityGroupRuleDoc
from ..kinds import SECURITY_GROUP_RULE
from ..tags.tagging import specified_tags
from .groups import (
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
from .permissions import (
    GroupResolver,
    Rule,
    RuleIdentity,
    check_description,
    describe_rule,
    identity,
    merge_into_permissions,
    peer_of,
    permission_of_request,
    rules_from_permissions,
)

# What a source group alone grants, as EC2 does for the flat form in a default VPC.
_WHOLE_GROUP = (("tcp", 0, 65535), ("udp", 0, 65535), ("icmp", -1, -1))


@dataclass(frozen=True)
class FlatPermission:
    """The flat parameters that name one permission without `IpPermissions` (EC2's first
    form of Authorize/RevokeSecurityGroupIngress); None where a parameter is not given."""

    ip_protocol: str | None = None
    from_port: int | None = None
    to_port: int | None = None
    cidr_ip: str | None = None
    source_group_name: str | None = None
    source_group_owner_id: str | None = None

    def given(self) -> list[str]:
        """The request parameters given, by their names."""
        named = (
            ("IpProtocol", self.ip_protocol),
            ("FromPort", self.from_port),
            ("ToPort", self.to_port),
            ("CidrIp", self.cidr_ip),
            ("SourceSecurityGroupName", self.source_group_name),
            ("SourceSecurityGroupOwnerId", self.source_group_owner_id),
        )
        return [name for name, value in named if value is not None]

    def permissions(self) -> list[IpPermission]:
        """The `IpPermissions` equivalent: a source group alone grants what `_WHOLE_GROUP`
        lists."""
        protocol, cidr, source = self.ip_protocol, self.cidr_ip, self.source_group_name
        peers: IpPermission
        if source:
            if cidr:
                raise invalid_parameter_combination(
                    "The parameter cidrIp cannot be used with the parameter sourceSecurityGroupName"
                )
            pair: UserIdGroupPair = {"GroupName": source}
            if self.source_group_owner_id:
                pair["UserId"] = self.source_group_owner_id
            if protocol is None:
                return [
                    {"IpProtocol": p, "FromPort": f, "ToPort": t, "UserIdGroupPairs": [pair]}
                    for p, f, t in _WHOLE_GROUP
                ]
            peers = {"UserIdGroupPairs": [pair]}
        elif protocol is None:
            if cidr or self.from_port is not None or self.to_port is not None:
                raise errors.missing_parameter("ipProtocol")
            return []
        else:
            peers = {"IpRanges": [{"CidrIp": cidr}] if cidr else []}
        permission: IpPermission = {"IpProtocol": protocol, **peers}
        if self.from_port is not None:
            permission["FromPort"] = self.from_port
        if self.to_port is not None:
            permission["ToPort"] = self.to_port
        return [permission]


def _requested(
    permissions: Sequence[IpPermission], flat: FlatPermission, egress: bool
) -> list[IpPermission]:
    if egress:
        used = flat.given()
        if used:
            raise invalid_parameter_value(
                f"The parameter {used[0]} is not supported for egress rules; "
                "use ipPermissions instead"
            )
        return list(permissions)
    return [*permissions, *flat.permissions()]


def _group_resolver(tx: Transaction, target: SecurityGroupDoc) -> GroupResolver:
    """Resolves a request's `UserIdGroupPair` to the referenced group in this account."""
    vpc = default_vpc(tx)
    in_default_vpc = vpc is not None and vpc["VpcId"] == target.get("VpcId")

    def resolve(pair: UserIdGroupPair) -> SecurityGroup:
        user = pair.get("UserId")
        group_id, name = pair.get("GroupId"), pair.get("GroupName")
        if group_id:
            group = get_group(tx, group_id)
        elif name:
            found = find_by_name(tx, name, target.get("VpcId"))
            if found is None or (user and user != tx.account):
                if in_default_vpc:
                    raise name_not_found(name, target.get("VpcId"))
                raise group_not_found(name)
            group = found
        else:
            raise errors.missing_parameter("groupId")
        if user and user != tx.account:
            raise group_not_found(group_id or name or "")
        if group.get("VpcId") != target.get("VpcId"):
            raise errors.InvalidGroupNotFound(
                "You have specified two resources that belong to different networks.",
            )
        return group

    return resolve


def authorize(
    tx: Transaction,
    group_id: str | None,
    group_name: str | None,
    permissions: Sequence[IpPermission],
    flat: FlatPermission,
    tag_specifications: Sequence[TagSpecification] | None,
    *,
    egress: bool,
) -> list[SecurityGroupRuleDoc]:
    """Add the requested rules to the group (by id, or for ingress by name in the default
    VPC), each new; the rules added."""
    group = resolve_target(tx, group_id, group_name)
    requested = _requested(permissions, flat, egress)
    if not requested:
        raise errors.missing_parameter("ipPermissions")
    contents = rules_from_permissions(requested, _group_resolver(tx, group))
    taken = {identity(rule) for rule in rules_of(tx, group) if rule["IsEgress"] == egress}
    for content in contents:
        key = identity(content)
        if key in taken:
            raise errors.InvalidPermissionDuplicate(
                f'the specified rule "{describe_rule(content)}" already exists',
            )
        taken.add(key)
    tags = specified_tags(tag_specifications, SECURITY_GROUP_RULE.name)
    added = [new_rule(tx, group, content, egress, tags) for content in contents]
    save_rules(tx, group, added=added)
    return added


def pick_rules(
    rules: Sequence[SecurityGroupRuleDoc], rule_ids: Sequence[str]
) -> list[SecurityGroupRuleDoc]:
    """The rules with these ids, one per id asked, from `rules`; Malformed / NotFound."""
    SECURITY_GROUP_RULE.check_ids(rule_ids)
    by_id = {rule["SecurityGroupRuleId"]: rule for rule in rules}
    missing = [rule_id for rule_id in rule_ids if rule_id not in by_id]
    if missing:
        raise SECURITY_GROUP_RULE.not_found(missing)
    return [by_id[rule_id] for rule_id in rule_ids]


def rules_to_describe(tx: Transaction, rule_ids: Sequence[str]) -> list[SecurityGroupRuleDoc]:
    """The rules with these ids (each must exist), else every rule."""
    every = SECURITY_GROUP_RULE.every(tx)
    return pick_rules(every, rule_ids) if rule_ids else every


@dataclass(frozen=True)
class Revoked:
    rules: list[SecurityGroupRuleDoc]  # the rules removed
    unknown: list[IpPermission]  # what matched no rule (in a default VPC's group)


def revoke(
    tx: Transaction,
    group_id: str | None,
    group_name: str | None,
    rule_ids: Sequence[str],
    permissions: Sequence[IpPermission],
    flat: FlatPermission,
    *,
    egress: bool,
) -> Revoked:
    """Remove the rules named by id or by content. A rule that does not exist is an error,
    except in a group of the default VPC, where EC2 reports it back (`unknown`)."""
    group = resolve_target(tx, group_id, group_name)
    existing = [rule for rule in rules_of(tx, group) if rule["IsEgress"] == egress]
    requested = _requested(permissions, flat, egress)
    if not rule_ids and not requested:
        raise errors.missing_parameter("ipPermissions")
    removed = {rule["SecurityGroupRuleId"]: rule for rule in pick_rules(existing, rule_ids)}
    by_identity = {identity(rule): rule for rule in existing}
    unknown: list[Rule] = []
    for content in rules_from_permissions(requested, _group_resolver(tx, group)):
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
    return Revoked(list(removed.values()), merge_into_permissions(unknown))


def as_revoked(rule: SecurityGroupRuleDoc) -> RevokedSecurityGroupRule:
    """A removed rule as EC2 reports it (`RevokedSecurityGroupRule`: its peer flattened)."""
    out: RevokedSecurityGroupRule = {
        "SecurityGroupRuleId": rule["SecurityGroupRuleId"],
        "GroupId": rule["GroupId"],
        "IsEgress": rule["IsEgress"],
        "IpProtocol": rule["IpProtocol"],
        "FromPort": rule["FromPort"],
        "ToPort": rule["ToPort"],
    }
    if "Description" in rule:
        out["Description"] = rule["Description"]
    kind, value = peer_of(rule)
    if kind == "CidrIpv4":
        out["CidrIpv4"] = value
    elif kind == "CidrIpv6":
        out["CidrIpv6"] = value
    elif kind == "PrefixListId":
        out["PrefixListId"] = value
    else:
        out["ReferencedGroupId"] = value
    return out


def modify_rules(
    tx: Transaction, group_id: str, updates: Sequence[SecurityGroupRuleUpdate]
) -> None:
    """Replace each named rule's content (not its kind of peer), keeping its ids and tags."""
    group = get_group(tx, group_id)
    rules = rules_of(tx, group)
    olds = pick_rules(rules, [update["SecurityGroupRuleId"] for update in updates])
    resolve = _group_resolver(tx, group)
    replaced: dict[str, SecurityGroupRuleDoc] = {}
    for old, update in zip(olds, updates, strict=True):
        content = rules_from_permissions(
            [permission_of_request(update.get("SecurityGroupRule") or {})], resolve
        )[0]
        if peer_of(content)[0] != peer_of(old)[0]:
            raise invalid_parameter_value("You cannot change the type of a security group rule")
        replaced[old["SecurityGroupRuleId"]] = {
            "SecurityGroupRuleId": old["SecurityGroupRuleId"],
            "GroupId": old["GroupId"],
            "GroupOwnerId": old["GroupOwnerId"],
            "IsEgress": old["IsEgress"],
            "Tags": old["Tags"],
            "SecurityGroupRuleArn": old["SecurityGroupRuleArn"],
            **content,
        }
    after = [replaced.get(rule["SecurityGroupRuleId"], rule) for rule in rules]
    seen: set[tuple[bool, RuleIdentity]] = set()
    for rule in after:
        key = (rule["IsEgress"], identity(rule))
        if key in seen:
            raise errors.InvalidPermissionDuplicate(
                f'the specified rule "{describe_rule(rule)}" already exists',
            )
        seen.add(key)
    save_rules(tx, group, added=list(replaced.values()))


def update_descriptions(
    tx: Transaction,
    group_id: str | None,
    group_name: str | None,
    permissions: Sequence[IpPermission],
    by_rule_id: Sequence[SecurityGroupRuleDescription],
    *,
    egress: bool,
) -> None:
    """UpdateSecurityGroupRuleDescriptionsIngress/Egress: set (or, without one, remove) the
    description of existing rules of one direction, named by content (`IpPermissions`, each
    peer's description) or by id. Nothing else of a rule changes; a rule that does not exist
    is an error and the whole request changes nothing."""
    group = resolve_target(tx, group_id, group_name)
    if not permissions and not by_rule_id:
        # reconstructed: EC2's reference says only "You must specify either IP permissions
        # or a description"; the code and wording here follow its other MissingParameter
        # answers.
        raise errors.missing_parameter("ipPermissions or securityGroupRuleDescriptions")
    existing = [rule for rule in rules_of(tx, group) if rule["IsEgress"] == egress]
    # reconstructed: with both forms in one request, both are applied.
    wanted: dict[str, str | None] = {}
    by_identity = {identity(rule): rule for rule in existing}
    for content in rules_from_permissions(permissions, _group_resolver(tx, group)):
        match = by_identity.get(identity(content))
        if match is None:
            raise errors.InvalidPermissionNotFound(
                "The specified rule does not exist in this security group.",
            )
        wanted[match["SecurityGroupRuleId"]] = content.get("Description")
    for item in by_rule_id:
        check_description(item.get("Description"))
    picked = pick_rules(existing, [item.get("SecurityGroupRuleId") or "" for item in by_rule_id])
    for rule, item in zip(picked, by_rule_id, strict=True):
        wanted[rule["SecurityGroupRuleId"]] = item.get("Description")
    changed: list[SecurityGroupRuleDoc] = []
    for rule in existing:
        if rule["SecurityGroupRuleId"] not in wanted:
            continue
        description = wanted[rule["SecurityGroupRuleId"]]
        updated: SecurityGroupRuleDoc = {**rule}
        updated.pop("Description", None)
        if description is not None:
            updated["Description"] = description
        changed.append(updated)
    save_rules(tx, group, added=changed)
