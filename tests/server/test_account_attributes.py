"""DescribeAccountAttributes: platforms, the default VPC, quotas."""

from __future__ import annotations

from groups_support import expect_error

ALL = {
    "supported-platforms",
    "default-vpc",
    "max-instances",
    "max-elastic-ips",
    "vpc-max-elastic-ips",
    "vpc-max-security-groups-per-interface",
}


def _attributes(client, **kwargs) -> dict[str, list[str]]:
    answer = client.describe_account_attributes(**kwargs)["AccountAttributes"]
    return {a["AttributeName"]: [v["AttributeValue"] for v in a["AttributeValues"]] for a in answer}


def _default_vpc_id(client) -> str:
    vpcs = client.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"]
    return vpcs[0]["VpcId"]


def test_every_attribute(ec2_client):
    attributes = _attributes(ec2_client)
    assert set(attributes) == ALL
    assert attributes["supported-platforms"] == ["VPC"]
    assert attributes["default-vpc"] == [_default_vpc_id(ec2_client)]
    assert attributes["max-elastic-ips"] == attributes["vpc-max-elastic-ips"] == ["5"]
    assert attributes["vpc-max-security-groups-per-interface"] == ["5"]
    assert int(attributes["max-instances"][0]) > 0


def test_elastic_ip_quota_is_the_one_allocation_meets(ec2_client):
    quota = int(_attributes(ec2_client)["vpc-max-elastic-ips"][0])
    for _ in range(quota):
        ec2_client.allocate_address(Domain="vpc")
    expect_error(ec2_client.allocate_address, "AddressLimitExceeded", Domain="vpc")


def test_names_filter_and_unknown_names(ec2_client):
    assert _attributes(ec2_client, AttributeNames=["default-vpc"]) == {
        "default-vpc": [_default_vpc_id(ec2_client)]
    }
    expect_error(
        ec2_client.describe_account_attributes,
        "InvalidParameterValue",
        AttributeNames=["max-cats"],
    )


def test_without_a_default_vpc_it_is_none(ec2_client):
    vpc_id = _default_vpc_id(ec2_client)
    for subnet in ec2_client.describe_subnets()["Subnets"]:
        ec2_client.delete_subnet(SubnetId=subnet["SubnetId"])
    for gateway in ec2_client.describe_internet_gateways()["InternetGateways"]:
        ec2_client.detach_internet_gateway(
            InternetGatewayId=gateway["InternetGatewayId"], VpcId=vpc_id
        )
        ec2_client.delete_internet_gateway(InternetGatewayId=gateway["InternetGatewayId"])
    ec2_client.delete_vpc(VpcId=vpc_id)
    assert _attributes(ec2_client, AttributeNames=["default-vpc"]) == {"default-vpc": ["none"]}


def test_cli(aws_cli):
    out = aws_cli("describe-account-attributes", "--attribute-names", "supported-platforms")
    assert out["AccountAttributes"] == [
        {"AttributeName": "supported-platforms", "AttributeValues": [{"AttributeValue": "VPC"}]}
    ]
