"""An instance's attributes: what DescribeInstanceAttribute reads for each, and the rules of
Modify/ResetInstanceAttribute for those that can change."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ..context import Context
from ..documents import InstanceDoc
from ..kinds import INSTANCE, with_private
from ..security_groups.groups import get_group
from . import credits
from .block_devices import with_delete_on_termination
from .launch_request import check_shutdown_behavior
from .lookup import check_instance_type, get_instance
from .states import instance_private, name_of

# A new value as a request gives it: text in the `Attribute`/`Value` form; in the structured
# form, text, a boolean, user data's bytes, the group ids or block device mappings.
Setting = (
    str | bool | bytes | Sequence[str] | Sequence[shapes.InstanceBlockDeviceMappingSpecification]
)
Setter = Callable[[Context, InstanceDoc, Setting], InstanceDoc]


def _text(value: str | None) -> shapes.AttributeValue:
    return {} if value is None else {"Value": value}


def _flag(value: bool) -> shapes.AttributeBooleanValue:
    return {"Value": value}


Reader = Callable[[InstanceDoc], shapes.InstanceAttribute]
_READERS: dict[str, Reader] = {
    "instanceType": lambda i: {"InstanceType": _text(i["InstanceType"])},
    "kernel": lambda i: {"KernelId": _text(instance_private(i).get("kernel"))},
    "ramdisk": lambda i: {"RamdiskId": _text(instance_private(i).get("ramdisk"))},
    "userData": lambda i: {"UserData": _text(instance_private(i).get("user_data"))},
    "disableApiTermination": lambda i: {
        "DisableApiTermination": _flag(instance_private(i)["disable_api_termination"])
    },
    "disableApiStop": lambda i: {
        "DisableApiStop": _flag(instance_private(i).get("disable_api_stop", False))
    },
    "instanceInitiatedShutdownBehavior": lambda i: {
        "InstanceInitiatedShutdownBehavior": _text(instance_private(i)["shutdown_behavior"])
    },
    "rootDeviceName": lambda i: {"RootDeviceName": _text(i["RootDeviceName"])},
    "blockDeviceMapping": lambda i: {"BlockDeviceMappings": i["BlockDeviceMappings"]},
    "productCodes": lambda i: {"ProductCodes": i.get("ProductCodes") or []},
    "sourceDestCheck": lambda i: {"SourceDestCheck": _flag(i["SourceDestCheck"])},
    "groupSet": lambda i: {"Groups": i["SecurityGroups"]},
    "ebsOptimized": lambda i: {"EbsOptimized": _flag(i["EbsOptimized"])},
    "sriovNetSupport": lambda i: {"SriovNetSupport": _text(i.get("SriovNetSupport"))},
    "enaSupport": lambda i: {"EnaSupport": _flag(i["EnaSupport"])},
    "enclaveOptions": lambda i: {"EnclaveOptions": i["EnclaveOptions"]},
}


def instance_attribute(ctx: Context, instance_id: str, attribute: str) -> shapes.InstanceAttribute:
    """One attribute of the instance (an unknown attribute is refused before the id)."""
    read = _READERS.get(attribute)
    if read is None:
        raise invalid_parameter_value(
            f"Value ({attribute}) for parameter attribute is invalid. Unknown attribute."
        )
    instance = get_instance(ctx, instance_id)
    return {"InstanceId": instance["InstanceId"], **read(instance)}


def _must_be_stopped(instance: InstanceDoc) -> None:
    if name_of(instance) != "stopped":
        raise errors.IncorrectInstanceState(
            f"The instance '{instance['InstanceId']}' is not in the 'stopped' state.",
        )


def _invalid(value: Setting, attribute: str) -> errors.EC2Error:
    return invalid_parameter_value(f"Value ({value!s}) for parameter {attribute} is invalid.")


def _boolean(raw: Setting, attribute: str) -> bool:
    if isinstance(raw, bool):
        return raw
    if str(raw).lower() in ("true", "false"):
        return str(raw).lower() == "true"
    raise _invalid(raw, attribute)


def _string(value: Setting, attribute: str) -> str:
    if isinstance(value, str):
        return value
    raise _invalid(value, attribute)


def _set_instance_type(ctx: Context, doc: InstanceDoc, value: Setting) -> InstanceDoc:
    _must_be_stopped(doc)
    type_name = _string(value, "instanceType")
    check_instance_type(type_name, doc["Architecture"])  # the AMI may be gone since the launch
    return credits.resized(ctx.tx, {**doc, "InstanceType": type_name}, type_name)


def _set_user_data(ctx: Context, doc: InstanceDoc, value: Setting) -> InstanceDoc:
    _must_be_stopped(doc)
    raw = value if isinstance(value, bytes) else str(value).encode()
    return with_private(doc, user_data=base64.b64encode(raw).decode() if raw else None)


def _set_groups(ctx: Context, doc: InstanceDoc, value: Setting) -> InstanceDoc:
    """The instance's groups (of its VPC), on the instance and its primary interface."""
    group_ids = [] if isinstance(value, (str, bytes, bool)) else value
    if not group_ids or not all(isinstance(group_id, str) for group_id in group_ids):
        raise errors.missing_parameter("groupId")
    groups: list[shapes.GroupIdentifier] = []
    for group_id in dict.fromkeys(str(group_id) for group_id in group_ids):
        group = get_group(ctx.tx, group_id)
        if group.get("VpcId") != doc["VpcId"]:
            raise errors.InvalidGroupNotFound(
                f"The security group '{group_id}' does not exist in VPC '{doc['VpcId']}'",
            )
        groups.append({"GroupName": group["GroupName"], "GroupId": group["GroupId"]})
    interfaces: list[shapes.InstanceNetworkInterface] = [
        {**n, "Groups": groups} if n["Attachment"]["DeviceIndex"] == 0 else n
        for n in doc.get("NetworkInterfaces") or ()
    ]
    return {**doc, "SecurityGroups": groups, "NetworkInterfaces": interfaces}


def _set_shutdown_behavior(ctx: Context, doc: InstanceDoc, value: Setting) -> InstanceDoc:
    behavior = check_shutdown_behavior(_string(value, "instanceInitiatedShutdownBehavior"))
    return with_private(doc, shutdown_behavior=behavior)


def _private_flag(name: str, attribute: str) -> Setter:
    """A setter of a boolean kept in the instance's private part."""

    def set_flag(ctx: Context, doc: InstanceDoc, value: Setting) -> InstanceDoc:
        return with_private(doc, **{name: _boolean(value, attribute)})

    return set_flag


def _while_stopped(setter: Setter) -> Setter:
    """`setter`, for an attribute EC2 changes only while the instance is stopped."""

    def set_stopped(ctx: Context, doc: InstanceDoc, value: Setting) -> InstanceDoc:
        _must_be_stopped(doc)
        return setter(ctx, doc, value)

    return set_stopped


def _private_text(name: str, attribute: str) -> Setter:
    """A setter of a text kept in the instance's private part (a kernel's or RAM disk's id)."""

    def set_text(ctx: Context, doc: InstanceDoc, value: Setting) -> InstanceDoc:
        return with_private(doc, **{name: _string(value, attribute) or None})

    return set_text


def _set_sriov(ctx: Context, doc: InstanceDoc, value: Setting) -> InstanceDoc:
    """Enhanced networking with the Intel 82599 VF: `simple` turns it on; EC2 has no way to
    turn it off."""
    if _string(value, "sriovNetSupport") != "simple":
        raise _invalid(value, "sriovNetSupport")
    return {**doc, "SriovNetSupport": "simple"}


def _set_block_devices(ctx: Context, doc: InstanceDoc, value: Setting) -> InstanceDoc:
    if isinstance(value, (str, bytes, bool)) or not value:
        raise errors.missing_parameter("blockDeviceMapping")
    specifications = [spec for spec in value if not isinstance(spec, str)]
    if len(specifications) != len(value):
        raise errors.missing_parameter("blockDeviceMapping")
    return with_delete_on_termination(ctx, doc, specifications)


# attribute name (the `Attribute` form) -> its setter; in the order EC2 lists them. EC2's
# documentation: some change only while the instance is stopped (instance type, user data,
# kernel, RAM disk, enhanced networking); reconstructed: EBS optimization and enclaves too.
_WRITERS: dict[str, Setter] = {
    "instanceType": _set_instance_type,
    "kernel": _while_stopped(_private_text("kernel", "kernel")),
    "ramdisk": _while_stopped(_private_text("ramdisk", "ramdisk")),
    "userData": _set_user_data,
    "disableApiTermination": _private_flag("disable_api_termination", "disableApiTermination"),
    "disableApiStop": _private_flag("disable_api_stop", "disableApiStop"),
    "instanceInitiatedShutdownBehavior": _set_shutdown_behavior,
    "sourceDestCheck": lambda ctx, doc, value: {
        **doc,
        "SourceDestCheck": _boolean(value, "sourceDestCheck"),
    },
    "ebsOptimized": _while_stopped(
        lambda ctx, doc, value: {**doc, "EbsOptimized": _boolean(value, "ebsOptimized")}
    ),
    "enaSupport": _while_stopped(
        lambda ctx, doc, value: {**doc, "EnaSupport": _boolean(value, "enaSupport")}
    ),
    "sriovNetSupport": _while_stopped(_set_sriov),
    "enclaveOptions": _while_stopped(
        lambda ctx, doc, value: {
            **doc,
            "EnclaveOptions": {"Enabled": _boolean(value, "enclaveOptions")},
        }
    ),
    "blockDeviceMapping": _set_block_devices,
    "groupSet": _set_groups,
}
# attributes only the structured form can set -> the parameter the `Attribute` form misses
_STRUCTURED_ONLY = {"groupSet": "groupId", "blockDeviceMapping": "blockDeviceMapping"}


def requested_change(
    attribute: str | None, value: str | None, structured: Sequence[tuple[str, Setting]]
) -> tuple[str, Setting]:
    """The one change a ModifyInstanceAttribute request asks for: in the `Attribute`/`Value`
    form, or as one of the structured members (`structured`: (attribute, value) of each
    given, in `_WRITERS` order). None, or more than one, is refused as EC2 refuses it."""
    changes: list[tuple[str, Setting]] = []
    if attribute is not None:
        if attribute not in _WRITERS:
            raise invalid_parameter_value(
                f"Value ({attribute}) for parameter attribute is invalid."
            )
        if attribute in _STRUCTURED_ONLY:
            raise errors.missing_parameter(_STRUCTURED_ONLY[attribute])
        if value is None:
            raise errors.missing_parameter("value")
        changes.append((attribute, value))
    changes.extend(structured)
    if not changes:
        raise errors.missing_parameter("attribute")
    if len(changes) > 1:
        raise errors.InvalidParameterCombination(
            "Fields for multiple attribute types specified: "
            + ", ".join(name for name, _ in changes),
        )
    return changes[0]


def modify_attribute(ctx: Context, instance_id: str, attribute: str, value: Setting) -> None:
    """Set one attribute (see `requested_change`); a terminated instance has none to set."""
    doc = get_instance(ctx, instance_id)
    if name_of(doc) == "terminated":
        raise errors.IncorrectInstanceState(f"The instance '{doc['InstanceId']}' is terminated.")
    INSTANCE.put(ctx.tx, _WRITERS[attribute](ctx, doc, value))


_RESETS: dict[str, Callable[[InstanceDoc], InstanceDoc]] = {
    "kernel": lambda doc: with_private(doc, kernel=None),
    "ramdisk": lambda doc: with_private(doc, ramdisk=None),
    "sourceDestCheck": lambda doc: {**doc, "SourceDestCheck": True},
}


def reset_attribute(ctx: Context, instance_id: str, attribute: str) -> None:
    """Put an attribute back to its default; only three can be."""
    reset = _RESETS.get(attribute)
    if reset is None:
        raise invalid_parameter_value(
            f"Value ({attribute}) for parameter attribute is invalid. "
            "Only kernel, ramdisk and sourceDestCheck can be reset."
        )
    INSTANCE.put(ctx.tx, reset(get_instance(ctx, instance_id)))
