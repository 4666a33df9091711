"""Regions and availability zones as EC2 describes them, from the region catalog."""

from __future__ import annotations

from collections.abc import Sequence

from ...errors import invalid_parameter_value
from ...protocol import shapes
from .. import catalogs


def _region(name: str, opt_in: bool) -> shapes.Region:
    return {
        "RegionName": name,
        "Endpoint": f"ec2.{name}.amazonaws.com",
        "OptInStatus": "not-opted-in" if opt_in else "opt-in-not-required",
    }


def requested_regions(names: Sequence[str], all_regions: bool) -> list[shapes.Region]:
    """The regions a `DescribeRegions` request lists: those it names (an unknown name is
    InvalidParameterValue), else every region, else (by default) the enabled ones."""
    catalog = catalogs.regions()
    catalogs.check_known(
        catalog,
        names,
        lambda unknown: invalid_parameter_value(f"Invalid region: {unknown[0]}"),
    )
    regions = [_region(entry["RegionName"], entry["OptIn"]) for entry in catalog.values()]
    if names:
        return [r for r in regions if r["RegionName"] in names]
    if all_regions:
        return regions
    return [r for r in regions if r["OptInStatus"] != "not-opted-in"]


def zone_documents(region: str) -> list[shapes.AvailabilityZone]:
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


def requested_zones(
    region: str, names: Sequence[str], ids: Sequence[str]
) -> list[shapes.AvailabilityZone]:
    """The zones a request names (by name or by id: an unknown one is
    InvalidParameterValue), or all of the region's."""
    zones = zone_documents(region)
    known_names = {z["ZoneName"] for z in zones}
    known_ids = {z["ZoneId"] for z in zones}
    for name in names:
        if name not in known_names:
            raise invalid_parameter_value(f"The zone '{name}' does not exist.")
    for zone_id in ids:
        if zone_id not in known_ids:
            raise invalid_parameter_value(f"The zone ID '{zone_id}' does not exist.")
    if names or ids:
        return [z for z in zones if z["ZoneName"] in names or z["ZoneId"] in ids]
    return zones
