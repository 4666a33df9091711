"""A subnet's private addresses taken by network interfaces: every address of every
interface (an instance's, or one of its own), so that a new one is never handed out twice and
the subnet's `AvailableIpAddressCount` stays true as interfaces and their secondary addresses
come and go.

The subnet's counters are the ones `vpcs` keeps (`next_host`: the last host handed out in
order; `claimed`: some address was taken out of order, so handing out in order must skip
addresses in use); `vpcs` knows only instances' primary addresses, these functions know all.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from ... import errors
from ...errors import invalid_parameter_value
from ...state.store import Transaction
from ..context import Context
from ..documents import SubnetDoc
from ..instances.lookup import all_instances
from ..instances.states import name_of
from ..kinds import NETWORK_INTERFACE, SUBNET, private, with_private

FIRST_HOST = 4  # .0-.3 of a subnet are AWS's (as `vpcs` hands them out)


def addresses_in_use(ctx: Context, subnet_id: str) -> set[str]:
    """Every private address of the subnet held by an interface now."""
    used: set[str] = set()
    for instance in all_instances(ctx):
        if name_of(instance) == "terminated":
            continue
        if instance.get("SubnetId") == subnet_id and instance.get("PrivateIpAddress"):
            used.add(instance["PrivateIpAddress"])
        for interface in instance.get("NetworkInterfaces") or ():
            if interface.get("SubnetId") == subnet_id:
                used.update(
                    p["PrivateIpAddress"] for p in interface.get("PrivateIpAddresses") or ()
                )
    for doc in NETWORK_INTERFACE.every(ctx.tx):
        if doc.get("SubnetId") == subnet_id and not private(doc).get("owner"):
            used.update(p["PrivateIpAddress"] for p in doc.get("PrivateIpAddresses") or ())
    return used


def _insufficient(subnet_id: str, what: str = "private IP addresses") -> errors.EC2Error:
    return errors.InsufficientFreeAddressesInSubnet(
        f"There are not enough free addresses in subnet '{subnet_id}' to satisfy the "
        f"requested number of {what}."
    )


def allocate(
    ctx: Context, subnet: SubnetDoc, count: int, what: str = "private IP addresses"
) -> list[str]:
    """`count` unused private addresses of the subnet (its counters stored); `what` they
    are for, as EC2's refusal names it ("instances" for a launch)."""
    if count <= 0:
        return []
    subnet_id = subnet["SubnetId"]
    if subnet["AvailableIpAddressCount"] < count:
        raise _insufficient(subnet_id, what)
    network = ipaddress.IPv4Network(subnet["CidrBlock"])
    last_host = network.num_addresses - 2
    in_use = addresses_in_use(ctx, subnet_id) if private(subnet).get("claimed") else None
    host: int = private(subnet).get("next_host", FIRST_HOST - 1)
    base = int(network.network_address)
    out: list[str] = []
    wrapped = False
    while len(out) < count:
        host += 1
        if host > last_host:
            if wrapped:
                raise _insufficient(subnet_id, what)
            wrapped, host = True, FIRST_HOST - 1
            in_use = addresses_in_use(ctx, subnet_id)
            continue
        address = str(ipaddress.IPv4Address(base + host))
        if (in_use is None or address not in in_use) and address not in out:
            out.append(address)
    SUBNET.put(
        ctx.tx,
        {
            **with_private(subnet, next_host=host),
            "AvailableIpAddressCount": subnet["AvailableIpAddressCount"] - count,
        },
    )
    return out


def check_in_subnet(subnet: SubnetDoc, address: str) -> None:
    """An address a request names must be a host address of the subnet."""
    network = ipaddress.IPv4Network(subnet["CidrBlock"])
    try:
        wanted = ipaddress.IPv4Address(address)
    except ValueError:
        raise invalid_parameter_value(f"Invalid value '{address}' for privateIpAddress")
    offset = int(wanted) - int(network.network_address)
    if wanted not in network or offset < FIRST_HOST or offset > network.num_addresses - 2:
        raise invalid_parameter_value(
            f"Address {address} does not fall within the subnet's address range"
        )


def claim(ctx: Context, subnet: SubnetDoc, addresses: Iterable[str]) -> None:
    """Take these specific addresses, or answer why one cannot be had."""
    wanted = list(addresses)
    if not wanted:
        return
    if len(set(wanted)) != len(wanted):
        raise invalid_parameter_value("Duplicate private IP addresses were specified.")
    for address in wanted:
        check_in_subnet(subnet, address)
    in_use = addresses_in_use(ctx, subnet["SubnetId"])
    for address in wanted:
        if address in in_use:
            raise errors.InvalidIPAddressInUse(f"Address {address} is in use.")
    if subnet["AvailableIpAddressCount"] < len(wanted):
        raise _insufficient(subnet["SubnetId"])
    SUBNET.put(
        ctx.tx,
        {
            **with_private(subnet, claimed=True),
            "AvailableIpAddressCount": subnet["AvailableIpAddressCount"] - len(wanted),
        },
    )


def release(tx: Transaction, subnet_id: str, count: int) -> None:
    """Give the subnet back `count` addresses."""
    subnet = SUBNET.stored(tx, subnet_id)
    if subnet is not None and count:
        SUBNET.put(
            tx, {**subnet, "AvailableIpAddressCount": subnet["AvailableIpAddressCount"] + count}
        )
