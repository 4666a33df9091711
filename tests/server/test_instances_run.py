"""RunInstances: validation (each failure changes nothing), counts, idempotency, addressing."""

from __future__ import annotations

import base64

import pytest
from compute_support import catalog_image, described, launch
from groups_support import expect_error


def test_run_instances_answers_a_pending_reservation(ec2_client):
    image = catalog_image(ec2_client)
    reservation = ec2_client.run_instances(
        ImageId=image, MinCount=2, MaxCount=2, InstanceType="t3.micro"
    )
    assert reservation["ReservationId"].startswith("r-")
    instances = reservation["Instances"]
    assert [i["AmiLaunchIndex"] for i in instances] == [0, 1]
    for instance in instances:
        assert instance["State"] == {"Code": 0, "Name": "pending"}
        assert instance["ImageId"] == image and instance["InstanceType"] == "t3.micro"
        assert instance["Architecture"] == "x86_64"
        assert instance["SecurityGroups"][0]["GroupName"] == "default"
        assert instance["BlockDeviceMappings"][0]["Ebs"]["VolumeId"].startswith("vol-")
    assert len({i["PrivateIpAddress"] for i in instances}) == 2


def test_default_subnet_addresses_and_dns_names(ec2_client):
    (instance,) = launch(ec2_client)
    private = instance["PrivateIpAddress"]
    assert private.startswith("172.31.")
    assert instance["PrivateDnsName"] == "ip-" + private.replace(".", "-") + ".ec2.internal"
    public = instance["PublicIpAddress"]
    assert instance["PublicDnsName"] == (
        "ec2-" + public.replace(".", "-") + ".compute-1.amazonaws.com"
    )
    interface = instance["NetworkInterfaces"][0]
    assert interface["PrivateIpAddress"] == private
    assert interface["Association"]["PublicIp"] == public
    subnet = ec2_client.describe_subnets(SubnetIds=[instance["SubnetId"]])["Subnets"][0]
    assert subnet["DefaultForAz"] is True
    assert subnet["AvailabilityZone"] == instance["Placement"]["AvailabilityZone"]


def test_dns_names_outside_us_east_1(localec2):
    import boto3

    client = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name="eu-west-1",
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    (instance,) = launch(client)
    assert instance["PrivateDnsName"].endswith(".eu-west-1.compute.internal")
    assert instance["PublicDnsName"].endswith(".eu-west-1.compute.amazonaws.com")


def test_instance_reaches_running_and_is_described(ec2_client):
    (instance,) = launch(ec2_client)
    (found,) = described(ec2_client, InstanceIds=[instance["InstanceId"]])
    assert found["State"] == {"Code": 16, "Name": "running"}
    assert found["LaunchTime"] == instance["LaunchTime"]


def test_max_count_launches_what_is_allowed(ec2_client):
    image = catalog_image(ec2_client)
    reservation = ec2_client.run_instances(
        ImageId=image, MinCount=1, MaxCount=1500, InstanceType="t3.nano"
    )
    assert len(reservation["Instances"]) == 1000
    expect_error(
        ec2_client.run_instances,
        "InstanceLimitExceeded",
        ImageId=image,
        MinCount=1001,
        MaxCount=1001,
    )


@pytest.mark.parametrize(("low", "high"), [(0, 1), (3, 2), (1, 0)])
def test_bad_counts(ec2_client, low, high):
    expect_error(
        ec2_client.run_instances,
        "InvalidParameterValue",
        ImageId=catalog_image(ec2_client),
        MinCount=low,
        MaxCount=high,
    )
    assert described(ec2_client) == []


def test_image_errors_change_nothing(ec2_client):
    expect_error(
        ec2_client.run_instances,
        "InvalidAMIID.Malformed",
        ImageId="ami-xyz",
        MinCount=1,
        MaxCount=1,
    )
    expect_error(
        ec2_client.run_instances,
        "InvalidAMIID.NotFound",
        ImageId="ami-12345678",
        MinCount=1,
        MaxCount=1,
    )
    assert described(ec2_client) == []


def test_instance_type_errors(ec2_client):
    image = catalog_image(ec2_client)
    error = expect_error(
        ec2_client.run_instances,
        "InvalidParameterValue",
        ImageId=image,
        MinCount=1,
        MaxCount=1,
        InstanceType="u-24tb1.metal",
    )
    assert error["Message"] == "Invalid value 'u-24tb1.metal' for InstanceType."
    error = expect_error(
        ec2_client.run_instances,
        "InvalidParameterValue",
        ImageId=image,
        MinCount=1,
        MaxCount=1,
        InstanceType="t4g.micro",
    )
    assert "architecture 'arm64'" in error["Message"]
    assert "architecture 'x86_64' of the specified AMI" in error["Message"]
    assert described(ec2_client) == []


def test_tutorial_instance_types(ec2_client):
    image = catalog_image(ec2_client)
    for instance_type in ("m1.small", "c1.xlarge"):
        (instance,) = ec2_client.run_instances(
            ImageId=image, MinCount=1, MaxCount=1, InstanceType=instance_type
        )["Instances"]
        assert instance["InstanceType"] == instance_type
    (default,) = ec2_client.run_instances(ImageId=image, MinCount=1, MaxCount=1)["Instances"]
    assert default["InstanceType"] == "m1.small"
    arm_image = catalog_image(ec2_client, "arm64")
    error = expect_error(
        ec2_client.run_instances,
        "InvalidParameterValue",
        ImageId=arm_image,
        MinCount=1,
        MaxCount=1,
        InstanceType="m1.small",
    )
    assert error["Message"].startswith(
        "The architecture 'i386,x86_64' of the specified instance type does not match the "
        "architecture 'arm64' of the specified AMI."
    )


def test_key_pair_and_groups_are_validated(ec2_client):
    image = catalog_image(ec2_client)
    expect_error(
        ec2_client.run_instances,
        "InvalidKeyPair.NotFound",
        ImageId=image,
        MinCount=1,
        MaxCount=1,
        KeyName="nobody",
    )
    expect_error(
        ec2_client.run_instances,
        "InvalidGroup.NotFound",
        ImageId=image,
        MinCount=1,
        MaxCount=1,
        SecurityGroups=["no-such-group"],
    )
    expect_error(
        ec2_client.run_instances,
        "InvalidGroupId.Malformed",
        ImageId=image,
        MinCount=1,
        MaxCount=1,
        SecurityGroupIds=["group-1"],
    )
    expect_error(
        ec2_client.run_instances,
        "InvalidGroup.NotFound",
        ImageId=image,
        MinCount=1,
        MaxCount=1,
        SecurityGroupIds=["sg-12345678"],
    )
    expect_error(
        ec2_client.run_instances,
        "InvalidSubnetID.NotFound",
        ImageId=image,
        MinCount=1,
        MaxCount=1,
        SubnetId="subnet-12345678",
    )
    assert described(ec2_client) == []


def test_key_pair_and_named_group_are_applied(ec2_client):
    ec2_client.create_key_pair(KeyName="mykey")
    group = ec2_client.create_security_group(GroupName="public-facing", Description="web")
    (instance,) = launch(ec2_client, KeyName="mykey", SecurityGroups=["public-facing"])
    assert instance["KeyName"] == "mykey"
    assert instance["SecurityGroups"] == [
        {"GroupName": "public-facing", "GroupId": group["GroupId"]}
    ]
    (by_id,) = launch(ec2_client, SecurityGroupIds=[group["GroupId"]])
    assert by_id["SecurityGroups"][0]["GroupId"] == group["GroupId"]


def test_client_token_idempotency(ec2_client):
    first = ec2_client.run_instances(
        ImageId=catalog_image(ec2_client),
        MinCount=2,
        MaxCount=2,
        InstanceType="t3.micro",
        ClientToken="token-1",
    )
    again = ec2_client.run_instances(
        ImageId=catalog_image(ec2_client),
        MinCount=2,
        MaxCount=2,
        InstanceType="t3.micro",
        ClientToken="token-1",
    )
    assert again["ReservationId"] == first["ReservationId"]
    assert [i["InstanceId"] for i in again["Instances"]] == [
        i["InstanceId"] for i in first["Instances"]
    ]
    assert len(described(ec2_client)) == 2
    expect_error(
        ec2_client.run_instances,
        "IdempotentParameterMismatch",
        ImageId=catalog_image(ec2_client),
        MinCount=1,
        MaxCount=1,
        InstanceType="t3.micro",
        ClientToken="token-1",
    )
    assert len(described(ec2_client)) == 2


def test_user_data_tags_and_options(ec2_client):
    (instance,) = launch(
        ec2_client,
        UserData="#!/bin/sh\necho hello\n",
        TagSpecifications=[
            {"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web-1"}]}
        ],
        Monitoring={"Enabled": True},
        DisableApiTermination=True,
        InstanceInitiatedShutdownBehavior="terminate",
        Placement={"AvailabilityZone": "us-east-1c"},
    )
    assert instance["Tags"] == [{"Key": "Name", "Value": "web-1"}]
    assert instance["Monitoring"]["State"] == "enabled"
    assert instance["Placement"]["AvailabilityZone"] == "us-east-1c"
    iid = instance["InstanceId"]
    user_data = ec2_client.describe_instance_attribute(InstanceId=iid, Attribute="userData")
    assert base64.b64decode(user_data["UserData"]["Value"]) == b"#!/bin/sh\necho hello\n"
    behavior = ec2_client.describe_instance_attribute(
        InstanceId=iid, Attribute="instanceInitiatedShutdownBehavior"
    )
    assert behavior["InstanceInitiatedShutdownBehavior"]["Value"] == "terminate"


def test_empty_user_data_is_none(ec2_client):
    """`UserData=` (Terraform sends it from a launch template without user data) is no user
    data: the attribute answers no value, as for an instance launched without it."""
    (given_empty,) = launch(ec2_client, UserData="")
    (without,) = launch(ec2_client)
    for instance in (given_empty, without):
        answer = ec2_client.describe_instance_attribute(
            InstanceId=instance["InstanceId"], Attribute="userData"
        )
        assert answer["UserData"] == {}


def test_private_ip_address_is_unique(ec2_client):
    subnet = ec2_client.describe_subnets(
        Filters=[{"Name": "availability-zone", "Values": ["us-east-1a"]}]
    )["Subnets"][0]
    (instance,) = launch(ec2_client, SubnetId=subnet["SubnetId"], PrivateIpAddress="172.31.9.9")
    assert instance["PrivateIpAddress"] == "172.31.9.9"
    expect_error(
        ec2_client.run_instances,
        "InvalidIPAddress.InUse",
        ImageId=catalog_image(ec2_client),
        MinCount=1,
        MaxCount=1,
        SubnetId=subnet["SubnetId"],
        PrivateIpAddress="172.31.9.9",
    )
    assert len(described(ec2_client)) == 1


def test_cli_run_instances(aws_cli, ec2_client):
    out = aws_cli(
        "run-instances",
        "--image-id",
        catalog_image(ec2_client),
        "--count",
        "2",
        "--instance-type",
        "t3.small",
    )
    assert len(out["Instances"]) == 2
    assert {i["State"]["Name"] for i in out["Instances"]} == {"pending"}


def test_network_interface_form(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.9.0.0/16")["Vpc"]
    subnet = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.9.1.0/24")["Subnet"]
    group = ec2_client.create_security_group(
        GroupName="inner", Description="inner", VpcId=vpc["VpcId"]
    )
    (instance,) = launch(
        ec2_client,
        NetworkInterfaces=[
            {
                "DeviceIndex": 0,
                "SubnetId": subnet["SubnetId"],
                "Groups": [group["GroupId"]],
                "AssociatePublicIpAddress": True,
            }
        ],
    )
    assert instance["SubnetId"] == subnet["SubnetId"] and instance["VpcId"] == vpc["VpcId"]
    assert instance["PrivateIpAddress"] == "10.9.1.4"
    assert instance["PublicIpAddress"]
    assert instance["PublicDnsName"] == (
        "ec2-" + instance["PublicIpAddress"].replace(".", "-") + ".compute-1.amazonaws.com"
    )
    assert instance["NetworkInterfaces"][0]["Groups"] == [
        {"GroupName": "inner", "GroupId": group["GroupId"]}
    ]


def test_group_of_another_vpc_is_refused(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.8.0.0/16")["Vpc"]
    subnet = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.8.1.0/24")["Subnet"]
    default_group = ec2_client.describe_security_groups(
        Filters=[
            {"Name": "group-name", "Values": ["default"]},
            {"Name": "vpc-id", "Values": [subnet["VpcId"]]},
        ]
    )["SecurityGroups"][0]
    other = ec2_client.create_security_group(GroupName="outer", Description="outer")
    expect_error(
        ec2_client.run_instances,
        "InvalidParameter",
        ImageId=catalog_image(ec2_client),
        MinCount=1,
        MaxCount=1,
        SubnetId=subnet["SubnetId"],
        SecurityGroupIds=[other["GroupId"]],
    )
    expect_error(
        ec2_client.run_instances,
        "InvalidParameterCombination",
        ImageId=catalog_image(ec2_client),
        MinCount=1,
        MaxCount=1,
        SubnetId=subnet["SubnetId"],
        SecurityGroups=["outer"],
    )
    assert described(ec2_client) == []
    (instance,) = launch(ec2_client, SubnetId=subnet["SubnetId"])
    assert instance["SecurityGroups"] == [
        {"GroupName": "default", "GroupId": default_group["GroupId"]}
    ]


def test_network_interfaces_need_a_primary_at_device_index_0(ec2_client):
    subnet = ec2_client.describe_subnets()["Subnets"][0]["SubnetId"]
    expect_error(
        ec2_client.run_instances,
        "InvalidParameterValue",
        ImageId=catalog_image(ec2_client),
        MinCount=1,
        MaxCount=1,
        NetworkInterfaces=[{"DeviceIndex": 1, "SubnetId": subnet}],
    )
    expect_error(
        ec2_client.run_instances,
        "InvalidParameterValue",
        ImageId=catalog_image(ec2_client),
        MinCount=1,
        MaxCount=1,
        NetworkInterfaces=[{"SubnetId": subnet}],
    )
    assert described(ec2_client) == []


def test_dry_run_launches_nothing(ec2_client):
    expect_error(
        ec2_client.run_instances,
        "DryRunOperation",
        412,
        ImageId=catalog_image(ec2_client),
        MinCount=1,
        MaxCount=1,
        DryRun=True,
    )
    assert described(ec2_client) == []
    (instance,) = launch(ec2_client)
    expect_error(
        ec2_client.terminate_instances,
        "DryRunOperation",
        412,
        InstanceIds=[instance["InstanceId"]],
        DryRun=True,
    )
    assert described(ec2_client)[0]["State"]["Name"] in ("pending", "running")


def test_tag_specifications_of_other_resource_types(ec2_client):
    image = catalog_image(ec2_client)
    expect_error(
        ec2_client.run_instances,
        "InvalidParameterValue",
        ImageId=image,
        MinCount=1,
        MaxCount=1,
        TagSpecifications=[
            {"ResourceType": "security-group", "Tags": [{"Key": "k", "Value": "v"}]}
        ],
    )
    assert described(ec2_client) == []
    (instance,) = launch(
        ec2_client,
        TagSpecifications=[
            {"ResourceType": "volume", "Tags": [{"Key": "disk", "Value": "root"}]},
            {"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web"}]},
        ],
    )
    assert instance["Tags"] == [{"Key": "Name", "Value": "web"}]


def test_a_block_device_mapping_without_a_device_name_is_refused(ec2_client):
    before = described(ec2_client)
    expect_error(
        ec2_client.run_instances,
        "InvalidBlockDeviceMapping",
        ImageId=catalog_image(ec2_client),
        MinCount=1,
        MaxCount=1,
        BlockDeviceMappings=[{"Ebs": {"VolumeSize": 20}}],
    )
    assert described(ec2_client) == before


def test_an_empty_placement_zone_is_no_zone(ec2_client):
    """Terraform's aws_instance sends `Placement.AvailabilityZone=` when no zone is set."""
    (instance,) = launch(ec2_client, Placement={"AvailabilityZone": ""})
    assert instance["Placement"]["AvailabilityZone"].startswith(ec2_client.meta.region_name)
