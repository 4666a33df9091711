"""DescribeInstanceTypeOfferings: the catalog's types by region, zone and zone id."""

from __future__ import annotations

import pytest
from groups_support import expect_error


def _types(client) -> list[str]:
    paginator = client.get_paginator("describe_instance_types")
    return [t["InstanceType"] for p in paginator.paginate() for t in p["InstanceTypes"]]


def _offerings(client, **kwargs) -> list[dict]:
    paginator = client.get_paginator("describe_instance_type_offerings")
    return [o for p in paginator.paginate(**kwargs) for o in p["InstanceTypeOfferings"]]


def test_region_offers_every_type_of_describe_instance_types(ec2_client, localec2):
    offerings = _offerings(ec2_client)
    assert sorted(o["InstanceType"] for o in offerings) == sorted(_types(ec2_client))
    assert {(o["LocationType"], o["Location"]) for o in offerings} == {("region", localec2.region)}


@pytest.mark.parametrize(
    ("location_type", "member"),
    [("availability-zone", "ZoneName"), ("availability-zone-id", "ZoneId")],
)
def test_zones_offer_every_type(ec2_client, location_type, member):
    zones = [z[member] for z in ec2_client.describe_availability_zones()["AvailabilityZones"]]
    offerings = _offerings(ec2_client, LocationType=location_type)
    assert {o["Location"] for o in offerings} == set(zones)
    assert len(offerings) == len(zones) * len(_types(ec2_client))
    assert {o["LocationType"] for o in offerings} == {location_type}


def test_filters(ec2_client):
    zones = [z["ZoneName"] for z in ec2_client.describe_availability_zones()["AvailabilityZones"]]
    offerings = _offerings(
        ec2_client,
        LocationType="availability-zone",
        Filters=[
            {"Name": "instance-type", "Values": ["t3.*", "m5.large"]},
            {"Name": "location", "Values": [zones[0]]},
        ],
    )
    names = {o["InstanceType"] for o in offerings}
    assert "m5.large" in names and "t3.micro" in names
    assert all(n.startswith("t3.") or n == "m5.large" for n in names)
    assert {o["Location"] for o in offerings} == {zones[0]}
    expect_error(
        ec2_client.describe_instance_type_offerings,
        "InvalidParameterValue",
        Filters=[{"Name": "vcpus", "Values": ["2"]}],
    )


def test_paging_and_its_limits(ec2_client):
    first = ec2_client.describe_instance_type_offerings(MaxResults=5)
    assert len(first["InstanceTypeOfferings"]) == 5
    second = ec2_client.describe_instance_type_offerings(MaxResults=5, NextToken=first["NextToken"])
    assert first["InstanceTypeOfferings"][0] not in second["InstanceTypeOfferings"]
    expect_error(  # boto3 itself refuses fewer than 5
        ec2_client.describe_instance_type_offerings, "InvalidParameterValue", MaxResults=1001
    )
    expect_error(
        ec2_client.describe_instance_type_offerings, "InvalidParameterValue", LocationType="planet"
    )


def test_outposts_offer_none(ec2_client):
    assert _offerings(ec2_client, LocationType="outpost") == []


def test_cli(aws_cli):
    out = aws_cli(
        "describe-instance-type-offerings",
        "--location-type",
        "availability-zone",
        "--filters",
        "Name=instance-type,Values=t3.micro",
    )
    assert out["InstanceTypeOfferings"]
    assert {o["InstanceType"] for o in out["InstanceTypeOfferings"]} == {"t3.micro"}
