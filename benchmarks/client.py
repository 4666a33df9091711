"""Client benchmark: `boto` against boto3's EC2 client, side by side, in one run.

1. Cold start: a fresh interpreter that imports the client and creates a connection
   (median wall time of several runs; a bare interpreter is shown for reference).
2. CPU time (`time.process_time`, this process only) per DescribeInstances call that
   returns 1,000 instances, against the same moto server started here on loopback.

Run: .venv-3.11/bin/python benchmarks/client.py [--instances N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

KEY = "testing"

COLD_START = {
    "python (bare)": "pass",
    "boto": (
        "from boto.ec2.connection import EC2Connection\n"
        "EC2Connection('testing', 'testing', host='127.0.0.1', port={port}, is_secure=False)"
    ),
    "boto3": (
        "import boto3\n"
        "boto3.client('ec2', region_name='us-east-1', endpoint_url='http://127.0.0.1:{port}',"
        " aws_access_key_id='testing', aws_secret_access_key='testing')"
    ),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_moto(port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen("http://127.0.0.1:%d/moto-api/data.json" % port).read()
            return proc
        except OSError:
            if time.monotonic() > deadline:
                proc.terminate()
                raise
            time.sleep(0.1)


def cold_start(port: int, runs: int, bytecode_dir: str) -> dict[str, float]:
    """Median wall seconds for a fresh interpreter to run each snippet.

    Bytecode is cached (in `bytecode_dir`, outside the source tree) as an installed
    package has it, and one unmeasured run fills the cache.
    """
    env = dict(os.environ, AWS_EC2_METADATA_DISABLED="true", PYTHONPYCACHEPREFIX=bytecode_dir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    results = {}
    for name, snippet in COLD_START.items():
        code = snippet.format(port=port)
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            samples.append(time.perf_counter() - started)
        results[name] = statistics.median(samples)
    return results


def cpu_per_call(call, runs: int) -> float:
    """Median process CPU seconds of `call()` (after one warm-up call)."""
    call()
    samples = []
    for _ in range(runs):
        started = time.process_time()
        call()
        samples.append(time.process_time() - started)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"

    import boto3

    from boto.ec2.connection import EC2Connection

    port = free_port()
    moto = start_moto(port)
    try:
        with tempfile.TemporaryDirectory(prefix="boto-bench-pyc-") as bytecode_dir:
            starts = cold_start(port, args.runs, bytecode_dir)
        ec2 = boto3.client(
            "ec2",
            region_name="us-east-1",
            endpoint_url="http://127.0.0.1:%d" % port,
            aws_access_key_id=KEY,
            aws_secret_access_key=KEY,
        )
        image_id = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
        launched = 0
        while launched < args.instances:
            batch = min(250, args.instances - launched)
            ec2.run_instances(
                ImageId=image_id, MinCount=batch, MaxCount=batch, InstanceType="t3.micro"
            )
            launched += batch
        conn = EC2Connection(KEY, KEY, host="127.0.0.1", port=port, is_secure=False)

        def boto_call() -> None:
            instances = conn.get_only_instances()
            assert len(instances) == args.instances, len(instances)

        def boto3_call() -> None:
            reservations = ec2.describe_instances()["Reservations"]
            assert sum(len(r["Instances"]) for r in reservations) == args.instances

        boto_cpu = cpu_per_call(boto_call, args.runs)
        boto3_cpu = cpu_per_call(boto3_call, args.runs)
    finally:
        moto.terminate()
        moto.wait(timeout=10)

    print(
        "Cold start (fresh interpreter: import + create connection), median of %d runs" % args.runs
    )
    for name, seconds in starts.items():
        print("  %-14s %8.1f ms" % (name, seconds * 1000))
    print("  boto3 / boto:  %8.1fx" % (starts["boto3"] / starts["boto"]))
    print()
    print(
        "CPU per DescribeInstances call returning %d instances, median of %d runs"
        % (args.instances, args.runs)
    )
    print("  %-14s %8.1f ms" % ("boto", boto_cpu * 1000))
    print("  %-14s %8.1f ms" % ("boto3", boto3_cpu * 1000))
    print("  boto3 / boto:  %8.1fx" % (boto3_cpu / boto_cpu))
    return 0


if __name__ == "__main__":
    sys.exit(main())
