"""Elastic IP addresses (the VPC domain): allocating, associating with an instance,
disassociating and releasing them.

An address is a document of kind `elastic-ip` keyed by its AllocationId, in EC2's `Address`
shape; while associated it carries the association's members and the instance shows it as
its public address (see `instances.network`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...errors import EC2Error, invalid_parameter_combination, missing_parameter
from ...protocol import shapes
from ...state.ids import new_id
from ...state.store import Transaction
from ..context import Context
from ..documents import AddressDoc, InstanceDoc, NetworkInterfaceDoc
from ..instances.lookup import find_instance, select_instances
from ..instances.network import (
    detach_elastic_ip,
    disassociated,
    elastic_ip_of,
    new_public_address,
    public_dns_name,
    with_elastic_ip,
)
from ..instances.parts import owner_of
from ..instances.states import name_of
from ..kinds import ADDRESS_ASSOCIATION, ELASTIC_IP, INSTANCE, NETWORK_INTERFACE, SUBNET
from ..tags.tagging import specified_tags
from . import interfaces

ADDRESS_LIMIT = 5  # EC2's default quota of Elastic IP addresses per region
_ASSOCIABLE_STATES = ("running", "stopping", "stopped")


def _address_not_found(public_ip: str) -> EC2Error:
    return errors.InvalidAddressNotFound(f"Address '{public_ip}' not found.")


def by_public_ip(tx: Transaction, public_ip: str) -> AddressDoc:
    """The account's address with this public IP, or InvalidAddress.NotFound."""
    for address in ELASTIC_IP.every(tx):
        if address["PublicIp"] == public_ip:
            return address
    raise _address_not_found(public_ip)


def named_address(tx: Transaction, allocation_id: str | None, public_ip: str | None) -> AddressDoc:
    """The address a request names by `AllocationId` or (deprecated) `PublicIp`."""
    if allocation_id and public_ip:
        raise invalid_parameter_combination(
            "You may specify public IP or allocation id, but not both in the same call"
        )
    if allocation_id:
        return ELASTIC_IP.get(tx, allocation_id)
    if public_ip:
        return by_public_ip(tx, public_ip)
    raise missing_parameter("AllocationId")


def _unused_public_ip(tx: Transaction) -> str:
    taken = {address["PublicIp"] for address in ELASTIC_IP.every(tx)}
    while True:
        candidate = new_public_address()
        if candidate not in taken:
            return candidate


def allocate(
    ctx: Context,
    domain: str | None,
    public_ip: str | None,
    customer_owned_pool: str | None,
    ipam_pool: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> AddressDoc:
    """A new VPC address from Amazon's pool, within the account's quota. The `standard`
    domain (EC2-Classic, retired) is refused, and so is a specific address or another pool
    (customer-owned, IPAM)."""
    if domain == "standard":
        raise errors.InvalidParameterValue(
            "The domain 'standard' is not supported: EC2-Classic has been retired. "
            "Use the domain 'vpc'.",
        )
    if public_ip or customer_owned_pool or ipam_pool:
        raise errors.InvalidParameterValue(
            "localec2 allocates Elastic IP addresses from Amazon's pool only",
        )
    tags = specified_tags(tag_specifications, ELASTIC_IP.name)
    if len(ELASTIC_IP.every(ctx.tx)) >= ADDRESS_LIMIT:
        raise errors.AddressLimitExceeded("The maximum number of addresses has been reached.")
    address: AddressDoc = {
        "AllocationId": new_id("eipalloc"),
        "PublicIp": _unused_public_ip(ctx.tx),
        "Domain": "vpc",
        "PublicIpv4Pool": "amazon",
        "NetworkBorderGroup": ctx.region,
        "Tags": tags,
    }
    ELASTIC_IP.put(ctx.tx, address)
    return address


def described(
    tx: Transaction, public_ips: Sequence[str], allocation_ids: Sequence[str]
) -> list[AddressDoc]:
    """The addresses a `DescribeAddresses` request names (each must exist), or all."""
    addresses = ELASTIC_IP.every(tx)
    if public_ips:
        for public_ip in public_ips:
            by_public_ip(tx, public_ip)
        addresses = [a for a in addresses if a["PublicIp"] in public_ips]
    if allocation_ids:
        for allocation_id in allocation_ids:
            ELASTIC_IP.get(tx, allocation_id)
        addresses = [a for a in addresses if a["AllocationId"] in allocation_ids]
    return addresses


def _target_instance(ctx: Context, instance_id: str | None) -> InstanceDoc:
    """The instance an association is for, in a state that allows it."""
    if not instance_id:
        raise missing_parameter("InstanceId")
    (instance,) = select_instances(ctx, [instance_id])
    if name_of(instance) not in _ASSOCIABLE_STATES:
        raise errors.IncorrectInstanceState(
            f"The instance '{instance['InstanceId']}' is not in a valid state for this operation.",
        )
    return instance


def _private_address(
    instance: InstanceDoc, requested: str | None
) -> tuple[shapes.InstanceNetworkInterface, str]:
    """The primary interface and the private address on it the Elastic IP maps to."""
    interface = instance["NetworkInterfaces"][0]
    if requested is None:
        return interface, interface["PrivateIpAddress"]
    if requested not in {p["PrivateIpAddress"] for p in interface["PrivateIpAddresses"]}:
        raise errors.InvalidParameterValue(
            f"The private IP address {requested} is not assigned to the network interface "
            f"{interface['NetworkInterfaceId']}",
        )
    return interface, requested


def _disassociate(ctx: Context, address: AddressDoc, reassign: bool) -> None:
    """Take the address off the instance (see `detach_elastic_ip`) or the network interface
    it is associated with."""
    instance = find_instance(ctx, address.get("InstanceId") or "")
    if instance is not None and elastic_ip_of(instance) == address["AllocationId"]:
        INSTANCE.put(ctx.tx, detach_elastic_ip(ctx.tx, ctx.region, instance, reassign))
        return
    ELASTIC_IP.put(ctx.tx, disassociated(address))
    interface_id = address.get("NetworkInterfaceId")
    view = interfaces.find(ctx, interface_id) if interface_id else None
    if view is not None:
        private_ip = address.get("PrivateIpAddress") or ""
        interfaces.store(ctx, interfaces.with_association(view, private_ip, None))


def _would_be_public(ctx: Context, instance: InstanceDoc) -> bool:
    """Whether the instance has (running) or would get on start (stopped) an assigned public
    address: what it goes back to when its Elastic IP is disassociated."""
    if instance.get("PublicIpAddress"):
        return True
    subnet = SUBNET.stored(ctx.tx, instance["SubnetId"])
    maps_public = subnet is not None and bool(subnet.get("MapPublicIpOnLaunch"))
    return name_of(instance) != "running" and maps_public


def associate(
    ctx: Context,
    allocation_id: str | None,
    public_ip: str | None,
    instance_id: str | None,
    interface_id: str | None,
    private_ip: str | None,
    allow_reassociation: bool,
) -> AddressDoc:
    """Associate the address (see `named_address`) with an instance (named by id or by its
    interface); returns it associated. An address already associated moves only with
    `allow_reassociation`; an instance that already has another Elastic IP gives it up (it
    stays allocated), as in EC2."""
    address = named_address(ctx.tx, allocation_id, public_ip)
    if instance_id and interface_id:
        raise invalid_parameter_combination(
            "You may specify instance ID or network interface ID, but not both in the same call"
        )
    if interface_id:
        view = interfaces.get(ctx, interface_id)
        attachment = view.get("Attachment")
        if attachment is None or attachment["DeviceIndex"] != 0 or _standalone(ctx, view):
            return _associate_interface(ctx, address, view, private_ip, allow_reassociation)
        instance_id = attachment["InstanceId"]  # an instance's primary interface
    instance = _target_instance(ctx, instance_id)
    interface, private_address = _private_address(instance, private_ip)
    if address.get("AssociationId"):
        if not allow_reassociation:
            raise errors.ResourceAlreadyAssociated(
                f"resource {address['AllocationId']} is already associated with "
                f"associate-id {address['AssociationId']}",
            )
        if address.get("InstanceId") != instance["InstanceId"]:
            _disassociate(ctx, address, reassign=True)
    previous = elastic_ip_of(instance)
    if previous is not None and previous != address["AllocationId"]:
        previous_address = ELASTIC_IP.stored(ctx.tx, previous)
        if previous_address is not None:
            ELASTIC_IP.put(ctx.tx, disassociated(previous_address))
    associated: AddressDoc = {
        **disassociated(address),
        "AssociationId": new_id("eipassoc"),
        "InstanceId": instance["InstanceId"],
        "NetworkInterfaceId": interface["NetworkInterfaceId"],
        "NetworkInterfaceOwnerId": ctx.account_id,
        "PrivateIpAddress": private_address,
    }
    ELASTIC_IP.put(ctx.tx, associated)
    INSTANCE.put(
        ctx.tx,
        with_elastic_ip(ctx.region, instance, associated, _would_be_public(ctx, instance)),
    )
    return associated


def _standalone(ctx: Context, view: NetworkInterfaceDoc) -> bool:
    """Whether the interface is one of its own (not made with its instance)."""
    doc = NETWORK_INTERFACE.stored(ctx.tx, view["NetworkInterfaceId"])
    return doc is not None and owner_of(doc) is None


def _associate_interface(
    ctx: Context,
    address: AddressDoc,
    view: NetworkInterfaceDoc,
    private_ip: str | None,
    allow_reassociation: bool,
) -> AddressDoc:
    """Associate the address with one of the interface's private addresses (its primary
    one by default): an interface of its own, or an instance's other than its primary. An
    Elastic IP already on that private address gives way, as on an instance."""
    interface_id = view["NetworkInterfaceId"]
    private_address = private_ip or view["PrivateIpAddress"]
    if private_address not in {p["PrivateIpAddress"] for p in view.get("PrivateIpAddresses") or ()}:
        raise errors.InvalidParameterValue(
            f"The private IP address {private_address} is not assigned to the network "
            f"interface {interface_id}",
        )
    if address.get("AssociationId"):
        if not allow_reassociation:
            raise errors.ResourceAlreadyAssociated(
                f"resource {address['AllocationId']} is already associated with "
                f"associate-id {address['AssociationId']}",
            )
        _disassociate(ctx, address, reassign=True)
    for other in ELASTIC_IP.every(ctx.tx):
        if (
            other["AllocationId"] != address["AllocationId"]
            and other.get("NetworkInterfaceId") == interface_id
            and other.get("PrivateIpAddress") == private_address
        ):
            ELASTIC_IP.put(ctx.tx, disassociated(other))
    view = interfaces.get(ctx, interface_id)
    associated: AddressDoc = {
        **disassociated(address),
        "AssociationId": new_id("eipassoc"),
        "NetworkInterfaceId": interface_id,
        "NetworkInterfaceOwnerId": ctx.account_id,
        "PrivateIpAddress": private_address,
    }
    attachment = view.get("Attachment")
    if attachment is not None:
        associated["InstanceId"] = attachment["InstanceId"]
    ELASTIC_IP.put(ctx.tx, associated)
    public = address["PublicIp"]
    association: shapes.NetworkInterfaceAssociation = {
        "AllocationId": address["AllocationId"],
        "AssociationId": associated["AssociationId"],
        "IpOwnerId": ctx.account_id,
        "PublicDnsName": public_dns_name(ctx.region, public),
        "PublicIp": public,
    }
    interfaces.store(ctx, interfaces.with_association(view, private_address, association))
    return associated


def disassociate(ctx: Context, association_id: str | None, public_ip: str | None) -> None:
    """Idempotent by public IP; an association id that no longer exists is NotFound."""
    if association_id:
        ADDRESS_ASSOCIATION.check_ids([association_id])
        matches = [a for a in ELASTIC_IP.every(ctx.tx) if a.get("AssociationId") == association_id]
        if not matches:
            raise ADDRESS_ASSOCIATION.not_found([association_id])
        address = matches[0]
    elif public_ip:
        address = by_public_ip(ctx.tx, public_ip)
    else:
        raise missing_parameter("AssociationId")
    if address.get("AssociationId"):
        _disassociate(ctx, address, reassign=True)


def release(
    tx: Transaction, allocation_id: str | None, public_ip: str | None, border_group: str | None
) -> None:
    """Release an address (see `named_address`) that is not associated; a border group other
    than its own does not find it."""
    address = named_address(tx, allocation_id, public_ip)
    if border_group and border_group != address["NetworkBorderGroup"]:
        raise _address_not_found(address["PublicIp"])
    if address.get("AssociationId"):
        raise errors.InvalidIPAddressInUse(f"Address {address['AllocationId']} is in use.")
    ELASTIC_IP.delete(tx, address["AllocationId"])
