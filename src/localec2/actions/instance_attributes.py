"""DescribeInstanceAttribute, ModifyInstanceAttribute and ResetInstanceAttribute."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.instances import attributes
from ..ec2.instances.attributes import Setting
from ..protocol import shapes
from .registry import action


@action("DescribeInstanceAttribute")
def describe_instance_attribute(
    ctx: Context, params: shapes.DescribeInstanceAttributeRequest
) -> shapes.InstanceAttribute:
    return attributes.instance_attribute(ctx, params["InstanceId"], params["Attribute"])


def _structured(params: shapes.ModifyInstanceAttributeRequest) -> list[tuple[str, Setting]]:
    """(attribute, value) of each structured member given, in the order EC2 lists them."""
    given: list[tuple[str, Setting]] = []
    if "InstanceType" in params:
        given.append(("instanceType", params["InstanceType"]["Value"]))
    if "Kernel" in params:
        given.append(("kernel", params["Kernel"].get("Value", "")))
    if "Ramdisk" in params:
        given.append(("ramdisk", params["Ramdisk"].get("Value", "")))
    if "UserData" in params:
        given.append(("userData", params["UserData"]["Value"]))
    if "DisableApiTermination" in params:
        given.append(("disableApiTermination", params["DisableApiTermination"]["Value"]))
    if "DisableApiStop" in params:
        given.append(("disableApiStop", params["DisableApiStop"]["Value"]))
    if "InstanceInitiatedShutdownBehavior" in params:
        behavior = params["InstanceInitiatedShutdownBehavior"]["Value"]
        given.append(("instanceInitiatedShutdownBehavior", behavior))
    if "SourceDestCheck" in params:
        given.append(("sourceDestCheck", params["SourceDestCheck"]["Value"]))
    if "EbsOptimized" in params:
        given.append(("ebsOptimized", params["EbsOptimized"]["Value"]))
    if "EnaSupport" in params:
        given.append(("enaSupport", params["EnaSupport"]["Value"]))
    if "SriovNetSupport" in params:
        given.append(("sriovNetSupport", params["SriovNetSupport"].get("Value", "")))
    if "EnclaveOptions" in params:
        given.append(("enclaveOptions", params["EnclaveOptions"].get("Enabled", False)))
    if "BlockDeviceMappings" in params:
        given.append(("blockDeviceMapping", params["BlockDeviceMappings"]))
    if "Groups" in params:
        given.append(("groupSet", params["Groups"]))
    return given


@action("ModifyInstanceAttribute")
def modify_instance_attribute(ctx: Context, params: shapes.ModifyInstanceAttributeRequest) -> None:
    attribute, value = attributes.requested_change(
        params.get("Attribute"), params.get("Value"), _structured(params)
    )
    attributes.modify_attribute(ctx, params["InstanceId"], attribute, value)


@action("ResetInstanceAttribute")
def reset_instance_attribute(ctx: Context, params: shapes.ResetInstanceAttributeRequest) -> None:
    attributes.reset_attribute(ctx, params["InstanceId"], params["Attribute"])
