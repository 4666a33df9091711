"""The Spot price: a stable, deterministic series per instance type, zone and product
description, and DescribeSpotPriceHistory over it.

EC2 sets Spot prices from long-term supply and demand; localec2 has neither, so the price
is a share of the On-Demand price (`instances.prices`) that changes every four hours: the
share is drawn from a digest of the type, zone, product and period, between 26% and 42%
(reconstructed: Spot prices commonly run at 60-75% off On-Demand). The same question gets
the same answer in every run. EC2 keeps 90 days of history.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from .. import catalogs
from ..filters import Getter, apply_filters, fields, paginate
from ..instances.prices import PRODUCT_DESCRIPTIONS, format_price, on_demand_price
from ..instances.states import timestamp

PERIOD = 4 * 3600  # the price changes at the start of each period
HISTORY = 90 * 86400  # how far back EC2 answers


def _share(*parts: str) -> float:
    """A number in [0, 1) drawn from a digest of `parts`."""
    digest = hashlib.sha256("/".join(parts).encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


def spot_price(instance_type: str, zone: str, product: str, epoch: float) -> float:
    """The Spot price of the type in the zone at `epoch`, in USD an hour."""
    period = int(epoch // PERIOD)
    share = (
        0.26
        + 0.06 * _share(instance_type, zone)
        + 0.10 * _share(instance_type, zone, product, str(period))
    )
    return round(on_demand_price(instance_type, product) * share, 4)


def _point(instance_type: str, zone: catalogs.Zone, product: str, period: int) -> shapes.SpotPrice:
    start = period * PERIOD
    return {
        "AvailabilityZone": zone["ZoneName"],
        "AvailabilityZoneId": zone["ZoneId"],
        "InstanceType": instance_type,
        "ProductDescription": product,
        "SpotPrice": format_price(spot_price(instance_type, zone["ZoneName"], product, start)),
        "Timestamp": timestamp(start),
    }


@dataclass(frozen=True)
class HistoryRequest:
    """What DescribeSpotPriceHistory asks for (None, empty: any)."""

    start: float | None = None
    end: float | None = None
    instance_types: Sequence[str] = ()
    products: Sequence[str] = ()
    zone: str | None = None
    zone_id: str | None = None


def _zones(region: str, name: str | None, zone_id: str | None) -> list[catalogs.Zone]:
    if name and zone_id:
        raise invalid_parameter_combination(
            "Either AvailabilityZone or AvailabilityZoneId can be specified, but not both"
        )
    zones = catalogs.zones(region)
    if not name and not zone_id:
        return zones
    chosen = [z for z in zones if z["ZoneName"] == name or z["ZoneId"] == zone_id]
    if not chosen:
        raise invalid_parameter_value(f"Invalid availability zone: [{name or zone_id}]")
    return chosen


def _periods(now: float, start: float | None, end: float | None) -> range:
    """The periods whose prices the request sees, newest first: those that began between
    its start and end, and the one in effect at its start (only that one without a start:
    the current price)."""
    last = min(end if end is not None else now, now)
    first = last if start is None else max(start, now - HISTORY)
    if first > last:
        # reconstructed: the wording of EC2's refusal
        raise invalid_parameter_value("The start time must be before the end time.")
    return range(int(last // PERIOD), int(first // PERIOD) - 1, -1)


def history(
    region: str,
    now: float,
    request: HistoryRequest,
    filters: Sequence[shapes.Filter] | None,
    max_results: int | None,
    next_token: str | None,
) -> tuple[list[shapes.SpotPrice], str | None]:
    """One page of DescribeSpotPriceHistory's answer (newest first) and the next token."""
    zones = _zones(region, request.zone, request.zone_id)
    catalog = catalogs.instance_types()
    types = (
        [t for t in request.instance_types if t in catalog]
        if request.instance_types
        else list(catalog)
    )
    wanted_products = set(request.products)
    products = [p for p in PRODUCT_DESCRIPTIONS if not wanted_products or p in wanted_products]
    points = [
        _point(instance_type, zone, product, period)
        for period in _periods(now, request.start, request.end)
        for instance_type in types
        for zone in zones
        for product in products
    ]
    return paginate(apply_filters(points, filters, FILTERS), max_results, next_token)


FILTERS: dict[str, Getter] = fields(
    {
        "availability-zone": "AvailabilityZone",
        "availability-zone-id": "AvailabilityZoneId",
        "instance-type": "InstanceType",
        "product-description": "ProductDescription",
        "spot-price": "SpotPrice",
        "timestamp": "Timestamp",
    }
)
