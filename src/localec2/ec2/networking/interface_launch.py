"""RunInstances' `NetworkInterfaces`: the secondary addresses of a new instance's primary
interface, the new interfaces it is launched with at other device indexes (the instance's
parts, see `interfaces`), and interfaces of their own attached to it at launch."""

from __future__ import annotations

from collections.abc import Sequence

from ...errors import invalid_parameter_combination
from ...protocol import shapes
from ...state.ids import new_id
from ..context import Context
from ..documents import InstanceDoc, NetworkInterfaceDoc
from ..kinds import NETWORK_INTERFACE, SUBNET
from . import interfaces, private_addresses


def existing_for_launch(
    ctx: Context, spec: shapes.InstanceNetworkInterfaceSpecification
) -> NetworkInterfaceDoc | None:
    """The interface of its own a launch's interface specification names, if any: it must
    exist and be available, and nothing else may be asked of it."""
    interface_id = spec.get("NetworkInterfaceId")
    if not interface_id:
        return None
    view = interfaces.get(ctx, interface_id)
    if view.get("Attachment") is not None:
        raise interfaces.in_use(interface_id)
    asked = ("SubnetId", "Groups", "PrivateIpAddress", "PrivateIpAddresses")
    if any(spec.get(member) for member in asked) or spec.get("SecondaryPrivateIpAddressCount"):
        # reconstructed: EC2 refuses a network interface specification that names an
        # existing interface and also asks for what only a new one has
        raise invalid_parameter_combination(
            "A network interface may not specify both a network interface ID and a subnet, "
            "security groups or private IP addresses"
        )
    if spec.get("AssociatePublicIpAddress"):
        raise invalid_parameter_combination(
            "The associatePublicIPAddress parameter can only be specified for a new network "
            "interface at device index 0."
        )
    return view


def _attached_to(
    view: NetworkInterfaceDoc,
    instance: InstanceDoc,
    device_index: int,
    delete_on_termination: bool,
    attach_time: shapes.Timestamp,
) -> NetworkInterfaceDoc:
    return {
        **view,
        "Status": "in-use",
        "Attachment": {
            "AttachTime": attach_time,
            "AttachmentId": new_id("eni-attach"),
            "DeleteOnTermination": delete_on_termination,
            "DeviceIndex": device_index,
            "NetworkCardIndex": 0,
            "InstanceId": instance["InstanceId"],
            "InstanceOwnerId": view.get("OwnerId", ""),
            "Status": "attached",
        },
    }


def _new_for_launch(
    ctx: Context,
    instance: InstanceDoc,
    spec: shapes.InstanceNetworkInterfaceSpecification,
    tags: Sequence[shapes.Tag],
) -> NetworkInterfaceDoc:
    """A new interface a launch makes at a device index other than 0 (an instance's part)."""
    subnet = SUBNET.get(ctx.tx, spec.get("SubnetId") or instance["SubnetId"])
    if subnet["AvailabilityZone"] != instance["Placement"]["AvailabilityZone"]:
        # reconstructed: the wording of EC2's refusal of interfaces in several zones
        raise invalid_parameter_combination(
            "The network interfaces of an instance must all be in one availability zone"
        )
    new = interfaces.NewInterface(
        subnet_id=subnet["SubnetId"],
        description=spec.get("Description") or "",
        private_ip=spec.get("PrivateIpAddress"),
        private_ips=spec.get("PrivateIpAddresses") or (),
        secondary_count=spec.get("SecondaryPrivateIpAddressCount"),
        group_ids=spec.get("Groups") or (),
    )
    groups = interfaces.vpc_groups(ctx, subnet["VpcId"], new.group_ids)
    primary, secondaries, count = interfaces.requested_addresses(new)
    private_addresses.claim(ctx, subnet, [a for a in [primary, *secondaries] if a])
    subnet = SUBNET.get(ctx.tx, subnet["SubnetId"])
    taken = private_addresses.allocate(ctx, subnet, (0 if primary else 1) + count)
    if not primary:
        primary = taken.pop(0)
    doc = interfaces.new_interface_document(
        ctx, subnet, primary, [*secondaries, *taken], groups, new.description, "interface", tags
    )
    return _attached_to(
        doc,
        instance,
        spec["DeviceIndex"],
        spec.get("DeleteOnTermination", True),
        instance["LaunchTime"],
    )


def _with_secondaries(
    ctx: Context,
    instance: InstanceDoc,
    entry: shapes.InstanceNetworkInterface,
    spec: shapes.InstanceNetworkInterfaceSpecification,
) -> shapes.InstanceNetworkInterface:
    """The new primary interface with the secondary addresses its specification asks for."""
    new = interfaces.NewInterface(
        subnet_id=instance["SubnetId"],
        private_ips=[p for p in spec.get("PrivateIpAddresses") or () if not p.get("Primary")],
        secondary_count=spec.get("SecondaryPrivateIpAddressCount"),
    )
    _, secondaries, count = interfaces.requested_addresses(new)
    if not secondaries and not count:
        return entry
    subnet = SUBNET.get(ctx.tx, instance["SubnetId"])
    private_addresses.claim(ctx, subnet, secondaries)
    subnet = SUBNET.get(ctx.tx, instance["SubnetId"])
    taken = private_addresses.allocate(ctx, subnet, count)
    added = [
        interfaces.instance_private_ip(interfaces.address_entry(ctx.region, a, False))
        for a in [*secondaries, *taken]
    ]
    return {**entry, "PrivateIpAddresses": [*(entry.get("PrivateIpAddresses") or ()), *added]}


def launch_interfaces(
    ctx: Context,
    instance: InstanceDoc,
    specs: Sequence[shapes.InstanceNetworkInterfaceSpecification],
    tags: Sequence[shapes.Tag],
) -> InstanceDoc:
    """A new instance with the interfaces its launch asks for beyond its primary one: the
    primary's secondary addresses, new interfaces at other device indexes (the instance's
    parts), interfaces of their own attached to it (stored attached here). With no
    specifications the instance is as it was (nothing is read)."""
    if not specs:
        return instance
    entries = list(instance.get("NetworkInterfaces") or ())
    for spec in sorted(specs, key=lambda s: s["DeviceIndex"]):
        index = spec["DeviceIndex"]
        existing = existing_for_launch(ctx, spec)
        if existing is not None:
            attached = _attached_to(
                existing,
                instance,
                index,
                spec.get("DeleteOnTermination", False),
                instance["LaunchTime"],
            )
            NETWORK_INTERFACE.put(ctx.tx, attached)
            if index == 0:
                entries[0] = interfaces.instance_entry(attached)
            else:
                entries.append(interfaces.instance_entry(attached))
        elif index == 0:
            entries[0] = _with_secondaries(ctx, instance, entries[0], spec)
        else:
            entries.append(interfaces.instance_entry(_new_for_launch(ctx, instance, spec, tags)))
    return {**instance, "NetworkInterfaces": entries}
