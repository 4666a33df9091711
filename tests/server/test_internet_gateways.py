"""Internet gateways and egress-only internet gateways: Create, Delete, Describe, Attach,
Detach; the default VPC's gateway; what an attached gateway keeps from being deleted."""

from __future__ import annotations

import pytest
from groups_support import expect_error


@pytest.fixture
def vpc_id(ec2_client):
    return ec2_client.create_vpc(CidrBlock="10.9.0.0/16")["Vpc"]["VpcId"]


def gateways(ec2_client, **kwargs):
    return ec2_client.describe_internet_gateways(**kwargs)["InternetGateways"]


def default_vpc_id(ec2_client):
    return ec2_client.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"][
        0
    ]["VpcId"]


def test_the_default_vpc_has_an_attached_gateway(ec2_client):
    vpc = default_vpc_id(ec2_client)
    (gateway,) = gateways(ec2_client)
    assert gateway["Attachments"] == [{"State": "available", "VpcId": vpc}]
    assert gateway["InternetGatewayId"].startswith("igw-")
    assert gateway["OwnerId"] == ec2_client.describe_vpcs()["Vpcs"][0]["OwnerId"]


def test_create_attach_detach_delete(ec2_client, vpc_id):
    created = ec2_client.create_internet_gateway(
        TagSpecifications=[
            {"ResourceType": "internet-gateway", "Tags": [{"Key": "Name", "Value": "gw"}]}
        ]
    )["InternetGateway"]
    gateway_id = created["InternetGatewayId"]
    assert created["Attachments"] == [] and created["Tags"] == [{"Key": "Name", "Value": "gw"}]
    ec2_client.attach_internet_gateway(InternetGatewayId=gateway_id, VpcId=vpc_id)
    (described,) = gateways(ec2_client, InternetGatewayIds=[gateway_id])
    assert described["Attachments"] == [{"State": "available", "VpcId": vpc_id}]
    expect_error(
        ec2_client.delete_internet_gateway, "DependencyViolation", InternetGatewayId=gateway_id
    )
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=vpc_id)
    ec2_client.detach_internet_gateway(InternetGatewayId=gateway_id, VpcId=vpc_id)
    assert gateways(ec2_client, InternetGatewayIds=[gateway_id])[0]["Attachments"] == []
    ec2_client.delete_internet_gateway(InternetGatewayId=gateway_id)
    expect_error(
        gateways,
        "InvalidInternetGatewayID.NotFound",
        ec2_client=ec2_client,
        InternetGatewayIds=[gateway_id],
    )
    ec2_client.delete_vpc(VpcId=vpc_id)


def test_one_gateway_per_vpc_and_one_vpc_per_gateway(ec2_client, vpc_id):
    first = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    second = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2_client.attach_internet_gateway(InternetGatewayId=first, VpcId=vpc_id)
    expect_error(
        ec2_client.attach_internet_gateway,
        "Resource.AlreadyAssociated",
        InternetGatewayId=first,
        VpcId=vpc_id,
    )
    expect_error(
        ec2_client.attach_internet_gateway,
        "Resource.AlreadyAssociated",
        InternetGatewayId=second,
        VpcId=vpc_id,
    )
    expect_error(
        ec2_client.attach_internet_gateway,
        "Resource.AlreadyAssociated",
        InternetGatewayId=first,
        VpcId=default_vpc_id(ec2_client),
    )
    assert gateways(ec2_client, InternetGatewayIds=[second])[0]["Attachments"] == []


def test_detach_errors(ec2_client, vpc_id):
    gateway_id = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    expect_error(
        ec2_client.detach_internet_gateway,
        "Gateway.NotAttached",
        InternetGatewayId=gateway_id,
        VpcId=vpc_id,
    )
    expect_error(
        ec2_client.detach_internet_gateway,
        "InvalidVpcID.NotFound",
        InternetGatewayId=gateway_id,
        VpcId="vpc-12345678",
    )
    expect_error(
        ec2_client.detach_internet_gateway,
        "InvalidInternetGatewayID.NotFound",
        InternetGatewayId="igw-12345678",
        VpcId=vpc_id,
    )


def test_a_vpc_with_a_public_address_keeps_its_gateway(ec2_client):
    image = ec2_client.describe_images(
        Owners=["amazon"], Filters=[{"Name": "architecture", "Values": ["x86_64"]}]
    )["Images"][0]["ImageId"]
    ec2_client.run_instances(ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro")
    (gateway,) = gateways(ec2_client)
    expect_error(
        ec2_client.detach_internet_gateway,
        "DependencyViolation",
        InternetGatewayId=gateway["InternetGatewayId"],
        VpcId=default_vpc_id(ec2_client),
    )
    assert gateways(ec2_client)[0]["Attachments"][0]["State"] == "available"


def test_malformed_and_unknown_ids(ec2_client, vpc_id):
    expect_error(
        ec2_client.describe_internet_gateways,
        "InvalidInternetGatewayId.Malformed",
        InternetGatewayIds=["gw-1"],
    )
    expect_error(
        ec2_client.describe_internet_gateways,
        "InvalidInternetGatewayID.NotFound",
        InternetGatewayIds=["igw-12345678"],
    )
    expect_error(
        ec2_client.delete_internet_gateway,
        "InvalidInternetGatewayId.Malformed",
        InternetGatewayId="igw-x",
    )
    expect_error(
        ec2_client.attach_internet_gateway,
        "InvalidInternetGatewayID.NotFound",
        InternetGatewayId="igw-12345678",
        VpcId=vpc_id,
    )
    gateway_id = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    expect_error(
        ec2_client.attach_internet_gateway,
        "InvalidVpcID.Malformed",
        InternetGatewayId=gateway_id,
        VpcId="nope",
    )
    assert gateways(ec2_client, InternetGatewayIds=[gateway_id])[0]["Attachments"] == []


def test_filters_and_paging(ec2_client, vpc_id):
    attached = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    loose = ec2_client.create_internet_gateway(
        TagSpecifications=[
            {"ResourceType": "internet-gateway", "Tags": [{"Key": "role", "Value": "spare"}]}
        ]
    )["InternetGateway"]["InternetGatewayId"]
    ec2_client.attach_internet_gateway(InternetGatewayId=attached, VpcId=vpc_id)

    def ids(*filters):
        found = gateways(ec2_client, Filters=[{"Name": n, "Values": v} for n, v in filters])
        return [g["InternetGatewayId"] for g in found]

    assert ids(("attachment.vpc-id", [vpc_id])) == [attached]
    assert len(ids(("attachment.state", ["available"]))) == 2  # with the default VPC's
    assert ids(("internet-gateway-id", [loose])) == [loose]
    assert ids(("tag:role", ["spare"])) == [loose]
    assert ids(("tag-key", ["role"])) == [loose]
    assert len(ids(("owner-id", ["*"]))) == 3
    expect_error(
        ec2_client.describe_internet_gateways,
        "InvalidParameterValue",
        Filters=[{"Name": "nope", "Values": ["x"]}],
    )
    page = ec2_client.describe_internet_gateways(MaxResults=5)
    assert len(page["InternetGateways"]) == 3 and "NextToken" not in page


def test_tags_on_gateways(ec2_client, vpc_id):
    gateway_id = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    eigw = ec2_client.create_egress_only_internet_gateway(VpcId=vpc_id)[
        "EgressOnlyInternetGateway"
    ]["EgressOnlyInternetGatewayId"]
    ec2_client.create_tags(Resources=[gateway_id, eigw], Tags=[{"Key": "k", "Value": "v"}])
    tags = ec2_client.describe_tags(Filters=[{"Name": "key", "Values": ["k"]}])["Tags"]
    assert sorted((t["ResourceId"], t["ResourceType"]) for t in tags) == sorted(
        [(gateway_id, "internet-gateway"), (eigw, "egress-only-internet-gateway")]
    )
    ec2_client.delete_tags(Resources=[gateway_id], Tags=[{"Key": "k"}])
    assert gateways(ec2_client, InternetGatewayIds=[gateway_id])[0]["Tags"] == []
    expect_error(
        ec2_client.create_tags,
        "InvalidInternetGatewayID.NotFound",
        Resources=["igw-12345678"],
        Tags=[{"Key": "k", "Value": "v"}],
    )


def test_create_refuses_tags_for_another_type(ec2_client):
    expect_error(
        ec2_client.create_internet_gateway,
        "InvalidParameterValue",
        TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "k", "Value": "v"}]}],
    )
    assert len(gateways(ec2_client)) == 1


def test_egress_only_gateway(ec2_client, vpc_id):
    created = ec2_client.create_egress_only_internet_gateway(
        VpcId=vpc_id,
        ClientToken="token-1",
        TagSpecifications=[
            {
                "ResourceType": "egress-only-internet-gateway",
                "Tags": [{"Key": "Name", "Value": "v6"}],
            }
        ],
    )
    gateway = created["EgressOnlyInternetGateway"]
    gateway_id = gateway["EgressOnlyInternetGatewayId"]
    assert created["ClientToken"] == "token-1"
    assert gateway_id.startswith("eigw-")
    assert gateway["Attachments"] == [{"State": "attached", "VpcId": vpc_id}]
    described = ec2_client.describe_egress_only_internet_gateways(
        EgressOnlyInternetGatewayIds=[gateway_id]
    )["EgressOnlyInternetGateways"]
    assert described == [gateway]
    by_tag = ec2_client.describe_egress_only_internet_gateways(
        Filters=[{"Name": "tag:Name", "Values": ["v6"]}]
    )["EgressOnlyInternetGateways"]
    assert [g["EgressOnlyInternetGatewayId"] for g in by_tag] == [gateway_id]
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=vpc_id)
    assert ec2_client.delete_egress_only_internet_gateway(EgressOnlyInternetGatewayId=gateway_id)[
        "ReturnCode"
    ]
    assert ec2_client.describe_egress_only_internet_gateways()["EgressOnlyInternetGateways"] == []
    ec2_client.delete_vpc(VpcId=vpc_id)


def test_egress_only_gateway_errors(ec2_client, vpc_id):
    expect_error(
        ec2_client.create_egress_only_internet_gateway,
        "InvalidVpcID.NotFound",
        VpcId="vpc-12345678",
    )
    expect_error(
        ec2_client.create_egress_only_internet_gateway,
        "InvalidParameterValue",
        VpcId=vpc_id,
        TagSpecifications=[
            {"ResourceType": "internet-gateway", "Tags": [{"Key": "k", "Value": "v"}]}
        ],
    )
    assert ec2_client.describe_egress_only_internet_gateways()["EgressOnlyInternetGateways"] == []
    expect_error(
        ec2_client.delete_egress_only_internet_gateway,
        "InvalidEgressOnlyInternetGatewayId.NotFound",
        EgressOnlyInternetGatewayId="eigw-12345678",
    )
    expect_error(
        ec2_client.describe_egress_only_internet_gateways,
        "InvalidEgressOnlyInternetGatewayId.Malformed",
        EgressOnlyInternetGatewayIds=["igw-12345678"],
    )
    expect_error(
        ec2_client.describe_egress_only_internet_gateways,
        "InvalidParameterValue",
        Filters=[{"Name": "vpc-id", "Values": [vpc_id]}],
    )


def test_dry_run_changes_nothing(ec2_client, vpc_id):
    gateway_id = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    expect_error(
        ec2_client.attach_internet_gateway,
        "DryRunOperation",
        412,
        InternetGatewayId=gateway_id,
        VpcId=vpc_id,
        DryRun=True,
    )
    expect_error(ec2_client.create_internet_gateway, "DryRunOperation", 412, DryRun=True)
    assert len(gateways(ec2_client)) == 2
    assert gateways(ec2_client, InternetGatewayIds=[gateway_id])[0]["Attachments"] == []


def test_cli_internet_gateway(aws_cli, ec2_client, vpc_id):
    gateway_id = aws_cli("create-internet-gateway")["InternetGateway"]["InternetGatewayId"]
    aws_cli("attach-internet-gateway", "--internet-gateway-id", gateway_id, "--vpc-id", vpc_id)
    described = aws_cli(
        "describe-internet-gateways", "--filters", f"Name=attachment.vpc-id,Values={vpc_id}"
    )["InternetGateways"]
    assert [g["InternetGatewayId"] for g in described] == [gateway_id]
    failed = aws_cli(
        "delete-internet-gateway", "--internet-gateway-id", gateway_id, expect_error=True
    )
    assert "DependencyViolation" in failed
    aws_cli("detach-internet-gateway", "--internet-gateway-id", gateway_id, "--vpc-id", vpc_id)
    aws_cli("delete-internet-gateway", "--internet-gateway-id", gateway_id)
    eigw = aws_cli("create-egress-only-internet-gateway", "--vpc-id", vpc_id)
    assert eigw["EgressOnlyInternetGateway"]["Attachments"][0]["State"] == "attached"
    assert len(gateways(ec2_client)) == 1


def test_egress_only_client_token_answers_the_same_gateway(ec2_client, vpc_id):
    first = ec2_client.create_egress_only_internet_gateway(VpcId=vpc_id, ClientToken="t")
    again = ec2_client.create_egress_only_internet_gateway(VpcId=vpc_id, ClientToken="t")
    assert again["EgressOnlyInternetGateway"] == first["EgressOnlyInternetGateway"]
    expect_error(
        ec2_client.create_egress_only_internet_gateway,
        "IdempotentParameterMismatch",
        VpcId=default_vpc_id(ec2_client),
        ClientToken="t",
    )
    assert (
        len(ec2_client.describe_egress_only_internet_gateways()["EgressOnlyInternetGateways"]) == 1
    )


def test_a_nat_gateways_elastic_ip_keeps_the_gateway_attached(ec2_client, vpc_id):
    gateway_id = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2_client.attach_internet_gateway(InternetGatewayId=gateway_id, VpcId=vpc_id)
    subnet_id = ec2_client.create_subnet(VpcId=vpc_id, CidrBlock="10.9.1.0/24")["Subnet"][
        "SubnetId"
    ]
    allocation = ec2_client.allocate_address(Domain="vpc")["AllocationId"]
    nat = ec2_client.create_nat_gateway(SubnetId=subnet_id, AllocationId=allocation)["NatGateway"][
        "NatGatewayId"
    ]
    expect_error(
        ec2_client.detach_internet_gateway,
        "DependencyViolation",
        InternetGatewayId=gateway_id,
        VpcId=vpc_id,
    )
    ec2_client.delete_nat_gateway(NatGatewayId=nat)
    ec2_client.detach_internet_gateway(InternetGatewayId=gateway_id, VpcId=vpc_id)


def test_create_default_vpc_comes_with_its_gateway_and_route(ec2_client):
    old = default_vpc_id(ec2_client)
    for subnet in ec2_client.describe_subnets()["Subnets"]:
        ec2_client.delete_subnet(SubnetId=subnet["SubnetId"])
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=old)  # its gateway
    (gateway,) = gateways(ec2_client)
    ec2_client.detach_internet_gateway(InternetGatewayId=gateway["InternetGatewayId"], VpcId=old)
    ec2_client.delete_internet_gateway(InternetGatewayId=gateway["InternetGatewayId"])
    ec2_client.delete_vpc(VpcId=old)
    assert ec2_client.describe_route_tables()["RouteTables"] == []
    new = ec2_client.create_default_vpc()["Vpc"]["VpcId"]
    (gateway,) = gateways(ec2_client)
    assert gateway["Attachments"] == [{"State": "available", "VpcId": new}]
    (table,) = ec2_client.describe_route_tables()["RouteTables"]
    assert table["VpcId"] == new and table["Associations"][0]["Main"] is True
    assert table["Routes"][-1]["GatewayId"] == gateway["InternetGatewayId"]
    assert table["Routes"][-1]["DestinationCidrBlock"] == "0.0.0.0/0"
