"""NAT gateways: creating one in a subnet (public, with an Elastic IP; or private), its own
network interface, its states on the clock, deleting it.

A NAT gateway is a `natgateway` document in EC2's `NatGateway` shape. Its interface is a
network interface of its own (`interfaces`), of type `nat_gateway` and managed by AWS
(`RequesterManaged`), holding the gateway's private address and, for a public gateway, the
Elastic IP's association (so DescribeNetworkInterfaces and DescribeAddresses show them).

Like an instance, a gateway moving between states stores where it is heading and when it
gets there (the private `next`): `pending` becomes `available` after `boot_seconds` (or
`failed`, for a public gateway in a VPC without an internet gateway);
DeleteNatGateway answers `deleting` (its Elastic IP and interface are released at once),
which becomes `deleted`; a deleted gateway stays visible for `terminated_visible_seconds`
(`gone_at`), then vanishes. Reading one "as it is now" settles it and writes it back once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from ..context import Context
from ..documents import AddressDoc, NatGatewayDoc, SubnetDoc
from ..filters import Getter, fields
from ..instances.network import disassociated, public_dns_name
from ..instances.states import timestamp
from ..kinds import ELASTIC_IP, NAT_GATEWAY, NETWORK_INTERFACE, SUBNET, private, with_private
from ..tags.tagging import specified_tags
from . import interfaces, private_addresses
from .internet_gateways import gateway_of

CONNECTIVITY_TYPES = ("public", "private")


@dataclass(frozen=True)
class NewNatGateway:
    subnet_id: str | None
    allocation_id: str | None
    connectivity_type: str = "public"
    private_ip: str | None = None
    secondary: bool = False  # secondary addresses asked for
    tag_specifications: Sequence[shapes.TagSpecification] = ()


# --- as it is now ---------------------------------------------------------------------------
def _settled(ctx: Context, doc: NatGatewayDoc) -> NatGatewayDoc | None:
    """The gateway as it is now (a finished transition written back once); None once gone."""
    state = private(doc)
    gone_at = state.get("gone_at")
    if gone_at is not None and ctx.now >= gone_at:
        NAT_GATEWAY.delete(ctx.tx, doc["NatGatewayId"])
        return None
    heading = state.get("next")
    if heading is None or ctx.now < heading[1]:
        return doc
    settled: NatGatewayDoc = {**with_private(doc, next=None), "State": heading[0]}
    NAT_GATEWAY.put(ctx.tx, settled)
    return settled


def find(ctx: Context, gateway_id: str) -> NatGatewayDoc | None:
    return NAT_GATEWAY.as_now(ctx.tx, gateway_id, lambda doc: _settled(ctx, doc))


def described(ctx: Context, ids: Sequence[str]) -> list[NatGatewayDoc]:
    """What DescribeNatGateways lists: the gateways named (Malformed / NotFound), else all."""
    return NAT_GATEWAY.described(ctx.tx, ids, lambda doc: _settled(ctx, doc))


def _moving(ctx: Context, doc: NatGatewayDoc, via: str, to: str) -> NatGatewayDoc:
    """Store the gateway on its way `via` -> `to` (arrived at once with no delay); the
    gateway as answered now (in `via`)."""
    delay = ctx.config.boot_seconds
    arrives = ctx.now + delay
    ended = to in ("deleted", "failed")
    gone_at = arrives + ctx.config.terminated_visible_seconds if ended else None
    answered: NatGatewayDoc = {**with_private(doc, next=None, gone_at=gone_at), "State": via}
    if delay > 0:
        NAT_GATEWAY.put(ctx.tx, with_private(answered, next=[to, arrives]))
    else:
        NAT_GATEWAY.put(ctx.tx, {**answered, "State": to})
    return answered


# --- CreateNatGateway -------------------------------------------------------------------------
def _elastic_ip(ctx: Context, new: NewNatGateway) -> AddressDoc | None:
    """The Elastic IP a public gateway is created with (none for a private one)."""
    if new.connectivity_type == "private":
        if new.allocation_id:
            # reconstructed: the wording of EC2's refusal of an address for a private gateway
            raise invalid_parameter_combination(
                "AllocationId cannot be specified for a NAT gateway with private connectivity."
            )
        return None
    if not new.allocation_id:
        # reconstructed: EC2 requires an Elastic IP for a public NAT gateway
        raise errors.missing_parameter("AllocationId")
    address = ELASTIC_IP.get(ctx.tx, new.allocation_id)
    if address.get("AssociationId"):
        # the wording EC2's NatGateway.FailureMessage documents for this code
        raise errors.ResourceAlreadyAssociated(
            f"Elastic IP address {address['AllocationId']} is already associated"
        )
    return address


def create(ctx: Context, new: NewNatGateway) -> NatGatewayDoc:
    """A new NAT gateway in the subnet, `pending`, with its interface and (public) its
    Elastic IP associated."""
    if not new.subnet_id:
        raise errors.missing_parameter("SubnetId")
    if new.connectivity_type not in CONNECTIVITY_TYPES:
        raise invalid_parameter_value(
            f"Value ({new.connectivity_type}) for parameter connectivityType is invalid."
        )
    subnet = SUBNET.get(ctx.tx, new.subnet_id)
    address = _elastic_ip(ctx, new)
    if new.secondary:
        raise invalid_parameter_value(
            "localec2 creates NAT gateways with their primary address only"
        )
    tags = specified_tags(new.tag_specifications, NAT_GATEWAY.name)
    gateway_id = new_id("nat")
    if address is not None and gateway_of(ctx.tx, subnet["VpcId"]) is None:
        return _failing(ctx, gateway_id, subnet, address, tags)
    if new.private_ip:
        private_addresses.claim(ctx, subnet, [new.private_ip])
        primary = new.private_ip
    else:
        primary = private_addresses.allocate(ctx, subnet, 1)[0]
    subnet = SUBNET.get(ctx.tx, subnet["SubnetId"])
    interface = interfaces.new_interface_document(
        ctx,
        subnet,
        primary,
        [],
        [],
        f"Interface for NAT Gateway {gateway_id}",
        "nat_gateway",
        [],
        requester_managed=True,
    )
    interface = {**interface, "Status": "in-use", "SourceDestCheck": False}
    nat_address: shapes.NatGatewayAddress = {
        "NetworkInterfaceId": interface["NetworkInterfaceId"],
        "PrivateIp": primary,
        "IsPrimary": True,
        "Status": "succeeded",
    }
    if address is not None:
        association_id = new_id("eipassoc")
        ELASTIC_IP.put(
            ctx.tx,
            {
                **disassociated(address),
                "AssociationId": association_id,
                "NetworkInterfaceId": interface["NetworkInterfaceId"],
                "NetworkInterfaceOwnerId": ctx.account_id,
                "PrivateIpAddress": primary,
            },
        )
        interface = interfaces.with_association(
            interface,
            primary,
            {
                "AllocationId": address["AllocationId"],
                "AssociationId": association_id,
                "IpOwnerId": ctx.account_id,
                "PublicDnsName": public_dns_name(ctx.region, address["PublicIp"]),
                "PublicIp": address["PublicIp"],
            },
        )
        nat_address = {
            "AllocationId": address["AllocationId"],
            "AssociationId": association_id,
            "PublicIp": address["PublicIp"],
            **nat_address,
        }
    NETWORK_INTERFACE.put(ctx.tx, interface)
    gateway = _pending(ctx, gateway_id, subnet, new.connectivity_type, nat_address, tags)
    return _moving(ctx, gateway, "pending", "available")


def _pending(
    ctx: Context,
    gateway_id: str,
    subnet: SubnetDoc,
    connectivity_type: str,
    address: shapes.NatGatewayAddress,
    tags: list[shapes.Tag],
) -> NatGatewayDoc:
    """A new gateway's document, `pending`."""
    return {
        "NatGatewayId": gateway_id,
        "SubnetId": subnet["SubnetId"],
        "VpcId": subnet["VpcId"],
        "State": "pending",
        "CreateTime": timestamp(ctx.now),
        "ConnectivityType": connectivity_type,
        "NatGatewayAddresses": [address],
        "Tags": tags,
    }


def _failing(
    ctx: Context,
    gateway_id: str,
    subnet: SubnetDoc,
    address: AddressDoc,
    tags: list[shapes.Tag],
) -> NatGatewayDoc:
    """A public gateway in a VPC without an internet gateway: EC2 accepts the request, and
    the gateway goes from `pending` to `failed` with the failure code and message its
    documentation gives for this case; it holds no interface and leaves the Elastic IP
    alone, and vanishes like a deleted one."""
    message = f"Network {subnet['VpcId']} has no Internet gateway attached"
    failed: shapes.NatGatewayAddress = {
        "AllocationId": address["AllocationId"],
        "PublicIp": address["PublicIp"],
        "IsPrimary": True,
        "Status": "failed",
        "FailureMessage": message,
    }
    gateway: NatGatewayDoc = {
        **_pending(ctx, gateway_id, subnet, "public", failed, tags),
        "FailureCode": "Gateway.NotAttached",
        "FailureMessage": message,
    }
    return _moving(ctx, gateway, "pending", "failed")


# --- DeleteNatGateway -------------------------------------------------------------------------
def delete(ctx: Context, gateway_id: str) -> str:
    """Start deleting the gateway: its Elastic IP is disassociated and its interface goes at
    once; a gateway already deleting stays as it is."""
    gateway = NAT_GATEWAY.get(ctx.tx, gateway_id, lambda i: find(ctx, i))
    if gateway["State"] == "deleted":
        # reconstructed: a deleted gateway (still listed) answers NotFound to a new delete
        raise NAT_GATEWAY.not_found([gateway_id])
    if gateway["State"] == "deleting":
        return gateway_id
    for entry in gateway.get("NatGatewayAddresses") or ():
        interface = interfaces.find(ctx, entry.get("NetworkInterfaceId", ""))
        if interface is not None:
            interfaces.forget(ctx, interface)  # its Elastic IP is disassociated with it
    _moving(ctx, {**gateway, "DeleteTime": timestamp(ctx.now)}, "deleting", "deleted")
    return gateway_id


# --- DescribeNatGateways' filters -------------------------------------------------------------
FILTERS: dict[str, Getter] = fields(
    {
        "nat-gateway-id": "NatGatewayId",
        "state": "State",
        "subnet-id": "SubnetId",
        "vpc-id": "VpcId",
    }
)
