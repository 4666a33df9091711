"""CreateTags, DeleteTags and DescribeTags through boto3 and the AWS CLI."""

from __future__ import annotations

import boto3
import pytest
from groups_support import expect_error


@pytest.fixture
def key_id(ec2_client) -> str:
    return ec2_client.create_key_pair(KeyName="tagged")["KeyPairId"]


def tags_of(client, resource_id: str) -> dict[str, str]:
    found = client.describe_tags(Filters=[{"Name": "resource-id", "Values": [resource_id]}])
    return {t["Key"]: t["Value"] for t in found["Tags"]}


def test_create_and_describe_tags(ec2_client, key_id):
    ec2_client.create_tags(
        Resources=[key_id], Tags=[{"Key": "Name", "Value": "web"}, {"Key": "empty", "Value": ""}]
    )
    described = ec2_client.describe_tags()["Tags"]
    assert {(t["Key"], t["Value"], t["ResourceId"], t["ResourceType"]) for t in described} == {
        ("Name", "web", key_id, "key-pair"),
        ("empty", "", key_id, "key-pair"),
    }
    ec2_client.create_tags(Resources=[key_id], Tags=[{"Key": "Name", "Value": "db"}])
    assert tags_of(ec2_client, key_id) == {"Name": "db", "empty": ""}
    (pair,) = ec2_client.describe_key_pairs()["KeyPairs"]
    assert {t["Key"]: t["Value"] for t in pair["Tags"]} == {"Name": "db", "empty": ""}


def test_describe_tags_filters(ec2_client, key_id):
    other = ec2_client.create_key_pair(KeyName="other")["KeyPairId"]
    ec2_client.create_tags(Resources=[key_id, other], Tags=[{"Key": "env", "Value": "prod"}])
    ec2_client.create_tags(Resources=[other], Tags=[{"Key": "role", "Value": "db"}])

    def found(name, *values):
        tags = ec2_client.describe_tags(Filters=[{"Name": name, "Values": list(values)}])["Tags"]
        return sorted((t["ResourceId"], t["Key"]) for t in tags)

    assert found("key", "role") == [(other, "role")]
    assert found("value", "pr*") == sorted([(key_id, "env"), (other, "env")])
    assert found("resource-id", other) == [(other, "env"), (other, "role")]
    assert len(found("resource-type", "key-pair")) == 3
    assert found("resource-type", "instance") == []
    expect_error(
        ec2_client.describe_tags,
        "InvalidParameterValue",
        Filters=[{"Name": "colour", "Values": ["x"]}],
    )


def test_describe_tags_pages(ec2_client, key_id):
    ec2_client.create_tags(
        Resources=[key_id], Tags=[{"Key": f"k{i:02d}", "Value": str(i)} for i in range(12)]
    )
    seen, token = [], None
    while True:
        kwargs = {"MaxResults": 5, **({"NextToken": token} if token else {})}
        page = ec2_client.describe_tags(**kwargs)
        assert len(page["Tags"]) <= 5
        seen += [t["Key"] for t in page["Tags"]]
        token = page.get("NextToken")
        if not token:
            break
    assert sorted(seen) == [f"k{i:02d}" for i in range(12)]
    paginator = ec2_client.get_paginator("describe_tags")
    keys = [
        t["Key"] for p in paginator.paginate(PaginationConfig={"PageSize": 5}) for t in p["Tags"]
    ]
    assert sorted(keys) == sorted(seen)


def test_delete_tags_by_key_by_value_and_all(ec2_client, key_id):
    tags = [
        {"Key": "a", "Value": "1"},
        {"Key": "b", "Value": "2"},
        {"Key": "c", "Value": ""},
        {"Key": "d", "Value": "4"},
    ]
    ec2_client.create_tags(Resources=[key_id], Tags=tags)
    ec2_client.delete_tags(Resources=[key_id], Tags=[{"Key": "a"}])
    assert set(tags_of(ec2_client, key_id)) == {"b", "c", "d"}
    ec2_client.delete_tags(Resources=[key_id], Tags=[{"Key": "b", "Value": "wrong"}])
    assert set(tags_of(ec2_client, key_id)) == {"b", "c", "d"}
    ec2_client.delete_tags(Resources=[key_id], Tags=[{"Key": "b", "Value": "2"}])
    ec2_client.delete_tags(Resources=[key_id], Tags=[{"Key": "d", "Value": ""}])
    assert set(tags_of(ec2_client, key_id)) == {"c", "d"}
    ec2_client.delete_tags(Resources=[key_id], Tags=[{"Key": "c", "Value": ""}])
    assert set(tags_of(ec2_client, key_id)) == {"d"}
    ec2_client.create_tags(Resources=[key_id], Tags=[{"Key": "e", "Value": "5"}])
    ec2_client.delete_tags(Resources=[key_id])
    assert tags_of(ec2_client, key_id) == {}


@pytest.mark.parametrize(
    "resource_id, code",
    [
        ("i-0123456789abcdef0", "InvalidInstanceID.NotFound"),
        ("ami-0123456789abcdef0", "InvalidAMIID.NotFound"),
        ("sg-0123456789abcdef0", "InvalidGroup.NotFound"),
        ("vpc-0123456789abcdef0", "InvalidVpcID.NotFound"),
        ("subnet-0123456789abcdef0", "InvalidSubnetID.NotFound"),
        ("key-0123456789abcdef0", "InvalidKeyPair.NotFound"),
        ("sgr-0123456789abcdef0", "InvalidSecurityGroupRuleId.NotFound"),
        ("i-xyz", "InvalidID"),
        ("zz-0123456789abcdef0", "InvalidID"),
    ],
)
def test_unknown_resource_fails_and_changes_nothing(ec2_client, key_id, resource_id, code):
    expect_error(
        ec2_client.create_tags,
        code,
        Resources=[key_id, resource_id],
        Tags=[{"Key": "x", "Value": "y"}],
    )
    assert tags_of(ec2_client, key_id) == {}
    expect_error(ec2_client.delete_tags, code, Resources=[resource_id])


@pytest.mark.parametrize(
    "tag",
    [
        {"Key": "k" * 129, "Value": "v"},
        {"Key": "k", "Value": "v" * 257},
        {"Key": "aws:reserved", "Value": "v"},
        {"Key": "", "Value": "v"},
    ],
)
def test_invalid_tags_are_refused(ec2_client, key_id, tag):
    expect_error(
        ec2_client.create_tags,
        "InvalidParameterValue",
        Resources=[key_id],
        Tags=[{"Key": "good", "Value": "1"}, tag],
    )
    assert tags_of(ec2_client, key_id) == {}


def test_longest_key_and_value_are_accepted(ec2_client, key_id):
    ec2_client.create_tags(Resources=[key_id], Tags=[{"Key": "k" * 128, "Value": "v" * 256}])
    assert tags_of(ec2_client, key_id) == {"k" * 128: "v" * 256}


def test_fifty_tags_per_resource(ec2_client, key_id):
    ec2_client.create_tags(
        Resources=[key_id], Tags=[{"Key": f"t{i}", "Value": ""} for i in range(50)]
    )
    expect_error(
        ec2_client.create_tags,
        "TagLimitExceeded",
        Resources=[key_id],
        Tags=[{"Key": "one-more", "Value": ""}],
    )
    assert len(tags_of(ec2_client, key_id)) == 50
    ec2_client.create_tags(Resources=[key_id], Tags=[{"Key": "t0", "Value": "replaced"}])
    assert tags_of(ec2_client, key_id)["t0"] == "replaced"


def test_dry_run_changes_nothing(ec2_client, key_id):
    expect_error(
        ec2_client.create_tags,
        "DryRunOperation",
        412,
        Resources=[key_id],
        Tags=[{"Key": "x", "Value": "y"}],
        DryRun=True,
    )
    assert tags_of(ec2_client, key_id) == {}


def test_tags_on_a_security_group_and_its_rules(ec2_client):
    (group,) = ec2_client.describe_security_groups(GroupNames=["default"])["SecurityGroups"]
    ec2_client.create_tags(Resources=[group["GroupId"]], Tags=[{"Key": "tier", "Value": "web"}])
    rules = ec2_client.describe_security_group_rules(
        Filters=[{"Name": "group-id", "Values": [group["GroupId"]]}]
    )["SecurityGroupRules"]
    ec2_client.create_tags(
        Resources=[rules[0]["SecurityGroupRuleId"]], Tags=[{"Key": "why", "Value": "audit"}]
    )
    types = {t["ResourceType"] for t in ec2_client.describe_tags()["Tags"]}
    assert types == {"security-group", "security-group-rule"}
    tagged = ec2_client.describe_security_groups(Filters=[{"Name": "tag:tier", "Values": ["web"]}])[
        "SecurityGroups"
    ]
    assert [g["GroupId"] for g in tagged] == [group["GroupId"]]


def test_aws_cli_tags(aws_cli, ec2_client, key_id):
    aws_cli("create-tags", "--resources", key_id, "--tags", "Key=Name,Value=cli")
    described = aws_cli("describe-tags", "--filters", f"Name=resource-id,Values={key_id}")
    assert described["Tags"] == [
        {"Key": "Name", "ResourceId": key_id, "ResourceType": "key-pair", "Value": "cli"}
    ]
    aws_cli("delete-tags", "--resources", key_id, "--tags", "Key=Name")
    assert tags_of(ec2_client, key_id) == {}
    error = aws_cli(
        "create-tags",
        "--resources",
        "i-0123456789abcdef0",
        "--tags",
        "Key=a,Value=b",
        expect_error=True,
    )
    assert "InvalidInstanceID.NotFound" in error


def test_tags_on_a_public_image_are_the_accounts_own(localec2, ec2_client):
    image = ec2_client.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
    ec2_client.create_tags(Resources=[image], Tags=[{"Key": "team", "Value": "web"}])
    assert tags_of(ec2_client, image) == {"team": "web"}
    (tagged,) = ec2_client.describe_images(
        Owners=["amazon"], Filters=[{"Name": "tag:team", "Values": ["web"]}]
    )["Images"]
    assert tagged["ImageId"] == image and tagged["Tags"] == [{"Key": "team", "Value": "web"}]
    (resource,) = ec2_client.describe_tags(
        Filters=[{"Name": "resource-type", "Values": ["image"]}]
    )["Tags"]
    assert resource["ResourceId"] == image

    other = localec2.create_account()
    stranger = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=other["access_key_id"],
        aws_secret_access_key=other["secret_access_key"],
    )
    assert tags_of(stranger, image) == {}
    (seen,) = stranger.describe_images(ImageIds=[image])["Images"]
    assert seen.get("Tags", []) == []

    ec2_client.delete_tags(Resources=[image], Tags=[{"Key": "team"}])
    assert tags_of(ec2_client, image) == {}
    assert (
        ec2_client.describe_images(Filters=[{"Name": "tag-key", "Values": ["team"]}])["Images"]
        == []
    )
