"""Start, stop, reboot and terminate instances: which states allow it, what each does to the
instance's addresses, and the state changes EC2 answers; and monitoring."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ... import errors
from ...protocol import shapes
from ..context import Context
from ..documents import InstanceDoc
from ..kinds import INSTANCE, SUBNET
from ..networking.interfaces import on_termination
from ..networking.vpcs import release_address
from .lookup import incorrect_state, select_instances
from .network import detach_elastic_ip, elastic_ip_of, new_public_address, with_public_address
from .states import PENDING, begin, instance_private, name_of, state_change, stopped_by_user


def _transition(
    ctx: Context, doc: InstanceDoc, via: str, to: str, changes: shapes.Instance
) -> InstanceDoc:
    """Start the transition and store the instance; the instance as answered now."""
    stored, answered = begin(
        doc,
        via,
        to,
        ctx.now,
        ctx.config.boot_seconds,
        ctx.config.terminated_visible_seconds,
        changes,
    )
    INSTANCE.put(ctx.tx, stored)
    return answered


def _state_changes(
    instances: list[InstanceDoc], move: Callable[[InstanceDoc], InstanceDoc | None]
) -> list[shapes.InstanceStateChange]:
    """Each instance's state change; `move` starts a transition (the answered document) or
    returns None for an instance that stays as it is."""
    return [state_change(doc["InstanceId"], doc, move(doc) or doc) for doc in instances]


def _shut_down(ctx: Context, doc: InstanceDoc, via: str, to: str) -> InstanceDoc:
    """Stopping or terminating at the user's request: an assigned public address goes; an
    Elastic IP stays with a stopped instance and is disassociated from a terminated one."""
    if to == "terminated":
        doc = detach_elastic_ip(ctx.tx, ctx.region, doc, reassign=False)
    if elastic_ip_of(doc) is None:
        doc = with_public_address(ctx.region, doc, None)
    return _transition(ctx, doc, via, to, stopped_by_user(ctx.now))


def _public_address_on_start(ctx: Context, doc: InstanceDoc) -> InstanceDoc:
    """A new assigned public address if its subnet maps them; an Elastic IP stays."""
    if elastic_ip_of(doc) is not None:
        return doc
    subnet = SUBNET.stored(ctx.tx, doc["SubnetId"])
    maps_public = subnet is not None and subnet.get("MapPublicIpOnLaunch")
    return with_public_address(ctx.region, doc, new_public_address() if maps_public else None)


def start_instances(ctx: Context, ids: Sequence[str]) -> list[shapes.InstanceStateChange]:
    """Start the stopped instances; pending and running ones stay as they are."""
    instances = select_instances(ctx, ids)
    for doc in instances:
        if name_of(doc) not in ("stopped", "pending", "running"):
            raise incorrect_state(doc["InstanceId"], "started")

    def start(doc: InstanceDoc) -> InstanceDoc | None:
        if name_of(doc) != "stopped":
            return None
        changes: shapes.Instance = {"StateTransitionReason": "", "StateReason": PENDING}
        return _transition(ctx, _public_address_on_start(ctx, doc), "pending", "running", changes)

    return _state_changes(instances, start)


def stop_instances(ctx: Context, ids: Sequence[str]) -> list[shapes.InstanceStateChange]:
    """Stop the pending and running instances (unless one is protected by `disableApiStop`)."""
    instances = select_instances(ctx, ids)
    for doc in instances:
        if name_of(doc) in ("shutting-down", "terminated"):
            raise incorrect_state(doc["InstanceId"], "stopped")
        if instance_private(doc).get("disable_api_stop"):
            raise errors.OperationNotPermitted(
                f"The instance '{doc['InstanceId']}' may not be stopped. Modify its "
                "'disableApiStop' instance attribute and try again.",
            )

    def stop(doc: InstanceDoc) -> InstanceDoc | None:
        if name_of(doc) not in ("pending", "running"):
            return None
        return _shut_down(ctx, doc, "stopping", "stopped")

    return _state_changes(instances, stop)


def terminate_instances(ctx: Context, ids: Sequence[str]) -> list[shapes.InstanceStateChange]:
    """Terminate the instances (unless one is protected by `disableApiTermination`); each
    gives its private address back to its subnet."""
    instances = select_instances(ctx, ids)
    for doc in instances:
        if instance_private(doc).get("disable_api_termination") and name_of(doc) != "terminated":
            raise errors.OperationNotPermitted(
                f"The instance '{doc['InstanceId']}' may not be terminated. Modify its "
                "'disableApiTermination' instance attribute and try again.",
            )

    def terminate(doc: InstanceDoc) -> InstanceDoc | None:
        if name_of(doc) in ("shutting-down", "terminated"):
            return None
        release_address(ctx.tx, doc["SubnetId"])
        on_termination(ctx, doc)
        return _shut_down(ctx, doc, "shutting-down", "terminated")

    return _state_changes(instances, terminate)


def reboot_instances(ctx: Context, ids: Sequence[str]) -> None:
    """A reboot changes nothing EC2 shows; a terminated instance cannot be rebooted."""
    for doc in select_instances(ctx, ids):
        if name_of(doc) == "terminated":
            raise incorrect_state(doc["InstanceId"], "rebooted")


def set_monitoring(
    ctx: Context, ids: Sequence[str], enabled: bool
) -> list[shapes.InstanceMonitoring]:
    """Turn detailed monitoring on or off: stored as done, answered as under way (`pending`,
    `disabling`), as EC2 answers."""
    stored, answered = ("enabled", "pending") if enabled else ("disabled", "disabling")
    result: list[shapes.InstanceMonitoring] = []
    for doc in select_instances(ctx, ids):
        if name_of(doc) == "terminated":
            raise incorrect_state(doc["InstanceId"], "monitored")
        INSTANCE.put(ctx.tx, {**doc, "Monitoring": {"State": stored}})
        result.append({"InstanceId": doc["InstanceId"], "Monitoring": {"State": answered}})
    return result
