"""Start, stop, reboot and terminate instances; their status, monitoring and console output."""

from __future__ import annotations

import base64
from collections.abc import Callable

from .. import errors
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.instance_network import (
    detach_elastic_ip,
    elastic_ip_of,
    new_public_address,
    with_public_address,
)
from ..ec2.instance_states import begin, name_of, state_change, stopped_by_user, timestamp
from ..ec2.instances import get_instance, incorrect_state, requested_instances, select_instances
from ..ec2.kinds import INSTANCE, private
from ..ec2.networking import release_address
from .registry import action


def _transition(ctx: Context, doc: dict, via: str, to: str, **changes) -> dict:
    stored, answered = begin(
        doc,
        via,
        to,
        ctx.now,
        ctx.config.boot_seconds,
        ctx.config.terminated_visible_seconds,
        **changes,
    )
    INSTANCE.put(ctx.tx, stored)
    return answered


def _state_changes(instances: list[dict], move: Callable[[dict], dict | None]) -> list[dict]:
    """Each instance's state change; `move` starts a transition (the answered document) or
    returns None for an instance that stays as it is."""
    return [state_change(doc["InstanceId"], doc, move(doc) or doc) for doc in instances]


def _shut_down(ctx: Context, doc: dict, via: str, to: str) -> dict:
    """Stopping or terminating at the user's request: an assigned public address goes; an
    Elastic IP stays with a stopped instance and is disassociated from a terminated one."""
    if to == "terminated":
        doc = detach_elastic_ip(ctx.tx, ctx.region, doc, reassign=False)
    if elastic_ip_of(doc) is None:
        doc = with_public_address(ctx.region, doc, None)
    return _transition(ctx, doc, via, to, **stopped_by_user(ctx.now))


def _public_address_on_start(ctx: Context, doc: dict) -> dict:
    if elastic_ip_of(doc) is not None:
        return doc
    subnet = ctx.tx.get("subnet", doc["SubnetId"]) or {}
    address = new_public_address() if subnet.get("MapPublicIpOnLaunch") else None
    return with_public_address(ctx.region, doc, address)


@action("StartInstances")
def start_instances(ctx: Context, params: dict) -> dict:
    instances = select_instances(ctx, params.get("InstanceIds") or [])
    for doc in instances:
        if name_of(doc) not in ("stopped", "pending", "running"):
            raise incorrect_state(doc["InstanceId"], "started")

    def start(doc: dict) -> dict | None:
        if name_of(doc) != "stopped":
            return None
        return _transition(
            ctx,
            _public_address_on_start(ctx, doc),
            "pending",
            "running",
            StateTransitionReason="",
            StateReason={"Code": "pending", "Message": "pending"},
        )

    return {"StartingInstances": _state_changes(instances, start)}


@action("StopInstances")
def stop_instances(ctx: Context, params: dict) -> dict:
    instances = select_instances(ctx, params.get("InstanceIds") or [])
    for doc in instances:
        if name_of(doc) in ("shutting-down", "terminated"):
            raise incorrect_state(doc["InstanceId"], "stopped")
        if private(doc).get("disable_api_stop"):
            raise errors.OperationNotPermitted(
                f"The instance '{doc['InstanceId']}' may not be stopped. Modify its "
                "'disableApiStop' instance attribute and try again.",
            )

    def stop(doc: dict) -> dict | None:
        if name_of(doc) not in ("pending", "running"):
            return None
        return _shut_down(ctx, doc, "stopping", "stopped")

    return {"StoppingInstances": _state_changes(instances, stop)}


@action("TerminateInstances")
def terminate_instances(ctx: Context, params: dict) -> dict:
    instances = select_instances(ctx, params.get("InstanceIds") or [])
    for doc in instances:
        if private(doc).get("disable_api_termination") and name_of(doc) != "terminated":
            raise errors.OperationNotPermitted(
                f"The instance '{doc['InstanceId']}' may not be terminated. Modify its "
                "'disableApiTermination' instance attribute and try again.",
            )

    def terminate(doc: dict) -> dict | None:
        if name_of(doc) in ("shutting-down", "terminated"):
            return None
        release_address(ctx.tx, doc["SubnetId"])
        return _shut_down(ctx, doc, "shutting-down", "terminated")

    return {"TerminatingInstances": _state_changes(instances, terminate)}


@action("RebootInstances")
def reboot_instances(ctx: Context, params: dict) -> dict:
    for doc in select_instances(ctx, params.get("InstanceIds") or []):
        if name_of(doc) == "terminated":
            raise incorrect_state(doc["InstanceId"], "rebooted")
    return {}


def _status(doc: dict) -> dict:
    running = name_of(doc) == "running"
    check = {
        "Status": "ok" if running else "not-applicable",
        "Details": [{"Name": "reachability", "Status": "passed"}] if running else [],
    }
    return {
        "InstanceId": doc["InstanceId"],
        "AvailabilityZone": doc["Placement"]["AvailabilityZone"],
        "InstanceState": doc["State"],
        "InstanceStatus": check,
        "SystemStatus": check,
        "AttachedEbsStatus": check,
        "Events": [],
    }


_STATUS_FILTERS = fields(
    {
        "availability-zone": "AvailabilityZone",
        "instance-state-code": "InstanceState.Code",
        "instance-state-name": "InstanceState.Name",
        "instance-status.status": "InstanceStatus.Status",
        "instance-status.reachability": "InstanceStatus.Details.Status",
        "system-status.status": "SystemStatus.Status",
        "system-status.reachability": "SystemStatus.Details.Status",
        "event.code": "Events.Code",
    }
)


@action("DescribeInstanceStatus")
def describe_instance_status(ctx: Context, params: dict) -> dict:
    instances = requested_instances(ctx, params)
    if not params.get("IncludeAllInstances"):
        instances = [doc for doc in instances if name_of(doc) == "running"]
    statuses = apply_filters(
        [_status(doc) for doc in instances], params.get("Filters"), _STATUS_FILTERS
    )
    page, token = paginate(statuses, params.get("MaxResults"), params.get("NextToken"))
    return {"InstanceStatuses": page, "NextToken": token}


def _set_monitoring(ctx: Context, params: dict, stored: str, answered: str) -> dict:
    result = []
    for doc in select_instances(ctx, params.get("InstanceIds") or []):
        if name_of(doc) == "terminated":
            raise incorrect_state(doc["InstanceId"], "monitored")
        INSTANCE.put(ctx.tx, {**doc, "Monitoring": {"State": stored}})
        result.append({"InstanceId": doc["InstanceId"], "Monitoring": {"State": answered}})
    return {"InstanceMonitorings": result}


@action("MonitorInstances")
def monitor_instances(ctx: Context, params: dict) -> dict:
    return _set_monitoring(ctx, params, "enabled", "pending")


@action("UnmonitorInstances")
def unmonitor_instances(ctx: Context, params: dict) -> dict:
    return _set_monitoring(ctx, params, "disabled", "disabling")


def boot_log(doc: dict) -> str:
    """A plausible Linux boot log for the instance."""
    address = doc.get("PrivateIpAddress") or "0.0.0.0"
    return "\r\n".join(
        [
            "[    0.000000] Linux version 6.1.119-129.201.amzn2023.x86_64 (mockbuild@ip-10-0-43-5) "
            "(gcc (GCC) 11.4.1 20230605) #1 SMP PREEMPT_DYNAMIC",
            "[    0.000000] Command line: BOOT_IMAGE=(hd0,gpt1)/boot/vmlinuz "
            f"root=UUID={doc['InstanceId']}",
            "[    0.000000] BIOS-provided physical RAM map:",
            "[    0.012345] DMI: Amazon EC2 /, BIOS 1.0 10/16/2017",
            "[    0.250000] Hypervisor detected: KVM",
            "[    1.104211] ena 0000:00:05.0: Elastic Network Adapter (ENA) v2.13.0",
            "[  OK  ] Reached target Network is Online.",
            "         Starting cloud-init.service - Cloud-init: Network Stage...",
            f"cloud-init[1201]: Cloud-init v. 22.2.2 running 'init' at {doc['LaunchTime']}.",
            f"cloud-init[1201]: ci-info: |  ens5  | True | {address} | 255.255.240.0 | global |",
            "[  OK  ] Started sshd.service - OpenSSH server daemon.",
            f"Cloud-init v. 22.2.2 finished at {doc['LaunchTime']}. Datasource DataSourceEc2.",
            "",
            f"Amazon Linux 2023 Kernel 6.1 on an {doc['Architecture']} (-)",
            "",
            f"{doc['PrivateDnsName'].split('.')[0]} login: ",
        ]
    )


@action("GetConsoleOutput")
def get_console_output(ctx: Context, params: dict) -> dict:
    doc = get_instance(ctx, params.get("InstanceId") or "")
    output = base64.b64encode(boot_log(doc).encode()).decode()
    return {"InstanceId": doc["InstanceId"], "Timestamp": timestamp(ctx.now), "Output": output}
