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

from .. import errors
from ..errors import invalid_parameter_value

ALL = "-1"
_NAMED = {"tcp": "tcp", "udp": "udp", "icmp": "icmp", "icmpv6": "icmpv6"}
_NUMBERED = {"6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6"}
_PORTED = ("tcp", "udp")
_TYPED = ("icmp", "icmpv6")
_DESCRIPTION = re.compile(r"[a-zA-Z0-9. _\-:/()#,@\[\]+=&;{}!$*]*")
MAX_DESCRIPTION = 255

# A rule's peer: which `IpPermission` list it lives in, and the key naming it there.
PEER_FIELDS = (
    ("IpRanges", "CidrIp", "CidrIpv4"),
    ("Ipv6Ranges", "CidrIpv6", "CidrIpv6"),
    ("PrefixListIds", "PrefixListId", "PrefixListId"),
)

# Resolves a `UserIdGroupPair` of the request to the referenced group's document.
GroupResolver = Callable[[dict], dict]


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


def rules_from_permissions(permissions: Iterable[dict], resolve_group: GroupResolver) -> list[dict]:
    """Validate `IpPermissions` and split them into one rule (without id) per peer.

    A rule here is the content of EC2's `SecurityGroupRule`: `IpProtocol`, `FromPort`,
    `ToPort`, exactly one peer (`CidrIpv4`, `CidrIpv6`, `PrefixListId` or
    `ReferencedGroupInfo`) and an optional `Description`.
    """
    rules = []
    for permission in permissions:
        protocol = normalise_protocol(permission.get("IpProtocol"))
        from_port, to_port = _check_ports(
            protocol, permission.get("FromPort"), permission.get("ToPort")
        )
        base = {"IpProtocol": protocol, "FromPort": from_port, "ToPort": to_port}
        peers: list[dict] = []
        for list_name, request_key, rule_key in PEER_FIELDS:
            for item in permission.get(list_name) or ():
                value = item.get(request_key)
                if rule_key == "CidrIpv4":
                    value = _check_cidr(value, 4, "cidrIp")
                elif rule_key == "CidrIpv6":
                    value = _check_cidr(value, 6, "cidrIpv6")
                else:
                    value = _check_prefix_list(value)
                peers.append({rule_key: value, "Description": item.get("Description")})
        for pair in permission.get("UserIdGroupPairs") or ():
            group = resolve_group(pair)
            peers.append(
                {
                    "ReferencedGroupInfo": {
                        "GroupId": group["GroupId"],
                        "UserId": group["OwnerId"],
                    },
                    "Description": pair.get("Description"),
                }
            )
        if not peers:
            raise errors.MissingParameter(
                "The request must contain the parameter ipRanges, ipv6Ranges, groups or "
                "prefixListIds",
            )
        for peer in peers:
            check_description(peer["Description"])
            rule = dict(base, **peer)
            if rule["Description"] is None:
                del rule["Description"]
            rules.append(rule)
    return rules


def peer_of(rule: dict) -> tuple[str, str]:
    """The (kind, value) of a rule's peer: what makes two rules of one range different."""
    for _, _, rule_key in PEER_FIELDS:
        if rule_key in rule:
            return rule_key, rule[rule_key]
    return "ReferencedGroupInfo", rule["ReferencedGroupInfo"]["GroupId"]


def identity(rule: dict) -> tuple:
    """What EC2 compares to find a duplicate or the rule to revoke (descriptions aside)."""
    return (rule["IpProtocol"], rule["FromPort"], rule["ToPort"], peer_of(rule))


def shows_ports(protocol: str) -> bool:
    return protocol in _PORTED or protocol in _TYPED


def merge_into_permissions(rules: Iterable[dict]) -> list[dict]:
    """EC2's `IpPermissions` view: rules sharing protocol and ports become one permission."""
    merged: dict[tuple, dict] = {}
    for rule in rules:
        protocol = rule["IpProtocol"]
        key = (protocol, rule["FromPort"], rule["ToPort"])
        permission = merged.get(key)
        if permission is None:
            permission = {"IpProtocol": protocol}
            if shows_ports(protocol):
                permission["FromPort"] = rule["FromPort"]
                permission["ToPort"] = rule["ToPort"]
            permission.update(UserIdGroupPairs=[], IpRanges=[], Ipv6Ranges=[], PrefixListIds=[])
            merged[key] = permission
        _add_peer(permission, rule)
    return list(merged.values())


def _add_peer(permission: dict, rule: dict) -> None:
    description = {"Description": rule["Description"]} if "Description" in rule else {}
    for list_name, request_key, rule_key in PEER_FIELDS:
        if rule_key in rule:
            permission[list_name].append({request_key: rule[rule_key], **description})
            return
    group = rule["ReferencedGroupInfo"]
    permission["UserIdGroupPairs"].append(
        {"GroupId": group["GroupId"], "UserId": group["UserId"], **description}
    )


def describe_rule(rule: dict) -> str:
    """The rule as EC2 names it in `InvalidPermission.Duplicate` messages."""
    protocol = rule["IpProtocol"]
    parts = [f"peer: {peer_of(rule)[1]}", "ALL" if protocol == ALL else protocol.upper()]
    if protocol in _PORTED:
        parts += [f"from port: {rule['FromPort']}", f"to port: {rule['ToPort']}"]
    elif protocol in _TYPED:
        parts += [f"type: {rule['FromPort']}", f"code: {rule['ToPort']}"]
    return ", ".join(parts + ["ALLOW"])
