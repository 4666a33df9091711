"""What an EC2 rule sees of the request it serves: the transaction, the clock, the settings."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..config import ServerConfig
from ..errors import invalid_parameter_value, missing_parameter
from ..state.store import Transaction
from . import catalogs


@dataclass
class Context:
    tx: Transaction
    request_id: str
    config: ServerConfig = field(default_factory=ServerConfig)
    now: float = field(default_factory=time.time)  # the request's wall-clock time

    @property
    def account_id(self) -> str:
        return self.tx.account

    @property
    def region(self) -> str:
        return self.tx.region

    def source_region(self, region: str) -> Transaction:
        """The account's transaction in `region`, a copy's `SourceRegion` (this region's own
        transaction for it); none given, or one EC2 does not have, is refused."""
        if not region:
            raise missing_parameter("SourceRegion")
        if region not in catalogs.regions():
            raise invalid_parameter_value(f"Invalid value '{region}' for SourceRegion")
        return self.tx if region == self.region else self.tx.other(region)
