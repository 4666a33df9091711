"""CopyImage on localec2 (boto3 and the AWS CLI): within a region and across the account's
regions, its snapshots copied, encryption, client tokens, and what it refuses."""

from __future__ import annotations

import pytest
from compute_support import catalog_image
from groups_support import expect_error
from storage_support import client_for
from test_images_snapshots import _image_of_an_instance


def one_image(client, image_id: str) -> dict:
    (image,) = client.describe_images(ImageIds=[image_id])["Images"]
    return image


def own_image_ids(client) -> list[str]:
    return sorted(i["ImageId"] for i in client.describe_images(Owners=["self"])["Images"])


def snapshot_of(image: dict) -> str:
    return image["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"]


@pytest.fixture
def west(localec2):
    return client_for(localec2, region="us-west-2")


def test_copy_a_catalog_image_into_the_region(localec2, ec2_client):
    source_id = catalog_image(ec2_client)
    source = one_image(ec2_client, source_id)
    copy_id = ec2_client.copy_image(
        SourceRegion=localec2.region, SourceImageId=source_id, Name="my-copy"
    )["ImageId"]
    copy = one_image(ec2_client, copy_id)
    assert (copy["OwnerId"], copy["Name"], copy["State"], copy["Public"]) == (
        localec2.account_id,
        "my-copy",
        "available",
        False,
    )
    assert (copy["SourceImageId"], copy["SourceImageRegion"]) == (source_id, localec2.region)
    assert (copy["Architecture"], copy["RootDeviceName"]) == (
        source["Architecture"],
        source["RootDeviceName"],
    )
    assert copy["Description"] == source["Description"]
    snapshot_id = snapshot_of(copy)
    assert snapshot_id != snapshot_of(source)
    (snapshot,) = ec2_client.describe_snapshots(SnapshotIds=[snapshot_id])["Snapshots"]
    assert snapshot["Description"].startswith(
        f"Copied for DestinationAmi {copy_id} from SourceAmi {source_id} "
        f"for SourceSnapshot {snapshot_of(source)}."
    )
    assert snapshot["VolumeSize"] == source["BlockDeviceMappings"][0]["Ebs"]["VolumeSize"]
    launched = ec2_client.run_instances(ImageId=copy_id, MinCount=1, MaxCount=1)["Instances"]
    assert launched[0]["ImageId"] == copy_id


def test_copy_an_own_image_across_regions(localec2, ec2_client, west):
    image_id, _ = _image_of_an_instance(ec2_client, "source-image")
    ec2_client.create_tags(Resources=[image_id], Tags=[{"Key": "team", "Value": "a"}])
    copy_id = west.copy_image(
        SourceRegion=localec2.region,
        SourceImageId=image_id,
        Name="west-copy",
        Description="in the west",
        CopyImageTags=True,
        TagSpecifications=[{"ResourceType": "image", "Tags": [{"Key": "k", "Value": "v"}]}],
    )["ImageId"]
    copy = one_image(west, copy_id)
    assert copy["Description"] == "in the west"
    assert sorted((t["Key"], t["Value"]) for t in copy["Tags"]) == [("k", "v"), ("team", "a")]
    assert own_image_ids(ec2_client) == [image_id]  # the source region has only the source
    assert own_image_ids(west) == [copy_id]
    (snapshot,) = west.describe_snapshots(SnapshotIds=[snapshot_of(copy)])["Snapshots"]
    assert snapshot["OwnerId"] == localec2.account_id


def test_an_encrypted_copy(localec2, ec2_client):
    copy_id = ec2_client.copy_image(
        SourceRegion=localec2.region,
        SourceImageId=catalog_image(ec2_client),
        Name="encrypted",
        Encrypted=True,
    )["ImageId"]
    ebs = one_image(ec2_client, copy_id)["BlockDeviceMappings"][0]["Ebs"]
    assert ebs["Encrypted"] is True
    assert ebs["KmsKeyId"].startswith(f"arn:aws:kms:{localec2.region}:{localec2.account_id}:key/")
    (snapshot,) = ec2_client.describe_snapshots(SnapshotIds=[ebs["SnapshotId"]])["Snapshots"]
    assert (snapshot["Encrypted"], snapshot["KmsKeyId"]) == (True, ebs["KmsKeyId"])


def test_a_client_token_copies_once(localec2, ec2_client):
    source_id = catalog_image(ec2_client)
    kwargs = {"SourceRegion": localec2.region, "SourceImageId": source_id, "ClientToken": "t1"}
    first = ec2_client.copy_image(Name="once", **kwargs)["ImageId"]
    assert ec2_client.copy_image(Name="once", **kwargs)["ImageId"] == first
    expect_error(ec2_client.copy_image, "IdempotentParameterMismatch", Name="twice", **kwargs)
    assert own_image_ids(ec2_client) == [first]


def test_a_shared_image_can_be_copied(localec2, ec2_client):
    image_id, _ = _image_of_an_instance(ec2_client, "shared-source")
    account = localec2.create_account()
    stranger = client_for(localec2, account)
    kwargs = {"SourceRegion": localec2.region, "SourceImageId": image_id, "Name": "theirs"}
    expect_error(stranger.copy_image, "InvalidAMIID.NotFound", **kwargs)
    ec2_client.modify_image_attribute(
        ImageId=image_id, LaunchPermission={"Add": [{"UserId": account["account_id"]}]}
    )
    copy_id = stranger.copy_image(**kwargs)["ImageId"]
    assert one_image(stranger, copy_id)["OwnerId"] == account["account_id"]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"SourceImageId": "ami-0123456789abcdef0"}, "InvalidAMIID.NotFound"),
        ({"SourceImageId": "image-1"}, "InvalidAMIID.Malformed"),
        ({"SourceRegion": "mars-north-1"}, "InvalidParameterValue"),
        ({"Name": "bad name!"}, "InvalidParameterValue"),
        ({"KmsKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab"}, "InvalidParameterDependency"),
        ({"DryRun": True}, "DryRunOperation"),
    ],
)
def test_bad_copies_change_nothing(localec2, ec2_client, kwargs, code):
    request = {
        "SourceRegion": localec2.region,
        "SourceImageId": catalog_image(ec2_client),
        "Name": "a-copy",
        **kwargs,
    }
    expect_error(ec2_client.copy_image, code, 412 if code == "DryRunOperation" else 400, **request)
    assert own_image_ids(ec2_client) == []
    assert ec2_client.describe_snapshots(OwnerIds=["self"])["Snapshots"] == []


def test_a_name_in_use_is_refused(localec2, ec2_client):
    kwargs = {"SourceRegion": localec2.region, "SourceImageId": catalog_image(ec2_client)}
    ec2_client.copy_image(Name="taken", **kwargs)
    expect_error(ec2_client.copy_image, "InvalidAMIName.Duplicate", Name="taken", **kwargs)


def test_aws_cli_copies_an_image(localec2, aws_cli, ec2_client):
    out = aws_cli(
        "copy-image",
        "--source-region",
        localec2.region,
        "--source-image-id",
        catalog_image(ec2_client),
        "--name",
        "cli-copy",
    )
    assert own_image_ids(ec2_client) == [out["ImageId"]]
