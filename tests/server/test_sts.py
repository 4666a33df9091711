"""STS at localec2's endpoint: GetCallerIdentity, GetSessionToken and AssumeRole with boto3
(and the AWS CLI once), and the temporary credentials they issue, used on EC2 and STS."""

from __future__ import annotations

import datetime
import secrets
from urllib.parse import urlencode

import boto3
import pytest
from botocore.config import Config
from groups_support import expect_error
from raw_client import signed

from localec2.embedded import LocalEC2
from localec2.state import accounts
from localec2.state.store import GLOBAL

# Out-of-range values must reach the server: botocore would refuse them itself.
UNCHECKED = Config(parameter_validation=False, retries={"max_attempts": 1})
STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/"
ROLE = "arn:aws:iam::210987654321:role/ops/deployer"


def client(service, server, key=None, secret=None, token=None):
    return boto3.client(
        service,
        endpoint_url=server.endpoint_url,
        region_name=server.region,
        aws_access_key_id=key or server.access_key_id,
        aws_secret_access_key=secret or server.secret_access_key,
        aws_session_token=token,
        config=UNCHECKED,
    )


def with_credentials(service, server, credentials, token=None):
    return client(
        service,
        server,
        credentials["AccessKeyId"],
        credentials["SecretAccessKey"],
        credentials["SessionToken"] if token is None else token,
    )


def session_keys(server) -> list[str]:
    with server.store.transaction(GLOBAL, GLOBAL) as tx:
        return tx.ids(accounts.SESSION_KEY)


def test_caller_identity_of_the_accounts_own_key(localec2):
    identity = client("sts", localec2).get_caller_identity()
    assert identity["Account"] == localec2.account_id
    assert identity["Arn"] == f"arn:aws:iam::{localec2.account_id}:root"
    assert identity["UserId"] == localec2.account_id


def test_session_token_credentials_work_on_ec2(localec2):
    before = datetime.datetime.now(datetime.UTC)
    issued = client("sts", localec2).get_session_token(DurationSeconds=900)["Credentials"]
    assert issued["AccessKeyId"].startswith("ASIA") and len(issued["AccessKeyId"]) == 20
    expiration = issued["Expiration"]
    assert before + datetime.timedelta(seconds=899) <= expiration
    assert expiration <= before + datetime.timedelta(seconds=902)

    with_credentials("ec2", localec2, issued).create_key_pair(KeyName="temporary")
    # the same account's resources, under its own key too
    names = [k["KeyName"] for k in client("ec2", localec2).describe_key_pairs()["KeyPairs"]]
    assert names == ["temporary"]
    identity = with_credentials("sts", localec2, issued).get_caller_identity()
    assert identity["Arn"] == f"arn:aws:iam::{localec2.account_id}:root"


def test_an_account_session_lasts_an_hour_at_most(localec2):
    before = datetime.datetime.now(datetime.UTC)
    issued = client("sts", localec2).get_session_token(DurationSeconds=7200)["Credentials"]
    assert issued["Expiration"] <= before + datetime.timedelta(seconds=3602)
    default = client("sts", localec2).get_session_token()["Credentials"]
    assert default["Expiration"] >= before + datetime.timedelta(seconds=3599)


def test_the_session_token_is_sent_as_a_parameter_too(localec2):
    issued = client("sts", localec2).get_session_token()["Credentials"]
    reply = signed(
        localec2.endpoint_url,
        {"Action": "DescribeKeyPairs", "Version": "2016-11-15"},
        key=issued["AccessKeyId"],
        secret=issued["SecretAccessKey"],
        token=issued["SessionToken"],
        method="GET",
        presign_expires=300,
    )
    assert reply.status == 200, reply.body


def test_a_missing_or_wrong_session_token_is_refused(localec2):
    issued = client("sts", localec2).get_session_token()["Credentials"]
    without = client("ec2", localec2, issued["AccessKeyId"], issued["SecretAccessKey"])
    error = expect_error(without.create_key_pair, "AuthFailure", 401, KeyName="never")
    assert error["Message"] == "AWS was not able to validate the provided access credentials"
    altered = with_credentials("ec2", localec2, issued, token=issued["SessionToken"][:-4] + "AAAA")
    expect_error(altered.create_key_pair, "AuthFailure", 401, KeyName="never")
    assert client("ec2", localec2).describe_key_pairs()["KeyPairs"] == []

    error = expect_error(
        with_credentials("sts", localec2, issued, token="x").get_caller_identity,
        "InvalidClientTokenId",
        403,
    )
    assert error["Message"] == "The security token included in the request is invalid."


def test_expired_credentials_are_refused(localec2):
    issued = client("sts", localec2).get_session_token(DurationSeconds=900)["Credentials"]
    key_id = issued["AccessKeyId"]
    # Time passes: the stored credential's expiry is moved an hour into the past.
    with localec2.store.transaction(GLOBAL, GLOBAL) as tx:
        stored = tx.get(accounts.SESSION_KEY, key_id)
        tx.put(accounts.SESSION_KEY, key_id, {**stored, "Expiration": stored["Expiration"] - 4500})

    ec2 = with_credentials("ec2", localec2, issued)
    error = expect_error(ec2.create_key_pair, "RequestExpired", 400, KeyName="never")
    assert error["Message"] == "Request has expired."
    assert client("ec2", localec2).describe_key_pairs()["KeyPairs"] == []
    error = expect_error(
        with_credentials("sts", localec2, issued).get_caller_identity, "ExpiredToken", 403
    )
    assert error["Message"] == "The security token included in the request is expired"


def test_assume_role_acts_in_the_roles_account(localec2):
    mine = client("ec2", localec2)
    mine.create_key_pair(KeyName="callers")
    answer = client("sts", localec2).assume_role(
        RoleArn=ROLE, RoleSessionName="deploy@ci", DurationSeconds=1800
    )
    user = answer["AssumedRoleUser"]
    assert user["Arn"] == "arn:aws:sts::210987654321:assumed-role/deployer/deploy@ci"
    assert user["AssumedRoleId"].startswith("AROA")
    assert user["AssumedRoleId"].endswith(":deploy@ci")
    issued = answer["Credentials"]
    assert issued["AccessKeyId"].startswith("ASIA")

    identity = with_credentials("sts", localec2, issued).get_caller_identity()
    assert identity["Account"] == "210987654321"
    assert (identity["Arn"], identity["UserId"]) == (user["Arn"], user["AssumedRoleId"])

    theirs = with_credentials("ec2", localec2, issued)
    assert theirs.describe_key_pairs()["KeyPairs"] == []
    theirs.create_key_pair(KeyName="roles")
    assert [k["KeyName"] for k in theirs.describe_key_pairs()["KeyPairs"]] == ["roles"]
    assert [k["KeyName"] for k in mine.describe_key_pairs()["KeyPairs"]] == ["callers"]
    (vpc,) = theirs.describe_vpcs()["Vpcs"]  # the new account's own default VPC
    assert vpc["OwnerId"] == "210987654321"
    assert "210987654321" in [a["account_id"] for a in accounts.list_accounts(localec2.store)]

    # the same role again: the same role id, another session
    again = client("sts", localec2).assume_role(RoleArn=ROLE, RoleSessionName="other")
    assert (
        again["AssumedRoleUser"]["AssumedRoleId"].split(":")[0]
        == (user["AssumedRoleId"].split(":")[0])
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            {"RoleArn": ROLE, "RoleSessionName": "s1", "DurationSeconds": 899},
            "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy "
            "constraint: Member must have value greater than or equal to 900",
        ),
        (
            {"RoleArn": ROLE, "RoleSessionName": "s1", "DurationSeconds": 43201},
            "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy "
            "constraint: Member must have value less than or equal to 43200",
        ),
        (
            {"RoleArn": "arn:aws:iam::210987654321:user/deployer", "RoleSessionName": "s1"},
            "arn:aws:iam::210987654321:user/deployer is invalid",
        ),
        (
            {"RoleArn": "arn:aws:iam::2109:role/x", "RoleSessionName": "s1"},
            "arn:aws:iam::2109:role/x is invalid",
        ),
        (
            {"RoleArn": "role/x", "RoleSessionName": "s1"},
            "1 validation error detected: Value 'role/x' at 'roleArn' failed to satisfy "
            "constraint: Member must have length greater than or equal to 20",
        ),
        (
            {"RoleArn": ROLE},
            "1 validation error detected: Value null at 'roleSessionName' failed to satisfy "
            "constraint: Member must not be null",
        ),
        (
            {"RoleSessionName": "s", "DurationSeconds": 899},
            "3 validation errors detected: Value 's' at 'roleSessionName' failed to satisfy "
            "constraint: Member must have length greater than or equal to 2; Value '899' at "
            "'durationSeconds' failed to satisfy constraint: Member must have value greater than "
            "or equal to 900; Value null at 'roleArn' failed to satisfy constraint: Member must "
            "not be null",
        ),
        (
            {"RoleArn": ROLE, "RoleSessionName": "a b"},
            "1 validation error detected: Value 'a b' at 'roleSessionName' failed to satisfy "
            "constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
        ),
    ],
)
def test_bad_assume_role_input_gets_stss_validation_error(localec2, call, message):
    before = session_keys(localec2)
    error = expect_error(client("sts", localec2).assume_role, "ValidationError", 400, **call)
    assert error["Message"] == message
    assert session_keys(localec2) == before


@pytest.mark.parametrize("seconds", [899, 129601])
def test_get_session_token_duration_out_of_range(localec2, seconds):
    before = session_keys(localec2)
    error = expect_error(
        client("sts", localec2).get_session_token,
        "ValidationError",
        400,
        DurationSeconds=seconds,
    )
    assert (
        f"Value '{seconds}' at 'durationSeconds' failed to satisfy constraint" in error["Message"]
    )
    assert session_keys(localec2) == before


def test_what_temporary_credentials_may_not_do(localec2):
    session = client("sts", localec2).get_session_token()["Credentials"]
    error = expect_error(
        with_credentials("sts", localec2, session).get_session_token, "AccessDenied", 403
    )
    assert error["Message"] == "Cannot call GetSessionToken with session credentials"

    role = client("sts", localec2).assume_role(RoleArn=ROLE, RoleSessionName="first")
    chained = with_credentials("sts", localec2, role["Credentials"])
    error = expect_error(
        chained.assume_role,
        "ValidationError",
        400,
        RoleArn="arn:aws:iam::210987654321:role/next",
        RoleSessionName="second",
        DurationSeconds=3601,
    )
    assert "1 hour session limit for roles assumed by role chaining" in error["Message"]
    # within the hour, a role's session may assume another role
    hop = chained.assume_role(
        RoleArn="arn:aws:iam::123456789012:role/next", RoleSessionName="second"
    )["AssumedRoleUser"]
    assert hop["Arn"] == "arn:aws:sts::123456789012:assumed-role/next/second"


def sts_request(server, **params):
    body = urlencode(params).encode()
    return signed(
        server.endpoint_url,
        {},
        key=server.access_key_id,
        secret=server.secret_access_key,
        service="sts",
        body=body,
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"Action": "MakeMeAdmin", "Version": "2011-06-15"},
            "Could not find operation MakeMeAdmin for version 2011-06-15",
        ),
        (
            {"Action": "GetCallerIdentity", "Version": "2016-11-15"},
            "Could not find operation GetCallerIdentity for version 2016-11-15",
        ),
        (
            {"Action": "GetCallerIdentity"},
            "Could not find operation GetCallerIdentity for version NO_VERSION_SPECIFIED",
        ),
        (
            {"Action": "GetFederationToken", "Version": "2011-06-15", "Name": "bob"},
            "The action GetFederationToken is not implemented by localec2.",
        ),
    ],
)
def test_other_actions_get_stss_invalid_action(localec2, params, message):
    reply = sts_request(localec2, **params)
    assert (reply.status, reply.code, reply.message) == (400, "InvalidAction", message)
    assert reply.body.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse ')
    assert f'xmlns="{STS_NAMESPACE}"' in reply.body
    assert "<Type>Sender</Type>" in reply.body and "<RequestId>" in reply.body


def test_answers_are_in_stss_format(localec2):
    reply = sts_request(localec2, Action="GetCallerIdentity", Version="2011-06-15")
    assert reply.status == 200
    assert f'<GetCallerIdentityResponse xmlns="{STS_NAMESPACE}"><GetCallerIdentityResult>' in (
        reply.body
    )
    assert "</GetCallerIdentityResult><ResponseMetadata><RequestId>" in reply.body


def test_an_unknown_key_is_stss_invalid_client_token_id(localec2):
    stranger = client("sts", localec2, "AKIA" + secrets.token_hex(8).upper(), "x" * 40)
    expect_error(stranger.get_caller_identity, "InvalidClientTokenId", 403)


def test_aws_cli_get_caller_identity(localec2, aws_cli):
    identity = aws_cli("get-caller-identity", service="sts")
    assert identity["Account"] == localec2.account_id
    assert identity["Arn"] == f"arn:aws:iam::{localec2.account_id}:root"


def test_temporary_credentials_survive_a_restart(tmp_path):
    with LocalEC2(data_dir=tmp_path / "state") as server:
        issued = client("sts", server).assume_role(RoleArn=ROLE, RoleSessionName="kept")
        with_credentials("ec2", server, issued["Credentials"]).create_key_pair(KeyName="kept")
    with LocalEC2(data_dir=tmp_path / "state") as server:
        theirs = with_credentials("ec2", server, issued["Credentials"])
        assert [k["KeyName"] for k in theirs.describe_key_pairs()["KeyPairs"]] == ["kept"]


def test_allow_any_credentials_answers_sts_too():
    with LocalEC2(in_memory=True, allow_any_credentials=True) as server:
        key = "AKIA" + secrets.token_hex(8).upper()
        anyone = client("sts", server, key, "anything")
        account = anyone.get_caller_identity()["Account"]
        assert account == accounts.derived_account_id(key)
        issued = anyone.get_session_token()["Credentials"]
        ec2 = with_credentials("ec2", server, issued)
        ec2.create_key_pair(KeyName="derived")
        names = [
            k["KeyName"] for k in client("ec2", server, key, "x").describe_key_pairs()["KeyPairs"]
        ]
        assert names == ["derived"]
        altered = with_credentials("ec2", server, issued, token="wrong")
        expect_error(altered.describe_key_pairs, "AuthFailure", 401)
