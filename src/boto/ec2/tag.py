"""Tags: `TagSet` (a dict of an object's tags) and `Tag` (one row of DescribeTags)."""

from __future__ import annotations

from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class TagSet(dict[str, str]):
    """The `tagSet` of a resource, as a dict of key -> value."""

    def __init__(self, connection: Any = None) -> None:
        super().__init__()
        self.connection = connection
        self._current_key: str | None = None
        self._current_value: str | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        if name == "item":
            self._current_key = None
            self._current_value = None
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "key":
            self._current_key = value
        elif name == "value":
            self._current_value = value
        elif name == "item":
            # EC2 sends both in every item; one without them is kept with None, as boto 2 did.
            self[self._current_key] = self._current_value  # type: ignore[index, assignment]


class Tag:
    """One tag of one resource, as DescribeTags lists it."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "resourceId": "res_id",
        "resourceType": "res_type",
        "key": "name",
        "value": "value",
    }

    def __init__(
        self,
        connection: Any = None,
        res_id: str | None = None,
        res_type: str | None = None,
        name: str | None = None,
        value: str | None = None,
    ) -> None:
        self.connection = connection
        self.res_id = res_id
        self.res_type = res_type
        self.name = name
        self.value = value

    def __repr__(self) -> str:
        return "Tag:%s" % self.name

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)
