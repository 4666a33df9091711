"""DescribeInstances: ids, filters, paging; DescribeInstanceStatus."""

from __future__ import annotations

import pytest
from compute_support import catalog_image, described, launch
from groups_support import expect_error


def test_unknown_and_malformed_instance_ids(ec2_client):
    (instance,) = launch(ec2_client)
    error = expect_error(
        ec2_client.describe_instances,
        "InvalidInstanceID.NotFound",
        InstanceIds=[instance["InstanceId"], "i-12345678"],
    )
    assert "i-12345678" in error["Message"]
    expect_error(
        ec2_client.describe_instances, "InvalidInstanceID.Malformed", InstanceIds=["instance-1"]
    )


def test_instances_grouped_by_reservation(ec2_client):
    first = ec2_client.run_instances(ImageId=catalog_image(ec2_client), MinCount=2, MaxCount=2)
    second = ec2_client.run_instances(ImageId=catalog_image(ec2_client), MinCount=1, MaxCount=1)
    reservations = ec2_client.describe_instances()["Reservations"]
    assert [(r["ReservationId"], len(r["Instances"])) for r in reservations] == [
        (first["ReservationId"], 2),
        (second["ReservationId"], 1),
    ]
    assert all(r["OwnerId"] == first["OwnerId"] for r in reservations)


def _ids(client, *filters):
    return sorted(
        i["InstanceId"]
        for i in described(client, Filters=[{"Name": n, "Values": v} for n, v in filters])
    )


def test_filters(ec2_client):
    ec2_client.create_key_pair(KeyName="k1")
    group = ec2_client.create_security_group(GroupName="web", Description="web")
    (a,) = launch(
        ec2_client,
        KeyName="k1",
        SecurityGroupIds=[group["GroupId"]],
        TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "role", "Value": "web"}]}],
    )
    (b,) = launch(ec2_client, InstanceType="t3.small", Placement={"AvailabilityZone": "us-east-1b"})
    ia, ib = a["InstanceId"], b["InstanceId"]
    both = sorted([ia, ib])
    assert _ids(ec2_client, ("instance-id", [ia])) == [ia]
    assert _ids(ec2_client, ("instance-type", ["t3.small"])) == [ib]
    assert _ids(ec2_client, ("key-name", ["k1"])) == [ia]
    assert _ids(ec2_client, ("tag:role", ["web"])) == [ia]
    assert _ids(ec2_client, ("tag-key", ["role"])) == [ia]
    assert _ids(ec2_client, ("tag-value", ["w*"])) == [ia]
    assert _ids(ec2_client, ("instance.group-id", [group["GroupId"]])) == [ia]
    assert _ids(ec2_client, ("instance.group-name", ["default"])) == [ib]
    assert _ids(ec2_client, ("group-name", ["web"])) == [ia]
    assert _ids(ec2_client, ("availability-zone", ["us-east-1b"])) == [ib]
    assert _ids(ec2_client, ("subnet-id", [b["SubnetId"]])) == [ib]
    assert _ids(ec2_client, ("vpc-id", [a["VpcId"]])) == both
    assert _ids(ec2_client, ("image-id", [a["ImageId"]])) == both
    assert _ids(ec2_client, ("private-ip-address", [a["PrivateIpAddress"]])) == [ia]
    assert _ids(ec2_client, ("ip-address", [b["PublicIpAddress"]])) == [ib]
    assert _ids(ec2_client, ("instance-state-name", ["running"])) == both
    assert _ids(ec2_client, ("instance-state-code", ["16"])) == both
    assert _ids(ec2_client, ("architecture", ["x86_64"])) == both
    assert _ids(ec2_client, ("launch-time", [a["LaunchTime"].strftime("%Y-%m-%dT*")])) == both
    reservation = ec2_client.describe_instances(InstanceIds=[ia])["Reservations"][0]
    assert _ids(ec2_client, ("reservation-id", [reservation["ReservationId"]])) == [ia]
    assert _ids(ec2_client, ("owner-id", [reservation["OwnerId"]])) == both
    assert _ids(ec2_client, ("instance-type", ["t3.small"]), ("key-name", ["k1"])) == []


def test_unknown_filter(ec2_client):
    expect_error(
        ec2_client.describe_instances,
        "InvalidParameterValue",
        Filters=[{"Name": "flavour", "Values": ["x"]}],
    )


def test_paging(ec2_client):
    launched = launch(ec2_client, count=12)
    pages = list(
        ec2_client.get_paginator("describe_instances").paginate(PaginationConfig={"PageSize": 5})
    )
    sizes = [sum(len(r["Instances"]) for r in p["Reservations"]) for p in pages]
    assert sizes == [5, 5, 2]
    seen = [i["InstanceId"] for p in pages for r in p["Reservations"] for i in r["Instances"]]
    assert seen == [i["InstanceId"] for i in launched]


@pytest.mark.parametrize("size", [4, 1001])
def test_max_results_range(ec2_client, size):
    expect_error(ec2_client.describe_instances, "InvalidParameterValue", MaxResults=size)


def test_max_results_with_instance_ids(ec2_client):
    (instance,) = launch(ec2_client)
    expect_error(
        ec2_client.describe_instances,
        "InvalidParameterCombination",
        InstanceIds=[instance["InstanceId"]],
        MaxResults=5,
    )


def test_instance_status(ec2_client):
    running, stopped = launch(ec2_client, count=2)
    ec2_client.stop_instances(InstanceIds=[stopped["InstanceId"]])
    statuses = ec2_client.describe_instance_status()["InstanceStatuses"]
    assert [s["InstanceId"] for s in statuses] == [running["InstanceId"]]
    assert statuses[0]["InstanceState"]["Name"] == "running"
    assert statuses[0]["InstanceStatus"]["Status"] == "ok"
    assert statuses[0]["SystemStatus"]["Status"] == "ok"
    everything = ec2_client.describe_instance_status(IncludeAllInstances=True)["InstanceStatuses"]
    assert {s["InstanceState"]["Name"] for s in everything} == {"running", "stopped"}
    filtered = ec2_client.describe_instance_status(
        IncludeAllInstances=True, Filters=[{"Name": "instance-state-name", "Values": ["stopped"]}]
    )["InstanceStatuses"]
    assert [s["InstanceId"] for s in filtered] == [stopped["InstanceId"]]
    expect_error(
        ec2_client.describe_instance_status,
        "InvalidInstanceID.NotFound",
        InstanceIds=["i-12345678"],
    )


def test_cli_describe_instances(aws_cli, ec2_client):
    (instance,) = launch(ec2_client)
    out = aws_cli("describe-instances", "--instance-ids", instance["InstanceId"])
    (found,) = out["Reservations"][0]["Instances"]
    assert found["InstanceId"] == instance["InstanceId"]
    assert found["State"]["Name"] == "running"
    error = aws_cli("describe-instances", "--instance-ids", "i-12345678", expect_error=True)
    assert "InvalidInstanceID.NotFound" in error


def test_tags_added_later_are_filterable(ec2_client, aws_cli):
    first, second = launch(ec2_client, count=2)
    ec2_client.create_tags(Resources=[second["InstanceId"]], Tags=[{"Key": "env", "Value": "prod"}])
    assert _ids(ec2_client, ("tag:env", ["prod"])) == [second["InstanceId"]]
    out = aws_cli("describe-instances", "--filters", "Name=tag:env,Values=prod")
    assert [i["InstanceId"] for r in out["Reservations"] for i in r["Instances"]] == [
        second["InstanceId"]
    ]
    (tagged,) = described(ec2_client, InstanceIds=[second["InstanceId"]])
    assert tagged["State"]["Name"] == "running" and tagged["Tags"] == [
        {"Key": "env", "Value": "prod"}
    ]
