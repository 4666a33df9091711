"""`InstanceInfo`: an instance id with one state, as (Un)MonitorInstances answer."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any


class InstanceInfo:
    """An instance id with a state (e.g. the monitoring state (Un)MonitorInstances set)."""

    def __init__(
        self, connection: Any = None, id: str | None = None, state: str | None = None
    ) -> None:
        self.connection = connection
        self.id = id
        self.state = state

    def __repr__(self) -> str:
        return "InstanceInfo:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "instanceId":
            self.id = value
        elif name == "state":
            self.state = value
