"""`boto` with temporary credentials STS issued at localec2's endpoint (its session token from
the environment, or as `security_token=`): it acts in the role's account; a wrong token is
EC2's AuthFailure."""

from __future__ import annotations

import boto3
import pytest

import boto
from boto.exception import EC2ResponseError

ROLE = "arn:aws:iam::345678901234:role/boto-user"


@pytest.fixture
def role_credentials(localec2):
    sts = boto3.client(
        "sts",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    return sts.assume_role(RoleArn=ROLE, RoleSessionName="boto")["Credentials"]


def test_boto_acts_in_the_roles_account(localec2, role_credentials, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", role_credentials["AccessKeyId"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", role_credentials["SecretAccessKey"])
    monkeypatch.setenv("AWS_SESSION_TOKEN", role_credentials["SessionToken"])
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", localec2.endpoint_url)
    monkeypatch.setenv("AWS_DEFAULT_REGION", localec2.region)
    conn = boto.connect_ec2()
    conn.create_key_pair("in-the-role")
    assert [k.name for k in conn.get_all_key_pairs()] == ["in-the-role"]
    groups = conn.get_all_security_groups()
    assert {g.owner_id for g in groups} == {"345678901234"}


def test_a_wrong_security_token_is_auth_failure(localec2, role_credentials):
    host, port = localec2.endpoint_url.removeprefix("http://").rsplit(":", 1)
    conn = boto.connect_ec2(
        aws_access_key_id=role_credentials["AccessKeyId"],
        aws_secret_access_key=role_credentials["SecretAccessKey"],
        security_token="not-the-token",
        is_secure=False,
        host=host,
        port=int(port),
    )
    with pytest.raises(EC2ResponseError) as raised:
        conn.get_all_key_pairs()
    assert (raised.value.status, raised.value.error_code) == (401, "AuthFailure")
