"""Elastic IP addresses: Allocate, Describe, Associate, Disassociate, Release (VPC domain).

An address is a document of kind `elastic-ip` keyed by its AllocationId, in boto3's
`Address` shape; while associated it carries the association's fields and the instance
shows it as its public address (see `instance_network`).
"""

from __future__ import annotations

from .. import errors
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields
from ..ec2.instance_network import (
    detach_elastic_ip,
    disassociated,
    elastic_ip_of,
    new_public_address,
    with_elastic_ip,
)
from ..ec2.instance_parts import owner_of, part_exists
from ..ec2.instance_states import name_of
from ..ec2.instances import find_instance, select_instances
from ..ec2.kinds import ADDRESS_ASSOCIATION, ELASTIC_IP, INSTANCE, NETWORK_INTERFACE
from ..ec2.tagging import creation_tags
from ..errors import EC2Error, invalid_parameter_combination, missing_parameter
from ..state.ids import new_id
from .registry import action

ADDRESS_LIMIT = 5  # EC2's default quota of Elastic IP addresses per region
_ASSOCIABLE_STATES = ("running", "stopping", "stopped")

_FILTERS = fields(
    {
        "allocation-id": "AllocationId",
        "association-id": "AssociationId",
        "domain": "Domain",
        "instance-id": "InstanceId",
        "network-border-group": "NetworkBorderGroup",
        "network-interface-id": "NetworkInterfaceId",
        "network-interface-owner-id": "NetworkInterfaceOwnerId",
        "private-ip-address": "PrivateIpAddress",
        "public-ip": "PublicIp",
        "public-ipv4-pool": "PublicIpv4Pool",
    }
)


def _address_not_found(public_ip: str) -> EC2Error:
    return errors.InvalidAddressNotFound(f"Address '{public_ip}' not found.")


def _by_public_ip(ctx: Context, public_ip: str) -> dict:
    for address in ELASTIC_IP.every(ctx.tx):
        if address["PublicIp"] == public_ip:
            return address
    raise _address_not_found(public_ip)


def _by_allocation_id(ctx: Context, allocation_id: str) -> dict:
    return ELASTIC_IP.get(ctx.tx, allocation_id)


def _named_address(ctx: Context, params: dict) -> dict:
    """The address a request names by `AllocationId` or (deprecated) `PublicIp`."""
    allocation_id, public_ip = params.get("AllocationId"), params.get("PublicIp")
    if allocation_id and public_ip:
        raise invalid_parameter_combination(
            "You may specify public IP or allocation id, but not both in the same call"
        )
    if allocation_id:
        return _by_allocation_id(ctx, allocation_id)
    if public_ip:
        return _by_public_ip(ctx, public_ip)
    raise missing_parameter("AllocationId")


def _unused_public_ip(ctx: Context) -> str:
    taken = {address["PublicIp"] for address in ELASTIC_IP.every(ctx.tx)}
    while True:
        candidate = new_public_address()
        if candidate not in taken:
            return candidate


@action("AllocateAddress")
def allocate_address(ctx: Context, params: dict) -> dict:
    """A VPC address; the `standard` domain (EC2-Classic, retired) is refused."""
    if params.get("Domain") == "standard":
        raise errors.InvalidParameterValue(
            "The domain 'standard' is not supported: EC2-Classic has been retired. "
            "Use the domain 'vpc'.",
        )
    if params.get("Address") or params.get("CustomerOwnedIpv4Pool") or params.get("IpamPoolId"):
        raise errors.InvalidParameterValue(
            "localec2 allocates Elastic IP addresses from Amazon's pool only",
        )
    tags = creation_tags(params, ELASTIC_IP.name)
    if len(ELASTIC_IP.every(ctx.tx)) >= ADDRESS_LIMIT:
        raise errors.AddressLimitExceeded("The maximum number of addresses has been reached.")
    address = {
        "AllocationId": new_id("eipalloc"),
        "PublicIp": _unused_public_ip(ctx),
        "Domain": "vpc",
        "PublicIpv4Pool": "amazon",
        "NetworkBorderGroup": ctx.region,
        "Tags": tags,
    }
    ELASTIC_IP.put(ctx.tx, address)
    return {key: value for key, value in address.items() if key != "Tags"}


@action("DescribeAddresses")
def describe_addresses(ctx: Context, params: dict) -> dict:
    addresses = ELASTIC_IP.every(ctx.tx)
    public_ips = params.get("PublicIps") or []
    if public_ips:
        for public_ip in public_ips:
            _by_public_ip(ctx, public_ip)
        addresses = [a for a in addresses if a["PublicIp"] in public_ips]
    allocation_ids = params.get("AllocationIds") or []
    if allocation_ids:
        for allocation_id in allocation_ids:
            _by_allocation_id(ctx, allocation_id)
        addresses = [a for a in addresses if a["AllocationId"] in allocation_ids]
    return {"Addresses": apply_filters(addresses, params.get("Filters"), _FILTERS)}


def _instance_of_interface(ctx: Context, interface_id: str) -> dict:
    NETWORK_INTERFACE.check_ids([interface_id])
    interface = NETWORK_INTERFACE.stored(ctx.tx, interface_id)
    instance = None if interface is None else find_instance(ctx, owner_of(interface) or "")
    if not part_exists(NETWORK_INTERFACE, interface_id, instance):
        raise NETWORK_INTERFACE.not_found([interface_id])
    return instance


def _target_instance(ctx: Context, params: dict) -> dict:
    """The instance an association is for: named by `InstanceId` or by its interface."""
    instance_id, interface_id = params.get("InstanceId"), params.get("NetworkInterfaceId")
    if instance_id and interface_id:
        raise invalid_parameter_combination(
            "You may specify instance ID or network interface ID, but not both in the same call"
        )
    if interface_id:
        instance = _instance_of_interface(ctx, interface_id)
    elif instance_id:
        (instance,) = select_instances(ctx, [instance_id])
    else:
        raise missing_parameter("InstanceId")
    if name_of(instance) not in _ASSOCIABLE_STATES:
        raise errors.IncorrectInstanceState(
            f"The instance '{instance['InstanceId']}' is not in a valid state for this operation.",
        )
    return instance


def _private_address(instance: dict, requested: str | None) -> tuple[dict, str]:
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


def _disassociate(ctx: Context, address: dict, reassign: bool) -> None:
    """Take the address off the instance it is associated with (see `detach_elastic_ip`)."""
    instance = find_instance(ctx, address["InstanceId"])
    if instance is not None and elastic_ip_of(instance) == address["AllocationId"]:
        INSTANCE.put(
            ctx.tx,
            detach_elastic_ip(ctx.tx, ctx.region, instance, reassign),
        )
    else:
        ELASTIC_IP.put(ctx.tx, disassociated(address))


def _would_be_public(ctx: Context, instance: dict) -> bool:
    """Whether the instance has (running) or would get on start (stopped) an assigned public
    address: what it goes back to when its Elastic IP is disassociated."""
    if instance.get("PublicIpAddress"):
        return True
    subnet = ctx.tx.get("subnet", instance["SubnetId"]) or {}
    return name_of(instance) != "running" and bool(subnet.get("MapPublicIpOnLaunch"))


@action("AssociateAddress")
def associate_address(ctx: Context, params: dict) -> dict:
    """An address already associated moves only with `AllowReassociation`; an instance that
    already has another Elastic IP gives it up (it stays allocated), as in EC2."""
    address = _named_address(ctx, params)
    instance = _target_instance(ctx, params)
    interface, private_ip = _private_address(instance, params.get("PrivateIpAddress"))
    if address.get("AssociationId"):
        if not params.get("AllowReassociation"):
            raise errors.ResourceAlreadyAssociated(
                f"resource {address['AllocationId']} is already associated with "
                f"associate-id {address['AssociationId']}",
            )
        if address["InstanceId"] != instance["InstanceId"]:
            _disassociate(ctx, address, reassign=True)
    previous = elastic_ip_of(instance)
    if previous is not None and previous != address["AllocationId"]:
        ELASTIC_IP.put(ctx.tx, disassociated(ELASTIC_IP.stored(ctx.tx, previous)))
    associated = dict(
        disassociated(address),
        AssociationId=new_id("eipassoc"),
        InstanceId=instance["InstanceId"],
        NetworkInterfaceId=interface["NetworkInterfaceId"],
        NetworkInterfaceOwnerId=ctx.account_id,
        PrivateIpAddress=private_ip,
    )
    ELASTIC_IP.put(ctx.tx, associated)
    INSTANCE.put(
        ctx.tx,
        with_elastic_ip(ctx.region, instance, associated, _would_be_public(ctx, instance)),
    )
    return {"AssociationId": associated["AssociationId"]}


@action("DisassociateAddress")
def disassociate_address(ctx: Context, params: dict) -> dict:
    """Idempotent by public IP; an association id that no longer exists is NotFound."""
    association_id = params.get("AssociationId")
    if association_id:
        ADDRESS_ASSOCIATION.check_ids([association_id])
        matches = [a for a in ELASTIC_IP.every(ctx.tx) if a.get("AssociationId") == association_id]
        if not matches:
            raise ADDRESS_ASSOCIATION.not_found([association_id])
        address = matches[0]
    elif params.get("PublicIp"):
        address = _by_public_ip(ctx, params["PublicIp"])
    else:
        raise missing_parameter("AssociationId")
    if address.get("AssociationId"):
        _disassociate(ctx, address, reassign=True)
    return {}


@action("ReleaseAddress")
def release_address(ctx: Context, params: dict) -> dict:
    address = _named_address(ctx, params)
    border_group = params.get("NetworkBorderGroup")
    if border_group and border_group != address["NetworkBorderGroup"]:
        raise _address_not_found(address["PublicIp"])
    if address.get("AssociationId"):
        raise errors.InvalidIPAddressInUse(f"Address {address['AllocationId']} is in use.")
    ELASTIC_IP.delete(ctx.tx, address["AllocationId"])
    return {}
