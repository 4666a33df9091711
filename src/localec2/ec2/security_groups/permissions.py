"""Security group rules: validating `IpPermissions`, one rule per peer, and merging them back.

EC2 stores a security group's permissions as individual rules (`sgr-…`), each with one
protocol, one port range and one peer (an IPv4 or IPv6 CIDR, a prefix list or a security
group). Requests and `DescribeSecurityGroups` use the `IpPermission` shape, which groups
several peers under one protocol and port range; this module converts between the two.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable
from typing import TypedDict, cast

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol.shapes import (
    IpPermission,
    IpRange,
    Ipv6Range,
    PrefixListId,
    SecurityGroup,
    SecurityGroupRule,
    SecurityGroupRuleRequest,
    UserIdGroupPair,
)

ALL = "-1"
_NAMED = {"tcp": "tcp", "udp": "udp", "icmp": "icmp", "icmpv6": "icmpv6"}
_NUMBERED = {"6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6"}
_PORTED = ("tcp", "udp")
_TYPED = ("icmp", "icmpv6")
_DESCRIPTION = re.compile(r"[a-zA-Z0-9. _\-:/()#,@\[\]+=&;{}!$*]*")
MAX_DESCRIPTION = 255

# A rule's content: the members of EC2's `SecurityGroupRule` a request gives (`IpProtocol`,
# `FromPort`, `ToPort`, one peer and an optional `Description`); a stored rule adds its ids.
Rule = SecurityGroupRule
# What makes two rules of one group the same: protocol, ports and peer (see `identity`).
RuleIdentity = tuple[str, int, int, tuple[str, str]]

# Resolves a `UserIdGroupPair` of the request to the referenced group's document.
GroupResolver = Callable[[UserIdGroupPair], SecurityGroup]


def normalise_protocol(value: str | None) -> str:
    """EC2's spelling of a protocol: `tcp`, `udp`, `icmp`, `icmpv6`, `-1`, or a number."""
    if value is None:
        raise errors.missing_parameter("ipProtocol")
    text = value.strip().lower()
    if text in _NAMED:
        return _NAMED[text]
    if text in _NUMBERED:
        return _NUMBERED[text]
    if text == ALL:
        return ALL
    if text.isascii() and text.isdigit() and 0 <= int(text) <= 255:
        return str(int(text))
    raise invalid_parameter_value(f"Invalid value '{value}' for IP protocol. Unknown protocol.")


def _check_ports(protocol: str, from_port: int | None, to_port: int | None) -> tuple[int, int]:
    """The rule's (from, to) after EC2's port checks; -1/-1 where ports do not apply."""
    if protocol in _PORTED:
        if from_port is None or to_port is None:
            raise invalid_parameter_value(
                "Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange."
            )
        for port in (from_port, to_port):
            if not 0 <= port <= 65535:
                raise errors.InvalidPermissionMalformed(f"TCP/UDP port ({port}) out of range")
        if from_port > to_port:
            raise errors.InvalidPermissionMalformed(
                f"Invalid TCP/UDP port range: from port ({from_port}) is greater than "
                f"to port ({to_port})",
            )
        return from_port, to_port
    if protocol in _TYPED:
        if from_port is None and to_port is None and protocol == "icmpv6":
            return -1, -1
        if from_port is None or to_port is None:
            raise invalid_parameter_value(
                "Invalid value 'Must specify both from and to ports with ICMP.' for portRange."
            )
        if not -1 <= from_port <= 255:
            raise errors.InvalidPermissionMalformed(f"ICMP type ({from_port}) out of range")
        if not -1 <= to_port <= 255:
            raise errors.InvalidPermissionMalformed(f"ICMP code ({to_port}) out of range")
        if from_port == -1 and to_port != -1:
            raise errors.InvalidPermissionMalformed(
                f"ICMP code ({to_port}) must be -1 when the ICMP type is -1",
            )
        return from_port, to_port
    return -1, -1


def check_description(description: str | None) -> None:
    if description is None:
        return
    if len(description) > MAX_DESCRIPTION or not _DESCRIPTION.fullmatch(description):
        raise invalid_parameter_value(
            "Invalid rule description. Valid descriptions are strings less than 256 characters "
            "from the following set:  a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*"
        )


def _check_cidr(value: str | None, version: int, member: str) -> str:
    text = value or ""
    try:
        network = ipaddress.ip_network(text, strict=False)
    except ValueError:
        network = None
    if network is None or network.version != version or "/" not in text:
        kind = "IPv6 CIDR block" if version == 6 else "CIDR block"
        raise invalid_parameter_value(
            f"Value ({text}) for parameter {member} is invalid. This is not a valid {kind}."
        )
    return text


def _check_prefix_list(value: str | None) -> str:
    text = value or ""
    if not re.fullmatch(r"pl-[0-9a-f]{8,17}", text):
        raise errors.InvalidPrefixListIdMalformed(f'Invalid id: "{text}" (expecting "pl-...")')
    return text


def rules_from_permissions(
    permissions: Iterable[IpPermission], resolve_group: GroupResolver
) -> list[Rule]:
    """Validate `IpPermissions` and split them into one rule (without id) per peer.

    Every peer of a permission is read (and its group resolved) before any description is
    checked, as EC2 checks them.
    """
    rules: list[Rule] = []
    for permission in permissions:
        protocol = normalise_protocol(permission.get("IpProtocol"))
        from_port, to_port = _check_ports(
            protocol, permission.get("FromPort"), permission.get("ToPort")
        )
        peers = _peers(permission, resolve_group)
        if not peers:
            raise errors.MissingParameter(
                "The request must contain the parameter ipRanges, ipv6Ranges, groups or "
                "prefixListIds",
            )
        for peer, description in peers:
            check_description(description)
            rule: Rule = {"IpProtocol": protocol, "FromPort": from_port, "ToPort": to_port, **peer}
            if description is not None:
                rule["Description"] = description
            rules.append(rule)
    return rules


def _peers(permission: IpPermission, resolve_group: GroupResolver) -> list[tuple[Rule, str | None]]:
    """Each peer of a permission, as a rule's peer member, with its description."""
    peers: list[tuple[Rule, str | None]] = []
    for ipv4 in permission.get("IpRanges") or ():
        cidr = _check_cidr(ipv4.get("CidrIp"), 4, "cidrIp")
        peers.append(({"CidrIpv4": cidr}, ipv4.get("Description")))
    for ipv6 in permission.get("Ipv6Ranges") or ():
        cidr = _check_cidr(ipv6.get("CidrIpv6"), 6, "cidrIpv6")
        peers.append(({"CidrIpv6": cidr}, ipv6.get("Description")))
    for prefix_list in permission.get("PrefixListIds") or ():
        prefix_list_id = _check_prefix_list(prefix_list.get("PrefixListId"))
        peers.append(({"PrefixListId": prefix_list_id}, prefix_list.get("Description")))
    for pair in permission.get("UserIdGroupPairs") or ():
        group = resolve_group(pair)
        referenced: Rule = {
            "ReferencedGroupInfo": {"GroupId": group["GroupId"], "UserId": group["OwnerId"]}
        }
        peers.append((referenced, pair.get("Description")))
    return peers


def peer_of(rule: Rule) -> tuple[str, str]:
    """The (kind, value) of a rule's peer: what makes two rules of one range different."""
    if "CidrIpv4" in rule:
        return "CidrIpv4", rule["CidrIpv4"]
    if "CidrIpv6" in rule:
        return "CidrIpv6", rule["CidrIpv6"]
    if "PrefixListId" in rule:
        return "PrefixListId", rule["PrefixListId"]
    return "ReferencedGroupInfo", rule["ReferencedGroupInfo"]["GroupId"]


def identity(rule: Rule) -> RuleIdentity:
    """What EC2 compares to find a duplicate or the rule to revoke (descriptions aside)."""
    return (rule["IpProtocol"], rule["FromPort"], rule["ToPort"], peer_of(rule))


def shows_ports(protocol: str) -> bool:
    return protocol in _PORTED or protocol in _TYPED


class _Description(TypedDict, total=False):
    Description: str


def _add_peer(permission: IpPermission, rule: Rule) -> None:
    """Add the rule's peer to the permission's lists (`merge_into_permissions` made them)."""
    note: _Description = {"Description": rule["Description"]} if "Description" in rule else {}
    if "CidrIpv4" in rule:
        cast(list[IpRange], permission["IpRanges"]).append({"CidrIp": rule["CidrIpv4"], **note})
    elif "CidrIpv6" in rule:
        ipv6 = cast(list[Ipv6Range], permission["Ipv6Ranges"])
        ipv6.append({"CidrIpv6": rule["CidrIpv6"], **note})
    elif "PrefixListId" in rule:
        prefix_lists = cast(list[PrefixListId], permission["PrefixListIds"])
        prefix_lists.append({"PrefixListId": rule["PrefixListId"], **note})
    else:
        group = rule["ReferencedGroupInfo"]
        pair: UserIdGroupPair = {"GroupId": group["GroupId"], "UserId": group["UserId"]}
        if "Description" in rule:  # (a spread of `note` would need every member named)
            pair["Description"] = rule["Description"]
        cast(list[UserIdGroupPair], permission["UserIdGroupPairs"]).append(pair)


def permission_of_request(request: SecurityGroupRuleRequest) -> IpPermission:
    """A `SecurityGroupRuleRequest` (ModifySecurityGroupRules) as the one-peer `IpPermission`
    it describes."""
    permission: IpPermission = {}
    if "IpProtocol" in request:
        permission["IpProtocol"] = request["IpProtocol"]
    if "FromPort" in request:
        permission["FromPort"] = request["FromPort"]
    if "ToPort" in request:
        permission["ToPort"] = request["ToPort"]
    note: _Description = {"Description": request["Description"]} if "Description" in request else {}
    peers: list[IpPermission] = []
    if request.get("CidrIpv4"):
        peers.append({"IpRanges": [{"CidrIp": request["CidrIpv4"], **note}]})
    if request.get("CidrIpv6"):
        peers.append({"Ipv6Ranges": [{"CidrIpv6": request["CidrIpv6"], **note}]})
    if request.get("PrefixListId"):
        peers.append({"PrefixListIds": [{"PrefixListId": request["PrefixListId"], **note}]})
    if request.get("ReferencedGroupId"):
        pair: UserIdGroupPair = {"GroupId": request["ReferencedGroupId"]}
        if "Description" in request:
            pair["Description"] = request["Description"]
        peers.append({"UserIdGroupPairs": [pair]})
    if len(peers) != 1:
        raise invalid_parameter_value(
            "You must specify exactly one of CidrIpv4, CidrIpv6, PrefixListId or ReferencedGroupId"
        )
    return {**permission, **peers[0]}


def merge_into_permissions(rules: Iterable[Rule]) -> list[IpPermission]:
    """EC2's `IpPermissions` view: rules sharing protocol and ports become one permission.

    Rebuilt on every change to a group's rules, so kept to plain dicts: the lists made here
    are the permission's own (hence the casts from the shape's read-only `Sequence`s)."""
    merged: dict[tuple[str, int, int], IpPermission] = {}
    for rule in rules:
        protocol = rule["IpProtocol"]
        key = (protocol, rule["FromPort"], rule["ToPort"])
        permission = merged.get(key)
        if permission is None:
            permission = {"IpProtocol": protocol}
            if shows_ports(protocol):
                permission["FromPort"] = key[1]
                permission["ToPort"] = key[2]
            permission["UserIdGroupPairs"] = []
            permission["IpRanges"] = []
            permission["Ipv6Ranges"] = []
            permission["PrefixListIds"] = []
            merged[key] = permission
        _add_peer(permission, rule)
    return list(merged.values())


def describe_rule(rule: Rule) -> str:
    """The rule as EC2 names it in `InvalidPermission.Duplicate` messages."""
    protocol = rule["IpProtocol"]
    parts = [f"peer: {peer_of(rule)[1]}", "ALL" if protocol == ALL else protocol.upper()]
    if protocol in _PORTED:
        parts += [f"from port: {rule['FromPort']}", f"to port: {rule['ToPort']}"]
    elif protocol in _TYPED:
        parts += [f"type: {rule['FromPort']}", f"code: {rule['ToPort']}"]
    return ", ".join(parts + ["ALLOW"])
