"""The instance lifecycle: states, their codes, and moving on the clock without a thread.

An instance document stores the state it was last written in, and, while a transition is
under way, the private `next` = [state it is heading for, epoch when it gets there]. A
terminated instance carries the private `gone_at`, the epoch when it stops being visible. `settle` turns a stored
document into the effective one at a given time; callers write the settled document back,
so each transition is applied (and copied) once, not on every request.
"""

from __future__ import annotations

import time

from .kinds import private, with_private

CODES = {
    "pending": 0,
    "running": 16,
    "shutting-down": 32,
    "terminated": 48,
    "stopping": 64,
    "stopped": 80,
}
USER_SHUTDOWN = {
    "Code": "Client.UserInitiatedShutdown",
    "Message": "Client.UserInitiatedShutdown: User initiated shutdown",
}


def state(name: str) -> dict:
    return {"Code": CODES[name], "Name": name}


def name_of(doc: dict) -> str:
    return doc["State"]["Name"]


def timestamp(epoch: float) -> str:
    """EC2's timestamp form: `2026-11-28T12:00:00.000Z`."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch)) + ".000Z"


def user_initiated(epoch: float) -> str:
    """`StateTransitionReason` as EC2 words a user's stop or terminate."""
    return time.strftime("User initiated (%Y-%m-%d %H:%M:%S GMT)", time.gmtime(epoch))


def stopped_by_user(now: float) -> dict:
    """The fields EC2 sets on an instance a user stops or terminates."""
    return {"StateReason": USER_SHUTDOWN, "StateTransitionReason": user_initiated(now)}


def settle(doc: dict, now: float) -> dict | None:
    """The document as it is at `now`: a finished transition applied; None once gone."""
    gone_at = private(doc).get("gone_at")
    if gone_at is not None and now >= gone_at:
        return None
    heading = private(doc).get("next")
    if heading is None or now < heading[1]:
        return doc
    settled = with_private(doc, next=None)
    settled["State"] = state(heading[0])
    if heading[0] == "running":
        settled.pop("StateReason", None)
    return settled


def begin(
    doc: dict, via: str, to: str, now: float, delay: float, visible: float, **changes
) -> tuple[dict, dict]:
    """Start a transition `via` -> `to`: (document to store, document as answered now).

    EC2 always answers with the intermediate state (`pending`, `stopping`, `shutting-down`);
    with no delay the stored document has already arrived.
    """
    arrives = now + delay
    gone_at = arrives + visible if to == "terminated" else private(doc).get("gone_at")
    answered = {**with_private(doc, next=None, gone_at=gone_at), **changes, "State": state(via)}
    if delay <= 0:
        stored = dict(answered, State=state(to))
        if to == "running":
            stored.pop("StateReason", None)
        return stored, answered
    return with_private(answered, next=[to, arrives]), answered


def state_change(instance_id: str, previous: dict, current: dict) -> dict:
    """An `InstanceStateChange` entry of Start/Stop/TerminateInstances."""
    return {
        "InstanceId": instance_id,
        "CurrentState": current["State"],
        "PreviousState": previous["State"],
    }
