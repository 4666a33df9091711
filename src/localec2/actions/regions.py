"""DescribeRegions and DescribeAvailabilityZones."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields
from ..ec2.networking import regions
from ..protocol import shapes
from .registry import action

_REGION_FILTERS = fields(
    {
        "endpoint": "Endpoint",
        "opt-in-status": "OptInStatus",
        "region-name": "RegionName",
    }
)
_ZONE_FILTERS = fields(
    {
        "group-name": "GroupName",
        "opt-in-status": "OptInStatus",
        "region-name": "RegionName",
        "state": "State",
        "zone-id": "ZoneId",
        "zone-name": "ZoneName",
        "zone-type": "ZoneType",
        "network-border-group": "NetworkBorderGroup",
        "message": "Messages.Message",
    }
)


@action("DescribeRegions")
def describe_regions(
    ctx: Context, params: shapes.DescribeRegionsRequest
) -> shapes.DescribeRegionsResult:
    listed = regions.requested_regions(
        params.get("RegionNames") or [], bool(params.get("AllRegions"))
    )
    return {"Regions": apply_filters(listed, params.get("Filters"), _REGION_FILTERS)}


@action("DescribeAvailabilityZones")
def describe_availability_zones(
    ctx: Context, params: shapes.DescribeAvailabilityZonesRequest
) -> shapes.DescribeAvailabilityZonesResult:
    zones = regions.requested_zones(
        ctx.region, params.get("ZoneNames") or [], params.get("ZoneIds") or []
    )
    return {"AvailabilityZones": apply_filters(zones, params.get("Filters"), _ZONE_FILTERS)}
