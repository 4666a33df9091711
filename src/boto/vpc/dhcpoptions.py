"""DHCP option sets: `DhcpOptions`, its options a `DhcpConfigSet` {key: DhcpValueSet}."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class DhcpValueSet(list[str]):
    """The values of one option."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "value":
            self.append(value)


class DhcpConfigSet(dict[str, DhcpValueSet]):
    """`{'domain-name-servers': ['10.2.5.1', …], …}`."""

    def __init__(self) -> None:
        super().__init__()
        self._name: str | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "valueSet" and self._name is not None:
            return self.setdefault(self._name, DhcpValueSet())
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "key":
            self._name = value


class DhcpOptions(TaggedEC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "dhcpOptionsId": "id",
        "ownerId": "owner_id",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.owner_id: str | None = None
        self.options: DhcpConfigSet | None = None

    def __repr__(self) -> str:
        return "DhcpOptions:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        if name == "dhcpConfigurationSet":
            self.options = DhcpConfigSet()
            return self.options
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)


__all__ = ["DhcpConfigSet", "DhcpOptions", "DhcpValueSet"]
