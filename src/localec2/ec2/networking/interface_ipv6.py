"""A network interface's IPv6 addresses: AssignIpv6Addresses and UnassignIpv6Addresses, from
the IPv6 block of the interface's subnet (`cidr_blocks` associates one with a subnet)."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ..context import Context
from ..documents import NetworkInterfaceDoc
from ..kinds import SUBNET
from . import interfaces


def _subnet_block(ctx: Context, view: NetworkInterfaceDoc) -> ipaddress.IPv6Network:
    """The subnet's associated IPv6 block, or EC2's refusal when it has none."""
    subnet = SUBNET.get(ctx.tx, view["SubnetId"])
    for association in subnet.get("Ipv6CidrBlockAssociationSet") or ():
        if (association.get("Ipv6CidrBlockState") or {}).get("State") == "associated":
            return ipaddress.IPv6Network(association["Ipv6CidrBlock"])
    # reconstructed: the code and wording of EC2's refusal for a subnet without IPv6
    raise invalid_parameter_value(
        f"The subnet {view['SubnetId']} does not have an IPv6 CIDR block associated."
    )


def _in_use(ctx: Context, subnet_id: str) -> set[str]:
    return {
        entry["Ipv6Address"]
        for view in interfaces.all_interfaces(ctx)
        if view.get("SubnetId") == subnet_id
        for entry in view.get("Ipv6Addresses") or ()
    }


def _canonical(address: str) -> str:
    try:
        return str(ipaddress.IPv6Address(address))
    except ValueError:
        raise invalid_parameter_value(f"Invalid value '{address}' for ipv6Addresses")


def assign(
    ctx: Context, interface_id: str, addresses: Sequence[str], count: int | None
) -> list[str]:
    """Give the interface these IPv6 addresses of its subnet's block, or `count` free ones."""
    view = interfaces.get(ctx, interface_id)
    if addresses and count is not None:
        raise invalid_parameter_combination(
            "The parameters 'ipv6Addresses' and 'ipv6AddressCount' cannot be specified together."
        )
    if not addresses and count is None:
        raise errors.missing_parameter("ipv6Addresses or ipv6AddressCount")
    if count is not None and count < 1:
        raise invalid_parameter_value(
            f"Value ({count}) for parameter ipv6AddressCount is invalid. "
            "Expected a positive integer."
        )
    block = _subnet_block(ctx, view)
    used = _in_use(ctx, view["SubnetId"])
    new: list[str] = []
    for address in addresses:
        wanted = _canonical(address)
        if ipaddress.IPv6Address(wanted) not in block:
            raise invalid_parameter_value(
                f"Address {address} does not fall within the subnet's address range"
            )
        if wanted in used or wanted in new:
            raise errors.InvalidIPAddressInUse(f"Address {address} is in use.")
        new.append(wanted)
    base = int(block.network_address)
    while len(new) < (count or 0):
        # EC2 picks an interface's IPv6 addresses at random in the subnet's /64
        host = int.from_bytes(os.urandom(8)) % (block.num_addresses - 4) + 4
        candidate = str(ipaddress.IPv6Address(base + host))
        if candidate not in used and candidate not in new:
            new.append(candidate)
    held = list(view.get("Ipv6Addresses") or [])
    held += [{"Ipv6Address": a} for a in new]
    interfaces.store(ctx, {**view, "Ipv6Addresses": held})
    return new


def unassign(ctx: Context, interface_id: str, addresses: Sequence[str]) -> list[str]:
    """Take IPv6 addresses off the interface; each must be one of its own."""
    view = interfaces.get(ctx, interface_id)
    if not addresses:
        raise errors.missing_parameter("ipv6Addresses")
    held = list(view.get("Ipv6Addresses") or [])
    own = {entry["Ipv6Address"] for entry in held}
    wanted = [_canonical(a) for a in addresses]
    missing = [a for a, c in zip(addresses, wanted, strict=True) if c not in own]
    if missing:
        # reconstructed: the wording of EC2's refusal of an address the interface lacks
        raise invalid_parameter_value(
            f"Some of the specified addresses are not assigned to interface {interface_id}"
        )
    kept = [entry for entry in held if entry["Ipv6Address"] not in wanted]
    interfaces.store(ctx, {**view, "Ipv6Addresses": kept})
    return wanted


def refuse_prefixes() -> None:
    """Prefix delegation (IPv4 or IPv6 prefixes) is not something localec2 does."""
    raise invalid_parameter_value("localec2 assigns IP addresses, not IP prefixes")


def create(
    ctx: Context,
    new: interfaces.NewInterface,
    addresses: Sequence[str],
    count: int | None,
) -> NetworkInterfaceDoc:
    """CreateNetworkInterface: a new interface (`interfaces.create`) with the IPv6 addresses
    asked for (`Ipv6Addresses` or `Ipv6AddressCount`), if any."""
    created = interfaces.create(ctx, new)
    if not addresses and not count:
        if count is not None:
            raise invalid_parameter_value(
                f"Value ({count}) for parameter ipv6AddressCount is invalid. "
                "Expected a positive integer."
            )
        return created
    assign(ctx, created["NetworkInterfaceId"], addresses, count)
    return interfaces.get(ctx, created["NetworkInterfaceId"])
