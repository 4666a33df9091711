"""DescribeVolumeStatus: `VolumeStatusSet` of `VolumeStatus` (with its events and actions)."""

from __future__ import annotations

from boto.ec2.instancestatus import Status
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class Event:
    """An event of a volume (e.g. `potential-data-inconsistency`)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "eventType": "type",
        "eventId": "id",
        "description": "description",
        "notBefore": "not_before",
        "notAfter": "not_after",
    }

    def __init__(
        self,
        type: str | None = None,
        id: str | None = None,
        description: str | None = None,
        not_before: str | None = None,
        not_after: str | None = None,
    ) -> None:
        self.type = type
        self.id = id
        self.description = description
        self.not_before = not_before
        self.not_after = not_after

    def __repr__(self) -> str:
        return "Event:%s" % self.type

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)


class EventSet(list[Event]):
    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "item":
            event = Event()
            self.append(event)
            return event
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        setattr(self, name, value)


class Action:
    """An action a volume's events call for (e.g. `enable-volume-io`)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "eventType": "type",
        "eventId": "id",
        "description": "description",
        "code": "code",
    }

    def __init__(
        self,
        code: str | None = None,
        id: str | None = None,
        description: str | None = None,
        type: str | None = None,
    ) -> None:
        self.code = code
        self.id = id
        self.type = type
        self.description = description

    def __repr__(self) -> str:
        return "Action:%s" % self.code

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)


class ActionSet(list[Action]):
    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "item":
            action = Action()
            self.append(action)
            return action
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        setattr(self, name, value)


class VolumeStatus:
    """One volume's status: `id`, `zone`, `volume_status` (a Status), events, actions."""

    def __init__(self, id: str | None = None, zone: str | None = None) -> None:
        self.id = id
        self.zone = zone
        self.volume_status = Status()
        self.events: EventSet | None = None
        self.actions: ActionSet | None = None

    def __repr__(self) -> str:
        return "VolumeStatus:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "eventsSet":
            self.events = EventSet()
            return self.events
        if name == "actionsSet":
            self.actions = ActionSet()
            return self.actions
        if name == "volumeStatus":
            return self.volume_status
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "volumeId":
            self.id = value
        elif name == "availabilityZone":
            self.zone = value
        else:
            setattr(self, name, value)


class VolumeStatusSet(list[VolumeStatus]):
    """The statuses, with `next_token` when there are more."""

    def __init__(self, connection: Any = None) -> None:
        super().__init__()
        self.connection = connection
        self.next_token: str | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "item":
            status = VolumeStatus()
            self.append(status)
            return status
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name in ("NextToken", "nextToken"):  # boto 2 read only the first spelling
            self.next_token = value
        setattr(self, name, value)
