"""Internet gateways: `InternetGateway` and its `InternetGatewayAttachment`s."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import set_leaf
from boto.resultset import ResultSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class InternetGatewayAttachment:
    """A VPC the gateway is attached to, and the attachment's state."""

    def __init__(self, connection: Any = None) -> None:
        self.vpc_id: str | None = None
        self.state: str | None = None

    def __repr__(self) -> str:
        return "InternetGatewayAttachment:%s" % self.vpc_id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "vpcId":
            self.vpc_id = value
        elif name == "state":
            self.state = value


class InternetGateway(TaggedEC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "internetGatewayId": "id",
        "ownerId": "owner_id",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.owner_id: str | None = None
        self.attachments: list[InternetGatewayAttachment] = []

    def __repr__(self) -> str:
        return "InternetGateway:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        if name == "attachmentSet":
            self.attachments = ResultSet([("item", InternetGatewayAttachment)])
            return self.attachments
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)


__all__ = ["InternetGateway", "InternetGatewayAttachment"]
