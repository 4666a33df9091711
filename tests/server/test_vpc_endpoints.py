"""VPC endpoints (gateway and interface), endpoint services, managed prefix lists."""

from __future__ import annotations

import json

from groups_support import expect_error

S3 = "com.amazonaws.us-east-1.s3"
SSM = "com.amazonaws.us-east-1.ssm"


def _vpc_and_table(client, cidr="10.0.0.0/16"):
    vpc_id = client.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]
    (table,) = client.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])[
        "RouteTables"
    ]
    return vpc_id, table["RouteTableId"]


def test_prefix_lists(ec2_client):
    lists = ec2_client.describe_prefix_lists()["PrefixLists"]
    names = {p["PrefixListName"] for p in lists}
    assert names == {S3, "com.amazonaws.us-east-1.dynamodb"}
    assert all(p["PrefixListId"].startswith("pl-") and p["Cidrs"] for p in lists)
    again = ec2_client.describe_prefix_lists()["PrefixLists"]
    assert [p["PrefixListId"] for p in again] == [p["PrefixListId"] for p in lists]  # stable
    s3 = next(p for p in lists if p["PrefixListName"] == S3)
    (only,) = ec2_client.describe_prefix_lists(PrefixListIds=[s3["PrefixListId"]])["PrefixLists"]
    assert only == s3
    by_name = ec2_client.describe_prefix_lists(
        Filters=[{"Name": "prefix-list-name", "Values": [S3]}]
    )["PrefixLists"]
    assert by_name == [s3]
    expect_error(
        ec2_client.describe_prefix_lists,
        "InvalidPrefixListID.NotFound",
        PrefixListIds=["pl-12345678"],
    )
    expect_error(
        ec2_client.describe_prefix_lists, "InvalidPrefixListId.Malformed", PrefixListIds=["p-1"]
    )


def test_endpoint_services(ec2_client):
    answer = ec2_client.describe_vpc_endpoint_services()
    assert S3 in answer["ServiceNames"] and SSM in answer["ServiceNames"]
    gateways = ec2_client.describe_vpc_endpoint_services(
        Filters=[{"Name": "service-type", "Values": ["Gateway"]}]
    )["ServiceDetails"]
    assert {d["ServiceName"] for d in gateways} == {S3, "com.amazonaws.us-east-1.dynamodb"}
    (ssm,) = ec2_client.describe_vpc_endpoint_services(ServiceNames=[SSM])["ServiceDetails"]
    assert ssm["ServiceType"] == [{"ServiceType": "Interface"}] and ssm["Owner"] == "amazon"
    assert ssm["PrivateDnsName"] == "ssm.us-east-1.amazonaws.com"
    page = ec2_client.describe_vpc_endpoint_services(MaxResults=5)
    assert len(page["ServiceDetails"]) == 5 and "NextToken" in page
    expect_error(
        ec2_client.describe_vpc_endpoint_services,
        "InvalidServiceName",
        ServiceNames=["com.amazonaws.us-east-1.nope"],
    )


def test_gateway_endpoint(ec2_client):
    vpc_id, table_id = _vpc_and_table(ec2_client)
    endpoint = ec2_client.create_vpc_endpoint(
        VpcId=vpc_id,
        ServiceName=S3,
        RouteTableIds=[table_id],
        TagSpecifications=[
            {"ResourceType": "vpc-endpoint", "Tags": [{"Key": "Name", "Value": "s3"}]}
        ],
    )["VpcEndpoint"]
    endpoint_id = endpoint["VpcEndpointId"]
    assert endpoint_id.startswith("vpce-")
    assert endpoint["VpcEndpointType"] == "Gateway" and endpoint["State"] == "available"
    assert endpoint["RouteTableIds"] == [table_id]
    assert json.loads(endpoint["PolicyDocument"])["Statement"][0]["Effect"] == "Allow"
    assert endpoint["Tags"] == [{"Key": "Name", "Value": "s3"}]
    found = ec2_client.describe_vpc_endpoints(
        Filters=[{"Name": "service-name", "Values": [S3]}, {"Name": "vpc-id", "Values": [vpc_id]}]
    )["VpcEndpoints"]
    assert [e["VpcEndpointId"] for e in found] == [endpoint_id]
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=vpc_id)
    policy = json.dumps({"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "*"}]})
    assert ec2_client.modify_vpc_endpoint(
        VpcEndpointId=endpoint_id, RemoveRouteTableIds=[table_id], PolicyDocument=policy
    )["Return"]
    (changed,) = ec2_client.describe_vpc_endpoints(VpcEndpointIds=[endpoint_id])["VpcEndpoints"]
    assert changed["RouteTableIds"] == [] and changed["PolicyDocument"] == policy
    ec2_client.modify_vpc_endpoint(
        VpcEndpointId=endpoint_id, AddRouteTableIds=[table_id], ResetPolicy=True
    )
    (changed,) = ec2_client.describe_vpc_endpoints(VpcEndpointIds=[endpoint_id])["VpcEndpoints"]
    assert changed["RouteTableIds"] == [table_id]
    assert json.loads(changed["PolicyDocument"])["Statement"][0]["Effect"] == "Allow"
    answer = ec2_client.delete_vpc_endpoints(VpcEndpointIds=[endpoint_id])
    assert answer["Unsuccessful"] == []
    again = ec2_client.delete_vpc_endpoints(VpcEndpointIds=[endpoint_id])["Unsuccessful"]
    assert again[0]["ResourceId"] == endpoint_id
    assert again[0]["Error"]["Code"] == "InvalidVpcEndpointId.NotFound"
    ec2_client.delete_vpc(VpcId=vpc_id)


def test_interface_endpoint_has_an_interface_per_subnet(ec2_client):
    vpc_id, _ = _vpc_and_table(ec2_client)
    a = ec2_client.create_subnet(
        VpcId=vpc_id, CidrBlock="10.0.1.0/24", AvailabilityZone="us-east-1a"
    )
    b = ec2_client.create_subnet(
        VpcId=vpc_id, CidrBlock="10.0.2.0/24", AvailabilityZone="us-east-1b"
    )
    subnet_a, subnet_b = a["Subnet"]["SubnetId"], b["Subnet"]["SubnetId"]
    endpoint = ec2_client.create_vpc_endpoint(
        VpcId=vpc_id, ServiceName=SSM, VpcEndpointType="Interface", SubnetIds=[subnet_a]
    )["VpcEndpoint"]
    endpoint_id = endpoint["VpcEndpointId"]
    assert endpoint["State"] == "pending" and endpoint["PrivateDnsEnabled"] is True
    assert endpoint["SubnetIds"] == [subnet_a] and len(endpoint["NetworkInterfaceIds"]) == 1
    assert [g["GroupName"] for g in endpoint["Groups"]] == ["default"]
    assert endpoint["DnsEntries"][0]["DnsName"].startswith(endpoint_id)
    (interface,) = ec2_client.describe_network_interfaces(
        NetworkInterfaceIds=endpoint["NetworkInterfaceIds"]
    )["NetworkInterfaces"]
    assert interface["InterfaceType"] == "vpc_endpoint" and interface["RequesterManaged"] is True
    assert interface["SubnetId"] == subnet_a and endpoint_id in interface["Description"]
    (described,) = ec2_client.describe_vpc_endpoints(VpcEndpointIds=[endpoint_id])["VpcEndpoints"]
    assert described["State"] == "available"
    ec2_client.modify_vpc_endpoint(
        VpcEndpointId=endpoint_id, AddSubnetIds=[subnet_b], RemoveSubnetIds=[subnet_a]
    )
    (described,) = ec2_client.describe_vpc_endpoints(VpcEndpointIds=[endpoint_id])["VpcEndpoints"]
    assert described["SubnetIds"] == [subnet_b] and len(described["NetworkInterfaceIds"]) == 1
    expect_error(
        ec2_client.describe_network_interfaces,
        "InvalidNetworkInterfaceID.NotFound",
        NetworkInterfaceIds=endpoint["NetworkInterfaceIds"],
    )
    ec2_client.delete_vpc_endpoints(VpcEndpointIds=[endpoint_id])
    assert (
        ec2_client.describe_network_interfaces(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])[
            "NetworkInterfaces"
        ]
        == []
    )


def test_endpoint_errors_change_nothing(ec2_client):
    vpc_id, table_id = _vpc_and_table(ec2_client)
    other_vpc, other_table = _vpc_and_table(ec2_client, "10.1.0.0/16")
    subnet_id = ec2_client.create_subnet(VpcId=vpc_id, CidrBlock="10.0.1.0/24")["Subnet"][
        "SubnetId"
    ]
    twin = ec2_client.create_subnet(VpcId=vpc_id, CidrBlock="10.0.2.0/24")["Subnet"]["SubnetId"]
    cases = [
        ("InvalidVpcID.NotFound", {"VpcId": "vpc-12345678", "ServiceName": S3}),
        ("InvalidServiceName", {"VpcId": vpc_id, "ServiceName": "com.amazonaws.us-east-1.x"}),
        ("InvalidServiceName", {"VpcId": vpc_id, "ServiceName": "com.amazonaws.eu-west-1.s3"}),
        ("MissingParameter", {"VpcId": vpc_id}),
        (
            "InvalidVpcEndpointType",
            {"VpcId": vpc_id, "ServiceName": SSM, "VpcEndpointType": "Gateway"},
        ),
        (
            "InvalidRouteTableID.NotFound",
            {"VpcId": vpc_id, "ServiceName": S3, "RouteTableIds": ["rtb-12345678"]},
        ),
        (
            "InvalidParameterValue",
            {"VpcId": vpc_id, "ServiceName": S3, "RouteTableIds": [other_table]},
        ),
        (
            "InvalidParameterValue",
            {"VpcId": vpc_id, "ServiceName": S3, "PolicyDocument": "{not json"},
        ),
        (
            "InvalidSubnetID.NotFound",
            {
                "VpcId": vpc_id,
                "ServiceName": SSM,
                "VpcEndpointType": "Interface",
                "SubnetIds": ["subnet-12345678"],
            },
        ),
        (
            "InvalidParameter",
            {
                "VpcId": vpc_id,
                "ServiceName": SSM,
                "VpcEndpointType": "Interface",
                "SubnetIds": [subnet_id, twin],
            },
        ),
        (
            "InvalidParameterValue",
            {
                "VpcId": vpc_id,
                "ServiceName": S3,
                "TagSpecifications": [
                    {"ResourceType": "vpc", "Tags": [{"Key": "a", "Value": "b"}]}
                ],
            },
        ),
    ]
    for code, kwargs in cases:
        expect_error(ec2_client.create_vpc_endpoint, code, **kwargs)
    expect_error(
        ec2_client.create_vpc_endpoint,
        "DryRunOperation",
        412,
        VpcId=vpc_id,
        ServiceName=S3,
        DryRun=True,
    )
    assert ec2_client.describe_vpc_endpoints()["VpcEndpoints"] == []
    assert ec2_client.describe_network_interfaces()["NetworkInterfaces"] == []
    endpoint_id = ec2_client.create_vpc_endpoint(VpcId=vpc_id, ServiceName=S3)["VpcEndpoint"][
        "VpcEndpointId"
    ]
    before = ec2_client.describe_vpc_endpoints()["VpcEndpoints"]
    expect_error(
        ec2_client.modify_vpc_endpoint,
        "InvalidParameterValue",
        VpcEndpointId=endpoint_id,
        AddSubnetIds=[subnet_id],
    )
    expect_error(
        ec2_client.modify_vpc_endpoint,
        "InvalidParameterCombination",
        VpcEndpointId=endpoint_id,
        ResetPolicy=True,
        PolicyDocument="{}",
    )
    expect_error(
        ec2_client.modify_vpc_endpoint,
        "InvalidVpcEndpointId.NotFound",
        VpcEndpointId="vpce-12345678",
    )
    expect_error(
        ec2_client.describe_vpc_endpoints,
        "InvalidVpcEndpointId.Malformed",
        VpcEndpointIds=["vpc-12345678"],
    )
    expect_error(
        ec2_client.delete_vpc_endpoints, "InvalidVpcEndpointId.Malformed", VpcEndpointIds=["x"]
    )
    assert ec2_client.describe_vpc_endpoints()["VpcEndpoints"] == before
    del other_vpc, table_id


def test_cli_vpc_endpoints(aws_cli):
    vpc_id = aws_cli("create-vpc", "--cidr-block", "10.4.0.0/16")["Vpc"]["VpcId"]
    endpoint = aws_cli(
        "create-vpc-endpoint",
        "--vpc-id",
        vpc_id,
        "--service-name",
        "com.amazonaws.us-east-1.dynamodb",
    )["VpcEndpoint"]
    listed = aws_cli("describe-vpc-endpoints", "--vpc-endpoint-ids", endpoint["VpcEndpointId"])
    assert listed["VpcEndpoints"][0]["ServiceName"] == "com.amazonaws.us-east-1.dynamodb"
    prefix_lists = aws_cli("describe-prefix-lists")["PrefixLists"]
    assert len(prefix_lists) == 2
    deleted = aws_cli("delete-vpc-endpoints", "--vpc-endpoint-ids", endpoint["VpcEndpointId"])
    assert deleted["Unsuccessful"] == []


def test_a_client_token_makes_one_endpoint(ec2_client):
    vpc_id, table_id = _vpc_and_table(ec2_client)
    first = ec2_client.create_vpc_endpoint(
        VpcId=vpc_id, ServiceName=S3, RouteTableIds=[table_id], ClientToken="endpoint-1"
    )
    again = ec2_client.create_vpc_endpoint(
        VpcId=vpc_id, ServiceName=S3, RouteTableIds=[table_id], ClientToken="endpoint-1"
    )
    assert again["VpcEndpoint"]["VpcEndpointId"] == first["VpcEndpoint"]["VpcEndpointId"]
    assert again["ClientToken"] == "endpoint-1"
    other_vpc, _ = _vpc_and_table(ec2_client, "10.1.0.0/16")
    expect_error(
        ec2_client.create_vpc_endpoint,
        "IdempotentParameterMismatch",
        VpcId=other_vpc,
        ServiceName=S3,
        ClientToken="endpoint-1",
    )
    assert len(ec2_client.describe_vpc_endpoints()["VpcEndpoints"]) == 1
