"""Availability zones: `Zone`."""

from __future__ import annotations

from typing import Any

from boto.ec2.ec2object import EC2Object


class MessageSet(list):
    """A zone's messages (strings)."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "message":
            self.append(value)


class Zone(EC2Object):
    _leaf_fields = {"zoneName": "name", "zoneState": "state", "regionName": "region_name",
                    "zoneId": "zone_id", "zoneType": "zone_type",
                    "groupName": "group_name", "optInStatus": "opt_in_status"}

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.name = None
        self.state = None
        self.region_name = None
        self.zone_id = None
        self.messages = None

    def __repr__(self) -> str:
        return "Zone:%s" % self.name

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "messageSet":
            self.messages = MessageSet()
            return self.messages
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        attribute = self._leaf_fields.get(name)
        if attribute is not None:
            setattr(self, attribute, value)
        else:
            super().endElement(name, value, connection)
