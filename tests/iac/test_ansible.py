"""Ansible's amazon.aws modules, unmodified, against localec2: a playbook (`ansible/network.yml`)
makes a VPC, its subnets, an internet gateway, a NAT gateway with its own Elastic IP, a public
and a private route table with their routes and subnets, and an interface with a fixed
private address, and a security group with a rule naming itself (ec2_vpc_net, ec2_vpc_subnet,
ec2_vpc_igw, ec2_vpc_nat_gateway, ec2_vpc_route_table, ec2_eni, ec2_security_group, which
asks STS at the endpoint for the caller's account); it is idempotent (its second run changes
nothing), and a third run removes it all again.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
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
    # the VPC, the subnets (one looped task), the internet gateway, the NAT gateway, two
    # route tables, the interface, the security group
    assert failed == 0 and changed == 8
    (vpc,) = ec2.describe_vpcs(Filters=[{"Name": "tag:Name", "Values": ["ansible-proof"]}])["Vpcs"]
    assert vpc["CidrBlock"] == "10.77.0.0/16"
    in_vpc = [{"Name": "vpc-id", "Values": [vpc["VpcId"]]}]
    subnets = ec2.describe_subnets(Filters=in_vpc)["Subnets"]
    zones = sorted(s["AvailabilityZone"] for s in subnets)
    assert zones == [f"{iac_localec2.region}a", f"{iac_localec2.region}b"]
    (igw,) = ec2.describe_internet_gateways(
        Filters=[{"Name": "attachment.vpc-id", "Values": [vpc["VpcId"]]}]
    )["InternetGateways"]
    (nat,) = ec2.describe_nat_gateways(Filter=in_vpc)["NatGateways"]
    assert nat["State"] == "available" and nat["NatGatewayAddresses"][0]["PublicIp"]
    targets = sorted(
        route.get("GatewayId") or route.get("NatGatewayId")
        for table in ec2.describe_route_tables(Filters=in_vpc)["RouteTables"]
        for route in table["Routes"]
        if route["DestinationCidrBlock"] == "0.0.0.0/0"
    )
    assert targets == sorted([igw["InternetGatewayId"], nat["NatGatewayId"]])
    (eni,) = ec2.describe_network_interfaces(
        Filters=[*in_vpc, {"Name": "interface-type", "Values": ["interface"]}]
    )["NetworkInterfaces"]
    assert eni["PrivateIpAddress"] == "10.77.2.50"
    (group,) = ec2.describe_security_groups(
        Filters=[*in_vpc, {"Name": "group-name", "Values": ["ansible-proof-web"]}]
    )["SecurityGroups"]
    rules = {p["FromPort"]: p for p in group["IpPermissions"]}
    assert rules[443]["IpRanges"] == [{"CidrIp": "0.0.0.0/0", "Description": "https"}]
    (itself,) = rules[8080]["UserIdGroupPairs"]
    assert (itself["GroupId"], itself["UserId"]) == (group["GroupId"], iac_localec2.account_id)

    assert run()[1] == 0  # the second run changes nothing

    # the security group, the interface, two route tables (one looped task), the NAT
    # gateway, the internet gateway, the subnets (one looped task), the VPC
    assert run("-e", "state=absent")[1] == 7
    assert [v["IsDefault"] for v in ec2.describe_vpcs()["Vpcs"]] == [True]
    assert all(s["DefaultForAz"] for s in ec2.describe_subnets()["Subnets"])
    assert ec2.describe_addresses()["Addresses"] == []  # the NAT gateway's EIP released
    assert [n["State"] for n in ec2.describe_nat_gateways()["NatGateways"]] in ([], ["deleted"])
