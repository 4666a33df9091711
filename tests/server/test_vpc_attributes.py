"""CreateVpc's canonical CIDR, DescribeVpcs' and DescribeSubnets' filters, the VPC's
attributes and tenancy, CreateDefaultVpc, CreateDefaultSubnet, ModifySubnetAttribute."""

from __future__ import annotations

import pytest
from groups_support import expect_error


def _default_vpc(ec2_client) -> dict:
    (vpc,) = ec2_client.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"]
    return vpc


def _delete_default_vpc(ec2_client) -> dict:
    """Delete the default VPC as a client must: its subnets, its internet gateway, then it."""
    default = _default_vpc(ec2_client)
    for subnet in ec2_client.describe_subnets()["Subnets"]:
        ec2_client.delete_subnet(SubnetId=subnet["SubnetId"])
    for gateway in ec2_client.describe_internet_gateways()["InternetGateways"]:
        for attachment in gateway.get("Attachments", []):
            ec2_client.detach_internet_gateway(
                InternetGatewayId=gateway["InternetGatewayId"], VpcId=attachment["VpcId"]
            )
        ec2_client.delete_internet_gateway(InternetGatewayId=gateway["InternetGatewayId"])
    ec2_client.delete_vpc(VpcId=default["VpcId"])
    return default


def _attribute(ec2_client, vpc_id: str, name: str) -> bool:
    answer = ec2_client.describe_vpc_attribute(VpcId=vpc_id, Attribute=name)
    assert answer["VpcId"] == vpc_id
    key = name[0].upper() + name[1:]
    assert set(answer) - {"ResponseMetadata"} == {"VpcId", key}
    return answer[key]["Value"]


def test_create_vpc_puts_the_cidr_in_canonical_form(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.250.1.0/16")["Vpc"]
    assert vpc["CidrBlock"] == "10.250.0.0/16"
    assert vpc["CidrBlockAssociationSet"][0]["CidrBlock"] == "10.250.0.0/16"
    (described,) = ec2_client.describe_vpcs(VpcIds=[vpc["VpcId"]])["Vpcs"]
    assert described["CidrBlock"] == "10.250.0.0/16"


def test_create_vpc_still_refuses_bad_blocks(ec2_client):
    expect_error(ec2_client.create_vpc, "InvalidParameterValue", CidrBlock="10.0.0.0/33")
    expect_error(ec2_client.create_vpc, "InvalidParameterValue", CidrBlock="nonsense")
    expect_error(ec2_client.create_vpc, "InvalidVpc.Range", CidrBlock="10.0.0.1/29")
    assert len(ec2_client.describe_vpcs()["Vpcs"]) == 1


def test_describe_vpcs_filters(ec2_client):
    default = _default_vpc(ec2_client)
    vpc = ec2_client.create_vpc(
        CidrBlock="10.7.0.0/16",
        TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "team", "Value": "a"}]}],
    )["Vpc"]

    def ids(*filters: tuple[str, list[str]]) -> list[str]:
        answer = ec2_client.describe_vpcs(
            Filters=[{"Name": name, "Values": values} for name, values in filters]
        )
        return sorted(v["VpcId"] for v in answer["Vpcs"])

    assert ids(("isDefault", ["true"])) == [default["VpcId"]]
    assert ids(("isDefault", ["false"])) == [vpc["VpcId"]]
    assert ids(("is-default", ["false"])) == [vpc["VpcId"]]
    assert ids(("cidr", ["10.7.0.0/16"])) == [vpc["VpcId"]]
    assert ids(("cidr-block-association.cidr-block", ["10.7.*"])) == [vpc["VpcId"]]
    association = vpc["CidrBlockAssociationSet"][0]["AssociationId"]
    assert ids(("cidr-block-association.association-id", [association])) == [vpc["VpcId"]]
    assert len(ids(("cidr-block-association.state", ["associated"]))) == 2
    assert ids(("dhcp-options-id", [vpc["DhcpOptionsId"]])) == sorted(
        [default["VpcId"], vpc["VpcId"]]
    )
    assert len(ids(("owner-id", [vpc["OwnerId"]]))) == 2
    assert ids(("owner-id", ["999999999999"])) == []
    assert len(ids(("state", ["available"]))) == 2
    assert ids(("tag:team", ["a"])) == [vpc["VpcId"]]
    assert ids(("tag-key", ["team"])) == [vpc["VpcId"]]
    assert ids(("ipv6-cidr-block-association.state", ["associated"])) == []
    expect_error(
        ec2_client.describe_vpcs, "InvalidParameterValue", Filters=[{"Name": "nope", "Values": []}]
    )


def test_describe_subnets_filters(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.8.0.0/16")["Vpc"]
    subnet = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.8.1.0/24")["Subnet"]

    def ids(name: str, values: list[str]) -> list[str]:
        answer = ec2_client.describe_subnets(Filters=[{"Name": name, "Values": values}])
        return [s["SubnetId"] for s in answer["Subnets"]]

    assert ids("vpc-id", [vpc["VpcId"]]) == [subnet["SubnetId"]]
    assert ids("default-for-az", ["false"]) == [subnet["SubnetId"]]
    assert ids("assign-ipv6-address-on-creation", ["false"])[-1] == subnet["SubnetId"]
    assert ids("ipv6-native", ["true"]) == []
    assert ids("ipv6-cidr-block-association.ipv6-cidr-block", ["*"]) == []
    assert subnet["SubnetId"] in ids(
        "private-dns-name-options-on-launch.hostname-type", ["ip-name"]
    )


@pytest.mark.parametrize(
    ("name", "default_vpc", "other_vpc"),
    [
        ("enableDnsSupport", True, True),
        ("enableDnsHostnames", True, False),
        ("enableNetworkAddressUsageMetrics", False, False),
    ],
)
def test_vpc_attribute_defaults(ec2_client, name, default_vpc, other_vpc):
    vpc = ec2_client.create_vpc(CidrBlock="10.9.0.0/16")["Vpc"]
    assert _attribute(ec2_client, _default_vpc(ec2_client)["VpcId"], name) is default_vpc
    assert _attribute(ec2_client, vpc["VpcId"], name) is other_vpc


def test_modify_vpc_attribute_one_at_a_time(ec2_client):
    vpc_id = ec2_client.create_vpc(CidrBlock="10.10.0.0/16")["Vpc"]["VpcId"]
    ec2_client.modify_vpc_attribute(VpcId=vpc_id, EnableDnsHostnames={"Value": True})
    assert _attribute(ec2_client, vpc_id, "enableDnsHostnames") is True
    ec2_client.modify_vpc_attribute(VpcId=vpc_id, EnableDnsSupport={"Value": False})
    assert _attribute(ec2_client, vpc_id, "enableDnsSupport") is False
    ec2_client.modify_vpc_attribute(VpcId=vpc_id, EnableNetworkAddressUsageMetrics={"Value": True})
    assert _attribute(ec2_client, vpc_id, "enableNetworkAddressUsageMetrics") is True
    # two attributes in one request: refused, and nothing changes
    error = expect_error(
        ec2_client.modify_vpc_attribute,
        "InvalidParameterCombination",
        VpcId=vpc_id,
        EnableDnsSupport={"Value": True},
        EnableDnsHostnames={"Value": False},
    )
    assert error["Message"] == (
        "Fields for multiple attribute types specified: enableDnsHostnames, enableDnsSupport"
    )
    assert _attribute(ec2_client, vpc_id, "enableDnsSupport") is False
    assert _attribute(ec2_client, vpc_id, "enableDnsHostnames") is True
    expect_error(ec2_client.modify_vpc_attribute, "MissingParameter", VpcId=vpc_id)
    # the changes are the VPC's own: the default VPC keeps its values
    default_id = _default_vpc(ec2_client)["VpcId"]
    assert _attribute(ec2_client, default_id, "enableDnsSupport") is True


def test_vpc_attribute_unknown_vpc(ec2_client):
    expect_error(
        ec2_client.describe_vpc_attribute,
        "InvalidVpcID.NotFound",
        VpcId="vpc-12345678",
        Attribute="enableDnsSupport",
    )
    expect_error(
        ec2_client.describe_vpc_attribute,
        "InvalidVpcID.Malformed",
        VpcId="nope",
        Attribute="enableDnsSupport",
    )
    expect_error(
        ec2_client.modify_vpc_attribute,
        "InvalidVpcID.NotFound",
        VpcId="vpc-12345678",
        EnableDnsSupport={"Value": True},
    )


def test_modify_vpc_tenancy(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.11.0.0/16", InstanceTenancy="dedicated")["Vpc"]
    assert vpc["InstanceTenancy"] == "dedicated"
    answer = ec2_client.modify_vpc_tenancy(VpcId=vpc["VpcId"], InstanceTenancy="default")
    assert answer["ReturnValue"] is True
    (described,) = ec2_client.describe_vpcs(VpcIds=[vpc["VpcId"]])["Vpcs"]
    assert described["InstanceTenancy"] == "default"
    expect_error(
        ec2_client.modify_vpc_tenancy,
        "InvalidVpcID.NotFound",
        VpcId="vpc-12345678",
        InstanceTenancy="default",
    )


def test_create_default_vpc_refused_while_one_exists(ec2_client):
    error = expect_error(ec2_client.create_default_vpc, "DefaultVpcAlreadyExists")
    assert error["Message"] == "A Default VPC already exists for this account in this region."
    assert len(ec2_client.describe_vpcs()["Vpcs"]) == 1


def test_create_default_vpc_after_deleting_it(ec2_client):
    zones = ec2_client.describe_availability_zones()["AvailabilityZones"]
    default = _delete_default_vpc(ec2_client)
    assert ec2_client.describe_vpcs()["Vpcs"] == []
    vpc = ec2_client.create_default_vpc()["Vpc"]
    assert vpc["IsDefault"] is True and vpc["CidrBlock"] == "172.31.0.0/16"
    assert vpc["State"] == "pending"
    assert vpc["DhcpOptionsId"] == default["DhcpOptionsId"]
    subnets = ec2_client.describe_subnets()["Subnets"]
    assert len(subnets) == len(zones)
    assert all(s["DefaultForAz"] and s["VpcId"] == vpc["VpcId"] for s in subnets)
    groups = ec2_client.describe_security_groups(
        Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}]
    )["SecurityGroups"]
    assert [g["GroupName"] for g in groups] == ["default"]
    assert _attribute(ec2_client, vpc["VpcId"], "enableDnsHostnames") is True
    # as EC2 makes it: an internet gateway attached, a route to it in the main table
    (gateway,) = ec2_client.describe_internet_gateways(
        Filters=[{"Name": "attachment.vpc-id", "Values": [vpc["VpcId"]]}]
    )["InternetGateways"]
    (table,) = ec2_client.describe_route_tables(
        Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}]
    )["RouteTables"]
    assert {r.get("GatewayId") for r in table["Routes"]} == {"local", gateway["InternetGatewayId"]}
    expect_error(ec2_client.create_default_vpc, "DefaultVpcAlreadyExists")


def test_create_default_subnet(ec2_client):
    subnets = ec2_client.describe_subnets()["Subnets"]
    zone = next(s for s in subnets if s["AvailabilityZone"] == "us-east-1b")
    expect_error(
        ec2_client.create_default_subnet,
        "DefaultSubnetAlreadyExistsInAvailabilityZone",
        AvailabilityZone="us-east-1b",
    )
    ec2_client.delete_subnet(SubnetId=zone["SubnetId"])
    created = ec2_client.create_default_subnet(AvailabilityZone="us-east-1b")["Subnet"]
    assert created["DefaultForAz"] is True and created["MapPublicIpOnLaunch"] is True
    assert created["CidrBlock"] == "172.31.16.0/20"  # the first free /20 of the default VPC
    assert created["AvailabilityZone"] == "us-east-1b"
    expect_error(
        ec2_client.create_default_subnet,
        "InvalidParameterValue",
        AvailabilityZone="us-east-1z",
    )
    expect_error(ec2_client.create_default_subnet, "MissingParameter")
    assert len(ec2_client.describe_subnets()["Subnets"]) == len(subnets)


def test_create_default_subnet_without_a_default_vpc(ec2_client):
    _delete_default_vpc(ec2_client)
    expect_error(
        ec2_client.create_default_subnet, "DefaultVpcDoesNotExist", AvailabilityZone="us-east-1a"
    )
    assert ec2_client.describe_subnets()["Subnets"] == []


def test_modify_subnet_attribute(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.12.0.0/16")["Vpc"]
    subnet_id = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.12.0.0/24")["Subnet"][
        "SubnetId"
    ]

    def subnet() -> dict:
        return ec2_client.describe_subnets(SubnetIds=[subnet_id])["Subnets"][0]

    ec2_client.modify_subnet_attribute(SubnetId=subnet_id, MapPublicIpOnLaunch={"Value": True})
    assert subnet()["MapPublicIpOnLaunch"] is True
    ec2_client.modify_subnet_attribute(
        SubnetId=subnet_id, AssignIpv6AddressOnCreation={"Value": True}
    )
    assert subnet()["AssignIpv6AddressOnCreation"] is True
    ec2_client.modify_subnet_attribute(SubnetId=subnet_id, EnableDns64={"Value": True})
    assert subnet()["EnableDns64"] is True
    ec2_client.modify_subnet_attribute(
        SubnetId=subnet_id, PrivateDnsHostnameTypeOnLaunch="resource-name"
    )
    ec2_client.modify_subnet_attribute(
        SubnetId=subnet_id, EnableResourceNameDnsARecordOnLaunch={"Value": True}
    )
    ec2_client.modify_subnet_attribute(
        SubnetId=subnet_id, EnableResourceNameDnsAAAARecordOnLaunch={"Value": True}
    )
    assert subnet()["PrivateDnsNameOptionsOnLaunch"] == {
        "HostnameType": "resource-name",
        "EnableResourceNameDnsARecord": True,
        "EnableResourceNameDnsAAAARecord": True,
    }
    ec2_client.modify_subnet_attribute(
        SubnetId=subnet_id, MapCustomerOwnedIpOnLaunch={"Value": False}
    )
    assert subnet()["MapCustomerOwnedIpOnLaunch"] is False


def test_modify_subnet_attribute_bad_input_changes_nothing(ec2_client):
    (subnet,) = ec2_client.describe_subnets(
        Filters=[{"Name": "availability-zone", "Values": ["us-east-1a"]}]
    )["Subnets"]
    subnet_id = subnet["SubnetId"]
    expect_error(
        ec2_client.modify_subnet_attribute,
        "InvalidParameterCombination",
        SubnetId=subnet_id,
        MapPublicIpOnLaunch={"Value": False},
        EnableDns64={"Value": True},
    )
    expect_error(ec2_client.modify_subnet_attribute, "MissingParameter", SubnetId=subnet_id)
    expect_error(
        ec2_client.modify_subnet_attribute,
        "InvalidParameterValue",
        SubnetId=subnet_id,
        MapCustomerOwnedIpOnLaunch={"Value": True},
    )
    expect_error(
        ec2_client.modify_subnet_attribute,
        "InvalidSubnetID.NotFound",
        SubnetId="subnet-12345678",
        MapPublicIpOnLaunch={"Value": False},
    )
    expect_error(
        ec2_client.modify_subnet_attribute,
        "InvalidSubnetID.Malformed",
        SubnetId="sn-1",
        MapPublicIpOnLaunch={"Value": False},
    )
    assert ec2_client.describe_subnets(SubnetIds=[subnet_id])["Subnets"][0] == subnet


def test_cli_vpc_attributes_and_default_subnet(aws_cli):
    vpc = aws_cli("create-vpc", "--cidr-block", "10.13.5.0/16")["Vpc"]
    assert vpc["CidrBlock"] == "10.13.0.0/16"
    aws_cli("modify-vpc-attribute", "--vpc-id", vpc["VpcId"], "--enable-dns-hostnames")
    answer = aws_cli(
        "describe-vpc-attribute", "--vpc-id", vpc["VpcId"], "--attribute", "enableDnsHostnames"
    )
    assert answer["EnableDnsHostnames"] == {"Value": True}
    failed = aws_cli("create-default-vpc", expect_error=True)
    assert "DefaultVpcAlreadyExists" in failed
    subnet = aws_cli("create-subnet", "--vpc-id", vpc["VpcId"], "--cidr-block", "10.13.1.0/24")
    subnet_id = subnet["Subnet"]["SubnetId"]
    aws_cli("modify-subnet-attribute", "--subnet-id", subnet_id, "--map-public-ip-on-launch")
    described = aws_cli("describe-subnets", "--subnet-ids", subnet_id)["Subnets"][0]
    assert described["MapPublicIpOnLaunch"] is True
