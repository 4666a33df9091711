"""An instance's addresses, DNS names and primary network interface, as EC2 forms them.

An instance's public address is either one EC2 assigned (owner `amazon`: it goes when the
instance stops) or an Elastic IP (owner: the account; it stays across stop and start). An
instance with an Elastic IP records its allocation id in its private `elastic_ip`, and in
`public_before_eip` whether it would have an assigned public address without it (EC2 gives
a running instance a new one when the Elastic IP is disassociated).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Literal

from ...protocol import shapes
from ...state.ids import new_id
from ...state.store import Transaction
from ..context import Context
from ..documents import AddressDoc, InstanceDoc
from ..kinds import ELASTIC_IP, with_private
from .states import instance_private

_PUBLIC_FIRST_OCTETS = (3, 18, 34, 44, 52, 54)
AMAZON = "amazon"
AssociationField = Literal[
    "AssociationId",
    "InstanceId",
    "NetworkInterfaceId",
    "NetworkInterfaceOwnerId",
    "PrivateIpAddress",
]
ASSOCIATION_FIELDS: tuple[AssociationField, ...] = (
    "AssociationId",
    "InstanceId",
    "NetworkInterfaceId",
    "NetworkInterfaceOwnerId",
    "PrivateIpAddress",
)


def private_dns_name(region: str, address: str) -> str:
    host = "ip-" + address.replace(".", "-")
    return f"{host}.ec2.internal" if region == "us-east-1" else f"{host}.{region}.compute.internal"


def public_dns_name(region: str, address: str) -> str:
    host = "ec2-" + address.replace(".", "-")
    if region == "us-east-1":
        return f"{host}.compute-1.amazonaws.com"
    return f"{host}.{region}.compute.amazonaws.com"


def new_public_address() -> str:
    raw = os.urandom(4)
    first = _PUBLIC_FIRST_OCTETS[raw[0] % len(_PUBLIC_FIRST_OCTETS)]
    return f"{first}.{raw[1]}.{raw[2]}.{max(raw[3], 1)}"


def _private_address_with(
    address: shapes.InstancePrivateIpAddress,
    association: shapes.InstanceNetworkInterfaceAssociation | None,
) -> shapes.InstancePrivateIpAddress:
    """The private address with `association` (on the primary address only), or none."""
    updated: shapes.InstancePrivateIpAddress = {**address}
    updated.pop("Association", None)
    if association and address.get("Primary"):
        updated["Association"] = association
    return updated


def _interface_with(
    interface: shapes.InstanceNetworkInterface,
    association: shapes.InstanceNetworkInterfaceAssociation | None,
) -> shapes.InstanceNetworkInterface:
    """The interface with `association` (on the primary interface only), or none."""
    updated: shapes.InstanceNetworkInterface = {**interface}
    updated.pop("Association", None)
    updated["PrivateIpAddresses"] = [
        _private_address_with(p, association) for p in interface.get("PrivateIpAddresses") or ()
    ]
    if association and interface.get("Attachment", {}).get("DeviceIndex") == 0:
        updated["Association"] = association
    return updated


def with_public_address(
    region: str, doc: InstanceDoc, address: str | None, owner: str = AMAZON
) -> InstanceDoc:
    """The instance with a new public address (or none), its interface and names in step;
    `owner` is `amazon` for an assigned address, the account for an Elastic IP."""
    updated: InstanceDoc = {
        **doc,
        "PublicDnsName": public_dns_name(region, address) if address else "",
    }
    if address:
        updated["PublicIpAddress"] = address
    else:
        updated.pop("PublicIpAddress", None)
    association: shapes.InstanceNetworkInterfaceAssociation | None = (
        {"IpOwnerId": owner, "PublicDnsName": updated["PublicDnsName"], "PublicIp": address}
        if address
        else None
    )
    updated["NetworkInterfaces"] = [
        _interface_with(interface, association) for interface in doc.get("NetworkInterfaces") or ()
    ]
    return updated


def elastic_ip_of(instance: InstanceDoc) -> str | None:
    """The allocation id of the instance's Elastic IP, if it has one."""
    return instance_private(instance).get("elastic_ip")


def with_elastic_ip(
    region: str, instance: InstanceDoc, address: shapes.Address, would_be_public: bool
) -> InstanceDoc:
    """The instance showing the Elastic IP `address` as its public address.

    `would_be_public`: whether the instance would have an assigned public address without
    it (kept from an earlier Elastic IP when one replaces another).
    """
    public_before = instance_private(instance).get("public_before_eip", would_be_public)
    updated = with_public_address(
        region, instance, address["PublicIp"], owner=address["NetworkInterfaceOwnerId"]
    )
    return with_private(
        updated, elastic_ip=address["AllocationId"], public_before_eip=public_before
    )


def _without_elastic_ip(region: str, instance: InstanceDoc, reassign: bool) -> InstanceDoc:
    """The instance after its Elastic IP went: a running one that had an assigned public
    address gets a new one when `reassign`, any other has none until it starts again."""
    running = instance["State"]["Name"] in ("pending", "running")
    public = reassign and running and instance_private(instance).get("public_before_eip", False)
    bare = with_private(instance, elastic_ip=None, public_before_eip=None)
    return with_public_address(region, bare, new_public_address() if public else None)


def disassociated(address: AddressDoc) -> AddressDoc:
    """An Elastic IP document without its association."""
    bare: AddressDoc = {**address}
    for field in ASSOCIATION_FIELDS:
        bare.pop(field, None)
    return bare


def detach_elastic_ip(
    tx: Transaction, region: str, instance: InstanceDoc, reassign: bool
) -> InstanceDoc:
    """Disassociate the instance's Elastic IP, if any (the address document is written);
    returns the instance without it (see `_without_elastic_ip`)."""
    allocation_id = elastic_ip_of(instance)
    if allocation_id is None:
        return instance
    address = ELASTIC_IP.stored(tx, allocation_id)
    if address is not None:
        ELASTIC_IP.put(tx, disassociated(address))
    return _without_elastic_ip(region, instance, reassign)


def _mac_address() -> str:
    return "0e:" + ":".join(f"{b:02x}" for b in os.urandom(5))


def primary_interface(
    ctx: Context,
    subnet: shapes.Subnet,
    address: str,
    private_dns: str,
    groups: Sequence[shapes.GroupIdentifier],
    launched: shapes.Timestamp,
) -> shapes.InstanceNetworkInterface:
    """The instance's interface at device index 0, with its private address and name."""
    return {
        "Attachment": {
            "AttachTime": launched,
            "AttachmentId": new_id("eni-attach"),
            "DeleteOnTermination": True,
            "DeviceIndex": 0,
            "Status": "attached",
            "NetworkCardIndex": 0,
        },
        "Description": "",
        "Groups": groups,
        "Ipv6Addresses": [],
        "MacAddress": _mac_address(),
        "NetworkInterfaceId": new_id("eni"),
        "OwnerId": ctx.account_id,
        "PrivateDnsName": private_dns,
        "PrivateIpAddress": address,
        "PrivateIpAddresses": [
            {"Primary": True, "PrivateDnsName": private_dns, "PrivateIpAddress": address}
        ],
        "SourceDestCheck": True,
        "Status": "in-use",
        "SubnetId": subnet["SubnetId"],
        "VpcId": subnet["VpcId"],
        "InterfaceType": "interface",
    }
