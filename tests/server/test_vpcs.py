"""The default VPC and subnets; DescribeVpcs/Subnets; Create/Delete Vpc and Subnet."""

from __future__ import annotations

from groups_support import expect_error


def test_default_vpc_and_one_default_subnet_per_zone(ec2_client):
    (vpc,) = ec2_client.describe_vpcs()["Vpcs"]
    assert vpc["IsDefault"] is True and vpc["CidrBlock"] == "172.31.0.0/16"
    assert vpc["State"] == "available"
    zones = [z["ZoneName"] for z in ec2_client.describe_availability_zones()["AvailabilityZones"]]
    subnets = ec2_client.describe_subnets()["Subnets"]
    assert sorted(s["AvailabilityZone"] for s in subnets) == sorted(zones)
    assert [s["CidrBlock"] for s in subnets][:3] == [
        "172.31.0.0/20",
        "172.31.16.0/20",
        "172.31.32.0/20",
    ]
    for subnet in subnets:
        assert subnet["VpcId"] == vpc["VpcId"]
        assert subnet["DefaultForAz"] is True and subnet["MapPublicIpOnLaunch"] is True
        assert subnet["AvailableIpAddressCount"] == 4096 - 5


def test_default_vpc_has_its_default_security_group(ec2_client):
    (vpc,) = ec2_client.describe_vpcs()["Vpcs"]
    groups = ec2_client.describe_security_groups(
        Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}]
    )["SecurityGroups"]
    assert [g["GroupName"] for g in groups] == ["default"]


def test_vpc_and_subnet_filters(ec2_client):
    assert (
        ec2_client.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["false"]}])["Vpcs"]
        == []
    )
    subnets = ec2_client.describe_subnets(
        Filters=[{"Name": "availability-zone", "Values": ["us-east-1b"]}]
    )["Subnets"]
    assert [s["CidrBlock"] for s in subnets] == ["172.31.16.0/20"]


def test_unknown_and_malformed_ids(ec2_client):
    expect_error(ec2_client.describe_vpcs, "InvalidVpcID.NotFound", VpcIds=["vpc-12345678"])
    expect_error(ec2_client.describe_vpcs, "InvalidVpcID.Malformed", VpcIds=["nope"])
    expect_error(
        ec2_client.describe_subnets, "InvalidSubnetID.NotFound", SubnetIds=["subnet-12345678"]
    )
    expect_error(ec2_client.describe_subnets, "InvalidSubnetID.Malformed", SubnetIds=["sub-1"])


def test_create_vpc_subnet_and_delete_them(ec2_client):
    vpc = ec2_client.create_vpc(
        CidrBlock="10.0.0.0/16",
        TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": "lab"}]}],
    )["Vpc"]
    assert vpc["IsDefault"] is False and vpc["Tags"] == [{"Key": "Name", "Value": "lab"}]
    groups = ec2_client.describe_security_groups(
        Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}]
    )["SecurityGroups"]
    assert [g["GroupName"] for g in groups] == ["default"]
    subnet = ec2_client.create_subnet(
        VpcId=vpc["VpcId"], CidrBlock="10.0.1.0/24", AvailabilityZone="us-east-1c"
    )["Subnet"]
    assert subnet["AvailableIpAddressCount"] == 251 and subnet["DefaultForAz"] is False
    assert subnet["AvailabilityZone"] == "us-east-1c"
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=vpc["VpcId"])
    assert len(ec2_client.describe_vpcs()["Vpcs"]) == 2  # the failed delete changed nothing
    ec2_client.delete_subnet(SubnetId=subnet["SubnetId"])
    ec2_client.delete_vpc(VpcId=vpc["VpcId"])
    assert [v["IsDefault"] for v in ec2_client.describe_vpcs()["Vpcs"]] == [True]
    assert (
        ec2_client.describe_security_groups(Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}])[
            "SecurityGroups"
        ]
        == []
    )


def test_create_vpc_rejects_bad_ranges(ec2_client):
    expect_error(ec2_client.create_vpc, "InvalidVpc.Range", CidrBlock="10.0.0.0/8")
    expect_error(ec2_client.create_vpc, "InvalidParameterValue", CidrBlock="10.0.0.300/16")
    assert len(ec2_client.describe_vpcs()["Vpcs"]) == 1


def test_create_subnet_rejects_outside_and_overlapping_ranges(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.1.0.0/16")["Vpc"]
    expect_error(
        ec2_client.create_subnet, "InvalidSubnet.Range", VpcId=vpc["VpcId"], CidrBlock="10.2.0.0/24"
    )
    ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.1.0.0/24")
    expect_error(
        ec2_client.create_subnet,
        "InvalidSubnet.Conflict",
        VpcId=vpc["VpcId"],
        CidrBlock="10.1.0.128/25",
    )
    expect_error(
        ec2_client.create_subnet,
        "InvalidParameterValue",
        VpcId=vpc["VpcId"],
        CidrBlock="10.1.5.0/24",
        AvailabilityZone="us-east-1z",
    )
    expect_error(
        ec2_client.create_subnet,
        "InvalidVpcID.NotFound",
        VpcId="vpc-12345678",
        CidrBlock="10.1.6.0/24",
    )
    subnets = ec2_client.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}])[
        "Subnets"
    ]
    assert [s["CidrBlock"] for s in subnets] == ["10.1.0.0/24"]


def test_subnet_with_an_instance_cannot_be_deleted(ec2_client):
    image = ec2_client.describe_images(
        Owners=["amazon"], Filters=[{"Name": "architecture", "Values": ["x86_64"]}]
    )["Images"][0]["ImageId"]
    vpc = ec2_client.create_vpc(CidrBlock="10.3.0.0/16")["Vpc"]
    subnet = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.3.0.0/24")["Subnet"]
    instance = ec2_client.run_instances(
        ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro", SubnetId=subnet["SubnetId"]
    )["Instances"][0]
    assert instance["PrivateIpAddress"] == "10.3.0.4"
    assert "PublicIpAddress" not in instance
    expect_error(ec2_client.delete_subnet, "DependencyViolation", SubnetId=subnet["SubnetId"])
    ec2_client.terminate_instances(InstanceIds=[instance["InstanceId"]])
    ec2_client.delete_subnet(SubnetId=subnet["SubnetId"])


def test_cli_describe_vpcs_and_subnets(aws_cli):
    vpcs = aws_cli("describe-vpcs", "--filters", "Name=is-default,Values=true")["Vpcs"]
    assert vpcs[0]["CidrBlock"] == "172.31.0.0/16"
    subnets = aws_cli("describe-subnets", "--filters", f"Name=vpc-id,Values={vpcs[0]['VpcId']}")
    assert len(subnets["Subnets"]) >= 3
