"""An own image's attributes: reading each (DescribeImageAttribute), changing its description,
launch permissions and IMDS support (ModifyImageAttribute), resetting its launch permissions.

Launch permissions are kept as the image's `Public` flag (the `all` group) and, privately,
the accounts it is shared with (`lookup` reads them to show the image to those accounts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.store import Transaction
from ..documents import ImageDoc, LaunchPermission
from ..kinds import IMAGE, private, with_private
from .lookup import own_image

_ACCOUNT_ID = re.compile(r"\d{12}")
ALL = "all"  # the launch permission group that makes an image public


def _value(value: str | None) -> shapes.AttributeValue:
    return {} if value is None else {"Value": value}


def _shared_with(image: ImageDoc) -> list[LaunchPermission]:
    shared: list[LaunchPermission] = private(image).get("launch_permissions") or []
    return shared


def _launch_permissions(image: ImageDoc) -> list[shapes.LaunchPermission]:
    groups: list[shapes.LaunchPermission] = [{"Group": ALL}] if image["Public"] else []
    return groups + [{"UserId": p["UserId"]} for p in _shared_with(image)]


def _block_devices(image: ImageDoc) -> shapes.ImageAttribute:
    mappings = image.get("BlockDeviceMappings")
    return {} if mappings is None else {"BlockDeviceMappings": mappings}


_ATTRIBUTES: dict[str, Callable[[ImageDoc], shapes.ImageAttribute]] = {
    "description": lambda i: {"Description": _value(i.get("Description"))},
    "kernel": lambda i: {"KernelId": _value(i.get("KernelId"))},
    "ramdisk": lambda i: {"RamdiskId": _value(i.get("RamdiskId"))},
    "launchPermission": lambda i: {"LaunchPermissions": _launch_permissions(i)},
    "productCodes": lambda i: {"ProductCodes": i.get("ProductCodes") or []},
    "blockDeviceMapping": _block_devices,
    "sriovNetSupport": lambda i: {"SriovNetSupport": _value(i.get("SriovNetSupport"))},
    "bootMode": lambda i: {"BootMode": _value(i.get("BootMode"))},
    "tpmSupport": lambda i: {"TpmSupport": _value(i.get("TpmSupport"))},
    "uefiData": lambda i: {"UefiData": _value(private(i).get("uefi_data"))},
    "lastLaunchedTime": lambda i: {"LastLaunchedTime": _value(i.get("LastLaunchedTime"))},
    "imdsSupport": lambda i: {"ImdsSupport": _value(i.get("ImdsSupport"))},
    "deregistrationProtection": lambda i: {
        "DeregistrationProtection": _value(i.get("DeregistrationProtection", "disabled"))
    },
}


def _invalid_attribute(attribute: str | None) -> errors.EC2Error:
    return invalid_parameter_value(f"Value ({attribute}) for parameter attribute is invalid.")


def image_attribute(tx: Transaction, image_id: str, attribute: str) -> shapes.ImageAttribute:
    """One attribute of an own image (an unknown attribute is refused before the image is
    looked up)."""
    describe = _ATTRIBUTES.get(attribute)
    if describe is None:
        raise _invalid_attribute(attribute)
    image = own_image(tx, image_id)
    return {"ImageId": image["ImageId"], **describe(image)}


def _launch_permission_changes(
    add: Sequence[shapes.LaunchPermission],
    remove: Sequence[shapes.LaunchPermission],
    user_ids: Sequence[str],
    user_groups: Sequence[str],
    operation_type: str | None,
) -> tuple[list[shapes.LaunchPermission], list[shapes.LaunchPermission]]:
    """The launch permissions to add and to remove, from either of the request's forms (the
    `LaunchPermission` structure, or `UserId`/`UserGroup` lists with an `OperationType`)."""
    adding, removing = list(add), list(remove)
    flat: list[shapes.LaunchPermission] = [{"UserId": u} for u in user_ids]
    flat += [{"Group": g} for g in user_groups]
    if flat:
        if operation_type not in ("add", "remove"):
            raise errors.missing_parameter("operationType")
        (adding if operation_type == "add" else removing).extend(flat)
    for permission in adding + removing:
        if permission.get("OrganizationArn") or permission.get("OrganizationalUnitArn"):
            raise errors.UnsupportedOperation("Organization launch permissions are not supported")
        user = permission.get("UserId")
        if user is not None and not _ACCOUNT_ID.fullmatch(user):
            raise errors.InvalidAMIAttributeItemValue(
                f'Invalid attribute item value "{user}" for userId item type.',
            )
    return adding, removing


def _with_permissions(
    image: ImageDoc,
    add: Sequence[shapes.LaunchPermission],
    remove: Sequence[shapes.LaunchPermission],
) -> ImageDoc:
    users = [p["UserId"] for p in _shared_with(image)]
    public = image["Public"]
    for permission in add:
        user = permission.get("UserId")
        if permission.get("Group") == ALL:
            public = True
        elif user and user not in users:
            users.append(user)
    for permission in remove:
        user = permission.get("UserId")
        if permission.get("Group") == ALL:
            public = False
        elif user in users:
            users.remove(user)
    permitted: list[LaunchPermission] = [{"UserId": u} for u in users]
    return {**with_private(image, launch_permissions=permitted), "Public": public}


def modify_image_attribute(
    tx: Transaction,
    image_id: str,
    *,
    attribute: str | None,
    value: str | None,
    description: str | None,
    imds_support: str | None,
    add: Sequence[shapes.LaunchPermission],
    remove: Sequence[shapes.LaunchPermission],
    user_ids: Sequence[str],
    user_groups: Sequence[str],
    operation_type: str | None,
) -> None:
    """Change an own image's description, launch permissions (accounts and the `all` group)
    or IMDS support (only `v2.0`), each given as its own member or as `Attribute`+`Value`."""
    image = own_image(tx, image_id)
    if attribute == "description" and value is not None:
        description = value
    elif attribute == "imdsSupport" and value is not None:
        imds_support = value
    elif attribute not in (None, "description", "imdsSupport", "launchPermission"):
        raise _invalid_attribute(attribute)
    adding, removing = _launch_permission_changes(
        add, remove, user_ids, user_groups, operation_type
    )
    if description is None and imds_support is None and not adding and not removing:
        raise errors.MissingParameter(
            "The request must contain a description, launch permission or imdsSupport change",
        )
    if imds_support is not None and imds_support != "v2.0":
        raise invalid_parameter_value(
            f"Value ({imds_support}) for parameter imdsSupport is invalid."
        )
    updated = _with_permissions(image, adding, removing)
    if description is not None:
        updated["Description"] = description
    if imds_support is not None:
        updated["ImdsSupport"] = imds_support
    IMAGE.put(tx, updated)


def reset_launch_permissions(tx: Transaction, image_id: str) -> None:
    """ResetImageAttribute: the model allows only launch permissions; the image is private,
    shared with no account."""
    image = own_image(tx, image_id)
    IMAGE.put(tx, {**with_private(image, launch_permissions=[]), "Public": False})
