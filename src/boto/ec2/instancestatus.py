"""DescribeInstanceStatus: `InstanceStatusSet` of `InstanceStatus` (with `Status`, `Event`)."""

from __future__ import annotations

from boto.handler import set_leaf
from boto.resultset import ResultSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class Details(dict[str, str]):
    """A status's details: {name: status}, e.g. {'reachability': 'passed'}."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "name":
            self._name = value
        elif name == "status":
            self[self._name] = value


class Event:
    """A scheduled event for an instance."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "code": "code",
        "description": "description",
        "notBefore": "not_before",
        "notAfter": "not_after",
    }

    def __init__(
        self,
        code: str | None = None,
        description: str | None = None,
        not_before: str | None = None,
        not_after: str | None = None,
    ) -> None:
        self.code = code
        self.description = description
        self.not_before = not_before
        self.not_after = not_after

    def __repr__(self) -> str:
        return "Event:%s" % self.code

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)


class EventSet(list[Event]):
    """A list of `Event`s, one per `item`."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "item":
            event = Event()
            self.append(event)
            return event
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        setattr(self, name, value)


class Status:
    """A system or instance status: `status` ('ok', ...) and `details`."""

    def __init__(self, status: str | None = None, details: Details | None = None) -> None:
        self.status = status
        self.details = details if details is not None else Details()

    def __repr__(self) -> str:
        return "Status:%s" % self.status

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "details":
            return self.details
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "status":
            self.status = value


class InstanceStatus:
    """One instance's status: `id`, `zone`, `state_name`/`state_code`, both status checks."""

    def __init__(
        self,
        id: str | None = None,
        zone: str | None = None,
        events: list[Event] | None = None,
        state_code: int | None = None,
        state_name: str | None = None,
    ) -> None:
        self.id = id
        self.zone = zone
        self.events = events
        self.state_code = state_code
        self.state_name = state_name
        self.system_status = Status()
        self.instance_status = Status()
        self.attached_ebs_status = Status()
        self._in_state = False

    def __repr__(self) -> str:
        return "InstanceStatus:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "eventsSet":
            self.events = ResultSet([("item", Event)])
            return self.events
        if name == "systemStatus":
            return self.system_status
        if name == "instanceStatus":
            return self.instance_status
        # Today's answers carry a third status, whose details' <name> boto 2 (which did not
        # know it) took for the instance's state name: "reachability".
        if name == "attachedEbsStatus":
            return self.attached_ebs_status
        if name == "instanceState":
            self._in_state = True
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "instanceId":
            self.id = value
        elif name == "availabilityZone":
            self.zone = value
        elif name == "instanceState":
            self._in_state = False
        elif name == "code" and self._in_state:
            self.state_code = int(value)
        elif name == "name" and self._in_state:
            self.state_name = value


class InstanceStatusSet(list[InstanceStatus]):
    """The statuses, with `next_token` when there are more."""

    def __init__(self, connection: Any = None) -> None:
        super().__init__()
        self.connection = connection
        self.next_token: str | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "item":
            status = InstanceStatus()
            self.append(status)
            return status
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "nextToken":
            self.next_token = value
