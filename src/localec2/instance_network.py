"""An instance's addresses, DNS names and primary network interface, as EC2 forms them."""

from __future__ import annotations

import os

from .registry import Context
from .store import new_id

_PUBLIC_FIRST_OCTETS = (3, 18, 34, 44, 52, 54)


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


def with_public_address(region: str, doc: dict, address: str | None) -> dict:
    """The instance with a new public address (or none), its interface and names in step."""
    updated = dict(doc, PublicDnsName=public_dns_name(region, address) if address else "")
    if address:
        updated["PublicIpAddress"] = address
    else:
        updated.pop("PublicIpAddress", None)
    association = (
        {"IpOwnerId": "amazon", "PublicDnsName": updated["PublicDnsName"], "PublicIp": address}
        if address else None
    )
    interfaces = []
    for interface in doc.get("NetworkInterfaces") or ():
        interface = {k: v for k, v in interface.items() if k != "Association"}
        interface["PrivateIpAddresses"] = [
            {k: v for k, v in p.items() if k != "Association"}
            | ({"Association": association} if association and p.get("Primary") else {})
            for p in interface.get("PrivateIpAddresses") or ()
        ]
        if association and interface.get("Attachment", {}).get("DeviceIndex") == 0:
            interface["Association"] = association
        interfaces.append(interface)
    updated["NetworkInterfaces"] = interfaces
    return updated


def _mac_address() -> str:
    return "0e:" + ":".join(f"{b:02x}" for b in os.urandom(5))


def primary_interface(ctx: Context, subnet: dict, address: str, private_dns: str,
                      groups: list[dict], launched: str) -> dict:
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

