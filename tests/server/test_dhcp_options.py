"""DHCP option sets: the region's default set, CreateDhcpOptions, DescribeDhcpOptions,
AssociateDhcpOptions, DeleteDhcpOptions."""

from __future__ import annotations

import boto3
import pytest
from groups_support import expect_error


def _options(options: dict) -> dict[str, list[str]]:
    return {c["Key"]: [v["Value"] for v in c["Values"]] for c in options["DhcpConfigurations"]}


def _vpc(ec2_client, vpc_id: str) -> dict:
    return ec2_client.describe_vpcs(VpcIds=[vpc_id])["Vpcs"][0]


def test_default_set_is_a_real_document(ec2_client):
    (vpc,) = ec2_client.describe_vpcs()["Vpcs"]
    (options,) = ec2_client.describe_dhcp_options()["DhcpOptions"]
    assert options["DhcpOptionsId"] == vpc["DhcpOptionsId"]
    assert options["OwnerId"] == vpc["OwnerId"]
    assert _options(options) == {
        "domain-name": ["ec2.internal"],
        "domain-name-servers": ["AmazonProvidedDNS"],
    }
    # a new VPC gets the same set
    new = ec2_client.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]
    assert new["DhcpOptionsId"] == options["DhcpOptionsId"]


def test_default_set_names_the_region(localec2):
    client = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name="eu-west-1",
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    (options,) = client.describe_dhcp_options()["DhcpOptions"]
    assert _options(options)["domain-name"] == ["eu-west-1.compute.internal"]


def test_terraform_finds_the_default_set_by_key_and_value(ec2_client):
    found = ec2_client.describe_dhcp_options(
        Filters=[
            {"Name": "key", "Values": ["domain-name"]},
            {"Name": "value", "Values": ["ec2.internal"]},
            {"Name": "key", "Values": ["domain-name-servers"]},
            {"Name": "value", "Values": ["AmazonProvidedDNS"]},
        ]
    )["DhcpOptions"]
    assert len(found) == 1


def test_create_describe_associate_delete(ec2_client):
    created = ec2_client.create_dhcp_options(
        DhcpConfigurations=[
            {"Key": "domain-name", "Values": ["corp.example"]},
            {"Key": "domain-name-servers", "Values": ["10.0.0.2", "10.0.0.3"]},
            {"Key": "ntp-servers", "Values": ["10.0.0.4"]},
            {"Key": "netbios-node-type", "Values": ["2"]},
        ],
        TagSpecifications=[
            {"ResourceType": "dhcp-options", "Tags": [{"Key": "Name", "Value": "corp"}]}
        ],
    )["DhcpOptions"]
    dopt_id = created["DhcpOptionsId"]
    assert dopt_id.startswith("dopt-")
    assert created["Tags"] == [{"Key": "Name", "Value": "corp"}]
    assert _options(created)["domain-name-servers"] == ["10.0.0.2", "10.0.0.3"]
    (described,) = ec2_client.describe_dhcp_options(DhcpOptionsIds=[dopt_id])["DhcpOptions"]
    assert described == created

    def ids(name: str, values: list[str]) -> list[str]:
        answer = ec2_client.describe_dhcp_options(Filters=[{"Name": name, "Values": values}])
        return [o["DhcpOptionsId"] for o in answer["DhcpOptions"]]

    assert ids("dhcp-options-id", [dopt_id]) == [dopt_id]
    assert ids("key", ["ntp-servers"]) == [dopt_id]
    assert ids("value", ["corp.*"]) == [dopt_id]
    assert ids("tag:Name", ["corp"]) == [dopt_id]
    assert len(ids("owner-id", [created["OwnerId"]])) == 2
    expect_error(
        ec2_client.describe_dhcp_options,
        "InvalidParameterValue",
        Filters=[{"Name": "nope", "Values": ["x"]}],
    )

    vpc_id = ec2_client.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    ec2_client.associate_dhcp_options(DhcpOptionsId=dopt_id, VpcId=vpc_id)
    assert _vpc(ec2_client, vpc_id)["DhcpOptionsId"] == dopt_id
    assert ids("dhcp-options-id", [dopt_id]) == [dopt_id]
    error = expect_error(
        ec2_client.delete_dhcp_options, "DependencyViolation", DhcpOptionsId=dopt_id
    )
    assert error["Message"] == (
        f"The dhcpOptions '{dopt_id}' has dependencies and cannot be deleted."
    )
    # `default`: no DHCP options at all, as EC2 documents it
    ec2_client.associate_dhcp_options(DhcpOptionsId="default", VpcId=vpc_id)
    assert _vpc(ec2_client, vpc_id)["DhcpOptionsId"] == "default"
    ec2_client.delete_dhcp_options(DhcpOptionsId=dopt_id)
    expect_error(
        ec2_client.describe_dhcp_options, "InvalidDhcpOptionID.NotFound", DhcpOptionsIds=[dopt_id]
    )
    expect_error(
        ec2_client.delete_dhcp_options, "InvalidDhcpOptionID.NotFound", DhcpOptionsId=dopt_id
    )


def test_default_set_can_be_reassociated_and_deleted_when_unused(ec2_client):
    (vpc,) = ec2_client.describe_vpcs()["Vpcs"]
    default_id = vpc["DhcpOptionsId"]
    expect_error(ec2_client.delete_dhcp_options, "DependencyViolation", DhcpOptionsId=default_id)
    ec2_client.associate_dhcp_options(DhcpOptionsId="default", VpcId=vpc["VpcId"])
    ec2_client.associate_dhcp_options(DhcpOptionsId=default_id, VpcId=vpc["VpcId"])
    assert _vpc(ec2_client, vpc["VpcId"])["DhcpOptionsId"] == default_id
    ec2_client.associate_dhcp_options(DhcpOptionsId="default", VpcId=vpc["VpcId"])
    ec2_client.delete_dhcp_options(DhcpOptionsId=default_id)
    assert ec2_client.describe_dhcp_options()["DhcpOptions"] == []


@pytest.mark.parametrize(
    "configurations",
    [
        [{"Key": "no-such-option", "Values": ["x"]}],
        [{"Key": "domain-name-servers", "Values": ["not-an-address"]}],
        [
            {
                "Key": "domain-name-servers",
                "Values": ["1.1.1.1", "1.1.1.2", "1.1.1.3", "1.1.1.4", "1.1.1.5"],
            }
        ],
        [{"Key": "ntp-servers", "Values": ["time.example"]}],
        [{"Key": "netbios-node-type", "Values": ["3"]}],
        [{"Key": "ipv6-address-preferred-lease-time", "Values": ["10"]}],
        [{"Key": "domain-name", "Values": []}],
        [{"Key": "domain-name", "Values": ["a"]}, {"Key": "domain-name", "Values": ["b"]}],
    ],
)
def test_create_refuses_bad_options_and_changes_nothing(ec2_client, configurations):
    before = ec2_client.describe_dhcp_options()["DhcpOptions"]
    expect_error(
        ec2_client.create_dhcp_options, "InvalidParameterValue", DhcpConfigurations=configurations
    )
    assert ec2_client.describe_dhcp_options()["DhcpOptions"] == before


def test_create_refuses_a_foreign_tag_type(ec2_client):
    expect_error(
        ec2_client.create_dhcp_options,
        "InvalidParameterValue",
        DhcpConfigurations=[{"Key": "domain-name", "Values": ["x.example"]}],
        TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "k", "Value": "v"}]}],
    )
    assert len(ec2_client.describe_dhcp_options()["DhcpOptions"]) == 1


def test_ids_and_associations_bad_input(ec2_client):
    (vpc,) = ec2_client.describe_vpcs()["Vpcs"]
    expect_error(
        ec2_client.describe_dhcp_options, "InvalidDhcpOptionsId.Malformed", DhcpOptionsIds=["x-1"]
    )
    expect_error(
        ec2_client.associate_dhcp_options,
        "InvalidDhcpOptionID.NotFound",
        DhcpOptionsId="dopt-12345678",
        VpcId=vpc["VpcId"],
    )
    expect_error(
        ec2_client.associate_dhcp_options,
        "InvalidVpcID.NotFound",
        DhcpOptionsId="default",
        VpcId="vpc-12345678",
    )
    assert ec2_client.describe_vpcs()["Vpcs"] == [vpc]


def test_tags_on_dhcp_options(ec2_client):
    dopt_id = ec2_client.create_dhcp_options(
        DhcpConfigurations=[{"Key": "domain-name", "Values": ["x.example"]}]
    )["DhcpOptions"]["DhcpOptionsId"]
    ec2_client.create_tags(Resources=[dopt_id], Tags=[{"Key": "env", "Value": "test"}])
    tags = ec2_client.describe_tags(Filters=[{"Name": "resource-id", "Values": [dopt_id]}])["Tags"]
    assert tags == [
        {"Key": "env", "Value": "test", "ResourceId": dopt_id, "ResourceType": "dhcp-options"}
    ]
    ec2_client.delete_tags(Resources=[dopt_id])
    (options,) = ec2_client.describe_dhcp_options(DhcpOptionsIds=[dopt_id])["DhcpOptions"]
    assert options.get("Tags", []) == []


def test_paging(ec2_client):
    for n in range(6):
        ec2_client.create_dhcp_options(
            DhcpConfigurations=[{"Key": "domain-name", "Values": [f"d{n}.example"]}]
        )
    first = ec2_client.describe_dhcp_options(MaxResults=5)
    assert len(first["DhcpOptions"]) == 5
    rest = ec2_client.describe_dhcp_options(MaxResults=5, NextToken=first["NextToken"])
    assert len(rest["DhcpOptions"]) == 2 and "NextToken" not in rest


def test_cli_dhcp_options(aws_cli):
    created = aws_cli(
        "create-dhcp-options",
        "--dhcp-configurations",
        "Key=domain-name,Values=cli.example",
        "Key=domain-name-servers,Values=10.2.5.1,10.2.5.2",
    )["DhcpOptions"]
    vpc_id = aws_cli("create-vpc", "--cidr-block", "10.2.0.0/16")["Vpc"]["VpcId"]
    aws_cli(
        "associate-dhcp-options", "--dhcp-options-id", created["DhcpOptionsId"], "--vpc-id", vpc_id
    )
    described = aws_cli("describe-dhcp-options", "--dhcp-options-ids", created["DhcpOptionsId"])
    assert described["DhcpOptions"][0]["DhcpConfigurations"] == created["DhcpConfigurations"]
    failed = aws_cli(
        "delete-dhcp-options", "--dhcp-options-id", created["DhcpOptionsId"], expect_error=True
    )
    assert "DependencyViolation" in failed
