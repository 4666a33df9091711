"""Snapshot storage tiers on localec2 (boto3 and the AWS CLI): ModifySnapshotTier,
RestoreSnapshotTier, DescribeSnapshotTierStatus, and what an archived snapshot cannot do."""

from __future__ import annotations

import pytest
from groups_support import expect_error
from storage_support import client_for, states_until
from test_volumes import volume_ids, zone_of

from localec2.embedded import LocalEC2


def new_snapshot(client) -> str:
    volume_id = client.create_volume(AvailabilityZone=zone_of(client), Size=3)["VolumeId"]
    return client.create_snapshot(VolumeId=volume_id)["SnapshotId"]


def one_snapshot(client, snapshot_id: str) -> dict:
    (snapshot,) = client.describe_snapshots(SnapshotIds=[snapshot_id])["Snapshots"]
    return snapshot


def tier_status(client, snapshot_id: str) -> dict:
    statuses = client.describe_snapshot_tier_status(
        Filters=[{"Name": "snapshot-id", "Values": [snapshot_id]}]
    )["SnapshotTierStatuses"]
    (status,) = statuses
    return status


@pytest.fixture
def snapshot_id(ec2_client) -> str:
    return new_snapshot(ec2_client)


def test_a_new_snapshot_is_in_the_standard_tier(ec2_client, snapshot_id):
    assert one_snapshot(ec2_client, snapshot_id)["StorageTier"] == "standard"
    assert ec2_client.describe_snapshot_tier_status()["SnapshotTierStatuses"] == []


def test_archive_then_restore_for_good(ec2_client, snapshot_id):
    answer = ec2_client.modify_snapshot_tier(SnapshotId=snapshot_id, StorageTier="archive")
    assert answer["SnapshotId"] == snapshot_id and "TieringStartTime" in answer
    assert one_snapshot(ec2_client, snapshot_id)["StorageTier"] == "archive"
    status = tier_status(ec2_client, snapshot_id)
    assert (status["StorageTier"], status["LastTieringOperationStatus"]) == (
        "archive",
        "archival-completed",
    )
    assert "ArchivalCompleteTime" in status and status["Status"] == "completed"
    zone = zone_of(ec2_client)
    before = volume_ids(ec2_client)
    expect_error(
        ec2_client.create_volume, "IncorrectState", AvailabilityZone=zone, SnapshotId=snapshot_id
    )
    assert volume_ids(ec2_client) == before
    expect_error(
        ec2_client.copy_snapshot,
        "IncorrectState",
        SourceRegion=ec2_client.meta.region_name,
        SourceSnapshotId=snapshot_id,
    )
    expect_error(ec2_client.modify_snapshot_tier, "IncorrectState", SnapshotId=snapshot_id)

    restored = ec2_client.restore_snapshot_tier(SnapshotId=snapshot_id, PermanentRestore=True)
    assert (restored["IsPermanentRestore"], "RestoreDuration" in restored) == (True, False)
    assert one_snapshot(ec2_client, snapshot_id)["StorageTier"] == "standard"
    assert tier_status(ec2_client, snapshot_id)["LastTieringOperationStatus"] == (
        "permanent-restore-completed"
    )
    ec2_client.create_volume(AvailabilityZone=zone, SnapshotId=snapshot_id)


def test_a_temporary_restore_shows_when_it_expires(ec2_client, snapshot_id):
    ec2_client.modify_snapshot_tier(SnapshotId=snapshot_id)
    restored = ec2_client.restore_snapshot_tier(SnapshotId=snapshot_id, TemporaryRestoreDays=3)
    assert (restored["IsPermanentRestore"], restored["RestoreDuration"]) == (False, 3)
    snapshot = one_snapshot(ec2_client, snapshot_id)
    assert snapshot["StorageTier"] == "standard"
    expiry = snapshot["RestoreExpiryTime"]
    assert (expiry - restored["RestoreStartTime"]).days == 3
    status = tier_status(ec2_client, snapshot_id)
    assert status["LastTieringOperationStatus"] == "temporary-restore-completed"
    assert status["RestoreExpiryTime"] == expiry
    # the period of a temporary restore changes; so does its kind
    longer = ec2_client.restore_snapshot_tier(SnapshotId=snapshot_id, TemporaryRestoreDays=10)
    assert longer["RestoreDuration"] == 10
    ec2_client.restore_snapshot_tier(SnapshotId=snapshot_id, PermanentRestore=True)
    assert "RestoreExpiryTime" not in one_snapshot(ec2_client, snapshot_id)
    filtered = ec2_client.describe_snapshots(
        Filters=[{"Name": "storage-tier", "Values": ["standard"]}]
    )["Snapshots"]
    assert [s["SnapshotId"] for s in filtered] == [snapshot_id]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({}, "MissingParameter"),
        ({"TemporaryRestoreDays": 2, "PermanentRestore": True}, "InvalidParameterCombination"),
        ({"PermanentRestore": True}, "IncorrectState"),  # not archived
        ({"PermanentRestore": True, "DryRun": True}, "IncorrectState"),
    ],
)
def test_bad_restores_change_nothing(ec2_client, snapshot_id, kwargs, code):
    expect_error(ec2_client.restore_snapshot_tier, code, SnapshotId=snapshot_id, **kwargs)
    assert one_snapshot(ec2_client, snapshot_id)["StorageTier"] == "standard"


def test_dry_run_archives_nothing_and_ids_are_checked(ec2_client, snapshot_id):
    expect_error(
        ec2_client.modify_snapshot_tier, "DryRunOperation", 412, SnapshotId=snapshot_id, DryRun=True
    )
    assert one_snapshot(ec2_client, snapshot_id)["StorageTier"] == "standard"
    expect_error(
        ec2_client.modify_snapshot_tier,
        "InvalidSnapshot.NotFound",
        SnapshotId="snap-0123456789abcdef0",
    )
    expect_error(ec2_client.modify_snapshot_tier, "InvalidSnapshotID.Malformed", SnapshotId="snap")
    expect_error(
        ec2_client.modify_snapshot_tier,
        "InvalidParameterValue",
        SnapshotId=snapshot_id,
        StorageTier="glacier",
    )
    expect_error(
        ec2_client.describe_snapshot_tier_status,
        "InvalidParameterValue",
        Filters=[{"Name": "tier", "Values": ["archive"]}],
    )


def test_tier_status_filters_and_pages(ec2_client):
    made = sorted(new_snapshot(ec2_client) for _ in range(6))
    for snapshot_id in made:
        ec2_client.modify_snapshot_tier(SnapshotId=snapshot_id)
    ec2_client.restore_snapshot_tier(SnapshotId=made[0], PermanentRestore=True)
    restored = ec2_client.describe_snapshot_tier_status(
        Filters=[{"Name": "last-tiering-operation", "Values": ["permanent-restore-*"]}]
    )["SnapshotTierStatuses"]
    assert [s["SnapshotId"] for s in restored] == [made[0]]
    first = ec2_client.describe_snapshot_tier_status(MaxResults=5)
    second = ec2_client.describe_snapshot_tier_status(MaxResults=5, NextToken=first["NextToken"])
    pages = first["SnapshotTierStatuses"] + second["SnapshotTierStatuses"]
    assert sorted(s["SnapshotId"] for s in pages) == made


@pytest.fixture(scope="module")
def slow_server():
    with LocalEC2(in_memory=True, boot_seconds=0.3) as server:
        yield server


def test_archiving_moves_on_the_clock(slow_server):
    client = client_for(slow_server)
    snapshot_id = new_snapshot(client)
    client.modify_snapshot_tier(SnapshotId=snapshot_id)

    def status() -> str:
        return tier_status(client, snapshot_id)["LastTieringOperationStatus"]

    seen = states_until(status, "archival-completed")
    assert seen == [s for s in ("archival-in-progress", "archival-completed") if s in seen]
    assert one_snapshot(client, snapshot_id)["StorageTier"] == "archive"
    client.restore_snapshot_tier(SnapshotId=snapshot_id, TemporaryRestoreDays=1)
    seen = states_until(status, "temporary-restore-completed")
    assert seen[-1] == "temporary-restore-completed"


@pytest.fixture(scope="module")
def stuck_server():
    with LocalEC2(in_memory=True, boot_seconds=3600) as server:
        yield server


def test_a_snapshot_being_archived_is_not_usable(stuck_server):
    client = client_for(stuck_server)
    snapshot_id = new_snapshot(client)
    client.modify_snapshot_tier(SnapshotId=snapshot_id)
    status = tier_status(client, snapshot_id)
    assert (status["StorageTier"], status["LastTieringOperationStatus"]) == (
        "standard",
        "archival-in-progress",
    )
    expect_error(
        client.create_volume,
        "IncorrectState",
        AvailabilityZone=zone_of(client),
        SnapshotId=snapshot_id,
    )


def test_aws_cli_archives_and_restores(aws_cli, snapshot_id):
    aws_cli("modify-snapshot-tier", "--snapshot-id", snapshot_id, "--storage-tier", "archive")
    out = aws_cli("describe-snapshot-tier-status")
    assert out["SnapshotTierStatuses"][0]["StorageTier"] == "archive"
    out = aws_cli(
        "restore-snapshot-tier", "--snapshot-id", snapshot_id, "--temporary-restore-days", "2"
    )
    assert out["RestoreDuration"] == 2
