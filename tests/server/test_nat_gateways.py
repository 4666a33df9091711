"""NAT gateways: Create (public with an Elastic IP, private), Describe (filters, paging,
tags), Delete; their interface and address; states on the clock."""

from __future__ import annotations

import dataclasses
import time

import boto3
from groups_support import expect_error

from localec2.embedded import LocalEC2


def _subnet(client) -> dict:
    return client.describe_subnets(
        Filters=[{"Name": "availability-zone", "Values": ["us-east-1a"]}]
    )["Subnets"][0]


def _free(client, subnet_id: str) -> int:
    (subnet,) = client.describe_subnets(SubnetIds=[subnet_id])["Subnets"]
    return subnet["AvailableIpAddressCount"]


def _gateway(client, gateway_id: str) -> dict:
    (gateway,) = client.describe_nat_gateways(NatGatewayIds=[gateway_id])["NatGateways"]
    return gateway


def test_public_nat_gateway_with_its_interface_and_address(ec2_client):
    subnet = _subnet(ec2_client)
    free = subnet["AvailableIpAddressCount"]
    address = ec2_client.allocate_address(Domain="vpc")
    gateway = ec2_client.create_nat_gateway(
        SubnetId=subnet["SubnetId"],
        AllocationId=address["AllocationId"],
        TagSpecifications=[
            {"ResourceType": "natgateway", "Tags": [{"Key": "Name", "Value": "out"}]}
        ],
    )["NatGateway"]
    gateway_id = gateway["NatGatewayId"]
    assert gateway_id.startswith("nat-")
    assert gateway["State"] == "pending" and gateway["ConnectivityType"] == "public"
    assert gateway["SubnetId"] == subnet["SubnetId"] and gateway["VpcId"] == subnet["VpcId"]
    assert gateway["Tags"] == [{"Key": "Name", "Value": "out"}]
    (nat_address,) = gateway["NatGatewayAddresses"]
    assert nat_address["AllocationId"] == address["AllocationId"]
    assert nat_address["PublicIp"] == address["PublicIp"]
    assert nat_address["IsPrimary"] is True
    assert _gateway(ec2_client, gateway_id)["State"] == "available"  # boot_seconds is 0
    assert _free(ec2_client, subnet["SubnetId"]) == free - 1
    (eni,) = ec2_client.describe_network_interfaces(
        Filters=[{"Name": "interface-type", "Values": ["nat_gateway"]}]
    )["NetworkInterfaces"]
    assert eni["NetworkInterfaceId"] == nat_address["NetworkInterfaceId"]
    assert eni["RequesterManaged"] is True and eni["Status"] == "in-use"
    assert eni["PrivateIpAddress"] == nat_address["PrivateIp"]
    assert eni["Association"]["PublicIp"] == address["PublicIp"]
    assert eni["Description"] == f"Interface for NAT Gateway {gateway_id}"
    (shown,) = ec2_client.describe_addresses(AllocationIds=[address["AllocationId"]])["Addresses"]
    assert shown["NetworkInterfaceId"] == eni["NetworkInterfaceId"]
    assert shown["PrivateIpAddress"] == eni["PrivateIpAddress"]
    # the interface is AWS's: not deleted, detached or attached by the account
    expect_error(
        ec2_client.delete_network_interface,
        "OperationNotPermitted",
        NetworkInterfaceId=eni["NetworkInterfaceId"],
    )
    # and it keeps the subnet (so the VPC) from being deleted
    expect_error(ec2_client.delete_subnet, "DependencyViolation", SubnetId=subnet["SubnetId"])
    expect_error(
        ec2_client.release_address, "InvalidIPAddress.InUse", AllocationId=address["AllocationId"]
    )
    # tags
    ec2_client.create_tags(Resources=[gateway_id], Tags=[{"Key": "k", "Value": "v"}])
    tags = ec2_client.describe_tags(Filters=[{"Name": "resource-id", "Values": [gateway_id]}])
    assert {t["ResourceType"] for t in tags["Tags"]} == {"natgateway"}
    # delete: deleting, then deleted; its interface and the association go at once
    assert ec2_client.delete_nat_gateway(NatGatewayId=gateway_id)["NatGatewayId"] == gateway_id
    deleted = _gateway(ec2_client, gateway_id)
    assert deleted["State"] == "deleted" and "DeleteTime" in deleted
    assert (
        ec2_client.describe_network_interfaces(
            Filters=[{"Name": "interface-type", "Values": ["nat_gateway"]}]
        )["NetworkInterfaces"]
        == []
    )
    (shown,) = ec2_client.describe_addresses(AllocationIds=[address["AllocationId"]])["Addresses"]
    assert "AssociationId" not in shown
    assert _free(ec2_client, subnet["SubnetId"]) == free
    expect_error(ec2_client.delete_nat_gateway, "NatGatewayNotFound", NatGatewayId=gateway_id)
    ec2_client.release_address(AllocationId=address["AllocationId"])


def test_private_nat_gateway(ec2_client):
    subnet = _subnet(ec2_client)
    gateway = ec2_client.create_nat_gateway(
        SubnetId=subnet["SubnetId"], ConnectivityType="private", PrivateIpAddress="172.31.0.77"
    )["NatGateway"]
    assert gateway["ConnectivityType"] == "private"
    (nat_address,) = gateway["NatGatewayAddresses"]
    assert nat_address["PrivateIp"] == "172.31.0.77" and "PublicIp" not in nat_address
    (eni,) = ec2_client.describe_network_interfaces(
        NetworkInterfaceIds=[nat_address["NetworkInterfaceId"]]
    )["NetworkInterfaces"]
    assert eni["InterfaceType"] == "nat_gateway" and "Association" not in eni


def test_create_refusals_change_nothing(ec2_client):
    subnet = _subnet(ec2_client)
    free = subnet["AvailableIpAddressCount"]
    address = ec2_client.allocate_address(Domain="vpc")
    eni = ec2_client.create_network_interface(SubnetId=subnet["SubnetId"])["NetworkInterface"]
    ec2_client.associate_address(
        AllocationId=address["AllocationId"], NetworkInterfaceId=eni["NetworkInterfaceId"]
    )
    spare = ec2_client.allocate_address(Domain="vpc")
    create = ec2_client.create_nat_gateway
    expect_error(
        create,
        "Resource.AlreadyAssociated",
        SubnetId=subnet["SubnetId"],
        AllocationId=address["AllocationId"],
    )
    expect_error(create, "MissingParameter", SubnetId=subnet["SubnetId"])
    expect_error(
        create,
        "InvalidAllocationID.NotFound",
        SubnetId=subnet["SubnetId"],
        AllocationId="eipalloc-12345678",
    )
    expect_error(
        create,
        "InvalidSubnetID.NotFound",
        SubnetId="subnet-12345678",
        AllocationId=spare["AllocationId"],
    )
    expect_error(
        create,
        "InvalidParameterCombination",
        SubnetId=subnet["SubnetId"],
        ConnectivityType="private",
        AllocationId=spare["AllocationId"],
    )
    expect_error(
        create,
        "InvalidParameterValue",
        SubnetId=subnet["SubnetId"],
        AllocationId=spare["AllocationId"],
        TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "a", "Value": "b"}]}],
    )
    expect_error(
        create,
        "DryRunOperation",
        412,
        SubnetId=subnet["SubnetId"],
        AllocationId=spare["AllocationId"],
        DryRun=True,
    )
    assert ec2_client.describe_nat_gateways()["NatGateways"] == []
    assert _free(ec2_client, subnet["SubnetId"]) == free - 1  # the interface made above
    (shown,) = ec2_client.describe_addresses(AllocationIds=[spare["AllocationId"]])["Addresses"]
    assert "AssociationId" not in shown


def test_describe_filters_paging_and_ids(ec2_client):
    subnet = _subnet(ec2_client)
    ids = [
        ec2_client.create_nat_gateway(SubnetId=subnet["SubnetId"], ConnectivityType="private")[
            "NatGateway"
        ]["NatGatewayId"]
        for _ in range(6)
    ]
    ec2_client.delete_nat_gateway(NatGatewayId=ids[0])

    def listed(**kwargs) -> list[str]:
        return [
            g["NatGatewayId"] for g in ec2_client.describe_nat_gateways(**kwargs)["NatGateways"]
        ]

    assert listed(Filters=[{"Name": "state", "Values": ["deleted"]}]) == [ids[0]]
    assert listed(Filters=[{"Name": "state", "Values": ["available"]}]) == ids[1:]
    assert listed(Filters=[{"Name": "subnet-id", "Values": [subnet["SubnetId"]]}]) == ids
    assert listed(Filters=[{"Name": "vpc-id", "Values": ["vpc-12345678"]}]) == []
    assert listed(Filters=[{"Name": "nat-gateway-id", "Values": [ids[2]]}]) == [ids[2]]
    assert listed(NatGatewayIds=[ids[3], ids[1]]) == [ids[3], ids[1]]
    first = ec2_client.describe_nat_gateways(MaxResults=5)
    assert len(first["NatGateways"]) == 5
    rest = ec2_client.describe_nat_gateways(MaxResults=5, NextToken=first["NextToken"])
    assert [g["NatGatewayId"] for g in rest["NatGateways"]] == [ids[5]]
    expect_error(
        ec2_client.describe_nat_gateways, "NatGatewayNotFound", NatGatewayIds=["nat-12345678"]
    )
    expect_error(ec2_client.describe_nat_gateways, "NatGatewayMalformed", NatGatewayIds=["gw-1"])
    expect_error(ec2_client.delete_nat_gateway, "NatGatewayMalformed", NatGatewayId="gw-1")
    expect_error(
        ec2_client.describe_nat_gateways,
        "InvalidParameterValue",
        Filters=[{"Name": "nope", "Values": ["x"]}],
    )
    expect_error(ec2_client.describe_nat_gateways, "InvalidParameterValue", MaxResults=1001)


def test_states_move_on_the_clock():
    server = LocalEC2(in_memory=True, boot_seconds=0.5)
    server.config = dataclasses.replace(server.config, terminated_visible_seconds=0.5)
    with server:
        client = boto3.client(
            "ec2",
            endpoint_url=server.endpoint_url,
            region_name=server.region,
            aws_access_key_id=server.access_key_id,
            aws_secret_access_key=server.secret_access_key,
        )
        subnet = _subnet(client)
        gateway_id = client.create_nat_gateway(
            SubnetId=subnet["SubnetId"], ConnectivityType="private"
        )["NatGateway"]["NatGatewayId"]
        assert _gateway(client, gateway_id)["State"] == "pending"
        time.sleep(0.6)
        assert _gateway(client, gateway_id)["State"] == "available"
        client.delete_nat_gateway(NatGatewayId=gateway_id)
        assert _gateway(client, gateway_id)["State"] == "deleting"
        time.sleep(0.6)
        assert _gateway(client, gateway_id)["State"] == "deleted"
        time.sleep(0.6)
        assert client.describe_nat_gateways()["NatGateways"] == []


def test_cli(aws_cli):
    subnet_id = aws_cli("describe-subnets")["Subnets"][0]["SubnetId"]
    allocation_id = aws_cli("allocate-address", "--domain", "vpc")["AllocationId"]
    gateway = aws_cli(
        "create-nat-gateway", "--subnet-id", subnet_id, "--allocation-id", allocation_id
    )["NatGateway"]
    listed = aws_cli("describe-nat-gateways", "--filter", f"Name=subnet-id,Values={subnet_id}")[
        "NatGateways"
    ]
    assert [g["NatGatewayId"] for g in listed] == [gateway["NatGatewayId"]]
    aws_cli("delete-nat-gateway", "--nat-gateway-id", gateway["NatGatewayId"])
    error = aws_cli("delete-nat-gateway", "--nat-gateway-id", "nat-12345678", expect_error=True)
    assert "NatGatewayNotFound" in error


def test_a_public_gateway_without_an_internet_gateway_fails(ec2_client):
    """EC2 accepts it, then the gateway fails with Gateway.NotAttached (the failure its
    documentation names), holding no interface and leaving the Elastic IP free."""
    vpc_id = ec2_client.create_vpc(CidrBlock="10.80.0.0/16")["Vpc"]["VpcId"]
    subnet_id = ec2_client.create_subnet(VpcId=vpc_id, CidrBlock="10.80.1.0/24")["Subnet"][
        "SubnetId"
    ]
    free = _free(ec2_client, subnet_id)
    address = ec2_client.allocate_address(Domain="vpc")
    created = ec2_client.create_nat_gateway(
        SubnetId=subnet_id, AllocationId=address["AllocationId"]
    )["NatGateway"]
    assert created["State"] == "pending"
    gateway = _gateway(ec2_client, created["NatGatewayId"])
    assert gateway["State"] == "failed"
    assert gateway["FailureCode"] == "Gateway.NotAttached"
    assert gateway["FailureMessage"] == f"Network {vpc_id} has no Internet gateway attached"
    (described,) = ec2_client.describe_addresses(AllocationIds=[address["AllocationId"]])[
        "Addresses"
    ]
    assert "AssociationId" not in described
    in_subnet = [{"Name": "subnet-id", "Values": [subnet_id]}]
    assert ec2_client.describe_network_interfaces(Filters=in_subnet)["NetworkInterfaces"] == []
    assert _free(ec2_client, subnet_id) == free

    table_id = ec2_client.create_route_table(VpcId=vpc_id)["RouteTable"]["RouteTableId"]
    ec2_client.create_route(
        RouteTableId=table_id,
        DestinationCidrBlock="0.0.0.0/0",
        NatGatewayId=gateway["NatGatewayId"],
    )
    (table,) = ec2_client.describe_route_tables(RouteTableIds=[table_id])["RouteTables"]
    (route,) = [r for r in table["Routes"] if r.get("NatGatewayId")]
    assert route["State"] == "blackhole"

    ec2_client.delete_nat_gateway(NatGatewayId=gateway["NatGatewayId"])
    assert _gateway(ec2_client, gateway["NatGatewayId"])["State"] == "deleted"
    ec2_client.release_address(AllocationId=address["AllocationId"])
