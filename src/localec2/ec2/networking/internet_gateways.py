"""Internet gateways (one per VPC, attached and detached) and egress-only internet gateways
(IPv6 only, attached to their VPC from their creation)."""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...protocol import shapes
from ...state.ids import new_id
from ...state.store import Transaction
from ..context import Context
from ..documents import EgressOnlyInternetGatewayDoc, InternetGatewayDoc
from ..instances.lookup import all_instances
from ..instances.states import name_of
from ..kinds import EGRESS_ONLY_INTERNET_GATEWAY, ELASTIC_IP, INTERNET_GATEWAY, VPC
from ..tags.tagging import specified_tags
from . import interfaces

# EC2 shows an internet gateway's attachment as `available` (DescribeInternetGateways'
# `attachment.state` filter: "available"), an egress-only gateway's as `attached`.
ATTACHED = "available"
EGRESS_ATTACHED = "attached"


def _has_dependencies(kind: str, resource_id: str) -> errors.EC2Error:
    return errors.dependency_violation(
        f"The {kind} '{resource_id}' has dependencies and cannot be deleted."
    )


def create_internet_gateway(
    tx: Transaction, tag_specifications: Sequence[shapes.TagSpecification] | None
) -> InternetGatewayDoc:
    tags = specified_tags(tag_specifications, INTERNET_GATEWAY.name)
    gateway: InternetGatewayDoc = {
        "InternetGatewayId": new_id("igw"),
        "OwnerId": tx.account,
        "Attachments": [],
        "Tags": tags,
    }
    INTERNET_GATEWAY.put(tx, gateway)
    return gateway


def attached_vpcs(gateway: InternetGatewayDoc) -> list[str]:
    return [a["VpcId"] for a in gateway.get("Attachments") or () if "VpcId" in a]


def gateway_of(tx: Transaction, vpc_id: str) -> InternetGatewayDoc | None:
    """The internet gateway attached to the VPC, if any."""
    for gateway in INTERNET_GATEWAY.every(tx):
        if vpc_id in attached_vpcs(gateway):
            return gateway
    return None


def delete_internet_gateway(tx: Transaction, gateway_id: str) -> None:
    """Delete a detached gateway; an attached one is DependencyViolation."""
    gateway = INTERNET_GATEWAY.get(tx, gateway_id)
    if attached_vpcs(gateway):
        raise _has_dependencies("internetGateway", gateway_id)
    INTERNET_GATEWAY.delete(tx, gateway_id)


def attach_internet_gateway(tx: Transaction, gateway_id: str, vpc_id: str) -> None:
    """Attach a gateway to a VPC: a gateway serves one VPC, a VPC has one gateway."""
    gateway = INTERNET_GATEWAY.get(tx, gateway_id)
    VPC.get(tx, vpc_id)
    for attached in attached_vpcs(gateway):
        raise errors.ResourceAlreadyAssociated(
            f"resource {gateway_id} is already attached to network {attached}"
        )
    other = gateway_of(tx, vpc_id)
    if other is not None:
        # reconstructed: the wording when the VPC already has another gateway
        raise errors.ResourceAlreadyAssociated(
            f"resource {vpc_id} is already attached to network {other['InternetGatewayId']}"
        )
    INTERNET_GATEWAY.put(tx, {**gateway, "Attachments": [{"State": ATTACHED, "VpcId": vpc_id}]})


def detach_internet_gateway(ctx: Context, gateway_id: str, vpc_id: str) -> None:
    """Detach a gateway from its VPC, once nothing in the VPC has a public address mapped
    (an instance's, an Elastic IP on one of its interfaces: a NAT gateway's included)."""
    gateway = INTERNET_GATEWAY.get(ctx.tx, gateway_id)
    VPC.get(ctx.tx, vpc_id)
    if vpc_id not in attached_vpcs(gateway):
        raise errors.GatewayNotAttached(
            f"resource {gateway_id} is not attached to network {vpc_id}"
        )
    if _has_public_addresses(ctx, vpc_id):
        raise errors.dependency_violation(
            f"Network {vpc_id} has some mapped public address(es). Please unmap those public "
            "address(es) before detaching the gateway."
        )
    INTERNET_GATEWAY.put(ctx.tx, {**gateway, "Attachments": []})


def _has_public_addresses(ctx: Context, vpc_id: str) -> bool:
    if any(
        i.get("VpcId") == vpc_id and i.get("PublicIpAddress") and name_of(i) != "terminated"
        for i in all_instances(ctx)
    ):
        return True
    for address in ELASTIC_IP.every(ctx.tx):
        interface_id = address.get("NetworkInterfaceId")
        interface = interfaces.find(ctx, interface_id) if interface_id else None
        if interface is not None and interface.get("VpcId") == vpc_id:
            return True
    return False


def create_attached_gateway(tx: Transaction, vpc_id: str) -> str:
    """The default VPC's internet gateway, as EC2 makes it with the VPC."""
    gateway = create_internet_gateway(tx, None)
    attach_internet_gateway(tx, gateway["InternetGatewayId"], vpc_id)
    return gateway["InternetGatewayId"]


def create_egress_only_gateway(
    tx: Transaction,
    vpc_id: str,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
    client_token: str | None = None,
) -> EgressOnlyInternetGatewayDoc:
    """A new gateway attached to the VPC; a request repeating an earlier one's `ClientToken`
    answers the gateway that one made."""
    VPC.get(tx, vpc_id)
    tags = specified_tags(tag_specifications, EGRESS_ONLY_INTERNET_GATEWAY.name)
    made = EGRESS_ONLY_INTERNET_GATEWAY.made_with_token(tx, client_token)
    if made is not None:
        if vpc_id not in [a.get("VpcId") for a in made.get("Attachments") or ()]:
            raise errors.idempotent_mismatch()
        return made
    gateway: EgressOnlyInternetGatewayDoc = {
        "EgressOnlyInternetGatewayId": new_id("eigw"),
        "Attachments": [{"State": EGRESS_ATTACHED, "VpcId": vpc_id}],
        "Tags": tags,
    }
    if client_token:
        gateway["_"] = {"client_token": client_token}
    EGRESS_ONLY_INTERNET_GATEWAY.put(tx, gateway)
    return gateway


def delete_egress_only_gateway(tx: Transaction, gateway_id: str) -> None:
    EGRESS_ONLY_INTERNET_GATEWAY.get(tx, gateway_id)
    EGRESS_ONLY_INTERNET_GATEWAY.delete(tx, gateway_id)


def egress_only_gateways_of(tx: Transaction, vpc_id: str) -> list[str]:
    return [
        g["EgressOnlyInternetGatewayId"]
        for g in EGRESS_ONLY_INTERNET_GATEWAY.every(tx)
        if any(a.get("VpcId") == vpc_id for a in g.get("Attachments") or ())
    ]
