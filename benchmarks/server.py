"""localec2 against moto's server, side by side, in one run.

Both servers run as processes on loopback: `localec2 serve --in-memory` and
`python -m moto.server`. The timed requests are raw EC2 Query requests, each signed with
botocore's SigV4 signer and sent over a kept-alive HTTP connection per client thread, so
the client costs the same for both and boto3's response parsing is not what is measured.
Each answer is checked (status 200, and the instance count for DescribeInstances).

    .venv-3.11/bin/python benchmarks/server.py [--quick]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

import boto3
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

REGION = "us-east-1"
VERSION = "2016-11-15"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mib(pid: int) -> float:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@dataclass
class Server:
    name: str
    proc: subprocess.Popen
    url: str
    key: str
    secret: str
    startup_seconds: float

    def client(self):
        return boto3.client(
            "ec2",
            endpoint_url=self.url,
            region_name=REGION,
            aws_access_key_id=self.key,
            aws_secret_access_key=self.secret,
            config=Config(retries={"max_attempts": 1}, read_timeout=600),
        )

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _wait(url: str, proc: subprocess.Popen) -> None:
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {proc.returncode}")
            time.sleep(0.005)


def start_localec2() -> Server:
    port = free_port()
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "localec2", "serve", "--in-memory", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    _wait(url + "/_localec2/health", proc)
    elapsed = time.monotonic() - started
    values = {}
    while len(values) < 2:
        line = proc.stderr.readline()
        if "=" in line and line.startswith("AWS_"):
            name, value = line.strip().split("=", 1)
            values[name] = value
    proc.stderr.close()
    return Server(
        "localec2", proc, url, values["AWS_ACCESS_KEY_ID"], values["AWS_SECRET_ACCESS_KEY"], elapsed
    )


def start_moto() -> Server:
    port = free_port()
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    _wait(url + "/moto-api/data.json", proc)
    return Server(
        "moto",
        proc,
        url,
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        time.monotonic() - started,
    )


class RawClient:
    """Signed EC2 Query requests over one kept-alive connection."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.credentials = Credentials(server.key, server.secret)
        parts = urlsplit(server.url)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=600)

    def call(self, action: str, **params: str) -> bytes:
        # bytes, so that http.client sends headers and body in one segment (no Nagle stall)
        body = urlencode({"Action": action, "Version": VERSION, **params}).encode()
        request = AWSRequest(
            method="POST",
            url=self.server.url + "/",
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        )
        SigV4Auth(self.credentials, "ec2", REGION).add_auth(request)
        self.connection.request("POST", "/", body=body, headers=dict(request.headers))
        response = self.connection.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError(f"{self.server.name} {action}: {response.status} {data[:300]}")
        return data


Work = Callable[[RawClient, int], None]


def measure(server: Server, work: Work, threads: int, per_thread: int) -> float:
    """Requests per second with `threads` clients each doing `per_thread` requests."""
    clients = [RawClient(server) for _ in range(threads)]
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            for step in range(per_thread):
                work(clients[index], index * per_thread + step)
        except BaseException as error:  # reported after the run
            errors.append(error)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise errors[0]
    return threads * per_thread / elapsed


def x86_image(server: Server) -> str:
    images = server.client().describe_images(
        Filters=[{"Name": "architecture", "Values": ["x86_64"]}]
    )["Images"]
    return images[0]["ImageId"]


def populate(server: Server, image: str, target: int) -> int:
    """Launch instances until `target` exist; the number present."""
    client = server.client()
    count = list_all(RawClient(server))
    while count < target:
        batch = min(500, target - count)
        client.run_instances(ImageId=image, MinCount=batch, MaxCount=batch, InstanceType="t3.micro")
        count += batch
    return list_all(RawClient(server))


_NEXT_TOKEN = re.compile(rb"<nextToken>([^<]+)</nextToken>")


def list_all(client: RawClient) -> int:
    """A full listing: DescribeInstances pages, following NextToken, as clients do.

    moto answers 100 reservations per page unless asked otherwise; localec2 answers all
    at once. Either way the unit of work is every instance, once.
    """
    total, token = 0, None
    while True:
        body = client.call("DescribeInstances", **({"NextToken": token} if token else {}))
        total += body.count(b"<instanceId>")
        match = _NEXT_TOKEN.search(body)
        if not match:
            return total
        token = match.group(1).decode()


def describe_instances(expected: int) -> Work:
    def work(client: RawClient, _: int) -> None:
        found = list_all(client)
        if found != expected:
            raise RuntimeError(f"{client.server.name}: {found} instances, not {expected}")

    return work


def run_instances(image: str) -> Work:
    def work(client: RawClient, _: int) -> None:
        client.call(
            "RunInstances", ImageId=image, MinCount="1", MaxCount="1", InstanceType="t3.micro"
        )

    return work


RULES_PER_GROUP = 50  # EC2 allows 60 inbound rules per group


def authorize(groups: list[str], rules: itertools.count) -> Work:
    """Each call adds a new rule (a new port; a duplicate would be an error)."""

    def work(client: RawClient, _: int) -> None:
        n = next(rules)
        port = str(1000 + n % RULES_PER_GROUP)
        client.call(
            "AuthorizeSecurityGroupIngress",
            GroupId=groups[n // RULES_PER_GROUP],
            IpProtocol="tcp",
            FromPort=port,
            ToPort=port,
            CidrIp="10.0.0.0/8",
        )

    return work


def describe_groups(client: RawClient, _: int) -> None:
    client.call("DescribeSecurityGroups")


def main() -> int:
    options = argparse.ArgumentParser()
    options.add_argument("--quick", action="store_true", help="fewer requests (smoke run)")
    options.add_argument(
        "--small-calls-only",
        action="store_true",
        help="only the small calls (no 10,000-instance listings, no memory)",
    )
    args = options.parse_args()
    scale = 0.2 if args.quick else 1.0
    rows: list[
        tuple[str, dict[str, float], bool]
    ] = []  # (what, value per server, higher is better)
    servers = [start_localec2(), start_moto()]
    try:
        rows.append(
            ("first answer after start (s)", {s.name: s.startup_seconds for s in servers}, False)
        )
        setup = {}
        for server in servers:
            image = x86_image(server)
            groups = [
                server.client().create_security_group(
                    GroupName=f"bench-{i}", Description="benchmark"
                )["GroupId"]
                for i in range(12)
            ]
            setup[server.name] = (image, groups, itertools.count())
        small = [
            ("DescribeSecurityGroups", lambda s: describe_groups, 300),
            ("AuthorizeSecurityGroupIngress", lambda s: authorize(*setup[s.name][1:]), 200),
            ("RunInstances (1 instance)", lambda s: run_instances(setup[s.name][0]), 100),
        ]
        for label, make, count in small:
            for threads in (1, 8):
                per_thread = max(2, int(count * scale / threads))
                values = {s.name: measure(s, make(s), threads, per_thread) for s in servers}
                rows.append((f"{label}, {threads} thread(s) (req/s)", values, True))
                print_row(rows[-1])
        listings = () if args.small_calls_only else ((1000, 16), (10000, 2))
        for target, count in listings:
            values_by_threads: dict[int, dict[str, float]] = {1: {}, 8: {}}
            for server in servers:
                present = populate(server, setup[server.name][0], target)
                if present < target:
                    raise RuntimeError(f"{server.name}: {present} instances, not {target}")
                for threads in (1, 8):
                    per_thread = max(1, int(count * scale / threads))
                    values_by_threads[threads][server.name] = measure(
                        server, describe_instances(present), threads, per_thread
                    )
            for threads in (1, 8):
                rows.append(
                    (
                        f"full DescribeInstances listing, {target} instances, {threads} "
                        "thread(s) (listings/s)",
                        values_by_threads[threads],
                        True,
                    )
                )
                print_row(rows[-1])
        if listings:
            rows.append(
                (
                    "resident memory at 10,000 instances (MiB)",
                    {s.name: rss_mib(s.proc.pid) for s in servers},
                    False,
                )
            )
            print_row(rows[-1])
    finally:
        for server in servers:
            server.stop()
    print()
    print(table(rows))
    return 0


def ratio(values: dict[str, float], higher_is_better: bool) -> float:
    ours, theirs = values["localec2"], values["moto"]
    return ours / theirs if higher_is_better else theirs / ours


def print_row(row: tuple[str, dict[str, float], bool]) -> None:
    what, values, better = row
    print(
        f"{what}: localec2 {values['localec2']:.2f}, moto {values['moto']:.2f}, "
        f"localec2 advantage {ratio(values, better):.1f}x",
        flush=True,
    )


def table(rows: list[tuple[str, dict[str, float], bool]]) -> str:
    lines = ["| measurement | localec2 | moto | localec2 advantage |", "|---|---:|---:|---:|"]
    for what, values, better in rows:
        lines.append(
            f"| {what} | {values['localec2']:.2f} | {values['moto']:.2f} | "
            f"{ratio(values, better):.1f}x |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
