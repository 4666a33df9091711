"""Helpers of the infrastructure-as-code tests (see conftest.py).

Infrastructure-as-code tools against localec2: Terraform's AWS provider and Ansible.

Each tool runs as a real program against a localec2 on loopback (a data directory in tmp),
and is pointed at nothing else: the endpoint is given explicitly, credential and metadata
look-ups are switched off, and any HTTP(S) request that is not for loopback goes to a dead
proxy on loopback, so it fails instead of reaching AWS.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# Where a Terraform provider mirror (`terraform providers mirror` / -plugin-dir layout) may
# be: LOCALEC2_TF_PLUGIN_DIR first, then the usual places.
_MIRROR_CANDIDATES = (
    os.environ.get("LOCALEC2_TF_PLUGIN_DIR", ""),
    "/opt/tf-plugins",
    str(Path.home() / ".terraform.d" / "plugins"),
    "/usr/local/share/terraform/plugins",
    "/usr/share/terraform/plugins",
)
_AWS_PROVIDER = "registry.terraform.io/hashicorp/aws"
DEAD_PROXY = "http://127.0.0.1:9"  # the discard port: nothing answers there


def aws_provider_mirror() -> Path | None:
    """The root of a plugin directory holding hashicorp/aws for this platform, or None."""
    for candidate in _MIRROR_CANDIDATES:
        if not candidate:
            continue
        root = Path(candidate)
        if any((root / _AWS_PROVIDER).glob("*/*/terraform-provider-aws*")):
            return root
    return None


@dataclass(frozen=True)
class Endpoint:
    url: str
    region: str
    account_id: str
    access_key_id: str
    secret_access_key: str

    def client(self):  # boto3's EC2 client, for checking what the tool left behind
        import boto3

        return boto3.client(
            "ec2",
            endpoint_url=self.url,
            region_name=self.region,
            aws_access_key_id=self.access_key_id,
            aws_secret_access_key=self.secret_access_key,
        )


def tool_environment(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment for a tool: no AWS configuration of the machine, no metadata
    service, no proxy but a dead one for anything that is not loopback."""
    home.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "AWS_CONFIG_FILE": str(home / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(home / "no-aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "HTTP_PROXY": DEAD_PROXY,
        "HTTPS_PROXY": DEAD_PROXY,
        "http_proxy": DEAD_PROXY,
        "https_proxy": DEAD_PROXY,
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
    }
    env.update(extra)
    return env


@dataclass(frozen=True)
class Terraform:
    binary: str
    mirror: Path
