"""The account's own images: made from an instance (CreateImage), registered (RegisterImage)
and deregistered, with the snapshots their block devices are made from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from ... import errors
from ...errors import EC2Error, invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from ...state.store import Transaction
from ..context import Context
from ..documents import ImageDoc
from ..instances.lookup import get_instance
from ..instances.parts import check_device_names
from ..instances.states import name_of, timestamp
from ..kinds import IMAGE, SNAPSHOT
from ..storage.reads import delete_snapshot, get_volume, record_snapshots, snapshot_ids
from ..tags.tagging import specified_tags, tags_for
from .lookup import lookup_image, own_image

_NAME = re.compile(r"[a-zA-Z0-9()\[\] ./\-'@_]{3,128}")
ARCHITECTURES = ("i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac")
DEFAULT_VOLUME_SIZE = 8  # GiB, a registered mapping's volume unless it gives a size
# What an image made from an instance takes from the instance's own image.
_INHERITED: tuple[Literal["Platform", "PlatformDetails", "UsageOperation", "BootMode"], ...] = (
    "Platform",
    "PlatformDetails",
    "UsageOperation",
    "BootMode",
)


def check_name(tx: Transaction, name: str | None) -> str:
    """A valid AMI name that none of the account's images has."""
    if not name:
        raise errors.missing_parameter("name")
    if not _NAME.fullmatch(name):
        raise invalid_parameter_value(
            "AMI names must be between 3 and 128 characters long, and may contain letters, "
            "numbers, '(', ')', '.', '-', '/' and '_'"
        )
    for image in IMAGE.every(tx):
        if image["Name"] == name:
            raise errors.InvalidAMINameDuplicate(
                f"AMI name {name} is already in use by AMI {image['ImageId']}",
            )
    return name


def new_image(
    ctx: Context,
    name: str,
    fields: shapes.Image,
    description: str | None,
    tags: Sequence[shapes.Tag],
) -> ImageDoc:
    """Store a new private, available EBS-backed image of the account: `fields` over the
    defaults."""
    image: ImageDoc = {
        "ImageId": new_id("ami"),
        "ImageLocation": f"{ctx.account_id}/{name}",
        "State": "available",
        "OwnerId": ctx.account_id,
        "CreationDate": timestamp(ctx.now),
        "Public": False,
        "ImageType": "machine",
        "Name": name,
        "RootDeviceType": "ebs",
        "VirtualizationType": "hvm",
        "Hypervisor": "xen",
        "EnaSupport": True,
        "SriovNetSupport": "simple",
        "PlatformDetails": "Linux/UNIX",
        "UsageOperation": "RunInstances",
        "ProductCodes": [],
        **fields,
        "Tags": tags,
        "_": {"launch_permissions": []},
    }
    if description is not None:
        image["Description"] = description
    IMAGE.put(ctx.tx, image)
    return image


def create_image(
    ctx: Context,
    instance_id: str,
    name: str,
    description: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> ImageDoc:
    """An image of a running or stopped instance: a new snapshot of each of its volumes (with
    the volume's size, type and encryption), its source image's platform and boot mode.
    `TagSpecifications` tag the image and, apart, its snapshots."""
    instance = get_instance(ctx, instance_id)
    if name_of(instance) not in ("running", "stopped"):
        raise errors.IncorrectInstanceState(
            f"The instance '{instance['InstanceId']}' is not in a state from which it can be "
            "imaged.",
        )
    name = check_name(ctx.tx, name)
    source: ImageDoc = lookup_image(ctx.tx, instance["ImageId"]) or {}
    mappings: list[shapes.BlockDeviceMapping] = []
    for m in instance.get("BlockDeviceMappings") or ():
        volume = get_volume(ctx, m["Ebs"]["VolumeId"])
        mappings.append(
            {
                "DeviceName": m["DeviceName"],
                "Ebs": {
                    "DeleteOnTermination": True,
                    "SnapshotId": new_id("snap"),
                    "VolumeSize": volume["Size"],
                    "VolumeType": volume["VolumeType"],
                    "Encrypted": volume["Encrypted"],
                },
            }
        )
    fields: shapes.Image = {
        "Architecture": instance["Architecture"],
        "RootDeviceName": instance["RootDeviceName"],
        "BlockDeviceMappings": mappings,
        "SourceInstanceId": instance["InstanceId"],
    }
    for inherited in _INHERITED:
        if inherited in source:
            fields[inherited] = source[inherited]
    tags = specified_tags(tag_specifications, IMAGE.name, SNAPSHOT.name)
    image = new_image(ctx, name, fields, description, tags)
    record_snapshots(
        ctx.tx,
        image,
        tags_for(tag_specifications, SNAPSHOT.name),
        timestamp(ctx.now),
        lambda _: f"Created by CreateImage({instance['InstanceId']}) for {image['ImageId']}",
    )
    return image


def _registered_mapping(mapping: shapes.BlockDeviceMapping) -> shapes.BlockDeviceMapping:
    """A block device mapping as RegisterImage keeps it: an EBS volume gets a snapshot of
    its own (unless it names one) and the defaults EC2 gives (8 GiB gp2, deleted on
    termination, unencrypted)."""
    entry: shapes.BlockDeviceMapping = {"DeviceName": mapping["DeviceName"]}
    if "Ebs" in mapping:
        ebs = mapping["Ebs"]
        entry["Ebs"] = {
            "DeleteOnTermination": ebs.get("DeleteOnTermination", True),
            "SnapshotId": ebs.get("SnapshotId") or new_id("snap"),
            "VolumeSize": ebs.get("VolumeSize", DEFAULT_VOLUME_SIZE),
            "VolumeType": ebs.get("VolumeType", "gp2"),
            "Encrypted": ebs.get("Encrypted", False),
        }
        if ebs.get("Iops") is not None:
            entry["Ebs"]["Iops"] = ebs["Iops"]
        if ebs.get("Throughput") is not None:
            entry["Ebs"]["Throughput"] = ebs["Throughput"]
    if "VirtualName" in mapping:
        entry["VirtualName"] = mapping["VirtualName"]
    return entry


def register_image(
    ctx: Context,
    *,
    name: str,
    architecture: str | None,
    root_device_name: str | None,
    block_device_mappings: Sequence[shapes.BlockDeviceMapping],
    virtualization_type: str | None,
    image_location: str | None,
    kernel_id: str | None,
    ramdisk_id: str | None,
    boot_mode: str | None,
    sriov_net_support: str | None,
    ena_support: bool | None,
    description: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> ImageDoc:
    """A new image of the account (x86_64, hvm, root /dev/xvda unless given); one from an
    `ImageLocation` with no block devices is instance-store backed."""
    name = check_name(ctx.tx, name)
    architecture = architecture or "x86_64"
    if architecture not in ARCHITECTURES:
        raise invalid_parameter_value(f"Invalid value '{architecture}' for architecture")
    check_device_names(block_device_mappings)
    mappings = [_registered_mapping(m) for m in block_device_mappings]
    fields: shapes.Image = {
        "Architecture": architecture,
        "RootDeviceName": root_device_name or "/dev/xvda",
        "BlockDeviceMappings": mappings,
        "VirtualizationType": virtualization_type or "hvm",
    }
    if image_location:
        fields["ImageLocation"] = image_location
        if not mappings:
            fields["RootDeviceType"] = "instance-store"
    if kernel_id:
        fields["KernelId"] = kernel_id
    if ramdisk_id:
        fields["RamdiskId"] = ramdisk_id
    if boot_mode:
        fields["BootMode"] = boot_mode
    if sriov_net_support:
        fields["SriovNetSupport"] = sriov_net_support
    if ena_support is not None:
        fields["EnaSupport"] = ena_support
    tags = specified_tags(tag_specifications, IMAGE.name)
    return new_image(ctx, name, fields, description, tags)


def deregister_image(
    ctx: Context, image_id: str, delete_snapshots: bool
) -> list[shapes.DeleteSnapshotReturnCode] | None:
    """Deregister an own image. With `delete_snapshots`, its snapshots go too, unless another
    image still uses one (`skipped`) or it is not the account's (`client-error`): the result
    of each (None without `delete_snapshots`)."""
    image = own_image(ctx.tx, image_id)
    IMAGE.delete(ctx.tx, image["ImageId"])
    if not delete_snapshots:
        return None
    results: list[shapes.DeleteSnapshotReturnCode] = []
    for snapshot_id in snapshot_ids(image):
        try:
            delete_snapshot(ctx.tx, snapshot_id, IMAGE.every(ctx.tx))
            code = "success"
        except EC2Error as error:
            in_use = error.code == errors.InvalidSnapshotInUse.name
            code = "skipped" if in_use else "client-error"
        results.append({"SnapshotId": snapshot_id, "ReturnCode": code})
    return results
