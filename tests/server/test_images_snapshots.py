"""ResetImageAttribute, DeleteSnapshot, and DeregisterImage with DeleteAssociatedSnapshots
(boto3 and the AWS CLI)."""

from __future__ import annotations

import pytest
from compute_support import launch
from groups_support import expect_error
from test_images import _permissions, _stranger


def _image_of_an_instance(client, name: str) -> tuple[str, str]:
    """A new image made from a new instance, and the snapshot behind its root device."""
    (instance,) = launch(client)
    image_id = client.create_image(InstanceId=instance["InstanceId"], Name=name)["ImageId"]
    (image,) = client.describe_images(ImageIds=[image_id])["Images"]
    return image_id, image["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"]


def test_reset_launch_permissions_makes_the_image_private(localec2, ec2_client):
    image_id = ec2_client.register_image(Name="to-reset", RootDeviceName="/dev/xvda")["ImageId"]
    stranger_id, stranger = _stranger(localec2)
    ec2_client.modify_image_attribute(
        ImageId=image_id, LaunchPermission={"Add": [{"Group": "all"}, {"UserId": stranger_id}]}
    )
    assert len(_permissions(ec2_client, image_id)) == 2
    ec2_client.reset_image_attribute(ImageId=image_id, Attribute="launchPermission")
    assert _permissions(ec2_client, image_id) == []
    expect_error(stranger.describe_images, "InvalidAMIID.NotFound", ImageIds=[image_id])


def test_reset_image_attribute_errors_change_nothing(localec2, ec2_client):
    image_id = ec2_client.register_image(Name="kept", RootDeviceName="/dev/xvda")["ImageId"]
    ec2_client.modify_image_attribute(
        ImageId=image_id, LaunchPermission={"Add": [{"Group": "all"}]}
    )
    expect_error(
        ec2_client.reset_image_attribute,
        "InvalidParameterValue",
        ImageId=image_id,
        Attribute="description",
    )
    expect_error(
        ec2_client.reset_image_attribute,
        "DryRunOperation",
        412,
        ImageId=image_id,
        Attribute="launchPermission",
        DryRun=True,
    )
    _, stranger = _stranger(localec2)
    expect_error(
        stranger.reset_image_attribute,
        "AuthFailure",
        ImageId=image_id,
        Attribute="launchPermission",
    )
    expect_error(
        ec2_client.reset_image_attribute,
        "InvalidAMIID.NotFound",
        ImageId="ami-12345678",
        Attribute="launchPermission",
    )
    assert _permissions(ec2_client, image_id) == [{"Group": "all"}]


def test_a_snapshot_in_use_cannot_be_deleted_until_its_image_goes(ec2_client):
    image_id, snapshot_id = _image_of_an_instance(ec2_client, "with-snapshot")
    error = expect_error(
        ec2_client.delete_snapshot, "InvalidSnapshot.InUse", SnapshotId=snapshot_id
    )
    assert image_id in error["Message"]
    ec2_client.deregister_image(ImageId=image_id)
    expect_error(
        ec2_client.delete_snapshot, "DryRunOperation", 412, SnapshotId=snapshot_id, DryRun=True
    )
    ec2_client.delete_snapshot(SnapshotId=snapshot_id)
    expect_error(ec2_client.delete_snapshot, "InvalidSnapshot.NotFound", SnapshotId=snapshot_id)
    expect_error(
        ec2_client.create_tags,
        "InvalidSnapshot.NotFound",
        Resources=[snapshot_id],
        Tags=[{"Key": "a", "Value": "b"}],
    )


@pytest.mark.parametrize(
    ("snapshot_id", "code"),
    [
        ("snap-0123456789abcdef0", "InvalidSnapshot.NotFound"),
        ("snap-xyz", "InvalidSnapshotID.Malformed"),
        ("vol-0123456789abcdef0", "InvalidSnapshotID.Malformed"),
    ],
)
def test_delete_snapshot_errors(ec2_client, snapshot_id, code):
    expect_error(ec2_client.delete_snapshot, code, SnapshotId=snapshot_id)


def test_deregister_with_its_snapshots(ec2_client):
    image_id, snapshot_id = _image_of_an_instance(ec2_client, "goes-whole")
    answer = ec2_client.deregister_image(ImageId=image_id, DeleteAssociatedSnapshots=True)
    assert answer["DeleteSnapshotResults"] == [{"SnapshotId": snapshot_id, "ReturnCode": "success"}]
    expect_error(ec2_client.delete_snapshot, "InvalidSnapshot.NotFound", SnapshotId=snapshot_id)
    assert ec2_client.describe_images(Owners=["self"])["Images"] == []


def test_deregister_skips_a_snapshot_another_image_uses(ec2_client):
    image_id, snapshot_id = _image_of_an_instance(ec2_client, "first")
    second = ec2_client.register_image(
        Name="second",
        RootDeviceName="/dev/xvda",
        BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"SnapshotId": snapshot_id}}],
    )["ImageId"]
    answer = ec2_client.deregister_image(ImageId=image_id, DeleteAssociatedSnapshots=True)
    assert answer["DeleteSnapshotResults"] == [{"SnapshotId": snapshot_id, "ReturnCode": "skipped"}]
    assert [i["ImageId"] for i in ec2_client.describe_images(Owners=["self"])["Images"]] == [second]


def test_cli_reset_and_delete_snapshot(aws_cli, ec2_client):
    image_id, snapshot_id = _image_of_an_instance(ec2_client, "cli-image")
    aws_cli(
        "modify-image-attribute", "--image-id", image_id, "--launch-permission", "Add=[{Group=all}]"
    )
    aws_cli("reset-image-attribute", "--image-id", image_id, "--attribute", "launchPermission")
    assert _permissions(ec2_client, image_id) == []
    aws_cli("deregister-image", "--image-id", image_id)
    aws_cli("delete-snapshot", "--snapshot-id", snapshot_id)
    error = aws_cli("delete-snapshot", "--snapshot-id", snapshot_id, expect_error=True)
    assert "InvalidSnapshot.NotFound" in error
