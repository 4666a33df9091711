"""Tags on the resources that are parts of others: an instance's volumes and network
interfaces, the snapshots of an image made from an instance (boto3 and the AWS CLI)."""

from __future__ import annotations

import pytest
from compute_support import launch
from groups_support import expect_error
from test_tags import tags_of


def parts_of(instance: dict) -> tuple[str, str]:
    """The instance's root volume id and primary network interface id."""
    mapping = instance["BlockDeviceMappings"][0]
    (interface,) = instance["NetworkInterfaces"]
    return mapping["Ebs"]["VolumeId"], interface["NetworkInterfaceId"]


def described_instance(client, instance_id: str) -> dict:
    (reservation,) = client.describe_instances(InstanceIds=[instance_id])["Reservations"]
    return reservation["Instances"][0]


@pytest.fixture
def instance(ec2_client) -> dict:
    (launched,) = launch(
        ec2_client,
        TagSpecifications=[
            {"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web"}]},
            {"ResourceType": "volume", "Tags": [{"Key": "backup", "Value": "daily"}]},
            {"ResourceType": "network-interface", "Tags": [{"Key": "net", "Value": "front"}]},
        ],
    )
    return described_instance(ec2_client, launched["InstanceId"])


def test_launch_tags_reach_the_volume_and_the_interface(ec2_client, instance):
    volume_id, interface_id = parts_of(instance)
    assert tags_of(ec2_client, instance["InstanceId"]) == {"Name": "web"}
    assert tags_of(ec2_client, volume_id) == {"backup": "daily"}
    assert tags_of(ec2_client, interface_id) == {"net": "front"}
    by_type = ec2_client.describe_tags(
        Filters=[{"Name": "resource-type", "Values": ["volume", "network-interface"]}]
    )["Tags"]
    assert sorted((t["ResourceType"], t["ResourceId"], t["Key"]) for t in by_type) == [
        ("network-interface", interface_id, "net"),
        ("volume", volume_id, "backup"),
    ]


def test_create_and_delete_tags_on_a_volume_and_an_interface(ec2_client):
    (launched,) = launch(ec2_client)
    volume_id, interface_id = parts_of(described_instance(ec2_client, launched["InstanceId"]))
    assert tags_of(ec2_client, volume_id) == {}
    ec2_client.create_tags(
        Resources=[volume_id, interface_id], Tags=[{"Key": "Name", "Value": "root"}]
    )
    assert tags_of(ec2_client, volume_id) == {"Name": "root"}
    assert tags_of(ec2_client, interface_id) == {"Name": "root"}
    ec2_client.delete_tags(Resources=[volume_id], Tags=[{"Key": "Name"}])
    assert tags_of(ec2_client, volume_id) == {}
    assert tags_of(ec2_client, interface_id) == {"Name": "root"}


def test_parts_go_with_a_terminated_instance(ec2_client, instance):
    volume_id, interface_id = parts_of(instance)
    ec2_client.terminate_instances(InstanceIds=[instance["InstanceId"]])
    assert described_instance(ec2_client, instance["InstanceId"])["State"]["Name"] == "terminated"
    expect_error(
        ec2_client.create_tags,
        "InvalidVolume.NotFound",
        Resources=[volume_id],
        Tags=[{"Key": "a", "Value": "b"}],
    )
    expect_error(
        ec2_client.create_tags,
        "InvalidNetworkInterfaceID.NotFound",
        Resources=[interface_id],
        Tags=[{"Key": "a", "Value": "b"}],
    )
    assert tags_of(ec2_client, volume_id) == {}
    assert tags_of(ec2_client, interface_id) == {}
    assert tags_of(ec2_client, instance["InstanceId"]) == {"Name": "web"}


def test_a_volume_kept_on_termination_stays_taggable(ec2_client):
    (launched,) = launch(
        ec2_client,
        BlockDeviceMappings=[
            {"DeviceName": "/dev/xvda", "Ebs": {"DeleteOnTermination": False}},
        ],
    )
    instance = described_instance(ec2_client, launched["InstanceId"])
    volume_id, _ = parts_of(instance)
    assert instance["BlockDeviceMappings"][0]["Ebs"]["DeleteOnTermination"] is False
    ec2_client.terminate_instances(InstanceIds=[launched["InstanceId"]])
    ec2_client.create_tags(Resources=[volume_id], Tags=[{"Key": "kept", "Value": "yes"}])
    assert tags_of(ec2_client, volume_id) == {"kept": "yes"}


@pytest.mark.parametrize(
    ("resource_id", "code", "message"),
    [
        (
            "vol-0123456789abcdef0",
            "InvalidVolume.NotFound",
            "The volume 'vol-0123456789abcdef0' does not exist.",
        ),
        (
            "eni-0123456789abcdef0",
            "InvalidNetworkInterfaceID.NotFound",
            "The networkInterface ID 'eni-0123456789abcdef0' does not exist",
        ),
        (
            "snap-0123456789abcdef0",
            "InvalidSnapshot.NotFound",
            "The snapshot 'snap-0123456789abcdef0' does not exist.",
        ),
    ],
)
def test_unknown_parts_are_not_found_and_nothing_changes(
    ec2_client, instance, resource_id, code, message
):
    volume_id, _ = parts_of(instance)
    error = expect_error(
        ec2_client.create_tags,
        code,
        Resources=[volume_id, resource_id],
        Tags=[{"Key": "x", "Value": "y"}],
    )
    assert error["Message"] == message
    assert tags_of(ec2_client, volume_id) == {"backup": "daily"}


def test_snapshot_tags_from_create_image_outlive_the_image(ec2_client, instance):
    image_id = ec2_client.create_image(
        InstanceId=instance["InstanceId"],
        Name="web-image",
        TagSpecifications=[{"ResourceType": "snapshot", "Tags": [{"Key": "k", "Value": "v"}]}],
    )["ImageId"]
    (image,) = ec2_client.describe_images(ImageIds=[image_id])["Images"]
    snapshot_id = image["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"]
    assert tags_of(ec2_client, snapshot_id) == {"k": "v"}
    assert tags_of(ec2_client, image_id) == {}
    ec2_client.deregister_image(ImageId=image_id)
    ec2_client.create_tags(Resources=[snapshot_id], Tags=[{"Key": "after", "Value": "1"}])
    assert tags_of(ec2_client, snapshot_id) == {"k": "v", "after": "1"}


def test_aws_cli_tags_a_volume(aws_cli, ec2_client, instance):
    volume_id, _ = parts_of(instance)
    aws_cli("create-tags", "--resources", volume_id, "--tags", "Key=Name,Value=cli")
    described = aws_cli("describe-tags", "--filters", f"Name=resource-id,Values={volume_id}")
    assert sorted((t["Key"], t["ResourceType"]) for t in described["Tags"]) == [
        ("Name", "volume"),
        ("backup", "volume"),
    ]
