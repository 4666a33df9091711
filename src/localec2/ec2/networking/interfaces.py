"""Elastic network interfaces: an instance's and those of their own, one kind of object.

Every interface is a `network-interface` document. An interface made by RunInstances is an
instance's part (`instances.parts`): its document keeps its id, tags and owner, the rest is
the instance's `NetworkInterfaces` entry, read "as it is now" from the instance (so reading
an instance costs no lookup per interface). An interface made by CreateNetworkInterface (or
left behind when detached from its instance, or kept on termination) is a full document in
EC2's `NetworkInterface` shape (its tags under `Tags`, as every kind keeps them; `wire` turns
them into `TagSet`); while attached, the instance carries a copy as one of its
`NetworkInterfaces` entries, written by `store` together with the document.

`find` / `described` give the `NetworkInterface` view of either; every change goes through
`store`, which writes the view back where the interface lives.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from ... import errors
from ...errors import EC2Error, invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from .. import catalogs
from ..context import Context
from ..documents import AddressDoc, InstanceDoc, NetworkInterfaceDoc, SubnetDoc
from ..filters import Getter, fields
from ..instances.lookup import find_instance, get_instance
from ..instances.network import AMAZON, disassociated, elastic_ip_of, private_dns_name
from ..instances.parts import owner_of
from ..instances.states import name_of, timestamp
from ..kinds import ELASTIC_IP, INSTANCE, NETWORK_INTERFACE, SECURITY_GROUP, SUBNET
from ..security_groups.groups import find_by_name
from ..tags.tagging import specified_tags
from . import private_addresses

INTERFACE_TYPES = ("interface", "efa", "efa-only", "trunk")
_ATTACHABLE_STATES = ("running", "stopped")

# reconstructed: EC2's error list has InvalidAttachmentID.NotFound and no Malformed code for
# an interface's attachment: an attachment id of any form that names none is NotFound.
_ATTACHMENT = errors.IdErrors(
    errors.InvalidAttachmentIDNotFound,
    errors.InvalidAttachmentIDNotFound,
    "attachment",
    template="Attachment {} not found",
)


def _mac_address() -> str:
    return "0e:" + ":".join(f"{b:02x}" for b in os.urandom(5))


# --- views --------------------------------------------------------------------------------
def _from_instance(
    doc: NetworkInterfaceDoc, instance: InstanceDoc, entry: shapes.InstanceNetworkInterface
) -> NetworkInterfaceDoc:
    """An instance's interface (`entry`) as DescribeNetworkInterfaces shows it."""
    view: NetworkInterfaceDoc = {
        "AvailabilityZone": instance["Placement"]["AvailabilityZone"],
        "Description": entry.get("Description", ""),
        "Groups": entry.get("Groups") or [],
        "InterfaceType": entry.get("InterfaceType", "interface"),
        "Ipv6Addresses": [
            {"Ipv6Address": a["Ipv6Address"]} for a in entry.get("Ipv6Addresses") or ()
        ],
        "MacAddress": entry.get("MacAddress", ""),
        "NetworkInterfaceId": entry["NetworkInterfaceId"],
        "OwnerId": entry.get("OwnerId", ""),
        "PrivateDnsName": entry.get("PrivateDnsName", ""),
        "PrivateIpAddress": entry.get("PrivateIpAddress", ""),
        "PrivateIpAddresses": [_private_ip_view(p) for p in entry.get("PrivateIpAddresses") or ()],
        "RequesterManaged": False,
        "SourceDestCheck": entry.get("SourceDestCheck", True),
        "Status": "in-use",
        "SubnetId": entry.get("SubnetId", instance.get("SubnetId", "")),
        "VpcId": entry.get("VpcId", instance.get("VpcId", "")),
        "Tags": doc.get("Tags") or [],
    }
    attachment = entry.get("Attachment")
    if attachment is not None:
        view["Attachment"] = {
            "AttachTime": attachment["AttachTime"],
            "AttachmentId": attachment["AttachmentId"],
            "DeleteOnTermination": attachment["DeleteOnTermination"],
            "DeviceIndex": attachment["DeviceIndex"],
            "NetworkCardIndex": attachment.get("NetworkCardIndex", 0),
            "InstanceId": instance["InstanceId"],
            "InstanceOwnerId": entry.get("OwnerId", ""),
            "Status": attachment.get("Status", "attached"),
        }
    if "Association" in entry:
        view["Association"] = _association_view(entry["Association"])
    return view


def _association_view(
    association: shapes.InstanceNetworkInterfaceAssociation,
) -> shapes.NetworkInterfaceAssociation:
    return {
        "IpOwnerId": association.get("IpOwnerId", ""),
        "PublicDnsName": association.get("PublicDnsName", ""),
        "PublicIp": association.get("PublicIp", ""),
    }


def _private_ip_view(
    address: shapes.InstancePrivateIpAddress,
) -> shapes.NetworkInterfacePrivateIpAddress:
    view: shapes.NetworkInterfacePrivateIpAddress = {
        "Primary": address.get("Primary", False),
        "PrivateDnsName": address.get("PrivateDnsName", ""),
        "PrivateIpAddress": address["PrivateIpAddress"],
    }
    if "Association" in address:
        view["Association"] = _association_view(address["Association"])
    return view


def instance_entry(view: NetworkInterfaceDoc) -> shapes.InstanceNetworkInterface:
    """An attached interface as its instance shows it in `NetworkInterfaces`."""
    entry: shapes.InstanceNetworkInterface = {
        "Description": view.get("Description", ""),
        "Groups": view.get("Groups") or [],
        "Ipv6Addresses": [
            {"Ipv6Address": a["Ipv6Address"]} for a in view.get("Ipv6Addresses") or ()
        ],
        "MacAddress": view.get("MacAddress", ""),
        "NetworkInterfaceId": view["NetworkInterfaceId"],
        "OwnerId": view.get("OwnerId", ""),
        "PrivateDnsName": view.get("PrivateDnsName", ""),
        "PrivateIpAddress": view.get("PrivateIpAddress", ""),
        "PrivateIpAddresses": [
            instance_private_ip(p) for p in view.get("PrivateIpAddresses") or ()
        ],
        "SourceDestCheck": view.get("SourceDestCheck", True),
        "Status": "in-use",
        "SubnetId": view.get("SubnetId", ""),
        "VpcId": view.get("VpcId", ""),
        "InterfaceType": view.get("InterfaceType", "interface"),
    }
    attachment = view.get("Attachment")
    if attachment is not None:
        entry["Attachment"] = {
            "AttachTime": attachment["AttachTime"],
            "AttachmentId": attachment["AttachmentId"],
            "DeleteOnTermination": attachment["DeleteOnTermination"],
            "DeviceIndex": attachment["DeviceIndex"],
            "Status": attachment.get("Status", "attached"),
            "NetworkCardIndex": attachment.get("NetworkCardIndex", 0),
        }
    if "Association" in view:
        association = view["Association"]
        entry["Association"] = {
            "IpOwnerId": association.get("IpOwnerId", ""),
            "PublicDnsName": association.get("PublicDnsName", ""),
            "PublicIp": association.get("PublicIp", ""),
        }
    return entry


def instance_private_ip(
    address: shapes.NetworkInterfacePrivateIpAddress,
) -> shapes.InstancePrivateIpAddress:
    out: shapes.InstancePrivateIpAddress = {
        "Primary": address.get("Primary", False),
        "PrivateDnsName": address.get("PrivateDnsName", ""),
        "PrivateIpAddress": address["PrivateIpAddress"],
    }
    if "Association" in address:
        association = address["Association"]
        out["Association"] = {
            "IpOwnerId": association.get("IpOwnerId", ""),
            "PublicDnsName": association.get("PublicDnsName", ""),
            "PublicIp": association.get("PublicIp", ""),
        }
    return out


def wire(view: NetworkInterfaceDoc) -> shapes.NetworkInterface:
    """The view as EC2 answers it: tags as `TagSet`, no private part."""
    copy: NetworkInterfaceDoc = {**view}
    tags = copy.pop("Tags", None) or []
    copy.pop("_", None)
    out: shapes.NetworkInterface = copy
    out["TagSet"] = tags
    return out


def _entry_of(instance: InstanceDoc, interface_id: str) -> shapes.InstanceNetworkInterface | None:
    for entry in instance.get("NetworkInterfaces") or ():
        if entry["NetworkInterfaceId"] == interface_id:
            return entry
    return None


def _view(ctx: Context, doc: NetworkInterfaceDoc) -> NetworkInterfaceDoc | None:
    """The interface as it is now, or None once it is gone with its instance."""
    owner = owner_of(doc)
    if owner is None:
        return doc
    instance = find_instance(ctx, owner)
    if instance is None or name_of(instance) == "terminated":
        return None
    entry = _entry_of(instance, doc["NetworkInterfaceId"])
    if entry is None:
        return None
    view = _from_instance(doc, instance, entry)
    allocation_id = elastic_ip_of(instance)
    address = None if allocation_id is None else ELASTIC_IP.stored(ctx.tx, allocation_id)
    if address is not None and address.get("NetworkInterfaceId") == doc["NetworkInterfaceId"]:
        view = _with_elastic_ip_ids(view, address)
    return view


def _with_elastic_ip_ids(view: NetworkInterfaceDoc, address: AddressDoc) -> NetworkInterfaceDoc:
    """An instance's interface with its Elastic IP's allocation and association ids, which
    the instance's own entry does not keep."""
    ids: shapes.NetworkInterfaceAssociation = {
        "AllocationId": address["AllocationId"],
        "AssociationId": address.get("AssociationId", ""),
    }
    private_ip = address.get("PrivateIpAddress", "")
    for entry in view.get("PrivateIpAddresses") or ():
        if entry["PrivateIpAddress"] == private_ip and "Association" in entry:
            view = with_association(view, private_ip, {**ids, **entry["Association"]})
    return view


def find(ctx: Context, interface_id: str) -> NetworkInterfaceDoc | None:
    doc = NETWORK_INTERFACE.stored(ctx.tx, interface_id)
    return None if doc is None else _view(ctx, doc)


def get(ctx: Context, interface_id: str) -> NetworkInterfaceDoc:
    """The interface (Malformed / NotFound as EC2 answers)."""
    return NETWORK_INTERFACE.get(ctx.tx, interface_id, lambda i: find(ctx, i))


def all_interfaces(ctx: Context) -> list[NetworkInterfaceDoc]:
    views = (_view(ctx, doc) for doc in NETWORK_INTERFACE.every(ctx.tx))
    return [v for v in views if v is not None]


def described(ctx: Context, ids: Sequence[str]) -> list[NetworkInterfaceDoc]:
    """What DescribeNetworkInterfaces lists: the interfaces named, else all of them."""
    if ids:
        return NETWORK_INTERFACE.select(ctx.tx, ids, lambda i: find(ctx, i))
    return all_interfaces(ctx)


def _attached_instance(ctx: Context, view: NetworkInterfaceDoc) -> InstanceDoc | None:
    attachment = view.get("Attachment")
    return None if attachment is None else find_instance(ctx, attachment["InstanceId"])


def _instance_with(
    instance: InstanceDoc, view: NetworkInterfaceDoc | None, interface_id: str
) -> InstanceDoc:
    """The instance with its entry for the interface replaced by `view` (None: removed);
    the primary interface's groups and source/destination check are the instance's."""
    entries = [
        e
        for e in instance.get("NetworkInterfaces") or ()
        if e["NetworkInterfaceId"] != interface_id
    ]
    updated: InstanceDoc = {**instance}
    if view is not None:
        entries.append(instance_entry(view))
        entries.sort(key=lambda e: e.get("Attachment", {}).get("DeviceIndex", 0))
        if view.get("Attachment", {}).get("DeviceIndex") == 0:
            updated["SecurityGroups"] = view.get("Groups") or []
            updated["SourceDestCheck"] = view.get("SourceDestCheck", True)
            association = view.get("Association")
            updated["PublicDnsName"] = association.get("PublicDnsName", "") if association else ""
            if association is not None and association.get("PublicIp"):
                updated["PublicIpAddress"] = association["PublicIp"]
            else:
                updated.pop("PublicIpAddress", None)
    updated["NetworkInterfaces"] = entries
    return updated


def store(ctx: Context, view: NetworkInterfaceDoc) -> None:
    """Write a changed interface back where it lives (see the module's docstring)."""
    interface_id = view["NetworkInterfaceId"]
    stored = NETWORK_INTERFACE.stored(ctx.tx, interface_id)
    owned = stored is not None and owner_of(stored) is not None
    if not owned:
        NETWORK_INTERFACE.put(ctx.tx, view)
    instance = _attached_instance(ctx, view)
    if instance is not None:
        INSTANCE.put(ctx.tx, _instance_with(instance, view, interface_id))


# --- CreateNetworkInterface -----------------------------------------------------------------
@dataclass(frozen=True)
class NewInterface:
    subnet_id: str
    description: str = ""
    private_ip: str | None = None
    private_ips: Sequence[shapes.PrivateIpAddressSpecification] = ()
    secondary_count: int | None = None
    group_ids: Sequence[str] = ()
    interface_type: str | None = None
    tag_specifications: Sequence[shapes.TagSpecification] = field(default=())


def vpc_groups(ctx: Context, vpc_id: str, group_ids: Sequence[str]) -> list[shapes.GroupIdentifier]:
    """The groups named (of the interface's VPC), else the VPC's default group."""
    groups: list[shapes.GroupIdentifier] = []
    for group_id in dict.fromkeys(group_ids):
        group = SECURITY_GROUP.get(ctx.tx, group_id)
        if group.get("VpcId") != vpc_id:
            # reconstructed: EC2 refuses a group of another VPC with this code and wording
            raise errors.InvalidParameter(
                f"Security group {group_id} and subnet belong to different networks."
            )
        groups.append({"GroupId": group["GroupId"], "GroupName": group["GroupName"]})
    if not group_ids:
        default = find_by_name(ctx.tx, "default", vpc_id)
        if default is not None:
            groups.append({"GroupId": default["GroupId"], "GroupName": default["GroupName"]})
    return groups


def requested_addresses(new: NewInterface) -> tuple[str | None, list[str], int]:
    """(primary address asked for, secondary addresses asked for, secondary count)."""
    primary = new.private_ip
    secondaries: list[str] = []
    for spec in new.private_ips:
        address = spec.get("PrivateIpAddress")
        if not address:
            raise errors.missing_parameter("privateIpAddresses.privateIpAddress")
        if spec.get("Primary"):
            if primary is not None and primary != address:
                raise invalid_parameter_combination(
                    "Only one primary private IP address can be specified."
                )
            primary = address
        else:
            secondaries.append(address)
    count = new.secondary_count
    if count is not None:
        if secondaries:
            raise invalid_parameter_combination(
                "The parameters 'privateIpAddresses' and 'secondaryPrivateIpAddressCount' "
                "cannot be specified together."
            )
        if count < 1:
            raise invalid_parameter_value(
                f"Value ({count}) for parameter secondaryPrivateIpAddressCount is invalid. "
                "Expected a positive integer."
            )
    return primary, secondaries, count or 0


def address_entry(
    region: str, address: str, primary: bool
) -> shapes.NetworkInterfacePrivateIpAddress:
    return {
        "Primary": primary,
        "PrivateDnsName": private_dns_name(region, address),
        "PrivateIpAddress": address,
    }


def _address_entries(
    region: str, primary: str, secondaries: Sequence[str]
) -> list[shapes.NetworkInterfacePrivateIpAddress]:
    return [
        address_entry(region, address, address == primary) for address in [primary, *secondaries]
    ]


def new_interface_document(
    ctx: Context,
    subnet: SubnetDoc,
    primary: str,
    secondaries: Sequence[str],
    groups: Sequence[shapes.GroupIdentifier],
    description: str,
    interface_type: str,
    tags: Sequence[shapes.Tag],
    requester_managed: bool = False,
) -> NetworkInterfaceDoc:
    """A new, unattached interface's document with the addresses given (already taken)."""
    doc: NetworkInterfaceDoc = {
        "AvailabilityZone": subnet["AvailabilityZone"],
        "Description": description,
        "Groups": list(groups),
        "InterfaceType": interface_type,
        "Ipv6Addresses": [],
        "MacAddress": _mac_address(),
        "NetworkInterfaceId": new_id("eni"),
        "OwnerId": ctx.account_id,
        "PrivateDnsName": private_dns_name(ctx.region, primary),
        "PrivateIpAddress": primary,
        "PrivateIpAddresses": _address_entries(ctx.region, primary, secondaries),
        "RequesterManaged": requester_managed,
        "SourceDestCheck": True,
        "Status": "available",
        "SubnetId": subnet["SubnetId"],
        "VpcId": subnet["VpcId"],
        "Tags": list(tags),
    }
    if requester_managed:
        doc["RequesterId"] = "amazon"  # reconstructed: EC2 shows an AWS service's id here
    return doc


def create(ctx: Context, new: NewInterface) -> NetworkInterfaceDoc:
    """A new interface in the subnet: its primary address given or the next free one, its
    secondary addresses given or counted, the groups of the subnet's VPC."""
    subnet = SUBNET.get(ctx.tx, new.subnet_id)
    interface_type = new.interface_type or "interface"
    if interface_type not in INTERFACE_TYPES:
        raise invalid_parameter_value(
            f"Value ({interface_type}) for parameter interfaceType is invalid."
        )
    groups = vpc_groups(ctx, subnet["VpcId"], new.group_ids)
    tags = specified_tags(new.tag_specifications, NETWORK_INTERFACE.name)
    primary, secondaries, count = requested_addresses(new)
    private_addresses.claim(ctx, subnet, [a for a in [primary, *secondaries] if a])
    subnet = SUBNET.get(ctx.tx, new.subnet_id)
    taken = private_addresses.allocate(ctx, subnet, (0 if primary else 1) + count)
    if not primary:
        primary = taken.pop(0)
    doc = new_interface_document(
        ctx, subnet, primary, [*secondaries, *taken], groups, new.description, interface_type, tags
    )
    NETWORK_INTERFACE.put(ctx.tx, doc)
    return doc


# --- DeleteNetworkInterface -------------------------------------------------------------------
def in_use(interface_id: str) -> EC2Error:
    return errors.InvalidNetworkInterfaceInUse(
        f"The network interface '{interface_id}' is currently in use."
    )


def delete(ctx: Context, interface_id: str) -> None:
    """Delete an interface that is not attached (its addresses go back to its subnet)."""
    view = get(ctx, interface_id)
    if view.get("Attachment") is not None:
        raise in_use(interface_id)
    if view.get("RequesterManaged"):
        # reconstructed: EC2 refuses to delete an interface an AWS service manages
        raise errors.OperationNotPermitted(
            "You do not have permission to access the specified resource."
        )
    forget(ctx, view)


def forget(ctx: Context, view: NetworkInterfaceDoc) -> None:
    """Remove an unattached interface and give its addresses back to its subnet."""
    NETWORK_INTERFACE.delete(ctx.tx, view["NetworkInterfaceId"])
    _addresses_follow(ctx, view["NetworkInterfaceId"], gone=True)
    private_addresses.release(ctx.tx, view["SubnetId"], len(view.get("PrivateIpAddresses") or ()))


# --- Attach / Detach ----------------------------------------------------------------------------
def attach(ctx: Context, interface_id: str, instance_id: str, device_index: int) -> str:
    """Attach an available interface to a running or stopped instance of its zone, at a
    device index the instance does not use yet; the attachment's id."""
    view = get(ctx, interface_id)
    instance = get_instance(ctx, instance_id)
    if device_index < 0:
        raise invalid_parameter_value(
            f"Value ({device_index}) for parameter deviceIndex is invalid."
        )
    if view.get("Attachment") is not None or view.get("Status") != "available":
        raise in_use(interface_id)  # attached, or used by an AWS service (a NAT gateway's)
    if name_of(instance) not in _ATTACHABLE_STATES:
        # reconstructed: the wording of EC2's IncorrectInstanceState for an attachment
        raise errors.IncorrectInstanceState(
            f"The instance '{instance_id}' is not in a valid state for this operation."
        )
    if instance["Placement"]["AvailabilityZone"] != view["AvailabilityZone"]:
        # EC2: the interface and the instance must be in the same Availability Zone.
        # reconstructed: the code and wording of the refusal
        raise invalid_parameter_combination(
            "You may not attach a network interface to an instance if they are not in the "
            "same availability zone"
        )
    used = {
        e.get("Attachment", {}).get("DeviceIndex") for e in instance.get("NetworkInterfaces") or ()
    }
    if device_index in used:
        # reconstructed: the wording of the refusal of a device index in use
        raise invalid_parameter_value(
            f"Instance '{instance_id}' already has an interface attached at device index "
            f"'{device_index}'."
        )
    info = catalogs.instance_types().get(instance["InstanceType"])
    limit = None if info is None else info["NetworkInfo"].get("MaximumNetworkInterfaces")
    if limit is not None and len(used) >= limit:
        # EC2's error list: AttachmentLimitExceeded. reconstructed: the wording
        raise errors.AttachmentLimitExceeded(
            f"Interface count {len(used) + 1} exceeds the limit for {instance['InstanceType']}"
        )
    attachment_id = new_id("eni-attach")
    attached: NetworkInterfaceDoc = {
        **view,
        "Status": "in-use",
        "Attachment": {
            "AttachTime": timestamp(ctx.now),
            "AttachmentId": attachment_id,
            "DeleteOnTermination": False,
            "DeviceIndex": device_index,
            "NetworkCardIndex": 0,
            "InstanceId": instance_id,
            "InstanceOwnerId": ctx.account_id,
            "Status": "attached",
        },
    }
    NETWORK_INTERFACE.put(ctx.tx, attached)
    INSTANCE.put(ctx.tx, _instance_with(instance, attached, interface_id))
    return attachment_id


def _by_attachment(ctx: Context, attachment_id: str) -> NetworkInterfaceDoc:
    for view in all_interfaces(ctx):
        if view.get("Attachment", {}).get("AttachmentId") == attachment_id:
            return view
    raise _ATTACHMENT.missing([attachment_id])


def _unassociated(
    address: shapes.NetworkInterfacePrivateIpAddress,
) -> shapes.NetworkInterfacePrivateIpAddress:
    bare: shapes.NetworkInterfacePrivateIpAddress = {**address}
    bare.pop("Association", None)
    return bare


def detached(view: NetworkInterfaceDoc) -> NetworkInterfaceDoc:
    """The interface on its own: `available`, no attachment, an interface of no instance; an
    address EC2 assigned goes, its Elastic IPs stay."""
    bare: NetworkInterfaceDoc = {**view, "Status": "available"}
    bare.pop("Attachment", None)
    bare.pop("_", None)
    for entry in view.get("PrivateIpAddresses") or ():
        if entry.get("Association", {}).get("IpOwnerId") == AMAZON:
            bare = with_association(bare, entry["PrivateIpAddress"], None)
    return bare


def detach(ctx: Context, attachment_id: str) -> None:
    """Detach an interface from its instance; the primary interface (device index 0) stays."""
    view = _by_attachment(ctx, attachment_id)
    attachment = view["Attachment"]
    if attachment["DeviceIndex"] == 0:
        # EC2's documentation: the primary network interface cannot be detached.
        # reconstructed: the code and wording
        raise errors.OperationNotPermitted(
            "The network interface at device index 0 cannot be detached."
        )
    instance = find_instance(ctx, attachment["InstanceId"])
    if instance is not None:
        INSTANCE.put(ctx.tx, _instance_with(instance, None, view["NetworkInterfaceId"]))
    NETWORK_INTERFACE.put(ctx.tx, detached(view))
    _addresses_follow(ctx, view["NetworkInterfaceId"], gone=False)


# --- attributes ---------------------------------------------------------------------------------
def attribute(
    ctx: Context, interface_id: str, name: str | None
) -> shapes.DescribeNetworkInterfaceAttributeResult:
    """One attribute of the interface, as DescribeNetworkInterfaceAttribute answers it."""
    view = get(ctx, interface_id)
    if not name:
        raise errors.missing_parameter("Attribute")
    result: shapes.DescribeNetworkInterfaceAttributeResult = {"NetworkInterfaceId": interface_id}
    if name == "description":
        result["Description"] = {"Value": view.get("Description", "")}
    elif name == "groupSet":
        result["Groups"] = view.get("Groups") or []
    elif name == "sourceDestCheck":
        result["SourceDestCheck"] = {"Value": view.get("SourceDestCheck", True)}
    elif name == "attachment":
        if "Attachment" in view:
            result["Attachment"] = view["Attachment"]
    elif name == "associatePublicIpAddress":
        result["AssociatePublicIpAddress"] = "Association" in view
    else:
        raise invalid_parameter_value(f"Value ({name}) for parameter attribute is invalid.")
    return result


@dataclass(frozen=True)
class Changes:
    """What a ModifyNetworkInterfaceAttribute request changes (None: not given)."""

    description: str | None = None
    source_dest_check: bool | None = None
    group_ids: Sequence[str] | None = None
    attachment: shapes.NetworkInterfaceAttachmentChanges | None = None


def modify(ctx: Context, interface_id: str, changes: Changes) -> None:
    """Change one attribute: the description, the groups (of the interface's VPC), the
    source/destination check, or the attachment's DeleteOnTermination."""
    view = get(ctx, interface_id)
    given = [
        name
        for name, value in (
            ("description", changes.description),
            ("sourceDestCheck", changes.source_dest_check),
            ("groupSet", changes.group_ids),
            ("attachment", changes.attachment),
        )
        if value is not None
    ]
    if not given:
        # reconstructed: EC2's answer to a request that changes nothing
        raise errors.missing_parameter("attribute")
    if len(given) > 1:
        # reconstructed: the wording of EC2's refusal of several attributes at once
        raise invalid_parameter_combination(
            f"Fields for multiple attribute types specified: {', '.join(given)}"
        )
    updated: NetworkInterfaceDoc = {**view}
    if changes.description is not None:
        updated["Description"] = changes.description
    elif changes.source_dest_check is not None:
        updated["SourceDestCheck"] = changes.source_dest_check
    elif changes.group_ids is not None:
        if not changes.group_ids:
            raise errors.missing_parameter("groupId")
        updated["Groups"] = vpc_groups(ctx, view["VpcId"], changes.group_ids)
    elif changes.attachment is not None:
        updated = _with_delete_on_termination(view, changes.attachment)
    store(ctx, updated)


def _with_delete_on_termination(
    view: NetworkInterfaceDoc, change: shapes.NetworkInterfaceAttachmentChanges
) -> NetworkInterfaceDoc:
    attachment = view.get("Attachment")
    attachment_id = change.get("AttachmentId")
    if not attachment_id:
        raise errors.missing_parameter("attachment.attachmentId")
    if attachment is None or attachment["AttachmentId"] != attachment_id:
        raise _ATTACHMENT.missing([attachment_id])
    keep = change.get("DeleteOnTermination")
    if keep is None:
        raise errors.missing_parameter("attachment.deleteOnTermination")
    return {**view, "Attachment": {**attachment, "DeleteOnTermination": keep}}


def reset(ctx: Context, interface_id: str, source_dest_check: str | None) -> None:
    """ResetNetworkInterfaceAttribute: the source/destination check goes back to true."""
    view = get(ctx, interface_id)
    if source_dest_check is None:
        raise errors.missing_parameter("sourceDestCheck")
    store(ctx, {**view, "SourceDestCheck": True})


# --- secondary private addresses ----------------------------------------------------------------
def _instance_type_limit(ctx: Context, view: NetworkInterfaceDoc) -> int | None:
    """How many private addresses an interface of its instance's type may have."""
    instance = _attached_instance(ctx, view)
    if instance is None:
        return None
    info = catalogs.instance_types().get(instance["InstanceType"])
    return None if info is None else info["NetworkInfo"].get("Ipv4AddressesPerInterface")


def assign_private_ips(
    ctx: Context,
    interface_id: str,
    addresses: Sequence[str],
    count: int | None,
    allow_reassignment: bool,
) -> list[str]:
    """Give the interface more secondary addresses: these, or `count` free ones."""
    view = get(ctx, interface_id)
    if addresses and count is not None:
        raise invalid_parameter_combination(
            "The parameters 'privateIpAddress' and 'secondaryPrivateIpAddressCount' cannot be "
            "specified together."
        )
    if not addresses and count is None:
        raise errors.missing_parameter("privateIpAddress or secondaryPrivateIpAddressCount")
    if count is not None and count < 1:
        raise invalid_parameter_value(
            f"Value ({count}) for parameter secondaryPrivateIpAddressCount is invalid. "
            "Expected a positive integer."
        )
    current = view.get("PrivateIpAddresses") or []
    limit = _instance_type_limit(ctx, view)
    if limit is not None and len(current) + (count or len(addresses)) > limit:
        raise errors.PrivateIpAddressLimitExceeded(
            f"Number of private addresses will exceed limit for instance type "
            f"{_attached_instance_type(ctx, view)}"
        )
    subnet = SUBNET.get(ctx.tx, view["SubnetId"])
    if addresses:
        if allow_reassignment:
            _take_from_others(ctx, view, addresses)
            subnet = SUBNET.get(ctx.tx, view["SubnetId"])
        private_addresses.claim(ctx, subnet, addresses)
        new = list(addresses)
    else:
        new = private_addresses.allocate(ctx, subnet, count or 0)
    view = get(ctx, interface_id)
    entries = list(view.get("PrivateIpAddresses") or [])
    entries += [address_entry(ctx.region, a, False) for a in new]
    store(ctx, {**view, "PrivateIpAddresses": entries})
    return new


def _attached_instance_type(ctx: Context, view: NetworkInterfaceDoc) -> str:
    instance = _attached_instance(ctx, view)
    return "" if instance is None else instance["InstanceType"]


def _take_from_others(ctx: Context, view: NetworkInterfaceDoc, addresses: Sequence[str]) -> None:
    """`AllowReassignment`: secondary addresses another interface of the subnet holds move."""
    wanted = set(addresses)
    for other in all_interfaces(ctx):
        if other["NetworkInterfaceId"] == view["NetworkInterfaceId"]:
            continue
        if other.get("SubnetId") != view["SubnetId"]:
            continue
        held = other.get("PrivateIpAddresses") or []
        moving = [p for p in held if p["PrivateIpAddress"] in wanted and not p.get("Primary")]
        if moving:
            kept = [p for p in held if p not in moving]
            store(ctx, {**other, "PrivateIpAddresses": kept})
            private_addresses.release(ctx.tx, view["SubnetId"], len(moving))


def unassign_private_ips(ctx: Context, interface_id: str, addresses: Sequence[str]) -> None:
    """Take secondary addresses off the interface; they go back to its subnet."""
    view = get(ctx, interface_id)
    if not addresses:
        raise errors.missing_parameter("privateIpAddress")
    held = view.get("PrivateIpAddresses") or []
    secondary = {p["PrivateIpAddress"] for p in held if not p.get("Primary")}
    wanted = set(addresses)
    if not wanted <= secondary:
        # reconstructed: the wording of EC2's refusal of an address the interface lacks
        raise invalid_parameter_value(
            f"Some of the specified addresses are not assigned to interface {interface_id}"
        )
    kept = [p for p in held if p["PrivateIpAddress"] not in wanted]
    store(ctx, {**view, "PrivateIpAddresses": kept})
    private_addresses.release(ctx.tx, view["SubnetId"], len(wanted))


# --- DescribeNetworkInterfaces' filters ---------------------------------------------------------
def _group_names(view: NetworkInterfaceDoc) -> list[str]:
    return [g.get("GroupName", "") for g in view.get("Groups") or ()]


FILTERS: dict[str, Getter] = {
    **fields(
        {
            "addresses.private-ip-address": "PrivateIpAddresses.PrivateIpAddress",
            "addresses.primary": "PrivateIpAddresses.Primary",
            "addresses.association.public-ip": "PrivateIpAddresses.Association.PublicIp",
            "addresses.association.owner-id": "PrivateIpAddresses.Association.IpOwnerId",
            "association.association-id": "Association.AssociationId",
            "association.allocation-id": "Association.AllocationId",
            "association.ip-owner-id": "Association.IpOwnerId",
            "association.public-ip": "Association.PublicIp",
            "association.public-dns-name": "Association.PublicDnsName",
            "attachment.attachment-id": "Attachment.AttachmentId",
            "attachment.attach-time": "Attachment.AttachTime",
            "attachment.delete-on-termination": "Attachment.DeleteOnTermination",
            "attachment.device-index": "Attachment.DeviceIndex",
            "attachment.instance-id": "Attachment.InstanceId",
            "attachment.instance-owner-id": "Attachment.InstanceOwnerId",
            "attachment.status": "Attachment.Status",
            "availability-zone": "AvailabilityZone",
            "description": "Description",
            "group-id": "Groups.GroupId",
            "ipv6-addresses.ipv6-address": "Ipv6Addresses.Ipv6Address",
            "interface-type": "InterfaceType",
            "mac-address": "MacAddress",
            "network-interface-id": "NetworkInterfaceId",
            "owner-id": "OwnerId",
            "private-dns-name": "PrivateDnsName",
            "private-ip-address": "PrivateIpAddress",
            "requester-id": "RequesterId",
            "requester-managed": "RequesterManaged",
            "source-dest-check": "SourceDestCheck",
            "status": "Status",
            "subnet-id": "SubnetId",
            "vpc-id": "VpcId",
        }
    ),
    "group-name": _group_names,
}


# --- what keeps a subnet or a VPC --------------------------------------------------------------
def in_subnet(ctx: Context, subnet_id: str) -> list[str]:
    """The interfaces in the subnet now (an instance's too, made in it at launch)."""
    return [v["NetworkInterfaceId"] for v in all_interfaces(ctx) if v.get("SubnetId") == subnet_id]


# --- an instance terminating --------------------------------------------------------------------
def on_termination(ctx: Context, instance: InstanceDoc) -> None:
    """What terminating the instance does to its interfaces: those with DeleteOnTermination
    go (their addresses back to the subnet), the others stay, detached and `available`. The
    instance keeps its entries, as DescribeInstances shows a terminated instance."""
    for entry in instance.get("NetworkInterfaces") or ():
        doc = NETWORK_INTERFACE.stored(ctx.tx, entry["NetworkInterfaceId"])
        if doc is None:
            continue
        view = _from_instance(doc, instance, entry)
        owned = owner_of(doc) is not None
        if not view.get("Attachment", {}).get("DeleteOnTermination", True):
            NETWORK_INTERFACE.put(ctx.tx, detached(view))
            _addresses_follow(ctx, view["NetworkInterfaceId"], gone=False)
        elif owned:  # the document goes with the instance; the primary address is its own
            count = len(view.get("PrivateIpAddresses") or ())
            if view["PrivateIpAddress"] == instance.get("PrivateIpAddress"):
                count -= 1  # given back by the instance itself (`lifecycle`)
            private_addresses.release(ctx.tx, view["SubnetId"], count)
        else:
            forget(ctx, view)


def exists(ctx: Context, doc: NetworkInterfaceDoc) -> bool:
    """Whether the interface exists now (an instance's goes when the instance terminates)."""
    return _view(ctx, doc) is not None


# --- Elastic IPs on an interface ----------------------------------------------------------------
def with_association(
    view: NetworkInterfaceDoc,
    private_ip: str,
    association: shapes.NetworkInterfaceAssociation | None,
) -> NetworkInterfaceDoc:
    """The interface with `association` (an Elastic IP) on its private address `private_ip`,
    or none there; the interface's own `Association` is its primary address's."""
    entries: list[shapes.NetworkInterfacePrivateIpAddress] = []
    for entry in view.get("PrivateIpAddresses") or ():
        if entry["PrivateIpAddress"] == private_ip:
            entry = _unassociated(entry)
            if association is not None:
                entry["Association"] = association
        entries.append(entry)
    updated: NetworkInterfaceDoc = {**view, "PrivateIpAddresses": entries}
    updated.pop("Association", None)
    for entry in entries:
        if entry.get("Primary") and "Association" in entry:
            updated["Association"] = entry["Association"]
    return updated


def _addresses_follow(ctx: Context, interface_id: str, gone: bool) -> None:
    """The Elastic IPs associated with an interface that is detached (they stay with it, of
    no instance now) or deleted (`gone`: they are disassociated)."""
    for address in ELASTIC_IP.every(ctx.tx):
        if address.get("NetworkInterfaceId") != interface_id:
            continue
        if gone:
            ELASTIC_IP.put(ctx.tx, disassociated(address))
        elif "InstanceId" in address:
            kept: AddressDoc = {**address}
            kept.pop("InstanceId", None)
            ELASTIC_IP.put(ctx.tx, kept)
