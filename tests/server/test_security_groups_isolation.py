"""Groups, rules, key pairs and tags belong to one account, and survive a restart."""

from __future__ import annotations

import boto3
from groups_support import expect_error

from localec2.embedded import LocalEC2


def client_for(server, account: dict | None = None):
    account = account or {
        "access_key_id": server.access_key_id,
        "secret_access_key": server.secret_access_key,
    }
    return boto3.client(
        "ec2",
        endpoint_url=server.endpoint_url,
        region_name=server.region,
        aws_access_key_id=account["access_key_id"],
        aws_secret_access_key=account["secret_access_key"],
    )


def test_another_account_sees_none_of_it(localec2, ec2_client):
    group = ec2_client.create_security_group(GroupName="mine", Description="d")["GroupId"]
    key = ec2_client.create_key_pair(KeyName="mine")["KeyPairId"]
    ec2_client.create_tags(Resources=[group, key], Tags=[{"Key": "owner", "Value": "me"}])
    other = client_for(localec2, localec2.create_account())

    assert [g["GroupName"] for g in other.describe_security_groups()["SecurityGroups"]] == [
        "default"
    ]
    expect_error(other.describe_security_groups, "InvalidGroup.NotFound", GroupIds=[group])
    expect_error(other.describe_security_groups, "InvalidGroup.NotFound", GroupNames=["mine"])
    expect_error(other.delete_security_group, "InvalidGroup.NotFound", GroupId=group)
    expect_error(
        other.authorize_security_group_ingress,
        "InvalidGroup.NotFound",
        GroupId=group,
        IpPermissions=[{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}],
    )
    expect_error(
        other.create_tags,
        "InvalidGroup.NotFound",
        Resources=[group],
        Tags=[{"Key": "x", "Value": "y"}],
    )
    expect_error(other.describe_key_pairs, "InvalidKeyPair.NotFound", KeyNames=["mine"])
    assert other.describe_tags()["Tags"] == []
    # Its own group may reuse the name, and cannot reference ours.
    theirs = other.create_security_group(GroupName="mine", Description="d")["GroupId"]
    expect_error(
        other.authorize_security_group_ingress,
        "InvalidGroup.NotFound",
        GroupId=theirs,
        IpPermissions=[{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": group}]}],
    )
    (ours,) = ec2_client.describe_security_groups(GroupIds=[group])["SecurityGroups"]
    assert ours["IpPermissions"] == []


def test_groups_rules_keys_and_tags_survive_a_restart(tmp_path):
    with LocalEC2(data_dir=tmp_path) as server:
        client = client_for(server)
        group = client.create_security_group(GroupName="kept", Description="d")["GroupId"]
        (rule,) = client.authorize_security_group_ingress(
            GroupId=group,
            IpPermissions=[
                {
                    "IpProtocol": "tcp",
                    "FromPort": 22,
                    "ToPort": 22,
                    "IpRanges": [{"CidrIp": "10.0.0.0/8"}],
                }
            ],
        )["SecurityGroupRules"]
        key = client.create_key_pair(KeyName="kept", KeyType="ed25519")
        client.create_tags(Resources=[group], Tags=[{"Key": "k", "Value": "v"}])
        before = client.describe_security_groups()["SecurityGroups"]
    with LocalEC2(data_dir=tmp_path) as server:
        client = client_for(server)
        assert client.describe_security_groups()["SecurityGroups"] == before
        (stored,) = client.describe_security_group_rules(
            SecurityGroupRuleIds=[rule["SecurityGroupRuleId"]]
        )["SecurityGroupRules"]
        assert stored["CidrIpv4"] == "10.0.0.0/8"
        (pair,) = client.describe_key_pairs()["KeyPairs"]
        assert pair["KeyFingerprint"] == key["KeyFingerprint"]
        client.revoke_security_group_ingress(
            GroupId=group, SecurityGroupRuleIds=[rule["SecurityGroupRuleId"]]
        )
        (after,) = client.describe_security_groups(GroupIds=[group])["SecurityGroups"]
        assert after["IpPermissions"] == []
        assert after["Tags"] == [{"Key": "k", "Value": "v"}]
