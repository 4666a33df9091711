"""What EC2 reports on an instance's health: its status checks and its console output."""

from __future__ import annotations

import base64
from collections.abc import Sequence

from ...protocol import shapes
from ..context import Context
from ..documents import InstanceDoc
from .lookup import requested_instances
from .states import name_of


def instance_status(doc: InstanceDoc) -> shapes.InstanceStatus:
    """A running instance passes every check; for any other they do not apply."""
    running = name_of(doc) == "running"
    check: shapes.InstanceStatusSummary = {
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


def instance_statuses(
    ctx: Context, ids: Sequence[str], max_results: int | None, include_all: bool
) -> list[shapes.InstanceStatus]:
    """The status of the instances named (else all): only running ones unless `include_all`."""
    instances = requested_instances(ctx, ids, max_results)
    if not include_all:
        instances = [doc for doc in instances if name_of(doc) == "running"]
    return [instance_status(doc) for doc in instances]


def boot_log(doc: InstanceDoc) -> str:
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


def console_output(doc: InstanceDoc) -> str:
    """The instance's console output as GetConsoleOutput answers it (base64)."""
    return base64.b64encode(boot_log(doc).encode()).decode()
