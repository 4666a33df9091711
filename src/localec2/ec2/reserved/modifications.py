"""ModifyReservedInstances and DescribeReservedInstancesModifications.

EC2's rules (its user guide, "Modify Reserved Instances"): the reservations modified are
active, not listed in the Marketplace nor pending another modification, end in the same
hour, and are alike but for zone, network platform and instance size (all standard or all
convertible); the target configurations keep the instance family and the instance size
footprint (instances x normalization factor); Windows reservations keep their size. A
modification is `processing`, then `fulfilled` (`boot_seconds` later, on the clock: reading
it "as it is now" settles it): the reservations modified retire, their end the start of the
new ones, which start at the hour of the request, end when the originals end, and list a $0
fixed price.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from .. import catalogs
from ..context import Context
from ..documents import ReservedInstancesDoc, ReservedInstancesModificationDoc
from ..filters import Getter, fields
from ..instances.prices import is_windows
from ..instances.states import timestamp
from ..kinds import RESERVED_INSTANCES, RESERVED_INSTANCES_MODIFICATION, private, with_private
from .listings import listed
from .offerings import REGION_SCOPE, ZONE_SCOPE
from .reservations import select

# EC2's normalization factors, by instance size
_FACTORS = {
    "nano": 0.25,
    "micro": 0.5,
    "small": 1,
    "medium": 2,
    "large": 4,
    "xlarge": 8,
    "2xlarge": 16,
    "4xlarge": 32,
    "8xlarge": 64,
    "9xlarge": 72,
    "10xlarge": 80,
    "12xlarge": 96,
    "16xlarge": 128,
    "18xlarge": 144,
    "24xlarge": 192,
    "32xlarge": 256,
}
PLATFORMS = ("EC2-VPC", "EC2-Classic")


def _family(instance_type: str) -> str:
    return instance_type.split(".", 1)[0]


def _factor(instance_type: str) -> float | None:
    return _FACTORS.get(instance_type.split(".", 1)[-1])


def _processing(ctx: Context) -> set[str]:
    """The reservations a processing modification is modifying."""
    return {
        item["ReservedInstancesId"]
        for doc in RESERVED_INSTANCES_MODIFICATION.every(ctx.tx)
        if doc["Status"] == "processing"
        for item in doc["ReservedInstancesIds"]
    }


def _check_sources(ctx: Context, sources: list[ReservedInstancesDoc]) -> None:
    """reconstructed: the codes and wording of the refusals."""
    busy = _processing(ctx)
    for doc in sources:
        reservation_id = doc["ReservedInstancesId"]
        if doc["State"] != "active":
            raise errors.IncorrectState(f"Reserved Instances '{reservation_id}' are not active.")
        if reservation_id in busy:
            raise errors.IncorrectState(
                f"Reserved Instances '{reservation_id}' are pending another modification."
            )
        if listed(ctx, reservation_id):
            raise invalid_parameter_value(
                f"Reserved Instances '{reservation_id}' are listed in the Reserved Instance "
                "Marketplace: cancel the listing first."
            )
    alike = {
        (
            math.floor(private(doc)["end"] / 3600),
            doc["OfferingClass"],
            doc["OfferingType"],
            doc["ProductDescription"],
            doc["InstanceTenancy"],
            _family(doc["InstanceType"]),
        )
        for doc in sources
    }
    if len(alike) > 1:
        raise invalid_parameter_combination(
            "The Reserved Instances to modify must be identical except for Availability Zone, "
            "network platform and instance size, and end in the same hour."
        )


def _target(
    ctx: Context, config: shapes.ReservedInstancesConfiguration, sources: list[ReservedInstancesDoc]
) -> shapes.ReservedInstancesConfiguration:
    """The target configuration, complete (type, count, scope, zone, platform), or EC2's
    refusal. reconstructed: the codes and wording of the refusals."""
    count = config.get("InstanceCount")
    if count is None:
        raise errors.missing_parameter("InstanceCount")
    if count < 1:
        raise invalid_parameter_value(f"Invalid value '{count}' for instanceCount.")
    types = {doc["InstanceType"] for doc in sources}
    instance_type = config.get("InstanceType") or (next(iter(types)) if len(types) == 1 else "")
    if not instance_type:
        raise errors.missing_parameter("InstanceType")
    if instance_type not in catalogs.instance_types():
        raise invalid_parameter_value(f"Invalid value '{instance_type}' for InstanceType.")
    if _family(instance_type) != _family(sources[0]["InstanceType"]):
        raise invalid_parameter_value(
            f"The instance type '{instance_type}' is not of the Reserved Instances' instance "
            "family: only the instance size can change."
        )
    if is_windows(sources[0]["ProductDescription"]) and instance_type not in types:
        raise invalid_parameter_value(
            "The instance size of Windows Reserved Instances cannot be modified."
        )
    zone = _zone(ctx, config)
    scope = config.get("Scope") or (ZONE_SCOPE if zone else REGION_SCOPE)
    if scope == ZONE_SCOPE and zone is None:
        raise errors.missing_parameter("AvailabilityZone")
    if scope == REGION_SCOPE and zone is not None:
        raise invalid_parameter_combination(
            "An Availability Zone cannot be specified for Reserved Instances of regional scope."
        )
    platform = config.get("Platform") or "EC2-VPC"
    if platform not in PLATFORMS or platform == "EC2-Classic":
        # EC2-Classic is gone from every account (localec2's included)
        raise invalid_parameter_value(f"Invalid value '{platform}' for platform.")
    target: shapes.ReservedInstancesConfiguration = {
        "InstanceType": instance_type,
        "InstanceCount": count,
        "Platform": platform,
        "Scope": scope,
    }
    if zone is not None:
        target["AvailabilityZone"] = zone["ZoneName"]
        target["AvailabilityZoneId"] = zone["ZoneId"]
    return target


def _zone(ctx: Context, config: shapes.ReservedInstancesConfiguration) -> catalogs.Zone | None:
    name, zone_id = config.get("AvailabilityZone"), config.get("AvailabilityZoneId")
    if not name and not zone_id:
        return None
    for zone in catalogs.zones(ctx.region):
        if zone["ZoneName"] == name or (not name and zone["ZoneId"] == zone_id):
            if zone_id and zone["ZoneId"] != zone_id:
                break
            return zone
    raise invalid_parameter_value(f"Invalid availability zone: [{name or zone_id}]")


def _footprint(instance_type: str, count: int) -> float:
    factor = _factor(instance_type)
    return count * factor if factor is not None else math.nan


def _check_footprint(
    sources: list[ReservedInstancesDoc], targets: list[shapes.ReservedInstancesConfiguration]
) -> None:
    before = sum(_footprint(d["InstanceType"], d["InstanceCount"]) for d in sources)
    after = sum(_footprint(t["InstanceType"], t["InstanceCount"]) for t in targets)
    types = {d["InstanceType"] for d in sources}
    one_type_kept = len(types) == 1 and {t["InstanceType"] for t in targets} == types
    same_count = sum(t["InstanceCount"] for t in targets) == sum(
        d["InstanceCount"] for d in sources
    )
    # a type without a normalization factor (a metal size) can only keep its type and count
    if not (before == after or (one_type_kept and same_count)):
        raise invalid_parameter_value(
            "The instance size footprint of the target configurations does not match that of "
            "the Reserved Instances to modify."
        )


def modify(
    ctx: Context,
    reservation_ids: Sequence[str],
    configurations: Sequence[shapes.ReservedInstancesConfiguration],
    client_token: str | None,
) -> str:
    """Start modifying the reservations into the target configurations; the modification's
    id. A retry with the same client token answers the same modification."""
    if client_token:
        for existing in RESERVED_INSTANCES_MODIFICATION.every(ctx.tx):
            if existing.get("ClientToken") == client_token:
                return existing["ReservedInstancesModificationId"]
    if not reservation_ids:
        raise errors.missing_parameter("ReservedInstancesId")
    if not configurations:
        raise errors.missing_parameter("ReservedInstancesConfigurationSetItemType")
    sources = select(ctx, reservation_ids)
    _check_sources(ctx, sources)
    targets = [_target(ctx, config, sources) for config in configurations]
    _check_footprint(sources, targets)
    # the hour of the request (reconstructed: not before the reservations' start)
    effective = max(ctx.now - ctx.now % 3600, *(private(d)["start"] for d in sources))
    doc: ReservedInstancesModificationDoc = {
        "ReservedInstancesModificationId": f"rimod-{uuid.uuid4()}",
        "ReservedInstancesIds": [
            {"ReservedInstancesId": d["ReservedInstancesId"]} for d in sources
        ],
        "ModificationResults": [{"TargetConfiguration": t} for t in targets],
        "Status": "processing",
        "CreateDate": timestamp(ctx.now),
        "UpdateDate": timestamp(ctx.now),
        "EffectiveDate": timestamp(effective),
        "_": {"done_at": ctx.now + ctx.config.boot_seconds, "effective": effective},
    }
    if client_token:
        doc["ClientToken"] = client_token
    RESERVED_INSTANCES_MODIFICATION.put(ctx.tx, doc)
    return doc["ReservedInstancesModificationId"]


def _new_reservation(
    source: ReservedInstancesDoc, target: shapes.ReservedInstancesConfiguration, effective: float
) -> ReservedInstancesDoc:
    end = private(source)["end"]
    base, new = _factor(source["InstanceType"]), _factor(target["InstanceType"])
    ratio = new / base if base and new else 1.0
    charges: list[shapes.RecurringCharge] = [
        {**c, "Amount": round(c.get("Amount", 0.0) * ratio, 4)}
        for c in source.get("RecurringCharges") or ()
    ]
    doc: ReservedInstancesDoc = {
        **source,
        "ReservedInstancesId": str(uuid.uuid4()),
        "InstanceType": target["InstanceType"],
        "InstanceCount": target["InstanceCount"],
        "Scope": target["Scope"],
        "Start": timestamp(effective),
        "Duration": int(end - effective),
        "FixedPrice": 0.0,
        "RecurringCharges": charges,
        "State": "active",
        "Tags": [],
        "_": {"start": effective, "end": end, "active_at": effective},
    }
    doc.pop("AvailabilityZone", None)
    doc.pop("AvailabilityZoneId", None)
    if "AvailabilityZone" in target:
        doc["AvailabilityZone"] = target["AvailabilityZone"]
        doc["AvailabilityZoneId"] = target["AvailabilityZoneId"]
    return doc


def _fulfil(
    ctx: Context, doc: ReservedInstancesModificationDoc
) -> ReservedInstancesModificationDoc:
    """The modification done: new reservations made, the modified ones retired."""
    effective: float = doc["_"]["effective"]
    sources = [
        RESERVED_INSTANCES.stored(ctx.tx, item["ReservedInstancesId"])
        for item in doc["ReservedInstancesIds"]
    ]
    first = next(s for s in sources if s is not None)
    results: list[shapes.ReservedInstancesModificationResult] = []
    for result in doc["ModificationResults"]:
        new = _new_reservation(first, result["TargetConfiguration"], effective)
        RESERVED_INSTANCES.put(ctx.tx, new)
        results.append({**result, "ReservedInstancesId": new["ReservedInstancesId"]})
    for source in sources:
        if source is not None:
            retired = with_private(source, end=effective)
            RESERVED_INSTANCES.put(
                ctx.tx, {**retired, "State": "retired", "End": timestamp(effective)}
            )
    done: ReservedInstancesModificationDoc = {
        **doc,
        "Status": "fulfilled",
        "UpdateDate": timestamp(ctx.now),
        "ModificationResults": results,
    }
    RESERVED_INSTANCES_MODIFICATION.put(ctx.tx, done)
    return done


def settle(ctx: Context) -> list[ReservedInstancesModificationDoc]:
    """Every modification as it is now (a finished one fulfilled, and written, once)."""
    out = []
    for doc in RESERVED_INSTANCES_MODIFICATION.every(ctx.tx):
        if doc["Status"] == "processing" and ctx.now >= doc["_"]["done_at"]:
            doc = _fulfil(ctx, doc)
        out.append(doc)
    return out


def described(ctx: Context, ids: Sequence[str]) -> list[ReservedInstancesModificationDoc]:
    """What DescribeReservedInstancesModifications lists: the modifications named, else all."""
    every = settle(ctx)
    if not ids:
        return every
    by_id = {doc["ReservedInstancesModificationId"]: doc for doc in every}
    missing = [i for i in dict.fromkeys(ids) if i not in by_id]
    if missing:
        # reconstructed: EC2's error list has no code of its own for a modification id
        raise invalid_parameter_value(
            f"Reserved Instances modification(s) '{', '.join(missing)}' do not exist."
        )
    return [by_id[i] for i in dict.fromkeys(ids)]


FILTERS: dict[str, Getter] = fields(
    {
        "client-token": "ClientToken",
        "create-date": "CreateDate",
        "effective-date": "EffectiveDate",
        "modification-result.reserved-instances-id": "ModificationResults.ReservedInstancesId",
        "modification-result.target-configuration.availability-zone": (
            "ModificationResults.TargetConfiguration.AvailabilityZone"
        ),
        "modification-result.target-configuration.availability-zone-id": (
            "ModificationResults.TargetConfiguration.AvailabilityZoneId"
        ),
        "modification-result.target-configuration.instance-count": (
            "ModificationResults.TargetConfiguration.InstanceCount"
        ),
        "modification-result.target-configuration.instance-type": (
            "ModificationResults.TargetConfiguration.InstanceType"
        ),
        "reserved-instances-id": "ReservedInstancesIds.ReservedInstancesId",
        "reserved-instances-modification-id": "ReservedInstancesModificationId",
        "status": "Status",
        "status-message": "StatusMessage",
        "update-date": "UpdateDate",
    }
)
