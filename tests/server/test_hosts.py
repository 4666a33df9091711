"""Dedicated Hosts: AllocateHosts, DescribeHosts, ModifyHosts, ReleaseHosts, and instances
launched on them."""

from __future__ import annotations

import pytest
from compute_support import described, launch
from groups_support import expect_error


@pytest.fixture
def zones(ec2_client):
    return [z["ZoneName"] for z in ec2_client.describe_availability_zones()["AvailabilityZones"]]


def _allocate(client, zone, **kwargs):
    params = {"InstanceType": "m5.large", "AvailabilityZone": zone, **kwargs}
    return client.allocate_hosts(**{k: v for k, v in params.items() if v is not None})["HostIds"]


def _host(client, host_id):
    (host,) = client.describe_hosts(HostIds=[host_id])["Hosts"]
    return host


def test_allocate_and_describe(ec2_client, zones, localec2):
    (host_id,) = _allocate(
        ec2_client,
        zones[0],
        AutoPlacement="on",
        TagSpecifications=[
            {"ResourceType": "dedicated-host", "Tags": [{"Key": "k", "Value": "v"}]}
        ],
    )
    assert host_id.startswith("h-")
    host = _host(ec2_client, host_id)
    assert host["State"] == "available" and host["AvailabilityZone"] == zones[0]
    assert host["AutoPlacement"] == "on" and host["HostRecovery"] == "off"
    assert host["OwnerId"] == localec2.account_id
    assert host["Tags"] == [{"Key": "k", "Value": "v"}]
    # reconstructed from the catalogue: the family's largest type, m5.24xlarge (96 vCPUs)
    assert host["HostProperties"] == {
        "Cores": 48,
        "Sockets": 2,
        "TotalVCpus": 96,
        "InstanceType": "m5.large",
    }
    assert host["AvailableCapacity"] == {
        "AvailableInstanceCapacity": [
            {"AvailableCapacity": 48, "InstanceType": "m5.large", "TotalCapacity": 48}
        ],
        "AvailableVCpus": 96,
    }
    assert host["Instances"] == []


def test_family_hosts_filters_and_paging(ec2_client, zones):
    family = _allocate(ec2_client, zones[1], InstanceType=None, InstanceFamily="c5", Quantity=3)
    (single,) = _allocate(ec2_client, zones[0])
    host = _host(ec2_client, family[0])
    assert host["AllowsMultipleInstanceTypes"] == "on"
    assert host["HostProperties"]["InstanceFamily"] == "c5"
    capacity = {
        c["InstanceType"]: c["TotalCapacity"]
        for c in host["AvailableCapacity"]["AvailableInstanceCapacity"]
    }
    assert capacity["c5.large"] == 48 and capacity["c5.24xlarge"] == 1

    def ids(name, *values):
        hosts = ec2_client.describe_hosts(Filter=[{"Name": name, "Values": list(values)}])
        return [h["HostId"] for h in hosts["Hosts"]]

    assert ids("availability-zone", zones[1]) == family
    assert ids("instance-type", "m5.large") == [single]
    assert ids("state", "available") == [*family, single]
    first = ec2_client.describe_hosts(MaxResults=5)
    assert len(first["Hosts"]) == 4 and "NextToken" not in first
    expect_error(ec2_client.describe_hosts, "InvalidParameterValue", MaxResults=1)
    expect_error(
        ec2_client.describe_hosts,
        "InvalidParameterCombination",
        HostIds=[single],
        MaxResults=5,
    )
    expect_error(ec2_client.describe_hosts, "InvalidHostId.Malformed", HostIds=["h-xyz"])
    expect_error(
        ec2_client.describe_hosts, "InvalidHostID.NotFound", HostIds=["h-0123456789abcdef0"]
    )
    expect_error(
        ec2_client.describe_hosts,
        "InvalidParameterValue",
        Filter=[{"Name": "no-such-filter", "Values": ["x"]}],
    )


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"InstanceType": "m5.large"}, "MissingParameter"),
        ({"InstanceType": "m5.large", "AvailabilityZone": "nowhere-1z"}, "InvalidParameterValue"),
        ({"InstanceType": "t2.micro", "AvailabilityZone": "ZONE"}, "InvalidParameterValue"),
        ({"InstanceType": "m9.large", "AvailabilityZone": "ZONE"}, "InvalidParameterValue"),
        ({"InstanceFamily": "t3", "AvailabilityZone": "ZONE"}, "InvalidParameterValue"),
        ({"AvailabilityZone": "ZONE"}, "InvalidParameterCombination"),
        (
            {"InstanceType": "m5.large", "InstanceFamily": "m5", "AvailabilityZone": "ZONE"},
            "InvalidParameterCombination",
        ),
        (
            {"InstanceType": "m5.large", "AvailabilityZone": "ZONE", "Quantity": 0},
            "InvalidQuantity",
        ),
        (
            {
                "InstanceType": "m5.large",
                "AvailabilityZone": "ZONE",
                "TagSpecifications": [
                    {"ResourceType": "vpc", "Tags": [{"Key": "a", "Value": "b"}]}
                ],
            },
            "InvalidParameterValue",
        ),
    ],
)
def test_bad_allocations_change_nothing(ec2_client, zones, kwargs, code):
    params = {k: (zones[0] if v == "ZONE" else v) for k, v in kwargs.items()}
    expect_error(ec2_client.allocate_hosts, code, **params)
    assert ec2_client.describe_hosts()["Hosts"] == []


def test_client_token_answers_the_same_hosts(ec2_client, zones):
    first = _allocate(ec2_client, zones[0], Quantity=2, ClientToken="t-1")
    assert _allocate(ec2_client, zones[0], Quantity=2, ClientToken="t-1") == first
    assert len(ec2_client.describe_hosts()["Hosts"]) == 2


def test_instances_on_a_host(ec2_client, zones):
    (host_id,) = _allocate(ec2_client, zones[0])
    (instance,) = launch(
        ec2_client,
        InstanceType="m5.large",
        Placement={"HostId": host_id, "AvailabilityZone": zones[0]},
    )
    assert instance["Placement"]["HostId"] == host_id
    assert instance["Placement"]["Tenancy"] == "host"
    assert instance["Placement"]["Affinity"] == "default"
    # without a zone, the instance goes to the host's
    (other,) = launch(ec2_client, InstanceType="m5.large", Placement={"HostId": host_id})
    assert other["Placement"]["AvailabilityZone"] == zones[0]
    host = _host(ec2_client, host_id)
    assert {i["InstanceId"] for i in host["Instances"]} == {
        instance["InstanceId"],
        other["InstanceId"],
    }
    assert host["AvailableCapacity"]["AvailableInstanceCapacity"][0]["AvailableCapacity"] == 46
    assert host["AvailableCapacity"]["AvailableVCpus"] == 92
    found = described(ec2_client, Filters=[{"Name": "host-id", "Values": [host_id]}])
    assert len(found) == 2
    # ReleaseHosts refuses a host with instances on it
    result = ec2_client.release_hosts(HostIds=[host_id])
    assert result["Successful"] == []
    (failed,) = result["Unsuccessful"]
    assert failed["ResourceId"] == host_id and "InvalidHostState" in failed["Error"]["Code"]
    ec2_client.terminate_instances(InstanceIds=[instance["InstanceId"], other["InstanceId"]])
    result = ec2_client.release_hosts(HostIds=[host_id, "h-0123456789abcdef0"])
    assert result["Successful"] == [host_id]
    assert result["Unsuccessful"][0]["ResourceId"] == "h-0123456789abcdef0"
    assert _host(ec2_client, host_id)["State"] == "released"
    expect_error(
        launch,
        "InvalidHostState",
        client=ec2_client,
        InstanceType="m5.large",
        Placement={"HostId": host_id},
    )


def test_auto_placement_and_capacity(ec2_client, zones):
    (manual,) = _allocate(ec2_client, zones[0], InstanceType="m5.24xlarge")
    expect_error(
        launch,
        "IncompatibleHostRequirements",
        client=ec2_client,
        InstanceType="m5.24xlarge",
        Placement={"Tenancy": "host", "AvailabilityZone": zones[0]},
    )
    ec2_client.modify_hosts(HostIds=[manual], AutoPlacement="on")
    (placed,) = launch(
        ec2_client,
        InstanceType="m5.24xlarge",
        Placement={"Tenancy": "host", "AvailabilityZone": zones[0]},
    )
    assert placed["Placement"]["HostId"] == manual
    expect_error(
        launch,
        "InsufficientCapacityOnHost",
        client=ec2_client,
        InstanceType="m5.24xlarge",
        Placement={"HostId": manual},
    )
    expect_error(
        launch,
        "IncompatibleHostRequirements",
        client=ec2_client,
        InstanceType="m5.large",
        Placement={"HostId": manual},
    )
    expect_error(
        launch,
        "InvalidParameterValue",
        client=ec2_client,
        InstanceType="m5.24xlarge",
        Placement={"HostId": manual, "AvailabilityZone": zones[1]},
    )
    expect_error(
        launch,
        "InvalidParameterCombination",
        client=ec2_client,
        InstanceType="m5.24xlarge",
        Placement={"HostId": manual, "Tenancy": "dedicated"},
    )
    expect_error(
        launch,
        "InvalidHostId.Malformed",
        client=ec2_client,
        InstanceType="m5.large",
        Placement={"HostId": "h-bad"},
    )
    assert len(described(ec2_client)) == 1


def test_modify_hosts(ec2_client, zones):
    (host_id,) = _allocate(ec2_client, zones[0])
    result = ec2_client.modify_hosts(HostIds=[host_id], HostRecovery="on", InstanceFamily="m5")
    assert result["Successful"] == [host_id]
    host = _host(ec2_client, host_id)
    assert host["HostRecovery"] == "on" and host["HostProperties"]["InstanceFamily"] == "m5"
    launch(ec2_client, InstanceType="m5.xlarge", Placement={"HostId": host_id})
    result = ec2_client.modify_hosts(HostIds=[host_id], InstanceType="m5.large")
    assert result["Successful"] == [] and result["Unsuccessful"][0]["ResourceId"] == host_id
    assert _host(ec2_client, host_id)["HostProperties"]["InstanceFamily"] == "m5"
    expect_error(ec2_client.modify_hosts, "MissingParameter", HostIds=[host_id])
    expect_error(
        ec2_client.modify_hosts, "InvalidHostId.Malformed", HostIds=["h-1"], AutoPlacement="on"
    )


def test_modify_instance_placement_between_hosts(ec2_client, zones):
    first, second = _allocate(ec2_client, zones[0], Quantity=2)
    (instance,) = launch(ec2_client, InstanceType="m5.large", Placement={"HostId": first})
    instance_id = instance["InstanceId"]
    ec2_client.stop_instances(InstanceIds=[instance_id])
    ec2_client.modify_instance_placement(InstanceId=instance_id, HostId=second, Affinity="host")
    (moved,) = described(ec2_client, InstanceIds=[instance_id])
    assert moved["Placement"]["HostId"] == second and moved["Placement"]["Affinity"] == "host"
    assert _host(ec2_client, first)["Instances"] == []
    ec2_client.modify_instance_placement(InstanceId=instance_id, Tenancy="dedicated")
    (dedicated,) = described(ec2_client, InstanceIds=[instance_id])
    assert dedicated["Placement"]["Tenancy"] == "dedicated"
    assert "HostId" not in dedicated["Placement"]
    expect_error(
        ec2_client.modify_instance_placement,
        "InvalidHostID.NotFound",
        InstanceId=instance_id,
        HostId="h-0123456789abcdef0",
    )


def test_the_aws_cli(aws_cli, zones):
    allocated = aws_cli(
        "allocate-hosts",
        "--instance-type",
        "c5.large",
        "--availability-zone",
        zones[0],
        "--quantity",
        "1",
    )
    (host_id,) = allocated["HostIds"]
    hosts = aws_cli("describe-hosts", "--host-ids", host_id)["Hosts"]
    assert hosts[0]["HostProperties"]["InstanceType"] == "c5.large"
    released = aws_cli("release-hosts", "--host-ids", host_id)
    assert released["Successful"] == [host_id]


def test_create_tags_and_describe_tags(ec2_client, zones):
    (host_id,) = _allocate(ec2_client, zones[0])
    ec2_client.create_tags(Resources=[host_id], Tags=[{"Key": "env", "Value": "dev"}])
    assert _host(ec2_client, host_id)["Tags"] == [{"Key": "env", "Value": "dev"}]
    tags = ec2_client.describe_tags(
        Filters=[{"Name": "resource-type", "Values": ["dedicated-host"]}]
    )["Tags"]
    assert [t["ResourceId"] for t in tags] == [host_id]
    expect_error(
        ec2_client.create_tags,
        "InvalidHostID.NotFound",
        Resources=["h-0123456789abcdef0"],
        Tags=[{"Key": "a", "Value": "b"}],
    )
