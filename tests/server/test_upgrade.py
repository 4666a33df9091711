"""A data dir written by an older localec2 (schema 1: private members beside the wire ones)
is upgraded when opened and answers exactly as it did.

`data/schema1_datadir.json` was recorded with localec2 as of commit 775305c: the rows of its
database after a session (a VPC, subnet, group with a rule, key pair, instances with user
data, termination protection and tags, a client token, an Elastic IP, an image shared with
another account, volumes), and what it answered to the Describe calls afterwards.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import boto3
import pytest
from groups_support import expect_error

from localec2.embedded import LocalEC2
from localec2.server.app import DB_NAME
from localec2.state.store import Store

RECORDED = json.loads((Path(__file__).parent / "data" / "schema1_datadir.json").read_text())


@pytest.fixture
def upgraded(tmp_path):
    Store(tmp_path / DB_NAME).close()  # an empty database of schema 1, as older versions made
    db = sqlite3.connect(tmp_path / DB_NAME)
    with db:
        db.executemany(
            "INSERT INTO docs (account, region, kind, id, doc) VALUES (?,?,?,?,?)",
            [(*row[:4], json.dumps(row[4])) for row in RECORDED["rows"]],
        )
    db.close()
    with LocalEC2(data_dir=tmp_path) as ec2:
        yield boto3.client(
            "ec2",
            endpoint_url=ec2.endpoint_url,
            region_name="us-east-1",
            aws_access_key_id=ec2.access_key_id,
            aws_secret_access_key=ec2.secret_access_key,
        )


def _calls(client, answers):
    instance_id = RECORDED["instances"][0]
    own_image = answers["DescribeImages"]["Images"][0]["ImageId"]
    return {
        "DescribeInstances": client.describe_instances,
        "DescribeVolumes": client.describe_volumes,
        "DescribeSecurityGroups": client.describe_security_groups,
        "DescribeSecurityGroupRules": client.describe_security_group_rules,
        "DescribeSubnets": client.describe_subnets,
        "DescribeVpcs": client.describe_vpcs,
        "DescribeAddresses": client.describe_addresses,
        "DescribeImages": lambda: client.describe_images(Owners=["self"]),
        "DescribeImageAttribute": lambda: client.describe_image_attribute(
            ImageId=own_image, Attribute="launchPermission"
        ),
        "DescribeKeyPairs": client.describe_key_pairs,
        "DescribeSnapshots": lambda: client.describe_snapshots(OwnerIds=["self"]),
        "DescribeTags": client.describe_tags,
        "UserData": lambda: client.describe_instance_attribute(
            InstanceId=instance_id, Attribute="userData"
        ),
        "DisableApiTermination": lambda: client.describe_instance_attribute(
            InstanceId=instance_id, Attribute="disableApiTermination"
        ),
    }


# Members localec2 answers since the recording was made (EC2 always did): not changes.
ADDED_SINCE = {"DescribeSnapshots": ("Snapshots", "StorageTier")}


def _without_added(name: str, answer: dict) -> dict:
    if name not in ADDED_SINCE:
        return answer
    items, member = ADDED_SINCE[name]
    return {**answer, items: [{k: v for k, v in i.items() if k != member} for i in answer[items]]}


def test_an_upgraded_data_dir_answers_as_it_did(upgraded):
    answers = RECORDED["answers"]
    for name, call in _calls(upgraded, answers).items():
        answer = call()
        answer.pop("ResponseMetadata")
        answer = _without_added(name, json.loads(json.dumps(answer, default=str)))
        assert answer == answers[name], name


def test_an_upgraded_data_dir_goes_on_as_it_would_have(upgraded):
    first, _ = RECORDED["instances"]
    expect_error(upgraded.terminate_instances, "OperationNotPermitted", InstanceIds=[first])
    (group,) = [
        g for g in upgraded.describe_security_groups()["SecurityGroups"] if g["GroupName"] == "web"
    ]
    upgraded.revoke_security_group_ingress(
        GroupId=group["GroupId"], IpPermissions=group["IpPermissions"]
    )
    (group,) = upgraded.describe_security_groups(GroupIds=[group["GroupId"]])["SecurityGroups"]
    assert group["IpPermissions"] == []
    subnet = RECORDED["subnet"]
    taken = {
        i["PrivateIpAddress"]
        for r in upgraded.describe_instances(Filters=[{"Name": "subnet-id", "Values": [subnet]}])[
            "Reservations"
        ]
        for i in r["Instances"]
    }
    image = RECORDED["answers"]["DescribeInstances"]["Reservations"][0]["Instances"][0]["ImageId"]
    new = upgraded.run_instances(ImageId=image, MinCount=1, MaxCount=1, SubnetId=subnet)
    assert new["Instances"][0]["PrivateIpAddress"] not in taken
    replay = upgraded.run_instances(
        ImageId=image,
        MinCount=2,
        MaxCount=2,
        InstanceType="t3.micro",
        KeyName="k1",
        ClientToken="tok-1",
        UserData=base64.b64encode(b"hello").decode(),
        DisableApiTermination=True,
        TagSpecifications=[
            {"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web"}]},
            {"ResourceType": "volume", "Tags": [{"Key": "v", "Value": "1"}]},
        ],
    )
    assert [i["InstanceId"] for i in replay["Instances"]] == RECORDED["instances"]


def test_an_upgraded_data_dir_gains_the_parts_vpcs_have_now(upgraded):
    """Bootstrapped by an older localec2, each VPC lacked its main route table, default
    network ACL and DHCP options document, and the default VPC its internet gateway: the
    bootstrap runs again (a newer `ec2.bootstrap.VERSION`) and adds them, once."""
    vpcs = upgraded.describe_vpcs()["Vpcs"]
    assert len(vpcs) == 2
    for vpc in vpcs:
        in_vpc = [{"Name": "vpc-id", "Values": [vpc["VpcId"]]}]
        tables = upgraded.describe_route_tables(
            Filters=[*in_vpc, {"Name": "association.main", "Values": ["true"]}]
        )["RouteTables"]
        assert len(tables) == 1
        acls = upgraded.describe_network_acls(
            Filters=[*in_vpc, {"Name": "default", "Values": ["true"]}]
        )["NetworkAcls"]
        assert len(acls) == 1
        upgraded.describe_dhcp_options(DhcpOptionsIds=[vpc["DhcpOptionsId"]])
    (default,) = [vpc for vpc in vpcs if vpc["IsDefault"]]
    gateways = upgraded.describe_internet_gateways(
        Filters=[{"Name": "attachment.vpc-id", "Values": [default["VpcId"]]}]
    )["InternetGateways"]
    assert len(gateways) == 1
