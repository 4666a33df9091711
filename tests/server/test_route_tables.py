"""Route tables, routes and associations: each VPC's main table, tables of one's own, routes
to every kind of target, blackhole routes, associations with subnets and gateways."""

from __future__ import annotations

import pytest
from groups_support import expect_error


@pytest.fixture
def vpc(ec2_client):
    return ec2_client.create_vpc(CidrBlock="10.7.0.0/16")["Vpc"]


@pytest.fixture
def table(ec2_client, vpc):
    return ec2_client.create_route_table(VpcId=vpc["VpcId"])["RouteTable"]


def tables(ec2_client, **kwargs):
    return ec2_client.describe_route_tables(**kwargs)["RouteTables"]


def one(ec2_client, table_id):
    (found,) = tables(ec2_client, RouteTableIds=[table_id])
    return found


def by_filter(ec2_client, name, *values):
    found = tables(ec2_client, Filters=[{"Name": name, "Values": list(values)}])
    return [t["RouteTableId"] for t in found]


def main_of(ec2_client, vpc_id):
    (found,) = tables(
        ec2_client,
        Filters=[
            {"Name": "vpc-id", "Values": [vpc_id]},
            {"Name": "association.main", "Values": ["true"]},
        ],
    )
    return found


def default_vpc(ec2_client):
    return ec2_client.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"][0]


def igw_for(ec2_client, vpc_id):
    gateway_id = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2_client.attach_internet_gateway(InternetGatewayId=gateway_id, VpcId=vpc_id)
    return gateway_id


LOCAL = {
    "DestinationCidrBlock": "10.7.0.0/16",
    "GatewayId": "local",
    "Origin": "CreateRouteTable",
    "State": "active",
}


def test_default_vpc_main_table_routes_to_its_gateway(ec2_client):
    vpc = default_vpc(ec2_client)
    table = main_of(ec2_client, vpc["VpcId"])
    (gateway,) = ec2_client.describe_internet_gateways()["InternetGateways"]
    assert table["Routes"] == [
        {
            "DestinationCidrBlock": "172.31.0.0/16",
            "GatewayId": "local",
            "Origin": "CreateRouteTable",
            "State": "active",
        },
        {
            "DestinationCidrBlock": "0.0.0.0/0",
            "GatewayId": gateway["InternetGatewayId"],
            "Origin": "CreateRoute",
            "State": "active",
        },
    ]
    (association,) = table["Associations"]
    assert association["Main"] is True and "SubnetId" not in association
    assert association["AssociationState"] == {"State": "associated"}
    assert association["RouteTableAssociationId"].startswith("rtbassoc-")


def test_a_new_vpc_has_a_main_table_that_goes_with_it(ec2_client, vpc):
    table = main_of(ec2_client, vpc["VpcId"])
    assert table["Routes"] == [LOCAL]
    assert table["OwnerId"] == vpc["OwnerId"] and table["VpcId"] == vpc["VpcId"]
    expect_error(
        ec2_client.delete_route_table, "DependencyViolation", RouteTableId=table["RouteTableId"]
    )
    ec2_client.delete_vpc(VpcId=vpc["VpcId"])
    expect_error(
        ec2_client.describe_route_tables,
        "InvalidRouteTableID.NotFound",
        RouteTableIds=[table["RouteTableId"]],
    )


def test_create_and_delete_a_table(ec2_client, vpc):
    created = ec2_client.create_route_table(
        VpcId=vpc["VpcId"],
        ClientToken="abc",
        TagSpecifications=[
            {"ResourceType": "route-table", "Tags": [{"Key": "Name", "Value": "private"}]}
        ],
    )
    table = created["RouteTable"]
    assert created["ClientToken"] == "abc"
    assert table["RouteTableId"].startswith("rtb-")
    assert table["Routes"] == [LOCAL] and table["Associations"] == []
    assert table["Tags"] == [{"Key": "Name", "Value": "private"}]
    assert one(ec2_client, table["RouteTableId"]) == table
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=vpc["VpcId"])
    ec2_client.delete_route_table(RouteTableId=table["RouteTableId"])
    assert by_filter(ec2_client, "vpc-id", vpc["VpcId"]) == [
        main_of(ec2_client, vpc["VpcId"])["RouteTableId"]
    ]
    ec2_client.delete_vpc(VpcId=vpc["VpcId"])


def test_create_and_delete_errors(ec2_client, vpc):
    expect_error(ec2_client.create_route_table, "InvalidVpcID.NotFound", VpcId="vpc-12345678")
    expect_error(ec2_client.create_route_table, "InvalidVpcID.Malformed", VpcId="v-1")
    expect_error(
        ec2_client.create_route_table,
        "InvalidParameterValue",
        VpcId=vpc["VpcId"],
        TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "k", "Value": "v"}]}],
    )
    assert len(by_filter(ec2_client, "vpc-id", vpc["VpcId"])) == 1
    expect_error(
        ec2_client.delete_route_table, "InvalidRouteTableID.NotFound", RouteTableId="rtb-12345678"
    )
    expect_error(ec2_client.delete_route_table, "InvalidRouteTableId.Malformed", RouteTableId="r")
    expect_error(
        ec2_client.describe_route_tables, "InvalidRouteTableId.Malformed", RouteTableIds=["x-1"]
    )


def test_routes_to_an_internet_gateway(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    gateway_id = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    expect_error(  # not attached to the table's VPC
        ec2_client.create_route,
        "InvalidParameterValue",
        RouteTableId=table_id,
        DestinationCidrBlock="0.0.0.0/0",
        GatewayId=gateway_id,
    )
    ec2_client.attach_internet_gateway(InternetGatewayId=gateway_id, VpcId=vpc["VpcId"])
    assert ec2_client.create_route(
        RouteTableId=table_id, DestinationCidrBlock="0.0.0.0/0", GatewayId=gateway_id
    )["Return"]
    expect_error(
        ec2_client.create_route,
        "RouteAlreadyExists",
        RouteTableId=table_id,
        DestinationCidrBlock="0.0.0.0/0",
        GatewayId=gateway_id,
    )
    expect_error(
        ec2_client.create_route,
        "RouteAlreadyExists",
        RouteTableId=table_id,
        DestinationCidrBlock="10.7.0.0/16",
        GatewayId=gateway_id,
    )
    route = one(ec2_client, table_id)["Routes"][1]
    assert route == {
        "DestinationCidrBlock": "0.0.0.0/0",
        "GatewayId": gateway_id,
        "Origin": "CreateRoute",
        "State": "active",
    }
    assert by_filter(ec2_client, "route.gateway-id", gateway_id) == [table_id]
    assert by_filter(ec2_client, "route.destination-cidr-block", "0.0.0.0/0") == [
        main_of(ec2_client, default_vpc(ec2_client)["VpcId"])["RouteTableId"],
        table_id,
    ]
    ec2_client.detach_internet_gateway(InternetGatewayId=gateway_id, VpcId=vpc["VpcId"])
    assert one(ec2_client, table_id)["Routes"][1]["State"] == "blackhole"
    assert by_filter(ec2_client, "route.state", "blackhole") == [table_id]
    ec2_client.delete_route(RouteTableId=table_id, DestinationCidrBlock="0.0.0.0/0")
    assert one(ec2_client, table_id)["Routes"] == [LOCAL]


def test_replace_and_delete_route_errors(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    first = igw_for(ec2_client, vpc["VpcId"])
    ec2_client.create_route(
        RouteTableId=table_id, DestinationCidrBlock="192.168.0.0/24", GatewayId=first
    )
    expect_error(
        ec2_client.replace_route,
        "InvalidRoute.NotFound",
        RouteTableId=table_id,
        DestinationCidrBlock="192.168.1.0/24",
        GatewayId=first,
    )
    expect_error(
        ec2_client.delete_route,
        "InvalidRoute.NotFound",
        RouteTableId=table_id,
        DestinationCidrBlock="192.168.1.0/24",
    )
    expect_error(
        ec2_client.delete_route,
        "InvalidParameterValue",
        RouteTableId=table_id,
        DestinationCidrBlock="10.7.0.0/16",
    )
    expect_error(
        ec2_client.replace_route,
        "InvalidParameterValue",
        RouteTableId=table_id,
        DestinationCidrBlock="10.7.0.0/16",
        GatewayId=first,
    )
    expect_error(
        ec2_client.create_route,
        "InvalidParameterValue",
        RouteTableId=table_id,
        DestinationCidrBlock="10.1.2.3/16",
        GatewayId=first,
    )
    expect_error(
        ec2_client.create_route,
        "InvalidGatewayID.NotFound",
        RouteTableId=table_id,
        DestinationCidrBlock="10.9.0.0/16",
        GatewayId="igw-12345678",
    )
    expect_error(
        ec2_client.create_route,
        "MissingParameter",
        RouteTableId=table_id,
        DestinationCidrBlock="10.9.0.0/16",
    )
    expect_error(
        ec2_client.create_route,
        "MissingParameter",
        RouteTableId=table_id,
        GatewayId=first,
    )
    expect_error(
        ec2_client.create_route,
        "InvalidParameterCombination",
        RouteTableId=table_id,
        DestinationCidrBlock="10.9.0.0/16",
        GatewayId=first,
        InstanceId="i-12345678",
    )
    expect_error(
        ec2_client.create_route,
        "InvalidRouteTableID.NotFound",
        RouteTableId="rtb-12345678",
        DestinationCidrBlock="10.9.0.0/16",
        GatewayId=first,
    )
    assert [r["DestinationCidrBlock"] for r in one(ec2_client, table_id)["Routes"]] == [
        "10.7.0.0/16",
        "192.168.0.0/24",
    ]


def test_ipv6_routes_and_egress_only_gateways(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    eigw = ec2_client.create_egress_only_internet_gateway(VpcId=vpc["VpcId"])[
        "EgressOnlyInternetGateway"
    ]["EgressOnlyInternetGatewayId"]
    expect_error(
        ec2_client.create_route,
        "InvalidParameterValue",
        RouteTableId=table_id,
        DestinationCidrBlock="0.0.0.0/0",
        EgressOnlyInternetGatewayId=eigw,
    )
    ec2_client.create_route(
        RouteTableId=table_id, DestinationIpv6CidrBlock="::/0", EgressOnlyInternetGatewayId=eigw
    )
    route = one(ec2_client, table_id)["Routes"][1]
    assert route == {
        "DestinationIpv6CidrBlock": "::/0",
        "EgressOnlyInternetGatewayId": eigw,
        "Origin": "CreateRoute",
        "State": "active",
    }
    assert by_filter(ec2_client, "route.egress-only-internet-gateway-id", eigw) == [table_id]
    assert by_filter(ec2_client, "route.destination-ipv6-cidr-block", "::/0") == [table_id]
    expect_error(
        ec2_client.create_route,
        "RouteAlreadyExists",
        RouteTableId=table_id,
        DestinationIpv6CidrBlock="::/0",
        EgressOnlyInternetGatewayId=eigw,
    )
    gateway_id = igw_for(ec2_client, vpc["VpcId"])
    ec2_client.replace_route(
        RouteTableId=table_id, DestinationIpv6CidrBlock="::/0", GatewayId=gateway_id
    )
    assert one(ec2_client, table_id)["Routes"][1]["GatewayId"] == gateway_id
    ec2_client.replace_route(
        RouteTableId=table_id, DestinationIpv6CidrBlock="::/0", GatewayId=eigw
    )  # EC2 takes an egress-only gateway as a gateway id and shows it as what it is
    assert one(ec2_client, table_id)["Routes"][1]["EgressOnlyInternetGatewayId"] == eigw
    ec2_client.delete_egress_only_internet_gateway(EgressOnlyInternetGatewayId=eigw)
    assert one(ec2_client, table_id)["Routes"][1]["State"] == "blackhole"
    ec2_client.delete_route(RouteTableId=table_id, DestinationIpv6CidrBlock="::/0")
    expect_error(
        ec2_client.create_route,
        "InvalidParameterValue",
        RouteTableId=table_id,
        DestinationIpv6CidrBlock="2001:db8::1/32",
        GatewayId=gateway_id,
    )


def test_prefix_list_destination(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    gateway_id = igw_for(ec2_client, vpc["VpcId"])
    s3 = ec2_client.describe_prefix_lists()["PrefixLists"][0]["PrefixListId"]
    ec2_client.create_route(RouteTableId=table_id, DestinationPrefixListId=s3, GatewayId=gateway_id)
    assert one(ec2_client, table_id)["Routes"][1]["DestinationPrefixListId"] == s3
    assert by_filter(ec2_client, "route.destination-prefix-list-id", s3) == [table_id]
    expect_error(
        ec2_client.create_route,
        "InvalidPrefixListId.Malformed",
        RouteTableId=table_id,
        DestinationPrefixListId="pl-x",
        GatewayId=gateway_id,
    )
    expect_error(
        ec2_client.create_route,
        "InvalidPrefixListID.NotFound",
        RouteTableId=table_id,
        DestinationPrefixListId="pl-12345678",
        GatewayId=gateway_id,
    )
    ec2_client.delete_route(RouteTableId=table_id, DestinationPrefixListId=s3)
    assert one(ec2_client, table_id)["Routes"] == [LOCAL]


def test_a_gateway_endpoint_adds_its_route(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    lists = {
        p["PrefixListName"]: p["PrefixListId"]
        for p in ec2_client.describe_prefix_lists()["PrefixLists"]
    }
    service = "com.amazonaws.us-east-1.s3"
    endpoint = ec2_client.create_vpc_endpoint(
        VpcId=vpc["VpcId"], ServiceName=service, RouteTableIds=[table_id]
    )["VpcEndpoint"]["VpcEndpointId"]
    route = one(ec2_client, table_id)["Routes"][1]
    assert route == {
        "DestinationPrefixListId": lists[service],
        "GatewayId": endpoint,
        "Origin": "CreateRoute",
        "State": "active",
    }
    assert by_filter(ec2_client, "route.gateway-id", endpoint) == [table_id]
    gateway_id = igw_for(ec2_client, vpc["VpcId"])
    expect_error(
        ec2_client.create_route,
        "RouteAlreadyExists",
        RouteTableId=table_id,
        DestinationPrefixListId=lists[service],
        GatewayId=gateway_id,
    )
    expect_error(
        ec2_client.delete_route,
        "InvalidParameterValue",
        RouteTableId=table_id,
        DestinationPrefixListId=lists[service],
    )
    ec2_client.delete_vpc_endpoints(VpcEndpointIds=[endpoint])
    assert one(ec2_client, table_id)["Routes"] == [LOCAL]


def test_route_to_an_instance_and_its_interface(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    subnet = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.7.1.0/24")["Subnet"]
    image = ec2_client.describe_images(
        Owners=["amazon"], Filters=[{"Name": "architecture", "Values": ["x86_64"]}]
    )["Images"][0]["ImageId"]
    instance = ec2_client.run_instances(
        ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro", SubnetId=subnet["SubnetId"]
    )["Instances"][0]
    eni = instance["NetworkInterfaces"][0]["NetworkInterfaceId"]
    ec2_client.create_route(
        RouteTableId=table_id, DestinationCidrBlock="0.0.0.0/0", InstanceId=instance["InstanceId"]
    )
    route = one(ec2_client, table_id)["Routes"][1]
    assert route["InstanceId"] == instance["InstanceId"]
    assert route["NetworkInterfaceId"] == eni and route["InstanceOwnerId"] == vpc["OwnerId"]
    assert route["State"] == "active"
    assert by_filter(ec2_client, "route.instance-id", instance["InstanceId"]) == [table_id]
    ec2_client.create_route(
        RouteTableId=table_id, DestinationCidrBlock="192.168.0.0/16", NetworkInterfaceId=eni
    )
    assert one(ec2_client, table_id)["Routes"][2]["NetworkInterfaceId"] == eni
    expect_error(  # an instance of another VPC
        ec2_client.create_route,
        "InvalidParameterValue",
        RouteTableId=main_of(ec2_client, default_vpc(ec2_client)["VpcId"])["RouteTableId"],
        DestinationCidrBlock="192.168.0.0/16",
        InstanceId=instance["InstanceId"],
    )
    expect_error(
        ec2_client.create_route,
        "InvalidInstanceID.NotFound",
        RouteTableId=table_id,
        DestinationCidrBlock="192.169.0.0/16",
        InstanceId="i-12345678",
    )
    expect_error(
        ec2_client.create_route,
        "InvalidNetworkInterfaceID.NotFound",
        RouteTableId=table_id,
        DestinationCidrBlock="192.169.0.0/16",
        NetworkInterfaceId="eni-12345678",
    )
    ec2_client.terminate_instances(InstanceIds=[instance["InstanceId"]])
    assert one(ec2_client, table_id)["Routes"][1]["State"] == "blackhole"


def test_route_to_a_nat_gateway_id(ec2_client, table):
    expect_error(
        ec2_client.create_route,
        "NatGatewayNotFound",
        RouteTableId=table["RouteTableId"],
        DestinationCidrBlock="0.0.0.0/0",
        NatGatewayId="nat-12345678",
    )
    expect_error(  # EC2 refuses a NAT gateway as a gateway id
        ec2_client.create_route,
        "InvalidParameterValue",
        RouteTableId=table["RouteTableId"],
        DestinationCidrBlock="0.0.0.0/0",
        GatewayId="nat-12345678",
    )


def test_subnet_associations(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    subnet = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.7.2.0/24")["Subnet"]
    subnet_id = subnet["SubnetId"]
    assert by_filter(ec2_client, "association.subnet-id", subnet_id) == []  # implicit: main
    associated = ec2_client.associate_route_table(RouteTableId=table_id, SubnetId=subnet_id)
    association_id = associated["AssociationId"]
    assert association_id.startswith("rtbassoc-")
    assert associated["AssociationState"] == {"State": "associated"}
    (association,) = one(ec2_client, table_id)["Associations"]
    assert association == {
        "Main": False,
        "RouteTableAssociationId": association_id,
        "RouteTableId": table_id,
        "SubnetId": subnet_id,
        "AssociationState": {"State": "associated"},
    }
    assert by_filter(ec2_client, "association.subnet-id", subnet_id) == [table_id]
    assert by_filter(ec2_client, "association.route-table-association-id", association_id) == [
        table_id
    ]
    assert table_id in by_filter(ec2_client, "association.main", "false")
    other = ec2_client.create_route_table(VpcId=vpc["VpcId"])["RouteTable"]["RouteTableId"]
    expect_error(
        ec2_client.associate_route_table,
        "Resource.AlreadyAssociated",
        RouteTableId=other,
        SubnetId=subnet_id,
    )
    expect_error(ec2_client.delete_route_table, "DependencyViolation", RouteTableId=table_id)
    replaced = ec2_client.replace_route_table_association(
        AssociationId=association_id, RouteTableId=other
    )
    assert replaced["NewAssociationId"] != association_id
    assert one(ec2_client, table_id)["Associations"] == []
    assert by_filter(ec2_client, "association.subnet-id", subnet_id) == [other]
    expect_error(
        ec2_client.disassociate_route_table,
        "InvalidAssociationID.NotFound",
        AssociationId=association_id,
    )
    ec2_client.disassociate_route_table(AssociationId=replaced["NewAssociationId"])
    assert by_filter(ec2_client, "association.subnet-id", subnet_id) == []
    ec2_client.delete_route_table(RouteTableId=table_id)


def test_association_errors(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    other_subnet = ec2_client.describe_subnets()["Subnets"][0]["SubnetId"]  # the default VPC's
    expect_error(
        ec2_client.associate_route_table,
        "InvalidParameterValue",
        RouteTableId=table_id,
        SubnetId=other_subnet,
    )
    expect_error(
        ec2_client.associate_route_table,
        "InvalidSubnetID.NotFound",
        RouteTableId=table_id,
        SubnetId="subnet-12345678",
    )
    expect_error(
        ec2_client.associate_route_table,
        "InvalidRouteTableID.NotFound",
        RouteTableId="rtb-12345678",
        SubnetId=other_subnet,
    )
    expect_error(
        ec2_client.associate_route_table,
        "MissingParameter",
        RouteTableId=table_id,
    )
    expect_error(
        ec2_client.disassociate_route_table,
        "InvalidAssociationID.Malformed",
        AssociationId="assoc-1",
    )
    main = main_of(ec2_client, vpc["VpcId"])
    expect_error(
        ec2_client.disassociate_route_table,
        "InvalidParameterValue",
        AssociationId=main["Associations"][0]["RouteTableAssociationId"],
    )
    expect_error(
        ec2_client.replace_route_table_association,
        "InvalidParameterValue",
        AssociationId=main["Associations"][0]["RouteTableAssociationId"],
        RouteTableId=main_of(ec2_client, default_vpc(ec2_client)["VpcId"])["RouteTableId"],
    )
    assert one(ec2_client, table_id)["Associations"] == []
    assert main_of(ec2_client, vpc["VpcId"]) == main


def test_gateway_association(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    gateway_id = ec2_client.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    expect_error(
        ec2_client.associate_route_table,
        "InvalidParameterValue",
        RouteTableId=table_id,
        GatewayId=gateway_id,
    )
    ec2_client.attach_internet_gateway(InternetGatewayId=gateway_id, VpcId=vpc["VpcId"])
    association_id = ec2_client.associate_route_table(RouteTableId=table_id, GatewayId=gateway_id)[
        "AssociationId"
    ]
    assert by_filter(ec2_client, "association.gateway-id", gateway_id) == [table_id]
    expect_error(
        ec2_client.associate_route_table,
        "Resource.AlreadyAssociated",
        RouteTableId=main_of(ec2_client, vpc["VpcId"])["RouteTableId"],
        GatewayId=gateway_id,
    )
    ec2_client.disassociate_route_table(AssociationId=association_id)
    assert one(ec2_client, table_id)["Associations"] == []


def test_replacing_the_main_association(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    old_main = main_of(ec2_client, vpc["VpcId"])
    main_association = old_main["Associations"][0]["RouteTableAssociationId"]
    new = ec2_client.replace_route_table_association(
        AssociationId=main_association, RouteTableId=table_id
    )["NewAssociationId"]
    now = main_of(ec2_client, vpc["VpcId"])
    assert now["RouteTableId"] == table_id
    assert now["Associations"][0]["RouteTableAssociationId"] == new
    assert now["Associations"][0]["Main"] is True
    ec2_client.delete_route_table(RouteTableId=old_main["RouteTableId"])  # no longer main
    expect_error(ec2_client.delete_route_table, "DependencyViolation", RouteTableId=table_id)
    ec2_client.delete_vpc(VpcId=vpc["VpcId"])
    assert by_filter(ec2_client, "vpc-id", vpc["VpcId"]) == []


def test_a_deleted_subnet_takes_its_association(ec2_client, vpc, table):
    subnet_id = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.7.3.0/24")["Subnet"][
        "SubnetId"
    ]
    ec2_client.associate_route_table(RouteTableId=table["RouteTableId"], SubnetId=subnet_id)
    ec2_client.delete_subnet(SubnetId=subnet_id)
    assert one(ec2_client, table["RouteTableId"])["Associations"] == []
    ec2_client.delete_route_table(RouteTableId=table["RouteTableId"])


def test_filters_tags_and_paging(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    ec2_client.create_tags(Resources=[table_id], Tags=[{"Key": "tier", "Value": "app"}])
    assert by_filter(ec2_client, "tag:tier", "app") == [table_id]
    assert by_filter(ec2_client, "route-table-id", table_id) == [table_id]
    assert by_filter(ec2_client, "route.origin", "CreateRouteTable") != []
    assert len(by_filter(ec2_client, "owner-id", vpc["OwnerId"])) == 3
    assert len(by_filter(ec2_client, "association.main", "true")) == 2
    tags = ec2_client.describe_tags(Filters=[{"Name": "resource-type", "Values": ["route-table"]}])
    assert [t["ResourceId"] for t in tags["Tags"]] == [table_id]
    expect_error(
        ec2_client.describe_route_tables,
        "InvalidParameterValue",
        Filters=[{"Name": "route.bogus", "Values": ["x"]}],
    )
    page = ec2_client.describe_route_tables(MaxResults=5)
    assert len(page["RouteTables"]) == 3 and "NextToken" not in page
    expect_error(ec2_client.describe_route_tables, "InvalidParameterValue", NextToken="%%")


def test_dry_run_changes_nothing(ec2_client, vpc, table):
    gateway_id = igw_for(ec2_client, vpc["VpcId"])
    expect_error(
        ec2_client.create_route,
        "DryRunOperation",
        412,
        RouteTableId=table["RouteTableId"],
        DestinationCidrBlock="0.0.0.0/0",
        GatewayId=gateway_id,
        DryRun=True,
    )
    expect_error(
        ec2_client.create_route_table, "DryRunOperation", 412, VpcId=vpc["VpcId"], DryRun=True
    )
    assert one(ec2_client, table["RouteTableId"])["Routes"] == [LOCAL]
    assert len(by_filter(ec2_client, "vpc-id", vpc["VpcId"])) == 2


def test_cli_route_tables(aws_cli, ec2_client, vpc):
    table_id = aws_cli("create-route-table", "--vpc-id", vpc["VpcId"])["RouteTable"]["RouteTableId"]
    gateway_id = igw_for(ec2_client, vpc["VpcId"])
    created = aws_cli(
        "create-route",
        "--route-table-id",
        table_id,
        "--destination-cidr-block",
        "0.0.0.0/0",
        "--gateway-id",
        gateway_id,
    )
    assert created == {"Return": True}
    subnet_id = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.7.4.0/24")["Subnet"][
        "SubnetId"
    ]
    associated = aws_cli(
        "associate-route-table", "--route-table-id", table_id, "--subnet-id", subnet_id
    )
    described = aws_cli(
        "describe-route-tables", "--filters", f"Name=association.subnet-id,Values={subnet_id}"
    )["RouteTables"]
    assert [t["RouteTableId"] for t in described] == [table_id]
    assert described[0]["Routes"][1]["GatewayId"] == gateway_id
    failed = aws_cli("delete-route-table", "--route-table-id", table_id, expect_error=True)
    assert "DependencyViolation" in failed
    aws_cli("disassociate-route-table", "--association-id", associated["AssociationId"])
    aws_cli("delete-route", "--route-table-id", table_id, "--destination-cidr-block", "0.0.0.0/0")
    aws_cli("delete-route-table", "--route-table-id", table_id)
    assert by_filter(ec2_client, "vpc-id", vpc["VpcId"]) == [
        main_of(ec2_client, vpc["VpcId"])["RouteTableId"]
    ]


def test_route_to_a_peering_connection(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    peer = ec2_client.create_vpc(CidrBlock="10.8.0.0/16")["Vpc"]["VpcId"]
    pcx = ec2_client.create_vpc_peering_connection(VpcId=vpc["VpcId"], PeerVpcId=peer)[
        "VpcPeeringConnection"
    ]["VpcPeeringConnectionId"]
    ec2_client.create_route(
        RouteTableId=table_id, DestinationCidrBlock="10.8.0.0/16", VpcPeeringConnectionId=pcx
    )
    route = one(ec2_client, table_id)["Routes"][1]
    assert route["VpcPeeringConnectionId"] == pcx
    assert route["State"] == "blackhole"  # until accepted
    ec2_client.accept_vpc_peering_connection(VpcPeeringConnectionId=pcx)
    assert one(ec2_client, table_id)["Routes"][1]["State"] == "active"
    assert by_filter(ec2_client, "route.vpc-peering-connection-id", pcx) == [table_id]
    expect_error(  # the default VPC is on neither side
        ec2_client.create_route,
        "InvalidParameterValue",
        RouteTableId=main_of(ec2_client, default_vpc(ec2_client)["VpcId"])["RouteTableId"],
        DestinationCidrBlock="10.8.0.0/16",
        VpcPeeringConnectionId=pcx,
    )
    expect_error(
        ec2_client.create_route,
        "InvalidVpcPeeringConnectionID.NotFound",
        RouteTableId=table_id,
        DestinationCidrBlock="10.10.0.0/16",
        VpcPeeringConnectionId="pcx-12345678",
    )
    ec2_client.delete_vpc_peering_connection(VpcPeeringConnectionId=pcx)
    assert one(ec2_client, table_id)["Routes"][1]["State"] == "blackhole"


def test_route_to_a_network_interface_of_its_own(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    subnet_id = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.7.5.0/24")["Subnet"][
        "SubnetId"
    ]
    eni = ec2_client.create_network_interface(SubnetId=subnet_id)["NetworkInterface"][
        "NetworkInterfaceId"
    ]
    ec2_client.create_route(
        RouteTableId=table_id, DestinationCidrBlock="0.0.0.0/0", NetworkInterfaceId=eni
    )
    route = one(ec2_client, table_id)["Routes"][1]
    assert (route["NetworkInterfaceId"], route["State"]) == (eni, "active")
    assert "InstanceId" not in route
    ec2_client.delete_network_interface(NetworkInterfaceId=eni)
    assert one(ec2_client, table_id)["Routes"][1]["State"] == "blackhole"
    expect_error(
        ec2_client.create_route,
        "InvalidNetworkInterfaceID.Malformed",
        RouteTableId=table_id,
        DestinationCidrBlock="10.99.0.0/16",
        NetworkInterfaceId="nic-1",
    )


def test_routes_and_associations_with_a_vpn_gateway(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    vgw = ec2_client.create_vpn_gateway(Type="ipsec.1")["VpnGateway"]["VpnGatewayId"]
    expect_error(  # not attached to the table's VPC
        ec2_client.create_route,
        "InvalidParameterValue",
        RouteTableId=table_id,
        DestinationCidrBlock="172.16.0.0/12",
        GatewayId=vgw,
    )
    ec2_client.attach_vpn_gateway(VpnGatewayId=vgw, VpcId=vpc["VpcId"])
    ec2_client.create_route(
        RouteTableId=table_id, DestinationCidrBlock="172.16.0.0/12", GatewayId=vgw
    )
    route = one(ec2_client, table_id)["Routes"][1]
    assert (route["GatewayId"], route["State"]) == (vgw, "active")
    association_id = ec2_client.associate_route_table(RouteTableId=table_id, GatewayId=vgw)[
        "AssociationId"
    ]
    assert by_filter(ec2_client, "association.gateway-id", vgw) == [table_id]
    expect_error(
        ec2_client.create_route,
        "InvalidGatewayID.NotFound",
        RouteTableId=table_id,
        DestinationCidrBlock="172.17.0.0/16",
        GatewayId="vgw-12345678",
    )
    ec2_client.disassociate_route_table(AssociationId=association_id)
    ec2_client.detach_vpn_gateway(VpnGatewayId=vgw, VpcId=vpc["VpcId"])
    assert one(ec2_client, table_id)["Routes"][1]["State"] == "blackhole"


def test_client_token_answers_the_same_table(ec2_client, vpc):
    first = ec2_client.create_route_table(VpcId=vpc["VpcId"], ClientToken="same")["RouteTable"]
    again = ec2_client.create_route_table(VpcId=vpc["VpcId"], ClientToken="same")["RouteTable"]
    assert again["RouteTableId"] == first["RouteTableId"]
    assert len(by_filter(ec2_client, "vpc-id", vpc["VpcId"])) == 2
    expect_error(
        ec2_client.create_route_table,
        "IdempotentParameterMismatch",
        VpcId=default_vpc(ec2_client)["VpcId"],
        ClientToken="same",
    )


def test_replacing_an_association_with_its_own_table(ec2_client, vpc):
    main = main_of(ec2_client, vpc["VpcId"])
    old = main["Associations"][0]["RouteTableAssociationId"]
    new = ec2_client.replace_route_table_association(
        AssociationId=old, RouteTableId=main["RouteTableId"]
    )["NewAssociationId"]
    (association,) = main_of(ec2_client, vpc["VpcId"])["Associations"]
    assert association["RouteTableAssociationId"] == new != old
    assert association["Main"] is True
    expect_error(
        ec2_client.replace_route_table_association,
        "InvalidAssociationID.NotFound",
        AssociationId=old,
        RouteTableId=main["RouteTableId"],
    )
    expect_error(
        ec2_client.replace_route_table_association,
        "InvalidRouteTableID.NotFound",
        AssociationId=new,
        RouteTableId="rtb-12345678",
    )
    assert main_of(ec2_client, vpc["VpcId"])["Associations"] == [association]


def test_the_bootstrap_run_again_adds_no_second_table_or_gateway():
    """The bootstrap runs again in data dirs of an older version: it only adds what is
    missing (a main table, the default VPC's gateway), never a second one."""
    from localec2.ec2.bootstrap import new_partition
    from localec2.ec2.kinds import INTERNET_GATEWAY, ROUTE_TABLE, VPC
    from localec2.state.store import Store

    store = Store(None)
    with store.transaction("111122223333", "us-east-1") as tx:
        new_partition(tx)
        new_partition(tx)
        vpcs = VPC.every(tx)
        main_tables = [t for t in ROUTE_TABLE.every(tx) if t["Associations"][0]["Main"]]
        assert [t["VpcId"] for t in main_tables] == [v["VpcId"] for v in vpcs]
        (gateway,) = INTERNET_GATEWAY.every(tx)
        assert gateway["Attachments"][0]["VpcId"] == vpcs[0]["VpcId"]


def test_local_routes_follow_the_vpc_blocks(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.5.0.0/16", AmazonProvidedIpv6CidrBlock=True)["Vpc"]
    (ipv6,) = ec2_client.describe_vpcs(VpcIds=[vpc["VpcId"]])["Vpcs"][0][
        "Ipv6CidrBlockAssociationSet"
    ]
    ec2_client.associate_vpc_cidr_block(VpcId=vpc["VpcId"], CidrBlock="10.6.0.0/16")
    table = main_of(ec2_client, vpc["VpcId"])
    local = [
        r.get("DestinationCidrBlock") or r.get("DestinationIpv6CidrBlock") for r in table["Routes"]
    ]
    assert local == ["10.5.0.0/16", "10.6.0.0/16", ipv6["Ipv6CidrBlock"]]
    assert {r["GatewayId"] for r in table["Routes"]} == {"local"}
    expect_error(
        ec2_client.delete_route,
        "InvalidParameterValue",
        RouteTableId=table["RouteTableId"],
        DestinationIpv6CidrBlock=ipv6["Ipv6CidrBlock"],
    )


def test_route_to_a_nat_gateway(ec2_client, vpc, table):
    table_id = table["RouteTableId"]
    subnet_id = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.7.6.0/24")["Subnet"][
        "SubnetId"
    ]
    igw_for(ec2_client, vpc["VpcId"])
    allocation = ec2_client.allocate_address(Domain="vpc")["AllocationId"]
    nat = ec2_client.create_nat_gateway(SubnetId=subnet_id, AllocationId=allocation)["NatGateway"][
        "NatGatewayId"
    ]
    ec2_client.create_route(
        RouteTableId=table_id, DestinationCidrBlock="0.0.0.0/0", NatGatewayId=nat
    )
    route = one(ec2_client, table_id)["Routes"][1]
    assert (route["NatGatewayId"], route["State"]) == (nat, "active")
    assert by_filter(ec2_client, "route.nat-gateway-id", nat) == [table_id]
    expect_error(  # a NAT gateway of another VPC
        ec2_client.create_route,
        "InvalidParameterValue",
        RouteTableId=main_of(ec2_client, default_vpc(ec2_client)["VpcId"])["RouteTableId"],
        DestinationCidrBlock="10.200.0.0/16",
        NatGatewayId=nat,
    )
    expect_error(
        ec2_client.create_route,
        "NatGatewayMalformed",
        RouteTableId=table_id,
        DestinationCidrBlock="10.200.0.0/16",
        NatGatewayId="ngw-1",
    )
    ec2_client.delete_nat_gateway(NatGatewayId=nat)
    assert one(ec2_client, table_id)["Routes"][1]["State"] == "blackhole"


def test_route_to_an_instance_with_two_interfaces_names_the_interface(ec2_client, vpc, table):
    subnet_id = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.7.7.0/24")["Subnet"][
        "SubnetId"
    ]
    image = ec2_client.describe_images(
        Owners=["amazon"], Filters=[{"Name": "architecture", "Values": ["x86_64"]}]
    )["Images"][0]["ImageId"]
    instance_id = ec2_client.run_instances(
        ImageId=image, MinCount=1, MaxCount=1, InstanceType="t3.micro", SubnetId=subnet_id
    )["Instances"][0]["InstanceId"]
    second = ec2_client.create_network_interface(SubnetId=subnet_id)["NetworkInterface"][
        "NetworkInterfaceId"
    ]
    ec2_client.attach_network_interface(
        NetworkInterfaceId=second, InstanceId=instance_id, DeviceIndex=1
    )
    expect_error(
        ec2_client.create_route,
        "InvalidInstanceID",
        RouteTableId=table["RouteTableId"],
        DestinationCidrBlock="0.0.0.0/0",
        InstanceId=instance_id,
    )
    ec2_client.create_route(
        RouteTableId=table["RouteTableId"],
        DestinationCidrBlock="0.0.0.0/0",
        NetworkInterfaceId=second,
    )
    route = one(ec2_client, table["RouteTableId"])["Routes"][1]
    assert (route["NetworkInterfaceId"], route["InstanceId"]) == (second, instance_id)
    assert route["InstanceOwnerId"] == vpc["OwnerId"] and route["State"] == "active"
