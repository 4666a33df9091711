"""An Elastic IP's attributes: its reverse DNS record (the `domain-name` attribute).

EC2 checks that the domain name's forward record points at the address before it sets the
PTR record, and reports the update `PENDING` until it is done. reconstructed: localec2 has no
DNS to check, so it takes any well-formed name and sets it at once; the Modify answer still
reports the update `PENDING`, as EC2's first answer does. An address without a record of its
own is described without `PtrRecord`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.store import Transaction
from ..documents import AddressDoc
from ..kinds import ELASTIC_IP, private, with_private

_DOMAIN = re.compile(
    r"(?=.{1,253}\.?$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?"
)


def attribute(address: AddressDoc) -> shapes.AddressAttribute:
    """The address as DescribeAddressesAttribute shows it."""
    shown: shapes.AddressAttribute = {
        "PublicIp": address["PublicIp"],
        "AllocationId": address["AllocationId"],
    }
    record = private(address).get("ptr_record")
    if record:
        shown["PtrRecord"] = record
    return shown


def described(tx: Transaction, allocation_ids: Sequence[str]) -> list[shapes.AddressAttribute]:
    """The named addresses (Malformed / NotFound as EC2 answers), else every one."""
    return [attribute(a) for a in ELASTIC_IP.described(tx, allocation_ids)]


def set_domain_name(tx: Transaction, allocation_id: str, domain: str) -> shapes.AddressAttribute:
    """ModifyAddressAttribute: the address's PTR record becomes `domain`."""
    address = ELASTIC_IP.get(tx, allocation_id)
    if not _DOMAIN.fullmatch(domain):
        raise invalid_parameter_value(f"Value ({domain}) for parameter domainName is invalid.")
    record = domain if domain.endswith(".") else domain + "."
    ELASTIC_IP.put(tx, with_private(address, ptr_record=record))
    shown = attribute(address)
    shown["PtrRecordUpdate"] = {"Value": record, "Status": "PENDING"}
    return shown


def reset_domain_name(tx: Transaction, allocation_id: str) -> shapes.AddressAttribute:
    """ResetAddressAttribute: the address has no PTR record of its own any more."""
    address = ELASTIC_IP.get(tx, allocation_id)
    reset = with_private(address, ptr_record=None)
    ELASTIC_IP.put(tx, reset)
    return attribute(reset)
