"""DescribeImages (owners, executable-by, filters), CreateImage, RegisterImage,
DeregisterImage, DescribeImageAttribute."""

from __future__ import annotations

import boto3
import pytest
from groups_support import expect_error


def _catalog_image(client, architecture="x86_64", name="al2023-*"):
    return client.describe_images(
        Owners=["amazon"],
        Filters=[
            {"Name": "architecture", "Values": [architecture]},
            {"Name": "name", "Values": [name]},
        ],
    )["Images"][0]


def test_catalog_has_several_systems_and_architectures(ec2_client):
    images = ec2_client.describe_images()["Images"]
    names = " ".join(i["Name"] for i in images)
    for system in (
        "al2023",
        "amzn2",
        "ubuntu-jammy-22.04",
        "ubuntu-noble-24.04",
        "debian-12",
        "RHEL-9",
        "Windows_Server-2022",
    ):
        assert system in names
    machines = [i for i in images if i["ImageType"] == "machine"]
    assert {i["Architecture"] for i in machines} == {"x86_64", "arm64"}
    for image in machines:
        assert image["ImageId"].startswith("ami-") and len(image["ImageId"]) == 21
        assert image["State"] == "available" and image["Public"] is True
        root = image["BlockDeviceMappings"][0]
        assert root["DeviceName"] == image["RootDeviceName"]
        assert root["Ebs"]["SnapshotId"].startswith("snap-")


def test_kernels_and_ramdisks(ec2_client):
    def of_type(image_type: str) -> list[dict]:
        found = ec2_client.describe_images(
            Owners=["amazon"], Filters=[{"Name": "image-type", "Values": [image_type]}]
        )["Images"]
        return found

    kernels, ramdisks = of_type("kernel"), of_type("ramdisk")
    assert len(kernels) == 2 and all(k["ImageId"].startswith("aki-") for k in kernels)
    assert len(ramdisks) == 1 and ramdisks[0]["ImageId"].startswith("ari-")
    for image in kernels + ramdisks:
        assert (image["RootDeviceType"], image["VirtualizationType"]) == (
            "instance-store",
            "paravirtual",
        )
        assert image["BlockDeviceMappings"] == [] and image["Public"] is True
    (kernel,) = ec2_client.describe_images(ImageIds=[kernels[0]["ImageId"]])["Images"]
    assert kernel["ImageType"] == "kernel"
    expect_error(ec2_client.describe_images, "InvalidAMIID.NotFound", ImageIds=["aki-12345678"])
    expect_error(ec2_client.describe_images, "InvalidAMIID.Malformed", ImageIds=["akx-12345678"])
    expect_error(
        ec2_client.run_instances,
        "InvalidAMIID.Malformed",
        ImageId=kernel["ImageId"],
        MinCount=1,
        MaxCount=1,
    )


def test_owner_aliases_and_ids(ec2_client):
    amazon = ec2_client.describe_images(Owners=["amazon"])["Images"]
    assert amazon and all(i["ImageOwnerAlias"] == "amazon" for i in amazon)
    canonical = ec2_client.describe_images(Owners=["099720109477"])["Images"]
    assert canonical and all(i["Name"].startswith("ubuntu/") for i in canonical)
    assert ec2_client.describe_images(Owners=["self"])["Images"] == []


def test_each_region_has_its_own_stable_ids(localec2, ec2_client):
    other = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name="eu-west-1",
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    here = _catalog_image(ec2_client)
    there = _catalog_image(other)
    assert here["Name"] == there["Name"] and here["ImageId"] != there["ImageId"]
    assert _catalog_image(ec2_client)["ImageId"] == here["ImageId"]
    expect_error(other.describe_images, "InvalidAMIID.NotFound", ImageIds=[here["ImageId"]])


def test_image_ids_not_found_and_malformed(ec2_client):
    error = expect_error(
        ec2_client.describe_images, "InvalidAMIID.NotFound", ImageIds=["ami-12345678"]
    )
    assert "ami-12345678" in error["Message"]
    expect_error(ec2_client.describe_images, "InvalidAMIID.Malformed", ImageIds=["image-1"])


def test_filters(ec2_client):
    arm = ec2_client.describe_images(Filters=[{"Name": "architecture", "Values": ["arm64"]}])[
        "Images"
    ]
    assert arm and all(i["Architecture"] == "arm64" for i in arm)
    windows = ec2_client.describe_images(Filters=[{"Name": "platform", "Values": ["windows"]}])[
        "Images"
    ]
    assert [i["Platform"] for i in windows] == ["windows"]
    by_root = ec2_client.describe_images(
        Filters=[{"Name": "root-device-name", "Values": ["/dev/sda1"]}]
    )["Images"]
    assert by_root and all(i["RootDeviceName"] == "/dev/sda1" for i in by_root)


def _running_instance(client):
    image = _catalog_image(client)
    return client.run_instances(
        ImageId=image["ImageId"], MinCount=1, MaxCount=1, InstanceType="t3.micro"
    )["Instances"][0]


def test_create_image_from_an_instance(ec2_client):
    instance = _running_instance(ec2_client)
    image_id = ec2_client.create_image(
        InstanceId=instance["InstanceId"],
        Name="my-web-server",
        Description="built here",
        TagSpecifications=[{"ResourceType": "image", "Tags": [{"Key": "k", "Value": "v"}]}],
    )["ImageId"]
    (image,) = ec2_client.describe_images(ImageIds=[image_id])["Images"]
    assert image["Name"] == "my-web-server" and image["Description"] == "built here"
    assert image["OwnerId"] == instance["NetworkInterfaces"][0]["OwnerId"]
    assert image["Public"] is False and image["Architecture"] == "x86_64"
    assert image["Tags"] == [{"Key": "k", "Value": "v"}]
    assert [i["ImageId"] for i in ec2_client.describe_images(Owners=["self"])["Images"]] == [
        image_id
    ]
    expect_error(
        ec2_client.create_image,
        "InvalidAMIName.Duplicate",
        InstanceId=instance["InstanceId"],
        Name="my-web-server",
    )
    expect_error(
        ec2_client.create_image, "InvalidInstanceID.NotFound", InstanceId="i-12345678", Name="other"
    )
    # an instance launched from the new image
    launched = ec2_client.run_instances(
        ImageId=image_id, MinCount=1, MaxCount=1, InstanceType="t3.micro"
    )["Instances"][0]
    assert launched["ImageId"] == image_id


def test_register_describe_attribute_and_deregister(ec2_client):
    image_id = ec2_client.register_image(
        Name="registered-arm",
        Architecture="arm64",
        RootDeviceName="/dev/xvda",
        VirtualizationType="hvm",
        BlockDeviceMappings=[
            {
                "DeviceName": "/dev/xvda",
                "Ebs": {"SnapshotId": "snap-0123456789abcdef0", "VolumeSize": 16},
            }
        ],
    )["ImageId"]
    (image,) = ec2_client.describe_images(ImageIds=[image_id])["Images"]
    assert image["Architecture"] == "arm64"
    assert image["BlockDeviceMappings"][0]["Ebs"]["VolumeSize"] == 16
    attribute = ec2_client.describe_image_attribute(ImageId=image_id, Attribute="launchPermission")
    assert attribute["ImageId"] == image_id and attribute["LaunchPermissions"] == []
    mappings = ec2_client.describe_image_attribute(ImageId=image_id, Attribute="blockDeviceMapping")
    assert mappings["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"] == "snap-0123456789abcdef0"
    # an arm64 image does not run on an x86_64 instance type
    expect_error(
        ec2_client.run_instances,
        "InvalidParameterValue",
        ImageId=image_id,
        MinCount=1,
        MaxCount=1,
        InstanceType="t3.micro",
    )
    assert ec2_client.deregister_image(ImageId=image_id)["Return"] is True
    expect_error(ec2_client.describe_images, "InvalidAMIID.NotFound", ImageIds=[image_id])
    expect_error(ec2_client.deregister_image, "InvalidAMIID.NotFound", ImageId=image_id)


def test_cannot_deregister_a_public_catalog_image(ec2_client):
    image = _catalog_image(ec2_client)
    expect_error(ec2_client.deregister_image, "AuthFailure", ImageId=image["ImageId"])
    assert ec2_client.describe_images(ImageIds=[image["ImageId"]])["Images"]


@pytest.mark.parametrize("name", ["bad*name", "x" * 129])
def test_register_rejects_bad_names(ec2_client, name):
    expect_error(ec2_client.register_image, "InvalidParameterValue", Name=name)
    assert ec2_client.describe_images(Owners=["self"])["Images"] == []


def test_cli_describe_images(aws_cli):
    out = aws_cli(
        "describe-images",
        "--owners",
        "amazon",
        "--filters",
        "Name=name,Values=Windows_Server-2022*",
    )
    (image,) = out["Images"]
    assert image["Platform"] == "windows" and image["ImageOwnerAlias"] == "amazon"


def test_executable_users(ec2_client):
    public = ec2_client.describe_images(ExecutableUsers=["all"])["Images"]
    assert public and all(i["Public"] for i in public)
    image_id = ec2_client.register_image(Name="private-one", RootDeviceName="/dev/xvda")["ImageId"]
    mine = {i["ImageId"] for i in ec2_client.describe_images(ExecutableUsers=["self"])["Images"]}
    assert image_id in mine and {i["ImageId"] for i in public} <= mine
    assert image_id not in {i["ImageId"] for i in public}


def _stranger(localec2):
    account = localec2.create_account()
    client = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=account["access_key_id"],
        aws_secret_access_key=account["secret_access_key"],
    )
    return account["account_id"], client


def _permissions(client, image_id):
    return client.describe_image_attribute(ImageId=image_id, Attribute="launchPermission")[
        "LaunchPermissions"
    ]


def test_modify_description_and_launch_permissions(localec2, ec2_client):
    image_id = ec2_client.register_image(
        Name="shared-one",
        RootDeviceName="/dev/xvda",
        TagSpecifications=[{"ResourceType": "image", "Tags": [{"Key": "k", "Value": "v"}]}],
    )["ImageId"]
    stranger_id, stranger = _stranger(localec2)
    expect_error(stranger.describe_images, "InvalidAMIID.NotFound", ImageIds=[image_id])

    ec2_client.modify_image_attribute(ImageId=image_id, Description={"Value": "now shared"})
    ec2_client.modify_image_attribute(
        ImageId=image_id, LaunchPermission={"Add": [{"UserId": stranger_id}]}
    )
    assert _permissions(ec2_client, image_id) == [{"UserId": stranger_id}]
    (seen,) = stranger.describe_images(ImageIds=[image_id])["Images"]
    assert seen["Description"] == "now shared" and seen["Public"] is False
    assert seen.get("Tags", []) == []  # the owner's tags stay the owner's
    stranger.create_tags(Resources=[image_id], Tags=[{"Key": "mine", "Value": "too"}])
    (seen,) = stranger.describe_images(ImageIds=[image_id])["Images"]
    assert seen["Tags"] == [{"Key": "mine", "Value": "too"}]
    (own,) = ec2_client.describe_images(ImageIds=[image_id])["Images"]
    assert own["Tags"] == [{"Key": "k", "Value": "v"}]
    assert image_id in {
        i["ImageId"] for i in stranger.describe_images(ExecutableUsers=["self"])["Images"]
    }
    assert stranger.describe_images(Owners=["self"])["Images"] == []
    launched = stranger.run_instances(
        ImageId=image_id, MinCount=1, MaxCount=1, InstanceType="t3.micro"
    )["Instances"][0]
    assert launched["ImageId"] == image_id
    expect_error(
        stranger.modify_image_attribute,
        "AuthFailure",
        ImageId=image_id,
        Description={"Value": "mine now"},
    )
    expect_error(
        stranger.describe_image_attribute,
        "AuthFailure",
        ImageId=image_id,
        Attribute="launchPermission",
    )

    ec2_client.modify_image_attribute(
        ImageId=image_id,
        Attribute="launchPermission",
        OperationType="remove",
        UserIds=[stranger_id],
    )
    assert _permissions(ec2_client, image_id) == []
    expect_error(stranger.describe_images, "InvalidAMIID.NotFound", ImageIds=[image_id])
    assert stranger.describe_tags()["Tags"] == []


def test_making_an_image_public(localec2, ec2_client):
    image_id = ec2_client.register_image(Name="public-one", RootDeviceName="/dev/xvda")["ImageId"]
    _, stranger = _stranger(localec2)
    ec2_client.modify_image_attribute(
        ImageId=image_id, LaunchPermission={"Add": [{"Group": "all"}]}
    )
    assert _permissions(ec2_client, image_id) == [{"Group": "all"}]
    assert image_id in {i["ImageId"] for i in stranger.describe_images()["Images"]}
    assert image_id in {
        i["ImageId"] for i in stranger.describe_images(ExecutableUsers=["all"])["Images"]
    }
    ec2_client.modify_image_attribute(
        ImageId=image_id, LaunchPermission={"Remove": [{"Group": "all"}]}
    )
    assert image_id not in {i["ImageId"] for i in stranger.describe_images()["Images"]}
    assert ec2_client.describe_images(ImageIds=[image_id])["Images"][0]["Public"] is False


def test_modify_image_attribute_errors_change_nothing(ec2_client):
    image_id = ec2_client.register_image(Name="guarded", RootDeviceName="/dev/xvda")["ImageId"]
    expect_error(
        ec2_client.modify_image_attribute,
        "InvalidAMIAttributeItemValue",
        ImageId=image_id,
        LaunchPermission={"Add": [{"UserId": "not-an-account"}]},
    )
    expect_error(ec2_client.modify_image_attribute, "MissingParameter", ImageId=image_id)
    expect_error(
        ec2_client.modify_image_attribute,
        "AuthFailure",
        ImageId=_catalog_image(ec2_client)["ImageId"],
        Description={"Value": "x"},
    )
    expect_error(
        ec2_client.modify_image_attribute,
        "InvalidAMIID.NotFound",
        ImageId="ami-12345678",
        Description={"Value": "x"},
    )
    expect_error(
        ec2_client.modify_image_attribute,
        "DryRunOperation",
        412,
        ImageId=image_id,
        Description={"Value": "x"},
        DryRun=True,
    )
    assert _permissions(ec2_client, image_id) == []
    assert "Description" not in ec2_client.describe_images(ImageIds=[image_id])["Images"][0]


def test_cli_modify_image_attribute(aws_cli, ec2_client):
    image_id = ec2_client.register_image(Name="cli-shared", RootDeviceName="/dev/xvda")["ImageId"]
    aws_cli(
        "modify-image-attribute",
        "--image-id",
        image_id,
        "--launch-permission",
        "Add=[{UserId=123456789012}]",
    )
    aws_cli(
        "modify-image-attribute",
        "--image-id",
        image_id,
        "--attribute",
        "description",
        "--value",
        "from the cli",
    )
    assert _permissions(ec2_client, image_id) == [{"UserId": "123456789012"}]
    (image,) = ec2_client.describe_images(ImageIds=[image_id])["Images"]
    assert image["Description"] == "from the cli"


def test_cli_image_lifecycle(aws_cli, ec2_client):
    instance = _running_instance(ec2_client)
    image_id = aws_cli(
        "create-image", "--instance-id", instance["InstanceId"], "--name", "cli-made"
    )["ImageId"]
    registered = aws_cli(
        "register-image",
        "--name",
        "cli-registered",
        "--architecture",
        "arm64",
        "--root-device-name",
        "/dev/xvda",
    )["ImageId"]
    owned = aws_cli("describe-images", "--owners", "self")["Images"]
    assert {i["ImageId"] for i in owned} == {image_id, registered}
    attribute = aws_cli(
        "describe-image-attribute", "--image-id", registered, "--attribute", "launchPermission"
    )
    assert attribute["LaunchPermissions"] == []
    aws_cli("deregister-image", "--image-id", registered)
    error = aws_cli("deregister-image", "--image-id", registered, expect_error=True)
    assert "InvalidAMIID.NotFound" in error
    assert [i["ImageId"] for i in aws_cli("describe-images", "--owners", "self")["Images"]] == [
        image_id
    ]


def test_register_image_refuses_a_mapping_without_a_device_name(ec2_client):
    expect_error(
        ec2_client.register_image,
        "InvalidBlockDeviceMapping",
        Name="no-device",
        RootDeviceName="/dev/xvda",
        BlockDeviceMappings=[{"Ebs": {"VolumeSize": 8}}],
    )
    assert ec2_client.describe_images(Owners=["self"])["Images"] == []
