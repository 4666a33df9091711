"""Elastic IP addresses on localec2: allocate, describe, associate, disassociate, release,
and what they do to instances (boto3 and the AWS CLI)."""

from __future__ import annotations

import ipaddress

import boto3
import pytest
from compute_support import described, launch
from groups_support import expect_error

from localec2.embedded import LocalEC2


def _instance(client, instance_id: str) -> dict:
    return described(client, InstanceIds=[instance_id])[0]


def _address(client, allocation_id: str) -> dict:
    (address,) = client.describe_addresses(AllocationIds=[allocation_id])["Addresses"]
    return address


def _all_addresses(client) -> list[dict]:
    return client.describe_addresses()["Addresses"]


@pytest.fixture
def allocated(ec2_client) -> dict:
    return ec2_client.allocate_address(Domain="vpc")


@pytest.fixture
def running(ec2_client) -> dict:
    (instance,) = launch(ec2_client)
    return _instance(ec2_client, instance["InstanceId"])


# --- AllocateAddress -------------------------------------------------------------------


def test_allocate_gives_a_public_vpc_address(ec2_client, localec2):
    answer = ec2_client.allocate_address(Domain="vpc")
    assert answer["AllocationId"].startswith("eipalloc-")
    assert answer["Domain"] == "vpc"
    assert answer["PublicIpv4Pool"] == "amazon"
    assert answer["NetworkBorderGroup"] == localec2.region
    assert ipaddress.ip_address(answer["PublicIp"]).is_global
    listed = _all_addresses(ec2_client)
    assert [(a["AllocationId"], a["PublicIp"]) for a in listed] == [
        (answer["AllocationId"], answer["PublicIp"])
    ]
    assert "AssociationId" not in listed[0] and "InstanceId" not in listed[0]


def test_allocate_without_a_domain_is_vpc(ec2_client):
    assert ec2_client.allocate_address()["Domain"] == "vpc"


def test_standard_domain_is_refused_and_allocates_nothing(ec2_client):
    expect_error(ec2_client.allocate_address, "InvalidParameterValue", Domain="standard")
    assert _all_addresses(ec2_client) == []


def test_recovering_a_given_address_is_refused(ec2_client):
    """localec2 has no released addresses to recover: a given `Address` is refused."""
    expect_error(ec2_client.allocate_address, "InvalidParameterValue", Address="198.51.100.7")
    assert _all_addresses(ec2_client) == []


def test_addresses_are_unique_and_limited_to_five_per_region(ec2_client):
    ips = {ec2_client.allocate_address(Domain="vpc")["PublicIp"] for _ in range(5)}
    assert len(ips) == 5
    error = expect_error(ec2_client.allocate_address, "AddressLimitExceeded", Domain="vpc")
    assert error["Message"] == "The maximum number of addresses has been reached."
    assert len(_all_addresses(ec2_client)) == 5


def test_allocate_with_tag_specifications(ec2_client):
    answer = ec2_client.allocate_address(
        Domain="vpc",
        TagSpecifications=[
            {"ResourceType": "elastic-ip", "Tags": [{"Key": "Name", "Value": "front"}]},
        ],
    )
    assert _address(ec2_client, answer["AllocationId"])["Tags"] == [
        {"Key": "Name", "Value": "front"}
    ]
    tags = ec2_client.describe_tags(Filters=[{"Name": "resource-type", "Values": ["elastic-ip"]}])[
        "Tags"
    ]
    assert tags == [
        {
            "Key": "Name",
            "Value": "front",
            "ResourceId": answer["AllocationId"],
            "ResourceType": "elastic-ip",
        }
    ]


def test_tag_specification_for_another_type_is_refused(ec2_client):
    expect_error(
        ec2_client.allocate_address,
        "InvalidParameterValue",
        TagSpecifications=[
            {"ResourceType": "instance", "Tags": [{"Key": "a", "Value": "b"}]},
        ],
    )
    assert _all_addresses(ec2_client) == []


def test_create_and_delete_tags_on_an_address(ec2_client, allocated):
    allocation_id = allocated["AllocationId"]
    ec2_client.create_tags(Resources=[allocation_id], Tags=[{"Key": "env", "Value": "prod"}])
    assert _address(ec2_client, allocation_id)["Tags"] == [{"Key": "env", "Value": "prod"}]
    ec2_client.delete_tags(Resources=[allocation_id], Tags=[{"Key": "env"}])
    assert _address(ec2_client, allocation_id).get("Tags", []) == []
    expect_error(
        ec2_client.create_tags,
        "InvalidAllocationID.NotFound",
        Resources=["eipalloc-0123456789abcdef0"],
        Tags=[{"Key": "a", "Value": "b"}],
    )


def test_a_dry_run_allocates_nothing(ec2_client):
    expect_error(ec2_client.allocate_address, "DryRunOperation", 412, DryRun=True)
    assert _all_addresses(ec2_client) == []


# --- DescribeAddresses -----------------------------------------------------------------


def test_describe_by_public_ip_and_allocation_id(ec2_client):
    first = ec2_client.allocate_address(Domain="vpc")
    second = ec2_client.allocate_address(Domain="vpc")
    by_ip = ec2_client.describe_addresses(PublicIps=[second["PublicIp"]])["Addresses"]
    assert [a["AllocationId"] for a in by_ip] == [second["AllocationId"]]
    by_id = ec2_client.describe_addresses(AllocationIds=[first["AllocationId"]])["Addresses"]
    assert [a["PublicIp"] for a in by_id] == [first["PublicIp"]]


def test_describe_unknown_addresses_is_not_found(ec2_client, allocated):
    error = expect_error(
        ec2_client.describe_addresses, "InvalidAddress.NotFound", PublicIps=["198.51.100.7"]
    )
    assert error["Message"] == "Address '198.51.100.7' not found."
    error = expect_error(
        ec2_client.describe_addresses,
        "InvalidAllocationID.NotFound",
        AllocationIds=["eipalloc-0123456789abcdef0"],
    )
    assert error["Message"] == "The allocation ID 'eipalloc-0123456789abcdef0' does not exist"
    expect_error(
        ec2_client.describe_addresses, "InvalidAllocationID.Malformed", AllocationIds=["alloc-1"]
    )


def test_describe_filters(ec2_client, running):
    tagged = ec2_client.allocate_address(
        Domain="vpc",
        TagSpecifications=[
            {"ResourceType": "elastic-ip", "Tags": [{"Key": "role", "Value": "web"}]},
        ],
    )
    other = ec2_client.allocate_address(Domain="vpc")
    association_id = ec2_client.associate_address(
        AllocationId=tagged["AllocationId"], InstanceId=running["InstanceId"]
    )["AssociationId"]
    interface = running["NetworkInterfaces"][0]

    def ids(name: str, *values: str) -> list[str]:
        found = ec2_client.describe_addresses(Filters=[{"Name": name, "Values": list(values)}])[
            "Addresses"
        ]
        return sorted(a["AllocationId"] for a in found)

    both = sorted([tagged["AllocationId"], other["AllocationId"]])
    only_tagged = [tagged["AllocationId"]]
    assert ids("allocation-id", other["AllocationId"]) == [other["AllocationId"]]
    assert ids("association-id", association_id) == only_tagged
    assert ids("domain", "vpc") == both
    assert ids("instance-id", running["InstanceId"]) == only_tagged
    assert ids("network-interface-id", interface["NetworkInterfaceId"]) == only_tagged
    assert ids("private-ip-address", running["PrivateIpAddress"]) == only_tagged
    assert ids("public-ip", other["PublicIp"]) == [other["AllocationId"]]
    assert ids("tag:role", "web") == only_tagged
    assert ids("tag-key", "role") == only_tagged
    assert ids("tag-value", "w*") == only_tagged
    assert ids("instance-id", "i-0123456789abcdef0") == []
    expect_error(
        ec2_client.describe_addresses,
        "InvalidParameterValue",
        Filters=[{"Name": "color", "Values": ["red"]}],
    )


# --- AssociateAddress ------------------------------------------------------------------


def test_associate_shows_the_address_on_the_instance(ec2_client, localec2, allocated, running):
    assert running["PublicIpAddress"] != allocated["PublicIp"]
    answer = ec2_client.associate_address(
        AllocationId=allocated["AllocationId"], InstanceId=running["InstanceId"]
    )
    assert answer["AssociationId"].startswith("eipassoc-")
    address = _address(ec2_client, allocated["AllocationId"])
    interface = running["NetworkInterfaces"][0]
    assert address["AssociationId"] == answer["AssociationId"]
    assert address["InstanceId"] == running["InstanceId"]
    assert address["NetworkInterfaceId"] == interface["NetworkInterfaceId"]
    assert address["NetworkInterfaceOwnerId"] == interface["OwnerId"]
    assert address["PrivateIpAddress"] == running["PrivateIpAddress"]
    instance = _instance(ec2_client, running["InstanceId"])
    ip = allocated["PublicIp"]
    assert instance["PublicIpAddress"] == ip
    assert instance["PublicDnsName"] == "ec2-%s.compute-1.amazonaws.com" % ip.replace(".", "-")
    association = instance["NetworkInterfaces"][0]["Association"]
    assert association == {
        "IpOwnerId": interface["OwnerId"],
        "PublicIp": ip,
        "PublicDnsName": instance["PublicDnsName"],
    }
    assert instance["NetworkInterfaces"][0]["PrivateIpAddresses"][0]["Association"] == association
    by_ip = ec2_client.describe_instances(Filters=[{"Name": "ip-address", "Values": [ip]}])
    assert [r["Instances"][0]["InstanceId"] for r in by_ip["Reservations"]] == [
        running["InstanceId"]
    ]


def test_associate_by_public_ip_and_by_network_interface(ec2_client, allocated, running):
    interface_id = running["NetworkInterfaces"][0]["NetworkInterfaceId"]
    ec2_client.associate_address(
        PublicIp=allocated["PublicIp"],
        NetworkInterfaceId=interface_id,
        PrivateIpAddress=running["PrivateIpAddress"],
    )
    address = _address(ec2_client, allocated["AllocationId"])
    assert address["InstanceId"] == running["InstanceId"]
    assert address["NetworkInterfaceId"] == interface_id
    assert _instance(ec2_client, running["InstanceId"])["PublicIpAddress"] == allocated["PublicIp"]


def test_an_associated_address_moves_only_with_allow_reassociation(ec2_client, allocated):
    first, second = launch(ec2_client, count=2)
    first_association = ec2_client.associate_address(
        AllocationId=allocated["AllocationId"], InstanceId=first["InstanceId"]
    )["AssociationId"]
    error = expect_error(
        ec2_client.associate_address,
        "Resource.AlreadyAssociated",
        AllocationId=allocated["AllocationId"],
        InstanceId=second["InstanceId"],
    )
    assert error["Message"] == (
        f"resource {allocated['AllocationId']} is already associated "
        f"with associate-id {first_association}"
    )
    assert _address(ec2_client, allocated["AllocationId"])["InstanceId"] == first["InstanceId"]
    moved = ec2_client.associate_address(
        AllocationId=allocated["AllocationId"],
        InstanceId=second["InstanceId"],
        AllowReassociation=True,
    )["AssociationId"]
    assert moved != first_association
    address = _address(ec2_client, allocated["AllocationId"])
    assert (address["AssociationId"], address["InstanceId"]) == (moved, second["InstanceId"])
    assert _instance(ec2_client, second["InstanceId"])["PublicIpAddress"] == allocated["PublicIp"]
    first_now = _instance(ec2_client, first["InstanceId"])
    assert first_now["PublicIpAddress"] not in (None, allocated["PublicIp"])
    assert first_now["NetworkInterfaces"][0]["Association"]["IpOwnerId"] == "amazon"


def test_a_second_address_replaces_the_first_on_an_instance(ec2_client, running):
    first = ec2_client.allocate_address(Domain="vpc")
    second = ec2_client.allocate_address(Domain="vpc")
    ec2_client.associate_address(
        AllocationId=first["AllocationId"], InstanceId=running["InstanceId"]
    )
    ec2_client.associate_address(
        AllocationId=second["AllocationId"], InstanceId=running["InstanceId"]
    )
    assert "AssociationId" not in _address(ec2_client, first["AllocationId"])
    assert _address(ec2_client, second["AllocationId"])["InstanceId"] == running["InstanceId"]
    assert _instance(ec2_client, running["InstanceId"])["PublicIpAddress"] == second["PublicIp"]


def test_associate_errors_change_nothing(ec2_client, allocated, running):
    instance_id, allocation_id = running["InstanceId"], allocated["AllocationId"]
    expect_error(
        ec2_client.associate_address,
        "InvalidAllocationID.NotFound",
        AllocationId="eipalloc-0123456789abcdef0",
        InstanceId=instance_id,
    )
    expect_error(
        ec2_client.associate_address,
        "InvalidAddress.NotFound",
        PublicIp="198.51.100.7",
        InstanceId=instance_id,
    )
    error = expect_error(
        ec2_client.associate_address,
        "InvalidInstanceID.NotFound",
        AllocationId=allocation_id,
        InstanceId="i-0123456789abcdef0",
    )
    assert error["Message"] == "The instance ID 'i-0123456789abcdef0' does not exist"
    expect_error(
        ec2_client.associate_address,
        "InvalidNetworkInterfaceID.NotFound",
        AllocationId=allocation_id,
        NetworkInterfaceId="eni-0123456789abcdef0",
    )
    expect_error(ec2_client.associate_address, "MissingParameter", InstanceId=instance_id)
    expect_error(ec2_client.associate_address, "MissingParameter", AllocationId=allocation_id)
    expect_error(
        ec2_client.associate_address,
        "InvalidParameterCombination",
        AllocationId=allocation_id,
        PublicIp=allocated["PublicIp"],
        InstanceId=instance_id,
    )
    expect_error(
        ec2_client.associate_address,
        "InvalidParameterValue",
        AllocationId=allocation_id,
        InstanceId=instance_id,
        PrivateIpAddress="10.99.99.99",
    )
    expect_error(
        ec2_client.associate_address,
        "DryRunOperation",
        412,
        AllocationId=allocation_id,
        InstanceId=instance_id,
        DryRun=True,
    )
    assert "AssociationId" not in _address(ec2_client, allocation_id)
    assert _instance(ec2_client, instance_id)["PublicIpAddress"] == running["PublicIpAddress"]


def test_a_terminated_instance_is_in_an_incorrect_state(ec2_client, allocated, running):
    ec2_client.terminate_instances(InstanceIds=[running["InstanceId"]])
    error = expect_error(
        ec2_client.associate_address,
        "IncorrectInstanceState",
        AllocationId=allocated["AllocationId"],
        InstanceId=running["InstanceId"],
    )
    assert running["InstanceId"] in error["Message"]
    assert "AssociationId" not in _address(ec2_client, allocated["AllocationId"])


@pytest.fixture(scope="module")
def booting_server():
    with LocalEC2(in_memory=True, boot_seconds=3600) as server:
        yield server


def test_a_pending_instance_is_in_an_incorrect_state(booting_server):
    booting_server.reset()
    client = _client_of(booting_server)
    (instance,) = launch(client)
    assert _instance(client, instance["InstanceId"])["State"]["Name"] == "pending"
    allocated = client.allocate_address(Domain="vpc")
    expect_error(
        client.associate_address,
        "IncorrectInstanceState",
        AllocationId=allocated["AllocationId"],
        InstanceId=instance["InstanceId"],
    )


# --- the instance's lifecycle ----------------------------------------------------------


def test_an_elastic_ip_stays_across_stop_and_start(ec2_client, allocated, running):
    instance_id = running["InstanceId"]
    ec2_client.associate_address(AllocationId=allocated["AllocationId"], InstanceId=instance_id)
    ec2_client.stop_instances(InstanceIds=[instance_id])
    stopped = _instance(ec2_client, instance_id)
    assert stopped["State"]["Name"] == "stopped"
    assert stopped["PublicIpAddress"] == allocated["PublicIp"]
    ec2_client.start_instances(InstanceIds=[instance_id])
    started = _instance(ec2_client, instance_id)
    assert started["State"]["Name"] == "running"
    assert started["PublicIpAddress"] == allocated["PublicIp"]
    assert _address(ec2_client, allocated["AllocationId"])["InstanceId"] == instance_id


def test_an_assigned_public_ip_still_goes_on_stop(ec2_client, running):
    ec2_client.stop_instances(InstanceIds=[running["InstanceId"]])
    assert "PublicIpAddress" not in _instance(ec2_client, running["InstanceId"])


def test_associate_with_a_stopped_instance(ec2_client, allocated, running):
    instance_id = running["InstanceId"]
    ec2_client.stop_instances(InstanceIds=[instance_id])
    ec2_client.associate_address(AllocationId=allocated["AllocationId"], InstanceId=instance_id)
    assert _instance(ec2_client, instance_id)["PublicIpAddress"] == allocated["PublicIp"]
    ec2_client.start_instances(InstanceIds=[instance_id])
    assert _instance(ec2_client, instance_id)["PublicIpAddress"] == allocated["PublicIp"]


def test_terminating_disassociates_the_address(ec2_client, allocated, running):
    instance_id = running["InstanceId"]
    ec2_client.associate_address(AllocationId=allocated["AllocationId"], InstanceId=instance_id)
    ec2_client.terminate_instances(InstanceIds=[instance_id])
    address = _address(ec2_client, allocated["AllocationId"])
    assert "AssociationId" not in address and "InstanceId" not in address
    assert "PublicIpAddress" not in _instance(ec2_client, instance_id)
    assert ec2_client.release_address(AllocationId=allocated["AllocationId"])
    assert _all_addresses(ec2_client) == []


# --- DisassociateAddress ---------------------------------------------------------------


def test_disassociate_from_a_running_instance_gives_it_a_new_public_ip(
    ec2_client, allocated, running
):
    instance_id = running["InstanceId"]
    association_id = ec2_client.associate_address(
        AllocationId=allocated["AllocationId"], InstanceId=instance_id
    )["AssociationId"]
    ec2_client.disassociate_address(AssociationId=association_id)
    address = _address(ec2_client, allocated["AllocationId"])
    assert "AssociationId" not in address and "InstanceId" not in address
    instance = _instance(ec2_client, instance_id)
    assert instance["PublicIpAddress"] not in (None, allocated["PublicIp"])
    assert instance["NetworkInterfaces"][0]["Association"]["IpOwnerId"] == "amazon"


def test_disassociate_from_a_stopped_instance_leaves_it_without_one(ec2_client, allocated, running):
    instance_id = running["InstanceId"]
    ec2_client.associate_address(AllocationId=allocated["AllocationId"], InstanceId=instance_id)
    ec2_client.stop_instances(InstanceIds=[instance_id])
    ec2_client.disassociate_address(PublicIp=allocated["PublicIp"])
    stopped = _instance(ec2_client, instance_id)
    assert "PublicIpAddress" not in stopped and stopped["PublicDnsName"] == ""
    assert "Association" not in stopped["NetworkInterfaces"][0]
    ec2_client.start_instances(InstanceIds=[instance_id])
    started = _instance(ec2_client, instance_id)
    assert started["PublicIpAddress"] not in (None, allocated["PublicIp"])


def test_an_instance_launched_without_a_public_ip_gets_none_back(ec2_client, allocated):
    (launched,) = launch(
        ec2_client,
        NetworkInterfaces=[
            {"DeviceIndex": 0, "AssociatePublicIpAddress": False},
        ],
    )
    instance_id = launched["InstanceId"]
    assert "PublicIpAddress" not in _instance(ec2_client, instance_id)
    association_id = ec2_client.associate_address(
        AllocationId=allocated["AllocationId"], InstanceId=instance_id
    )["AssociationId"]
    ec2_client.disassociate_address(AssociationId=association_id)
    assert "PublicIpAddress" not in _instance(ec2_client, instance_id)


def test_disassociate_errors(ec2_client, allocated):
    error = expect_error(
        ec2_client.disassociate_address,
        "InvalidAssociationID.NotFound",
        AssociationId="eipassoc-0123456789abcdef0",
    )
    assert error["Message"] == "The association ID 'eipassoc-0123456789abcdef0' does not exist"
    expect_error(
        ec2_client.disassociate_address, "InvalidAddress.NotFound", PublicIp="198.51.100.7"
    )
    expect_error(ec2_client.disassociate_address, "MissingParameter")
    # an allocated address with no association: nothing to do, as EC2 answers
    ec2_client.disassociate_address(PublicIp=allocated["PublicIp"])
    assert "AssociationId" not in _address(ec2_client, allocated["AllocationId"])


def test_a_dry_run_disassociates_nothing(ec2_client, allocated, running):
    association_id = ec2_client.associate_address(
        AllocationId=allocated["AllocationId"], InstanceId=running["InstanceId"]
    )["AssociationId"]
    expect_error(
        ec2_client.disassociate_address,
        "DryRunOperation",
        412,
        AssociationId=association_id,
        DryRun=True,
    )
    assert _address(ec2_client, allocated["AllocationId"])["AssociationId"] == association_id


# --- ReleaseAddress --------------------------------------------------------------------


def test_release_by_allocation_id_and_by_public_ip(ec2_client):
    first = ec2_client.allocate_address(Domain="vpc")
    second = ec2_client.allocate_address(Domain="vpc")
    ec2_client.release_address(AllocationId=first["AllocationId"])
    ec2_client.release_address(PublicIp=second["PublicIp"])
    assert _all_addresses(ec2_client) == []
    expect_error(
        ec2_client.release_address,
        "InvalidAllocationID.NotFound",
        AllocationId=first["AllocationId"],
    )


def test_release_errors_change_nothing(ec2_client, allocated, running):
    ec2_client.associate_address(
        AllocationId=allocated["AllocationId"], InstanceId=running["InstanceId"]
    )
    error = expect_error(
        ec2_client.release_address, "InvalidIPAddress.InUse", AllocationId=allocated["AllocationId"]
    )
    assert allocated["AllocationId"] in error["Message"]
    expect_error(ec2_client.release_address, "MissingParameter")
    expect_error(
        ec2_client.release_address,
        "InvalidParameterCombination",
        AllocationId=allocated["AllocationId"],
        PublicIp=allocated["PublicIp"],
    )
    expect_error(
        ec2_client.release_address, "InvalidAllocationID.Malformed", AllocationId="nonsense"
    )
    expect_error(ec2_client.release_address, "InvalidAddress.NotFound", PublicIp="198.51.100.7")
    assert _address(ec2_client, allocated["AllocationId"])["InstanceId"] == running["InstanceId"]


def test_released_addresses_free_the_quota(ec2_client):
    allocations = [ec2_client.allocate_address(Domain="vpc") for _ in range(5)]
    expect_error(ec2_client.allocate_address, "AddressLimitExceeded")
    ec2_client.release_address(AllocationId=allocations[0]["AllocationId"])
    assert ec2_client.allocate_address()["AllocationId"].startswith("eipalloc-")


# --- the AWS CLI -----------------------------------------------------------------------


def test_the_aws_cli_round_trip(aws_cli, ec2_client, running):
    allocated = aws_cli("allocate-address", "--domain", "vpc")
    assert allocated["Domain"] == "vpc"
    associated = aws_cli(
        "associate-address",
        "--allocation-id",
        allocated["AllocationId"],
        "--instance-id",
        running["InstanceId"],
    )
    listed = aws_cli(
        "describe-addresses", "--filters", f"Name=instance-id,Values={running['InstanceId']}"
    )["Addresses"]
    assert [(a["PublicIp"], a["AssociationId"]) for a in listed] == [
        (allocated["PublicIp"], associated["AssociationId"])
    ]
    error = aws_cli(
        "release-address", "--allocation-id", allocated["AllocationId"], expect_error=True
    )
    assert "InvalidIPAddress.InUse" in error
    aws_cli("disassociate-address", "--association-id", associated["AssociationId"])
    aws_cli("release-address", "--allocation-id", allocated["AllocationId"])
    assert _all_addresses(ec2_client) == []
    error = aws_cli("allocate-address", "--domain", "standard", expect_error=True)
    assert "InvalidParameterValue" in error


def _client_of(server: LocalEC2):
    return boto3.client(
        "ec2",
        endpoint_url=server.endpoint_url,
        region_name=server.region,
        aws_access_key_id=server.access_key_id,
        aws_secret_access_key=server.secret_access_key,
    )


def test_an_association_survives_a_restart(tmp_path):
    with LocalEC2(data_dir=tmp_path) as first:
        client = _client_of(first)
        (instance,) = launch(client)
        allocated = client.allocate_address(Domain="vpc")
        client.associate_address(
            AllocationId=allocated["AllocationId"], InstanceId=instance["InstanceId"]
        )
    with LocalEC2(data_dir=tmp_path) as second:
        client = _client_of(second)
        assert _address(client, allocated["AllocationId"])["InstanceId"] == instance["InstanceId"]
        client.stop_instances(InstanceIds=[instance["InstanceId"]])
        assert (
            _instance(client, instance["InstanceId"])["PublicIpAddress"] == (allocated["PublicIp"])
        )
