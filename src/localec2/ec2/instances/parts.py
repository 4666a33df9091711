"""Resources that exist as parts of an instance: its volumes and network interfaces.

EC2 tags them (`TagSpecifications` at launch, `CreateTags` by id, `DescribeTags`), so each
is a small document, its id, its owner's id and its tags (`actions.volumes` reads the rest
of a volume from its instance), that lives as long as EC2 keeps it: an instance's volumes and
interfaces go when it terminates (a volume with `DeleteOnTermination` false stays while the
instance is still visible); a snapshot stays after its image is deregistered, as in EC2.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ... import errors
from ...protocol import shapes
from ...state.store import Transaction
from ..documents import InstanceDoc, LaunchVolume, NetworkInterfaceDoc, VolumeDoc
from ..kinds import NETWORK_INTERFACE, VOLUME, Kind, private
from .states import instance_private

DEFAULT_SIZE = 8  # GiB, a launch volume's size when its mapping gives none
# A volume's fields ModifyVolume changes; an instance's volume keeps them in its own document.
MODIFIABLE = ("Size", "VolumeType", "Iops", "Throughput", "MultiAttachEnabled")


def _volume_ids(instance: shapes.Instance) -> list[str]:
    return [m["Ebs"]["VolumeId"] for m in instance.get("BlockDeviceMappings") or () if "Ebs" in m]


def _interface_ids(instance: shapes.Instance) -> list[str]:
    return [i["NetworkInterfaceId"] for i in instance.get("NetworkInterfaces") or ()]


def record_instance_parts(
    tx: Transaction,
    instance: InstanceDoc,
    volume_tags: list[shapes.Tag],
    interface_tags: list[shapes.Tag],
) -> None:
    """The documents of a new instance's volumes and interfaces, with their launch tags."""
    owner = instance["InstanceId"]
    for volume_id in _volume_ids(instance):
        VOLUME.put(tx, {"VolumeId": volume_id, "Tags": volume_tags, "_": {"owner": owner}})
    for interface_id in _interface_ids(instance):
        if NETWORK_INTERFACE.stored(tx, interface_id) is not None:
            continue  # an interface of its own attached at launch
        NETWORK_INTERFACE.put(
            tx,
            {"NetworkInterfaceId": interface_id, "Tags": interface_tags, "_": {"owner": owner}},
        )


def owner_of(doc: Mapping[str, object]) -> str | None:
    """The id of the instance (or image) a part belongs to; None for a resource of its own."""
    owner: str | None = private(doc).get("owner")
    return owner


def check_device_names(mappings: Sequence[shapes.BlockDeviceMapping]) -> None:
    """EC2 refuses a block device mapping (of a launch or an image) without a device name."""
    if any(not mapping.get("DeviceName") for mapping in mappings):
        raise errors.InvalidBlockDeviceMapping("Missing device name")


def launch_volume(ebs: shapes.EbsBlockDevice) -> LaunchVolume:
    """What a volume made at launch is, from its block device mapping (the image's, with the
    request's overrides): size, type, IOPS, throughput, encryption and source snapshot, as
    the instance keeps them in its private `volumes` (by volume id)."""
    size = ebs.get("VolumeSize") or DEFAULT_SIZE
    volume_type = ebs.get("VolumeType") or "gp2"
    attributes: LaunchVolume = {
        "Size": size,
        "VolumeType": volume_type,
        "Encrypted": bool(ebs.get("Encrypted")),
        "SnapshotId": ebs.get("SnapshotId") or "",
    }
    if volume_type == "gp2":
        attributes["Iops"] = max(100, 3 * size)
    elif volume_type == "gp3":
        attributes["Iops"] = ebs.get("Iops") or 3000
        attributes["Throughput"] = ebs.get("Throughput") or 125
    elif ebs.get("Iops"):
        attributes["Iops"] = ebs["Iops"]
    return attributes


def _modified(view: VolumeDoc, doc: VolumeDoc) -> VolumeDoc:
    """`view` with the `MODIFIABLE` fields ModifyVolume changed in the volume's `doc`."""
    modified: VolumeDoc = {**view}
    if "Size" in doc:
        modified["Size"] = doc["Size"]
    if "VolumeType" in doc:
        modified["VolumeType"] = doc["VolumeType"]
    if "Iops" in doc:
        modified["Iops"] = doc["Iops"]
    if "Throughput" in doc:
        modified["Throughput"] = doc["Throughput"]
    if "MultiAttachEnabled" in doc:
        modified["MultiAttachEnabled"] = doc["MultiAttachEnabled"]
    return modified


def instance_volume(doc: VolumeDoc, instance: InstanceDoc) -> VolumeDoc:
    """An instance's own volume (`doc`) as DescribeVolumes shows it, read from the instance
    as it is now: `in-use` and attached while it lives, `available` once it has terminated."""
    (mapping,) = [
        m
        for m in instance["BlockDeviceMappings"]
        if (m.get("Ebs") or {}).get("VolumeId") == doc["VolumeId"]
    ]
    ebs = mapping["Ebs"]
    volumes = instance_private(instance).get("volumes", {})
    attributes = volumes.get(doc["VolumeId"]) or launch_volume({})
    attached = instance["State"]["Name"] != "terminated"
    attachments: list[shapes.VolumeAttachment] = (
        [
            {
                "AttachTime": ebs["AttachTime"],
                "Device": mapping["DeviceName"],
                "InstanceId": instance["InstanceId"],
                "State": "attached",
                "VolumeId": doc["VolumeId"],
                "DeleteOnTermination": ebs["DeleteOnTermination"],
            }
        ]
        if attached
        else []
    )
    # mypy wants every other Volume member in some ** item; the attributes keep their stored
    # order (upgraded documents have their own), so they are not spelt out one by one
    view: VolumeDoc = {
        "VolumeId": doc["VolumeId"],
        **attributes,  # type: ignore[typeddict-item]
        "AvailabilityZone": instance["Placement"]["AvailabilityZone"],
        "State": "in-use" if attached else "available",
        "CreateTime": ebs["AttachTime"],
        "Attachments": attachments,
        "MultiAttachEnabled": False,
        "Tags": doc["Tags"],
    }
    return _modified(view, doc)


def forget_instance_parts(tx: Transaction, instance: InstanceDoc) -> None:
    """Drop the part documents of a terminated instance that is no longer visible. A volume
    kept on termination becomes a volume of its own; one attached by AttachVolume was never
    the instance's part and stays as it is."""
    for volume_id in _volume_ids(instance):
        doc = VOLUME.stored(tx, volume_id)
        if doc is None or owner_of(doc) != instance["InstanceId"]:
            continue
        if part_exists(VOLUME, volume_id, instance):
            VOLUME.put(tx, instance_volume(doc, instance))
        else:
            VOLUME.delete(tx, volume_id)
    for interface_id in _interface_ids(instance):  # its own; others attached stay
        interface = NETWORK_INTERFACE.stored(tx, interface_id)
        if interface is not None and owner_of(interface) == instance["InstanceId"]:
            NETWORK_INTERFACE.delete(tx, interface_id)


def part_exists(
    kind: Kind[VolumeDoc] | Kind[NetworkInterfaceDoc],
    part_id: str,
    instance: InstanceDoc | None,
) -> bool:
    """Whether an instance's volume or interface (`kind`: `VOLUME` or `NETWORK_INTERFACE`)
    still exists, given the instance as it is now (None once it has vanished)."""
    if instance is None:
        return False
    if instance["State"]["Name"] != "terminated":
        return True
    if kind == NETWORK_INTERFACE:
        return False
    return any(
        m["Ebs"]["VolumeId"] == part_id and not m["Ebs"].get("DeleteOnTermination", True)
        for m in instance.get("BlockDeviceMappings") or ()
        if "Ebs" in m
    )
