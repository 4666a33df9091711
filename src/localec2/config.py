"""How the endpoint behaves: settings given on the command line or to the embedded server."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ServerConfig:
    # Seconds an instance spends pending (after RunInstances/StartInstances), stopping and
    # shutting-down before it reaches the next state. 0 moves at once.
    boot_seconds: float = 0.0
    # How long a terminated instance stays visible in DescribeInstances (EC2: about an hour).
    terminated_visible_seconds: float = 3600.0
    # Accept any access key, each distinct key its own account (as moto does). Off by default.
    allow_any_credentials: bool = False
    # Refuse (answer InternalError, and log) an action output member that is not in the
    # operation's output shape, instead of leaving it out. The test suite turns it on with
    # LOCALEC2_STRICT_OUTPUT=1, so that a misspelt member fails loudly.
    strict_output: bool = field(
        default_factory=lambda: os.environ.get("LOCALEC2_STRICT_OUTPUT") == "1"
    )
