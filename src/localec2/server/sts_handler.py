"""STS's front: a request whose credential scope names `sts`, answered in STS's protocol.

STS's model (botocore's, read as data) types the parameters and shapes the answer; its
errors are `<ErrorResponse>` documents in STS's namespace. An action STS does not have (or
a version it does not speak) is `InvalidAction`, worded as STS words it; one localec2 does
not implement is `InvalidAction` too, saying so.
"""

from __future__ import annotations

import time

from .. import errors
from ..config import ServerConfig
from ..protocol.model import STS_API_VERSION, load_served_model
from ..state.store import Store
from ..sts.actions import ACTIONS, Caller
from .handler import Front, split_action
from .request import HttpRequest


class StsHandler(Front):
    service = "sts"

    def __init__(self, store: Store, config: ServerConfig) -> None:
        super().__init__(store, config, load_served_model(ACTIONS, "sts", STS_API_VERSION))

    def _handle(self, request: HttpRequest, request_id: str) -> bytes:
        identity = self._authenticate(request)
        action, version, pairs = split_action(request)
        if version != STS_API_VERSION or self.model.operation(action) is None:
            raise errors.InvalidAction(
                f"Could not find operation {action} for version {version or 'NO_VERSION_SPECIFIED'}"
            )
        implementation = ACTIONS.get(action)
        if implementation is None:
            raise errors.InvalidAction(f"The action {action} is not implemented by localec2.")
        params = self.parser.parse(action, pairs)
        caller = Caller(
            self.store, identity.account_id, identity.region, identity.principal, time.time()
        )
        return self.serializer.response(action, implementation(caller, params), request_id)
