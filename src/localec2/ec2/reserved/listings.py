"""Reserved Instance Marketplace listings: CreateReservedInstancesListing,
CancelReservedInstancesListing, DescribeReservedInstancesListings.

A listing is a `reserved-instances-listing` document in EC2's shape, its id a UUID. EC2's
rules on what can be sold (its user guide, "Sell in the Reserved Instance Marketplace"):
Standard Reserved Instances only, active, with at least a month of their term left; one with
an upfront payment only once it has been active for 30 days; one listing of a reservation
at a time. The listing prices each month left in the term: a schedule given for a term
covers the months down to the next schedule given (reconstructed: the months above the
largest term take its price). No buyer ever comes to localec2, so a listing stays `active`
until it is cancelled, or `closed` when its reservation retires.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ..context import Context
from ..documents import ReservedInstancesDoc, ReservedInstancesListingDoc
from ..filters import Getter, fields
from ..instances.states import timestamp
from ..kinds import RESERVED_INSTANCES_LISTING, private
from .reservations import MONTH, find_reservation, is_uuid, select

_UPFRONT_WAIT = 30 * 86400  # an upfront reservation is sold only after 30 days active


@dataclass(frozen=True)
class Schedule:
    term: int  # months left in the reservation's term
    price: float


def months_left(ctx: Context, reservation: ReservedInstancesDoc) -> int:
    return int((private(reservation)["end"] - ctx.now) // MONTH)


def _counts(available: int, cancelled: int) -> list[shapes.InstanceCount]:
    return [
        {"State": "available", "InstanceCount": available},
        {"State": "sold", "InstanceCount": 0},
        {"State": "cancelled", "InstanceCount": cancelled},
        {"State": "pending", "InstanceCount": 0},
    ]


def _check_sellable(ctx: Context, reservation: ReservedInstancesDoc) -> int:
    """The months left of a reservation that may be listed, or EC2's refusal.
    reconstructed: the codes and wording of the refusals."""
    reservation_id = reservation["ReservedInstancesId"]
    if reservation["OfferingClass"] != "standard":
        raise invalid_parameter_value(
            "Only Standard Reserved Instances can be sold in the Reserved Instance Marketplace."
        )
    if reservation["State"] != "active":
        raise errors.IncorrectState(f"Reserved Instances '{reservation_id}' are not active.")
    months = months_left(ctx, reservation)
    if months < 1:
        raise invalid_parameter_value(
            f"Reserved Instances '{reservation_id}' have less than a month left in their term."
        )
    upfront = reservation["OfferingType"] != "No Upfront"
    if upfront and ctx.now - private(reservation)["active_at"] < _UPFRONT_WAIT:
        raise invalid_parameter_value(
            f"Reserved Instances '{reservation_id}' with an upfront payment can be sold only "
            "after they have been active for 30 days."
        )
    if listed(ctx, reservation_id):
        raise invalid_parameter_value(
            f"Reserved Instances '{reservation_id}' are already listed in the Reserved Instance "
            "Marketplace."
        )
    return months


def _price_schedules(schedules: Sequence[Schedule], months: int) -> list[shapes.PriceSchedule]:
    """A price for each month left, from `months` down to 1 (the first one active)."""
    terms = sorted({s.term for s in schedules})
    if not terms:
        raise errors.missing_parameter("PriceSchedules")
    for schedule in schedules:
        if not 1 <= schedule.term <= months:
            raise invalid_parameter_value(
                f"Invalid value '{schedule.term}' for term: it must be between 1 and the "
                f"{months} months left in the Reserved Instances' term."
            )
        if schedule.price < 0:
            raise invalid_parameter_value(f"Invalid value '{schedule.price}' for price.")
    price_of = {s.term: s.price for s in schedules}
    out: list[shapes.PriceSchedule] = []
    for month in range(months, 0, -1):
        covering = min((t for t in terms if t >= month), default=terms[-1])
        out.append(
            {
                "Term": month,
                "Price": price_of[covering],
                "CurrencyCode": "USD",
                "Active": month == months,
            }
        )
    return out


def create(
    ctx: Context,
    reservation_id: str,
    count: int,
    schedules: Sequence[Schedule],
    client_token: str,
) -> ReservedInstancesListingDoc:
    """List `count` of the reservation's instances; a retry with the same client token
    answers the same listing."""
    for existing in RESERVED_INSTANCES_LISTING.every(ctx.tx):
        if existing.get("ClientToken") == client_token:
            if existing["ReservedInstancesId"] != reservation_id:
                raise errors.IdempotentParameterMismatch(
                    "Arguments on this idempotent request are inconsistent with arguments "
                    "used in previous request(s)."
                )
            return _settled(ctx, existing)
    (reservation,) = select(ctx, [reservation_id])
    months = _check_sellable(ctx, reservation)
    if not 1 <= count <= reservation["InstanceCount"]:
        raise invalid_parameter_value(
            f"Invalid value '{count}' for instanceCount: it must be between 1 and the "
            f"{reservation['InstanceCount']} instances of the Reserved Instances."
        )
    listing: ReservedInstancesListingDoc = {
        "ReservedInstancesListingId": str(uuid.uuid4()),
        "ReservedInstancesId": reservation_id,
        "ClientToken": client_token,
        "CreateDate": timestamp(ctx.now),
        "UpdateDate": timestamp(ctx.now),
        "Status": "active",
        "StatusMessage": "active",
        "InstanceCounts": _counts(count, 0),
        "PriceSchedules": _price_schedules(schedules, months),
        "Tags": [],
    }
    RESERVED_INSTANCES_LISTING.put(ctx.tx, listing)
    return listing


def _with_active_schedule(
    listing: ReservedInstancesListingDoc, months: int
) -> ReservedInstancesListingDoc:
    schedules = listing.get("PriceSchedules") or []
    active: list[shapes.PriceSchedule] = [
        {**s, "Active": s.get("Term") == months} for s in schedules
    ]
    return {**listing, "PriceSchedules": active}


def _settled(ctx: Context, listing: ReservedInstancesListingDoc) -> ReservedInstancesListingDoc:
    """The listing as it is now: closed once its reservation retired (written back once);
    the schedule of the months left now active."""
    if listing["Status"] != "active":
        return listing
    reservation = find_reservation(ctx, listing["ReservedInstancesId"])
    if reservation is None or reservation["State"] == "retired":
        closed: ReservedInstancesListingDoc = {
            **listing,
            "Status": "closed",
            "StatusMessage": "closed",
            "UpdateDate": timestamp(ctx.now),
            "InstanceCounts": _counts(0, 0),
        }
        RESERVED_INSTANCES_LISTING.put(ctx.tx, closed)
        return closed
    return _with_active_schedule(listing, months_left(ctx, reservation))


def described(ctx: Context) -> list[ReservedInstancesListingDoc]:
    return [_settled(ctx, doc) for doc in RESERVED_INSTANCES_LISTING.every(ctx.tx)]


def listed(ctx: Context, reservation_id: str) -> bool:
    """Whether the reservation has an active listing."""
    return any(
        doc["ReservedInstancesId"] == reservation_id and doc["Status"] == "active"
        for doc in described(ctx)
    )


def cancel(ctx: Context, listing_id: str) -> ReservedInstancesListingDoc:
    stored = RESERVED_INSTANCES_LISTING.stored(ctx.tx, listing_id) if is_uuid(listing_id) else None
    if stored is None:
        # reconstructed: EC2's error list has no code of its own for a listing id
        raise invalid_parameter_value(f"Reserved Instances listing '{listing_id}' does not exist.")
    listing = _settled(ctx, stored)
    if listing["Status"] != "active":
        # EC2's user guide: a listing can be cancelled while it is active. reconstructed:
        # the code and wording
        raise errors.IncorrectState(
            f"Reserved Instances listing '{listing_id}' is {listing['Status']}, not active."
        )
    available = next(
        c["InstanceCount"] for c in listing["InstanceCounts"] if c["State"] == "available"
    )
    cancelled: ReservedInstancesListingDoc = {
        **listing,
        "Status": "cancelled",
        "StatusMessage": "cancelled",
        "UpdateDate": timestamp(ctx.now),
        "InstanceCounts": _counts(0, available),
        "PriceSchedules": [{**s, "Active": False} for s in listing["PriceSchedules"]],
    }
    RESERVED_INSTANCES_LISTING.put(ctx.tx, cancelled)
    return cancelled


FILTERS: dict[str, Getter] = fields(
    {
        "reserved-instances-id": "ReservedInstancesId",
        "reserved-instances-listing-id": "ReservedInstancesListingId",
        "status": "Status",
        "status-message": "StatusMessage",
    }
)
