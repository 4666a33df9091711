"""The Reserved Instance offerings of a region: a deterministic catalogue, never stored.

Every instance type of the catalogue is offered regionally and in each zone, for each product
description, offering class (standard, convertible), offering type (No, Partial and All
Upfront), term (1 and 3 years) and tenancy (default, dedicated). That is tens of thousands
of offerings per region, so an offering is a small `OfferingKey` until it is answered, and its
id encodes its key: a UUID whose bytes hold the key's indexes and a digest of what they name
(with the region), so the same offering has the same id in every run and a purchase finds
it without a table.

localec2's Marketplace has no seller but the account itself, whose own listings EC2 leaves
out of the offerings it describes: every offering is AWS's (`Marketplace` false), and
IncludeMarketplace and MaxInstanceCount, which concern Marketplace offerings, change nothing.

Prices follow `instances.prices` (the On-Demand price). reconstructed: the discounts (a
standard 1-year No Upfront reservation costs 64% of On-Demand, 3 years 45%; paying upfront
saves a little more; convertible ones save less; dedicated tenancy costs 10% more).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from .. import catalogs
from ..filters import Getter, apply_filters, fields, paginate
from ..instances.prices import PRODUCT_DESCRIPTIONS, on_demand_price

YEAR = 31536000
DURATIONS = (YEAR, 3 * YEAR)  # EC2's terms, in seconds
OFFERING_CLASSES = ("standard", "convertible")
OFFERING_TYPES = ("No Upfront", "Partial Upfront", "All Upfront")
TENANCIES = ("default", "dedicated")
REGION_SCOPE = "Region"
ZONE_SCOPE = "Availability Zone"
# The share of the On-Demand price a reservation costs: [class][term][offering type].
_DISCOUNT = {
    "standard": {YEAR: (0.64, 0.62, 0.60), 3 * YEAR: (0.45, 0.42, 0.40)},
    "convertible": {YEAR: (0.74, 0.72, 0.70), 3 * YEAR: (0.55, 0.52, 0.50)},
}
_DEDICATED_FACTOR = 1.1


@dataclass(frozen=True)
class OfferingKey:
    """One offering, by indexes into the catalogue and the tuples above."""

    type_index: int
    zone_index: int  # 0: regional; n: the region's n-th zone
    product_index: int
    class_index: int
    type_of_offering: int  # index into OFFERING_TYPES
    duration_index: int
    tenancy_index: int


@dataclass(frozen=True)
class Offering:
    """An offering as EC2 describes it, and what a purchase copies from it."""

    key: OfferingKey
    region: str

    @property
    def instance_type(self) -> str:
        return _type_names()[self.key.type_index]

    @property
    def zone(self) -> catalogs.Zone | None:
        index = self.key.zone_index
        return None if index == 0 else catalogs.zones(self.region)[index - 1]

    @property
    def product_description(self) -> str:
        return PRODUCT_DESCRIPTIONS[self.key.product_index]

    @property
    def offering_class(self) -> str:
        return OFFERING_CLASSES[self.key.class_index]

    @property
    def offering_type(self) -> str:
        return OFFERING_TYPES[self.key.type_of_offering]

    @property
    def duration(self) -> int:
        return DURATIONS[self.key.duration_index]

    @property
    def tenancy(self) -> str:
        return TENANCIES[self.key.tenancy_index]

    @property
    def offering_id(self) -> str:
        return _encode(self.region, self.key)

    def prices(self) -> tuple[float, list[shapes.RecurringCharge]]:
        """(the fixed, upfront price; the hourly recurring charges)."""
        hourly = on_demand_price(self.instance_type, self.product_description)
        share = _DISCOUNT[self.offering_class][self.duration][self.key.type_of_offering]
        if self.tenancy == "dedicated":
            hourly *= _DEDICATED_FACTOR
        effective = hourly * share
        hours = self.duration / 3600
        upfront_share = (0.0, 0.5, 1.0)[self.key.type_of_offering]
        fixed = float(round(effective * hours * upfront_share))
        recurring = round(effective * (1 - upfront_share), 4)
        charges: list[shapes.RecurringCharge] = (
            [{"Amount": recurring, "Frequency": "Hourly"}] if recurring else []
        )
        return fixed, charges

    def outline(self) -> shapes.ReservedInstancesOffering:
        """The members that need no price nor id: cheap to filter on."""
        doc: shapes.ReservedInstancesOffering = {
            "InstanceType": self.instance_type,
            "Duration": self.duration,
            "ProductDescription": self.product_description,
            "InstanceTenancy": self.tenancy,
            "OfferingType": self.offering_type,
            "Marketplace": False,
            "OfferingClass": self.offering_class,
            "Scope": REGION_SCOPE,
        }
        zone = self.zone
        if zone is not None:
            doc["AvailabilityZone"] = zone["ZoneName"]
            doc["AvailabilityZoneId"] = zone["ZoneId"]
            doc["Scope"] = ZONE_SCOPE
        return doc

    def document(self) -> shapes.ReservedInstancesOffering:
        fixed, charges = self.prices()
        return {
            "ReservedInstancesOfferingId": self.offering_id,
            **self.outline(),
            "FixedPrice": fixed,
            "UsagePrice": 0.0,
            "CurrencyCode": "USD",
            "RecurringCharges": charges,
            "PricingDetails": [],
        }


@cache
def _type_names() -> tuple[str, ...]:
    return tuple(catalogs.instance_types())


def _digest(region: str, key: OfferingKey) -> bytes:
    offering = Offering(key, region)
    zone = offering.zone
    named = "/".join(
        (
            region,
            offering.instance_type,
            zone["ZoneName"] if zone else "",
            offering.product_description,
            offering.offering_class,
            offering.offering_type,
            str(offering.duration),
            offering.tenancy,
        )
    )
    return hashlib.sha256(named.encode()).digest()


def _pack(key: OfferingKey) -> bytes:
    flags = (
        key.class_index << 4 | key.type_of_offering << 2 | key.duration_index << 1
    ) | key.tenancy_index
    return bytes(
        (key.type_index >> 8, key.type_index & 0xFF, key.zone_index, key.product_index, flags)
    )


@cache
def _mask(region: str) -> bytes:
    """What the key's indexes are masked with in the region's ids (so ids look random)."""
    return hashlib.sha256(f"reserved-instances-offering/{region}".encode()).digest()[:5]


def _masked(region: str, packed: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(packed, _mask(region), strict=True))


def _encode(region: str, key: OfferingKey) -> str:
    """The offering's id: the key's indexes (bytes 10-14, masked) and a digest of what
    they name."""
    digest = _digest(region, key)
    raw = bytearray(digest[:10] + _masked(region, _pack(key)) + digest[10:11])
    raw[6] = 0x40 | raw[6] & 0x0F  # a version 4 UUID, as EC2's offering ids are
    raw[8] = 0x80 | raw[8] & 0x3F
    return str(uuid.UUID(bytes=bytes(raw)))


def find(region: str, offering_id: str) -> Offering | None:
    """The offering with this id in the region, or None."""
    try:
        whole = uuid.UUID(offering_id).bytes
    except ValueError:
        return None
    raw = whole[:10] + _masked(region, whole[10:15]) + whole[15:]
    flags = raw[14]
    key = OfferingKey(
        type_index=raw[10] << 8 | raw[11],
        zone_index=raw[12],
        product_index=raw[13],
        class_index=flags >> 4 & 1,
        type_of_offering=flags >> 2 & 3,
        duration_index=flags >> 1 & 1,
        tenancy_index=flags & 1,
    )
    in_range = (
        key.type_index < len(_type_names())
        and key.zone_index <= len(catalogs.zones(region))
        and key.product_index < len(PRODUCT_DESCRIPTIONS)
        and key.type_of_offering < len(OFFERING_TYPES)
        and flags >> 5 == 0
    )
    if not in_range or _encode(region, key) != str(uuid.UUID(offering_id)):
        return None
    return Offering(key, region)


@dataclass(frozen=True)
class Wanted:
    """What DescribeReservedInstancesOfferings' own members narrow the catalogue to (None:
    any)."""

    instance_type: str | None = None
    zone: str | None = None  # a zone name: that zone's offerings only
    product_description: str | None = None
    offering_class: str | None = None
    offering_type: str | None = None
    tenancy: str = "default"
    min_duration: int = 2592000  # EC2's defaults: a month
    max_duration: int = 3 * YEAR


def _indexes(values: Sequence[str], wanted: str | None) -> list[int]:
    return [i for i, value in enumerate(values) if wanted is None or value == wanted]


def catalogue(region: str, wanted: Wanted) -> Iterator[Offering]:
    """The region's offerings that `wanted` allows, in catalogue order."""
    names = _type_names()
    zone_names = [z["ZoneName"] for z in catalogs.zones(region)]
    zones = [i + 1 for i, name in enumerate(zone_names) if name == wanted.zone]
    scopes = zones if wanted.zone is not None else [0, *range(1, len(zone_names) + 1)]
    durations = [
        i for i, d in enumerate(DURATIONS) if wanted.min_duration <= d <= wanted.max_duration
    ]
    classes = _indexes(OFFERING_CLASSES, wanted.offering_class)
    types = _indexes(OFFERING_TYPES, wanted.offering_type)
    products = _indexes(PRODUCT_DESCRIPTIONS, wanted.product_description)
    tenancy = TENANCIES.index(wanted.tenancy)
    for type_index in _indexes(names, wanted.instance_type):
        for zone_index in scopes:
            for product in products:
                for class_index in classes:
                    for type_of_offering in types:
                        for duration_index in durations:
                            key = OfferingKey(
                                type_index,
                                zone_index,
                                product,
                                class_index,
                                type_of_offering,
                                duration_index,
                                tenancy,
                            )
                            yield Offering(key, region)


def _zone_named(region: str, name: str | None, zone_id: str | None) -> str | None:
    """The zone name a request means by AvailabilityZone or AvailabilityZoneId (None: any)."""
    if name and zone_id:
        raise invalid_parameter_combination(
            "Either AvailabilityZone or AvailabilityZoneId can be specified, but not both"
        )
    for zone in catalogs.zones(region):
        if name in (None, zone["ZoneName"]) and zone_id in (None, zone["ZoneId"]):
            return None if name is None and zone_id is None else zone["ZoneName"]
    raise invalid_parameter_value(f"Invalid availability zone: [{name or zone_id}]")


def described(
    region: str,
    wanted: Wanted,
    zone_id: str | None,
    ids: Sequence[str],
    filters: Sequence[shapes.Filter] | None,
    max_results: int | None,
    next_token: str | None,
) -> tuple[list[shapes.ReservedInstancesOffering], str | None]:
    """One page of what DescribeReservedInstancesOfferings lists, and the next page's token.
    EC2 pages these by 100 even when MaxResults is not given."""
    if wanted.tenancy not in TENANCIES:
        raise invalid_parameter_value(
            f"Invalid value '{wanted.tenancy}' for instanceTenancy: use default or dedicated."
        )
    wanted = replace(wanted, zone=_zone_named(region, wanted.zone, zone_id))
    if ids:  # the offerings named (an unknown id names none)
        found = (find(region, i) for i in dict.fromkeys(ids))
        offerings = [o for o in found if o is not None]
    else:
        offerings = list(catalogue(region, wanted))
    # the filters on members of the outline first, on tens of thousands of outlines; the
    # others on the documents of the offerings that are left
    cheap = [f for f in filters or () if f.get("Name") in _OUTLINE_FILTERS]
    if cheap:
        outlines = apply_filters([(o.outline(), o) for o in offerings], cheap, _OUTLINE_FILTERS)
        offerings = [o for _, o in outlines]
    others = [f for f in filters or () if f.get("Name") not in _OUTLINE_FILTERS]
    if not others:
        page, token = paginate(
            offerings, max_results or MAX_RESULTS, next_token, maximum=MAX_RESULTS
        )
        return [o.document() for o in page], token
    docs = apply_filters([o.document() for o in offerings], others, FILTERS)
    return paginate(docs, max_results or MAX_RESULTS, next_token, maximum=MAX_RESULTS)


MAX_RESULTS = 100
FILTERS: dict[str, Getter] = fields(
    {
        "availability-zone": "AvailabilityZone",
        "availability-zone-id": "AvailabilityZoneId",
        "duration": "Duration",
        "fixed-price": "FixedPrice",
        "instance-type": "InstanceType",
        "marketplace": "Marketplace",
        "product-description": "ProductDescription",
        "reserved-instances-offering-id": "ReservedInstancesOfferingId",
        "scope": "Scope",
        "usage-price": "UsagePrice",
    }
)
_CHEAP = (
    "availability-zone",
    "availability-zone-id",
    "duration",
    "instance-type",
    "marketplace",
    "product-description",
    "scope",
)
# the cheap filters, on (outline, offering) pairs
_OUTLINE_FILTERS: dict[str, Getter] = {
    name: (lambda getter: lambda pair: getter(pair[0]))(FILTERS[name]) for name in _CHEAP
}
