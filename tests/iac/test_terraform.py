"""Terraform's AWS provider, unmodified, applies, re-plans (no changes), changes and destroys
stacks on localec2, and leaves nothing behind: the network stack (`terraform/main.tf`) and
the compute stack (`terraform_compute/main.tf`).

The provider's start is the slow part: each test starts it as few times as it can.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path

from iac_support import Endpoint, Terraform, tool_environment

STACKS = Path(__file__).parent


class Stack:
    """A copy of one of the stacks in tmp, initialised against localec2."""

    def __init__(self, name: str, terraform: Terraform, endpoint: Endpoint, tmp_path: Path):
        self.terraform = terraform
        self.workdir = tmp_path / name
        shutil.copytree(STACKS / name, self.workdir)
        (self.workdir / "terraform.tfvars").write_text(
            f'endpoint   = "{endpoint.url}"\n'
            f'access_key = "{endpoint.access_key_id}"\n'
            f'secret_key = "{endpoint.secret_access_key}"\n'
            f'region     = "{endpoint.region}"\n'
        )
        self.log = tmp_path / "terraform.log"
        cli_config = tmp_path / "terraformrc"
        cli_config.write_text("")  # no provider installation settings of the machine
        self.env = tool_environment(
            tmp_path / "home",
            TF_CLI_CONFIG_FILE=str(cli_config),
            TF_IN_AUTOMATION="1",
            TF_INPUT="0",
            CHECKPOINT_DISABLE="1",  # no version check against HashiCorp
            TF_LOG_PATH=str(self.log),  # kept for a failure's requests
            TF_LOG="DEBUG",
        )
        self.ok("init", f"-plugin-dir={terraform.mirror}")

    def ok(self, *args: str) -> str:
        """Run `terraform <args>`; its output, or a failure showing it and the retries."""
        proc = subprocess.run(
            [self.terraform.binary, *args, "-no-color"],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:] + self._retries()
        return proc.stdout

    def _retries(self) -> str:
        """The SDK's retries in the provider's debug log: a failure's likely cause, if any."""
        if not self.log.exists():
            return ""
        lines = [line[:400] for line in self.log.read_text().splitlines() if "retrying" in line]
        return "\nretries in the provider's log:\n" + "\n".join(lines[-20:])


def test_terraform_applies_plans_and_destroys(terraform, iac_localec2: Endpoint, tmp_path):
    stack = Stack("terraform", terraform, iac_localec2, tmp_path)
    ec2 = iac_localec2.client()

    stack.ok("apply", "-auto-approve")
    (web,) = ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": ["web"]}])[
        "SecurityGroups"
    ]
    (https,) = [p for p in web["IpPermissions"] if p.get("FromPort") == 443]
    assert https["IpRanges"] == [{"CidrIp": "0.0.0.0/0", "Description": "https"}]
    outputs = json.loads(stack.ok("output", "-json"))
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
    applied = stack.ok("apply", "-auto-approve", *changed)
    assert "Resources: 0 added, 1 changed, 0 destroyed." in applied, applied[-4000:]
    (web_after,) = ec2.describe_security_groups(GroupIds=[web["GroupId"]])["SecurityGroups"]
    (https,) = [p for p in web_after["IpPermissions"] if p.get("FromPort") == 443]
    assert https["IpRanges"] == [{"CidrIp": "0.0.0.0/0", "Description": "https from anywhere"}]

    stack.ok("plan", "-detailed-exitcode", *changed)  # exit code 2 would mean changes

    stack.ok("destroy", "-auto-approve", *changed)
    _assert_nothing_left(ec2)


def test_terraform_compute_stack(terraform, iac_localec2: Endpoint, tmp_path):
    stack = Stack("terraform_compute", terraform, iac_localec2, tmp_path)
    ec2 = iac_localec2.client()

    outputs = stack.ok("apply", "-auto-approve")
    (app,) = _instances(ec2, "tag:Name", "app")
    assert app["InstanceId"] in outputs
    assert app["KeyName"] == "deployer" and app["InstanceType"] == "t3.micro"
    assert app["Placement"]["GroupName"] == "app-spread"
    user_data = ec2.describe_instance_attribute(InstanceId=app["InstanceId"], Attribute="userData")
    assert (
        base64.b64decode(user_data["UserData"]["Value"]) == b"#!/bin/sh\necho hello > /tmp/hello\n"
    )
    (worker,) = _instances(ec2, "tag:Name", "worker")
    (template,) = ec2.describe_launch_templates(LaunchTemplateNames=["worker"])["LaunchTemplates"]
    tags = {t["Key"]: t["Value"] for t in worker["Tags"]}
    assert tags["aws:ec2launchtemplate:id"] == template["LaunchTemplateId"]
    # the template's type and key pair (the request's tags replace the template's)
    assert worker["InstanceType"] == "m5.large" and worker["KeyName"] == "deployer"
    (spot,) = _instances(ec2, "instance-lifecycle", "spot")
    (request,) = ec2.describe_spot_instance_requests()["SpotInstanceRequests"]
    assert request["InstanceId"] == spot["InstanceId"] and request["State"] == "active"
    (volume,) = ec2.describe_volumes(Filters=[{"Name": "tag:Name", "Values": ["data"]}])["Volumes"]
    assert [(a["InstanceId"], a["Device"]) for a in volume["Attachments"]] == [
        (app["InstanceId"], "/dev/sdf")
    ]
    (snapshot,) = ec2.describe_snapshots(OwnerIds=["self"])["Snapshots"]
    assert snapshot["VolumeId"] == volume["VolumeId"]
    (address,) = ec2.describe_addresses()["Addresses"]
    assert address["InstanceId"] == app["InstanceId"]
    (db,) = ec2.describe_security_groups(GroupNames=["db"])["SecurityGroups"]
    (app_group,) = ec2.describe_security_groups(GroupNames=["app"])["SecurityGroups"]
    (rule,) = db["IpPermissions"]
    assert [p["GroupId"] for p in rule["UserIdGroupPairs"]] == [app_group["GroupId"]]

    stack.ok("plan", "-detailed-exitcode")  # exit code 2 would mean changes

    # destroyed with skip_requesting_account_id and skip_credentials_validation: no STS
    stack.ok("destroy", "-auto-approve", "-var", "skip_sts=true")
    _assert_nothing_left(ec2)
    assert ec2.describe_volumes()["Volumes"] == []
    assert ec2.describe_snapshots(OwnerIds=["self"])["Snapshots"] == []
    assert ec2.describe_key_pairs()["KeyPairs"] == []
    assert ec2.describe_launch_templates()["LaunchTemplates"] == []
    groups = ec2.describe_placement_groups()["PlacementGroups"]
    assert {g["State"] for g in groups} <= {"deleted"}
    requests = ec2.describe_spot_instance_requests()["SpotInstanceRequests"]
    assert {r["State"] for r in requests} <= {"cancelled", "closed"}


def _instances(ec2, name: str, value: str) -> list[dict]:
    """The instances not terminated that a filter matches."""
    filters = [
        {"Name": name, "Values": [value]},
        {"Name": "instance-state-name", "Values": ["pending", "running"]},
    ]
    reservations = ec2.describe_instances(Filters=filters)["Reservations"]
    return [i for r in reservations for i in r["Instances"]]


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
