"""A Dedicated Host's capacity: what it has (from the instance-type catalogue), what its
instances use, and which hosts take the instances of a launch.

reconstructed: EC2 publishes each host type's sockets, cores and per-type capacity; localec2
derives them from its catalogue instead. A host of a family has the vCPUs and cores of the
family's largest type, on two sockets; a host of one type holds as many instances of it as
fit in those vCPUs. An instance uses its host until it terminates (a stopped one included).
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...protocol import shapes
from .. import catalogs
from ..context import Context
from ..documents import HostDoc, InstanceDoc
from ..instances.lookup import all_instances
from ..instances.states import name_of
from ..kinds import DEDICATED_HOST

SOCKETS = 2


def family_of(instance_type: str) -> str:
    return instance_type.split(".", 1)[0]


def family_types(family: str) -> list[shapes.InstanceTypeInfo]:
    """The catalogue's types of the family that Dedicated Hosts run, smallest first."""
    return sorted(
        (
            t
            for name, t in catalogs.instance_types().items()
            if family_of(name) == family and t.get("DedicatedHostsSupported")
        ),
        key=lambda t: t["VCpuInfo"]["DefaultVCpus"],
    )


def properties(instance_type: str | None, family: str) -> shapes.HostProperties:
    """A new host's properties: of one type, else of the whole family."""
    largest = family_types(family)[-1]["VCpuInfo"]
    props: shapes.HostProperties = {
        "Cores": largest["DefaultCores"],
        "Sockets": SOCKETS,
        "TotalVCpus": largest["DefaultVCpus"],
    }
    if instance_type:
        return {**props, "InstanceType": instance_type}
    return {**props, "InstanceFamily": family}


def _vcpus(instance_type: str) -> int:
    return catalogs.instance_types()[instance_type]["VCpuInfo"]["DefaultVCpus"]


def occupants(ctx: Context, host_id: str, moving: str | None = None) -> list[InstanceDoc]:
    """The instances on the host but terminated ones (and the instance being moved)."""
    return [
        i
        for i in all_instances(ctx)
        if i["Placement"].get("HostId") == host_id
        and name_of(i) != "terminated"
        and i["InstanceId"] != moving
    ]


def runs(host: HostDoc, instance_type: str) -> bool:
    """Whether the host runs instances of this type."""
    props = host["HostProperties"]
    if "InstanceType" in props:
        return props["InstanceType"] == instance_type
    return family_of(instance_type) == props.get("InstanceFamily") and any(
        t["InstanceType"] == instance_type for t in family_types(props["InstanceFamily"])
    )


def _free_vcpus(host: HostDoc, on_it: Sequence[InstanceDoc]) -> int:
    used = sum(_vcpus(i["InstanceType"]) for i in on_it)
    return host["HostProperties"]["TotalVCpus"] - used


def room_for(host: HostDoc, instance_type: str, on_it: Sequence[InstanceDoc]) -> int:
    """How many more instances of the type fit on the host."""
    props = host["HostProperties"]
    if "InstanceType" in props:
        return props["TotalVCpus"] // _vcpus(instance_type) - len(on_it)
    return _free_vcpus(host, on_it) // _vcpus(instance_type)


def available(host: HostDoc, on_it: Sequence[InstanceDoc]) -> shapes.AvailableCapacity:
    """`AvailableCapacity` as DescribeHosts shows it."""
    props = host["HostProperties"]
    if "InstanceType" in props:
        types = [props["InstanceType"]]
    else:
        types = [t["InstanceType"] for t in family_types(props["InstanceFamily"])]
    return {
        "AvailableInstanceCapacity": [
            {
                "InstanceType": t,
                "AvailableCapacity": max(room_for(host, t, on_it), 0),
                "TotalCapacity": props["TotalVCpus"] // _vcpus(t),
            }
            for t in types
        ],
        "AvailableVCpus": _free_vcpus(host, on_it),
    }


def _usable(host: HostDoc, zone: str, instance_type: str) -> bool:
    return (
        host["State"] == "available"
        and host["AvailabilityZone"] == zone
        and runs(host, instance_type)
    )


def _on_named_host(
    ctx: Context, host_id: str, zone: str, instance_type: str, count: int, moving: str | None
) -> list[str]:
    host = DEDICATED_HOST.get(ctx.tx, host_id)
    if host["State"] != "available":
        # reconstructed: the wording
        raise errors.InvalidHostState(f"The Dedicated Host {host_id} is not available.")
    if host["AvailabilityZone"] != zone:
        # reconstructed: the wording
        raise errors.invalid_parameter_value(
            f"The Dedicated Host {host_id} is in availability zone {host['AvailabilityZone']}, "
            f"not {zone}."
        )
    if not runs(host, instance_type):
        raise errors.IncompatibleHostRequirements(  # reconstructed: the wording
            f"The Dedicated Host {host_id} does not support instance type {instance_type}."
        )
    if room_for(host, instance_type, occupants(ctx, host_id, moving)) < count:
        raise errors.InsufficientCapacityOnHost(  # reconstructed: the wording
            f"There is not enough capacity on the Dedicated Host {host_id} to launch or start "
            "the instance."
        )
    return [host_id] * count


def _auto_placed(ctx: Context, zone: str, instance_type: str, count: int) -> list[str]:
    """Fill the account's auto-placement hosts of the zone and type, oldest first."""
    chosen: list[str] = []
    for host in DEDICATED_HOST.every(ctx.tx):
        if host.get("AutoPlacement") != "on" or not _usable(host, zone, instance_type):
            continue
        room = room_for(host, instance_type, occupants(ctx, host["HostId"]))
        chosen += [host["HostId"]] * max(0, min(room, count - len(chosen)))
        if len(chosen) == count:
            return chosen
    # EC2's wording of IncompatibleHostRequirements, in its error list
    raise errors.IncompatibleHostRequirements(
        "There are no available or compatible Dedicated Hosts available on which to launch or "
        "start the instance."
    )


def hosts_for(
    ctx: Context,
    host_id: str | None,
    zone: str,
    instance_type: str,
    count: int,
    moving: str | None = None,
) -> list[str]:
    """The host of each of `count` instances: the host named, else hosts that auto-place."""
    if host_id:
        return _on_named_host(ctx, host_id, zone, instance_type, count, moving)
    return _auto_placed(ctx, zone, instance_type, count)
