"""Spot Instance requests: RequestSpotInstances, their lifecycle on the clock, cancelling.

A request is a `spot-instances-request` document in EC2's `SpotInstanceRequest` shape, one
per instance asked for. Its lifecycle is EC2's (its user guide, "Spot request status"),
without a thread: the request stores when it is evaluated, and reading it "as it is now"
settles it and writes it back once:

- `open` / `pending-evaluation` until `boot_seconds` have passed (`not-scheduled-yet`
  before its ValidFrom); then, if its maximum price is below the Spot price, `open` /
  `price-too-low` (evaluated again at each read); else its instance is launched: `active` /
  `fulfilled`, the instance's lifecycle `spot`;
- an open request past its ValidUntil is `cancelled` / `schedule-expired`;
- its instance stopping and stopped: `active` / `marked-for-stop`, then `disabled` /
  `instance-stopped-by-user`, `active` again once it runs;
- its instance terminated: a one-time request is `closed` / `instance-terminated-by-user`,
  a persistent one `open` again (pending evaluation, then a new instance);
- cancelled: `canceled-before-fulfillment` if it was open, else
  `request-canceled-and-instance-running`; a cancelled request whose instance is gone is
  deleted four hours after it was cancelled.

The status messages are reconstructed, but for `fulfilled` ("Your spot request is
fulfilled.", as EC2 answers).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...errors import EC2Error, invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from ..context import Context
from ..documents import SpotInstanceRequestDoc
from ..filters import Getter, fields
from ..instances.launch_request import validated_launch
from ..instances.lookup import find_instance
from ..instances.prices import format_price, on_demand_price
from ..instances.states import timestamp
from ..kinds import SPOT_INSTANCE_REQUEST, private, with_private
from ..tags.tagging import specified_tags
from .launching import (
    launch_for,
    launch_request,
    launched_in,
    monitoring_enabled,
    product_description,
)
from .prices import spot_price

VALID_FOR = 7 * 86400  # EC2's default ValidUntil: a week after the request
GONE_AFTER = 4 * 3600  # EC2 deletes a cancelled request 4 hours after its instance is gone
MIN_PRICE = 0.001  # EC2's minimum maximum price
_MESSAGES = {
    "pending-evaluation": "Your Spot request has been submitted for review, and is pending "
    "evaluation.",
    "not-scheduled-yet": "Your Spot request will not be evaluated until {}.",
    "price-too-low": "Your Spot request price of {} is lower than the minimum required Spot "
    "request fulfillment price of {}.",
    "fulfilled": "Your spot request is fulfilled.",
    "schedule-expired": "Your Spot request has expired.",
    "canceled-before-fulfillment": "Your Spot request was canceled before it was fulfilled.",
    "request-canceled-and-instance-running": "Spot request was canceled, but its instance {} "
    "is still running.",
    "marked-for-stop": "Spot Instance {} is marked for stopping.",
    "instance-stopped-by-user": "Spot Instance {} was stopped by its user.",
    "instance-terminated-by-user": "Spot Instance terminated due to user-initiated termination.",
    "bad-parameters": "{}",
}


def new_request_id() -> str:
    """A Spot Instance request id of EC2's form, `sir-` and 8 characters."""
    return f"sir-{os.urandom(4).hex()}"


def status(ctx: Context, code: str, *details: Any) -> shapes.SpotInstanceStatus:
    return {
        "Code": code,
        "Message": _MESSAGES[code].format(*details),
        "UpdateTime": timestamp(ctx.now),
    }


def parse_price(value: str, member: str) -> float:
    """A maximum price as given (a decimal string), at least EC2's minimum."""
    try:
        price = float(value)
    except ValueError:
        price = -1.0
    if not price >= MIN_PRICE:
        # EC2's documentation: a maximum price below USD 0.001 is InvalidParameterValue.
        # reconstructed: the wording
        raise invalid_parameter_value(
            f"Invalid value '{value}' for {member}: it must be at least {MIN_PRICE}."
        )
    return price


# --- RequestSpotInstances -------------------------------------------------------------------
@dataclass(frozen=True)
class SpotRequest:
    """What a RequestSpotInstances request asks for (None: not given)."""

    spec: shapes.RequestSpotLaunchSpecification
    count: int = 1
    spot_price: str | None = None
    type: str = "one-time"
    valid_from: float | None = None
    valid_until: float | None = None
    behavior: str = "terminate"
    launch_group: str | None = None
    zone_group: str | None = None
    tag_specifications: Sequence[shapes.TagSpecification] = ()


def _check_times(ctx: Context, request: SpotRequest) -> tuple[float | None, float]:
    """(ValidFrom, ValidUntil) as epochs. reconstructed: the wording of the refusals."""
    start = request.valid_from
    if start is not None and start <= ctx.now:
        # EC2's documentation: the start must be after the current date and time
        raise invalid_parameter_value("validFrom must be a date and time in the future.")
    until = request.valid_until if request.valid_until is not None else ctx.now + VALID_FOR
    if until <= max(ctx.now, start or ctx.now):
        raise invalid_parameter_value("validUntil must be a date and time after validFrom.")
    return start, until


def request_spot_instances(ctx: Context, request: SpotRequest) -> list[SpotInstanceRequestDoc]:
    """Open `count` requests (one an instance) for what the specification launches."""
    if request.count < 1:
        raise invalid_parameter_value(
            f"Value ({request.count}) for parameter instanceCount is invalid. "
            "Expected a positive integer."
        )
    launch = validated_launch(ctx, launch_request(request.spec))
    if request.behavior != "terminate" and request.type != "persistent":
        # EC2's documentation: stop and hibernate interrupt persistent requests only.
        # reconstructed: the wording
        raise invalid_parameter_combination(
            f"The instance interruption behavior '{request.behavior}' is supported only for "
            "persistent requests."
        )
    start, until = _check_times(ctx, request)
    tags = specified_tags(request.tag_specifications, SPOT_INSTANCE_REQUEST.name)
    product = product_description(launch.image)
    instance_type = launch.instance_type["InstanceType"]
    given = request.spot_price
    max_price = (
        parse_price(given, "spotPrice")
        if given is not None
        else on_demand_price(instance_type, product)  # EC2: the On-Demand price by default
    )
    spec: shapes.LaunchSpecification = {
        "ImageId": launch.image["ImageId"],
        "InstanceType": instance_type,
        "SecurityGroups": launch.groups,
        "SubnetId": launch.subnet["SubnetId"],
        "Placement": {"AvailabilityZone": launch.subnet["AvailabilityZone"]},
        "Monitoring": {"Enabled": monitoring_enabled(request.spec)},
        "EbsOptimized": request.spec.get("EbsOptimized", False),
        "BlockDeviceMappings": request.spec.get("BlockDeviceMappings") or [],
    }
    for member in ("KeyName", "KernelId", "RamdiskId", "NetworkInterfaces", "UserData"):
        if request.spec.get(member):
            spec[member] = request.spec[member]
    docs = []
    for _ in range(request.count):
        doc: SpotInstanceRequestDoc = {
            "SpotInstanceRequestId": new_request_id(),
            "SpotPrice": format_price(max_price),
            "Type": request.type,
            "State": "open",
            "CreateTime": timestamp(ctx.now),
            "ValidUntil": timestamp(until),
            "LaunchSpecification": spec,
            "ProductDescription": product,
            "InstanceInterruptionBehavior": request.behavior,
            "Tags": tags,
        }
        first = "pending-evaluation" if start is None else "not-scheduled-yet"
        doc["Status"] = status(ctx, first, timestamp(start or ctx.now))
        if start is not None:
            doc["ValidFrom"] = timestamp(start)
        if request.launch_group:
            doc["LaunchGroup"] = request.launch_group
        if request.zone_group:
            doc["AvailabilityZoneGroup"] = request.zone_group
        doc = with_private(
            doc,
            spec=request.spec,
            max_price=max_price,
            valid_from=start,
            valid_until=until,
            evaluate_at=(start or ctx.now) + ctx.config.boot_seconds,
        )
        SPOT_INSTANCE_REQUEST.put(ctx.tx, doc)
        docs.append(doc)
    return docs


# --- as it is now ---------------------------------------------------------------------------
def _moved(
    ctx: Context, doc: SpotInstanceRequestDoc, state: str, code: str, *details: Any
) -> SpotInstanceRequestDoc:
    if doc["State"] == state and doc["Status"]["Code"] == code:
        return doc
    return {**doc, "State": state, "Status": status(ctx, code, *details)}


def _evaluated(ctx: Context, doc: SpotInstanceRequestDoc) -> SpotInstanceRequestDoc:
    """An open request evaluated now: expired, waiting, priced out, or fulfilled."""
    clock = private(doc)
    if ctx.now >= clock["valid_until"]:
        return _moved(ctx, doc, "cancelled", "schedule-expired")
    if ctx.now < clock["evaluate_at"]:
        return doc
    spec = doc["LaunchSpecification"]
    zone = spec["Placement"]["AvailabilityZone"]
    price = spot_price(spec["InstanceType"], zone, doc["ProductDescription"], ctx.now)
    if clock["max_price"] < price:
        return _moved(ctx, doc, "open", "price-too-low", doc["SpotPrice"], format_price(price))
    try:
        instance = launch_for(ctx, clock["spec"], doc["SpotInstanceRequestId"])
    except EC2Error as error:  # what was valid when asked for is no longer (a key deleted)
        failed = _moved(ctx, doc, "failed", "bad-parameters", error.message)
        return {**failed, "Fault": {"Code": error.code, "Message": error.message}}
    return {
        **_moved(ctx, doc, "active", "fulfilled"),
        "InstanceId": instance["InstanceId"],
        **launched_in(ctx.region, instance),
    }


def _followed(ctx: Context, doc: SpotInstanceRequestDoc) -> SpotInstanceRequestDoc:
    """A request with an instance, as its instance is now."""
    instance_id = doc.get("InstanceId") or ""
    instance = find_instance(ctx, instance_id)
    state = "terminated" if instance is None else instance["State"]["Name"]
    if doc["State"] == "cancelled":
        if state == "terminated":
            return _moved(ctx, doc, "cancelled", "instance-terminated-by-user")
        return doc
    if state == "terminated":
        if doc["Type"] == "one-time":
            return _moved(ctx, doc, "closed", "instance-terminated-by-user")
        reopened = _moved(ctx, doc, "open", "pending-evaluation")
        reopened = with_private(reopened, evaluate_at=ctx.now + ctx.config.boot_seconds)
        return {k: v for k, v in reopened.items() if k != "InstanceId"}  # type: ignore[return-value]
    if state == "stopping":
        return _moved(ctx, doc, "active", "marked-for-stop", instance_id)
    if state == "stopped":
        return _moved(ctx, doc, "disabled", "instance-stopped-by-user", instance_id)
    return _moved(ctx, doc, "active", "fulfilled")


def _now(ctx: Context, doc: SpotInstanceRequestDoc) -> SpotInstanceRequestDoc:
    """One step of the lifecycle (a persistent request reopened is evaluated again)."""
    if doc["State"] == "open":
        return _evaluated(ctx, doc)
    if doc["State"] in ("active", "disabled", "cancelled") and doc.get("InstanceId"):
        followed = _followed(ctx, doc)
        return _evaluated(ctx, followed) if followed["State"] == "open" else followed
    return doc


def current(ctx: Context, doc: SpotInstanceRequestDoc) -> SpotInstanceRequestDoc | None:
    """The request as it is now (written back once when it changed); None once deleted."""
    settled = _now(ctx, doc)
    cancelled_at = private(settled).get("cancelled_at")
    instance_gone = settled["Status"]["Code"] in (
        "instance-terminated-by-user",
        "canceled-before-fulfillment",
        "schedule-expired",
    )
    if cancelled_at is not None and instance_gone and ctx.now >= cancelled_at + GONE_AFTER:
        SPOT_INSTANCE_REQUEST.delete(ctx.tx, doc["SpotInstanceRequestId"])
        return None
    if settled is not doc:
        SPOT_INSTANCE_REQUEST.put(ctx.tx, settled)
    return settled


def find(ctx: Context, request_id: str) -> SpotInstanceRequestDoc | None:
    return SPOT_INSTANCE_REQUEST.as_now(ctx.tx, request_id, lambda doc: current(ctx, doc))


def described(ctx: Context, ids: Sequence[str]) -> list[SpotInstanceRequestDoc]:
    """The requests named (Malformed / NotFound as EC2 answers), else all, as they are now."""
    return SPOT_INSTANCE_REQUEST.described(ctx.tx, ids, lambda doc: current(ctx, doc))


# --- CancelSpotInstanceRequests -------------------------------------------------------------
def cancel(ctx: Context, ids: Sequence[str]) -> list[shapes.CancelledSpotInstanceRequest]:
    """Cancel the requests; their instances keep running (EC2 does not terminate them)."""
    out: list[shapes.CancelledSpotInstanceRequest] = []
    for doc in described(ctx, ids):
        if doc["State"] == "open":
            doc = _moved(ctx, doc, "cancelled", "canceled-before-fulfillment")
        elif doc["State"] in ("active", "disabled"):
            doc = _moved(
                ctx, doc, "cancelled", "request-canceled-and-instance-running", doc["InstanceId"]
            )
        else:
            out.append(
                {"SpotInstanceRequestId": doc["SpotInstanceRequestId"], "State": doc["State"]}
            )
            continue
        SPOT_INSTANCE_REQUEST.put(ctx.tx, with_private(doc, cancelled_at=ctx.now))
        out.append({"SpotInstanceRequestId": doc["SpotInstanceRequestId"], "State": "cancelled"})
    return out


FILTERS: dict[str, Getter] = fields(
    {
        "availability-zone-group": "AvailabilityZoneGroup",
        "create-time": "CreateTime",
        "fault-code": "Fault.Code",
        "fault-message": "Fault.Message",
        "instance-id": "InstanceId",
        "launch-group": "LaunchGroup",
        "launch.block-device-mapping.delete-on-termination": (
            "LaunchSpecification.BlockDeviceMappings.Ebs.DeleteOnTermination"
        ),
        "launch.block-device-mapping.device-name": (
            "LaunchSpecification.BlockDeviceMappings.DeviceName"
        ),
        "launch.block-device-mapping.snapshot-id": (
            "LaunchSpecification.BlockDeviceMappings.Ebs.SnapshotId"
        ),
        "launch.block-device-mapping.volume-size": (
            "LaunchSpecification.BlockDeviceMappings.Ebs.VolumeSize"
        ),
        "launch.block-device-mapping.volume-type": (
            "LaunchSpecification.BlockDeviceMappings.Ebs.VolumeType"
        ),
        "launch.group-id": "LaunchSpecification.SecurityGroups.GroupId",
        "launch.group-name": "LaunchSpecification.SecurityGroups.GroupName",
        "launch.image-id": "LaunchSpecification.ImageId",
        "launch.instance-type": "LaunchSpecification.InstanceType",
        "launch.kernel-id": "LaunchSpecification.KernelId",
        "launch.key-name": "LaunchSpecification.KeyName",
        "launch.monitoring-enabled": "LaunchSpecification.Monitoring.Enabled",
        "launch.ramdisk-id": "LaunchSpecification.RamdiskId",
        "launched-availability-zone": "LaunchedAvailabilityZone",
        "launched-availability-zone-id": "LaunchedAvailabilityZoneId",
        "network-interface.network-interface-id": (
            "LaunchSpecification.NetworkInterfaces.NetworkInterfaceId"
        ),
        "network-interface.device-index": "LaunchSpecification.NetworkInterfaces.DeviceIndex",
        "network-interface.subnet-id": "LaunchSpecification.NetworkInterfaces.SubnetId",
        "network-interface.description": "LaunchSpecification.NetworkInterfaces.Description",
        "network-interface.private-ip-address": (
            "LaunchSpecification.NetworkInterfaces.PrivateIpAddress"
        ),
        "network-interface.delete-on-termination": (
            "LaunchSpecification.NetworkInterfaces.DeleteOnTermination"
        ),
        "network-interface.group-id": "LaunchSpecification.NetworkInterfaces.Groups",
        "network-interface.addresses.primary": (
            "LaunchSpecification.NetworkInterfaces.PrivateIpAddresses.Primary"
        ),
        "product-description": "ProductDescription",
        "spot-instance-request-id": "SpotInstanceRequestId",
        "spot-price": "SpotPrice",
        "state": "State",
        "status-code": "Status.Code",
        "status-message": "Status.Message",
        "type": "Type",
        "valid-from": "ValidFrom",
        "valid-until": "ValidUntil",
    }
)
