"""Whatever a client sends, the Query parser answers with a typed dict or an EC2 error."""

from __future__ import annotations

from urllib.parse import urlencode

from hypothesis import given, settings
from hypothesis import strategies as st
from raw_client import signed

from localec2.actions import registry
from localec2.errors import EC2Error
from localec2.protocol.model import load_model
from localec2.protocol.query import QueryParser

MODEL = load_model()
PARSER = QueryParser(MODEL)
OPERATIONS = sorted(op for op in MODEL.operations if MODEL.input_shape(op))
SEGMENTS = st.one_of(
    st.sampled_from(
        [
            "Filter",
            "Name",
            "Value",
            "1",
            "2",
            "0",
            "InstanceId",
            "ImageId",
            "MinCount",
            "MaxCount",
            "DryRun",
            "GroupName",
            "IpPermissions",
            "IpProtocol",
            "FromPort",
            "Groups",
            "BlockDeviceMapping",
            "Ebs",
            "VolumeSize",
            "TagSpecification",
            "Tag",
            "Key",
            "ResourceType",
            "",
        ]
    ),
    st.text(max_size=8),
)
KEYS = st.lists(SEGMENTS, min_size=1, max_size=5).map(".".join)
VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            "1",
            "-1",
            "true",
            "false",
            "x",
            "2026-11-28T12:00:00Z",
            "99999999999999999999999",
            "aGVsbG8=",
        ]
    ),
    st.text(max_size=12),
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(OPERATIONS), st.lists(st.tuples(KEYS, VALUES), max_size=8))
def test_parser_answers_a_dict_or_an_ec2_error(operation, pairs):
    try:
        parsed = PARSER.parse(operation, pairs)
    except EC2Error as error:
        assert error.status == 400
        assert error.code in {"MissingParameter", "InvalidParameterValue", "UnknownParameter"}
    else:
        members = MODEL.shape(MODEL.input_shape(operation))["members"]
        assert set(parsed) <= set(members)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(KEYS, VALUES), max_size=6), st.data())
def test_the_server_never_answers_500(localec2_session, pairs, data):
    """Random parameters for implemented actions, signed properly, through the live server."""
    operation = data.draw(st.sampled_from(sorted(registry.ACTIONS)))
    body = urlencode([("Action", operation), ("Version", "2016-11-15"), *pairs]).encode()
    reply = signed(
        localec2_session.endpoint_url,
        {},
        key=localec2_session.access_key_id,
        secret=localec2_session.secret_access_key,
        body=body,
    )
    assert reply.status < 500, (operation, pairs, reply.body)
    if reply.status != 200:
        assert reply.code, reply.body


STS_ACTIONS = ["GetCallerIdentity", "GetSessionToken", "AssumeRole", "GetFederationToken", "X"]
STS_KEYS = st.one_of(
    KEYS,
    st.sampled_from(
        [
            "RoleArn",
            "RoleSessionName",
            "DurationSeconds",
            "Tags.member.1.Key",
            "Tags.member.1.Value",
            "Tags.member.0.Key",
            "PolicyArns.member.1.arn",
            "TransitiveTagKeys.member.1",
            "SourceIdentity",
        ]
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(STS_KEYS, VALUES), max_size=6), st.sampled_from(STS_ACTIONS))
def test_the_sts_front_never_answers_500(localec2_session, pairs, operation):
    """Random parameters for STS's actions, signed for STS, through the live server."""
    body = urlencode([("Action", operation), ("Version", "2011-06-15"), *pairs]).encode()
    reply = signed(
        localec2_session.endpoint_url,
        {},
        key=localec2_session.access_key_id,
        secret=localec2_session.secret_access_key,
        service="sts",
        body=body,
    )
    assert reply.status < 500, (operation, pairs, reply.body)
    if reply.status != 200:
        assert reply.code and "<ErrorResponse" in reply.body, reply.body
