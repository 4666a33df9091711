"""Dedicated Hosts: `dedicated-host` documents (boto3's `Host` shape but its instances and
capacity, computed when read), allocated, modified, released and described.

A released host stays visible as `released` as long as a terminated instance does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ... import errors
from ...errors import EC2Error, invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from ...state.ids import new_id
from .. import catalogs
from ..context import Context
from ..documents import HostDoc
from ..filters import fields
from ..instances.states import timestamp
from ..kinds import DEDICATED_HOST, private, with_private
from ..tags.tagging import specified_tags
from . import host_capacity
from .host_capacity import family_of, family_types, occupants

FILTERS = fields(
    {
        "auto-placement": "AutoPlacement",
        "availability-zone": "AvailabilityZone",
        "client-token": "ClientToken",
        "host-reservation-id": "HostReservationId",
        "instance-type": "HostProperties.InstanceType",
        "state": "State",
    }
)


def _family(instance_type: str | None, family: str | None) -> str:
    """The family the host is for; its instance type must be one Dedicated Hosts run."""
    if bool(instance_type) == bool(family):
        # reconstructed: the wording
        raise invalid_parameter_combination(
            "Specify either an instance type or an instance family, but not both."
        )
    chosen = family or family_of(instance_type or "")
    types = family_types(chosen)
    if instance_type and instance_type not in catalogs.instance_types():
        raise invalid_parameter_value(f"Invalid value '{instance_type}' for InstanceType.")
    if not types or (instance_type and instance_type not in {t["InstanceType"] for t in types}):
        # reconstructed: the wording
        raise invalid_parameter_value(
            f"Dedicated Hosts are not supported for {instance_type or family}."
        )
    return chosen


def _zone(region: str, zone: str | None, zone_id: str | None) -> catalogs.Zone:
    if not zone and not zone_id:
        raise errors.missing_parameter("AvailabilityZone")
    for known in catalogs.zones(region):
        if known["ZoneName"] == zone or known["ZoneId"] == zone_id:
            return known
    raise invalid_parameter_value(f"Invalid availability zone: [{zone or zone_id}]")


def allocate(
    ctx: Context,
    *,
    instance_type: str | None,
    family: str | None,
    zone: str | None,
    zone_id: str | None,
    quantity: int | None,
    auto_placement: str | None,
    host_recovery: str | None,
    host_maintenance: str | None,
    client_token: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> list[str]:
    """AllocateHosts: `quantity` hosts (1 if not given); a retry with the same client token
    answers the hosts it allocated."""
    if client_token:
        earlier = [
            h["HostId"]
            for h in DEDICATED_HOST.every(ctx.tx)
            if h.get("ClientToken") == client_token
        ]
        if earlier:
            return earlier
    host_family = _family(instance_type, family)
    where = _zone(ctx.region, zone, zone_id)
    count = 1 if quantity is None else quantity
    if count < 1:
        # EC2's error list: InvalidQuantity; reconstructed: the wording
        raise errors.InvalidQuantity(f"The quantity of Dedicated Hosts ({count}) must be positive.")
    tags = specified_tags(tag_specifications, DEDICATED_HOST.name)
    props = host_capacity.properties(instance_type, host_family)
    ids = []
    for _ in range(count):
        doc: HostDoc = {
            "HostId": new_id(DEDICATED_HOST.prefix),
            "AutoPlacement": auto_placement or "off",
            "AvailabilityZone": where["ZoneName"],
            "AvailabilityZoneId": where["ZoneId"],
            "HostProperties": props,
            "State": "available",
            "AllocationTime": timestamp(ctx.now),
            "Tags": tags,
            "HostRecovery": host_recovery or "off",
            "AllowsMultipleInstanceTypes": "off" if instance_type else "on",
            "OwnerId": ctx.account_id,
            "MemberOfServiceLinkedResourceGroup": False,
            "HostMaintenance": host_maintenance or "off",
        }
        if client_token:
            doc["ClientToken"] = client_token
        DEDICATED_HOST.put(ctx.tx, doc)
        ids.append(doc["HostId"])
    return ids


def _visible(ctx: Context, host: HostDoc) -> bool:
    released = private(host).get("released")
    return released is None or ctx.now < released + ctx.config.terminated_visible_seconds


def _as_now(ctx: Context, host: HostDoc) -> HostDoc | None:
    return host if _visible(ctx, host) else None


def find(ctx: Context, host_id: str) -> HostDoc | None:
    return DEDICATED_HOST.as_now(ctx.tx, host_id, lambda host: _as_now(ctx, host))


def zone_of(ctx: Context, host_id: str | None) -> str | None:
    """The zone of the host, if there is one of this id (else the launch's checks answer)."""
    host = find(ctx, host_id) if host_id else None
    return None if host is None else host["AvailabilityZone"]


def described(ctx: Context, host: HostDoc) -> HostDoc:
    """The host as DescribeHosts shows it: with its instances and available capacity."""
    if host["State"] == "released":
        return host
    on_it = occupants(ctx, host["HostId"])
    return {
        **host,
        "Instances": [
            {
                "InstanceId": i["InstanceId"],
                "InstanceType": i["InstanceType"],
                "OwnerId": ctx.account_id,
            }
            for i in on_it
        ],
        "AvailableCapacity": host_capacity.available(host, on_it),
    }


def requested(ctx: Context, host_ids: Sequence[str]) -> list[HostDoc]:
    """The hosts named (Malformed / NotFound), else every visible one."""
    return DEDICATED_HOST.described(ctx.tx, host_ids, lambda host: _as_now(ctx, host))


Outcome = tuple[list[str], list[shapes.UnsuccessfulItem]]


def _each(
    ctx: Context, host_ids: Sequence[str], change: Callable[[HostDoc], EC2Error | None]
) -> Outcome:
    """Apply `change` to each host; its error (or an unknown host's) makes it unsuccessful."""
    DEDICATED_HOST.check_ids(host_ids)
    done: list[str] = []
    failed: list[shapes.UnsuccessfulItem] = []
    for host_id in dict.fromkeys(host_ids):
        host = find(ctx, host_id)
        error = DEDICATED_HOST.not_found([host_id]) if host is None else change(host)
        if error is None:
            done.append(host_id)
        else:
            # reconstructed: EC2 prefixes the codes of unsuccessful items with "Client."
            failed.append(
                {
                    "ResourceId": host_id,
                    "Error": {"Code": f"Client.{error.code}", "Message": error.message},
                }
            )
    return done, failed


def release(ctx: Context, host_ids: Sequence[str]) -> Outcome:
    """ReleaseHosts: a host with instances (not terminated) on it stays."""

    def release_one(host: HostDoc) -> EC2Error | None:
        host_id = host["HostId"]
        if host["State"] != "available":
            return errors.InvalidHostState(f"Dedicated host {host_id} is not available.")
        if occupants(ctx, host_id):
            # reconstructed: the wording
            return errors.InvalidHostState(
                f"Dedicated host {host_id} cannot be released as it is occupied."
            )
        released: HostDoc = {**host, "State": "released", "ReleaseTime": timestamp(ctx.now)}
        DEDICATED_HOST.put(ctx.tx, with_private(released, released=ctx.now))
        return None

    return _each(ctx, host_ids, release_one)


def modify(
    ctx: Context,
    host_ids: Sequence[str],
    *,
    auto_placement: str | None,
    host_recovery: str | None,
    host_maintenance: str | None,
    instance_type: str | None,
    family: str | None,
) -> Outcome:
    """ModifyHosts: its settings; its instance type or family only while it has no
    instances."""
    if not any((auto_placement, host_recovery, host_maintenance, instance_type, family)):
        # reconstructed: the wording
        raise errors.missing_parameter(
            "AutoPlacement, HostRecovery, InstanceType or InstanceFamily"
        )
    new_family = _family(instance_type, family) if instance_type or family else None

    def modify_one(host: HostDoc) -> EC2Error | None:
        host_id = host["HostId"]
        if host["State"] != "available":
            return errors.InvalidHostState(f"Dedicated host {host_id} is not available.")
        changed: HostDoc = {**host}
        if new_family is not None:
            if occupants(ctx, host_id):
                # reconstructed: the wording
                return errors.InvalidHostState(
                    f"The instance type of Dedicated host {host_id} cannot be changed while "
                    "instances run on it."
                )
            changed["HostProperties"] = host_capacity.properties(instance_type, new_family)
            changed["AllowsMultipleInstanceTypes"] = "off" if instance_type else "on"
        if auto_placement:
            changed["AutoPlacement"] = auto_placement
        if host_recovery:
            changed["HostRecovery"] = host_recovery
        if host_maintenance:
            changed["HostMaintenance"] = host_maintenance
        DEDICATED_HOST.put(ctx.tx, changed)
        return None

    return _each(ctx, host_ids, modify_one)
