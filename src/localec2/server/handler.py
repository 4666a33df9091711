"""One request to a service's front: authenticate → parse → act → serialize.

`Front` is what every service shares: the key lookup, and every outcome answered in the
service's protocol (an action's output, or its error document with AWS's code and status;
an exception inside an action is a bug: it is logged with its traceback and answered
`InternalError`, 500). `EC2Handler` is EC2's front: each action in one store transaction;
STS's is `sts_handler.py`.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from dataclasses import dataclass

from .. import errors
from ..actions import registry
from ..config import ServerConfig
from ..ec2.context import Context
from ..errors import EC2Error, dry_run_operation
from ..protocol.model import API_VERSION, ServiceModel
from ..protocol.query import QueryParser
from ..protocol.xml import XmlSerializer
from ..state import accounts
from ..state.store import GLOBAL, Store
from .auth import Identity, StoredKey, authenticate
from .request import HttpRequest

log = logging.getLogger("localec2")

_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}")
_SIGNING_PARAMS = frozenset(
    {
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-Date",
        "X-Amz-Expires",
        "X-Amz-SignedHeaders",
        "X-Amz-Signature",
        "X-Amz-Security-Token",
    }
)


XML_CONTENT_TYPE = b"text/xml;charset=UTF-8"


@dataclass
class Response:
    status: int
    body: bytes
    request_id: str


def invalid_action(action: str) -> EC2Error:
    return errors.InvalidAction(f"The action {action} is not valid for this web service.")


def not_implemented(action: str) -> EC2Error:
    return errors.InvalidAction(f"The action {action} is not implemented by localec2.")


class Front:
    """A service answering at the endpoint, in its own protocol (by its model)."""

    service = ""

    def __init__(self, store: Store, config: ServerConfig, model: ServiceModel) -> None:
        self.store = store
        self.config = config
        self.model = model
        self.parser = QueryParser(model)
        self.serializer = XmlSerializer(model, strict=config.strict_output)

    def _lookup_key(self, access_key_id: str) -> StoredKey | None:
        key = accounts.find_key(self.store, access_key_id)
        if key is None and self.store.reload(GLOBAL, GLOBAL):
            key = accounts.find_key(self.store, access_key_id)  # created by another process
        if key is None:
            return None
        return StoredKey(
            key["SecretAccessKey"],
            key["AccountId"],
            key.get("SessionToken"),
            key.get("Expiration"),
            key.get("Principal"),
        )

    def _authenticate(self, request: HttpRequest) -> Identity:
        return authenticate(
            request,
            self._lookup_key,
            allow_any_credentials=self.config.allow_any_credentials,
            derive_account=accounts.derived_account_id,
            service=self.service,
        )

    def handle(self, request: HttpRequest) -> Response:
        request_id = str(uuid.uuid4())
        try:
            body = self._handle(request, request_id)
            return Response(200, body, request_id)
        except EC2Error as error:
            body = self.serializer.error(error.code, error.message, request_id, error.status)
            return Response(error.status, body, request_id)
        except Exception:
            log.exception("request %s failed inside localec2", request_id)
            internal = errors.InternalError("An internal error has occurred")
            body = self.serializer.error(
                internal.code, internal.message, request_id, internal.status
            )
            return Response(internal.status, body, request_id)

    def _handle(self, request: HttpRequest, request_id: str) -> bytes:
        raise NotImplementedError


class EC2Handler(Front):
    service = "ec2"

    def _handle(self, request: HttpRequest, request_id: str) -> bytes:
        identity = self._authenticate(request)
        action, version, pairs = split_action(request)
        if self.model.operation(action) is None:
            raise invalid_action(action)
        _check_version(version)
        implementation = registry.ACTIONS.get(action)
        if implementation is None:
            raise not_implemented(action)
        params = self.parser.parse(action, pairs)
        with self.store.transaction(identity.account_id, identity.region) as tx:
            context = Context(tx, request_id, self.config, time.time())
            output = implementation(context, params)
            if params.get("DryRun") is True:
                # EC2 checks the whole request (ids, states, ...) before it answers
                # DryRunOperation; raising here discards everything the action wrote.
                raise dry_run_operation()
            # Written before the commit: an answer that cannot be serialized is a 500 that
            # changed nothing, so the client's retry cannot repeat a change it never heard of.
            return self.serializer.response(action, output or {}, request_id)


def split_action(request: HttpRequest) -> tuple[str, str | None, list[tuple[str, str]]]:
    """The request's Action, its Version, and its other parameters (without SigV4's)."""
    action = version = None
    pairs = []
    for key, value in request.form():
        if key == "Action":
            action = value
        elif key == "Version":
            version = value
        elif key not in _SIGNING_PARAMS:
            pairs.append((key, value))
    if not action:
        raise errors.MissingAction("The request must contain the parameter Action")
    return action, version, pairs


def _check_version(version: str | None) -> None:
    """EC2 answers every published API version; localec2 speaks them up to its model's."""
    if version is None:
        raise errors.missing_parameter("Version")
    if not _VERSION.fullmatch(version) or version > API_VERSION:
        raise errors.NoSuchVersion(
            f"An invalid or unsupported API version was specified: {version}"
        )
