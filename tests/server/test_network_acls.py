"""Network ACLs: the default ACL of each VPC, CreateNetworkAcl, entries, associations, filters."""

from __future__ import annotations

from groups_support import expect_error


def _default_acl(ec2_client, vpc_id):
    (acl,) = ec2_client.describe_network_acls(
        Filters=[
            {"Name": "vpc-id", "Values": [vpc_id]},
            {"Name": "default", "Values": ["true"]},
        ]
    )["NetworkAcls"]
    return acl


def _vpc(ec2_client, cidr="10.0.0.0/16"):
    return ec2_client.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]


def _rules(acl):
    return [(e["Egress"], e["RuleNumber"], e["RuleAction"]) for e in acl["Entries"]]


def test_default_vpc_has_a_default_acl_with_every_default_subnet(ec2_client):
    (vpc,) = ec2_client.describe_vpcs()["Vpcs"]
    acl = _default_acl(ec2_client, vpc["VpcId"])
    assert acl["IsDefault"] is True and acl["NetworkAclId"].startswith("acl-")
    assert _rules(acl) == [
        (True, 100, "allow"),
        (True, 32767, "deny"),
        (False, 100, "allow"),
        (False, 32767, "deny"),
    ]
    assert all(e["Protocol"] == "-1" and e["CidrBlock"] == "0.0.0.0/0" for e in acl["Entries"])
    subnets = {s["SubnetId"] for s in ec2_client.describe_subnets()["Subnets"]}
    associated = {a["SubnetId"] for a in acl["Associations"]}
    assert associated == subnets
    assert all(a["NetworkAclAssociationId"].startswith("aclassoc-") for a in acl["Associations"])
    again = _default_acl(ec2_client, vpc["VpcId"])
    assert again["Associations"] == acl["Associations"]  # stable ids


def test_new_vpc_gets_a_default_acl_and_later_subnets_join_it(ec2_client):
    vpc_id = _vpc(ec2_client)
    acl = _default_acl(ec2_client, vpc_id)
    assert acl["Associations"] == []
    subnet = ec2_client.create_subnet(VpcId=vpc_id, CidrBlock="10.0.1.0/24")["Subnet"]
    acl = _default_acl(ec2_client, vpc_id)
    assert [a["SubnetId"] for a in acl["Associations"]] == [subnet["SubnetId"]]
    ec2_client.delete_subnet(SubnetId=subnet["SubnetId"])
    assert _default_acl(ec2_client, vpc_id)["Associations"] == []
    ec2_client.delete_vpc(VpcId=vpc_id)
    assert (
        ec2_client.describe_network_acls(Filters=[{"Name": "vpc-id", "Values": [vpc_id]}])[
            "NetworkAcls"
        ]
        == []
    )


def test_create_network_acl_has_only_deny_rules_and_tags(ec2_client):
    vpc_id = _vpc(ec2_client)
    acl = ec2_client.create_network_acl(
        VpcId=vpc_id,
        TagSpecifications=[
            {"ResourceType": "network-acl", "Tags": [{"Key": "Name", "Value": "web"}]}
        ],
    )["NetworkAcl"]
    assert acl["IsDefault"] is False and acl["VpcId"] == vpc_id
    assert acl["Associations"] == [] and acl["Tags"] == [{"Key": "Name", "Value": "web"}]
    assert _rules(acl) == [(True, 32767, "deny"), (False, 32767, "deny")]
    found = ec2_client.describe_network_acls(Filters=[{"Name": "tag:Name", "Values": ["web"]}])[
        "NetworkAcls"
    ]
    assert [a["NetworkAclId"] for a in found] == [acl["NetworkAclId"]]
    ec2_client.create_tags(Resources=[acl["NetworkAclId"]], Tags=[{"Key": "env", "Value": "x"}])
    tags = ec2_client.describe_tags(
        Filters=[{"Name": "resource-id", "Values": [acl["NetworkAclId"]]}]
    )["Tags"]
    assert {t["Key"] for t in tags} == {"Name", "env"}
    assert {t["ResourceType"] for t in tags} == {"network-acl"}
    # a VPC with an ACL of its own cannot be deleted
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=vpc_id)
    ec2_client.delete_network_acl(NetworkAclId=acl["NetworkAclId"])
    ec2_client.delete_vpc(VpcId=vpc_id)


def test_create_network_acl_errors_change_nothing(ec2_client):
    before = ec2_client.describe_network_acls()["NetworkAcls"]
    expect_error(ec2_client.create_network_acl, "InvalidVpcID.NotFound", VpcId="vpc-12345678")
    expect_error(ec2_client.create_network_acl, "InvalidVpcID.Malformed", VpcId="nope")
    vpc_id = ec2_client.describe_vpcs()["Vpcs"][0]["VpcId"]
    expect_error(
        ec2_client.create_network_acl,
        "InvalidParameterValue",
        VpcId=vpc_id,
        TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "a", "Value": "b"}]}],
    )
    expect_error(ec2_client.create_network_acl, "DryRunOperation", 412, VpcId=vpc_id, DryRun=True)
    assert ec2_client.describe_network_acls()["NetworkAcls"] == before


def test_describe_network_acls_ids_and_errors(ec2_client):
    vpc_id = ec2_client.describe_vpcs()["Vpcs"][0]["VpcId"]
    acl_id = _default_acl(ec2_client, vpc_id)["NetworkAclId"]
    (acl,) = ec2_client.describe_network_acls(NetworkAclIds=[acl_id])["NetworkAcls"]
    assert acl["NetworkAclId"] == acl_id
    error = expect_error(
        ec2_client.describe_network_acls,
        "InvalidNetworkAclID.NotFound",
        NetworkAclIds=["acl-12345678"],
    )
    assert "acl-12345678" in error["Message"]
    expect_error(
        ec2_client.describe_network_acls, "InvalidNetworkAclId.Malformed", NetworkAclIds=["acl-x"]
    )
    expect_error(
        ec2_client.describe_network_acls,
        "InvalidParameterValue",
        Filters=[{"Name": "no-such-filter", "Values": ["x"]}],
    )


def test_describe_network_acls_filters_and_pages(ec2_client):
    vpc_id = _vpc(ec2_client)
    acls = [ec2_client.create_network_acl(VpcId=vpc_id)["NetworkAcl"] for _ in range(5)]
    ec2_client.create_network_acl_entry(
        NetworkAclId=acls[0]["NetworkAclId"],
        RuleNumber=120,
        Protocol="tcp",
        RuleAction="allow",
        Egress=False,
        CidrBlock="10.1.0.0/16",
        PortRange={"From": 443, "To": 443},
    )

    def ids(*filters):
        listed = ec2_client.describe_network_acls(Filters=list(filters))["NetworkAcls"]
        return {a["NetworkAclId"] for a in listed}

    first = {acls[0]["NetworkAclId"]}
    assert ids({"Name": "entry.port-range.from", "Values": ["443"]}) == first
    assert ids({"Name": "entry.protocol", "Values": ["tcp"]}) == first
    assert ids({"Name": "entry.protocol", "Values": ["6"]}) == first
    assert ids({"Name": "entry.cidr", "Values": ["10.1.0.0/16"]}) == first
    assert ids({"Name": "entry.rule-number", "Values": ["120"]}) == first
    assert (
        len(ids({"Name": "vpc-id", "Values": [vpc_id]}, {"Name": "default", "Values": ["false"]}))
        == 5
    )
    page = ec2_client.describe_network_acls(
        Filters=[{"Name": "vpc-id", "Values": [vpc_id]}], MaxResults=5
    )
    assert len(page["NetworkAcls"]) == 5 and "NextToken" in page
    rest = ec2_client.describe_network_acls(
        Filters=[{"Name": "vpc-id", "Values": [vpc_id]}], MaxResults=5, NextToken=page["NextToken"]
    )
    assert len(rest["NetworkAcls"]) == 1 and "NextToken" not in rest


def test_entries_create_replace_delete(ec2_client):
    vpc_id = _vpc(ec2_client)
    acl_id = ec2_client.create_network_acl(VpcId=vpc_id)["NetworkAcl"]["NetworkAclId"]
    ec2_client.create_network_acl_entry(
        NetworkAclId=acl_id,
        RuleNumber=100,
        Protocol="6",
        RuleAction="allow",
        Egress=False,
        CidrBlock="100.68.0.18/18",
        PortRange={"From": 22, "To": 22},
    )
    ec2_client.create_network_acl_entry(
        NetworkAclId=acl_id,
        RuleNumber=100,
        Protocol="icmp",
        RuleAction="deny",
        Egress=True,
        CidrBlock="0.0.0.0/0",
        IcmpTypeCode={"Type": 8, "Code": -1},
    )
    ec2_client.create_network_acl_entry(
        NetworkAclId=acl_id,
        RuleNumber=110,
        Protocol="-1",
        RuleAction="allow",
        Egress=False,
        Ipv6CidrBlock="::/0",
    )
    (acl,) = ec2_client.describe_network_acls(NetworkAclIds=[acl_id])["NetworkAcls"]
    by_rule = {(e["Egress"], e["RuleNumber"]): e for e in acl["Entries"]}
    ssh = by_rule[(False, 100)]
    assert ssh["CidrBlock"] == "100.68.0.0/18" and ssh["Protocol"] == "6"
    assert ssh["PortRange"] == {"From": 22, "To": 22} and "IcmpTypeCode" not in ssh
    assert by_rule[(True, 100)]["Protocol"] == "1"
    assert by_rule[(True, 100)]["IcmpTypeCode"] == {"Type": 8, "Code": -1}
    assert by_rule[(False, 110)]["Ipv6CidrBlock"] == "::/0"
    assert _rules(acl) == [
        (True, 100, "deny"),
        (True, 32767, "deny"),
        (False, 100, "allow"),
        (False, 110, "allow"),
        (False, 32767, "deny"),
    ]
    ec2_client.replace_network_acl_entry(
        NetworkAclId=acl_id,
        RuleNumber=100,
        Protocol="udp",
        RuleAction="deny",
        Egress=False,
        CidrBlock="10.0.0.0/8",
        PortRange={"From": 53, "To": 53},
    )
    (acl,) = ec2_client.describe_network_acls(NetworkAclIds=[acl_id])["NetworkAcls"]
    replaced = next(e for e in acl["Entries"] if not e["Egress"] and e["RuleNumber"] == 100)
    assert replaced["Protocol"] == "17" and replaced["RuleAction"] == "deny"
    ec2_client.delete_network_acl_entry(NetworkAclId=acl_id, RuleNumber=100, Egress=False)
    (acl,) = ec2_client.describe_network_acls(NetworkAclIds=[acl_id])["NetworkAcls"]
    assert (False, 100, "deny") not in _rules(acl)
    assert (True, 100, "deny") in _rules(acl)  # the other direction's rule 100 stays


def test_entry_errors_change_nothing(ec2_client):
    vpc_id = _vpc(ec2_client)
    acl_id = ec2_client.create_network_acl(VpcId=vpc_id)["NetworkAcl"]["NetworkAclId"]
    rule = {
        "NetworkAclId": acl_id,
        "RuleNumber": 100,
        "Protocol": "-1",
        "RuleAction": "allow",
        "Egress": False,
        "CidrBlock": "0.0.0.0/0",
    }
    ec2_client.create_network_acl_entry(**rule)
    (before,) = ec2_client.describe_network_acls(NetworkAclIds=[acl_id])["NetworkAcls"]
    error = expect_error(
        ec2_client.create_network_acl_entry, "NetworkAclEntryAlreadyExists", **rule
    )
    assert "100" in error["Message"]
    for bad in (
        {"RuleNumber": 0},
        {"RuleNumber": 32767},
        {"Protocol": "bogus"},
        {"Protocol": "256"},
        {"CidrBlock": "10.0.0.300/8"},
    ):
        expect_error(
            ec2_client.create_network_acl_entry, "InvalidParameterValue", **{**rule, **bad}
        )
    expect_error(
        ec2_client.create_network_acl_entry,
        "MissingParameter",
        **{**rule, "RuleNumber": 101, "Protocol": "tcp"},
    )
    expect_error(
        ec2_client.create_network_acl_entry,
        "MissingParameter",
        **{**rule, "RuleNumber": 101, "Protocol": "icmp"},
    )
    no_cidr = {k: v for k, v in rule.items() if k != "CidrBlock"}
    expect_error(
        ec2_client.create_network_acl_entry, "MissingParameter", **{**no_cidr, "RuleNumber": 101}
    )
    expect_error(
        ec2_client.create_network_acl_entry,
        "InvalidParameterCombination",
        **{**rule, "RuleNumber": 101, "Ipv6CidrBlock": "::/0"},
    )
    expect_error(
        ec2_client.create_network_acl_entry,
        "InvalidNetworkAclID.NotFound",
        **{**rule, "NetworkAclId": "acl-12345678"},
    )
    expect_error(
        ec2_client.replace_network_acl_entry,
        "InvalidNetworkAclEntry.NotFound",
        **{**rule, "RuleNumber": 200},
    )
    expect_error(
        ec2_client.replace_network_acl_entry,
        "InvalidNetworkAclEntry.NotFound",
        **{**rule, "Egress": True},
    )
    expect_error(
        ec2_client.delete_network_acl_entry,
        "InvalidNetworkAclEntry.NotFound",
        NetworkAclId=acl_id,
        RuleNumber=200,
        Egress=False,
    )
    expect_error(
        ec2_client.delete_network_acl_entry,
        "InvalidParameterValue",
        NetworkAclId=acl_id,
        RuleNumber=32767,
        Egress=False,
    )
    expect_error(
        ec2_client.delete_network_acl_entry,
        "DryRunOperation",
        412,
        NetworkAclId=acl_id,
        RuleNumber=100,
        Egress=False,
        DryRun=True,
    )
    (after,) = ec2_client.describe_network_acls(NetworkAclIds=[acl_id])["NetworkAcls"]
    assert after == before


def test_replace_association_moves_a_subnet_and_blocks_deletion(ec2_client):
    vpc_id = _vpc(ec2_client)
    subnet_id = ec2_client.create_subnet(VpcId=vpc_id, CidrBlock="10.0.1.0/24")["Subnet"][
        "SubnetId"
    ]
    default = _default_acl(ec2_client, vpc_id)
    (association,) = default["Associations"]
    acl_id = ec2_client.create_network_acl(VpcId=vpc_id)["NetworkAcl"]["NetworkAclId"]
    new_id = ec2_client.replace_network_acl_association(
        AssociationId=association["NetworkAclAssociationId"], NetworkAclId=acl_id
    )["NewAssociationId"]
    assert new_id.startswith("aclassoc-") and new_id != association["NetworkAclAssociationId"]
    (acl,) = ec2_client.describe_network_acls(NetworkAclIds=[acl_id])["NetworkAcls"]
    assert acl["Associations"] == [
        {"NetworkAclAssociationId": new_id, "NetworkAclId": acl_id, "SubnetId": subnet_id}
    ]
    assert _default_acl(ec2_client, vpc_id)["Associations"] == []
    found = ec2_client.describe_network_acls(
        Filters=[{"Name": "association.subnet-id", "Values": [subnet_id]}]
    )["NetworkAcls"]
    assert [a["NetworkAclId"] for a in found] == [acl_id]
    # the old association is gone
    expect_error(
        ec2_client.replace_network_acl_association,
        "InvalidAssociationID.NotFound",
        AssociationId=association["NetworkAclAssociationId"],
        NetworkAclId=acl_id,
    )
    expect_error(ec2_client.delete_network_acl, "DependencyViolation", NetworkAclId=acl_id)
    back = ec2_client.replace_network_acl_association(
        AssociationId=new_id, NetworkAclId=default["NetworkAclId"]
    )["NewAssociationId"]
    assert [
        a["NetworkAclAssociationId"] for a in _default_acl(ec2_client, vpc_id)["Associations"]
    ] == [back]
    ec2_client.delete_network_acl(NetworkAclId=acl_id)
    expect_error(ec2_client.delete_network_acl, "InvalidNetworkAclID.NotFound", NetworkAclId=acl_id)


def test_association_and_delete_errors_change_nothing(ec2_client):
    vpc_id = _vpc(ec2_client)
    subnet_id = ec2_client.create_subnet(VpcId=vpc_id, CidrBlock="10.0.1.0/24")["Subnet"][
        "SubnetId"
    ]
    default = _default_acl(ec2_client, vpc_id)
    (association,) = default["Associations"]
    other_vpc = _vpc(ec2_client, "10.1.0.0/16")
    foreign = ec2_client.create_network_acl(VpcId=other_vpc)["NetworkAcl"]["NetworkAclId"]
    before = ec2_client.describe_network_acls()["NetworkAcls"]
    expect_error(
        ec2_client.replace_network_acl_association,
        "InvalidParameterValue",
        AssociationId=association["NetworkAclAssociationId"],
        NetworkAclId=foreign,
    )
    expect_error(
        ec2_client.replace_network_acl_association,
        "InvalidAssociationID.Malformed",
        AssociationId="assoc-1",
        NetworkAclId=foreign,
    )
    expect_error(
        ec2_client.replace_network_acl_association,
        "InvalidAssociationID.NotFound",
        AssociationId="aclassoc-12345678",
        NetworkAclId=foreign,
    )
    expect_error(
        ec2_client.replace_network_acl_association,
        "InvalidNetworkAclID.NotFound",
        AssociationId=association["NetworkAclAssociationId"],
        NetworkAclId="acl-12345678",
    )
    expect_error(
        ec2_client.delete_network_acl, "InvalidParameterValue", NetworkAclId=default["NetworkAclId"]
    )
    expect_error(ec2_client.delete_network_acl, "InvalidNetworkAclId.Malformed", NetworkAclId="x")
    assert ec2_client.describe_network_acls()["NetworkAcls"] == before
    assert subnet_id in {a["SubnetId"] for a in _default_acl(ec2_client, vpc_id)["Associations"]}


def test_cli_network_acl_round_trip(aws_cli):
    vpc_id = aws_cli("create-vpc", "--cidr-block", "10.9.0.0/16")["Vpc"]["VpcId"]
    acl_id = aws_cli("create-network-acl", "--vpc-id", vpc_id)["NetworkAcl"]["NetworkAclId"]
    aws_cli(
        "create-network-acl-entry",
        "--network-acl-id",
        acl_id,
        "--ingress",
        "--rule-number",
        "200",
        "--protocol",
        "tcp",
        "--port-range",
        "From=22,To=22",
        "--cidr-block",
        "172.16.200.0/24",
        "--rule-action",
        "deny",
    )
    (acl,) = aws_cli("describe-network-acls", "--network-acl-ids", acl_id)["NetworkAcls"]
    entry = next(e for e in acl["Entries"] if e["RuleNumber"] == 200)
    assert entry["Protocol"] == "6" and entry["PortRange"] == {"From": 22, "To": 22}
    failed = aws_cli("delete-network-acl", "--network-acl-id", "acl-12345678", expect_error=True)
    assert "InvalidNetworkAclID.NotFound" in failed
    aws_cli("delete-network-acl", "--network-acl-id", acl_id)


def test_a_client_token_makes_one_acl(ec2_client):
    vpc_id = _vpc(ec2_client)
    first = ec2_client.create_network_acl(VpcId=vpc_id, ClientToken="acl-1")
    again = ec2_client.create_network_acl(VpcId=vpc_id, ClientToken="acl-1")
    assert again["NetworkAcl"]["NetworkAclId"] == first["NetworkAcl"]["NetworkAclId"]
    assert again["ClientToken"] == "acl-1"
    other = _vpc(ec2_client, "10.1.0.0/16")
    expect_error(
        ec2_client.create_network_acl,
        "IdempotentParameterMismatch",
        VpcId=other,
        ClientToken="acl-1",
    )
    in_vpcs = [{"Name": "default", "Values": ["false"]}]
    assert len(ec2_client.describe_network_acls(Filters=in_vpcs)["NetworkAcls"]) == 1
