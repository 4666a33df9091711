"""Ansible's amazon.aws modules, unmodified, against localec2: a playbook (`ansible/network.yml`)
makes a VPC and its subnets, is idempotent (its second run changes nothing), and removes
them again.

amazon.aws.ec2_security_group is left out: it asks STS (then IAM) for the caller's account
first, which localec2 does not answer yet.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from botocore.exceptions import ClientError
from iac_support import Endpoint, tool_environment

PLAYBOOK = Path(__file__).parent / "ansible" / "network.yml"
_RECAP = re.compile(r"^localhost\s*:\s*ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)")


def _ansible_playbook() -> Path:
    binary = Path(sys.executable).parent / "ansible-playbook"
    if not binary.exists():
        pytest.skip("ansible is not installed in this venv (the `test` extra brings it)")
    return binary


def _recap(output: str) -> tuple[int, int, int, int]:
    """(ok, changed, unreachable, failed) of the play recap."""
    for line in output.splitlines():
        found = _RECAP.match(line.strip())
        if found:
            ok, changed, unreachable, failed = (int(n) for n in found.groups())
            return ok, changed, unreachable, failed
    raise AssertionError(f"no play recap in:\n{output[-4000:]}")


def test_playbook_is_idempotent_and_cleans_up(iac_localec2: Endpoint, tmp_path):
    playbook = _ansible_playbook()
    ec2 = iac_localec2.client()
    try:  # ec2_vpc_net finds its VPC by the `cidr-block` filter, as EC2 accepts it
        ec2.describe_vpcs(Filters=[{"Name": "cidr-block", "Values": ["10.77.0.0/16"]}])
    except ClientError as error:
        pytest.xfail(f"DescribeVpcs refuses the filter cidr-block: {error}")

    env = tool_environment(
        tmp_path / "home",
        ANSIBLE_PYTHON_INTERPRETER=sys.executable,
        ANSIBLE_NOCOLOR="1",
        ANSIBLE_LOCAL_TEMP=str(tmp_path / "ansible-local"),
        ANSIBLE_REMOTE_TEMP=str(tmp_path / "ansible-remote"),
        ANSIBLE_INVENTORY_UNPARSED_WARNING="False",
        ANSIBLE_LOCALHOST_WARNING="False",
    )

    def run(*extra: str) -> tuple[int, int, int, int]:
        proc = subprocess.run(
            [
                str(playbook),
                "-i",
                "localhost,",
                str(PLAYBOOK),
                "-e",
                f"endpoint={iac_localec2.url}",
                "-e",
                f"access_key={iac_localec2.access_key_id}",
                "-e",
                f"secret_key={iac_localec2.secret_access_key}",
                "-e",
                f"region={iac_localec2.region}",
                *extra,
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
        return _recap(proc.stdout)

    ok, changed, _, failed = run()
    assert failed == 0 and changed == 2  # the VPC, the subnets (one looped task)
    (vpc,) = ec2.describe_vpcs(Filters=[{"Name": "tag:Name", "Values": ["ansible-proof"]}])["Vpcs"]
    assert vpc["CidrBlock"] == "10.77.0.0/16"
    subnets = ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}])
    zones = sorted(s["AvailabilityZone"] for s in subnets["Subnets"])
    assert zones == [f"{iac_localec2.region}a", f"{iac_localec2.region}b"]

    assert run()[1] == 0  # the second run changes nothing

    assert run("-e", "state=absent")[1] == 2
    assert [v["IsDefault"] for v in ec2.describe_vpcs()["Vpcs"]] == [True]
    assert all(s["DefaultForAz"] for s in ec2.describe_subnets()["Subnets"])
