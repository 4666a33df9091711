"""Authorize/Revoke ingress and egress, rule ids, DescribeSecurityGroupRules, ModifySecurityGroupRules."""

from __future__ import annotations

import pytest
from groups_support import expect_error


@pytest.fixture
def group(ec2_client) -> str:
    return ec2_client.create_security_group(GroupName="web", Description="d")["GroupId"]


def ingress(client, group_id: str) -> list[dict]:
    (found,) = client.describe_security_groups(GroupIds=[group_id])["SecurityGroups"]
    return found["IpPermissions"]


def egress(client, group_id: str) -> list[dict]:
    (found,) = client.describe_security_groups(GroupIds=[group_id])["SecurityGroups"]
    return found["IpPermissionsEgress"]


def rules(client, group_id: str) -> list[dict]:
    return client.describe_security_group_rules(
        Filters=[{"Name": "group-id", "Values": [group_id]}]
    )["SecurityGroupRules"]


def tcp(port: int, *cidrs: str, description: str | None = None) -> dict:
    described = {"Description": description} if description else {}
    return {
        "IpProtocol": "tcp",
        "FromPort": port,
        "ToPort": port,
        "IpRanges": [{"CidrIp": c, **described} for c in cidrs],
    }


def test_authorize_returns_rules_with_ids(ec2_client, group, localec2):
    answer = ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "203.0.113.0/24", "198.51.100.0/24")]
    )
    assert answer["Return"] is True
    returned = answer["SecurityGroupRules"]
    assert [r["CidrIpv4"] for r in returned] == ["203.0.113.0/24", "198.51.100.0/24"]
    for rule in returned:
        assert rule["SecurityGroupRuleId"].startswith("sgr-")
        assert rule["GroupId"] == group
        assert rule["GroupOwnerId"] == localec2.account_id
        assert rule["IsEgress"] is False
        assert (rule["IpProtocol"], rule["FromPort"], rule["ToPort"]) == ("tcp", 22, 22)
    stored = {r["SecurityGroupRuleId"] for r in rules(ec2_client, group) if not r["IsEgress"]}
    assert stored == {r["SecurityGroupRuleId"] for r in returned}


def test_rules_of_one_range_merge_into_one_permission(ec2_client, group):
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(80, "10.0.0.0/8")]
    )
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(80, "192.168.0.0/16"), tcp(443, "0.0.0.0/0")]
    )
    permissions = ingress(ec2_client, group)
    assert [(p["FromPort"], [r["CidrIp"] for r in p["IpRanges"]]) for p in permissions] == [
        (80, ["10.0.0.0/8", "192.168.0.0/16"]),
        (443, ["0.0.0.0/0"]),
    ]


def test_every_kind_of_peer_and_descriptions(ec2_client, group, localec2):
    other = ec2_client.create_security_group(GroupName="other", Description="d")["GroupId"]
    ec2_client.authorize_security_group_ingress(
        GroupId=group,
        IpPermissions=[
            {
                "IpProtocol": "tcp",
                "FromPort": 3389,
                "ToPort": 3389,
                "IpRanges": [{"CidrIp": "203.0.113.0/24", "Description": "LA office"}],
                "Ipv6Ranges": [{"CidrIpv6": "2001:db8:1234:1a00::/64", "Description": "RDP v6"}],
                "UserIdGroupPairs": [{"GroupId": other, "Description": "from other"}],
                "PrefixListIds": [{"PrefixListId": "pl-0123456789abcdef0"}],
            }
        ],
    )
    (permission,) = ingress(ec2_client, group)
    assert permission["IpRanges"] == [{"CidrIp": "203.0.113.0/24", "Description": "LA office"}]
    assert permission["Ipv6Ranges"] == [
        {"CidrIpv6": "2001:db8:1234:1a00::/64", "Description": "RDP v6"}
    ]
    assert permission["UserIdGroupPairs"] == [
        {"GroupId": other, "UserId": localec2.account_id, "Description": "from other"}
    ]
    assert permission["PrefixListIds"] == [{"PrefixListId": "pl-0123456789abcdef0"}]
    by_peer = {
        (
            r.get("CidrIpv4"),
            r.get("CidrIpv6"),
            r.get("PrefixListId"),
            (r.get("ReferencedGroupInfo") or {}).get("GroupId"),
        )
        for r in rules(ec2_client, group)
        if not r["IsEgress"]
    }
    assert len(by_peer) == 4


@pytest.mark.parametrize(
    "protocol, shown",
    [
        ("TCP", "tcp"),
        ("6", "tcp"),
        ("17", "udp"),
        ("1", "icmp"),
        ("58", "icmpv6"),
    ],
)
def test_protocol_names_and_numbers(ec2_client, group, protocol, shown):
    ports = (
        {"FromPort": -1, "ToPort": -1} if shown.startswith("icmp") else {"FromPort": 1, "ToPort": 2}
    )
    ec2_client.authorize_security_group_ingress(
        GroupId=group,
        IpPermissions=[{"IpProtocol": protocol, **ports, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}],
    )
    (permission,) = ingress(ec2_client, group)
    assert permission["IpProtocol"] == shown


def test_all_traffic_and_other_protocols_have_no_ports(ec2_client, group):
    ec2_client.authorize_security_group_ingress(
        GroupId=group,
        IpPermissions=[
            {
                "IpProtocol": "-1",
                "FromPort": 5,
                "ToPort": 9,
                "IpRanges": [{"CidrIp": "10.0.0.0/8"}],
            },
            {"IpProtocol": "50", "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
        ],
    )
    permissions = ingress(ec2_client, group)
    assert [p["IpProtocol"] for p in permissions] == ["-1", "50"]
    assert all("FromPort" not in p and "ToPort" not in p for p in permissions)


@pytest.mark.parametrize(
    "permission, code",
    [
        ({"IpProtocol": "tcp", "ToPort": 22}, "InvalidParameterValue"),
        ({"IpProtocol": "tcp", "FromPort": 22}, "InvalidParameterValue"),
        ({"IpProtocol": "tcp", "FromPort": 0, "ToPort": 70000}, "InvalidPermission.Malformed"),
        ({"IpProtocol": "udp", "FromPort": 90, "ToPort": 80}, "InvalidPermission.Malformed"),
        ({"IpProtocol": "icmp", "FromPort": 300, "ToPort": -1}, "InvalidPermission.Malformed"),
        ({"IpProtocol": "icmp", "FromPort": -1, "ToPort": 3}, "InvalidPermission.Malformed"),
        ({"IpProtocol": "bogus", "FromPort": 1, "ToPort": 1}, "InvalidParameterValue"),
        ({"IpProtocol": "256"}, "InvalidParameterValue"),
        ({"FromPort": 1, "ToPort": 1}, "MissingParameter"),
    ],
)
def test_bad_protocols_and_ports(ec2_client, group, permission, code):
    expect_error(
        ec2_client.authorize_security_group_ingress,
        code,
        GroupId=group,
        IpPermissions=[dict(permission, IpRanges=[{"CidrIp": "10.0.0.0/8"}])],
    )
    assert ingress(ec2_client, group) == []


@pytest.mark.parametrize(
    "peer",
    [
        {"IpRanges": [{"CidrIp": "10.0.0.0"}]},
        {"IpRanges": [{"CidrIp": "300.0.0.0/8"}]},
        {"IpRanges": [{"CidrIp": "2001:db8::/32"}]},
        {"Ipv6Ranges": [{"CidrIpv6": "10.0.0.0/8"}]},
        {"IpRanges": [{"CidrIp": "10.0.0.0/8", "Description": "caf\u00e9"}]},
        {"IpRanges": [{"CidrIp": "10.0.0.0/8", "Description": "d" * 256}]},
    ],
)
def test_bad_peers(ec2_client, group, peer):
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidParameterValue",
        GroupId=group,
        IpPermissions=[{"IpProtocol": "tcp", "FromPort": 1, "ToPort": 1, **peer}],
    )
    assert ingress(ec2_client, group) == []


def test_unknown_source_group(ec2_client, group):
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidGroup.NotFound",
        GroupId=group,
        IpPermissions=[
            {"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": "sg-0123456789abcdef0"}]}
        ],
    )
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidGroup.NotFound",
        GroupId=group,
        IpPermissions=[{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupName": "nope"}]}],
    )
    assert ingress(ec2_client, group) == []


def test_target_group_errors(ec2_client):
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidGroup.NotFound",
        GroupId="sg-0123456789abcdef0",
        IpPermissions=[tcp(1, "10.0.0.0/8")],
    )
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidGroupId.Malformed",
        GroupId="sg-x",
        IpPermissions=[tcp(1, "10.0.0.0/8")],
    )
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidGroup.NotFound",
        GroupName="nope",
        IpPermissions=[tcp(1, "10.0.0.0/8")],
    )
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "MissingParameter",
        IpPermissions=[tcp(1, "10.0.0.0/8")],
    )


def test_duplicate_request_adds_nothing(ec2_client, group):
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8")]
    )
    before = rules(ec2_client, group)
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidPermission.Duplicate",
        GroupId=group,
        IpPermissions=[tcp(22, "192.168.0.0/16", "10.0.0.0/8")],
    )
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidPermission.Duplicate",
        GroupId=group,
        IpPermissions=[tcp(22, "10.0.0.0/8", description="differs only in description")],
    )
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidPermission.Duplicate",
        GroupId=group,
        IpPermissions=[tcp(25, "1.2.3.4/32"), tcp(25, "1.2.3.4/32")],
    )
    assert rules(ec2_client, group) == before


def test_flat_form_with_cidr(ec2_client, group):
    answer = ec2_client.authorize_security_group_ingress(
        GroupName="web", IpProtocol="tcp", FromPort=80, ToPort=80, CidrIp="0.0.0.0/0"
    )
    assert answer["Return"] is True
    (permission,) = ingress(ec2_client, group)
    assert (permission["IpProtocol"], permission["FromPort"], permission["ToPort"]) == (
        "tcp",
        80,
        80,
    )
    assert permission["IpRanges"] == [{"CidrIp": "0.0.0.0/0"}]


def test_flat_source_group_grants_tcp_udp_and_icmp(ec2_client, group, localec2):
    app = ec2_client.create_security_group(GroupName="app", Description="d")["GroupId"]
    answer = ec2_client.authorize_security_group_ingress(
        GroupName="app",
        SourceSecurityGroupName="web",
        SourceSecurityGroupOwnerId=localec2.account_id,
    )
    assert len(answer["SecurityGroupRules"]) == 3
    permissions = ingress(ec2_client, app)
    assert [(p["IpProtocol"], p["FromPort"], p["ToPort"]) for p in permissions] == [
        ("tcp", 0, 65535),
        ("udp", 0, 65535),
        ("icmp", -1, -1),
    ]
    assert all(p["UserIdGroupPairs"][0]["GroupId"] == group for p in permissions)
    revoked = ec2_client.revoke_security_group_ingress(
        GroupName="app", SourceSecurityGroupName="web"
    )
    assert revoked["Return"] is True
    assert ingress(ec2_client, app) == []


def test_flat_form_errors(ec2_client, group):
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "MissingParameter",
        GroupId=group,
        CidrIp="10.0.0.0/8",
    )
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "InvalidParameterCombination",
        GroupId=group,
        SourceSecurityGroupName="web",
        CidrIp="10.0.0.0/8",
    )
    expect_error(ec2_client.authorize_security_group_ingress, "MissingParameter", GroupId=group)
    assert ingress(ec2_client, group) == []


def test_revoke_by_permission_by_rule_id_and_unknown_rules(ec2_client, group):
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8", "192.168.0.0/16"), tcp(80, "0.0.0.0/0")]
    )
    answer = ec2_client.revoke_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8", description="ignored")]
    )
    assert answer["Return"] is True
    assert [r["CidrIpv4"] for r in answer["RevokedSecurityGroupRules"]] == ["10.0.0.0/8"]
    assert [[r["CidrIp"] for r in p["IpRanges"]] for p in ingress(ec2_client, group)] == [
        ["192.168.0.0/16"],
        ["0.0.0.0/0"],
    ]

    http = next(r for r in rules(ec2_client, group) if r.get("FromPort") == 80)
    ec2_client.revoke_security_group_ingress(
        GroupId=group, SecurityGroupRuleIds=[http["SecurityGroupRuleId"]]
    )
    assert [p["FromPort"] for p in ingress(ec2_client, group)] == [22]

    # In the default VPC, a rule that is not there is reported, not an error.
    partial = ec2_client.revoke_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "192.168.0.0/16"), tcp(9999, "1.1.1.1/32")]
    )
    assert partial["Return"] is False
    (unknown,) = partial["UnknownIpPermissions"]
    assert unknown["FromPort"] == 9999 and unknown["IpRanges"] == [{"CidrIp": "1.1.1.1/32"}]
    assert ingress(ec2_client, group) == []
    expect_error(
        ec2_client.revoke_security_group_ingress,
        "InvalidSecurityGroupRuleId.NotFound",
        GroupId=group,
        SecurityGroupRuleIds=["sgr-0123456789abcdef0"],
    )
    expect_error(
        ec2_client.revoke_security_group_ingress,
        "InvalidSecurityGroupRuleId.Malformed",
        GroupId=group,
        SecurityGroupRuleIds=["rule-1"],
    )


def test_revoke_missing_rule_outside_default_vpc_is_not_found(ec2_client):
    vpc_id = ec2_client.create_vpc(CidrBlock="10.2.0.0/16")["Vpc"]["VpcId"]
    group = ec2_client.create_security_group(GroupName="private", Description="d", VpcId=vpc_id)[
        "GroupId"
    ]
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8")]
    )
    expect_error(
        ec2_client.revoke_security_group_ingress,
        "InvalidPermission.NotFound",
        GroupId=group,
        IpPermissions=[tcp(22, "10.0.0.0/8"), tcp(23, "10.0.0.0/8")],
    )
    assert [p["FromPort"] for p in ingress(ec2_client, group)] == [22]


def test_egress_rules(ec2_client, group):
    answer = ec2_client.authorize_security_group_egress(
        GroupId=group,
        IpPermissions=[
            {
                "IpProtocol": "tcp",
                "FromPort": 443,
                "ToPort": 443,
                "Ipv6Ranges": [{"CidrIpv6": "::/0"}],
            }
        ],
    )
    assert answer["SecurityGroupRules"][0]["IsEgress"] is True
    assert [p["IpProtocol"] for p in egress(ec2_client, group)] == ["-1", "tcp"]
    expect_error(
        ec2_client.authorize_security_group_egress,
        "InvalidPermission.Duplicate",
        GroupId=group,
        IpPermissions=[{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
    )
    ec2_client.revoke_security_group_egress(
        GroupId=group, IpPermissions=[{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]
    )
    assert [p["IpProtocol"] for p in egress(ec2_client, group)] == ["tcp"]
    assert ingress(ec2_client, group) == []
    expect_error(
        ec2_client.authorize_security_group_egress,
        "InvalidParameterValue",
        GroupId=group,
        IpProtocol="tcp",
        FromPort=1,
        ToPort=1,
        CidrIp="10.0.0.0/8",
    )


def test_rule_tags_and_describe_rules(ec2_client, group):
    answer = ec2_client.authorize_security_group_ingress(
        GroupId=group,
        IpPermissions=[tcp(22, "10.0.0.0/8")],
        TagSpecifications=[
            {"ResourceType": "security-group-rule", "Tags": [{"Key": "purpose", "Value": "ssh"}]}
        ],
    )
    (rule,) = answer["SecurityGroupRules"]
    assert rule["Tags"] == [{"Key": "purpose", "Value": "ssh"}]
    by_id = ec2_client.describe_security_group_rules(
        SecurityGroupRuleIds=[rule["SecurityGroupRuleId"]]
    )["SecurityGroupRules"]
    assert by_id == [rule]
    tagged = ec2_client.describe_security_group_rules(
        Filters=[{"Name": "tag:purpose", "Values": ["ssh"]}]
    )["SecurityGroupRules"]
    assert [r["SecurityGroupRuleId"] for r in tagged] == [rule["SecurityGroupRuleId"]]
    by_rule_filter = ec2_client.describe_security_group_rules(
        Filters=[{"Name": "security-group-rule-id", "Values": [rule["SecurityGroupRuleId"]]}]
    )
    assert len(by_rule_filter["SecurityGroupRules"]) == 1
    expect_error(
        ec2_client.describe_security_group_rules,
        "InvalidSecurityGroupRuleId.NotFound",
        SecurityGroupRuleIds=["sgr-0123456789abcdef0"],
    )


def test_modify_rule_keeps_its_id(ec2_client, group):
    (rule,) = ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8")]
    )["SecurityGroupRules"]
    ec2_client.modify_security_group_rules(
        GroupId=group,
        SecurityGroupRules=[
            {
                "SecurityGroupRuleId": rule["SecurityGroupRuleId"],
                "SecurityGroupRule": {
                    "IpProtocol": "tcp",
                    "FromPort": 2222,
                    "ToPort": 2222,
                    "CidrIpv4": "10.1.0.0/16",
                    "Description": "moved",
                },
            }
        ],
    )
    (changed,) = ec2_client.describe_security_group_rules(
        SecurityGroupRuleIds=[rule["SecurityGroupRuleId"]]
    )["SecurityGroupRules"]
    assert (changed["FromPort"], changed["CidrIpv4"], changed["Description"]) == (
        2222,
        "10.1.0.0/16",
        "moved",
    )
    (permission,) = ingress(ec2_client, group)
    assert permission["FromPort"] == 2222
    expect_error(
        ec2_client.modify_security_group_rules,
        "InvalidParameterValue",
        GroupId=group,
        SecurityGroupRules=[
            {
                "SecurityGroupRuleId": rule["SecurityGroupRuleId"],
                "SecurityGroupRule": {
                    "IpProtocol": "tcp",
                    "FromPort": 1,
                    "ToPort": 1,
                    "CidrIpv6": "::/0",
                },
            }
        ],
    )
    assert ingress(ec2_client, group) == [permission]


def test_dry_run_adds_and_removes_nothing(ec2_client, group):
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "DryRunOperation",
        412,
        GroupId=group,
        IpPermissions=[tcp(22, "10.0.0.0/8")],
        DryRun=True,
    )
    assert ingress(ec2_client, group) == []
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(22, "10.0.0.0/8")]
    )
    expect_error(
        ec2_client.revoke_security_group_ingress,
        "DryRunOperation",
        412,
        GroupId=group,
        IpPermissions=[tcp(22, "10.0.0.0/8")],
        DryRun=True,
    )
    assert len(ingress(ec2_client, group)) == 1


def test_rule_limit_per_direction(ec2_client, group):
    ec2_client.authorize_security_group_ingress(
        GroupId=group, IpPermissions=[tcp(1000 + i, "10.0.0.0/8") for i in range(60)]
    )
    expect_error(
        ec2_client.authorize_security_group_ingress,
        "RulesPerSecurityGroupLimitExceeded",
        GroupId=group,
        IpPermissions=[tcp(1, "10.0.0.0/8")],
    )
    assert len(ingress(ec2_client, group)) == 60


def test_tutorial_security_group_steps(ec2_client, localec2):
    """The tutorial's three-tier example, as boto 2 sends it, through boto3."""
    web = ec2_client.create_security_group(GroupName="apache", Description="Our Apache Group")
    ec2_client.create_security_group(GroupName="appserver", Description="The application tier")
    assert (
        ec2_client.authorize_security_group_ingress(
            GroupName="apache", IpProtocol="tcp", FromPort=80, ToPort=80, CidrIp="0.0.0.0/0"
        )["Return"]
        is True
    )
    assert (
        ec2_client.authorize_security_group_ingress(
            GroupName="appserver",
            SourceSecurityGroupName="apache",
            SourceSecurityGroupOwnerId=localec2.account_id,
        )["Return"]
        is True
    )
    assert (
        ec2_client.authorize_security_group_ingress(
            GroupName="apache", IpProtocol="tcp", FromPort=22, ToPort=22, CidrIp="192.168.1.130/32"
        )["Return"]
        is True
    )
    groups = {
        g["GroupName"]: g
        for g in ec2_client.describe_security_groups(GroupNames=["apache", "appserver"])[
            "SecurityGroups"
        ]
    }
    assert [
        (p["IpProtocol"], p["FromPort"], p["ToPort"]) for p in groups["apache"]["IpPermissions"]
    ] == [("tcp", 80, 80), ("tcp", 22, 22)]
    assert [
        (p["IpProtocol"], p["FromPort"], p["ToPort"]) for p in groups["appserver"]["IpPermissions"]
    ] == [("tcp", 0, 65535), ("udp", 0, 65535), ("icmp", -1, -1)]
    assert (
        groups["appserver"]["IpPermissions"][0]["UserIdGroupPairs"][0]["GroupId"] == web["GroupId"]
    )
    assert (
        ec2_client.revoke_security_group_ingress(
            GroupName="apache", IpProtocol="tcp", FromPort=22, ToPort=22, CidrIp="192.168.1.130/32"
        )["Return"]
        is True
    )
    (apache,) = ec2_client.describe_security_groups(GroupNames=["apache"])["SecurityGroups"]
    assert [(p["IpProtocol"], p["FromPort"]) for p in apache["IpPermissions"]] == [("tcp", 80)]


def test_aws_cli_rules(aws_cli, ec2_client, group):
    answer = aws_cli(
        "authorize-security-group-ingress",
        "--group-id",
        group,
        "--protocol",
        "tcp",
        "--port",
        "22",
        "--cidr",
        "203.0.113.0/24",
    )
    assert answer["Return"] is True
    assert answer["SecurityGroupRules"][0]["CidrIpv4"] == "203.0.113.0/24"
    error = aws_cli(
        "authorize-security-group-ingress",
        "--group-id",
        group,
        "--protocol",
        "tcp",
        "--port",
        "22",
        "--cidr",
        "203.0.113.0/24",
        expect_error=True,
    )
    assert "InvalidPermission.Duplicate" in error
    aws_cli(
        "authorize-security-group-ingress",
        "--group-id",
        group,
        "--ip-permissions",
        "IpProtocol=tcp,FromPort=8000,ToPort=8010,IpRanges=[{CidrIp=10.0.0.0/8}]",
    )
    assert [p["FromPort"] for p in ingress(ec2_client, group)] == [22, 8000]
    listed = aws_cli("describe-security-group-rules", "--filters", f"Name=group-id,Values={group}")[
        "SecurityGroupRules"
    ]
    assert len(listed) == 3  # two ingress rules and the default egress rule
    aws_cli(
        "revoke-security-group-ingress",
        "--group-id",
        group,
        "--protocol",
        "tcp",
        "--port",
        "22",
        "--cidr",
        "203.0.113.0/24",
    )
    assert [p["FromPort"] for p in ingress(ec2_client, group)] == [8000]


def test_aws_cli_source_group(aws_cli, ec2_client, group):
    app = ec2_client.create_security_group(GroupName="app", Description="d")["GroupId"]
    aws_cli(
        "authorize-security-group-ingress",
        "--group-name",
        "app",
        "--protocol",
        "tcp",
        "--port",
        "8080",
        "--source-group",
        "web",
    )
    aws_cli(
        "authorize-security-group-ingress",
        "--group-id",
        app,
        "--protocol",
        "udp",
        "--port",
        "53",
        "--source-group",
        group,
    )
    permissions = ingress(ec2_client, app)
    assert [
        (p["IpProtocol"], p["FromPort"], p["UserIdGroupPairs"][0]["GroupId"]) for p in permissions
    ] == [("tcp", 8080, group), ("udp", 53, group)]
    error = aws_cli(
        "authorize-security-group-ingress",
        "--group-id",
        app,
        "--protocol",
        "tcp",
        "--port",
        "1",
        "--source-group",
        "sg-0123456789abcdef0",
        expect_error=True,
    )
    assert "InvalidGroup.NotFound" in error
