"""DescribeInstanceAttribute, ModifyInstanceAttribute and ResetInstanceAttribute."""

from __future__ import annotations

import base64

from .. import errors
from ..ec2.context import Context
from ..ec2.instance_states import name_of
from ..ec2.instances import check_instance_type, get_instance
from ..ec2.kinds import INSTANCE, private, with_private
from ..ec2.security_groups import get_group
from ..errors import invalid_parameter_value
from .registry import action


def _value(value: object) -> dict:
    return {"Value": value}


# attribute name -> (output member, reader of the instance document)
_READERS = {
    "instanceType": ("InstanceType", lambda i: _value(i["InstanceType"])),
    "kernel": ("KernelId", lambda i: _value(private(i).get("kernel"))),
    "ramdisk": ("RamdiskId", lambda i: _value(private(i).get("ramdisk"))),
    "userData": ("UserData", lambda i: _value(private(i).get("user_data"))),
    "disableApiTermination": (
        "DisableApiTermination",
        lambda i: _value(private(i)["disable_api_termination"]),
    ),
    "disableApiStop": (
        "DisableApiStop",
        lambda i: _value(private(i).get("disable_api_stop", False)),
    ),
    "instanceInitiatedShutdownBehavior": (
        "InstanceInitiatedShutdownBehavior",
        lambda i: _value(private(i)["shutdown_behavior"]),
    ),
    "rootDeviceName": ("RootDeviceName", lambda i: _value(i["RootDeviceName"])),
    "blockDeviceMapping": ("BlockDeviceMappings", lambda i: i["BlockDeviceMappings"]),
    "productCodes": ("ProductCodes", lambda i: i.get("ProductCodes") or []),
    "sourceDestCheck": ("SourceDestCheck", lambda i: _value(i["SourceDestCheck"])),
    "groupSet": ("Groups", lambda i: i["SecurityGroups"]),
    "ebsOptimized": ("EbsOptimized", lambda i: _value(i["EbsOptimized"])),
    "sriovNetSupport": ("SriovNetSupport", lambda i: _value(i.get("SriovNetSupport"))),
    "enaSupport": ("EnaSupport", lambda i: _value(i["EnaSupport"])),
    "enclaveOptions": ("EnclaveOptions", lambda i: i["EnclaveOptions"]),
}


@action("DescribeInstanceAttribute")
def describe_instance_attribute(ctx: Context, params: dict) -> dict:
    attribute = params.get("Attribute") or ""
    if attribute not in _READERS:
        raise invalid_parameter_value(
            f"Value ({attribute}) for parameter attribute is invalid. Unknown attribute."
        )
    instance = get_instance(ctx, params.get("InstanceId") or "")
    member, read = _READERS[attribute]
    return {"InstanceId": instance["InstanceId"], member: read(instance)}


def _must_be_stopped(instance: dict) -> None:
    if name_of(instance) != "stopped":
        raise errors.IncorrectInstanceState(
            f"The instance '{instance['InstanceId']}' is not in the 'stopped' state.",
        )


def _boolean(raw: object, attribute: str) -> bool:
    if isinstance(raw, bool):
        return raw
    if str(raw).lower() in ("true", "false"):
        return str(raw).lower() == "true"
    raise invalid_parameter_value(f"Value ({raw}) for parameter {attribute} is invalid.")


def _set_instance_type(ctx: Context, doc: dict, value: str) -> dict:
    _must_be_stopped(doc)
    check_instance_type(value, doc["Architecture"])  # the AMI may be gone since the launch
    return {**doc, "InstanceType": value}


def _set_user_data(ctx: Context, doc: dict, value: bytes | str) -> dict:
    _must_be_stopped(doc)
    raw = value if isinstance(value, bytes) else str(value).encode()
    return with_private(doc, user_data=base64.b64encode(raw).decode() if raw else None)


def _set_groups(ctx: Context, doc: dict, group_ids: list[str]) -> dict:
    if not group_ids:
        raise errors.missing_parameter("groupId")
    groups = []
    for group_id in dict.fromkeys(group_ids):
        group = get_group(ctx.tx, group_id)
        if group.get("VpcId") != doc["VpcId"]:
            raise errors.InvalidGroupNotFound(
                f"The security group '{group_id}' does not exist in VPC '{doc['VpcId']}'",
            )
        groups.append({"GroupName": group["GroupName"], "GroupId": group["GroupId"]})
    interfaces = [
        {**n, "Groups": groups} if n["Attachment"]["DeviceIndex"] == 0 else n
        for n in doc.get("NetworkInterfaces") or ()
    ]
    return {**doc, "SecurityGroups": groups, "NetworkInterfaces": interfaces}


def _set_shutdown_behavior(ctx: Context, doc: dict, value: str) -> dict:
    if value not in ("stop", "terminate"):
        raise invalid_parameter_value(
            f"Value ({value}) for parameter instanceInitiatedShutdownBehavior is invalid."
        )
    return with_private(doc, shutdown_behavior=value)


def _flag(field: str, attribute: str):
    """A setter of a boolean member of the instance's shape."""

    def set_flag(ctx: Context, doc: dict, value: object) -> dict:
        return {**doc, field: _boolean(value, attribute)}

    return set_flag


def _private_flag(name: str, attribute: str):
    """A setter of a boolean kept in the instance's private part."""

    def set_flag(ctx: Context, doc: dict, value: object) -> dict:
        return with_private(doc, **{name: _boolean(value, attribute)})

    return set_flag


# attribute name (the `Attribute` form) -> (member of the structured form, setter)
_WRITERS = {
    "instanceType": ("InstanceType", _set_instance_type),
    "userData": ("UserData", _set_user_data),
    "disableApiTermination": (
        "DisableApiTermination",
        _private_flag("disable_api_termination", "disableApiTermination"),
    ),
    "disableApiStop": ("DisableApiStop", _private_flag("disable_api_stop", "disableApiStop")),
    "instanceInitiatedShutdownBehavior": (
        "InstanceInitiatedShutdownBehavior",
        _set_shutdown_behavior,
    ),
    "sourceDestCheck": ("SourceDestCheck", _flag("SourceDestCheck", "sourceDestCheck")),
    "ebsOptimized": ("EbsOptimized", _flag("EbsOptimized", "ebsOptimized")),
    "enaSupport": ("EnaSupport", _flag("EnaSupport", "enaSupport")),
    "groupSet": ("Groups", _set_groups),
}


def _requested_changes(params: dict) -> list[tuple[str, object]]:
    """(attribute, value) pairs, from the `Attribute`/`Value` form or the structured members."""
    changes = []
    attribute = params.get("Attribute")
    if attribute is not None:
        if attribute not in _WRITERS:
            raise invalid_parameter_value(
                f"Value ({attribute}) for parameter attribute is invalid."
            )
        if attribute == "groupSet":
            raise errors.missing_parameter("groupId")
        if params.get("Value") is None:
            raise errors.missing_parameter("value")
        changes.append((attribute, params["Value"]))
    for name, (member, _) in _WRITERS.items():
        if member in params:
            given = params[member]
            changes.append((name, given["Value"] if isinstance(given, dict) else given))
    if not changes:
        raise errors.missing_parameter("attribute")
    if len(changes) > 1:
        raise errors.InvalidParameterCombination(
            "Fields for multiple attribute types specified: "
            + ", ".join(name for name, _ in changes),
        )
    return changes


@action("ModifyInstanceAttribute")
def modify_instance_attribute(ctx: Context, params: dict) -> dict:
    changes = _requested_changes(params)
    doc = get_instance(ctx, params.get("InstanceId") or "")
    if name_of(doc) == "terminated":
        raise errors.IncorrectInstanceState(f"The instance '{doc['InstanceId']}' is terminated.")
    for attribute, value in changes:
        doc = _WRITERS[attribute][1](ctx, doc, value)
    INSTANCE.put(ctx.tx, doc)
    return {}


_RESETS = {
    "kernel": lambda doc: with_private(doc, kernel=None),
    "ramdisk": lambda doc: with_private(doc, ramdisk=None),
    "sourceDestCheck": lambda doc: {**doc, "SourceDestCheck": True},
}


@action("ResetInstanceAttribute")
def reset_instance_attribute(ctx: Context, params: dict) -> dict:
    attribute = params.get("Attribute") or ""
    if attribute not in _RESETS:
        raise invalid_parameter_value(
            f"Value ({attribute}) for parameter attribute is invalid. "
            "Only kernel, ramdisk and sourceDestCheck can be reset."
        )
    doc = get_instance(ctx, params.get("InstanceId") or "")
    INSTANCE.put(ctx.tx, _RESETS[attribute](doc))
    return {}
