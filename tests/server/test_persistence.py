"""Everything acknowledged survives `kill -9` and a restart of `localec2 serve`."""

from __future__ import annotations

from localec2_process import default_credentials, ec2, kill_hard, serving


def snapshot(client) -> dict:
    groups = client.describe_security_groups()["SecurityGroups"]
    keys = client.describe_key_pairs()["KeyPairs"]
    return {
        "groups": sorted((g["GroupId"], g["GroupName"], str(g["IpPermissions"])) for g in groups),
        "keys": sorted((k["KeyName"], k["KeyFingerprint"]) for k in keys),
    }


def test_acknowledged_writes_survive_kill_9(tmp_path):
    data_dir = str(tmp_path / "state")
    with serving("--data-dir", data_dir) as (proc, url):
        credentials = default_credentials(tmp_path / "state")
        client = ec2(url, credentials)
        group = client.create_security_group(GroupName="web", Description="web")["GroupId"]
        client.authorize_security_group_ingress(
            GroupId=group, IpProtocol="tcp", FromPort=80, ToPort=80, CidrIp="0.0.0.0/0"
        )
        doomed = client.create_security_group(GroupName="doomed", Description="x")["GroupId"]
        client.delete_security_group(GroupId=doomed)
        for index in range(20):
            client.create_key_pair(KeyName=f"key-{index}")
        ec2(url, credentials, region="eu-west-1").create_key_pair(KeyName="in-ireland")
        before = snapshot(client)
        kill_hard(proc)

    assert len(before["keys"]) == 20
    assert any(name == "web" and "80" in rules for _, name, rules in before["groups"])
    with serving("--data-dir", data_dir) as (_, url):
        client = ec2(url, credentials)
        assert snapshot(client) == before
        assert doomed not in [
            g["GroupId"] for g in client.describe_security_groups()["SecurityGroups"]
        ]
        assert [
            k["KeyName"]
            for k in ec2(url, credentials, region="eu-west-1").describe_key_pairs()["KeyPairs"]
        ] == ["in-ireland"]
        # the same account and key as before the crash
        assert default_credentials(tmp_path / "state") == credentials


def test_in_memory_keeps_nothing(tmp_path):
    data_dir = tmp_path / "state"
    with serving("--in-memory", "--data-dir", str(data_dir)) as (proc, url):
        assert not data_dir.exists()
    assert proc.returncode is not None
    assert not data_dir.exists()


def test_embedded_endpoint_with_a_data_dir_keeps_state_and_account(tmp_path):
    from localec2.embedded import LocalEC2

    with LocalEC2(data_dir=tmp_path) as first:
        credentials = {
            "access_key_id": first.access_key_id,
            "secret_access_key": first.secret_access_key,
        }
        ec2(first.endpoint_url, credentials).create_key_pair(KeyName="kept")
        account = first.account_id
    with LocalEC2(data_dir=tmp_path) as second:
        assert (second.account_id, second.access_key_id) == (account, credentials["access_key_id"])
        assert [
            k["KeyName"]
            for k in ec2(second.endpoint_url, credentials).describe_key_pairs()["KeyPairs"]
        ] == ["kept"]
