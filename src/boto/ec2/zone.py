"""Availability zones: `Zone`."""

from __future__ import annotations

from boto.ec2.ec2object import EC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import ChildFactory, LeafField


class TextList(list[str]):
    """The texts of the `element` leaves of a list element, e.g. a zone's messages."""

    element = "message"

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == self.element:
            self.append(value)


class MessageSet(TextList):
    """A zone's messages (strings)."""


class GeographySet(TextList):
    """The names in a `geographySet` or `subGeographySet` (countries, states)."""

    element = "name"


class Zone(EC2Object):
    """An availability zone (or Local/Wavelength zone) and its state."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "zoneName": "name",
        "zoneState": "state",
        "regionName": "region_name",
        "zoneId": "zone_id",
        "zoneType": "zone_type",
        "groupName": "group_name",
        "optInStatus": "opt_in_status",
        "networkBorderGroup": "network_border_group",
        "groupLongName": "group_long_name",
    }
    _child_factories: ClassVar[dict[str, ChildFactory]] = {
        "messageSet": lambda zone: zone._collect("messages", MessageSet),
        "geographySet": lambda zone: zone._collect("geography", GeographySet),
        "subGeographySet": lambda zone: zone._collect("sub_geography", GeographySet),
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.name: str | None = None
        self.state: str | None = None
        self.region_name: str | None = None
        self.zone_id: str | None = None
        self.messages: MessageSet | None = None
        self.geography: GeographySet | None = None
        self.sub_geography: GeographySet | None = None

    # Set when the response has them.
    zone_type: str
    group_name: str
    opt_in_status: str
    network_border_group: str
    group_long_name: str

    def __repr__(self) -> str:
        return "Zone:%s" % self.name

    def _collect(self, attribute: str, cls: type[TextList]) -> TextList:
        texts = cls()
        setattr(self, attribute, texts)
        return texts

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        factory = self._child_factories.get(name)
        return factory(self) if factory is not None else None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value):
            return
        super().endElement(name, value, connection)
