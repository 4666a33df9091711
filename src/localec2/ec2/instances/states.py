"""The instance lifecycle: states, their codes, and moving on the clock without a thread.

An instance document stores the state it was last written in, and, while a transition is
under way, the private `next` = [state it is heading for, epoch when it gets there]. A
terminated instance carries the private `gone_at`, the epoch when it stops being visible;
one whose metadata options were changed, `metadata_at`, when they are applied.
`settle` turns a stored document into the effective one at a given time; callers write the
settled document back, so each transition is applied (and copied) once, not on every request.
"""

from __future__ import annotations

import time

from ...protocol import shapes
from ..documents import InstanceDoc, InstancePrivate
from ..kinds import with_private

CODES = {
    "pending": 0,
    "running": 16,
    "shutting-down": 32,
    "terminated": 48,
    "stopping": 64,
    "stopped": 80,
}
USER_SHUTDOWN: shapes.StateReason = {
    "Code": "Client.UserInitiatedShutdown",
    "Message": "Client.UserInitiatedShutdown: User initiated shutdown",
}
PENDING: shapes.StateReason = {"Code": "pending", "Message": "pending"}
_NO_PRIVATE: InstancePrivate = {}


def state(name: str) -> shapes.InstanceState:
    return {"Code": CODES[name], "Name": name}


def name_of(doc: shapes.Instance) -> str:
    return doc["State"]["Name"]


def instance_private(doc: InstanceDoc) -> InstancePrivate:
    """The instance's private part (empty if it has none), to read."""
    return doc.get("_") or _NO_PRIVATE


def timestamp(epoch: float) -> str:
    """EC2's timestamp form: `2026-11-28T12:00:00.000Z`."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch)) + ".000Z"


def user_initiated(epoch: float) -> str:
    """`StateTransitionReason` as EC2 words a user's stop or terminate."""
    return time.strftime("User initiated (%Y-%m-%d %H:%M:%S GMT)", time.gmtime(epoch))


def stopped_by_user(now: float) -> shapes.Instance:
    """The fields EC2 sets on an instance a user stops or terminates."""
    return {"StateReason": USER_SHUTDOWN, "StateTransitionReason": user_initiated(now)}


def _arrived(doc: InstanceDoc, name: str) -> InstanceDoc:
    """The document in state `name`: a running instance has no `StateReason`."""
    arrived: InstanceDoc = {**doc, "State": state(name)}
    if name == "running":
        arrived.pop("StateReason", None)
    return arrived


def _metadata_applied(doc: InstanceDoc) -> InstanceDoc:
    options: shapes.InstanceMetadataOptionsResponse = {**doc["MetadataOptions"], "State": "applied"}
    changed: InstanceDoc = {**doc, "MetadataOptions": options}
    return with_private(changed, metadata_at=None)


def is_settling(doc: InstanceDoc) -> bool:
    """Whether something of the instance changes on the clock."""
    clock = instance_private(doc)
    return (
        clock.get("next") is not None
        or clock.get("gone_at") is not None
        or clock.get("metadata_at") is not None
    )


def settle(doc: InstanceDoc, now: float) -> InstanceDoc | None:
    """The document as it is at `now`: a finished transition applied; None once gone."""
    clock = instance_private(doc)
    gone_at = clock.get("gone_at")
    if gone_at is not None and now >= gone_at:
        return None
    metadata_at = clock.get("metadata_at")
    if metadata_at is not None and now >= metadata_at:
        doc = _metadata_applied(doc)
    heading = clock.get("next")
    if heading is None:
        return doc
    to: str = heading[0]  # stored as the JSON list [state, epoch]
    arrives: float = heading[1]
    if now < arrives:
        return doc
    return _arrived(with_private(doc, next=None), to)


def begin(
    doc: InstanceDoc,
    via: str,
    to: str,
    now: float,
    delay: float,
    visible: float,
    changes: shapes.Instance,
) -> tuple[InstanceDoc, InstanceDoc]:
    """Start a transition `via` -> `to`, setting `changes` on the instance: (document to
    store, document as answered now).

    EC2 always answers with the intermediate state (`pending`, `stopping`, `shutting-down`);
    with no delay the stored document has already arrived.
    """
    arrives = now + delay
    gone_at = arrives + visible if to == "terminated" else instance_private(doc).get("gone_at")
    answered: InstanceDoc = {
        **with_private(doc, next=None, gone_at=gone_at),
        **changes,
        "State": state(via),
    }
    if delay <= 0:
        return _arrived(answered, to), answered
    return with_private(answered, next=[to, arrives]), answered


def state_change(
    instance_id: str, previous: shapes.Instance, current: shapes.Instance
) -> shapes.InstanceStateChange:
    """An `InstanceStateChange` entry of Start/Stop/TerminateInstances."""
    return {
        "InstanceId": instance_id,
        "CurrentState": current["State"],
        "PreviousState": previous["State"],
    }
