"""Images: the built-in public catalog plus the account's own (`image` documents).

DescribeImages, CreateImage, RegisterImage, DeregisterImage, DescribeImageAttribute,
ModifyImageAttribute, ResetImageAttribute. An image another account makes public or shares (launch permissions)
is read from that account's partition.
"""

from __future__ import annotations

import re

from .. import errors
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.images import _launchable_by, find_image, lookup_image, visible_images
from ..ec2.instance_states import name_of, timestamp
from ..ec2.instances import get_instance
from ..ec2.kinds import IMAGE, PRIVATE, SNAPSHOT, private, with_private
from ..ec2.storage import delete_snapshot, get_volume, record_snapshots, snapshot_ids
from ..ec2.tagging import creation_tags, tags_for
from ..errors import EC2Error, invalid_parameter_value
from ..state.ids import new_id
from ..state.store import Transaction
from .registry import action

_NAME = re.compile(r"[a-zA-Z0-9()\[\] ./\-'@_]{3,128}")
_ARCHITECTURES = ("i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac")


_FILTERS = fields(
    {
        "architecture": "Architecture",
        "creation-date": "CreationDate",
        "description": "Description",
        "ena-support": "EnaSupport",
        "hypervisor": "Hypervisor",
        "image-id": "ImageId",
        "image-type": "ImageType",
        "is-public": "Public",
        "name": "Name",
        "owner-alias": "ImageOwnerAlias",
        "owner-id": "OwnerId",
        "platform": "Platform",
        "platform-details": "PlatformDetails",
        "root-device-name": "RootDeviceName",
        "root-device-type": "RootDeviceType",
        "source-instance-id": "SourceInstanceId",
        "state": "State",
        "usage-operation": "UsageOperation",
        "virtualization-type": "VirtualizationType",
        "block-device-mapping.delete-on-termination": "BlockDeviceMappings.Ebs.DeleteOnTermination",
        "block-device-mapping.device-name": "BlockDeviceMappings.DeviceName",
        "block-device-mapping.snapshot-id": "BlockDeviceMappings.Ebs.SnapshotId",
        "block-device-mapping.volume-size": "BlockDeviceMappings.Ebs.VolumeSize",
        "block-device-mapping.volume-type": "BlockDeviceMappings.Ebs.VolumeType",
        "block-device-mapping.encrypted": "BlockDeviceMappings.Ebs.Encrypted",
    }
)


def _owned_by(image: dict, owner: str, account: str) -> bool:
    if owner == "self":
        return image["OwnerId"] == account
    if owner in ("amazon", "aws-marketplace", "aws-backup-vault"):
        return image.get("ImageOwnerAlias") == owner
    return image["OwnerId"] == owner


def _executable_by(image: dict, user: str, account: str) -> bool:
    if image["Public"]:
        return True
    if user == "all":
        return False
    wanted = account if user == "self" else user
    return image["OwnerId"] == wanted or _launchable_by(image, wanted)


@action("DescribeImages")
def describe_images(ctx: Context, params: dict) -> dict:
    ids = params.get("ImageIds") or []
    if ids:
        images = IMAGE.select(ctx.tx, ids, lambda i: lookup_image(ctx.tx, i))
    else:
        images = visible_images(ctx.tx)
    owners = params.get("Owners") or []
    if owners:
        images = [i for i in images if any(_owned_by(i, o, ctx.account_id) for o in owners)]
    users = params.get("ExecutableUsers") or []
    if users:
        images = [i for i in images if any(_executable_by(i, u, ctx.account_id) for u in users)]
    images = apply_filters(images, params.get("Filters"), _FILTERS)
    page, token = paginate(images, params.get("MaxResults"), params.get("NextToken"))
    return {"Images": page, "NextToken": token}


def _check_name(tx: Transaction, name: str | None) -> str:
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


def _own_image(ctx: Context, name: str, fields: dict, params: dict, tags: list[dict]) -> dict:
    image_id = new_id("ami")
    image = {
        "ImageId": image_id,
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
        PRIVATE: {"launch_permissions": []},
    }
    if params.get("Description") is not None:
        image["Description"] = params["Description"]
    IMAGE.put(ctx.tx, image)
    return image


@action("CreateImage")
def create_image(ctx: Context, params: dict) -> dict:
    instance = get_instance(ctx, params.get("InstanceId") or "")
    if name_of(instance) not in ("running", "stopped"):
        raise errors.IncorrectInstanceState(
            f"The instance '{instance['InstanceId']}' is not in a state from which it can be "
            "imaged.",
        )
    name = _check_name(ctx.tx, params.get("Name"))
    source = lookup_image(ctx.tx, instance["ImageId"]) or {}
    mappings = []
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
    fields = {
        "Architecture": instance["Architecture"],
        "RootDeviceName": instance["RootDeviceName"],
        "BlockDeviceMappings": mappings,
        "SourceInstanceId": instance["InstanceId"],
    }
    for inherited in ("Platform", "PlatformDetails", "UsageOperation", "BootMode"):
        if inherited in source:
            fields[inherited] = source[inherited]
    tags = creation_tags(params, IMAGE.name, SNAPSHOT.name)
    image = _own_image(ctx, name, fields, params, tags)
    record_snapshots(
        ctx.tx,
        image,
        tags_for(params.get("TagSpecifications"), SNAPSHOT.name),
        instance["InstanceId"],
        timestamp(ctx.now),
    )
    return {"ImageId": image["ImageId"]}


@action("RegisterImage")
def register_image(ctx: Context, params: dict) -> dict:
    name = _check_name(ctx.tx, params.get("Name"))
    architecture = params.get("Architecture") or "x86_64"
    if architecture not in _ARCHITECTURES:
        raise invalid_parameter_value(f"Invalid value '{architecture}' for architecture")
    root = params.get("RootDeviceName") or "/dev/xvda"
    mappings = []
    for m in params.get("BlockDeviceMappings") or ():
        entry = {"DeviceName": m.get("DeviceName")}
        if "Ebs" in m:
            ebs = m["Ebs"]
            entry["Ebs"] = {
                "DeleteOnTermination": ebs.get("DeleteOnTermination", True),
                "SnapshotId": ebs.get("SnapshotId") or new_id("snap"),
                "VolumeSize": ebs.get("VolumeSize", 8),
                "VolumeType": ebs.get("VolumeType", "gp2"),
                "Encrypted": ebs.get("Encrypted", False),
            }
            for optional in ("Iops", "Throughput"):
                if ebs.get(optional) is not None:
                    entry["Ebs"][optional] = ebs[optional]
        if "VirtualName" in m:
            entry["VirtualName"] = m["VirtualName"]
        mappings.append(entry)
    fields = {
        "Architecture": architecture,
        "RootDeviceName": root,
        "BlockDeviceMappings": mappings,
        "VirtualizationType": params.get("VirtualizationType") or "hvm",
    }
    if params.get("ImageLocation"):
        fields["ImageLocation"] = params["ImageLocation"]
        if not mappings:
            fields["RootDeviceType"] = "instance-store"
    for passed in ("KernelId", "RamdiskId", "BootMode", "SriovNetSupport"):
        if params.get(passed):
            fields[passed] = params[passed]
    if "EnaSupport" in params:
        fields["EnaSupport"] = params["EnaSupport"]
    tags = creation_tags(params, IMAGE.name)
    return {"ImageId": _own_image(ctx, name, fields, params, tags)["ImageId"]}


def _owned_image(ctx: Context, image_id: str) -> dict:
    image = find_image(ctx.tx, image_id)
    if image["OwnerId"] != ctx.account_id:
        raise errors.AuthFailure(f"Not authorized for image:{image_id}", status=400)
    return image


@action("DeregisterImage")
def deregister_image(ctx: Context, params: dict) -> dict:
    """With `DeleteAssociatedSnapshots`, the image's own snapshots go too, unless another
    image still uses one (`skipped`) or it is not the account's (`client-error`)."""
    image = _owned_image(ctx, params.get("ImageId") or "")
    IMAGE.delete(ctx.tx, image["ImageId"])
    if not params.get("DeleteAssociatedSnapshots"):
        return {"Return": True}
    results = []
    for snapshot_id in snapshot_ids(image):
        try:
            delete_snapshot(ctx.tx, snapshot_id, IMAGE.every(ctx.tx))
            code = "success"
        except EC2Error as error:
            code = "skipped" if error.code == "InvalidSnapshot.InUse" else "client-error"
        results.append({"SnapshotId": snapshot_id, "ReturnCode": code})
    return {"Return": True, "DeleteSnapshotResults": results}


def _launch_permissions(image: dict) -> list[dict]:
    groups = [{"Group": "all"}] if image["Public"] else []
    return groups + [
        {"UserId": p["UserId"]} for p in private(image).get("launch_permissions") or ()
    ]


_ATTRIBUTES = {
    "description": lambda i: {"Description": {"Value": i.get("Description")}},
    "kernel": lambda i: {"KernelId": {"Value": i.get("KernelId")}},
    "ramdisk": lambda i: {"RamdiskId": {"Value": i.get("RamdiskId")}},
    "launchPermission": lambda i: {"LaunchPermissions": _launch_permissions(i)},
    "productCodes": lambda i: {"ProductCodes": i.get("ProductCodes") or []},
    "blockDeviceMapping": lambda i: {"BlockDeviceMappings": i.get("BlockDeviceMappings")},
    "sriovNetSupport": lambda i: {"SriovNetSupport": {"Value": i.get("SriovNetSupport")}},
    "bootMode": lambda i: {"BootMode": {"Value": i.get("BootMode")}},
    "tpmSupport": lambda i: {"TpmSupport": {"Value": i.get("TpmSupport")}},
    "uefiData": lambda i: {"UefiData": {"Value": private(i).get("uefi_data")}},
    "lastLaunchedTime": lambda i: {"LastLaunchedTime": {"Value": i.get("LastLaunchedTime")}},
    "imdsSupport": lambda i: {"ImdsSupport": {"Value": i.get("ImdsSupport")}},
    "deregistrationProtection": lambda i: {
        "DeregistrationProtection": {"Value": i.get("DeregistrationProtection", "disabled")}
    },
}


@action("DescribeImageAttribute")
def describe_image_attribute(ctx: Context, params: dict) -> dict:
    attribute = params.get("Attribute") or ""
    if attribute not in _ATTRIBUTES:
        raise invalid_parameter_value(f"Value ({attribute}) for parameter attribute is invalid.")
    image = _owned_image(ctx, params.get("ImageId") or "")
    return {"ImageId": image["ImageId"], **_ATTRIBUTES[attribute](image)}


_ACCOUNT_ID = re.compile(r"\d{12}")


def _permission_changes(params: dict) -> tuple[list[dict], list[dict]]:
    """The launch permissions to add and to remove, from either of the request's forms."""
    modifications = params.get("LaunchPermission") or {}
    add = list(modifications.get("Add") or ())
    remove = list(modifications.get("Remove") or ())
    flat = [{"UserId": u} for u in params.get("UserIds") or ()]
    flat += [{"Group": g} for g in params.get("UserGroups") or ()]
    if flat:
        operation = params.get("OperationType")
        if operation not in ("add", "remove"):
            raise errors.missing_parameter("operationType")
        (add if operation == "add" else remove).extend(flat)
    for permission in add + remove:
        if permission.get("OrganizationArn") or permission.get("OrganizationalUnitArn"):
            raise errors.UnsupportedOperation("Organization launch permissions are not supported")
        user = permission.get("UserId")
        if user is not None and not _ACCOUNT_ID.fullmatch(user):
            raise errors.InvalidAMIAttributeItemValue(
                f'Invalid attribute item value "{user}" for userId item type.',
            )
    return add, remove


def _with_permissions(image: dict, add: list[dict], remove: list[dict]) -> dict:
    users = [p["UserId"] for p in private(image).get("launch_permissions") or ()]
    public = image["Public"]
    for permission in add:
        if permission.get("Group") == "all":
            public = True
        elif permission.get("UserId") and permission["UserId"] not in users:
            users.append(permission["UserId"])
    for permission in remove:
        if permission.get("Group") == "all":
            public = False
        elif permission.get("UserId") in users:
            users.remove(permission["UserId"])
    permitted = [{"UserId": u} for u in users]
    return {**with_private(image, launch_permissions=permitted), "Public": public}


@action("ResetImageAttribute")
def reset_image_attribute(ctx: Context, params: dict) -> dict:
    """Only launch permissions reset (the model allows nothing else): the image is private."""
    image = _owned_image(ctx, params.get("ImageId") or "")
    IMAGE.put(ctx.tx, {**with_private(image, launch_permissions=[]), "Public": False})
    return {}


@action("ModifyImageAttribute")
def modify_image_attribute(ctx: Context, params: dict) -> dict:
    """Description, launch permissions (accounts and the `all` group) and imdsSupport."""
    image = _owned_image(ctx, params.get("ImageId") or "")
    attribute = params.get("Attribute")
    value = params.get("Value")
    description = (params.get("Description") or {}).get("Value")
    imds = (params.get("ImdsSupport") or {}).get("Value")
    if attribute == "description" and value is not None:
        description = value
    elif attribute == "imdsSupport" and value is not None:
        imds = value
    elif attribute not in (None, "description", "imdsSupport", "launchPermission"):
        raise invalid_parameter_value(f"Value ({attribute}) for parameter attribute is invalid.")
    add, remove = _permission_changes(params)
    if description is None and imds is None and not add and not remove:
        raise errors.MissingParameter(
            "The request must contain a description, launch permission or imdsSupport change",
        )
    if imds is not None and imds != "v2.0":
        raise invalid_parameter_value(f"Value ({imds}) for parameter imdsSupport is invalid.")
    updated = _with_permissions(image, add, remove)
    if description is not None:
        updated["Description"] = description
    if imds is not None:
        updated["ImdsSupport"] = imds
    IMAGE.put(ctx.tx, updated)
    return {}
