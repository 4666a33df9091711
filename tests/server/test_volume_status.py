"""Volume status on localec2 (boto3 and the AWS CLI): DescribeVolumeStatus, EnableVolumeIO,
Describe/ModifyVolumeAttribute, and a volume whose I/O EBS suspended."""

from __future__ import annotations

import pytest
from compute_support import launch
from groups_support import expect_error
from test_tags_dependents import described_instance, parts_of
from test_volumes import zone_of


def status_of(client, volume_id: str) -> dict:
    (item,) = client.describe_volume_status(VolumeIds=[volume_id])["VolumeStatuses"]
    return item


def details(item: dict) -> dict[str, str]:
    return {d["Name"]: d["Status"] for d in item["VolumeStatus"]["Details"]}


def status_ids(client, **kwargs) -> list[str]:
    statuses = client.describe_volume_status(**kwargs)["VolumeStatuses"]
    return sorted(s["VolumeId"] for s in statuses)


@pytest.fixture
def volume_id(ec2_client) -> str:
    return ec2_client.create_volume(AvailabilityZone=zone_of(ec2_client), Size=4)["VolumeId"]


def test_a_new_volume_is_ok(ec2_client, volume_id):
    item = status_of(ec2_client, volume_id)
    assert item["VolumeStatus"]["Status"] == "ok"
    assert details(item) == {"io-enabled": "passed", "io-performance": "not-applicable"}
    assert (item["Events"], item["Actions"]) == ([], [])
    assert item["AvailabilityZone"] == zone_of(ec2_client)


def test_provisioned_iops_volumes_report_their_performance(ec2_client):
    zone = zone_of(ec2_client)
    volume_id = ec2_client.create_volume(
        AvailabilityZone=zone, Size=10, VolumeType="io2", Iops=500
    )["VolumeId"]
    assert details(status_of(ec2_client, volume_id))["io-performance"] == "normal"


def test_an_instance_volume_shows_its_attachment(ec2_client):
    (launched,) = launch(ec2_client)
    root, _ = parts_of(described_instance(ec2_client, launched["InstanceId"]))
    item = status_of(ec2_client, root)
    assert item["AttachmentStatuses"] == [{"InstanceId": launched["InstanceId"]}]


def test_suspended_io_is_impaired_until_enabled(localec2, ec2_client, volume_id):
    other = ec2_client.create_volume(AvailabilityZone=zone_of(ec2_client), Size=1)["VolumeId"]
    localec2.suspend_volume_io(volume_id)
    item = status_of(ec2_client, volume_id)
    assert item["VolumeStatus"]["Status"] == "impaired"
    assert details(item)["io-enabled"] == "failed"
    (event,) = item["Events"]
    (act,) = item["Actions"]
    assert event["EventType"] == "potential-data-inconsistency"
    assert event["EventId"].startswith("evol-") and "NotBefore" in event
    assert (act["Code"], act["EventId"], act["EventType"]) == (
        "enable-volume-io",
        event["EventId"],
        "potential-data-inconsistency",
    )

    def ids(name: str, *values: str) -> list[str]:
        return status_ids(ec2_client, Filters=[{"Name": name, "Values": list(values)}])

    assert ids("volume-status.status", "impaired") == [volume_id]
    assert ids("volume-status.status", "ok") == [other]
    assert ids("action.code", "enable-volume-io") == [volume_id]
    assert ids("event.event-type", "potential-data-inconsistency") == [volume_id]
    assert ids("event.event-id", event["EventId"]) == [volume_id]
    assert ids("volume-status.details-status", "failed") == [volume_id]
    assert ids("volume-status.details-name", "io-enabled") == sorted([volume_id, other])

    expect_error(
        ec2_client.enable_volume_io, "DryRunOperation", 412, VolumeId=volume_id, DryRun=True
    )
    assert status_of(ec2_client, volume_id)["VolumeStatus"]["Status"] == "impaired"
    ec2_client.enable_volume_io(VolumeId=volume_id)
    item = status_of(ec2_client, volume_id)
    assert (item["VolumeStatus"]["Status"], item["Events"], item["Actions"]) == ("ok", [], [])


def test_auto_enable_io(localec2, ec2_client, volume_id):
    attribute = ec2_client.describe_volume_attribute(VolumeId=volume_id, Attribute="autoEnableIO")
    assert (attribute["VolumeId"], attribute["AutoEnableIO"]) == (volume_id, {"Value": False})
    ec2_client.modify_volume_attribute(VolumeId=volume_id, AutoEnableIO={"Value": True})
    attribute = ec2_client.describe_volume_attribute(VolumeId=volume_id, Attribute="autoEnableIO")
    assert attribute["AutoEnableIO"] == {"Value": True}
    localec2.suspend_volume_io(volume_id)
    item = status_of(ec2_client, volume_id)
    assert (item["VolumeStatus"]["Status"], details(item)["io-enabled"]) == ("warning", "passed")
    assert [e["EventType"] for e in item["Events"]] == ["potential-data-inconsistency"]
    assert item["Actions"] == []


def test_product_codes_attribute(ec2_client, volume_id):
    attribute = ec2_client.describe_volume_attribute(VolumeId=volume_id, Attribute="productCodes")
    assert attribute["ProductCodes"] == []


def test_unknown_and_malformed_volumes(ec2_client, volume_id):
    unknown = "vol-0123456789abcdef0"
    for call, kwargs in [
        (ec2_client.describe_volume_status, {"VolumeIds": [unknown]}),
        (ec2_client.enable_volume_io, {"VolumeId": unknown}),
        (ec2_client.describe_volume_attribute, {"VolumeId": unknown, "Attribute": "autoEnableIO"}),
        (
            ec2_client.modify_volume_attribute,
            {"VolumeId": unknown, "AutoEnableIO": {"Value": True}},
        ),
    ]:
        expect_error(call, "InvalidVolume.NotFound", **kwargs)
    expect_error(ec2_client.enable_volume_io, "InvalidVolumeID.Malformed", VolumeId="vol-x")
    expect_error(ec2_client.describe_volume_status, "InvalidVolumeID.Malformed", VolumeIds=["v"])


def test_bad_requests_change_nothing(ec2_client, volume_id):
    expect_error(ec2_client.modify_volume_attribute, "MissingParameter", VolumeId=volume_id)
    expect_error(
        ec2_client.modify_volume_attribute,
        "DryRunOperation",
        412,
        VolumeId=volume_id,
        AutoEnableIO={"Value": True},
        DryRun=True,
    )
    attribute = ec2_client.describe_volume_attribute(VolumeId=volume_id, Attribute="autoEnableIO")
    assert attribute["AutoEnableIO"] == {"Value": False}
    expect_error(
        ec2_client.describe_volume_attribute,
        "InvalidParameterValue",
        VolumeId=volume_id,
        Attribute="size",
    )
    expect_error(
        ec2_client.describe_volume_status,
        "InvalidParameterValue",
        Filters=[{"Name": "no-such-filter", "Values": ["x"]}],
    )
    expect_error(
        ec2_client.describe_volume_status,
        "InvalidParameterCombination",
        VolumeIds=[volume_id],
        MaxResults=5,
    )


def test_pages(ec2_client, volume_id):
    zone = zone_of(ec2_client)
    made = [volume_id] + [
        ec2_client.create_volume(AvailabilityZone=zone, Size=1)["VolumeId"] for _ in range(6)
    ]
    first = ec2_client.describe_volume_status(MaxResults=5)
    second = ec2_client.describe_volume_status(MaxResults=5, NextToken=first["NextToken"])
    assert len(first["VolumeStatuses"]) == 5 and "NextToken" not in second
    seen = [s["VolumeId"] for s in first["VolumeStatuses"] + second["VolumeStatuses"]]
    assert sorted(seen) == sorted(made)
    assert len(ec2_client.describe_volume_status(MaxResults=5000)["VolumeStatuses"]) == 7


def test_aws_cli_describes_volume_status_and_enables_io(localec2, aws_cli, volume_id):
    localec2.suspend_volume_io(volume_id)
    out = aws_cli("describe-volume-status", "--volume-ids", volume_id)
    assert out["VolumeStatuses"][0]["VolumeStatus"]["Status"] == "impaired"
    aws_cli("enable-volume-io", "--volume-id", volume_id)
    out = aws_cli(
        "describe-volume-attribute", "--volume-id", volume_id, "--attribute", "autoEnableIO"
    )
    assert out["AutoEnableIO"] == {"Value": False}
    out = aws_cli("describe-volume-status", "--volume-ids", volume_id)
    assert out["VolumeStatuses"][0]["VolumeStatus"]["Status"] == "ok"
