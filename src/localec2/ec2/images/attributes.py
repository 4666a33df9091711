"""An own image's attributes: reading each (DescribeImageAttribute), changing its description,
launch permissions and IMDS support (ModifyImageAttribute), resetting its launch permissions.

Launch permissions are kept as the image's `Public` flag (the `all` group) and, privately,
the accounts it is shared with (`lookup` reads them to show the image to those accounts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ...state.store import Transaction
from ..documents import ImageDoc, LaunchPermission
from ..kinds import IMAGE, private, with_private
from ..sharing import ALL, Permission, changed, requested_changes
from .lookup import launch_permissions, own_image


def _value(value: str | None) -> shapes.AttributeValue:
    return {} if value is None else {"Value": value}


def _launch_permissions(image: ImageDoc) -> list[shapes.LaunchPermission]:
    permissions = launch_permissions(image)
    groups: list[shapes.LaunchPermission] = [{"Group": ALL}] if permissions.public else []
    return groups + [{"UserId": u} for u in permissions.users]


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


def _bad_user(user: str) -> errors.EC2Error:
    return errors.InvalidAMIAttributeItemValue(
        f'Invalid attribute item value "{user}" for userId item type.',
    )


def _with_permissions(
    image: ImageDoc, add: Sequence[Permission], remove: Sequence[Permission]
) -> ImageDoc:
    permissions = changed(launch_permissions(image), add, remove)
    permitted: list[LaunchPermission] = [{"UserId": u} for u in permissions.users]
    return {**with_private(image, launch_permissions=permitted), "Public": permissions.public}


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
    adding, removing = requested_changes(
        add, remove, user_ids, user_groups, operation_type, _bad_user
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
