"""Resources that exist as parts of another: an instance's volumes and network interfaces,
the snapshots behind an image made from an instance.

EC2 tags them (`TagSpecifications` at launch, `CreateTags` by id, `DescribeTags`), so each
is a small document, its id, its owner's id and its tags (`actions.volumes` reads the rest
of a volume from its instance), that lives as long as EC2 keeps it: an instance's volumes and
interfaces go when it terminates (a volume with `DeleteOnTermination` false stays while the
instance is still visible); a snapshot stays after its image is deregistered, as in EC2.
"""

from __future__ import annotations

from .errors import EC2Error
from .ids import check_ids, not_found
from .store import Transaction

VOLUME = "volume"
NETWORK_INTERFACE = "network-interface"
SNAPSHOT = "snapshot"
OWNER = "_owner"  # the id of the instance or image a part belongs to
# A volume's fields ModifyVolume changes; an instance's volume keeps them in its own document.
MODIFIABLE = ("Size", "VolumeType", "Iops", "Throughput")


def volume_not_found(volume_id: str) -> EC2Error:
    return EC2Error("InvalidVolume.NotFound", f"The volume '{volume_id}' does not exist.")


def interface_not_found(interface_id: str) -> EC2Error:
    return not_found("InvalidNetworkInterfaceID", "networkInterface", [interface_id])


def snapshot_not_found(snapshot_id: str) -> EC2Error:
    return EC2Error("InvalidSnapshot.NotFound", f"The snapshot '{snapshot_id}' does not exist.")


def _volume_ids(instance: dict) -> list[str]:
    return [m["Ebs"]["VolumeId"] for m in instance.get("BlockDeviceMappings") or () if "Ebs" in m]


def _interface_ids(instance: dict) -> list[str]:
    return [i["NetworkInterfaceId"] for i in instance.get("NetworkInterfaces") or ()]


def record_instance_parts(
    tx: Transaction, instance: dict, volume_tags: list[dict], interface_tags: list[dict]
) -> None:
    """The documents of a new instance's volumes and interfaces, with their launch tags."""
    owner = instance["InstanceId"]
    for volume_id in _volume_ids(instance):
        tx.put(VOLUME, volume_id, {"VolumeId": volume_id, OWNER: owner, "Tags": volume_tags})
    for interface_id in _interface_ids(instance):
        tx.put(
            NETWORK_INTERFACE,
            interface_id,
            {"NetworkInterfaceId": interface_id, OWNER: owner, "Tags": interface_tags},
        )


def instance_volume(doc: dict, instance: dict) -> dict:
    """An instance's own volume (`doc`) as DescribeVolumes shows it, read from the instance
    as it is now: `in-use` and attached while it lives, `available` once it has terminated."""
    (mapping,) = [
        m
        for m in instance["BlockDeviceMappings"]
        if (m.get("Ebs") or {}).get("VolumeId") == doc["VolumeId"]
    ]
    ebs = mapping["Ebs"]
    size = ebs.get("_size", 8)
    attached = instance["State"]["Name"] != "terminated"
    attachments = (
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
    view = {
        "VolumeId": doc["VolumeId"],
        "Size": size,
        "SnapshotId": "",
        "AvailabilityZone": instance["Placement"]["AvailabilityZone"],
        "State": "in-use" if attached else "available",
        "CreateTime": ebs["AttachTime"],
        "Attachments": attachments,
        "VolumeType": "gp2",
        "Iops": max(100, 3 * size),
        "Encrypted": False,
        "MultiAttachEnabled": False,
        "Tags": doc["Tags"],
    }
    return {**view, **{k: doc[k] for k in MODIFIABLE if k in doc}}


def forget_instance_parts(tx: Transaction, instance: dict) -> None:
    """Drop the part documents of a terminated instance that is no longer visible. A volume
    kept on termination becomes a volume of its own; one attached by AttachVolume was never
    the instance's part and stays as it is."""
    for volume_id in _volume_ids(instance):
        doc = tx.get(VOLUME, volume_id)
        if doc is None or doc.get(OWNER) != instance["InstanceId"]:
            continue
        if part_exists(VOLUME, volume_id, instance):
            tx.put(VOLUME, volume_id, instance_volume(doc, instance))
        else:
            tx.delete(VOLUME, volume_id)
    for interface_id in _interface_ids(instance):
        tx.delete(NETWORK_INTERFACE, interface_id)


def snapshot_ids(image: dict) -> list[str]:
    """The snapshots an image's block devices are made from."""
    return [
        m["Ebs"]["SnapshotId"]
        for m in image.get("BlockDeviceMappings") or ()
        if (m.get("Ebs") or {}).get("SnapshotId")
    ]


def record_snapshots(
    tx: Transaction, image: dict, tags: list[dict], instance_id: str, start_time: str
) -> None:
    """The snapshots of an image made from an instance, with the request's snapshot tags."""
    for mapping in image.get("BlockDeviceMappings") or ():
        snapshot_id = (mapping.get("Ebs") or {}).get("SnapshotId")
        if snapshot_id:
            tx.put(
                SNAPSHOT,
                snapshot_id,
                {
                    "SnapshotId": snapshot_id,
                    OWNER: image["ImageId"],
                    "Tags": tags,
                    "VolumeSize": mapping["Ebs"].get("VolumeSize", 8),
                    "OwnerId": image.get("OwnerId", tx.account),
                    "StartTime": start_time,
                    "Description": f"Created by CreateImage({instance_id}) for {image['ImageId']}",
                },
            )


# What a snapshot recorded before snapshots had their own fields shows for them.
_SNAPSHOT_DEFAULTS = {
    "VolumeId": "vol-ffffffff",
    "VolumeSize": 8,
    "State": "completed",
    "Progress": "100%",
    "Description": "",
    "Encrypted": False,
    "StartTime": "1970-01-01T00:00:00.000Z",
}


def snapshot_view(tx: Transaction, doc: dict) -> dict:
    """A snapshot as DescribeSnapshots shows it."""
    return {**_SNAPSHOT_DEFAULTS, "OwnerId": tx.account, **doc}


def get_snapshot(tx: Transaction, snapshot_id: str) -> dict:
    """An own snapshot (Malformed / NotFound as EC2 answers)."""
    check_ids([snapshot_id], "snap", "InvalidSnapshotID")
    doc = tx.get(SNAPSHOT, snapshot_id)
    if doc is None:
        raise snapshot_not_found(snapshot_id)
    return snapshot_view(tx, doc)


def delete_snapshot(tx: Transaction, snapshot_id: str, images: list[dict]) -> None:
    """Delete an own snapshot, unless one of `images` is registered from it."""
    if tx.get(SNAPSHOT, snapshot_id) is None:
        raise snapshot_not_found(snapshot_id)
    for image in images:
        if snapshot_id in snapshot_ids(image):
            raise EC2Error(
                "InvalidSnapshot.InUse",
                f"The snapshot {snapshot_id} is currently in use by {image['ImageId']}",
            )
    tx.delete(SNAPSHOT, snapshot_id)


def part_exists(kind: str, part_id: str, instance: dict | None) -> bool:
    """Whether an instance's volume or interface still exists, given the instance as it is
    now (None once it has vanished)."""
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
