"""CreateSecurityGroup, DeleteSecurityGroup, DescribeSecurityGroups and the default group."""

from __future__ import annotations

import boto3
import pytest
from groups_support import expect_error

ALL_OUT = {
    "IpProtocol": "-1",
    "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
    "Ipv6Ranges": [],
    "PrefixListIds": [],
    "UserIdGroupPairs": [],
}


def default_vpc_id(client) -> str:
    vpcs = client.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"]
    return vpcs[0]["VpcId"]


def group_names(client, **kwargs) -> list[str]:
    return sorted(
        g["GroupName"] for g in client.describe_security_groups(**kwargs)["SecurityGroups"]
    )


def test_default_vpc_has_its_default_group(ec2_client, localec2):
    (group,) = ec2_client.describe_security_groups()["SecurityGroups"]
    assert group["GroupName"] == "default"
    assert group["Description"] == "default VPC security group"
    assert group["VpcId"] == default_vpc_id(ec2_client)
    assert group["OwnerId"] == localec2.account_id
    assert group["IpPermissionsEgress"] == [ALL_OUT]
    (from_itself,) = group["IpPermissions"]
    assert from_itself["IpProtocol"] == "-1"
    assert from_itself["UserIdGroupPairs"] == [
        {"GroupId": group["GroupId"], "UserId": localec2.account_id}
    ]
    assert group["SecurityGroupArn"].endswith(f":security-group/{group['GroupId']}")


def test_create_in_default_vpc_with_default_egress_and_tags(ec2_client):
    created = ec2_client.create_security_group(
        GroupName="web",
        Description="Web tier",
        TagSpecifications=[
            {"ResourceType": "security-group", "Tags": [{"Key": "team", "Value": "blue"}]}
        ],
    )
    assert created["GroupId"].startswith("sg-")
    assert created["Tags"] == [{"Key": "team", "Value": "blue"}]
    (group,) = ec2_client.describe_security_groups(GroupIds=[created["GroupId"]])["SecurityGroups"]
    assert group["GroupName"] == "web"
    assert group["Description"] == "Web tier"
    assert group["VpcId"] == default_vpc_id(ec2_client)
    assert group["IpPermissions"] == []
    assert group["IpPermissionsEgress"] == [ALL_OUT]
    assert group["Tags"] == [{"Key": "team", "Value": "blue"}]


def test_duplicate_name_in_a_vpc(ec2_client):
    ec2_client.create_security_group(GroupName="dup", Description="first")
    error = expect_error(
        ec2_client.create_security_group,
        "InvalidGroup.Duplicate",
        GroupName="dup",
        Description="second",
    )
    assert "dup" in error["Message"]
    (group,) = [
        g
        for g in ec2_client.describe_security_groups()["SecurityGroups"]
        if g["GroupName"] == "dup"
    ]
    assert group["Description"] == "first"


@pytest.mark.parametrize(
    "name, code",
    [
        ("default", "InvalidGroup.Reserved"),
        ("sg-mine", "InvalidParameterValue"),
        ("x" * 256, "InvalidParameterValue"),
        ("caf\u00e9", "InvalidParameterValue"),
    ],
)
def test_refused_names(ec2_client, name, code):
    expect_error(ec2_client.create_security_group, code, GroupName=name, Description="d")
    assert group_names(ec2_client) == ["default"]


def test_longest_name_and_description_are_accepted(ec2_client):
    ec2_client.create_security_group(GroupName="n" * 255, Description="d" * 255)
    assert "n" * 255 in group_names(ec2_client)
    expect_error(
        ec2_client.create_security_group,
        "InvalidParameterValue",
        GroupName="other",
        Description="d" * 256,
    )


def test_vpc_id_must_exist(ec2_client):
    expect_error(
        ec2_client.create_security_group,
        "InvalidVpcID.NotFound",
        GroupName="g",
        Description="d",
        VpcId="vpc-0123456789abcdef0",
    )
    expect_error(
        ec2_client.create_security_group,
        "InvalidVpcID.Malformed",
        GroupName="g",
        Description="d",
        VpcId="vpc-nothex",
    )
    assert group_names(ec2_client) == ["default"]


def test_groups_in_another_vpc(ec2_client):
    vpc_id = ec2_client.create_vpc(CidrBlock="10.1.0.0/16")["Vpc"]["VpcId"]
    in_vpc = ec2_client.create_security_group(GroupName="web", Description="d", VpcId=vpc_id)
    ec2_client.create_security_group(GroupName="web", Description="same name, default VPC")
    defaults = ec2_client.describe_security_groups(
        Filters=[{"Name": "vpc-id", "Values": [vpc_id]}]
    )["SecurityGroups"]
    assert sorted(g["GroupName"] for g in defaults) == ["default", "web"]
    (by_name,) = ec2_client.describe_security_groups(GroupNames=["web"])["SecurityGroups"]
    assert by_name["VpcId"] == default_vpc_id(ec2_client)
    assert by_name["GroupId"] != in_vpc["GroupId"]


def test_describe_missing_and_malformed(ec2_client):
    expect_error(ec2_client.describe_security_groups, "InvalidGroup.NotFound", GroupNames=["nope"])
    expect_error(
        ec2_client.describe_security_groups,
        "InvalidGroup.NotFound",
        GroupIds=["sg-0123456789abcdef0"],
    )
    expect_error(
        ec2_client.describe_security_groups, "InvalidGroupId.Malformed", GroupIds=["sg-zzz"]
    )
    expect_error(
        ec2_client.describe_security_groups,
        "InvalidParameterValue",
        Filters=[{"Name": "colour", "Values": ["red"]}],
    )


def test_describe_filters(ec2_client, localec2):
    web = ec2_client.create_security_group(GroupName="web", Description="front")["GroupId"]
    app = ec2_client.create_security_group(GroupName="app", Description="middle")["GroupId"]
    ec2_client.authorize_security_group_ingress(
        GroupId=web,
        IpPermissions=[
            {
                "IpProtocol": "tcp",
                "FromPort": 443,
                "ToPort": 443,
                "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
            }
        ],
    )
    ec2_client.authorize_security_group_ingress(
        GroupId=app,
        IpPermissions=[
            {
                "IpProtocol": "tcp",
                "FromPort": 8080,
                "ToPort": 8080,
                "UserIdGroupPairs": [{"GroupId": web}],
            }
        ],
    )
    ec2_client.authorize_security_group_egress(
        GroupId=app,
        IpPermissions=[
            {
                "IpProtocol": "udp",
                "FromPort": 53,
                "ToPort": 53,
                "IpRanges": [{"CidrIp": "10.0.0.0/8"}],
            }
        ],
    )

    def found(name, *values):
        return group_names(ec2_client, Filters=[{"Name": name, "Values": list(values)}])

    assert found("group-name", "w*") == ["web"]
    assert found("group-id", app) == ["app"]
    assert found("description", "mid*") == ["app"]
    assert found("owner-id", localec2.account_id) == ["app", "default", "web"]
    assert found("vpc-id", default_vpc_id(ec2_client)) == ["app", "default", "web"]
    assert found("ip-permission.protocol", "tcp") == ["app", "web"]
    assert found("ip-permission.from-port", "443") == ["web"]
    assert found("ip-permission.to-port", "8080") == ["app"]
    assert found("ip-permission.cidr", "0.0.0.0/0") == ["web"]
    assert found("ip-permission.group-id", web) == ["app"]
    assert found("ip-permission.group-name", "web") == ["app"]
    assert found("egress.ip-permission.cidr", "10.0.0.0/8") == ["app"]
    assert found("egress.ip-permission.protocol", "udp") == ["app"]


def test_describe_pages(ec2_client):
    for i in range(7):
        ec2_client.create_security_group(GroupName=f"g{i}", Description="d")
    paginator = ec2_client.get_paginator("describe_security_groups")
    pages = list(paginator.paginate(PaginationConfig={"PageSize": 5}))
    assert [len(p["SecurityGroups"]) for p in pages] == [5, 3]
    names = [g["GroupName"] for p in pages for g in p["SecurityGroups"]]
    assert sorted(names) == sorted(["default"] + [f"g{i}" for i in range(7)])
    expect_error(
        ec2_client.describe_security_groups,
        "InvalidParameterCombination",
        GroupNames=["g1"],
        MaxResults=5,
    )


def test_delete_by_id_and_by_name(ec2_client):
    by_id = ec2_client.create_security_group(GroupName="a", Description="d")["GroupId"]
    ec2_client.create_security_group(GroupName="b", Description="d")
    deleted = ec2_client.delete_security_group(GroupId=by_id)
    assert deleted["Return"] is True and deleted["GroupId"] == by_id
    ec2_client.delete_security_group(GroupName="b")
    assert group_names(ec2_client) == ["default"]
    rules = ec2_client.describe_security_group_rules()["SecurityGroupRules"]
    assert {r["GroupId"] for r in rules} == {
        ec2_client.describe_security_groups()["SecurityGroups"][0]["GroupId"]
    }


def test_delete_errors(ec2_client):
    expect_error(
        ec2_client.delete_security_group, "InvalidGroup.NotFound", GroupId="sg-0123456789abcdef0"
    )
    expect_error(ec2_client.delete_security_group, "InvalidGroup.NotFound", GroupName="nope")
    expect_error(ec2_client.delete_security_group, "InvalidGroupId.Malformed", GroupId="bad")
    expect_error(ec2_client.delete_security_group, "MissingParameter")
    expect_error(ec2_client.delete_security_group, "CannotDelete", GroupName="default")
    assert group_names(ec2_client) == ["default"]


def test_delete_referenced_group_is_a_dependency_violation(ec2_client):
    source = ec2_client.create_security_group(GroupName="src", Description="d")["GroupId"]
    user = ec2_client.create_security_group(GroupName="user", Description="d")["GroupId"]
    ec2_client.authorize_security_group_ingress(
        GroupId=user,
        IpPermissions=[
            {
                "IpProtocol": "tcp",
                "FromPort": 22,
                "ToPort": 22,
                "UserIdGroupPairs": [{"GroupId": source}],
            }
        ],
    )
    expect_error(ec2_client.delete_security_group, "DependencyViolation", GroupId=source)
    assert "src" in group_names(ec2_client)
    ec2_client.delete_security_group(GroupId=user)
    ec2_client.delete_security_group(GroupId=source)
    assert group_names(ec2_client) == ["default"]


def test_group_referencing_itself_can_be_deleted(ec2_client):
    group = ec2_client.create_security_group(GroupName="self", Description="d")["GroupId"]
    ec2_client.authorize_security_group_ingress(
        GroupId=group,
        IpPermissions=[{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": group}]}],
    )
    ec2_client.delete_security_group(GroupId=group)
    assert group_names(ec2_client) == ["default"]


def test_delete_group_in_use_by_an_instance(ec2_client):
    image = ec2_client.describe_images(
        Owners=["amazon"], Filters=[{"Name": "architecture", "Values": ["x86_64"]}]
    )["Images"][0]["ImageId"]
    group = ec2_client.create_security_group(GroupName="busy", Description="d")["GroupId"]
    instance = ec2_client.run_instances(
        ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro", SecurityGroupIds=[group]
    )
    instance_id = instance["Instances"][0]["InstanceId"]
    expect_error(ec2_client.delete_security_group, "DependencyViolation", GroupId=group)
    ec2_client.terminate_instances(InstanceIds=[instance_id])
    ec2_client.get_waiter("instance_terminated").wait(
        InstanceIds=[instance_id], WaiterConfig={"Delay": 1, "MaxAttempts": 30}
    )
    ec2_client.delete_security_group(GroupId=group)
    assert "busy" not in group_names(ec2_client)


def test_dry_run_changes_nothing(ec2_client):
    expect_error(
        ec2_client.create_security_group,
        "DryRunOperation",
        412,
        GroupName="dry",
        Description="d",
        DryRun=True,
    )
    group = ec2_client.create_security_group(GroupName="kept", Description="d")["GroupId"]
    expect_error(
        ec2_client.delete_security_group, "DryRunOperation", 412, GroupId=group, DryRun=True
    )
    assert group_names(ec2_client) == ["default", "kept"]


def test_resource_api(localec2, ec2_client):
    ec2 = boto3.resource(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    group = ec2.create_security_group(GroupName="res", Description="resource API")
    group.authorize_ingress(IpProtocol="tcp", FromPort=80, ToPort=80, CidrIp="0.0.0.0/0")
    group.reload()
    assert group.group_name == "res"
    assert [(p["IpProtocol"], p["FromPort"]) for p in group.ip_permissions] == [("tcp", 80)]
    group.create_tags(Tags=[{"Key": "k", "Value": "v"}])
    group.reload()
    assert group.tags == [{"Key": "k", "Value": "v"}]
    group.delete()
    assert "res" not in group_names(ec2_client)


def test_aws_cli_groups(aws_cli):
    created = aws_cli("create-security-group", "--group-name", "cli", "--description", "via cli")
    described = aws_cli("describe-security-groups", "--group-names", "cli")["SecurityGroups"]
    assert [g["GroupId"] for g in described] == [created["GroupId"]]
    error = aws_cli(
        "create-security-group", "--group-name", "cli", "--description", "again", expect_error=True
    )
    assert "InvalidGroup.Duplicate" in error
    aws_cli("delete-security-group", "--group-id", created["GroupId"])
    error = aws_cli("describe-security-groups", "--group-names", "cli", expect_error=True)
    assert "InvalidGroup.NotFound" in error


def test_tag_specifications_must_name_a_security_group(ec2_client):
    expect_error(
        ec2_client.create_security_group,
        "InvalidParameterValue",
        GroupName="tagged",
        Description="d",
        TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "k", "Value": "v"}]}],
    )
    assert "tagged" not in group_names(ec2_client)
