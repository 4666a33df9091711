"""DescribeAccountAttributes' `AccountAttribute` and DescribeVpcAttribute's `VPCAttribute`."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any


class AccountAttribute:
    """One account attribute: `attribute_name` and its `attribute_values` (strings)."""

    def __init__(self, connection: Any = None) -> None:
        self.connection = connection
        self.attribute_name: str | None = None
        self.attribute_values: AttributeValues | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "attributeValueSet":
            self.attribute_values = AttributeValues()
            return self.attribute_values
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "attributeName":
            self.attribute_name = value


class AttributeValues(list[str]):
    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "attributeValue":
            self.append(value)


class VPCAttribute:
    """A VPC's DNS attributes, as DescribeVpcAttribute answers one of them."""

    def __init__(self, connection: Any = None) -> None:
        self.connection = connection
        self.vpc_id: str | None = None
        self.enable_dns_hostnames: bool | None = None
        self.enable_dns_support: bool | None = None
        self._current_attr: str | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        if name in ("enableDnsHostnames", "enableDnsSupport"):
            self._current_attr = name
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "vpcId":
            self.vpc_id = value
        elif name == "value":
            if self._current_attr == "enableDnsHostnames":
                self.enable_dns_hostnames = value == "true"
            elif self._current_attr == "enableDnsSupport":
                self.enable_dns_support = value == "true"
