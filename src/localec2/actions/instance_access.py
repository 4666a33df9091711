"""What an instance's owner reads of it from outside: its Windows password, a screenshot of
its console, its UEFI variable store."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.instances.console import console_screenshot, uefi_data
from ..ec2.instances.password import password_data
from ..protocol import shapes
from .registry import action


@action("GetPasswordData")
def get_password_data(
    ctx: Context, params: shapes.GetPasswordDataRequest
) -> shapes.GetPasswordDataResult:
    data, when = password_data(ctx, params["InstanceId"])
    return {"InstanceId": params["InstanceId"], "Timestamp": when, "PasswordData": data}


@action("GetConsoleScreenshot")
def get_console_screenshot(
    ctx: Context, params: shapes.GetConsoleScreenshotRequest
) -> shapes.GetConsoleScreenshotResult:
    return {
        "ImageData": console_screenshot(ctx, params["InstanceId"]),
        "InstanceId": params["InstanceId"],
    }


@action("GetInstanceUefiData")
def get_instance_uefi_data(
    ctx: Context, params: shapes.GetInstanceUefiDataRequest
) -> shapes.GetInstanceUefiDataResult:
    data = uefi_data(ctx, params["InstanceId"])
    result: shapes.GetInstanceUefiDataResult = {"InstanceId": params["InstanceId"]}
    if data is not None:
        result["UefiData"] = data
    return result
