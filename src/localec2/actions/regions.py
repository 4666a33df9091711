"""DescribeRegions and DescribeAvailabilityZones, from the region catalog."""

from __future__ import annotations

from ..ec2 import catalogs
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields
from ..errors import invalid_parameter_value
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


def _region(entry: dict) -> dict:
    return {
        "RegionName": entry["RegionName"],
        "Endpoint": f"ec2.{entry['RegionName']}.amazonaws.com",
        "OptInStatus": "not-opted-in" if entry["OptIn"] else "opt-in-not-required",
    }


@action("DescribeRegions")
def describe_regions(ctx: Context, params: dict) -> dict:
    catalog = catalogs.regions()
    names = params.get("RegionNames") or []
    catalogs.check_known(
        catalog, names, lambda unknown: invalid_parameter_value(f"Invalid region: {unknown[0]}")
    )
    regions = [_region(entry) for entry in catalog.values()]
    if names:
        regions = [r for r in regions if r["RegionName"] in names]
    elif not params.get("AllRegions"):
        regions = [r for r in regions if r["OptInStatus"] != "not-opted-in"]
    return {"Regions": apply_filters(regions, params.get("Filters"), _REGION_FILTERS)}


def zone_documents(region: str) -> list[dict]:
    """The region's availability zones as `DescribeAvailabilityZones` shows them."""
    return [
        {
            "State": "available",
            "OptInStatus": "opt-in-not-required",
            "Messages": [],
            "RegionName": region,
            "ZoneName": zone["ZoneName"],
            "ZoneId": zone["ZoneId"],
            "GroupName": region,
            "NetworkBorderGroup": region,
            "ZoneType": "availability-zone",
        }
        for zone in catalogs.zones(region)
    ]


@action("DescribeAvailabilityZones")
def describe_availability_zones(ctx: Context, params: dict) -> dict:
    zones = zone_documents(ctx.region)
    names = params.get("ZoneNames") or []
    ids = params.get("ZoneIds") or []
    known_names = {z["ZoneName"] for z in zones}
    known_ids = {z["ZoneId"] for z in zones}
    for name in names:
        if name not in known_names:
            raise invalid_parameter_value(f"The zone '{name}' does not exist.")
    for zone_id in ids:
        if zone_id not in known_ids:
            raise invalid_parameter_value(f"The zone ID '{zone_id}' does not exist.")
    if names or ids:
        zones = [z for z in zones if z["ZoneName"] in names or z["ZoneId"] in ids]
    return {"AvailabilityZones": apply_filters(zones, params.get("Filters"), _ZONE_FILTERS)}
