"""Ansible's amazon.aws modules, unmodified, against localec2; each playbook is idempotent (its
second run changes nothing), and a third run removes it all again.

- `ansible/network.yml`: a VPC, its subnets, an internet gateway, a NAT gateway with its own
  Elastic IP, a public and a private route table with their routes and subnets, an interface
  with a fixed private address, and a security group with a rule naming itself (ec2_vpc_net,
  ec2_vpc_subnet, ec2_vpc_igw, ec2_vpc_nat_gateway, ec2_vpc_route_table, ec2_eni,
  ec2_security_group, which asks STS at the endpoint for the caller's account).
- `ansible/compute.yml`: in the default VPC, a key pair, security groups (one naming the
  other; ec2_security_group asks STS for the caller's account first), a placement group, a
  launch template, instances (exact_count, wait; one from the template), a volume, a
  snapshot and an Elastic IP (ec2_ami_info, ec2_vpc_net_info, ec2_key, ec2_security_group,
  ec2_placement_group, ec2_launch_template, ec2_instance, ec2_instance_info, ec2_vol,
  ec2_snapshot, ec2_eip).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from iac_support import Endpoint, tool_environment

PLAYBOOKS = Path(__file__).parent / "ansible"
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


class Playbook:
    """One of the playbooks, run by ansible-playbook against localec2."""

    def __init__(self, name: str, endpoint: Endpoint, tmp_path: Path):
        self.binary = _ansible_playbook()
        self.path = PLAYBOOKS / name
        self.endpoint = endpoint
        self.env = tool_environment(
            tmp_path / "home",
            ANSIBLE_PYTHON_INTERPRETER=sys.executable,
            ANSIBLE_NOCOLOR="1",
            ANSIBLE_LOCAL_TEMP=str(tmp_path / "ansible-local"),
            ANSIBLE_REMOTE_TEMP=str(tmp_path / "ansible-remote"),
            ANSIBLE_INVENTORY_UNPARSED_WARNING="False",
            ANSIBLE_LOCALHOST_WARNING="False",
        )

    def run(self, *extra: str) -> tuple[int, int, int, int]:
        """Run it; the recap's (ok, changed, unreachable, failed)."""
        endpoint = self.endpoint
        proc = subprocess.run(
            [
                str(self.binary),
                "-i",
                "localhost,",
                str(self.path),
                "-e",
                f"endpoint={endpoint.url}",
                "-e",
                f"access_key={endpoint.access_key_id}",
                "-e",
                f"secret_key={endpoint.secret_access_key}",
                "-e",
                f"region={endpoint.region}",
                *extra,
            ],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
        return _recap(proc.stdout)


def test_playbook_is_idempotent_and_cleans_up(iac_localec2: Endpoint, tmp_path):
    run = Playbook("network.yml", iac_localec2, tmp_path).run
    ec2 = iac_localec2.client()

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


def test_compute_playbook_is_idempotent_and_cleans_up(iac_localec2: Endpoint, tmp_path):
    run = Playbook("compute.yml", iac_localec2, tmp_path).run
    ec2 = iac_localec2.client()

    ok, changed, _, failed = run()
    # the key pair, two security groups, the placement group, the launch template, the app
    # servers, the worker, the volume, the snapshot, the Elastic IP
    assert failed == 0 and changed == 10
    running = [{"Name": "instance-state-name", "Values": ["running"]}]
    instances = [
        i for r in ec2.describe_instances(Filters=running)["Reservations"] for i in r["Instances"]
    ]
    names = sorted(t["Value"] for i in instances for t in i["Tags"] if t["Key"] == "Name")
    assert names == ["ansible-app", "ansible-app", "ansible-worker"]
    app = sorted(
        (i for i in instances if {"Key": "Name", "Value": "ansible-app"} in i["Tags"]),
        key=lambda i: i["InstanceId"],
    )
    assert {i["Placement"].get("GroupName") for i in app} == {"ansible-spread"}
    (volume,) = ec2.describe_volumes(Filters=[{"Name": "tag:Name", "Values": ["ansible-data"]}])[
        "Volumes"
    ]
    assert [a["InstanceId"] for a in volume["Attachments"]] == [app[0]["InstanceId"]]
    (snapshot,) = ec2.describe_snapshots(OwnerIds=["self"])["Snapshots"]
    assert snapshot["VolumeId"] == volume["VolumeId"]
    (address,) = ec2.describe_addresses()["Addresses"]
    assert address["InstanceId"] == app[0]["InstanceId"]
    (db,) = ec2.describe_security_groups(GroupNames=["ansible-db"])["SecurityGroups"]
    (app_group,) = ec2.describe_security_groups(GroupNames=["ansible-app"])["SecurityGroups"]
    assert [p["GroupId"] for r in db["IpPermissions"] for p in r["UserIdGroupPairs"]] == [
        app_group["GroupId"]
    ]

    assert run()[1] == 0  # the second run changes nothing

    # the Elastic IP, the instances, the snapshot, the volume, the launch template, the
    # placement group, the security groups (one looped task), the key pair
    assert run("-e", "state=absent")[1] == 8
    states = {
        i["State"]["Name"] for r in ec2.describe_instances()["Reservations"] for i in r["Instances"]
    }
    assert states <= {"terminated"}
    assert ec2.describe_volumes()["Volumes"] == []
    assert ec2.describe_snapshots(OwnerIds=["self"])["Snapshots"] == []
    assert ec2.describe_addresses()["Addresses"] == []
    assert ec2.describe_key_pairs()["KeyPairs"] == []
    assert ec2.describe_launch_templates()["LaunchTemplates"] == []
    assert [g["GroupName"] for g in ec2.describe_security_groups()["SecurityGroups"]] == ["default"]
