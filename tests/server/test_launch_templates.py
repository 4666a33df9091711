"""Launch templates: templates and their versions, GetLaunchTemplateData, and RunInstances
from a template."""

from __future__ import annotations

import base64

import pytest
from compute_support import catalog_image, described
from groups_support import expect_error


def _create(client, name="web", data=None, **kwargs):
    return client.create_launch_template(
        LaunchTemplateName=name, LaunchTemplateData=data or {"InstanceType": "t3.micro"}, **kwargs
    )["LaunchTemplate"]


def _versions(client, **kwargs):
    found = client.describe_launch_template_versions(**kwargs)["LaunchTemplateVersions"]
    return [(v["LaunchTemplateName"], v["VersionNumber"]) for v in found]


def _names(client, **kwargs):
    found = client.describe_launch_templates(**kwargs)["LaunchTemplates"]
    return [t["LaunchTemplateName"] for t in found]


def test_create_describe_delete(ec2_client, localec2):
    data = {
        "ImageId": catalog_image(ec2_client),
        "InstanceType": "t3.micro",
        "UserData": base64.b64encode(b"#!/bin/sh\necho hi\n").decode(),
        "TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "a", "Value": "b"}]}],
        "MetadataOptions": {"HttpTokens": "required"},
    }
    template = _create(
        ec2_client,
        data=data,
        VersionDescription="first",
        TagSpecifications=[
            {"ResourceType": "launch-template", "Tags": [{"Key": "team", "Value": "x"}]}
        ],
    )
    assert template["LaunchTemplateId"].startswith("lt-")
    assert template["DefaultVersionNumber"] == 1 and template["LatestVersionNumber"] == 1
    assert template["CreatedBy"] == f"arn:aws:iam::{localec2.account_id}:root"
    assert template["Tags"] == [{"Key": "team", "Value": "x"}]
    (listed,) = ec2_client.describe_launch_templates(LaunchTemplateNames=["web"])["LaunchTemplates"]
    assert listed == template
    (version,) = ec2_client.describe_launch_template_versions(
        LaunchTemplateId=template["LaunchTemplateId"]
    )["LaunchTemplateVersions"]
    assert version["LaunchTemplateData"] == data  # returned as given
    assert version["DefaultVersion"] is True and version["VersionDescription"] == "first"
    deleted = ec2_client.delete_launch_template(LaunchTemplateName="web")["LaunchTemplate"]
    assert deleted["LaunchTemplateId"] == template["LaunchTemplateId"]
    assert _names(ec2_client) == []
    expect_error(
        ec2_client.describe_launch_templates,
        "InvalidLaunchTemplateId.NotFound",
        LaunchTemplateIds=[template["LaunchTemplateId"]],
    )


def test_describe_filters_and_paging(ec2_client):
    for name in ("alpha", "beta", "gamma"):
        _create(
            ec2_client,
            name,
            TagSpecifications=[
                {"ResourceType": "launch-template", "Tags": [{"Key": "n", "Value": name}]}
            ],
        )
    assert _names(ec2_client, Filters=[{"Name": "launch-template-name", "Values": ["*a"]}]) == [
        "alpha",
        "beta",
        "gamma",
    ]
    assert _names(ec2_client, Filters=[{"Name": "tag:n", "Values": ["beta"]}]) == ["beta"]
    page = ec2_client.describe_launch_templates(MaxResults=2)
    assert [t["LaunchTemplateName"] for t in page["LaunchTemplates"]] == ["alpha", "beta"]
    rest = ec2_client.describe_launch_templates(MaxResults=2, NextToken=page["NextToken"])
    assert [t["LaunchTemplateName"] for t in rest["LaunchTemplates"]] == ["gamma"]
    expect_error(
        ec2_client.describe_launch_templates,
        "InvalidParameterCombination",
        LaunchTemplateNames=["alpha"],
        MaxResults=5,
    )
    expect_error(
        ec2_client.describe_launch_templates,
        "InvalidParameterValue",
        Filters=[{"Name": "nope", "Values": ["x"]}],
    )


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"LaunchTemplateName": "web"}, "InvalidLaunchTemplateName.AlreadyExistsException"),
        ({"LaunchTemplateName": "ab"}, "InvalidLaunchTemplateName.MalformedException"),
        ({"LaunchTemplateName": "with space"}, "InvalidLaunchTemplateName.MalformedException"),
        ({"LaunchTemplateName": "x" * 129}, "InvalidLaunchTemplateName.MalformedException"),
        (
            {
                "LaunchTemplateName": "other",
                "TagSpecifications": [
                    {"ResourceType": "vpc", "Tags": [{"Key": "a", "Value": "b"}]}
                ],
            },
            "InvalidParameterValue",
        ),
        (
            {
                "LaunchTemplateName": "other",
                "LaunchTemplateData": {
                    "TagSpecifications": [
                        {"ResourceType": "vpc", "Tags": [{"Key": "a", "Value": "b"}]}
                    ]
                },
            },
            "InvalidParameterValue",
        ),
        (
            {
                "LaunchTemplateName": "other",
                "LaunchTemplateData": {
                    "TagSpecifications": [
                        {"ResourceType": "volume", "Tags": [{"Key": "aws:x", "Value": "b"}]}
                    ]
                },
            },
            "InvalidParameterValue",
        ),
        ({"LaunchTemplateName": "other", "DryRun": True}, "DryRunOperation"),
    ],
)
def test_bad_creates_change_nothing(ec2_client, kwargs, code):
    _create(ec2_client)
    params = {"LaunchTemplateData": {"InstanceType": "t3.micro"}, **kwargs}
    expect_error(
        ec2_client.create_launch_template,
        code,
        412 if code == "DryRunOperation" else 400,
        **params,
    )
    assert _names(ec2_client) == ["web"]


def test_unknown_and_malformed(ec2_client):
    expect_error(
        ec2_client.describe_launch_templates,
        "InvalidLaunchTemplateId.Malformed",
        LaunchTemplateIds=["lt-nothex"],
    )
    expect_error(
        ec2_client.describe_launch_templates,
        "InvalidLaunchTemplateName.NotFoundException",
        LaunchTemplateNames=["nope"],
    )
    expect_error(
        ec2_client.delete_launch_template,
        "InvalidLaunchTemplateId.NotFound",
        LaunchTemplateId="lt-0123456789abcdef0",
    )
    expect_error(
        ec2_client.delete_launch_template,
        "InvalidLaunchTemplateName.NotFoundException",
        LaunchTemplateName="nope",
    )
    expect_error(ec2_client.delete_launch_template, "MissingParameter")
    expect_error(
        ec2_client.modify_launch_template,
        "InvalidLaunchTemplateName.NotFoundException",
        LaunchTemplateName="nope",
        DefaultVersion="1",
    )


def test_versions_from_a_source_and_the_default(ec2_client):
    template = _create(ec2_client, data={"InstanceType": "t3.micro", "KeyName": "k"})
    template_id = template["LaunchTemplateId"]
    second = ec2_client.create_launch_template_version(
        LaunchTemplateId=template_id,
        SourceVersion="1",
        LaunchTemplateData={"InstanceType": "m5.large"},
        VersionDescription="bigger",
    )["LaunchTemplateVersion"]
    assert second["VersionNumber"] == 2 and second["DefaultVersion"] is False
    # EC2: the new version inherits what it does not set from its source
    assert second["LaunchTemplateData"] == {"InstanceType": "m5.large", "KeyName": "k"}
    third = ec2_client.create_launch_template_version(
        LaunchTemplateName="web", LaunchTemplateData={"ImageId": "ami-12345678"}
    )["LaunchTemplateVersion"]
    assert third["LaunchTemplateData"] == {"ImageId": "ami-12345678"}
    assert _versions(ec2_client, LaunchTemplateId=template_id) == [
        ("web", 3),
        ("web", 2),
        ("web", 1),
    ]
    assert _versions(ec2_client, LaunchTemplateName="web", Versions=["$Latest", "1"]) == [
        ("web", 3),
        ("web", 1),
    ]
    assert _versions(ec2_client, LaunchTemplateId=template_id, MinVersion="2") == [
        ("web", 3),
        ("web", 2),
    ]
    assert _versions(ec2_client, LaunchTemplateId=template_id, MaxVersion="2") == [
        ("web", 2),
        ("web", 1),
    ]
    filtered = _versions(
        ec2_client,
        LaunchTemplateId=template_id,
        Filters=[{"Name": "instance-type", "Values": ["m5.large"]}],
    )
    assert filtered == [("web", 2)]
    modified = ec2_client.modify_launch_template(LaunchTemplateId=template_id, DefaultVersion="2")
    assert modified["LaunchTemplate"]["DefaultVersionNumber"] == 2
    assert _versions(ec2_client, LaunchTemplateId=template_id, Versions=["$Default"]) == [
        ("web", 2)
    ]
    assert _versions(
        ec2_client,
        LaunchTemplateId=template_id,
        Filters=[{"Name": "is-default-version", "Values": ["true"]}],
    ) == [("web", 2)]
    page = ec2_client.describe_launch_template_versions(LaunchTemplateId=template_id, MaxResults=2)
    assert len(page["LaunchTemplateVersions"]) == 2 and page["NextToken"]
    expect_error(
        ec2_client.modify_launch_template,
        "InvalidLaunchTemplateId.VersionNotFound",
        LaunchTemplateId=template_id,
        DefaultVersion="9",
    )
    expect_error(
        ec2_client.describe_launch_template_versions,
        "InvalidLaunchTemplateId.VersionNotFound",
        LaunchTemplateId=template_id,
        Versions=["7"],
    )
    expect_error(
        ec2_client.create_launch_template_version,
        "InvalidLaunchTemplateId.VersionNotFound",
        LaunchTemplateId=template_id,
        SourceVersion="8",
        LaunchTemplateData={"KeyName": "k"},
    )
    assert ec2_client.describe_launch_templates()["LaunchTemplates"][0]["LatestVersionNumber"] == 3


def test_latest_and_default_of_every_template(ec2_client):
    _create(ec2_client, "one")
    _create(ec2_client, "two")
    ec2_client.create_launch_template_version(
        LaunchTemplateName="two", LaunchTemplateData={"InstanceType": "c5.large"}
    )
    assert _versions(ec2_client, Versions=["$Latest"]) == [("one", 1), ("two", 2)]
    assert _versions(ec2_client, Versions=["$Latest", "$Default"]) == [
        ("one", 1),
        ("one", 1),
        ("two", 2),
        ("two", 1),
    ]
    expect_error(ec2_client.describe_launch_template_versions, "MissingParameter")
    expect_error(
        ec2_client.describe_launch_template_versions, "InvalidParameterValue", Versions=["1"]
    )


def test_delete_versions(ec2_client):
    template_id = _create(ec2_client)["LaunchTemplateId"]
    for _ in range(3):
        ec2_client.create_launch_template_version(
            LaunchTemplateId=template_id, LaunchTemplateData={"InstanceType": "c5.large"}
        )
    result = ec2_client.delete_launch_template_versions(
        LaunchTemplateId=template_id, Versions=["1", "3", "4", "9"]
    )
    assert [v["VersionNumber"] for v in result["SuccessfullyDeletedLaunchTemplateVersions"]] == [
        3,
        4,
    ]
    failed = {
        v["VersionNumber"]: v["ResponseError"]["Code"]
        for v in result["UnsuccessfullyDeletedLaunchTemplateVersions"]
    }
    assert failed == {1: "unexpectedError", 9: "launchTemplateVersionDoesNotExist"}
    assert _versions(ec2_client, LaunchTemplateId=template_id) == [("web", 2), ("web", 1)]
    (template,) = ec2_client.describe_launch_templates()["LaunchTemplates"]
    assert template["LatestVersionNumber"] == 2
    # a version number is never used again
    again = ec2_client.create_launch_template_version(
        LaunchTemplateId=template_id, LaunchTemplateData={"KeyName": "k"}
    )["LaunchTemplateVersion"]
    assert again["VersionNumber"] == 5
    expect_error(
        ec2_client.delete_launch_template_versions,
        "InvalidParameterValue",
        LaunchTemplateId=template_id,
        Versions=["$Latest"],
    )
    expect_error(
        ec2_client.delete_launch_template_versions,
        "DryRunOperation",
        412,
        LaunchTemplateId=template_id,
        Versions=["2"],
        DryRun=True,
    )
    assert len(_versions(ec2_client, LaunchTemplateId=template_id)) == 3


def test_run_instances_from_a_template(ec2_client):
    image_id = catalog_image(ec2_client)
    group_id = ec2_client.create_security_group(GroupName="web", Description="web")["GroupId"]
    user_data = base64.b64encode(b"echo template").decode()
    template = _create(
        ec2_client,
        data={
            "ImageId": image_id,
            "InstanceType": "t3.small",
            "SecurityGroupIds": [group_id],
            "UserData": user_data,
            "TagSpecifications": [
                {"ResourceType": "instance", "Tags": [{"Key": "from", "Value": "template"}]}
            ],
        },
    )
    ec2_client.create_launch_template_version(
        LaunchTemplateId=template["LaunchTemplateId"],
        SourceVersion="1",
        LaunchTemplateData={"InstanceType": "c5.large"},
    )
    (default,) = ec2_client.run_instances(
        MinCount=1, MaxCount=1, LaunchTemplate={"LaunchTemplateName": "web"}
    )["Instances"]
    assert default["InstanceType"] == "t3.small" and default["ImageId"] == image_id
    assert [g["GroupId"] for g in default["SecurityGroups"]] == [group_id]
    tags = {t["Key"]: t["Value"] for t in default["Tags"]}
    assert tags == {
        "from": "template",
        "aws:ec2launchtemplate:id": template["LaunchTemplateId"],
        "aws:ec2launchtemplate:version": "1",
    }
    attribute = ec2_client.describe_instance_attribute(
        InstanceId=default["InstanceId"], Attribute="userData"
    )
    assert attribute["UserData"]["Value"] == user_data
    (latest,) = ec2_client.run_instances(
        MinCount=1,
        MaxCount=1,
        LaunchTemplate={"LaunchTemplateId": template["LaunchTemplateId"], "Version": "$Latest"},
        TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "own", "Value": "tag"}]}],
    )["Instances"]
    assert latest["InstanceType"] == "c5.large"
    tags = {t["Key"]: t["Value"] for t in latest["Tags"]}
    assert tags["own"] == "tag" and "from" not in tags  # the request's members win
    assert tags["aws:ec2launchtemplate:version"] == "2"
    # the request's own members win
    (own,) = ec2_client.run_instances(
        MinCount=1,
        MaxCount=1,
        InstanceType="m5.large",
        LaunchTemplate={"LaunchTemplateName": "web", "Version": "2"},
    )["Instances"]
    assert own["InstanceType"] == "m5.large"
    found = described(
        ec2_client,
        Filters=[
            {"Name": "tag:aws:ec2launchtemplate:id", "Values": [template["LaunchTemplateId"]]}
        ],
    )
    assert len(found) == 3


def test_launch_refusals_change_nothing(ec2_client):
    template_id = _create(ec2_client, data={"InstanceType": "t3.micro"})["LaunchTemplateId"]

    def run(code, **kwargs):
        expect_error(ec2_client.run_instances, code, MinCount=1, MaxCount=1, **kwargs)

    # EC2 asks for the image the template does not give
    run("MissingParameter", LaunchTemplate={"LaunchTemplateId": template_id})
    run(
        "InvalidLaunchTemplateId.VersionNotFound",
        ImageId=catalog_image(ec2_client),
        LaunchTemplate={"LaunchTemplateId": template_id, "Version": "4"},
    )
    run(
        "InvalidLaunchTemplateId.NotFound",
        LaunchTemplate={"LaunchTemplateId": "lt-0123456789abcdef0"},
    )
    run("InvalidLaunchTemplateId.Malformed", LaunchTemplate={"LaunchTemplateId": "lt-x"})
    run("InvalidLaunchTemplateName.NotFoundException", LaunchTemplate={"LaunchTemplateName": "no"})
    assert described(ec2_client) == []


def test_get_launch_template_data(ec2_client):
    image_id = catalog_image(ec2_client)
    (instance,) = ec2_client.run_instances(
        ImageId=image_id,
        MinCount=1,
        MaxCount=1,
        InstanceType="t3.micro",
        UserData="echo data",
        TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "k", "Value": "v"}]}],
    )["Instances"]
    data = ec2_client.get_launch_template_data(InstanceId=instance["InstanceId"])[
        "LaunchTemplateData"
    ]
    assert data["ImageId"] == image_id and data["InstanceType"] == "t3.micro"
    assert data["TagSpecifications"] == [
        {"ResourceType": "instance", "Tags": [{"Key": "k", "Value": "v"}]}
    ]
    assert data["Placement"]["AvailabilityZone"] == instance["Placement"]["AvailabilityZone"]
    assert data["BlockDeviceMappings"][0]["DeviceName"] == instance["RootDeviceName"]
    assert data["NetworkInterfaces"][0]["SubnetId"] == instance["SubnetId"]
    assert base64.b64decode(data["UserData"]) == b"echo data"
    # the data launches the instance again (less what only a response has: the metadata
    # options' State, and the interface of the instance's own subnet)
    metadata = {k: v for k, v in data["MetadataOptions"].items() if k != "State"}
    again = {**data, "MetadataOptions": metadata, "NetworkInterfaces": []}
    template = _create(ec2_client, "again", data=again)
    (copy,) = ec2_client.run_instances(
        MinCount=1, MaxCount=1, LaunchTemplate={"LaunchTemplateId": template["LaunchTemplateId"]}
    )["Instances"]
    assert copy["InstanceType"] == "t3.micro" and copy["ImageId"] == image_id
    expect_error(
        ec2_client.get_launch_template_data,
        "InvalidInstanceID.NotFound",
        InstanceId="i-0123456789abcdef0",
    )


def test_the_aws_cli(aws_cli):
    created = aws_cli(
        "create-launch-template",
        "--launch-template-name",
        "cli",
        "--launch-template-data",
        '{"InstanceType": "t3.micro"}',
    )
    template_id = created["LaunchTemplate"]["LaunchTemplateId"]
    aws_cli(
        "create-launch-template-version",
        "--launch-template-id",
        template_id,
        "--launch-template-data",
        '{"InstanceType": "m5.large"}',
    )
    listed = aws_cli("describe-launch-template-versions", "--launch-template-id", template_id)
    assert [v["VersionNumber"] for v in listed["LaunchTemplateVersions"]] == [2, 1]
    aws_cli("delete-launch-template", "--launch-template-id", template_id)
    assert "InvalidLaunchTemplateId.NotFound" in aws_cli(
        "delete-launch-template", "--launch-template-id", template_id, expect_error=True
    )


def test_create_tags_and_describe_tags(ec2_client):
    template_id = _create(ec2_client)["LaunchTemplateId"]
    ec2_client.create_tags(Resources=[template_id], Tags=[{"Key": "env", "Value": "dev"}])
    assert _names(ec2_client, Filters=[{"Name": "tag-key", "Values": ["env"]}]) == ["web"]
    tags = ec2_client.describe_tags(
        Filters=[{"Name": "resource-type", "Values": ["launch-template"]}]
    )["Tags"]
    assert [t["ResourceId"] for t in tags] == [template_id]
