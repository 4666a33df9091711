"""SigV4 verification and accounts: botocore's signer (via boto3 and directly) as the peer."""

from __future__ import annotations

import datetime
import secrets

import boto3
import botocore.auth
import botocore.exceptions
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from raw_client import FORM, action, send, signed

from localec2.embedded import LocalEC2

NO_RETRIES = Config(retries={"max_attempts": 1})


def client(server, key=None, secret=None, region=None, token=None):
    return boto3.client(
        "ec2",
        endpoint_url=server.endpoint_url,
        region_name=region or server.region,
        aws_access_key_id=key or server.access_key_id,
        aws_secret_access_key=secret or server.secret_access_key,
        aws_session_token=token,
        config=NO_RETRIES,
    )


def error_of(fn) -> tuple[int, str, str]:
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        fn()
    response = raised.value.response
    return (
        response["ResponseMetadata"]["HTTPStatusCode"],
        response["Error"]["Code"],
        response["Error"]["Message"],
    )


def random_key() -> str:
    return "AKIA" + secrets.token_hex(8).upper()


def shifted_clock(monkeypatch, minutes: float) -> None:
    moment = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    moment += datetime.timedelta(minutes=minutes)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: moment)


def test_correct_signature_is_accepted(localec2):
    assert client(localec2).describe_key_pairs()["KeyPairs"] == []


def test_unknown_access_key(localec2):
    status, code, message = error_of(
        lambda: client(localec2, key=random_key(), secret="x" * 40).describe_key_pairs()
    )
    assert (status, code) == (401, "AuthFailure")
    assert message == "AWS was not able to validate the provided access credentials"


def test_wrong_secret(localec2):
    status, code, _ = error_of(
        lambda: client(localec2, secret="y" * 40).create_key_pair(KeyName="never")
    )
    assert (status, code) == (403, "SignatureDoesNotMatch")
    assert client(localec2).describe_key_pairs()["KeyPairs"] == []


@pytest.mark.parametrize("minutes", [-10, 10])
def test_more_than_five_minutes_of_skew_is_expired(localec2, monkeypatch, minutes):
    shifted_clock(monkeypatch, minutes)
    status, code, _ = error_of(lambda: client(localec2).describe_key_pairs())
    assert (status, code) == (400, "RequestExpired")


def test_a_little_skew_is_fine(localec2, monkeypatch):
    shifted_clock(monkeypatch, -4)
    assert client(localec2).describe_key_pairs()["KeyPairs"] == []


def test_no_authentication(localec2):
    reply = send(
        localec2.endpoint_url,
        "POST",
        "/",
        b"Action=DescribeKeyPairs&Version=2016-11-15",
        {"Content-Type": FORM},
    )
    assert (reply.status, reply.code) == (401, "MissingAuthenticationToken")
    assert reply.message == "Request is missing Authentication Token"


def test_malformed_authorization_header(localec2):
    reply = send(
        localec2.endpoint_url,
        "POST",
        "/",
        b"Action=DescribeKeyPairs&Version=2016-11-15",
        {"Content-Type": FORM, "Authorization": "AWS4-HMAC-SHA256 Credential=x"},
    )
    assert (reply.status, reply.code) == (400, "IncompleteSignature")


def test_presigned_get(localec2):
    params = action("DescribeKeyPairs")
    ok = signed(
        localec2.endpoint_url,
        params,
        key=localec2.access_key_id,
        secret=localec2.secret_access_key,
        method="GET",
        presign_expires=300,
    )
    assert ok.status == 200 and "<DescribeKeyPairsResponse" in ok.body
    bad = signed(
        localec2.endpoint_url,
        params,
        key=localec2.access_key_id,
        secret="z" * 40,
        method="GET",
        presign_expires=300,
    )
    assert (bad.status, bad.code) == (403, "SignatureDoesNotMatch")


def test_presigned_url_past_its_expiry(localec2, monkeypatch):
    shifted_clock(monkeypatch, -3)
    reply = signed(
        localec2.endpoint_url,
        action("DescribeKeyPairs"),
        key=localec2.access_key_id,
        secret=localec2.secret_access_key,
        method="GET",
        presign_expires=60,
    )
    assert (reply.status, reply.code) == (400, "RequestExpired")


def test_session_token_is_accepted(localec2):
    assert client(localec2, token="FwoGZXIvYXdzEXAMPLETOKEN").describe_key_pairs()["KeyPairs"] == []
    presigned = signed(
        localec2.endpoint_url,
        action("DescribeKeyPairs"),
        key=localec2.access_key_id,
        secret=localec2.secret_access_key,
        method="GET",
        presign_expires=300,
        token="FwoGZXIvYXdzEXAMPLETOKEN",
    )
    assert presigned.status == 200


def test_body_changed_after_signing(localec2):
    request = AWSRequest(
        method="POST",
        url=localec2.endpoint_url + "/",
        data=b"Action=CreateKeyPair&Version=2016-11-15&KeyName=a",
        headers={"Content-Type": FORM},
    )
    SigV4Auth(
        Credentials(localec2.access_key_id, localec2.secret_access_key), "ec2", localec2.region
    ).add_auth(request)
    prepared = request.prepare()
    headers = {k: v for k, v in prepared.headers.items() if k.lower() != "content-length"}
    reply = send(
        localec2.endpoint_url,
        "POST",
        "/",
        b"Action=CreateKeyPair&Version=2016-11-15&KeyName=b",
        headers,
    )
    assert (reply.status, reply.code) == (403, "SignatureDoesNotMatch")
    assert client(localec2).describe_key_pairs()["KeyPairs"] == []


def test_scope_for_another_service(localec2):
    reply = signed(
        localec2.endpoint_url,
        action("DescribeKeyPairs"),
        key=localec2.access_key_id,
        secret=localec2.secret_access_key,
        service="s3",
    )
    assert (reply.status, reply.code) == (403, "SignatureDoesNotMatch")


def test_region_comes_from_the_signature_scope(localec2):
    client(localec2, region="us-west-2").create_key_pair(KeyName="west")
    assert [
        k["KeyName"] for k in client(localec2, region="us-west-2").describe_key_pairs()["KeyPairs"]
    ] == ["west"]
    assert client(localec2, region="us-east-1").describe_key_pairs()["KeyPairs"] == []


def test_accounts_are_isolated(localec2):
    other = localec2.create_account()
    mine = client(localec2)
    theirs = client(localec2, key=other["access_key_id"], secret=other["secret_access_key"])
    mine.create_key_pair(KeyName="private")
    group = mine.create_security_group(GroupName="private", Description="mine")["GroupId"]

    assert theirs.describe_key_pairs()["KeyPairs"] == []
    assert (
        error_of(lambda: theirs.describe_key_pairs(KeyNames=["private"]))[1]
        == "InvalidKeyPair.NotFound"
    )
    not_found = error_of(lambda: theirs.describe_security_groups(GroupIds=[group]))
    assert not_found[1] == "InvalidGroup.NotFound"
    assert group not in [g["GroupId"] for g in theirs.describe_security_groups()["SecurityGroups"]]
    assert (
        error_of(lambda: theirs.delete_security_group(GroupId=group))[1] == "InvalidGroup.NotFound"
    )

    assert [
        g["GroupId"] for g in mine.describe_security_groups(GroupIds=[group])["SecurityGroups"]
    ] == [group]
    assert [k["KeyName"] for k in mine.describe_key_pairs()["KeyPairs"]] == ["private"]
    assert other["account_id"] != localec2.account_id


@pytest.fixture(scope="module")
def permissive():
    with LocalEC2(in_memory=True, allow_any_credentials=True) as server:
        yield server


def test_allow_any_credentials_makes_each_key_its_own_account(permissive):
    first, second = random_key(), random_key()
    client(permissive, key=first, secret="anything").create_key_pair(KeyName="one")
    assert [
        k["KeyName"]
        for k in client(permissive, key=first, secret="other").describe_key_pairs()["KeyPairs"]
    ] == ["one"]
    assert client(permissive, key=second, secret="x").describe_key_pairs()["KeyPairs"] == []


def test_allow_any_credentials_still_checks_known_keys(permissive):
    status, code, _ = error_of(lambda: client(permissive, secret="w" * 40).describe_key_pairs())
    assert (status, code) == (403, "SignatureDoesNotMatch")
    assert client(permissive).describe_key_pairs()["KeyPairs"] == []


@pytest.mark.parametrize("region", ["nowhere", "US-EAST-1", "us-east"])
def test_scope_with_something_that_is_not_a_region(localec2, region):
    reply = signed(
        localec2.endpoint_url,
        action("DescribeKeyPairs"),
        key=localec2.access_key_id,
        secret=localec2.secret_access_key,
        region=region,
    )
    assert (reply.status, reply.code) == (403, "SignatureDoesNotMatch")
    assert "valid region" in reply.message
