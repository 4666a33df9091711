"""Whatever a client sends to the group, key-pair and tag actions, the answer is never a 500.

Requests are raw Query forms signed by botocore's signer (`raw_client`), so values boto3
would refuse to send (bad ports, odd protocols, junk ids, non-ASCII) reach the server.
"""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from raw_client import action, signed

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

texts = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            "-1",
            "0",
            "65535",
            "65536",
            "tcp",
            "UDP",
            "icmp",
            "58",
            "all",
            "10.0.0.0/8",
            "::/0",
            "1.2.3.4",
            "sg-0123456789abcdef0",
            "sg-",
            "default",
            "pl-12345678",
            "\u00b2",
            "caf\u00e9",
            "x" * 300,
        ]
    ),
)
numbers = st.one_of(st.integers(-70000, 70000).map(str), texts)


def send(server, name: str, params: dict[str, str]):
    return signed(
        server.endpoint_url,
        action(name, **params),
        key=server.access_key_id,
        secret=server.secret_access_key,
    )


def assert_answered(reply) -> None:
    assert reply.status < 500, reply.body
    if reply.status != 200:
        assert reply.code, reply.body


@FUZZ
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "IpProtocol": texts,
            "FromPort": numbers,
            "ToPort": numbers,
            "CidrIp": texts,
            "SourceSecurityGroupName": texts,
            "IpPermissions.1.IpProtocol": texts,
            "IpPermissions.1.FromPort": numbers,
            "IpPermissions.1.ToPort": numbers,
            "IpPermissions.1.IpRanges.1.CidrIp": texts,
            "IpPermissions.1.IpRanges.1.Description": texts,
            "IpPermissions.1.Ipv6Ranges.1.CidrIpv6": texts,
            "IpPermissions.1.Groups.1.GroupId": texts,
            "IpPermissions.1.Groups.1.GroupName": texts,
            "IpPermissions.1.PrefixListIds.1.PrefixListId": texts,
        },
    ),
    st.sampled_from(
        [
            "AuthorizeSecurityGroupIngress",
            "RevokeSecurityGroupIngress",
            "AuthorizeSecurityGroupEgress",
            "RevokeSecurityGroupEgress",
        ]
    ),
)
def test_rule_actions_never_fail_with_500(localec2_session, params, name):
    assert_answered(send(localec2_session, name, {"GroupName": "default", **params}))
    default = send(localec2_session, "DescribeSecurityGroups", {"GroupName.1": "default"})
    group_id = default.body.split("<groupId>")[1].split("<")[0]
    assert_answered(send(localec2_session, name, {"GroupId": group_id, **params}))


@FUZZ
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "GroupName": texts,
            "GroupDescription": texts,
            "VpcId": texts,
            "GroupId": texts,
            "GroupId.1": texts,
            "GroupName.1": texts,
            "Filter.1.Name": texts,
            "Filter.1.Value.1": texts,
            "MaxResults": numbers,
            "NextToken": texts,
            "SecurityGroupRuleId.1": texts,
        },
    ),
    st.sampled_from(
        [
            "CreateSecurityGroup",
            "DeleteSecurityGroup",
            "DescribeSecurityGroups",
            "DescribeSecurityGroupRules",
        ]
    ),
)
def test_group_actions_never_fail_with_500(localec2_session, params, name):
    assert_answered(send(localec2_session, name, params))


@FUZZ
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "KeyName": texts,
            "KeyType": texts,
            "KeyFormat": texts,
            "KeyPairId": texts,
            "KeyName.1": texts,
            "KeyPairId.1": texts,
            "PublicKeyMaterial": st.one_of(
                texts, st.binary(max_size=64).map(lambda b: base64.b64encode(b).decode())
            ),
        },
    ),
    st.sampled_from(["CreateKeyPair", "ImportKeyPair", "DescribeKeyPairs", "DeleteKeyPair"]),
)
def test_key_pair_actions_never_fail_with_500(localec2_session, params, name):
    assert_answered(send(localec2_session, name, params))


@FUZZ
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "ResourceId.1": texts,
            "ResourceId.2": texts,
            "Tag.1.Key": texts,
            "Tag.1.Value": texts,
            "Filter.1.Name": texts,
            "Filter.1.Value.1": texts,
            "MaxResults": numbers,
            "NextToken": texts,
        },
    ),
    st.sampled_from(["CreateTags", "DeleteTags", "DescribeTags"]),
)
def test_tag_actions_never_fail_with_500(localec2_session, params, name):
    assert_answered(send(localec2_session, name, params))
