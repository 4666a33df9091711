"""DescribeInstanceTypeOfferings: where each instance type of the catalog is offered.

Every type DescribeInstanceTypes lists is offered in the region and in each of its zones
(localec2 has no zone without a type); an outpost location offers none (there are none).
"""

from __future__ import annotations

from ...protocol import shapes
from .. import catalogs


def _locations(region: str, location_type: str) -> list[str]:
    if location_type == "region":
        return [region]
    zones = catalogs.zones(region)
    if location_type == "availability-zone":
        return [zone["ZoneName"] for zone in zones]
    if location_type == "availability-zone-id":
        return [zone["ZoneId"] for zone in zones]
    return []  # outpost


def type_offerings(region: str, location_type: str) -> list[shapes.InstanceTypeOffering]:
    """Each type of the catalog at each location of `location_type`, type by type."""
    locations = _locations(region, location_type)
    return [
        {"InstanceType": name, "LocationType": location_type, "Location": location}
        for name in catalogs.instance_types()
        for location in locations
    ]
