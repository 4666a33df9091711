"""AssociateVpcCidrBlock / DisassociateVpcCidrBlock (a secondary IPv4 block, an
Amazon-provided IPv6 /56) and AssociateSubnetCidrBlock / DisassociateSubnetCidrBlock (an
IPv6 /64 of the VPC's /56)."""

from __future__ import annotations

import ipaddress

from groups_support import expect_error


def _vpc(ec2_client, vpc_id: str) -> dict:
    return ec2_client.describe_vpcs(VpcIds=[vpc_id])["Vpcs"][0]


def test_secondary_ipv4_block(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]
    answer = ec2_client.associate_vpc_cidr_block(VpcId=vpc["VpcId"], CidrBlock="10.1.5.0/16")
    assert answer["VpcId"] == vpc["VpcId"]
    association = answer["CidrBlockAssociation"]
    assert association["CidrBlock"] == "10.1.0.0/16"  # canonical, as CreateVpc
    assert association["CidrBlockState"] == {"State": "associating"}
    assert association["AssociationId"].startswith("vpc-cidr-assoc-")
    described = _vpc(ec2_client, vpc["VpcId"])
    assert described["CidrBlock"] == "10.0.0.0/16"
    assert [
        (b["CidrBlock"], b["CidrBlockState"]["State"]) for b in described["CidrBlockAssociationSet"]
    ] == [("10.0.0.0/16", "associated"), ("10.1.0.0/16", "associated")]
    # a subnet may use the new block
    subnet = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.1.2.0/24")["Subnet"]
    # ... and while it does, the block stays
    expect_error(
        ec2_client.disassociate_vpc_cidr_block,
        "DependencyViolation",
        AssociationId=association["AssociationId"],
    )
    ec2_client.delete_subnet(SubnetId=subnet["SubnetId"])
    gone = ec2_client.disassociate_vpc_cidr_block(AssociationId=association["AssociationId"])
    assert gone["CidrBlockAssociation"]["CidrBlockState"] == {"State": "disassociating"}
    assert gone["CidrBlockAssociation"]["CidrBlock"] == "10.1.0.0/16"
    described = _vpc(ec2_client, vpc["VpcId"])
    assert [b["CidrBlock"] for b in described["CidrBlockAssociationSet"]] == ["10.0.0.0/16"]


def test_primary_block_cannot_be_disassociated(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]
    primary = vpc["CidrBlockAssociationSet"][0]["AssociationId"]
    expect_error(
        ec2_client.disassociate_vpc_cidr_block, "OperationNotPermitted", AssociationId=primary
    )
    assert (
        _vpc(ec2_client, vpc["VpcId"])["CidrBlockAssociationSet"] == vpc["CidrBlockAssociationSet"]
    )


def test_unknown_associations(ec2_client):
    expect_error(
        ec2_client.disassociate_vpc_cidr_block,
        "InvalidVpcCidrBlockAssociationID.NotFound",
        AssociationId="vpc-cidr-assoc-12345678",
    )
    expect_error(
        ec2_client.disassociate_vpc_cidr_block,
        "InvalidVpcCidrBlockAssociationID.NotFound",
        AssociationId="nonsense",
    )
    expect_error(
        ec2_client.disassociate_subnet_cidr_block,
        "InvalidSubnetCidrBlockAssociationID.NotFound",
        AssociationId="subnet-cidr-assoc-12345678",
    )
    expect_error(
        ec2_client.associate_vpc_cidr_block,
        "InvalidVpcID.NotFound",
        VpcId="vpc-12345678",
        CidrBlock="10.0.0.0/16",
    )
    expect_error(
        ec2_client.associate_subnet_cidr_block,
        "InvalidSubnetID.NotFound",
        SubnetId="subnet-12345678",
        Ipv6CidrBlock="2600:1f18::/64",
    )


def test_ipv4_rules_bad_input_changes_nothing(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]
    vpc_id = vpc["VpcId"]
    for cidr, code in [
        ("10.0.128.0/17", "InvalidVpc.Range"),  # overlaps the primary block
        ("192.168.0.0/16", "InvalidVpc.Range"),  # another RFC 1918 range
        ("172.16.0.0/16", "InvalidVpc.Range"),
        ("10.5.0.0/8", "InvalidVpc.Range"),  # too large
        ("10.5.0.0/29", "InvalidVpc.Range"),  # too small
        ("127.0.0.0/16", "InvalidVpc.Range"),
        ("10.5.0.0/33", "InvalidParameterValue"),
        ("nonsense", "InvalidParameterValue"),
    ]:
        expect_error(ec2_client.associate_vpc_cidr_block, code, VpcId=vpc_id, CidrBlock=cidr)
    expect_error(ec2_client.associate_vpc_cidr_block, "MissingParameter", VpcId=vpc_id)
    expect_error(
        ec2_client.associate_vpc_cidr_block,
        "InvalidParameterCombination",
        VpcId=vpc_id,
        CidrBlock="10.3.0.0/16",
        AmazonProvidedIpv6CidrBlock=True,
    )
    assert _vpc(ec2_client, vpc_id) == {**vpc, "State": "available"}


def test_publicly_routable_secondary_block(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]
    answer = ec2_client.associate_vpc_cidr_block(VpcId=vpc["VpcId"], CidrBlock="100.64.0.0/16")
    assert answer["CidrBlockAssociation"]["CidrBlock"] == "100.64.0.0/16"
    public = ec2_client.create_vpc(CidrBlock="100.70.0.0/16")["Vpc"]
    expect_error(
        ec2_client.associate_vpc_cidr_block,
        "InvalidVpc.Range",
        VpcId=public["VpcId"],
        CidrBlock="10.0.0.0/16",
    )


def test_limit_of_five_ipv4_blocks(ec2_client):
    vpc_id = ec2_client.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    for second in range(1, 5):
        ec2_client.associate_vpc_cidr_block(VpcId=vpc_id, CidrBlock=f"10.{second}.0.0/16")
    error = expect_error(
        ec2_client.associate_vpc_cidr_block,
        "CidrLimitExceeded",
        VpcId=vpc_id,
        CidrBlock="10.9.0.0/16",
    )
    assert error["Message"] == (
        f"This network '{vpc_id}' has met its maximum number of allowed CIDRs: 5"
    )
    assert len(_vpc(ec2_client, vpc_id)["CidrBlockAssociationSet"]) == 5


def test_amazon_provided_ipv6_block_and_a_subnet_block(ec2_client):
    vpc_id = ec2_client.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    subnet_id = ec2_client.create_subnet(VpcId=vpc_id, CidrBlock="10.0.1.0/24")["Subnet"][
        "SubnetId"
    ]
    # no IPv6 block in the VPC yet: no /64 for the subnet
    expect_error(
        ec2_client.associate_subnet_cidr_block,
        "InvalidSubnet.Range",
        SubnetId=subnet_id,
        Ipv6CidrBlock="2600:1f18::/64",
    )
    answer = ec2_client.associate_vpc_cidr_block(VpcId=vpc_id, AmazonProvidedIpv6CidrBlock=True)
    ipv6 = answer["Ipv6CidrBlockAssociation"]
    assert ipv6["Ipv6CidrBlockState"] == {"State": "associating"}
    assert ipv6["NetworkBorderGroup"] == "us-east-1"
    block = ipaddress.IPv6Network(ipv6["Ipv6CidrBlock"])
    assert block.prefixlen == 56 and block.subnet_of(ipaddress.IPv6Network("2600:1f18::/36"))
    described = _vpc(ec2_client, vpc_id)["Ipv6CidrBlockAssociationSet"]
    assert [(a["Ipv6CidrBlock"], a["Ipv6CidrBlockState"]["State"]) for a in described] == [
        (str(block), "associated")
    ]
    found = ec2_client.describe_vpcs(
        Filters=[{"Name": "ipv6-cidr-block-association.ipv6-cidr-block", "Values": [str(block)]}]
    )["Vpcs"]
    assert [v["VpcId"] for v in found] == [vpc_id]

    first, second = list(block.subnets(new_prefix=64))[:2]
    for bad, code in [
        ("2001:db8::/64", "InvalidSubnet.Range"),  # outside the VPC's block
        (str(list(block.subnets(new_prefix=60))[0]), "InvalidSubnet.Range"),  # not a /64
        ("nonsense", "InvalidParameterValue"),
    ]:
        expect_error(
            ec2_client.associate_subnet_cidr_block, code, SubnetId=subnet_id, Ipv6CidrBlock=bad
        )
    added = ec2_client.associate_subnet_cidr_block(SubnetId=subnet_id, Ipv6CidrBlock=str(first))
    assert added["SubnetId"] == subnet_id
    association = added["Ipv6CidrBlockAssociation"]
    assert association["Ipv6CidrBlock"] == str(first)
    assert association["Ipv6CidrBlockState"] == {"State": "associating"}
    other_id = ec2_client.create_subnet(VpcId=vpc_id, CidrBlock="10.0.2.0/24")["Subnet"]["SubnetId"]
    expect_error(
        ec2_client.associate_subnet_cidr_block,
        "InvalidSubnet.Conflict",
        SubnetId=other_id,
        Ipv6CidrBlock=str(first),
    )
    expect_error(  # one IPv6 block per subnet
        ec2_client.associate_subnet_cidr_block,
        "InvalidParameterValue",
        SubnetId=subnet_id,
        Ipv6CidrBlock=str(second),
    )
    subnets = ec2_client.describe_subnets(
        Filters=[{"Name": "ipv6-cidr-block-association.ipv6-cidr-block", "Values": [str(first)]}]
    )["Subnets"]
    assert [s["SubnetId"] for s in subnets] == [subnet_id]
    assert subnets[0]["Ipv6CidrBlockAssociationSet"][0]["Ipv6CidrBlockState"] == {
        "State": "associated"
    }
    # the VPC's block stays while a subnet has a /64 of it
    expect_error(
        ec2_client.disassociate_vpc_cidr_block,
        "DependencyViolation",
        AssociationId=ipv6["AssociationId"],
    )
    gone = ec2_client.disassociate_subnet_cidr_block(AssociationId=association["AssociationId"])
    assert gone["Ipv6CidrBlockAssociation"]["Ipv6CidrBlockState"] == {"State": "disassociating"}
    subnet = ec2_client.describe_subnets(SubnetIds=[subnet_id])["Subnets"][0]
    assert subnet["Ipv6CidrBlockAssociationSet"] == []
    ec2_client.disassociate_vpc_cidr_block(AssociationId=ipv6["AssociationId"])
    assert _vpc(ec2_client, vpc_id)["Ipv6CidrBlockAssociationSet"] == []


def test_ipv6_blocks_differ_between_vpcs(ec2_client):
    blocks = set()
    for second in range(3):
        vpc_id = ec2_client.create_vpc(CidrBlock=f"10.{second}.0.0/16")["Vpc"]["VpcId"]
        answer = ec2_client.associate_vpc_cidr_block(VpcId=vpc_id, AmazonProvidedIpv6CidrBlock=True)
        blocks.add(answer["Ipv6CidrBlockAssociation"]["Ipv6CidrBlock"])
    assert len(blocks) == 3


def test_cli_associates_and_disassociates_blocks(aws_cli):
    vpc_id = aws_cli("create-vpc", "--cidr-block", "10.20.0.0/16")["Vpc"]["VpcId"]
    added = aws_cli("associate-vpc-cidr-block", "--vpc-id", vpc_id, "--cidr-block", "10.21.0.0/16")
    association_id = added["CidrBlockAssociation"]["AssociationId"]
    ipv6 = aws_cli(
        "associate-vpc-cidr-block", "--vpc-id", vpc_id, "--amazon-provided-ipv6-cidr-block"
    )
    assert ipv6["Ipv6CidrBlockAssociation"]["Ipv6CidrBlock"].endswith("/56")
    aws_cli("disassociate-vpc-cidr-block", "--association-id", association_id)
    failed = aws_cli(
        "disassociate-vpc-cidr-block", "--association-id", association_id, expect_error=True
    )
    assert "InvalidVpcCidrBlockAssociationID.NotFound" in failed


def test_create_vpc_with_an_amazon_provided_ipv6_block(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.30.0.0/16", AmazonProvidedIpv6CidrBlock=True)["Vpc"]
    (created,) = vpc["Ipv6CidrBlockAssociationSet"]
    assert created["Ipv6CidrBlockState"] == {"State": "associating"}
    block = ipaddress.IPv6Network(created["Ipv6CidrBlock"])
    assert block.prefixlen == 56 and block.subnet_of(ipaddress.IPv6Network("2600:1f18::/36"))
    (described,) = _vpc(ec2_client, vpc["VpcId"])["Ipv6CidrBlockAssociationSet"]
    assert described == {**created, "Ipv6CidrBlockState": {"State": "associated"}}
    subnet = ec2_client.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.30.0.0/24")["Subnet"]
    first = next(block.subnets(new_prefix=64))
    ec2_client.associate_subnet_cidr_block(SubnetId=subnet["SubnetId"], Ipv6CidrBlock=str(first))


def test_create_subnet_with_an_ipv6_block(ec2_client):
    vpc = ec2_client.create_vpc(CidrBlock="10.31.0.0/16", AmazonProvidedIpv6CidrBlock=True)["Vpc"]
    block = ipaddress.IPv6Network(vpc["Ipv6CidrBlockAssociationSet"][0]["Ipv6CidrBlock"])
    first = str(next(block.subnets(new_prefix=64)))
    subnet = ec2_client.create_subnet(
        VpcId=vpc["VpcId"], CidrBlock="10.31.0.0/24", Ipv6CidrBlock=first
    )["Subnet"]
    (created,) = subnet["Ipv6CidrBlockAssociationSet"]
    assert created["Ipv6CidrBlock"] == first
    assert created["Ipv6CidrBlockState"] == {"State": "associating"}
    expect_error(  # the same /64 again, and one outside the VPC's block: nothing is created
        ec2_client.create_subnet,
        "InvalidSubnet.Conflict",
        VpcId=vpc["VpcId"],
        CidrBlock="10.31.1.0/24",
        Ipv6CidrBlock=first,
    )
    expect_error(
        ec2_client.create_subnet,
        "InvalidSubnet.Range",
        VpcId=vpc["VpcId"],
        CidrBlock="10.31.1.0/24",
        Ipv6CidrBlock="2001:db8::/64",
    )
    subnets = ec2_client.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}])
    assert [s["SubnetId"] for s in subnets["Subnets"]] == [subnet["SubnetId"]]
