"""Shared fixtures: real peers on loopback (moto's server, localec2, the AWS CLI).

Nothing here mocks HTTP: moto's server is a real process on a free port, localec2 runs
embedded in a background thread, and the AWS CLI is the `aws` program of this venv.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent

# Every localec2 of the suite (embedded or a `localec2 serve` child) refuses an output member
# its operation's shape lacks, so that a misspelt member fails a test instead of vanishing.
os.environ["LOCALEC2_STRICT_OUTPUT"] = "1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch, tmp_path_factory):
    """No test sees the developer's AWS or boto configuration, nor reaches a metadata service."""
    for name in list(os.environ):
        if name.startswith(("AWS_", "BOTO_")):
            monkeypatch.delenv(name)
    empty = tmp_path_factory.getbasetemp() / "no-such-config"
    monkeypatch.setenv("AWS_CONFIG_FILE", str(empty / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(empty / "credentials"))
    monkeypatch.setenv("BOTO_CONFIG", str(empty / "boto.cfg"))
    monkeypatch.setenv("BOTO_PATH", str(empty / "boto-path.cfg"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


# --- moto's server: the client's independent peer ---------------------------------------


@pytest.fixture(scope="session")
def moto_server():
    """moto's EC2 server as a real process; yields its endpoint URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(url + "/moto-api/data.json")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a slow exit on a loaded machine: not a failure
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture
def moto_endpoint(moto_server):
    """moto's server, emptied before the test."""
    urllib.request.urlopen(urllib.request.Request(moto_server + "/moto-api/reset", method="POST"))
    return moto_server


# --- localec2: the server under test -------------------------------------------------------
# The session's server, its reset per test and its clients are the fixtures that boto-ec2's
# pytest plugin gives every suite (localec2_session, localec2, localec2_boto3, ...).

pytest_plugins = ["localec2.pytest_plugin"]


@pytest.fixture
def ec2_client(localec2_boto3):
    """The plugin's `localec2_boto3`, under the name this suite's tests use."""
    return localec2_boto3


@pytest.fixture
def aws_cli(localec2):
    """Run the AWS CLI (`aws ec2 ...`, or another `service`) against localec2; returns the
    parsed JSON output."""

    def run(*args: str, expect_error: bool = False, service: str = "ec2"):
        env = {**os.environ, **localec2.environment(), "AWS_PAGER": ""}
        proc = subprocess.run(
            [
                str(BIN / "aws"),
                "--endpoint-url",
                localec2.endpoint_url,
                "--output",
                "json",
                service,
                *args,
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if expect_error:
            assert proc.returncode != 0, proc.stdout
            return proc.stderr
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout) if proc.stdout.strip() else None

    return run
