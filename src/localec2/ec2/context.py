"""What an EC2 rule sees of the request it serves: the transaction, the clock, the settings."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..config import ServerConfig
from ..state.store import Transaction


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
