"""`python -m localec2` as a real process: the CLI and a serving endpoint."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import boto3
from botocore.config import Config


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "localec2", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    return proc


def default_credentials(data_dir: Path) -> dict:
    """The data directory's first account and key, as `localec2 accounts --json` lists it."""
    first = json.loads(cli("accounts", "--json", "--data-dir", str(data_dir)).stdout)[0]
    return {"account_id": first["account_id"], **first["access_keys"][0]}


def wait_until_serving(url: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url + "/_localec2/health", timeout=1).read()
            return
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"localec2 exited with {proc.returncode}")
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


@contextmanager
def serving(*args: str):
    """`localec2 serve --port <free> <args>`; yields (process, url). Killed at the end."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "localec2", "serve", "--port", str(port), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, proc)
        yield proc, url
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


def kill_hard(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


def ec2(url: str, credentials: dict, region: str = "us-east-1"):
    return boto3.client(
        "ec2",
        endpoint_url=url,
        region_name=region,
        aws_access_key_id=credentials["access_key_id"],
        aws_secret_access_key=credentials["secret_access_key"],
        config=Config(retries={"max_attempts": 1}),
    )
