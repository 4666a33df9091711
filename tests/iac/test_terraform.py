"""Terraform's AWS provider, unmodified, applies, re-plans (no changes), changes and destroys
a stack on localec2 (`terraform/main.tf`), and leaves nothing behind.

One test: the provider starts once per suite run (it also runs once under `pytest -n`).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from iac_support import Endpoint, Terraform, tool_environment

STACK = Path(__file__).parent / "terraform"


def _run(
    terraform: Terraform, workdir: Path, env: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [terraform.binary, *args],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _ok(proc: subprocess.CompletedProcess[str], log: Path | None = None) -> str:
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:] + _retries(log)
    return proc.stdout


def _retries(log: Path | None) -> str:
    """The SDK's retries in Terraform's debug log: a failure's likely cause, if any."""
    if log is None or not log.exists():
        return ""
    lines = [line[:400] for line in log.read_text().splitlines() if "retrying request" in line]
    return "\nretries in the provider's log:\n" + "\n".join(lines[-20:])


def test_terraform_applies_plans_and_destroys(terraform, iac_localec2: Endpoint, tmp_path):
    workdir = tmp_path / "stack"
    shutil.copytree(STACK, workdir)
    (workdir / "terraform.tfvars").write_text(
        f'endpoint   = "{iac_localec2.url}"\n'
        f'access_key = "{iac_localec2.access_key_id}"\n'
        f'secret_key = "{iac_localec2.secret_access_key}"\n'
        f'region     = "{iac_localec2.region}"\n'
    )
    log = tmp_path / "terraform.log"
    cli_config = tmp_path / "terraformrc"
    cli_config.write_text("")  # no provider installation settings of the machine
    env = tool_environment(
        tmp_path / "home",
        TF_CLI_CONFIG_FILE=str(cli_config),
        TF_IN_AUTOMATION="1",
        TF_INPUT="0",
        CHECKPOINT_DISABLE="1",  # no version check against HashiCorp
        TF_LOG_PATH=str(log),  # kept for a failure's requests
        TF_LOG="DEBUG",
    )
    ec2 = iac_localec2.client()

    _ok(_run(terraform, workdir, env, "init", f"-plugin-dir={terraform.mirror}", "-no-color"))
    _ok(_run(terraform, workdir, env, "apply", "-auto-approve", "-no-color"), log)
    (web,) = ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": ["web"]}])[
        "SecurityGroups"
    ]
    (https,) = [p for p in web["IpPermissions"] if p.get("FromPort") == 443]
    assert https["IpRanges"] == [{"CidrIp": "0.0.0.0/0", "Description": "https"}]
    outputs = json.loads(_ok(_run(terraform, workdir, env, "output", "-json", "-no-color")))
    caller = outputs["caller"]["value"]  # the provider asked STS at the endpoint
    assert caller["account_id"] == iac_localec2.account_id
    assert caller["arn"] == f"arn:aws:iam::{iac_localec2.account_id}:root"
    (db,) = ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": ["db"]}])[
        "SecurityGroups"
    ]
    (postgres,) = [p for p in db["IpPermissions"] if p.get("FromPort") == 5432]
    assert [(g["GroupId"], g["UserId"]) for g in postgres["UserIdGroupPairs"]] == [
        (web["GroupId"], iac_localec2.account_id)
    ]
    interfaces = ec2.describe_network_interfaces(
        Filters=[{"Name": "private-ip-address", "Values": ["10.42.2.50"]}]
    )["NetworkInterfaces"]
    assert [i["Status"] for i in interfaces] == ["available"]
    (nat,) = ec2.describe_nat_gateways()["NatGateways"]
    (address,) = ec2.describe_addresses()["Addresses"]
    assert nat["NatGatewayAddresses"][0]["AllocationId"] == address["AllocationId"]
    (group,) = ec2.describe_placement_groups()["PlacementGroups"]
    assert (group["Strategy"], group["PartitionCount"]) == ("partition", 3)
    (version,) = ec2.describe_launch_template_versions(LaunchTemplateName="iac-proof-web")[
        "LaunchTemplateVersions"
    ]
    data = version["LaunchTemplateData"]
    assert data["Placement"] == {"GroupName": "iac-proof-partitions"}
    assert data["MetadataOptions"]["HttpTokens"] == "required"
    (host,) = ec2.describe_hosts()["Hosts"]
    assert host["HostProperties"]["InstanceType"] == "c5.large"

    # Applied again with one rule's description changed, the stack changes in place in that
    # one resource (UpdateSecurityGroupRuleDescriptionsIngress) and in nothing else: what
    # the first apply made reads back as it was planned. (A separate `plan` here too would
    # cost another start of the provider, the slowest part of the test.)
    changed = ("-var", "https_description=https from anywhere")
    applied = _ok(
        _run(terraform, workdir, env, "apply", "-auto-approve", "-no-color", *changed), log
    )
    assert "Resources: 0 added, 1 changed, 0 destroyed." in applied, applied[-4000:]
    (web_after,) = ec2.describe_security_groups(GroupIds=[web["GroupId"]])["SecurityGroups"]
    (https,) = [p for p in web_after["IpPermissions"] if p.get("FromPort") == 443]
    assert https["IpRanges"] == [{"CidrIp": "0.0.0.0/0", "Description": "https from anywhere"}]

    planned = _run(terraform, workdir, env, "plan", "-detailed-exitcode", "-no-color", *changed)
    assert planned.returncode == 0, planned.stdout[-4000:] + planned.stderr[-4000:]

    _ok(_run(terraform, workdir, env, "destroy", "-auto-approve", "-no-color", *changed), log)
    _assert_nothing_left(ec2)


def _assert_nothing_left(ec2) -> None:
    """Only what a new account starts with: the default VPC and its parts; every instance
    terminated, every NAT gateway and peering connection deleted."""
    (default_vpc,) = ec2.describe_vpcs()["Vpcs"]
    assert default_vpc["IsDefault"]
    vpc_id = default_vpc["VpcId"]
    assert all(s["DefaultForAz"] for s in ec2.describe_subnets()["Subnets"])
    assert [g["GroupName"] for g in ec2.describe_security_groups()["SecurityGroups"]] == ["default"]
    states = {
        i["State"]["Name"] for r in ec2.describe_instances()["Reservations"] for i in r["Instances"]
    }
    assert states <= {"terminated"}
    for gateway in ec2.describe_internet_gateways()["InternetGateways"]:
        assert [a["VpcId"] for a in gateway["Attachments"]] == [vpc_id]
    assert {t["VpcId"] for t in ec2.describe_route_tables()["RouteTables"]} == {vpc_id}
    assert {a["VpcId"] for a in ec2.describe_network_acls()["NetworkAcls"]} == {vpc_id}
    options = [o["DhcpOptionsId"] for o in ec2.describe_dhcp_options()["DhcpOptions"]]
    assert options == [default_vpc["DhcpOptionsId"]]
    assert ec2.describe_network_interfaces()["NetworkInterfaces"] == []
    assert {n["State"] for n in ec2.describe_nat_gateways()["NatGateways"]} <= {"deleted"}
    peerings = ec2.describe_vpc_peering_connections()["VpcPeeringConnections"]
    assert {p["Status"]["Code"] for p in peerings} <= {"deleted"}
    assert ec2.describe_addresses()["Addresses"] == []
    assert ec2.describe_placement_groups()["PlacementGroups"] == []
    assert ec2.describe_launch_templates()["LaunchTemplates"] == []
    assert {h["State"] for h in ec2.describe_hosts()["Hosts"]} <= {"released"}
