"""DHCP option sets: the region's default set, creating, deleting, describing them and
associating one with a VPC."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.ids import derived_id, new_id
from ...state.store import Transaction
from ..documents import DhcpOptionsDoc, VpcDoc
from ..filters import Getter, apply_filters, fields, paginate
from ..kinds import DHCP_OPTIONS, VPC
from ..tags.tagging import specified_tags

AMAZON_DNS = "AmazonProvidedDNS"
NO_OPTIONS = "default"  # AssociateDhcpOptions' id for "no DHCP options"
# The options EC2 knows, and how many values each takes.
_MAX_VALUES = {
    "domain-name-servers": 4,
    "domain-name": 1,
    "ntp-servers": 4,
    "netbios-name-servers": 4,
    "netbios-node-type": 1,
    "ipv6-address-preferred-lease-time": 1,
}
_ADDRESS_OPTIONS = ("ntp-servers", "netbios-name-servers")
_NODE_TYPES = ("1", "2", "4", "8")
# ipv6-address-preferred-lease-time: 140 to 2147483647 seconds (EC2's user guide)
_LEASE_RANGE = (140, 2147483647)

FILTERS: dict[str, Getter] = fields(
    {
        "dhcp-options-id": "DhcpOptionsId",
        "key": "DhcpConfigurations.Key",
        "value": "DhcpConfigurations.Values.Value",
        "owner-id": "OwnerId",
    }
)


def default_id(tx: Transaction) -> str:
    """The id of the region's default set: stable per account and region."""
    return derived_id("dopt", tx.account, tx.region)


def _domain_name(region: str) -> str:
    return "ec2.internal" if region == "us-east-1" else f"{region}.compute.internal"


def _configuration(key: str, values: Sequence[str]) -> shapes.DhcpConfiguration:
    return {"Key": key, "Values": [{"Value": value} for value in values]}


def ensure_default(tx: Transaction, vpc: VpcDoc) -> None:
    """The region's default set, as EC2 makes it for an account (`domain-name` and
    `AmazonProvidedDNS`), if `vpc` points at it and it is not there yet (a new partition, or
    a data directory made before DHCP option sets were documents of their own).

    reconstructed: a VPC created after the default set was deleted gets it anew."""
    dopt_id = default_id(tx)
    if vpc.get("DhcpOptionsId") != dopt_id or DHCP_OPTIONS.stored(tx, dopt_id) is not None:
        return
    DHCP_OPTIONS.put(
        tx,
        {
            "DhcpOptionsId": dopt_id,
            "OwnerId": tx.account,
            "DhcpConfigurations": [
                _configuration("domain-name", [_domain_name(tx.region)]),
                _configuration("domain-name-servers", [AMAZON_DNS]),
            ],
            "Tags": [],
        },
    )


def _invalid_value(key: str, value: str) -> errors.EC2Error:
    # reconstructed: the wording
    return invalid_parameter_value(f"Value ({value}) for parameter {key} is invalid.")


def _check_values(key: str, values: Sequence[str]) -> None:
    if not values:
        raise invalid_parameter_value(f"Value for parameter {key} must not be empty.")
    if len(values) > _MAX_VALUES[key]:
        # reconstructed: the wording
        raise invalid_parameter_value(
            f"Too many values for parameter {key}: at most {_MAX_VALUES[key]} are allowed."
        )
    for value in values:
        if key == "domain-name-servers" and value != AMAZON_DNS or key in _ADDRESS_OPTIONS:
            try:
                ipaddress.IPv4Address(value)
            except ValueError:
                raise _invalid_value(key, value)
        elif key == "netbios-node-type" and value not in _NODE_TYPES:
            raise _invalid_value(key, value)
        elif key == "ipv6-address-preferred-lease-time" and not (
            value.isascii() and value.isdigit() and _LEASE_RANGE[0] <= int(value) <= _LEASE_RANGE[1]
        ):
            raise _invalid_value(key, value)


def create(
    tx: Transaction,
    configurations: Sequence[shapes.NewDhcpConfiguration],
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> DhcpOptionsDoc:
    """A new set: each option once, one of EC2's keys, with values of its form."""
    options: dict[str, list[str]] = {}
    for configuration in configurations:
        key = configuration.get("Key") or ""
        if key not in _MAX_VALUES:
            # reconstructed: the wording
            raise invalid_parameter_value(f"Invalid DHCP option: {key}")
        if key in options:
            # reconstructed: a key given twice is refused rather than merged
            raise invalid_parameter_value(f"Duplicate DHCP option: {key}")
        values = list(configuration.get("Values") or ())
        _check_values(key, values)
        options[key] = values
    if not options:
        raise errors.missing_parameter("dhcpConfiguration")
    tags = specified_tags(tag_specifications, DHCP_OPTIONS.name)
    doc: DhcpOptionsDoc = {
        "DhcpOptionsId": new_id("dopt"),
        "OwnerId": tx.account,
        "DhcpConfigurations": [_configuration(k, v) for k, v in options.items()],
        "Tags": tags,
    }
    DHCP_OPTIONS.put(tx, doc)
    return doc


def delete(tx: Transaction, dhcp_options_id: str) -> None:
    """Delete a set no VPC is associated with (the default set too, as EC2 allows)."""
    DHCP_OPTIONS.get(tx, dhcp_options_id)
    if any(vpc.get("DhcpOptionsId") == dhcp_options_id for vpc in VPC.every(tx)):
        raise errors.dependency_violation(
            f"The dhcpOptions '{dhcp_options_id}' has dependencies and cannot be deleted."
        )
    DHCP_OPTIONS.delete(tx, dhcp_options_id)


def describe(
    tx: Transaction,
    ids: Sequence[str] | None,
    filters: Sequence[shapes.Filter] | None,
    max_results: int | None,
    next_token: str | None,
) -> tuple[list[DhcpOptionsDoc], str | None]:
    sets = apply_filters(DHCP_OPTIONS.described(tx, ids), filters, FILTERS)
    return paginate(sets, max_results, next_token)


def associate(tx: Transaction, dhcp_options_id: str, vpc_id: str) -> None:
    """Give the VPC this set, or with `default` no set at all: EC2 then shows the VPC's
    `DhcpOptionsId` as `default` (EC2's API reference: "default to associate no DHCP options
    with the VPC"; the region's default set stays a set of its own, associated by its id)."""
    if dhcp_options_id != NO_OPTIONS:
        DHCP_OPTIONS.get(tx, dhcp_options_id)
    vpc = VPC.get(tx, vpc_id)
    VPC.put(tx, {**vpc, "DhcpOptionsId": dhcp_options_id})
