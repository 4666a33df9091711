"""The EC2 Query protocol over HTTP: boto3, the AWS CLI and raw signed requests as clients."""

from __future__ import annotations

import re

import botocore.exceptions
import pytest
from raw_client import action, send, signed

from localec2.actions import registry
from localec2.protocol.model import XML_NAMESPACE, load_model


def call(server, params, **options):
    return signed(
        server.endpoint_url,
        params,
        key=server.access_key_id,
        secret=server.secret_access_key,
        **options,
    )


def client_error(fn) -> dict:
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        fn()
    return raised.value.response


def test_unknown_action_is_invalid_action(localec2):
    reply = call(localec2, action("DescribeUnicorns"))
    assert (reply.status, reply.code) == (400, "InvalidAction")
    assert reply.message == "The action DescribeUnicorns is not valid for this web service."


def test_an_action_not_implemented_is_named_in_a_400(localec2):
    missing = next(op for op in sorted(load_model().operations) if op not in registry.ACTIONS)
    reply = call(localec2, action(missing))
    assert reply.status == 400
    assert reply.code == "InvalidAction"
    assert missing in reply.message and "not implemented" in reply.message


def test_missing_parameter(localec2):
    reply = call(localec2, action("CreateKeyPair"))
    assert (reply.status, reply.code) == (400, "MissingParameter")
    assert reply.message == "The request must contain the parameter KeyName"


def test_wrong_types_and_enum_values_are_invalid_parameter_values(localec2):
    for name, params in (
        ("DescribeSecurityGroups", {"MaxResults": "many"}),
        ("CreateKeyPair", {"KeyName": "k", "DryRun": "perhaps"}),
        ("CreateKeyPair", {"KeyName": "k", "KeyType": "dsa"}),
    ):
        reply = call(localec2, action(name, **params))
        assert (reply.status, reply.code) == (400, "InvalidParameterValue"), params
    # nothing was created by the rejected requests
    assert call(localec2, action("DescribeKeyPairs")).body.count("<keyName>") == 0


def test_unknown_parameter(localec2):
    reply = call(localec2, action("DescribeKeyPairs", Colour="blue"))
    assert (reply.status, reply.code) == (400, "UnknownParameter")
    assert reply.message == "The parameter Colour is not recognized"


def test_digits_that_are_not_ascii_are_no_numbers(localec2):
    """'²' is a digit to str.isdigit() but not to int(): an index, a port range or a
    rule's protocol spelt with it is refused, never a 500 (the fuzz test found one)."""
    reply = call(localec2, action("DescribeKeyPairs", **{"KeyName.²": "k"}))
    assert (reply.status, reply.code) == (400, "UnknownParameter")
    vpc = call(localec2, action("DescribeVpcs")).body
    (vpc_id,) = re.findall(r"<vpcId>(vpc-[0-9a-f]+)</vpcId>", vpc)[:1]
    acl = call(localec2, action("CreateNetworkAcl", VpcId=vpc_id)).body
    (acl_id,) = re.findall(r"<networkAclId>(acl-[0-9a-f]+)</networkAclId>", acl)
    entry = {
        "NetworkAclId": acl_id,
        "RuleNumber": "100",
        "Protocol": "²",
        "RuleAction": "allow",
        "Egress": "false",
        "CidrBlock": "10.0.0.0/8",
    }
    reply = call(localec2, action("CreateNetworkAclEntry", **entry))
    assert (reply.status, reply.code) == (400, "InvalidParameterValue")


def test_boto3_parameter_validation_off_reaches_the_same_errors(localec2):
    import boto3
    from botocore.config import Config

    client = boto3.client(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
        config=Config(parameter_validation=False, retries={"max_attempts": 1}),
    )
    response = client_error(lambda: client.create_key_pair())
    assert response["Error"]["Code"] == "MissingParameter"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400


def test_dry_run_of_a_valid_request(ec2_client):
    response = client_error(lambda: ec2_client.describe_key_pairs(DryRun=True))
    assert response["Error"]["Code"] == "DryRunOperation"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 412
    response = client_error(lambda: ec2_client.create_key_pair(KeyName="dry", DryRun=True))
    assert response["Error"]["Code"] == "DryRunOperation"
    assert ec2_client.describe_key_pairs()["KeyPairs"] == []


def test_dry_run_of_an_invalid_request_reports_the_error(localec2):
    reply = call(localec2, action("CreateKeyPair", DryRun="true"))
    assert reply.code == "MissingParameter"


def test_post_and_get_forms_give_the_same_answer(localec2, ec2_client):
    ec2_client.create_key_pair(KeyName="alpha")
    post = call(localec2, action("DescribeKeyPairs", **{"KeyName.1": "alpha"}))
    get = call(localec2, action("DescribeKeyPairs", **{"KeyName.1": "alpha"}), method="GET")
    assert post.status == get.status == 200
    strip = re.compile(r"<requestId>.*?</requestId>")
    assert strip.sub("", post.body) == strip.sub("", get.body)
    assert "<keyName>alpha</keyName>" in get.body


def test_any_path_is_an_ec2_request(localec2):
    reply = call(localec2, action("DescribeKeyPairs"), path="/some/where/")
    assert reply.status == 200
    assert "<DescribeKeyPairsResponse" in reply.body


def test_response_envelope_and_request_id_header(localec2):
    reply = call(localec2, action("DescribeKeyPairs"))
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/xml")
    match = re.match(
        r'<\?xml version="1.0" encoding="UTF-8"\?>\s*<DescribeKeyPairsResponse '
        rf'xmlns="{re.escape(XML_NAMESPACE)}"><requestId>([^<]+)</requestId>',
        reply.body,
    )
    assert match, reply.body
    assert reply.headers["x-amzn-requestid"] == match.group(1)
    error = call(localec2, action("Nope"))
    assert f"<RequestID>{error.headers['x-amzn-requestid']}</RequestID>" in error.body


def test_versions(localec2):
    assert call(localec2, action("DescribeKeyPairs", Version="2014-10-01")).status == 200
    newer = call(localec2, action("DescribeKeyPairs", Version="2099-01-01"))
    assert (newer.status, newer.code) == (400, "NoSuchVersion")
    params = action("DescribeKeyPairs")
    del params["Version"]
    missing = call(localec2, params)
    assert (missing.status, missing.code) == (400, "MissingParameter")
    del params["Action"]
    assert call(localec2, params).code == "MissingAction"


GARBAGE = [
    b"\xff\xfe\x00garbage",
    b"%%%%&&&===",
    b"Action=&Version=",
    b"Action=DescribeKeyPairs&Version=2016-11-15&KeyName.1.2.3=x",
    b"Action=DescribeKeyPairs&Version=2016-11-15&KeyName=x&KeyName.1=y",
    b"Action=DescribeKeyPairs&Version=2016-11-15&" + b"Filter." * 500 + b"=1",
    b"Action=DescribeKeyPairs&Version=2016-11-15&Filter.99999999999999999999.Name=x",
    b"Action=CreateKeyPair&Version=2016-11-15&KeyName=%00%ff&DryRun=true",
    b"Action=RunInstances&Version=2016-11-15&ImageId=ami-1&MinCount=1e9&MaxCount=1",
    b"<xml>not a form</xml>",
]


@pytest.mark.parametrize("body", GARBAGE)
def test_garbage_is_answered_with_a_4xx_never_a_500(localec2, body):
    reply = call(localec2, {}, body=body)
    assert 400 <= reply.status < 500, reply.body
    assert reply.code, reply.body
    unsigned = send(
        localec2.endpoint_url,
        "POST",
        "/",
        body,
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert (unsigned.status, unsigned.code) == (401, "MissingAuthenticationToken")


def test_aws_cli_reads_our_answers_and_errors(localec2, aws_cli):
    created = aws_cli("create-key-pair", "--key-name", "cli-key")
    assert created["KeyName"] == "cli-key"
    listed = aws_cli("describe-key-pairs")
    assert [k["KeyName"] for k in listed["KeyPairs"]] == ["cli-key"]
    stderr = aws_cli("describe-key-pairs", "--dry-run", expect_error=True)
    assert "DryRunOperation" in stderr
    stderr = aws_cli("describe-key-pairs", "--key-names", "absent", expect_error=True)
    assert "InvalidKeyPair.NotFound" in stderr


def test_dry_run_reports_what_the_real_request_would_fail_on(ec2_client):
    """EC2 validates a dry run fully: an unknown image is NotFound, not DryRunOperation."""
    response = client_error(
        lambda: ec2_client.run_instances(
            ImageId="ami-0123456789abcdef0", MinCount=1, MaxCount=1, DryRun=True
        )
    )
    assert response["Error"]["Code"] == "InvalidAMIID.NotFound"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400
    response = client_error(
        lambda: ec2_client.delete_security_group(GroupName="no-such-group", DryRun=True)
    )
    assert response["Error"]["Code"] == "InvalidGroup.NotFound"
    assert ec2_client.describe_instances()["Reservations"] == []
