"""Reserved Instances bought: PurchaseReservedInstancesOffering and the reservations' states.

A reservation is a `reserved-instances` document in EC2's `ReservedInstances` shape, its id
a UUID. Its state moves on the clock, without a thread: a purchase is `payment-pending`
(`queued` until a `PurchaseTime` in the future), then `active` once the payment is taken
(`boot_seconds` later: at once by default), and `retired` at its end. Reading a reservation
"as it is now" settles its state and writes it back once.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ..context import Context
from ..documents import ReservedInstancesDoc
from ..filters import Getter, fields
from ..instances.states import timestamp
from ..kinds import RESERVED_INSTANCES, private, with_private
from .offerings import ZONE_SCOPE, find

# EC2's quota: 20 Reserved Instances per Availability Zone (or, regional, per Region) a month.
MONTHLY_QUOTA = 20
MONTH = 30 * 86400


def is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _state_now(ctx: Context, doc: ReservedInstancesDoc) -> str:
    state = doc["State"]
    clock = private(doc)
    if state in ("retired", "payment-failed"):
        return state
    if ctx.now >= clock["end"]:
        return "retired"
    if ctx.now < clock["start"]:
        return "queued"
    if ctx.now < clock["active_at"]:
        return "payment-pending"
    return "active"


def settled(ctx: Context, doc: ReservedInstancesDoc) -> ReservedInstancesDoc:
    """The reservation as it is now; a changed state is written back once."""
    state = _state_now(ctx, doc)
    if state == doc["State"]:
        return doc
    changed: ReservedInstancesDoc = {**doc, "State": state}
    RESERVED_INSTANCES.put(ctx.tx, changed)
    return changed


def find_reservation(ctx: Context, reservation_id: str) -> ReservedInstancesDoc | None:
    doc = RESERVED_INSTANCES.stored(ctx.tx, reservation_id) if is_uuid(reservation_id) else None
    return None if doc is None else settled(ctx, doc)


def select(ctx: Context, ids: Sequence[str]) -> list[ReservedInstancesDoc]:
    """The reservations with these ids, each once, or InvalidReservedInstancesId."""
    unique = list(dict.fromkeys(ids))
    found = [find_reservation(ctx, i) for i in unique]
    missing = [i for i, doc in zip(unique, found, strict=True) if doc is None]
    if missing:
        raise RESERVED_INSTANCES.not_found(missing)
    return [doc for doc in found if doc is not None]


def described(ctx: Context, ids: Sequence[str]) -> list[ReservedInstancesDoc]:
    """What DescribeReservedInstances lists: the reservations named, else all of them."""
    if ids:
        return select(ctx, ids)
    return [settled(ctx, doc) for doc in RESERVED_INSTANCES.every(ctx.tx)]


def _check_quota(ctx: Context, scope_zone: str | None, count: int) -> None:
    bought = sum(
        doc["InstanceCount"]
        for doc in RESERVED_INSTANCES.every(ctx.tx)
        if doc.get("AvailabilityZone") == scope_zone
        and ctx.now - private(doc).get("bought_at", -MONTH) < MONTH
    )
    if bought + count > MONTHLY_QUOTA:
        # the wording of EC2's error list
        raise errors.ReservedInstancesLimitExceeded(
            "Your current quota does not allow you to purchase the required number of "
            "reserved instances."
        )


def purchase(
    ctx: Context,
    offering_id: str,
    count: int,
    limit_price: float | None,
    purchase_time: float | None,
) -> str:
    """Buy `count` of the offering; the new reservation's id."""
    offering = find(ctx.region, offering_id)
    if offering is None:
        # reconstructed: the wording (EC2's error list: "The specified Reserved Instances
        # offering does not exist.")
        raise errors.InvalidReservedInstancesOfferingId(
            f"The Reserved Instances offering '{offering_id}' does not exist"
        )
    if count < 1:
        raise invalid_parameter_value(
            f"Value ({count}) for parameter instanceCount is invalid. Expected a positive integer."
        )
    fixed, charges = offering.prices()
    if limit_price is not None and fixed * count > limit_price:
        # EC2's error list: the total order costs more than the limit price
        raise errors.LimitPriceExceeded(
            f"The cost of the total order ({fixed * count:.2f}) is greater than the specified "
            f"limit price ({limit_price:.2f})."
        )
    zone = offering.zone
    start = ctx.now
    if purchase_time is not None and purchase_time > ctx.now:
        if zone is not None:
            # EC2 queues purchases of regional Reserved Instances only. reconstructed: the
            # wording
            raise invalid_parameter_value(
                "A purchase time can only be specified for regional Reserved Instances."
            )
        start = purchase_time
    _check_quota(ctx, zone["ZoneName"] if zone else None, count)
    reservation_id = str(uuid.uuid4())
    doc: ReservedInstancesDoc = {
        "ReservedInstancesId": reservation_id,
        "InstanceType": offering.instance_type,
        "Start": timestamp(start),
        "End": timestamp(start + offering.duration),
        "Duration": offering.duration,
        "UsagePrice": 0.0,
        "FixedPrice": fixed,
        "InstanceCount": count,
        "ProductDescription": offering.product_description,
        "State": "payment-pending",
        "InstanceTenancy": offering.tenancy,
        "CurrencyCode": "USD",
        "OfferingType": offering.offering_type,
        "RecurringCharges": charges,
        "OfferingClass": offering.offering_class,
        "Scope": offering.document()["Scope"],
        "Tags": [],
    }
    if zone is not None:
        doc["AvailabilityZone"] = zone["ZoneName"]
        doc["AvailabilityZoneId"] = zone["ZoneId"]
    doc = with_private(
        doc,
        start=start,
        end=start + offering.duration,
        active_at=start + ctx.config.boot_seconds,
        bought_at=ctx.now,
    )
    RESERVED_INSTANCES.put(ctx.tx, {**doc, "State": _state_now(ctx, doc)})
    return reservation_id


def is_zonal(doc: shapes.ReservedInstances) -> bool:
    return doc.get("Scope") == ZONE_SCOPE


FILTERS: dict[str, Getter] = fields(
    {
        "availability-zone": "AvailabilityZone",
        "availability-zone-id": "AvailabilityZoneId",
        "duration": "Duration",
        "end": "End",
        "fixed-price": "FixedPrice",
        "instance-type": "InstanceType",
        "scope": "Scope",
        "product-description": "ProductDescription",
        "reserved-instances-id": "ReservedInstancesId",
        "start": "Start",
        "state": "State",
        "usage-price": "UsagePrice",
    }
)
