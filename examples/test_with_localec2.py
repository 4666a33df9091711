"""Your own EC2 code, tested against localec2 with the fixtures boto-ec2 gives pytest.

    pip install 'boto-ec2[server]' boto3 pytest
    pytest examples/test_with_localec2.py

Nothing to configure: the first test that asks for a fixture starts an in-memory localec2
on a free loopback port, and every test starts from a fresh account (the default VPC, its
subnets and security group, nothing else).
"""

from __future__ import annotations

import boto3

# --- the code under test --------------------------------------------------------------------


def open_web_tier(ec2, vpc_id: str) -> str:
    """A security group open to the world on port 443; returns its id."""
    group_id: str = ec2.create_security_group(
        GroupName="web", Description="HTTPS from anywhere", VpcId=vpc_id
    )["GroupId"]
    ec2.authorize_security_group_ingress(
        GroupId=group_id,
        IpPermissions=[
            {
                "IpProtocol": "tcp",
                "FromPort": 443,
                "ToPort": 443,
                "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
            }
        ],
    )
    return group_id


def count_running_instances() -> int:
    """Code that builds its own client, configured by the environment."""
    ec2 = boto3.client("ec2")
    filters = [{"Name": "instance-state-name", "Values": ["running"]}]
    reservations = ec2.describe_instances(Filters=filters)["Reservations"]
    return sum(len(reservation["Instances"]) for reservation in reservations)


# --- the tests ------------------------------------------------------------------------------


def test_open_web_tier(localec2_boto3):
    """`localec2_boto3`: boto3's EC2 client for the endpoint."""
    default = {"Name": "is-default", "Values": ["true"]}
    [vpc] = localec2_boto3.describe_vpcs(Filters=[default])["Vpcs"]
    group_id = open_web_tier(localec2_boto3, vpc["VpcId"])
    [group] = localec2_boto3.describe_security_groups(GroupIds=[group_id])["SecurityGroups"]
    assert [(rule["FromPort"], rule["IpRanges"]) for rule in group["IpPermissions"]] == [
        (443, [{"CidrIp": "0.0.0.0/0"}])
    ]


def test_every_test_starts_afresh(localec2_boto3):
    """The group the test above made is gone; the default one is there."""
    groups = localec2_boto3.describe_security_groups()["SecurityGroups"]
    assert [group["GroupName"] for group in groups] == ["default"]


def test_code_that_builds_its_own_client(localec2_env, localec2_boto3):
    """`localec2_env`: AWS_ENDPOINT_URL_EC2, the key and the region, set for this test."""
    image_id = localec2_boto3.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
    localec2_boto3.run_instances(ImageId=image_id, MinCount=2, MaxCount=2)
    assert count_running_instances() == 2


def test_legacy_boto(localec2_boto):
    """`localec2_boto`: boto's EC2Connection, for code written against boto 2."""
    key = localec2_boto.create_key_pair("deploy")
    assert key.material.startswith("-----BEGIN")
    assert [k.name for k in localec2_boto.get_all_key_pairs()] == ["deploy"]


def test_the_endpoint(localec2):
    """`localec2`: where it is and whose key it takes, for clients made your own way."""
    client = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    [vpc] = client.describe_vpcs()["Vpcs"]
    assert vpc["OwnerId"] == localec2.account_id
