"""Network ACLs: each VPC's default ACL, ACLs of one's own, their entries (rules) and which
subnets they are associated with.

Every subnet is associated with exactly one ACL of its VPC. An ACL's document keeps the
associations made by ReplaceNetworkAclAssociation (`Associations`); a subnet no ACL names is
associated with its VPC's default ACL. That association is computed when the ACL is read
(`as_now`), so a subnet created later joins the default ACL with no step of its own, and the
association of a deleted subnet vanishes with it. Its id is derived from the subnet's id, so
it stays the same until the subnet is associated elsewhere.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.ids import derived_id, new_id
from ...state.store import Transaction
from ..documents import NetworkAclDoc, VpcDoc
from ..filters import Getter, fields
from ..kinds import NETWORK_ACL, NETWORK_ACL_ASSOCIATION, SUBNET, VPC
from ..tags.tagging import specified_tags

FIRST_RULE, LAST_RULE = 1, 32766  # 32767 and up are EC2's own (the default deny rules)
DEFAULT_RULE = 32767  # the catch-all deny rule every ACL ends with (IPv4)
DEFAULT_IPV6_RULE = 32768  # and for IPv6, in a VPC with an IPv6 block
ALLOW_ALL_RULE, ALLOW_ALL_IPV6_RULE = 100, 101  # the default ACL's allow-all rules
ALL = "-1"
TCP, UDP, ICMP, ICMPV6 = "6", "17", "1", "58"
_PROTOCOL_NAMES = {"all": ALL, "tcp": TCP, "udp": UDP, "icmp": ICMP, "icmpv6": ICMPV6}
_NAMES_OF = {number: name for name, number in _PROTOCOL_NAMES.items() if number != ALL}


@dataclass(frozen=True)
class EntryRequest:
    """A CreateNetworkAclEntry or ReplaceNetworkAclEntry request's rule."""

    rule_number: int
    egress: bool
    protocol: str
    rule_action: str
    cidr_block: str | None
    ipv6_cidr_block: str | None
    port_range: shapes.PortRange | None
    icmp_type_code: shapes.IcmpTypeCode | None


def _entry(
    rule_number: int, egress: bool, action: str, cidr: str, ipv6: bool = False
) -> shapes.NetworkAclEntry:
    """An all-protocols entry, as EC2 lists its default entries."""
    entry: shapes.NetworkAclEntry = {
        "RuleNumber": rule_number,
        "Protocol": ALL,
        "RuleAction": action,
        "Egress": egress,
    }
    if ipv6:
        entry["Ipv6CidrBlock"] = cidr
    else:
        entry["CidrBlock"] = cidr
    return entry


def _has_ipv6(vpc: VpcDoc) -> bool:
    return bool(vpc.get("Ipv6CidrBlockAssociationSet"))


def _default_entries(vpc: VpcDoc, allow: bool) -> list[shapes.NetworkAclEntry]:
    """A new ACL's entries: the deny-all rules (32767, and 32768 for IPv6); the default ACL's
    also the allow-all rules (100, and 101 for IPv6), in both directions."""
    out: list[shapes.NetworkAclEntry] = []
    for egress in (True, False):
        if allow:
            out.append(_entry(ALLOW_ALL_RULE, egress, "allow", "0.0.0.0/0"))
            if _has_ipv6(vpc):
                out.append(_entry(ALLOW_ALL_IPV6_RULE, egress, "allow", "::/0", ipv6=True))
        out.append(_entry(DEFAULT_RULE, egress, "deny", "0.0.0.0/0"))
        if _has_ipv6(vpc):
            out.append(_entry(DEFAULT_IPV6_RULE, egress, "deny", "::/0", ipv6=True))
    return out


def _acl_document(
    tx: Transaction, vpc: VpcDoc, is_default: bool, tags: Sequence[shapes.Tag]
) -> NetworkAclDoc:
    return {
        "NetworkAclId": new_id("acl"),
        "VpcId": vpc["VpcId"],
        "OwnerId": tx.account,
        "IsDefault": is_default,
        "Entries": _default_entries(vpc, allow=is_default),
        "Associations": [],
        "Tags": list(tags),
    }


# --- the default ACL (`vpc_defaults`) ------------------------------------------------------


def default_acl(tx: Transaction, vpc_id: str) -> NetworkAclDoc | None:
    for acl in NETWORK_ACL.every(tx):
        if acl["VpcId"] == vpc_id and acl["IsDefault"]:
            return acl
    return None


def ensure_default_acl(tx: Transaction, vpc: VpcDoc) -> None:
    """The VPC's default ACL, unless it has one (idempotent: the bootstrap runs it again)."""
    if default_acl(tx, vpc["VpcId"]) is None:
        NETWORK_ACL.put(tx, _acl_document(tx, vpc, True, []))


def delete_default_acl(tx: Transaction, vpc_id: str) -> None:
    acl = default_acl(tx, vpc_id)
    if acl is not None:
        NETWORK_ACL.delete(tx, acl["NetworkAclId"])


def own_acls(tx: Transaction, vpc_id: str) -> list[str]:
    """The VPC's ACLs but its default one: they keep it from being deleted."""
    return [
        acl["NetworkAclId"]
        for acl in NETWORK_ACL.every(tx)
        if acl["VpcId"] == vpc_id and not acl["IsDefault"]
    ]


# --- reading ACLs as they are now -------------------------------------------------------------


def _default_association_id(subnet_id: str) -> str:
    return derived_id("aclassoc", "default-acl", subnet_id)


def _as_now(acls: list[NetworkAclDoc], vpc_of: dict[str, str]) -> list[NetworkAclDoc]:
    """The ACLs with their associations as they are now: a stored association whose subnet
    is gone is dropped; a subnet no ACL names is in its VPC's default ACL."""
    existing = set(vpc_of)
    named: set[str] = set()
    for acl in acls:
        for association in acl.get("Associations") or ():
            named.add(association["SubnetId"])
    out: list[NetworkAclDoc] = []
    for acl in acls:
        associations = [a for a in acl.get("Associations") or () if a["SubnetId"] in existing]
        if acl["IsDefault"]:
            associations += [
                {
                    "NetworkAclAssociationId": _default_association_id(subnet_id),
                    "NetworkAclId": acl["NetworkAclId"],
                    "SubnetId": subnet_id,
                }
                for subnet_id in vpc_of
                if vpc_of[subnet_id] == acl["VpcId"] and subnet_id not in named
            ]
        out.append({**acl, "Associations": associations, "Entries": _sorted(acl["Entries"])})
    return out


def _sorted(entries: Sequence[shapes.NetworkAclEntry]) -> list[shapes.NetworkAclEntry]:
    """Egress entries first, each direction by rule number, as EC2 lists them."""
    return sorted(entries, key=lambda e: (not e["Egress"], e["RuleNumber"]))


def every_as_now(tx: Transaction) -> list[NetworkAclDoc]:
    subnets = SUBNET.every(tx)
    vpc_of = {s["SubnetId"]: s["VpcId"] for s in subnets}
    return _as_now(NETWORK_ACL.every(tx), vpc_of)


def _find(tx: Transaction, acl_id: str) -> NetworkAclDoc | None:
    for acl in every_as_now(tx):
        if acl["NetworkAclId"] == acl_id:
            return acl
    return None


def described(tx: Transaction, acl_ids: Sequence[str] | None) -> list[NetworkAclDoc]:
    """What DescribeNetworkAcls lists: the ACLs named (Malformed / NotFound), else all."""
    now = every_as_now(tx)
    if not acl_ids:
        return now
    by_id = {acl["NetworkAclId"]: acl for acl in now}
    return NETWORK_ACL.select(tx, acl_ids, by_id.get)


def _protocol_names(acl: NetworkAclDoc) -> list[str]:
    """`entry.protocol` matches a protocol's number and, for the named ones, its name."""
    out: list[str] = []
    for entry in acl["Entries"]:
        number = entry["Protocol"]
        out.append(number)
        if number in _NAMES_OF:
            out.append(_NAMES_OF[number])
        if number == ALL:
            out.append("all")
    return out


FILTERS: dict[str, Getter] = {
    **fields(
        {
            "association.association-id": "Associations.NetworkAclAssociationId",
            "association.network-acl-id": "Associations.NetworkAclId",
            "association.subnet-id": "Associations.SubnetId",
            "default": "IsDefault",
            "entry.cidr": "Entries.CidrBlock",
            "entry.egress": "Entries.Egress",
            "entry.icmp.code": "Entries.IcmpTypeCode.Code",
            "entry.icmp.type": "Entries.IcmpTypeCode.Type",
            "entry.ipv6-cidr": "Entries.Ipv6CidrBlock",
            "entry.port-range.from": "Entries.PortRange.From",
            "entry.port-range.to": "Entries.PortRange.To",
            "entry.rule-action": "Entries.RuleAction",
            "entry.rule-number": "Entries.RuleNumber",
            "network-acl-id": "NetworkAclId",
            "owner-id": "OwnerId",
            "vpc-id": "VpcId",
        }
    ),
    "entry.protocol": _protocol_names,
}


# --- CreateNetworkAcl, DeleteNetworkAcl -------------------------------------------------------


def create_network_acl(
    tx: Transaction,
    vpc_id: str,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
    client_token: str | None = None,
) -> NetworkAclDoc:
    """A new ACL of the VPC: no subnets, only the deny-all entries; a request repeating an
    earlier one's `ClientToken` answers the ACL that one made."""
    vpc = VPC.get(tx, vpc_id)
    tags = specified_tags(tag_specifications, NETWORK_ACL.name)
    made = NETWORK_ACL.made_with_token(tx, client_token)
    if made is not None:
        if made["VpcId"] != vpc_id:
            raise errors.idempotent_mismatch()
        acl = made
    else:
        acl = _acl_document(tx, vpc, False, tags)
        if client_token:
            acl["_"] = {"client_token": client_token}
        NETWORK_ACL.put(tx, acl)
    return {**acl, "Entries": _sorted(acl["Entries"])}


def delete_network_acl(tx: Transaction, acl_id: str) -> None:
    """Delete an ACL of one's own that no subnet is associated with."""
    acl = NETWORK_ACL.get(tx, acl_id, lambda i: _find(tx, i))
    if acl["IsDefault"]:
        # reconstructed: EC2 refuses to delete a VPC's default ACL with InvalidParameterValue
        # (the wording is not documented).
        raise invalid_parameter_value(f"cannot delete default network ACL {acl_id}")
    if acl["Associations"]:
        raise errors.dependency_violation(
            f"The networkAcl '{acl_id}' has dependencies and cannot be deleted."
        )
    NETWORK_ACL.delete(tx, acl_id)


# --- entries ---------------------------------------------------------------------------------


def _rule_number(rule_number: int) -> int:
    # reconstructed: EC2 documents the range (1 to 32766, 32767 and up being its own) but not
    # the wording of the error.
    if not FIRST_RULE <= rule_number <= LAST_RULE:
        raise invalid_parameter_value(
            f"Value ({rule_number}) for parameter ruleNumber is invalid. "
            f"Rule number must be between {FIRST_RULE} and {LAST_RULE}."
        )
    return rule_number


def _protocol(value: str) -> str:
    """The protocol's number as EC2 stores it: a name (tcp, udp, icmp, icmpv6, all) or a
    number 0-255; -1 is every protocol."""
    text = value.strip().lower()
    if text in _PROTOCOL_NAMES:
        return _PROTOCOL_NAMES[text]
    if text == ALL:
        return ALL
    if text.isascii() and text.isdigit() and 0 <= int(text) <= 255:
        return str(int(text))
    # reconstructed wording
    raise invalid_parameter_value(f"Invalid value '{value}' for parameter protocol")


def _cidr(value: str, parameter: str, version: int) -> str:
    """The block in canonical form (EC2 documents that 100.68.0.18/18 becomes
    100.68.0.0/18)."""
    try:
        network = ipaddress.ip_network(value, strict=False)
    except ValueError:
        network = None
    if network is None or network.version != version:
        raise invalid_parameter_value(
            f"Value ({value}) for parameter {parameter} is invalid. This is not a valid CIDR block."
        )
    return str(network)


def _port(value: int | None, member: str) -> int:
    if value is None:
        raise errors.missing_parameter(f"portRange.{member}")
    if not 0 <= value <= 65535:
        raise invalid_parameter_value(
            f"Value ({value}) for parameter portRange.{member} is invalid. "
            "Ports must be between 0 and 65535."
        )
    return value


def _new_entry(request: EntryRequest) -> shapes.NetworkAclEntry:
    """The entry a request describes, checked as EC2 checks it."""
    rule_number = _rule_number(request.rule_number)
    protocol = _protocol(request.protocol)
    if request.cidr_block is None and request.ipv6_cidr_block is None:
        # reconstructed: EC2 requires one of the two blocks
        raise errors.missing_parameter("cidrBlock or ipv6CidrBlock")
    if request.cidr_block is not None and request.ipv6_cidr_block is not None:
        raise errors.invalid_parameter_combination(
            "You may specify either an IPv4 CIDR block or an IPv6 CIDR block, but not both."
        )
    entry: shapes.NetworkAclEntry = {
        "RuleNumber": rule_number,
        "Protocol": protocol,
        "RuleAction": request.rule_action,
        "Egress": request.egress,
    }
    if request.cidr_block is not None:
        entry["CidrBlock"] = _cidr(request.cidr_block, "cidrBlock", 4)
    if request.ipv6_cidr_block is not None:
        entry["Ipv6CidrBlock"] = _cidr(request.ipv6_cidr_block, "ipv6CidrBlock", 6)
    if protocol in (TCP, UDP):
        # EC2: for TCP and UDP the port range is required; other protocols allow all ports.
        given = request.port_range
        if given is None:
            raise errors.missing_parameter("portRange")
        low, high = _port(given.get("From"), "from"), _port(given.get("To"), "to")
        if low > high:  # reconstructed wording
            raise invalid_parameter_value(
                f"Invalid port range: the from port ({low}) is greater than the to port ({high})."
            )
        entry["PortRange"] = {"From": low, "To": high}
    # EC2: ICMP needs its type and code; so does ICMPv6 with an IPv6 block (with an IPv4
    # block ICMPv6 allows every type and code).
    if protocol == ICMP or (protocol == ICMPV6 and "Ipv6CidrBlock" in entry):
        icmp = request.icmp_type_code
        if icmp is None or icmp.get("Type") is None or icmp.get("Code") is None:
            raise errors.missing_parameter("icmpTypeCode")
        entry["IcmpTypeCode"] = {"Type": icmp["Type"], "Code": icmp["Code"]}
    return entry


def _same_rule(entry: shapes.NetworkAclEntry, rule_number: int, egress: bool) -> bool:
    return entry["RuleNumber"] == rule_number and entry["Egress"] == egress


def create_entry(tx: Transaction, acl_id: str, request: EntryRequest) -> None:
    acl = NETWORK_ACL.get(tx, acl_id)
    entry = _new_entry(request)
    if any(_same_rule(e, entry["RuleNumber"], entry["Egress"]) for e in acl["Entries"]):
        raise errors.NetworkAclEntryAlreadyExists(
            f"The network acl entry identified by {entry['RuleNumber']} already exists."
        )
    NETWORK_ACL.put(tx, {**acl, "Entries": [*acl["Entries"], entry]})


def _entry_not_found(rule_number: int, egress: bool) -> errors.EC2Error:
    direction = "egress" if egress else "ingress"
    # reconstructed wording
    return errors.InvalidNetworkAclEntryNotFound(
        f"The network acl entry identified by {rule_number} ({direction}) does not exist."
    )


def replace_entry(tx: Transaction, acl_id: str, request: EntryRequest) -> None:
    acl = NETWORK_ACL.get(tx, acl_id)
    entry = _new_entry(request)
    rule_number, egress = entry["RuleNumber"], entry["Egress"]
    if not any(_same_rule(e, rule_number, egress) for e in acl["Entries"]):
        raise _entry_not_found(rule_number, egress)
    entries = [entry if _same_rule(e, rule_number, egress) else e for e in acl["Entries"]]
    NETWORK_ACL.put(tx, {**acl, "Entries": entries})


def delete_entry(tx: Transaction, acl_id: str, rule_number: int, egress: bool) -> None:
    acl = NETWORK_ACL.get(tx, acl_id)
    _rule_number(rule_number)  # the default rules (32767, 32768) cannot be deleted
    kept = [e for e in acl["Entries"] if not _same_rule(e, rule_number, egress)]
    if len(kept) == len(acl["Entries"]):
        raise _entry_not_found(rule_number, egress)
    NETWORK_ACL.put(tx, {**acl, "Entries": kept})


# --- ReplaceNetworkAclAssociation -------------------------------------------------------------


def replace_association(tx: Transaction, association_id: str, acl_id: str) -> str:
    """Move the association's subnet to another ACL of its VPC; the new association's id."""
    NETWORK_ACL_ASSOCIATION.check_ids([association_id])
    target = NETWORK_ACL.get(tx, acl_id)
    now = every_as_now(tx)
    found = [
        (acl, a)
        for acl in now
        for a in acl["Associations"]
        if a["NetworkAclAssociationId"] == association_id
    ]
    if not found:
        raise NETWORK_ACL_ASSOCIATION.not_found([association_id])
    current, association = found[0]
    subnet_id = association["SubnetId"]
    if current["VpcId"] != target["VpcId"]:
        # reconstructed: worded as EC2 words the same mismatch for route tables
        raise invalid_parameter_value(
            f"Network ACL {acl_id} and subnet {subnet_id} belong to different networks"
        )
    new_association = new_id("aclassoc")
    for acl in NETWORK_ACL.every(tx):  # the stored ones: drop the subnet's stored association
        stored = acl.get("Associations") or []
        kept = [a for a in stored if a["SubnetId"] != subnet_id]
        if acl["NetworkAclId"] == acl_id:
            kept.append(
                {
                    "NetworkAclAssociationId": new_association,
                    "NetworkAclId": acl_id,
                    "SubnetId": subnet_id,
                }
            )
        if kept != stored:
            NETWORK_ACL.put(tx, {**acl, "Associations": kept})
    return new_association
