"""Actions and partition bootstraps register here; the protocol layer dispatches to them.

An action is a plain function `(ctx, params) -> output`: `params` holds the request's members
by their model names (`ImageId`, `MinCount`, `Filters`: [{"Name", "Values"}], ...), already
validated and typed; the output dict uses the output shape's member names, as boto3 shows
them. Errors are raised as `localec2.errors.EC2Error`.
"""

from __future__ import annotations

import importlib
import pkgutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .config import ServerConfig
from .store import Transaction


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


Action = Callable[[Context, dict], dict]

ACTIONS: dict[str, Action] = {}
_BOOTSTRAPS: list[tuple[int, Callable[[Transaction], None]]] = []


def action(name: str) -> Callable[[Action], Action]:
    """Register the function implementing the EC2 action `name`."""

    def register(fn: Action) -> Action:
        if name in ACTIONS:
            raise RuntimeError(f"action {name} registered twice")
        ACTIONS[name] = fn
        return fn

    return register


def on_new_partition(order: int) -> Callable:
    """Register a function that fills a new (account, region) with its defaults.

    Lower `order` runs first: the default VPC and subnets (10) before the default security
    group (20).
    """

    def register(fn: Callable[[Transaction], None]) -> Callable[[Transaction], None]:
        _BOOTSTRAPS.append((order, fn))
        _BOOTSTRAPS.sort(key=lambda pair: pair[0])
        return fn

    return register


def bootstrap(tx: Transaction) -> None:
    for _, fn in _BOOTSTRAPS:
        fn(tx)


def load_actions() -> None:
    """Import every module of `localec2.actions`, so that each registers its actions."""
    from . import actions

    for module in pkgutil.iter_modules(actions.__path__):
        importlib.import_module(f"{actions.__name__}.{module.name}")
