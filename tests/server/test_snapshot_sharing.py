"""Sharing snapshots between localec2 accounts (boto3 and the AWS CLI):
Describe/Modify/ResetSnapshotAttribute, and what the accounts it is shared with see and do."""

from __future__ import annotations

import pytest
from groups_support import expect_error
from storage_support import client_for
from test_snapshots import snapshot_ids
from test_volumes import zone_of


@pytest.fixture
def stranger(localec2):
    account = localec2.create_account()
    return account["account_id"], client_for(localec2, account)


@pytest.fixture
def snapshot_id(ec2_client) -> str:
    volume_id = ec2_client.create_volume(AvailabilityZone=zone_of(ec2_client), Size=6)["VolumeId"]
    return ec2_client.create_snapshot(
        VolumeId=volume_id,
        TagSpecifications=[{"ResourceType": "snapshot", "Tags": [{"Key": "k", "Value": "v"}]}],
    )["SnapshotId"]


def permissions(client, snapshot_id: str) -> list[dict]:
    return client.describe_snapshot_attribute(
        SnapshotId=snapshot_id, Attribute="createVolumePermission"
    )["CreateVolumePermissions"]


def test_a_snapshot_is_shared_with_no_one_at_first(ec2_client, snapshot_id, stranger):
    assert permissions(ec2_client, snapshot_id) == []
    attribute = ec2_client.describe_snapshot_attribute(
        SnapshotId=snapshot_id, Attribute="productCodes"
    )
    assert (attribute["SnapshotId"], attribute["ProductCodes"]) == (snapshot_id, [])
    _, client = stranger
    assert snapshot_ids(client) == []
    expect_error(client.describe_snapshots, "InvalidSnapshot.NotFound", SnapshotIds=[snapshot_id])


def test_sharing_with_an_account(localec2, ec2_client, snapshot_id, stranger):
    account_id, client = stranger
    ec2_client.modify_snapshot_attribute(
        SnapshotId=snapshot_id, CreateVolumePermission={"Add": [{"UserId": account_id}]}
    )
    assert permissions(ec2_client, snapshot_id) == [{"UserId": account_id}]
    (seen,) = client.describe_snapshots(SnapshotIds=[snapshot_id])["Snapshots"]
    assert (seen["OwnerId"], seen["VolumeSize"], seen.get("Tags", [])) == (
        localec2.account_id,
        6,
        [],  # the owner's tags stay the owner's
    )
    assert snapshot_ids(client) == [snapshot_id]
    assert snapshot_ids(client, OwnerIds=[localec2.account_id]) == [snapshot_id]
    assert snapshot_ids(client, OwnerIds=["self"]) == []
    assert snapshot_ids(client, RestorableByUserIds=["self"]) == [snapshot_id]
    assert snapshot_ids(client, RestorableByUserIds=["all"]) == []
    assert snapshot_ids(ec2_client, RestorableByUserIds=[account_id]) == [snapshot_id]
    volume = client.create_volume(AvailabilityZone=zone_of(client), SnapshotId=snapshot_id)
    assert (volume["SnapshotId"], volume["Size"]) == (snapshot_id, 6)
    copy_id = client.copy_snapshot(SourceRegion=localec2.region, SourceSnapshotId=snapshot_id)[
        "SnapshotId"
    ]
    assert snapshot_ids(client, OwnerIds=["self"]) == [copy_id]
    expect_error(
        client.modify_snapshot_attribute,
        "InvalidSnapshot.NotFound",
        SnapshotId=snapshot_id,
        CreateVolumePermission={"Add": [{"Group": "all"}]},
    )

    ec2_client.modify_snapshot_attribute(
        SnapshotId=snapshot_id,
        Attribute="createVolumePermission",
        OperationType="remove",
        UserIds=[account_id],
    )
    assert permissions(ec2_client, snapshot_id) == []
    assert snapshot_ids(client) == [copy_id]
    expect_error(
        client.create_volume,
        "InvalidSnapshot.NotFound",
        AvailabilityZone=zone_of(client),
        SnapshotId=snapshot_id,
    )


def test_public_snapshots_and_reset(ec2_client, snapshot_id, stranger):
    _, client = stranger
    ec2_client.modify_snapshot_attribute(
        SnapshotId=snapshot_id,
        Attribute="createVolumePermission",
        OperationType="add",
        GroupNames=["all"],
    )
    assert permissions(ec2_client, snapshot_id) == [{"Group": "all"}]
    assert snapshot_ids(client) == [snapshot_id]
    assert snapshot_ids(client, RestorableByUserIds=["all"]) == [snapshot_id]
    assert snapshot_ids(client, RestorableByUserIds=["self"]) == []  # public, not explicit
    assert snapshot_ids(ec2_client, RestorableByUserIds=["all"]) == [snapshot_id]
    ec2_client.reset_snapshot_attribute(SnapshotId=snapshot_id, Attribute="createVolumePermission")
    assert permissions(ec2_client, snapshot_id) == []
    assert snapshot_ids(client) == []


def test_encrypted_snapshots_are_not_public(localec2, ec2_client, stranger):
    account_id, _ = stranger
    zone = zone_of(ec2_client)
    volume_id = ec2_client.create_volume(AvailabilityZone=zone, Size=1, Encrypted=True)["VolumeId"]
    default_key = ec2_client.create_snapshot(VolumeId=volume_id)["SnapshotId"]
    expect_error(
        ec2_client.modify_snapshot_attribute,
        "OperationNotPermitted",
        SnapshotId=default_key,
        CreateVolumePermission={"Add": [{"Group": "all"}]},
    )
    expect_error(
        ec2_client.modify_snapshot_attribute,
        "OperationNotPermitted",
        SnapshotId=default_key,
        CreateVolumePermission={"Add": [{"UserId": account_id}]},
    )
    assert permissions(ec2_client, default_key) == []
    own_key = ec2_client.create_volume(
        AvailabilityZone=zone,
        Size=1,
        Encrypted=True,
        KmsKeyId="1234abcd-12ab-34cd-56ef-1234567890ab",
    )["VolumeId"]
    shared = ec2_client.create_snapshot(VolumeId=own_key)["SnapshotId"]
    ec2_client.modify_snapshot_attribute(
        SnapshotId=shared, CreateVolumePermission={"Add": [{"UserId": account_id}]}
    )
    assert permissions(ec2_client, shared) == [{"UserId": account_id}]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"CreateVolumePermission": {"Add": [{"UserId": "nobody"}]}}, "InvalidParameterValue"),
        ({"UserIds": ["123456789012"]}, "MissingParameter"),  # no OperationType
        ({"OperationType": "add", "GroupNames": ["everyone"]}, "InvalidParameterValue"),
        (
            {"Attribute": "productCodes", "OperationType": "add", "UserIds": ["123456789012"]},
            "InvalidParameterValue",
        ),
        ({}, "MissingParameter"),
        (
            {"CreateVolumePermission": {"Add": [{"UserId": "123456789012"}]}, "DryRun": True},
            "DryRunOperation",
        ),
    ],
)
def test_bad_modifications_change_nothing(ec2_client, snapshot_id, kwargs, code):
    status = 412 if code == "DryRunOperation" else 400
    expect_error(
        ec2_client.modify_snapshot_attribute, code, status, SnapshotId=snapshot_id, **kwargs
    )
    assert permissions(ec2_client, snapshot_id) == []


def test_unknown_snapshots_and_attributes(ec2_client, snapshot_id):
    unknown = "snap-0123456789abcdef0"
    expect_error(
        ec2_client.describe_snapshot_attribute,
        "InvalidSnapshot.NotFound",
        SnapshotId=unknown,
        Attribute="createVolumePermission",
    )
    expect_error(
        ec2_client.describe_snapshot_attribute,
        "InvalidSnapshotID.Malformed",
        SnapshotId="snap",
        Attribute="createVolumePermission",
    )
    expect_error(
        ec2_client.reset_snapshot_attribute,
        "InvalidParameterValue",
        SnapshotId=snapshot_id,
        Attribute="productCodes",
    )
    expect_error(
        ec2_client.describe_snapshot_attribute,
        "InvalidParameterValue",
        SnapshotId=snapshot_id,
        Attribute="volumeSize",
    )


def test_aws_cli_shares_a_snapshot(aws_cli, ec2_client, snapshot_id, stranger):
    account_id, client = stranger
    aws_cli(
        "modify-snapshot-attribute",
        "--snapshot-id",
        snapshot_id,
        "--attribute",
        "createVolumePermission",
        "--operation-type",
        "add",
        "--user-ids",
        account_id,
    )
    out = aws_cli(
        "describe-snapshot-attribute",
        "--snapshot-id",
        snapshot_id,
        "--attribute",
        "createVolumePermission",
    )
    assert out["CreateVolumePermissions"] == [{"UserId": account_id}]
    assert snapshot_ids(client) == [snapshot_id]
