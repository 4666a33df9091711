"""Placement groups: Create/Delete/DescribePlacementGroups, RunInstances into them, and
ModifyInstancePlacement."""

from __future__ import annotations

import pytest
from compute_support import described, launch
from groups_support import expect_error


def _group(client, name="pg-test", strategy="cluster", **kwargs):
    return client.create_placement_group(GroupName=name, Strategy=strategy, **kwargs)[
        "PlacementGroup"
    ]


def _names(client, **kwargs):
    return [g["GroupName"] for g in client.describe_placement_groups(**kwargs)["PlacementGroups"]]


def test_create_describe_delete(ec2_client, localec2):
    group = _group(
        ec2_client,
        "web",
        TagSpecifications=[
            {"ResourceType": "placement-group", "Tags": [{"Key": "team", "Value": "a"}]}
        ],
    )
    assert group["GroupId"].startswith("pg-")
    assert group["State"] == "available" and group["Strategy"] == "cluster"
    assert group["GroupArn"] == (
        f"arn:aws:ec2:{localec2.region}:{localec2.account_id}:placement-group/web"
    )
    assert group["Tags"] == [{"Key": "team", "Value": "a"}]
    assert "PartitionCount" not in group and "SpreadLevel" not in group
    (listed,) = ec2_client.describe_placement_groups(GroupIds=[group["GroupId"]])["PlacementGroups"]
    assert listed == group
    assert _names(ec2_client, GroupNames=["web"]) == ["web"]
    ec2_client.delete_placement_group(GroupName="web")
    assert _names(ec2_client) == []
    expect_error(
        ec2_client.describe_placement_groups, "InvalidPlacementGroup.Unknown", GroupNames=["web"]
    )


def test_strategies_and_their_members(ec2_client):
    assert _group(ec2_client, "p", "partition")["PartitionCount"] == 2
    assert _group(ec2_client, "p7", "partition", PartitionCount=7)["PartitionCount"] == 7
    assert _group(ec2_client, "s", "spread")["SpreadLevel"] == "rack"
    assert _group(ec2_client, "s2", "spread", SpreadLevel="rack")["SpreadLevel"] == "rack"


def test_filters(ec2_client):
    _group(ec2_client, "c1", "cluster")
    spread = _group(
        ec2_client,
        "s1",
        "spread",
        TagSpecifications=[
            {"ResourceType": "placement-group", "Tags": [{"Key": "k", "Value": "v"}]}
        ],
    )
    _group(ec2_client, "p1", "partition", PartitionCount=3)

    def names(name, *values):
        return _names(ec2_client, Filters=[{"Name": name, "Values": list(values)}])

    assert names("strategy", "spread", "partition") == ["s1", "p1"]
    assert names("group-name", "c*") == ["c1"]
    assert names("group-arn", spread["GroupArn"]) == ["s1"]
    assert names("state", "available") == ["c1", "s1", "p1"]
    assert names("spread-level", "rack") == ["s1"]
    assert names("tag:k", "v") == ["s1"]
    expect_error(
        ec2_client.describe_placement_groups,
        "InvalidParameterValue",
        Filters=[{"Name": "group-id", "Values": ["x"]}],
    )


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"GroupName": "dup", "Strategy": "cluster"}, "InvalidPlacementGroup.Duplicate"),
        ({"GroupName": "x" * 256, "Strategy": "cluster"}, "InvalidParameterValue"),
        ({"GroupName": "x", "Strategy": "partition", "PartitionCount": 8}, "InvalidParameterValue"),
        ({"GroupName": "x", "Strategy": "partition", "PartitionCount": 0}, "InvalidParameterValue"),
        (
            {"GroupName": "x", "Strategy": "cluster", "PartitionCount": 2},
            "InvalidParameterCombination",
        ),
        (
            {"GroupName": "x", "Strategy": "partition", "SpreadLevel": "rack"},
            "InvalidParameterCombination",
        ),
        ({"GroupName": "x", "Strategy": "spread", "SpreadLevel": "host"}, "InvalidParameterValue"),
        ({"GroupName": "x"}, "MissingParameter"),
        ({"Strategy": "cluster"}, "MissingParameter"),
        (
            {
                "GroupName": "x",
                "Strategy": "cluster",
                "TagSpecifications": [
                    {"ResourceType": "vpc", "Tags": [{"Key": "a", "Value": "b"}]}
                ],
            },
            "InvalidParameterValue",
        ),
        ({"GroupName": "x", "Strategy": "cluster", "DryRun": True}, "DryRunOperation"),
    ],
)
def test_bad_creates_change_nothing(ec2_client, kwargs, code):
    _group(ec2_client, "dup")
    expect_error(
        ec2_client.create_placement_group,
        code,
        412 if code == "DryRunOperation" else 400,
        **kwargs,
    )
    assert _names(ec2_client) == ["dup"]


def test_unknown_and_malformed(ec2_client):
    _group(ec2_client, "known")
    expect_error(
        ec2_client.describe_placement_groups,
        "InvalidPlacementGroup.Unknown",
        GroupNames=["known", "other"],
    )
    expect_error(
        ec2_client.describe_placement_groups,
        "InvalidPlacementGroupId.Malformed",
        GroupIds=["pg-zz"],
    )
    expect_error(
        ec2_client.describe_placement_groups,
        "InvalidPlacementGroup.Unknown",
        GroupIds=["pg-0123456789abcdef0"],
    )
    expect_error(
        ec2_client.delete_placement_group, "InvalidPlacementGroup.Unknown", GroupName="other"
    )
    expect_error(
        ec2_client.delete_placement_group, "DryRunOperation", 412, GroupName="known", DryRun=True
    )
    assert _names(ec2_client) == ["known"]


def test_instances_in_a_cluster_group(ec2_client):
    group = _group(ec2_client, "hpc")
    # a cluster group's instances share one zone: EC2 refuses a launch without one that the
    # default subnet puts elsewhere, so both name it
    zone = ec2_client.describe_availability_zones()["AvailabilityZones"][0]["ZoneName"]
    (instance,) = launch(
        ec2_client,
        InstanceType="c5.large",
        Placement={"GroupName": "hpc", "AvailabilityZone": zone},
    )
    assert instance["Placement"]["GroupName"] == "hpc"
    assert instance["Placement"]["GroupId"] == group["GroupId"]
    (again,) = launch(
        ec2_client,
        InstanceType="m5.large",
        Placement={"GroupId": group["GroupId"], "AvailabilityZone": zone},
    )
    assert again["Placement"]["GroupName"] == "hpc"
    found = described(ec2_client, Filters=[{"Name": "placement-group-name", "Values": ["hpc"]}])
    assert {i["InstanceId"] for i in found} == {instance["InstanceId"], again["InstanceId"]}
    # EC2 refuses to delete a group with instances in it, until they are terminated
    expect_error(ec2_client.delete_placement_group, "InvalidPlacementGroup.InUse", GroupName="hpc")
    ec2_client.terminate_instances(InstanceIds=[instance["InstanceId"], again["InstanceId"]])
    ec2_client.delete_placement_group(GroupName="hpc")


def test_launch_refusals_change_nothing(ec2_client):
    _group(ec2_client, "hpc")
    _group(ec2_client, "spread", "spread")
    zones = [z["ZoneName"] for z in ec2_client.describe_availability_zones()["AvailabilityZones"]]
    launch(
        ec2_client,
        InstanceType="c5.large",
        Placement={"GroupName": "hpc", "AvailabilityZone": zones[0]},
    )
    error = expect_error(
        launch,
        "InvalidParameterCombination",
        client=ec2_client,
        InstanceType="t3.micro",
        Placement={"GroupName": "hpc"},
    )
    assert "'t3.micro'" in error["Message"]
    error = expect_error(
        launch,
        "InvalidPlacementGroup.InUse",
        client=ec2_client,
        InstanceType="c5.large",
        Placement={"GroupName": "hpc", "AvailabilityZone": zones[1]},
    )
    assert zones[0] in error["Message"]
    expect_error(
        launch, "InvalidPlacementGroup.Unknown", client=ec2_client, Placement={"GroupName": "none"}
    )
    expect_error(
        launch,
        "InvalidPlacementGroupId.Malformed",
        client=ec2_client,
        Placement={"GroupId": "pg-nothex"},
    )
    expect_error(
        launch,
        "InvalidParameterCombination",
        client=ec2_client,
        Placement={"GroupName": "spread", "PartitionNumber": 1},
    )
    expect_error(
        launch,
        "InvalidParameterCombination",
        client=ec2_client,
        Placement={"PartitionNumber": 1},
    )
    # spread: at most seven running instances per zone
    launch(ec2_client, count=5, Placement={"GroupName": "spread", "AvailabilityZone": zones[0]})
    expect_error(
        launch,
        "InvalidParameterValue",
        client=ec2_client,
        count=3,
        Placement={"GroupName": "spread", "AvailabilityZone": zones[0]},
    )
    launch(ec2_client, count=3, Placement={"GroupName": "spread", "AvailabilityZone": zones[1]})
    assert len(described(ec2_client)) == 1 + 5 + 3


def test_partitions(ec2_client):
    _group(ec2_client, "parts", "partition", PartitionCount=3)
    spread = launch(ec2_client, count=4, Placement={"GroupName": "parts"})
    assert [i["Placement"]["PartitionNumber"] for i in spread] == [1, 2, 3, 1]
    (pinned,) = launch(ec2_client, Placement={"GroupName": "parts", "PartitionNumber": 3})
    assert pinned["Placement"]["PartitionNumber"] == 3
    found = described(ec2_client, Filters=[{"Name": "placement-partition-number", "Values": ["3"]}])
    assert len(found) == 2
    expect_error(
        launch,
        "InvalidParameterValue",
        client=ec2_client,
        Placement={"GroupName": "parts", "PartitionNumber": 4},
    )
    assert len(described(ec2_client)) == 5


def test_modify_instance_placement(ec2_client):
    _group(ec2_client, "parts", "partition", PartitionCount=2)
    _group(ec2_client, "hpc")
    (instance,) = launch(ec2_client)
    instance_id = instance["InstanceId"]
    # EC2: the instance must be stopped
    expect_error(
        ec2_client.modify_instance_placement,
        "InvalidInstanceState",
        InstanceId=instance_id,
        GroupName="parts",
    )
    ec2_client.stop_instances(InstanceIds=[instance_id])
    assert ec2_client.modify_instance_placement(
        InstanceId=instance_id, GroupName="parts", PartitionNumber=2
    )["Return"]
    (now,) = described(ec2_client, InstanceIds=[instance_id])
    assert now["Placement"]["GroupName"] == "parts" and now["Placement"]["PartitionNumber"] == 2
    ec2_client.modify_instance_placement(InstanceId=instance_id, PartitionNumber=1)
    (now,) = described(ec2_client, InstanceIds=[instance_id])
    assert now["Placement"]["PartitionNumber"] == 1
    # t3 in a cluster group: refused, nothing changes
    expect_error(
        ec2_client.modify_instance_placement,
        "InvalidParameterCombination",
        InstanceId=instance_id,
        GroupName="hpc",
    )
    expect_error(
        ec2_client.modify_instance_placement,
        "InvalidParameterValue",
        InstanceId=instance_id,
        PartitionNumber=3,
    )
    expect_error(
        ec2_client.modify_instance_placement,
        "InvalidRequest",
        InstanceId=instance_id,
        Tenancy="dedicated",
    )
    expect_error(
        ec2_client.modify_instance_placement,
        "InvalidInstanceID.NotFound",
        InstanceId="i-0123456789abcdef0",
        GroupName="",
    )
    (same,) = described(ec2_client, InstanceIds=[instance_id])
    assert same["Placement"] == now["Placement"]
    # an empty name takes it out of its group
    ec2_client.modify_instance_placement(InstanceId=instance_id, GroupName="")
    (out,) = described(ec2_client, InstanceIds=[instance_id])
    assert out["Placement"]["GroupName"] == ""
    assert "PartitionNumber" not in out["Placement"] and "GroupId" not in out["Placement"]
    ec2_client.delete_placement_group(GroupName="parts")


def test_the_aws_cli(aws_cli):
    created = aws_cli(
        "create-placement-group",
        "--group-name",
        "cli",
        "--strategy",
        "partition",
        "--partition-count",
        "5",
    )
    assert created["PlacementGroup"]["PartitionCount"] == 5
    listed = aws_cli("describe-placement-groups", "--group-names", "cli")
    assert listed["PlacementGroups"][0]["GroupId"] == created["PlacementGroup"]["GroupId"]
    aws_cli("delete-placement-group", "--group-name", "cli")
    assert "InvalidPlacementGroup.Unknown" in aws_cli(
        "delete-placement-group", "--group-name", "cli", expect_error=True
    )


def test_create_tags_and_describe_tags(ec2_client):
    group_id = _group(ec2_client, "tagged")["GroupId"]
    ec2_client.create_tags(Resources=[group_id], Tags=[{"Key": "env", "Value": "dev"}])
    assert _names(ec2_client, Filters=[{"Name": "tag:env", "Values": ["dev"]}]) == ["tagged"]
    tags = ec2_client.describe_tags(
        Filters=[{"Name": "resource-type", "Values": ["placement-group"]}]
    )["Tags"]
    assert tags == [
        {"Key": "env", "ResourceId": group_id, "ResourceType": "placement-group", "Value": "dev"}
    ]
    ec2_client.delete_tags(Resources=[group_id])
    assert not ec2_client.describe_placement_groups()["PlacementGroups"][0].get("Tags")
