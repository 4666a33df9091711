"""GetPasswordData: a Windows instance's password, encrypted with its key pair's RSA key."""

from __future__ import annotations

import base64
import time

import boto3
import pytest
from compute_support import launch
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding
from groups_support import expect_error

from localec2.embedded import LocalEC2


def _windows_image(client) -> str:
    images = client.describe_images(Filters=[{"Name": "platform", "Values": ["windows"]}])
    return images["Images"][0]["ImageId"]


def _decrypt(private_pem: str, data: str) -> str:
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    return key.decrypt(base64.b64decode(data), padding.PKCS1v15()).decode()


def test_the_key_pairs_owner_decrypts_the_password(ec2_client, localec2):
    pair = ec2_client.create_key_pair(KeyName="admin")
    (instance,) = launch(ec2_client, ImageId=_windows_image(ec2_client), KeyName="admin")
    iid = instance["InstanceId"]
    answer = ec2_client.get_password_data(InstanceId=iid)
    assert answer["InstanceId"] == iid
    assert answer["Timestamp"]
    password = _decrypt(pair["KeyMaterial"], answer["PasswordData"])
    assert len(password) == 32 and password.isprintable()
    # the same encrypted password every time, as EC2 keeps it
    assert ec2_client.get_password_data(InstanceId=iid)["PasswordData"] == answer["PasswordData"]
    # and through the instance's resource
    resource = boto3.resource(
        "ec2",
        endpoint_url=localec2.endpoint_url,
        region_name=localec2.region,
        aws_access_key_id=localec2.access_key_id,
        aws_secret_access_key=localec2.secret_access_key,
    )
    assert resource.Instance(iid).password_data()["PasswordData"] == answer["PasswordData"]


@pytest.mark.parametrize("case", ["linux", "no key", "ed25519 key"])
def test_empty_password_data_where_ec2_has_none(ec2_client, case):
    ec2_client.create_key_pair(KeyName="rsa")
    ec2_client.create_key_pair(KeyName="ed", KeyType="ed25519")
    windows = _windows_image(ec2_client)
    kwargs = {
        "linux": {"KeyName": "rsa"},
        "no key": {"ImageId": windows},
        "ed25519 key": {"ImageId": windows, "KeyName": "ed"},
    }[case]
    (instance,) = launch(ec2_client, **kwargs)
    answer = ec2_client.get_password_data(InstanceId=instance["InstanceId"])
    assert answer["PasswordData"] == ""


def test_ids_are_checked(ec2_client):
    expect_error(ec2_client.get_password_data, "InvalidInstanceID.Malformed", InstanceId="i-?")
    expect_error(
        ec2_client.get_password_data,
        "InvalidInstanceID.NotFound",
        InstanceId="i-0123456789abcdef0",
    )


def test_dry_run_generates_nothing(ec2_client):
    pair = ec2_client.create_key_pair(KeyName="admin")
    (instance,) = launch(ec2_client, ImageId=_windows_image(ec2_client), KeyName="admin")
    iid = instance["InstanceId"]
    expect_error(ec2_client.get_password_data, "DryRunOperation", 412, InstanceId=iid, DryRun=True)
    data = ec2_client.get_password_data(InstanceId=iid)["PasswordData"]
    assert _decrypt(pair["KeyMaterial"], data)


def _windows_instance(server: LocalEC2) -> tuple[object, str, str]:
    """A boto3 client of the server, a Windows instance launched with a new key pair, and
    that pair's private key."""
    client = boto3.client(
        "ec2",
        endpoint_url=server.endpoint_url,
        region_name=server.region,
        aws_access_key_id=server.access_key_id,
        aws_secret_access_key=server.secret_access_key,
    )
    pair = client.create_key_pair(KeyName="admin")
    (instance,) = launch(client, ImageId=_windows_image(client), KeyName="admin")
    return client, instance["InstanceId"], pair["KeyMaterial"]


def test_empty_until_the_instance_has_run_a_while():
    # an hour's boot: however slow this machine, the password is not there yet
    with LocalEC2(in_memory=True, boot_seconds=3600) as server:
        client, iid, _ = _windows_instance(server)
        assert client.get_password_data(InstanceId=iid)["PasswordData"] == ""


def test_the_password_comes_after_a_while():
    with LocalEC2(in_memory=True, boot_seconds=0.25) as server:
        client, iid, private_key = _windows_instance(server)
        for _ in range(400):  # four boot times (1 s); poll, no timing threshold
            data = client.get_password_data(InstanceId=iid)["PasswordData"]
            if data:
                break
            time.sleep(0.05)
        assert len(_decrypt(private_key, data)) == 32


def test_cli_decrypts_with_the_private_key(aws_cli, ec2_client, tmp_path):
    pair = ec2_client.create_key_pair(KeyName="admin")
    key_file = tmp_path / "admin.pem"
    key_file.write_text(pair["KeyMaterial"])
    (instance,) = launch(ec2_client, ImageId=_windows_image(ec2_client), KeyName="admin")
    iid = instance["InstanceId"]
    encrypted = ec2_client.get_password_data(InstanceId=iid)["PasswordData"]
    out = aws_cli("get-password-data", "--instance-id", iid, "--priv-launch-key", str(key_file))
    assert out["PasswordData"] == _decrypt(pair["KeyMaterial"], encrypted)
