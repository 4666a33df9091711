"""DescribeRegions and DescribeAvailabilityZones through boto3 and the AWS CLI."""

from __future__ import annotations

from groups_support import expect_error


def test_describe_regions_lists_enabled_regions_by_default(ec2_client):
    regions = {r["RegionName"]: r for r in ec2_client.describe_regions()["Regions"]}
    assert {"us-east-1", "eu-west-1", "ap-northeast-1", "sa-east-1"} <= set(regions)
    assert regions["us-east-1"]["Endpoint"] == "ec2.us-east-1.amazonaws.com"
    assert {r["OptInStatus"] for r in regions.values()} == {"opt-in-not-required"}


def test_all_regions_include_opt_in_regions(ec2_client):
    enabled = ec2_client.describe_regions()["Regions"]
    everything = ec2_client.describe_regions(AllRegions=True)["Regions"]
    assert len(everything) > len(enabled)
    statuses = {r["RegionName"]: r["OptInStatus"] for r in everything}
    assert statuses["af-south-1"] == "not-opted-in"


def test_region_names_and_filters(ec2_client):
    named = ec2_client.describe_regions(RegionNames=["eu-west-1", "us-west-2"])["Regions"]
    assert sorted(r["RegionName"] for r in named) == ["eu-west-1", "us-west-2"]
    filtered = ec2_client.describe_regions(Filters=[{"Name": "region-name", "Values": ["eu-*"]}])[
        "Regions"
    ]
    assert filtered and all(r["RegionName"].startswith("eu-") for r in filtered)
    by_endpoint = ec2_client.describe_regions(
        Filters=[{"Name": "endpoint", "Values": ["ec2.us-east-2.amazonaws.com"]}]
    )["Regions"]
    assert [r["RegionName"] for r in by_endpoint] == ["us-east-2"]


def test_unknown_region_name_is_invalid(ec2_client):
    expect_error(ec2_client.describe_regions, "InvalidParameterValue", RegionNames=["xx-nowhere-9"])


def test_unknown_filter_is_invalid(ec2_client):
    expect_error(
        ec2_client.describe_regions,
        "InvalidParameterValue",
        Filters=[{"Name": "no-such-filter", "Values": ["x"]}],
    )


def test_zones_of_the_signing_region(ec2_client):
    zones = ec2_client.describe_availability_zones()["AvailabilityZones"]
    assert len(zones) >= 3
    assert all(z["RegionName"] == "us-east-1" and z["State"] == "available" for z in zones)
    assert zones[0]["ZoneName"] == "us-east-1a" and zones[0]["ZoneId"] == "use1-az1"


def test_zones_follow_the_client_region(localec2):
    import boto3

    client = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name="eu-central-1",
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    zones = client.describe_availability_zones()["AvailabilityZones"]
    assert [z["ZoneName"] for z in zones][:3] == ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
    assert all(z["ZoneId"].startswith("euc1-az") for z in zones)


def test_zone_names_ids_and_filters(ec2_client):
    by_name = ec2_client.describe_availability_zones(ZoneNames=["us-east-1b"])
    assert [z["ZoneId"] for z in by_name["AvailabilityZones"]] == ["use1-az2"]
    by_id = ec2_client.describe_availability_zones(ZoneIds=["use1-az3"])
    assert [z["ZoneName"] for z in by_id["AvailabilityZones"]] == ["us-east-1c"]
    filtered = ec2_client.describe_availability_zones(
        Filters=[{"Name": "zone-name", "Values": ["us-east-1a", "us-east-1c"]}]
    )["AvailabilityZones"]
    assert [z["ZoneName"] for z in filtered] == ["us-east-1a", "us-east-1c"]


def test_unknown_zone_is_invalid(ec2_client):
    expect_error(
        ec2_client.describe_availability_zones, "InvalidParameterValue", ZoneNames=["us-east-1z"]
    )


def test_cli_describes_regions_and_zones(aws_cli):
    regions = aws_cli("describe-regions", "--region-names", "eu-north-1")["Regions"]
    assert regions == [
        {
            "Endpoint": "ec2.eu-north-1.amazonaws.com",
            "RegionName": "eu-north-1",
            "OptInStatus": "opt-in-not-required",
        }
    ]
    zones = aws_cli("describe-availability-zones", "--zone-names", "us-east-1a")
    assert zones["AvailabilityZones"][0]["ZoneId"] == "use1-az1"


def test_every_region_has_three_or_more_zones_with_distinct_ids(ec2_client):
    from localec2.ec2 import catalogs

    for name, region in catalogs.regions().items():
        zones = region["Zones"]
        assert len(zones) >= 3, name
        assert all(z["ZoneName"].startswith(name) for z in zones)
        assert len({z["ZoneId"] for z in zones}) == len(zones)
    listed = {r["RegionName"] for r in ec2_client.describe_regions(AllRegions=True)["Regions"]}
    assert listed == set(catalogs.regions())
