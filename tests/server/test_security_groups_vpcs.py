"""Security groups in any VPC: names per VPC, references across VPCs, the default-VPC-only
name forms, UpdateSecurityGroupRuleDescriptions*, the rule quota, egress filters, and no
`Tags` for an untagged resource."""

from __future__ import annotations

import pytest
from compute_support import catalog_image, launch
from groups_support import expect_error


def tcp(port: int, cidr: str, description: str | None = None) -> dict:
    described = {"Description": description} if description is not None else {}
    return {
        "IpProtocol": "tcp",
        "FromPort": port,
        "ToPort": port,
        "IpRanges": [{"CidrIp": cidr, **described}],
    }


def from_group(port: int, group_id: str) -> dict:
    return {
        "IpProtocol": "tcp",
        "FromPort": port,
        "ToPort": port,
        "UserIdGroupPairs": [{"GroupId": group_id}],
    }


@pytest.fixture
def vpc(ec2_client) -> str:
    return ec2_client.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]


@pytest.fixture
def group(ec2_client, vpc) -> str:
    return ec2_client.create_security_group(GroupName="app", Description="app", VpcId=vpc)[
        "GroupId"
    ]


def described(client, group_id: str) -> dict:
    (found,) = client.describe_security_groups(GroupIds=[group_id])["SecurityGroups"]
    return found


def rules(client, group_id: str) -> list[dict]:
    return client.describe_security_group_rules(
        Filters=[{"Name": "group-id", "Values": [group_id]}]
    )["SecurityGroupRules"]


def snapshot(client) -> list[tuple]:
    """Every group and rule as described: what a refused request must leave as it was."""
    groups = client.describe_security_groups()["SecurityGroups"]
    every_rule = client.describe_security_group_rules()["SecurityGroupRules"]
    return sorted(repr(sorted(g.items())) for g in groups) + sorted(
        repr(sorted(r.items())) for r in every_rule
    )


# --- groups in a VPC of their own -------------------------------------------------------


def test_a_new_vpc_has_its_own_default_group(ec2_client, vpc):
    (default,) = ec2_client.describe_security_groups(Filters=[{"Name": "vpc-id", "Values": [vpc]}])[
        "SecurityGroups"
    ]
    assert default["GroupName"] == "default"
    (from_itself,) = default["IpPermissions"]
    assert from_itself["UserIdGroupPairs"][0]["GroupId"] == default["GroupId"]


def test_names_are_unique_per_vpc(ec2_client, vpc, group):
    other_vpc = ec2_client.create_vpc(CidrBlock="10.30.0.0/16")["Vpc"]["VpcId"]
    again = ec2_client.create_security_group(GroupName="app", Description="x", VpcId=other_vpc)
    in_default = ec2_client.create_security_group(GroupName="app", Description="x")
    assert len({group, again["GroupId"], in_default["GroupId"]}) == 3
    before = snapshot(ec2_client)
    error = expect_error(
        ec2_client.create_security_group,
        "InvalidGroup.Duplicate",
        GroupName="app",
        Description="y",
        VpcId=vpc,
    )
    assert error["Message"] == f"The security group 'app' already exists for VPC '{vpc}'"
    assert snapshot(ec2_client) == before
    names = ec2_client.describe_security_groups(
        Filters=[{"Name": "group-name", "Values": ["app"]}]
    )["SecurityGroups"]
    assert sorted(g["VpcId"] for g in names) == sorted(
        [vpc, other_vpc, described(ec2_client, in_default["GroupId"])["VpcId"]]
    )


def test_a_vpc_with_a_group_cannot_be_deleted_until_the_group_is(ec2_client, vpc, group):
    expect_error(ec2_client.delete_vpc, "DependencyViolation", VpcId=vpc)
    ec2_client.delete_security_group(GroupId=group)
    ec2_client.delete_vpc(VpcId=vpc)
    assert (
        ec2_client.describe_security_groups(Filters=[{"Name": "vpc-id", "Values": [vpc]}])[
            "SecurityGroups"
        ]
        == []
    )


# --- references across VPCs -------------------------------------------------------------


def test_rules_may_not_reference_a_group_of_another_vpc(ec2_client, group):
    outsider = ec2_client.create_security_group(GroupName="out", Description="default VPC")
    before = snapshot(ec2_client)
    for call in (
        ec2_client.authorize_security_group_ingress,
        ec2_client.authorize_security_group_egress,
    ):
        error = expect_error(
            call,
            "InvalidGroup.NotFound",
            GroupId=group,
            IpPermissions=[from_group(5432, outsider["GroupId"])],
        )
        assert error["Message"] == (
            "You have specified two resources that belong to different networks."
        )
    assert snapshot(ec2_client) == before


def test_a_group_of_the_same_vpc_may_be_referenced(ec2_client, vpc, group):
    peer = ec2_client.create_security_group(GroupName="db", Description="db", VpcId=vpc)
    ec2_client.authorize_security_group_ingress(
        GroupId=peer["GroupId"], IpPermissions=[from_group(5432, group)]
    )
    (permission,) = described(ec2_client, peer["GroupId"])["IpPermissions"]
    assert permission["UserIdGroupPairs"][0]["GroupId"] == group
    expect_error(ec2_client.delete_security_group, "DependencyViolation", GroupId=group)


def test_modify_rule_may_not_point_to_another_vpc(ec2_client, group):
    outsider = ec2_client.create_security_group(GroupName="out", Description="default VPC")
    inside = ec2_client.create_security_group(
        GroupName="peer", Description="d", VpcId=described(ec2_client, group)["VpcId"]
    )
    (rule,) = ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[from_group(22, inside["GroupId"])]
    )["SecurityGroupRules"]
    before = snapshot(ec2_client)
    expect_error(
        ec2_client.modify_security_group_rules,
        "InvalidGroup.NotFound",
        GroupId=group,
        SecurityGroupRules=[
            {
                "SecurityGroupRuleId": rule["SecurityGroupRuleId"],
                "SecurityGroupRule": {
                    "IpProtocol": "tcp",
                    "FromPort": 22,
                    "ToPort": 22,
                    "ReferencedGroupId": outsider["GroupId"],
                },
            }
        ],
    )
    assert snapshot(ec2_client) == before


def test_instances_take_only_groups_of_their_vpc(ec2_client, vpc, group):
    subnet = ec2_client.create_subnet(VpcId=vpc, CidrBlock="10.20.1.0/24")["Subnet"]["SubnetId"]
    outsider = ec2_client.create_security_group(GroupName="out", Description="default VPC")
    expect_error(
        ec2_client.run_instances,
        "InvalidParameter",
        ImageId=catalog_image(ec2_client),
        MinCount=1,
        MaxCount=1,
        SubnetId=subnet,
        SecurityGroupIds=[outsider["GroupId"]],
    )
    (instance,) = launch(ec2_client, SubnetId=subnet, SecurityGroupIds=[group])
    assert instance["SecurityGroups"] == [{"GroupName": "app", "GroupId": group}]
    instance_id = instance["InstanceId"]
    expect_error(
        ec2_client.modify_instance_attribute,
        "InvalidGroup.NotFound",
        InstanceId=instance_id,
        Groups=[outsider["GroupId"]],
    )
    (reservation,) = ec2_client.describe_instances(InstanceIds=[instance_id])["Reservations"]
    assert reservation["Instances"][0]["SecurityGroups"] == [{"GroupName": "app", "GroupId": group}]


# --- the name forms: the default VPC only --------------------------------------------------


def test_group_name_forms_reach_only_the_default_vpc(ec2_client, group):
    before = snapshot(ec2_client)
    for call, kwargs in (
        (ec2_client.delete_security_group, {}),
        (ec2_client.describe_security_groups, {}),
        (ec2_client.authorize_security_group_ingress, {"IpPermissions": [tcp(80, "10.0.0.0/8")]}),
        (ec2_client.revoke_security_group_ingress, {"IpPermissions": [tcp(80, "10.0.0.0/8")]}),
        (
            ec2_client.update_security_group_rule_descriptions_ingress,
            {"IpPermissions": [tcp(80, "10.0.0.0/8", "web")]},
        ),
    ):
        names = {"GroupNames": ["app"]} if call == ec2_client.describe_security_groups else {}
        error = expect_error(
            call, "InvalidGroup.NotFound", **(names or {"GroupName": "app"}), **kwargs
        )
        assert "default VPC" in error["Message"]
    assert snapshot(ec2_client) == before


def test_group_name_in_the_default_vpc_works(ec2_client, group):
    ec2_client.create_security_group(GroupName="app", Description="the default VPC app")
    ec2_client.authorize_security_group_ingress(
        GroupName="app", IpPermissions=[tcp(80, "10.0.0.0/8")]
    )
    assert described(ec2_client, group)["IpPermissions"] == []
    (named,) = ec2_client.describe_security_groups(GroupNames=["app"])["SecurityGroups"]
    assert named["GroupId"] != group and len(named["IpPermissions"]) == 1


# --- UpdateSecurityGroupRuleDescriptionsIngress / Egress ---------------------------------


def test_update_ingress_descriptions_by_permissions(ec2_client, group):
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8", "old"), tcp(80, "10.0.0.0/8")]
    )
    ids = {r["FromPort"]: r["SecurityGroupRuleId"] for r in rules(ec2_client, group)}
    answer = ec2_client.update_security_group_rule_descriptions_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8", "ssh"), tcp(80, "10.0.0.0/8", "web")]
    )
    assert answer["Return"] is True
    by_port = {p["FromPort"]: p["IpRanges"] for p in described(ec2_client, group)["IpPermissions"]}
    assert by_port == {
        22: [{"CidrIp": "10.0.0.0/8", "Description": "ssh"}],
        80: [{"CidrIp": "10.0.0.0/8", "Description": "web"}],
    }
    after = {r["FromPort"]: r for r in rules(ec2_client, group)}
    assert {port: r["SecurityGroupRuleId"] for port, r in after.items()} == ids
    # Without a description, the description is removed.
    ec2_client.update_security_group_rule_descriptions_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8")]
    )
    by_port = {p["FromPort"]: p["IpRanges"] for p in described(ec2_client, group)["IpPermissions"]}
    assert by_port[22] == [{"CidrIp": "10.0.0.0/8"}]
    assert by_port[80] == [{"CidrIp": "10.0.0.0/8", "Description": "web"}]


def test_update_egress_descriptions_by_rule_id(ec2_client, group):
    (default_out,) = [r for r in rules(ec2_client, group) if r["IsEgress"]]
    ec2_client.update_security_group_rule_descriptions_egress(
        GroupId=group,
        SecurityGroupRuleDescriptions=[
            {"SecurityGroupRuleId": default_out["SecurityGroupRuleId"], "Description": "all out"}
        ],
    )
    (permission,) = described(ec2_client, group)["IpPermissionsEgress"]
    assert permission["IpRanges"] == [{"CidrIp": "0.0.0.0/0", "Description": "all out"}]
    (rule,) = [r for r in rules(ec2_client, group) if r["IsEgress"]]
    assert rule["Description"] == "all out"
    assert rule["SecurityGroupRuleId"] == default_out["SecurityGroupRuleId"]


def test_update_descriptions_of_a_group_reference(ec2_client, vpc, group):
    peer = ec2_client.create_security_group(GroupName="db", Description="db", VpcId=vpc)
    ec2_client.authorize_security_group_ingress(
        GroupId=peer["GroupId"], IpPermissions=[from_group(5432, group)]
    )
    permission = from_group(5432, group)
    permission["UserIdGroupPairs"][0]["Description"] = "from app"
    ec2_client.update_security_group_rule_descriptions_ingress(
        GroupId=peer["GroupId"], IpPermissions=[permission]
    )
    (described_permission,) = described(ec2_client, peer["GroupId"])["IpPermissions"]
    assert described_permission["UserIdGroupPairs"][0]["Description"] == "from app"


def test_update_descriptions_by_group_name_in_the_default_vpc(ec2_client):
    ec2_client.create_security_group(GroupName="web", Description="d")
    ec2_client.authorize_security_group_ingress(
        GroupName="web", IpPermissions=[tcp(443, "0.0.0.0/0")]
    )
    ec2_client.update_security_group_rule_descriptions_ingress(
        GroupName="web", IpPermissions=[tcp(443, "0.0.0.0/0", "https")]
    )
    (group,) = ec2_client.describe_security_groups(GroupNames=["web"])["SecurityGroups"]
    assert group["IpPermissions"][0]["IpRanges"] == [
        {"CidrIp": "0.0.0.0/0", "Description": "https"}
    ]


def test_update_descriptions_errors_change_nothing(ec2_client, group):
    (rule,) = ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8", "ssh")]
    )["SecurityGroupRules"]
    (out_rule,) = [r for r in rules(ec2_client, group) if r["IsEgress"]]
    before = snapshot(ec2_client)
    update_in = ec2_client.update_security_group_rule_descriptions_ingress
    update_out = ec2_client.update_security_group_rule_descriptions_egress
    # A rule that is not there (here: another port; the second one of the request).
    expect_error(
        update_in,
        "InvalidPermission.NotFound",
        GroupId=group,
        IpPermissions=[tcp(22, "10.0.0.0/8", "new"), tcp(23, "10.0.0.0/8", "x")],
    )
    # An ingress rule is not an egress rule.
    expect_error(
        update_out,
        "InvalidPermission.NotFound",
        GroupId=group,
        IpPermissions=[tcp(22, "10.0.0.0/8", "x")],
    )
    expect_error(
        update_out,
        "InvalidSecurityGroupRuleId.NotFound",
        GroupId=group,
        SecurityGroupRuleDescriptions=[
            {"SecurityGroupRuleId": rule["SecurityGroupRuleId"], "Description": "x"}
        ],
    )
    expect_error(
        update_in,
        "InvalidSecurityGroupRuleId.Malformed",
        GroupId=group,
        SecurityGroupRuleDescriptions=[{"SecurityGroupRuleId": "sgr-zz", "Description": "x"}],
    )
    expect_error(
        update_in,
        "InvalidSecurityGroupRuleId.NotFound",
        GroupId=group,
        SecurityGroupRuleDescriptions=[
            {"SecurityGroupRuleId": "sgr-0123456789abcdef0", "Description": "x"}
        ],
    )
    # A description EC2 refuses.
    expect_error(
        update_in,
        "InvalidParameterValue",
        GroupId=group,
        IpPermissions=[tcp(22, "10.0.0.0/8", "caf\u00e9")],
    )
    expect_error(
        update_out,
        "InvalidParameterValue",
        GroupId=group,
        SecurityGroupRuleDescriptions=[
            {"SecurityGroupRuleId": out_rule["SecurityGroupRuleId"], "Description": "d" * 256}
        ],
    )
    # Nothing to update; an unknown or malformed group.
    expect_error(update_in, "MissingParameter", GroupId=group)
    expect_error(
        update_in,
        "InvalidGroup.NotFound",
        GroupId="sg-0123456789abcdef0",
        IpPermissions=[tcp(22, "10.0.0.0/8", "x")],
    )
    expect_error(
        update_in,
        "InvalidGroupId.Malformed",
        GroupId="sg-nothex",
        IpPermissions=[tcp(22, "10.0.0.0/8", "x")],
    )
    expect_error(
        update_in,
        "DryRunOperation",
        412,
        GroupId=group,
        IpPermissions=[tcp(22, "10.0.0.0/8", "dry")],
        DryRun=True,
    )
    assert snapshot(ec2_client) == before


def test_update_descriptions_with_the_cli(aws_cli, ec2_client, group):
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(8080, "192.0.2.0/24")]
    )
    answer = aws_cli(
        "update-security-group-rule-descriptions-ingress",
        "--group-id",
        group,
        "--ip-permissions",
        "IpProtocol=tcp,FromPort=8080,ToPort=8080,IpRanges=[{CidrIp=192.0.2.0/24,Description=alt}]",
    )
    assert answer == {"Return": True}
    (permission,) = described(ec2_client, group)["IpPermissions"]
    assert permission["IpRanges"] == [{"CidrIp": "192.0.2.0/24", "Description": "alt"}]


# --- the rule quota, counted as EC2 counts it ----------------------------------------------


def test_quota_counts_ipv4_and_ipv6_rules_apart(ec2_client, group):
    ipv4 = [tcp(1000 + i, "10.0.0.0/8") for i in range(59)]
    ec2_client.authorize_security_group_ingress(GroupId=group, IpPermissions=ipv4)
    ipv6 = [
        {"IpProtocol": "tcp", "FromPort": p, "ToPort": p, "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}
        for p in range(2000, 2059)
    ]
    ec2_client.authorize_security_group_ingress(GroupId=group, IpPermissions=ipv6)
    # A group reference counts once for IPv4 and once for IPv6: the 60th of each.
    peer = ec2_client.create_security_group(
        GroupName="peer", Description="d", VpcId=described(ec2_client, group)["VpcId"]
    )
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[from_group(3000, peer["GroupId"])]
    )
    assert len(rules(ec2_client, group)) == 1 + 59 + 59 + 1  # with the default egress rule
    before = snapshot(ec2_client)
    for permission in (
        tcp(1, "10.0.0.0/8"),
        {"IpProtocol": "tcp", "FromPort": 1, "ToPort": 1, "Ipv6Ranges": [{"CidrIpv6": "::/0"}]},
    ):
        error = expect_error(
            ec2_client.authorize_security_group_ingress,
            "RulesPerSecurityGroupLimitExceeded",
            GroupId=group,
            IpPermissions=[permission],
        )
        assert error["Message"] == (
            "The maximum number of rules per security group has been reached."
        )
    assert snapshot(ec2_client) == before
    # Egress has a quota of its own.
    ec2_client.authorize_security_group_egress(GroupId=group, IpPermissions=[tcp(1, "10.0.0.0/8")])


# --- filters and tags -------------------------------------------------------------------


def test_egress_permission_filters(ec2_client, vpc, group):
    other = ec2_client.create_security_group(GroupName="locked", Description="d", VpcId=vpc)[
        "GroupId"
    ]
    ec2_client.revoke_security_group_egress(
        GroupId=other,
        IpPermissions=[{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
    )
    ec2_client.authorize_security_group_egress(
        GroupId=other, IpPermissions=[tcp(443, "203.0.113.0/24"), from_group(5432, group)]
    )

    def ids(*filters: tuple[str, str]) -> list[str]:
        found = ec2_client.describe_security_groups(
            Filters=[{"Name": "vpc-id", "Values": [vpc]}]
            + [{"Name": n, "Values": [v]} for n, v in filters]
        )["SecurityGroups"]
        return sorted(g["GroupName"] for g in found)

    assert ids(("egress.ip-permission.cidr", "0.0.0.0/0")) == ["app", "default"]
    assert ids(("egress.ip-permission.cidr", "203.0.113.0/24")) == ["locked"]
    assert ids(("egress.ip-permission.protocol", "tcp")) == ["locked"]
    assert ids(("egress.ip-permission.from-port", "443")) == ["locked"]
    assert ids(("egress.ip-permission.to-port", "5432")) == ["locked"]
    assert ids(("egress.ip-permission.group-id", group)) == ["locked"]
    assert ids(("egress.ip-permission.group-name", "app")) == ["locked"]
    assert ids(("ip-permission.cidr", "203.0.113.0/24")) == []
    assert ids(("egress.ip-permission.protocol", "-1")) == ["app", "default"]


def test_untagged_resources_have_no_tags_key(ec2_client, vpc, group):
    """EC2 leaves an empty `tagSet` out: boto3 then shows no `Tags` key."""
    created = ec2_client.create_security_group(GroupName="bare", Description="d", VpcId=vpc)
    assert "Tags" not in created
    assert "Tags" not in described(ec2_client, group)
    for rule in rules(ec2_client, group):
        assert "Tags" not in rule
    (vpc_doc,) = ec2_client.describe_vpcs(VpcIds=[vpc])["Vpcs"]
    assert "Tags" not in vpc_doc
    subnet = ec2_client.create_subnet(VpcId=vpc, CidrBlock="10.20.2.0/24")["Subnet"]
    assert "Tags" not in subnet
    (instance,) = launch(ec2_client, SubnetId=subnet["SubnetId"])
    assert "Tags" not in instance
    # Tagged, the same resources show their tags; DescribeTags' empty list stays a list.
    ec2_client.create_tags(Resources=[vpc, group], Tags=[{"Key": "k", "Value": "v"}])
    assert described(ec2_client, group)["Tags"] == [{"Key": "k", "Value": "v"}]
    ec2_client.delete_tags(Resources=[vpc, group])
    assert "Tags" not in described(ec2_client, group)
    assert ec2_client.describe_tags(Filters=[{"Name": "key", "Values": ["k"]}])["Tags"] == []
