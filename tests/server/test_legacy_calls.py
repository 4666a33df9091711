"""The old calls boto 2 still makes, on localec2 (boto3 and the AWS CLI): bundle tasks,
ConfirmProductInstance, and ClassicLink as EC2 answers it since EC2-Classic was retired."""

from __future__ import annotations

import pytest
from compute_support import described, launch
from groups_support import expect_error

UNKNOWN_INSTANCE = "i-0123456789abcdef0"
STORAGE = {"S3": {"Bucket": "my-bucket", "Prefix": "winami"}}


@pytest.fixture
def instance_id(ec2_client) -> str:
    (launched,) = launch(ec2_client)
    return launched["InstanceId"]


def test_an_ebs_backed_instance_is_not_bundled(ec2_client, instance_id):
    error = expect_error(
        ec2_client.bundle_instance, "UnsupportedOperation", InstanceId=instance_id, Storage=STORAGE
    )
    assert instance_id in error["Message"]
    assert ec2_client.describe_bundle_tasks()["BundleTasks"] == []
    (instance,) = described(ec2_client, InstanceIds=[instance_id])
    assert instance["State"]["Name"] == "running"


def test_bundle_errors_for_unknown_instances_and_tasks(ec2_client):
    expect_error(
        ec2_client.bundle_instance,
        "InvalidInstanceID.NotFound",
        InstanceId=UNKNOWN_INSTANCE,
        Storage=STORAGE,
    )
    expect_error(
        ec2_client.bundle_instance,
        "InvalidInstanceID.Malformed",
        InstanceId="instance",
        Storage=STORAGE,
    )
    error = expect_error(
        ec2_client.cancel_bundle_task, "InvalidBundleID.NotFound", BundleId="bun-12345678"
    )
    assert "bun-12345678" in error["Message"]
    expect_error(
        ec2_client.describe_bundle_tasks,
        "InvalidBundleID.NotFound",
        BundleIds=["bun-12345678", "bun-87654321"],
    )
    expect_error(
        ec2_client.describe_bundle_tasks,
        "InvalidParameterValue",
        Filters=[{"Name": "bucket", "Values": ["x"]}],
    )
    tasks = ec2_client.describe_bundle_tasks(Filters=[{"Name": "state", "Values": ["complete"]}])
    assert tasks["BundleTasks"] == []


def test_confirm_product_instance(localec2, ec2_client, instance_id):
    answer = ec2_client.confirm_product_instance(ProductCode="774F4FF8", InstanceId=instance_id)
    assert answer["Return"] is False and "OwnerId" not in answer
    expect_error(
        ec2_client.confirm_product_instance,
        "InvalidInstanceID.NotFound",
        ProductCode="774F4FF8",
        InstanceId=UNKNOWN_INSTANCE,
    )
    expect_error(
        ec2_client.confirm_product_instance,
        "DryRunOperation",
        412,
        ProductCode="774F4FF8",
        InstanceId=instance_id,
        DryRun=True,
    )


def test_no_classic_link_instances(ec2_client, instance_id):
    assert ec2_client.describe_classic_link_instances()["Instances"] == []
    answer = ec2_client.describe_classic_link_instances(InstanceIds=[instance_id])
    assert answer["Instances"] == []
    vpc_id = ec2_client.describe_vpcs()["Vpcs"][0]["VpcId"]
    filtered = ec2_client.describe_classic_link_instances(
        Filters=[{"Name": "vpc-id", "Values": [vpc_id]}], MaxResults=5
    )
    assert filtered["Instances"] == [] and "NextToken" not in filtered
    expect_error(
        ec2_client.describe_classic_link_instances,
        "InvalidInstanceID.NotFound",
        InstanceIds=[UNKNOWN_INSTANCE],
    )
    expect_error(
        ec2_client.describe_classic_link_instances,
        "InvalidParameterValue",
        Filters=[{"Name": "group-name", "Values": ["x"]}],
    )


def test_vpc_classic_link_is_not_available(ec2_client, instance_id):
    vpc = ec2_client.describe_vpcs()["Vpcs"][0]
    vpc_id, group_id = vpc["VpcId"], ec2_client.describe_security_groups()["SecurityGroups"][0]
    calls = [
        (ec2_client.describe_vpc_classic_link, {}),
        (ec2_client.describe_vpc_classic_link, {"VpcIds": [vpc_id]}),
        (ec2_client.enable_vpc_classic_link, {"VpcId": vpc_id}),
        (ec2_client.disable_vpc_classic_link, {"VpcId": vpc_id}),
        (ec2_client.describe_vpc_classic_link_dns_support, {}),
        (ec2_client.enable_vpc_classic_link_dns_support, {"VpcId": vpc_id}),
        (ec2_client.disable_vpc_classic_link_dns_support, {"VpcId": vpc_id}),
        (
            ec2_client.attach_classic_link_vpc,
            {"InstanceId": instance_id, "VpcId": vpc_id, "Groups": [group_id["GroupId"]]},
        ),
        (ec2_client.detach_classic_link_vpc, {"InstanceId": instance_id, "VpcId": vpc_id}),
    ]
    for call, kwargs in calls:
        error = expect_error(call, "UnsupportedOperation", **kwargs)
        assert (
            error["Message"] == "The functionality you requested is not available in this region."
        )
    (after,) = ec2_client.describe_vpcs(VpcIds=[vpc_id])["Vpcs"]
    assert after == vpc


def test_aws_cli_legacy_calls(aws_cli, instance_id):
    assert aws_cli("describe-bundle-tasks") == {"BundleTasks": []}
    assert aws_cli("describe-classic-link-instances") == {"Instances": []}
    failed = aws_cli("describe-vpc-classic-link", expect_error=True)
    assert "UnsupportedOperation" in failed
    out = aws_cli(
        "confirm-product-instance", "--product-code", "774F4FF8", "--instance-id", instance_id
    )
    assert out["Return"] is False
