"""The actions localec2 answers: EC2 action name -> the function that answers it.

An action is a thin adapter `(ctx, params) -> output`: `params` holds the request's members
by their model names (`ImageId`, `MinCount`, `Filters`: [{"Name", "Values"}], ...), already
validated and typed by the protocol layer; it calls the domain (`localec2.ec2`) and returns
the output shape's members, as boto3 shows them. Errors are `localec2.errors.EC2Error`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

from ..ec2.context import Context

Action = Callable[[Context, Any], Any]

ACTIONS: dict[str, Action] = {}


def action(name: str) -> Callable[[Action], Action]:
    """Register the function implementing the EC2 action `name`."""

    def register(fn: Action) -> Action:
        if name in ACTIONS:
            raise RuntimeError(f"action {name} registered twice")
        ACTIONS[name] = fn
        return fn

    return register


def load_actions() -> None:
    """Import every action module, so that each registers its actions."""
    from .. import actions

    for module in pkgutil.iter_modules(actions.__path__):
        if module.name != "registry":
            importlib.import_module(f"{actions.__name__}.{module.name}")
