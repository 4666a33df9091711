"""The `localec2` command: env, accounts, accounts create, reset, serve."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import boto3
import botocore.exceptions
import pytest
from localec2_process import cli, default_credentials, ec2, serving


def exports(text: str) -> dict[str, str]:
    lines = text.strip().splitlines()
    assert all(line.startswith("export ") for line in lines), text
    return dict(line[len("export ") :].split("=", 1) for line in lines)


def test_env_prints_the_default_account_and_endpoint(tmp_path):
    printed = exports(cli("env", "--data-dir", str(tmp_path), "--port", "9999").stdout)
    credentials = default_credentials(tmp_path)
    assert printed == {
        "AWS_ACCESS_KEY_ID": credentials["access_key_id"],
        "AWS_SECRET_ACCESS_KEY": credentials["secret_access_key"],
        "AWS_ENDPOINT_URL_EC2": "http://127.0.0.1:9999",
        "AWS_ENDPOINT_URL_STS": "http://127.0.0.1:9999",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    assert printed["AWS_ACCESS_KEY_ID"].startswith("AKIA")
    assert len(printed["AWS_ACCESS_KEY_ID"]) == 20
    assert len(printed["AWS_SECRET_ACCESS_KEY"]) == 40
    assert len(credentials["account_id"]) == 12 and credentials["account_id"].isdigit()
    # stable: a second call shows the same account
    assert exports(cli("env", "--data-dir", str(tmp_path), "--port", "9999").stdout) == printed


def test_data_dirs_are_separate_endpoints(tmp_path):
    one = default_credentials(tmp_path / "one")
    two = default_credentials(tmp_path / "two")
    assert one["account_id"] != two["account_id"]
    assert one["access_key_id"] != two["access_key_id"]


def test_eval_env_points_clients_at_a_running_server(tmp_path, monkeypatch):
    data_dir = str(tmp_path)
    with serving("--data-dir", data_dir) as (_, url):
        port = url.rsplit(":", 1)[1]
        script = (
            f'eval "$({sys.executable} -m localec2 env --data-dir {data_dir} --port {port})" && env'
        )
        environment = dict(
            line.split("=", 1)
            for line in subprocess.run(
                ["bash", "-c", script],
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            ).stdout.splitlines()
            if "=" in line
        )
        for name in (
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_ENDPOINT_URL_EC2",
            "AWS_ENDPOINT_URL_STS",
            "AWS_DEFAULT_REGION",
        ):
            monkeypatch.setenv(name, environment[name])
        client = boto3.client("ec2")  # everything from the environment
        client.create_key_pair(KeyName="from-env")
        assert [k["KeyName"] for k in client.describe_key_pairs()["KeyPairs"]] == ["from-env"]
        account = default_credentials(tmp_path)["account_id"]
        assert boto3.client("sts").get_caller_identity()["Account"] == account


def test_accounts_create_and_list(tmp_path):
    first = default_credentials(tmp_path)
    created = json.loads(cli("accounts", "create", "--json", "--data-dir", str(tmp_path)).stdout)
    assert set(created) == {"account_id", "access_key_id", "secret_access_key"}
    assert created["account_id"] != first["account_id"]
    listed = json.loads(cli("accounts", "--json", "--data-dir", str(tmp_path)).stdout)
    assert [a["account_id"] for a in listed] == [first["account_id"], created["account_id"]]
    assert listed[1]["access_keys"] == [
        {
            "access_key_id": created["access_key_id"],
            "secret_access_key": created["secret_access_key"],
        }
    ]
    plain = cli("accounts", "--data-dir", str(tmp_path)).stdout
    assert created["access_key_id"] in plain and first["access_key_id"] in plain


def test_an_account_created_beside_a_running_server_can_sign_in(tmp_path):
    with serving("--data-dir", str(tmp_path)) as (_, url):
        created = json.loads(
            cli("accounts", "create", "--json", "--data-dir", str(tmp_path)).stdout
        )
        client = ec2(url, created)
        client.create_key_pair(KeyName="newcomer")
        assert [k["KeyName"] for k in client.describe_key_pairs()["KeyPairs"]] == ["newcomer"]
        first = ec2(url, default_credentials(tmp_path))
        assert first.describe_key_pairs()["KeyPairs"] == []


def test_reset_of_a_running_server(tmp_path):
    with serving("--data-dir", str(tmp_path)) as (_, url):
        client = ec2(url, default_credentials(tmp_path))
        client.create_key_pair(KeyName="ephemeral")
        cli("reset", "--data-dir", str(tmp_path))
        assert client.describe_key_pairs()["KeyPairs"] == []  # the account survived


def test_reset_of_a_stopped_data_dir(tmp_path):
    with serving("--data-dir", str(tmp_path)) as (proc, url):
        ec2(url, default_credentials(tmp_path)).create_key_pair(KeyName="ephemeral")
        proc.terminate()
        proc.wait(timeout=10)
    cli("reset", "--data-dir", str(tmp_path))
    with serving("--data-dir", str(tmp_path)) as (_, url):
        assert ec2(url, default_credentials(tmp_path)).describe_key_pairs()["KeyPairs"] == []


def test_serve_flags(tmp_path):
    with serving("--in-memory", "--allow-any-credentials") as (_, url):
        client = ec2(url, {"access_key_id": "AKIAANYTHINGATALL000", "secret_access_key": "s"})
        assert client.describe_key_pairs()["KeyPairs"] == []
    with serving("--in-memory") as (_, url):
        with pytest.raises(botocore.exceptions.ClientError) as raised:
            ec2(
                url, {"access_key_id": "AKIAANYTHINGATALL000", "secret_access_key": "s"}
            ).describe_key_pairs()
        assert raised.value.response["Error"]["Code"] == "AuthFailure"


def test_serve_writes_its_runfile_and_removes_it_on_exit(tmp_path):
    with serving("--data-dir", str(tmp_path)) as (proc, url):
        assert json.loads((tmp_path / "server.json").read_text())["url"] == url
        proc.terminate()
        proc.wait(timeout=10)
    assert not (tmp_path / "server.json").exists()


def test_default_data_dir_follows_xdg(tmp_path):
    environment = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"))
    cli("env", env=environment)
    assert (tmp_path / "xdg" / "localec2" / "localec2.sqlite3").exists()


def test_a_second_server_on_the_same_data_dir_is_refused(tmp_path):
    with serving("--data-dir", str(tmp_path)):
        proc = subprocess.run(
            [sys.executable, "-m", "localec2", "serve", "--data-dir", str(tmp_path), "--port", "0"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 1
        assert "another localec2 is serving" in proc.stderr
    with serving("--data-dir", str(tmp_path)):  # the lock went with the first server
        pass


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_dir_and_its_files_are_the_owners_only(tmp_path):
    data_dir = tmp_path / "new" / "localec2"
    with serving("--data-dir", str(data_dir)) as (_, url):
        ec2(url, default_credentials(data_dir)).create_key_pair(KeyName="k")
        assert _mode(data_dir) == 0o700
        for name in ("localec2.sqlite3", "localec2.sqlite3-wal", "server.json", "serve.lock"):
            assert _mode(data_dir / name) == 0o600, name


def test_a_data_dir_others_can_read_gets_a_warning(tmp_path):
    data_dir = tmp_path / "shared"
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    proc = subprocess.run(
        [sys.executable, "-m", "localec2", "env", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert f"{data_dir} is readable by other users (mode 755)" in proc.stderr
    assert proc.stderr.count("readable by other users") == 1
    assert _mode(data_dir) == 0o755  # the user's directory is left as the user made it
    assert _mode(data_dir / "localec2.sqlite3") == 0o600
    quiet = tmp_path / "private"
    quiet.mkdir(mode=0o700)
    assert "readable" not in cli("env", "--data-dir", str(quiet)).stderr
