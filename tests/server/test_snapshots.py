"""EBS snapshots on localec2 (boto3 and the AWS CLI): CreateSnapshot, DescribeSnapshots,
DeleteSnapshot, and the snapshots CreateImage makes."""

from __future__ import annotations

import boto3
import pytest
from compute_support import launch
from groups_support import expect_error
from test_images_snapshots import _image_of_an_instance
from test_tags_dependents import described_instance, parts_of
from test_volumes import zone_of


def snapshot_ids(client, **kwargs) -> list[str]:
    return sorted(s["SnapshotId"] for s in client.describe_snapshots(**kwargs)["Snapshots"])


@pytest.fixture
def volume_id(ec2_client) -> str:
    return ec2_client.create_volume(AvailabilityZone=zone_of(ec2_client), Size=7)["VolumeId"]


def test_create_snapshot_of_a_volume(localec2, ec2_client, volume_id):
    created = ec2_client.create_snapshot(
        VolumeId=volume_id,
        Description="nightly",
        TagSpecifications=[{"ResourceType": "snapshot", "Tags": [{"Key": "k", "Value": "v"}]}],
    )
    assert created["SnapshotId"].startswith("snap-")
    assert (created["VolumeId"], created["VolumeSize"]) == (volume_id, 7)
    assert (created["State"], created["Progress"]) == ("completed", "100%")
    assert created["Description"] == "nightly"
    (snapshot,) = ec2_client.describe_snapshots(SnapshotIds=[created["SnapshotId"]])["Snapshots"]
    assert snapshot["OwnerId"] == created["OwnerId"]
    assert snapshot["StartTime"] == created["StartTime"]
    assert snapshot["Tags"] == [{"Key": "k", "Value": "v"}]


def test_create_snapshot_errors_create_nothing(ec2_client):
    expect_error(ec2_client.create_snapshot, "InvalidVolumeID.Malformed", VolumeId="vol")
    expect_error(
        ec2_client.create_snapshot, "InvalidVolume.NotFound", VolumeId="vol-0123456789abcdef0"
    )
    assert snapshot_ids(ec2_client) == []


def test_dry_run_creates_nothing(ec2_client, volume_id):
    expect_error(
        ec2_client.create_snapshot, "DryRunOperation", 412, VolumeId=volume_id, DryRun=True
    )
    assert snapshot_ids(ec2_client) == []


def test_snapshot_of_an_instance_root_volume(ec2_client):
    (launched,) = launch(ec2_client)
    root, _ = parts_of(described_instance(ec2_client, launched["InstanceId"]))
    snapshot = ec2_client.create_snapshot(VolumeId=root)
    assert (snapshot["VolumeId"], snapshot["VolumeSize"]) == (root, 8)


def test_describe_filters_and_owners(ec2_client, volume_id):
    nightly = ec2_client.create_snapshot(VolumeId=volume_id, Description="nightly")
    weekly = ec2_client.create_snapshot(
        VolumeId=volume_id,
        Description="weekly",
        TagSpecifications=[{"ResourceType": "snapshot", "Tags": [{"Key": "k", "Value": "v"}]}],
    )
    both = sorted([nightly["SnapshotId"], weekly["SnapshotId"]])

    def ids(name: str, *values: str) -> list[str]:
        return snapshot_ids(ec2_client, Filters=[{"Name": name, "Values": list(values)}])

    assert ids("description", "week*") == [weekly["SnapshotId"]]
    assert ids("tag:k", "v") == [weekly["SnapshotId"]]
    assert ids("tag-value", "v") == [weekly["SnapshotId"]]
    assert ids("volume-id", volume_id) == both
    assert ids("status", "completed") == both
    assert ids("status", "pending") == []
    assert ids("owner-id", nightly["OwnerId"]) == both
    assert ids("snapshot-id", nightly["SnapshotId"]) == [nightly["SnapshotId"]]
    assert ids("start-time", nightly["StartTime"].strftime("%Y-%m-%dT*")) == both
    assert snapshot_ids(ec2_client, OwnerIds=["self"]) == both
    assert snapshot_ids(ec2_client, OwnerIds=[nightly["OwnerId"]]) == both
    stranger = "1" * 12 if nightly["OwnerId"] != "1" * 12 else "2" * 12
    assert snapshot_ids(ec2_client, OwnerIds=[stranger]) == []
    assert snapshot_ids(ec2_client, RestorableByUserIds=[stranger]) == []
    assert snapshot_ids(ec2_client, OwnerIds=["amazon"]) == []
    assert snapshot_ids(ec2_client, RestorableByUserIds=["self"]) == both
    expect_error(
        ec2_client.describe_snapshots,
        "InvalidParameterValue",
        Filters=[{"Name": "no-such-filter", "Values": ["x"]}],
    )


def test_describe_unknown_and_malformed_ids(ec2_client, volume_id):
    ec2_client.create_snapshot(VolumeId=volume_id)
    expect_error(
        ec2_client.describe_snapshots,
        "InvalidSnapshot.NotFound",
        SnapshotIds=["snap-0123456789abcdef0"],
    )
    expect_error(
        ec2_client.describe_snapshots, "InvalidSnapshotID.Malformed", SnapshotIds=["snapshot"]
    )


def test_pagination(ec2_client, volume_id):
    made = sorted(ec2_client.create_snapshot(VolumeId=volume_id)["SnapshotId"] for _ in range(6))
    first = ec2_client.describe_snapshots(MaxResults=5)
    second = ec2_client.describe_snapshots(MaxResults=5, NextToken=first["NextToken"])
    assert len(first["Snapshots"]) == 5 and "NextToken" not in second
    assert sorted(s["SnapshotId"] for s in first["Snapshots"] + second["Snapshots"]) == made


def test_create_image_snapshots_are_described(ec2_client):
    image_id, snapshot_id = _image_of_an_instance(ec2_client, "described")
    (snapshot,) = ec2_client.describe_snapshots(SnapshotIds=[snapshot_id])["Snapshots"]
    assert snapshot["VolumeSize"] == 8
    assert snapshot["State"] == "completed"
    assert image_id in snapshot["Description"]
    assert snapshot_ids(ec2_client, OwnerIds=["self"]) == [snapshot_id]


def test_delete_snapshot(ec2_client, volume_id):
    snapshot_id = ec2_client.create_snapshot(VolumeId=volume_id)["SnapshotId"]
    ec2_client.delete_snapshot(SnapshotId=snapshot_id)
    assert snapshot_ids(ec2_client) == []
    expect_error(ec2_client.delete_snapshot, "InvalidSnapshot.NotFound", SnapshotId=snapshot_id)


def test_aws_cli_snapshots(aws_cli, ec2_client, volume_id):
    created = aws_cli("create-snapshot", "--volume-id", volume_id, "--description", "cli")
    described = aws_cli("describe-snapshots", "--owner-ids", "self")
    assert [s["SnapshotId"] for s in described["Snapshots"]] == [created["SnapshotId"]]
    assert described["Snapshots"][0]["Description"] == "cli"
    aws_cli("delete-snapshot", "--snapshot-id", created["SnapshotId"])
    assert snapshot_ids(ec2_client) == []
    failed = aws_cli(
        "describe-snapshots", "--snapshot-ids", created["SnapshotId"], expect_error=True
    )
    assert "InvalidSnapshot.NotFound" in failed


def test_copy_snapshot_within_and_across_regions(localec2, ec2_client, volume_id):
    source = ec2_client.create_snapshot(VolumeId=volume_id, Description="original")
    copied = ec2_client.copy_snapshot(
        SourceSnapshotId=source["SnapshotId"], SourceRegion=localec2.region, Description="copy"
    )
    (copy,) = ec2_client.describe_snapshots(SnapshotIds=[copied["SnapshotId"]])["Snapshots"]
    assert (copy["VolumeSize"], copy["Description"], copy["State"]) == (7, "copy", "completed")
    other_region = "eu-west-1" if localec2.region != "eu-west-1" else "us-west-2"
    elsewhere = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=other_region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    across = elsewhere.copy_snapshot(
        SourceSnapshotId=source["SnapshotId"], SourceRegion=localec2.region
    )["SnapshotId"]
    (copy,) = elsewhere.describe_snapshots(SnapshotIds=[across])["Snapshots"]
    assert copy["Description"] == f"[Copied {source['SnapshotId']} from {localec2.region}]"
    assert len(snapshot_ids(ec2_client)) == 2


def test_copy_snapshot_errors_copy_nothing(localec2, ec2_client, volume_id):
    source_id = ec2_client.create_snapshot(VolumeId=volume_id)["SnapshotId"]
    expect_error(
        ec2_client.copy_snapshot,
        "InvalidSnapshot.NotFound",
        SourceSnapshotId="snap-0123456789abcdef0",
        SourceRegion=localec2.region,
    )
    expect_error(
        ec2_client.copy_snapshot,
        "InvalidSnapshotID.Malformed",
        SourceSnapshotId="snap",
        SourceRegion=localec2.region,
    )
    expect_error(
        ec2_client.copy_snapshot,
        "InvalidParameterValue",
        SourceSnapshotId=source_id,
        SourceRegion="nowhere-1",
    )
    assert snapshot_ids(ec2_client) == [source_id]
