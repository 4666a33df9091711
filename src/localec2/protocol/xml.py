"""The response side of the Query protocols: an output dict → XML, by the output shape.

EC2 answers `<XResponse xmlns=…><requestId>…</requestId>members…</XResponse>` and errors as
`<Response><Errors><Error>…`; the query protocol (STS) wraps the members in the operation's
`resultWrapper` (`<AssumeRoleResult>`), ends with `<ResponseMetadata><RequestId>`, names list
items `member`, and answers errors as `<ErrorResponse><Error><Type>…`.

Each shape is compiled once into a writer that appends strings to a list; they are encoded
one by one (a large response is never held as one string beside its bytes) and joined.
`None` values, the `_` member (a stored document's private part) and, for most kinds, a
resource's empty tag set (EC2 leaves it out: see `_RESOURCE_TAGS`) are skipped. A member the shape does not have is skipped too,
or, with `strict` (the test suite turns it on), is an error: a misspelt member then fails
loudly instead of vanishing from the answer. Nothing rendered is kept: a cache of rendered
items cost more resident memory (tens of MiB at 10,000 instances) than its speed was worth.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from .model import XML_NAMESPACE, ServiceModel

Out = list[str]  # the response, as the strings it is made of
Writer = Callable[[Any, Out], None]  # writes a value (JSON data) of one shape
_XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def format_timestamp(value: object) -> str:
    """ISO 8601 with milliseconds and `Z`, as EC2 writes times."""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        moment = value.astimezone(UTC) if value.tzinfo else value
    elif isinstance(value, int | float):  # epoch seconds
        moment = datetime.fromtimestamp(value, UTC)
    else:
        raise TypeError(f"not a timestamp: {value!r}")
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _write_string(value: object, out: Out) -> None:
    out.append(escape(value if isinstance(value, str) else str(value)))


def _write_number(value: object, out: Out) -> None:
    out.append(str(value))


def _write_boolean(value: object, out: Out) -> None:
    if isinstance(value, str):  # already in wire form ("true"/"false")
        out.append(value.lower())
    else:
        out.append("true" if value else "false")


def _write_timestamp(value: object, out: Out) -> None:
    out.append(format_timestamp(value))


def _write_blob(value: object, out: Out) -> None:
    if isinstance(value, bytes | bytearray):
        out.append(base64.b64encode(value).decode("ascii"))
    else:
        out.append(escape(str(value)))


_SCALARS: dict[str, Writer] = {
    "string": _write_string,
    "integer": _write_number,
    "long": _write_number,
    "double": _write_number,
    "float": _write_number,
    "boolean": _write_boolean,
    "timestamp": _write_timestamp,
    "blob": _write_blob,
}


PRIVATE = "_"  # a stored document's private part: never written

# A resource's own tags (`tagSet` of shape `TagList`): EC2 leaves the element out when the
# resource has none, so boto3 shows no `Tags` key for an untagged VPC, subnet, group,
# instance, address, image, key pair, ... (AWS's published example outputs, botocore's
# examples-1.json: DescribeVpcs, DescribeSubnets, CreateSecurityGroup, DescribeKeyPairs, ...).
# The same examples show an empty `tagSet` written for the kinds below (CreateInternetGateway,
# DescribeNetworkAcls, DescribeNetworkInterfaces, DescribeRouteTables, ...), and both forms
# for volumes and snapshots (CreateVolume, CreateSnapshot): those keep what they are given.
# DescribeTags' result list is a `TagDescriptionList`, not a `TagList`: always written.
_RESOURCE_TAGS = "TagList"
_EMPTY_TAGS_WRITTEN = frozenset(
    {"InternetGateway", "NetworkAcl", "NetworkInterface", "RouteTable", "Snapshot", "Volume"}
)


class UnknownMember(Exception):
    """An output member the shape does not have (a bug in an action, seen in strict mode)."""


class XmlSerializer:
    def __init__(self, model: ServiceModel, strict: bool = False) -> None:
        self.model = model
        self.strict = strict
        self.query = model.protocol == "query"
        self.namespace = model.metadata["xmlNamespace"] if self.query else XML_NAMESPACE
        self._item_tag = "member" if self.query else "item"
        self._writers: dict[str, Writer] = {}

    def response(self, operation: str, output: Mapping[str, Any], request_id: str) -> bytes:
        """The whole `<{operation}Response>` document for an action's output."""
        out: Out = [_XML_DECL, f'<{operation}Response xmlns="{self.namespace}">']
        if not self.query:
            out.append(f"<requestId>{escape(request_id)}</requestId>")
        wrapper = self.model.result_wrapper(operation) if self.query else None
        if wrapper:
            out.append(f"<{wrapper}>")
        shape = self.model.output_shape(operation)
        if shape is None:
            if not self.query:
                out.append("<return>true</return>")
        else:
            self._structure_body(shape)(output, out)
        if wrapper:
            out.append(f"</{wrapper}>")
        if self.query:
            out.append(
                f"<ResponseMetadata><RequestId>{escape(request_id)}</RequestId></ResponseMetadata>"
            )
        out.append(f"</{operation}Response>")
        encoded = []
        for index, part in enumerate(out):  # each string freed as soon as it is encoded
            encoded.append(part.encode())
            out[index] = ""
        return b"".join(encoded)

    def error(self, code: str, message: str, request_id: str, status: int) -> bytes:
        """The protocol's error document."""
        if not self.query:
            return error_response(code, message, request_id)
        fault = "Receiver" if status >= 500 else "Sender"
        return (
            f'{_XML_DECL}<ErrorResponse xmlns="{self.namespace}"><Error><Type>{fault}</Type>'
            f"<Code>{escape(code)}</Code><Message>{escape(message)}</Message></Error>"
            f"<RequestId>{escape(request_id)}</RequestId></ErrorResponse>"
        ).encode()

    def _writer(self, shape_name: str, list_item: bool = False) -> Writer:
        key = f"{shape_name}#item" if list_item else shape_name
        writer = self._writers.get(key)
        if writer is None:
            writer = self._build(shape_name, list_item)
            self._writers[key] = writer
        return writer

    def _build(self, shape_name: str, list_item: bool) -> Writer:
        shape = self.model.shape(shape_name)
        kind = shape["type"]
        if kind == "structure":
            body = self._structure_body(shape_name)
            return _joined(body) if list_item else body
        if kind == "list":
            member = shape["member"]
            item_tag = member.get("locationName", self._item_tag)
            open_, close = f"<{item_tag}>", f"</{item_tag}>"
            item_is_structure = self.model.shape(member["shape"])["type"] == "structure"
            writers: list[Writer] = []

            def write_list(value: object, out: Out) -> None:
                if not writers:
                    writers.append(self._writer(member["shape"], item_is_structure))
                item_writer = writers[0]
                for item in value:  # type: ignore[attr-defined]
                    out.append(open_)
                    item_writer(item, out)
                    out.append(close)

            return write_list
        return _SCALARS[kind]

    def _structure_body(self, shape_name: str) -> Writer:
        """Writes a structure's members (not its own element)."""
        key = "#body:" + shape_name
        writer = self._writers.get(key)
        if writer is not None:
            return writer
        members: dict[str, tuple[str, str, str]] = {}
        omit_if_empty: set[str] = set()
        for name, ref in self.model.shape(shape_name).get("members", {}).items():
            tag = ref.get("locationName", name)
            members[name] = (f"<{tag}>", f"</{tag}>", ref["shape"])
            if ref["shape"] == _RESOURCE_TAGS and shape_name not in _EMPTY_TAGS_WRITTEN:
                omit_if_empty.add(name)
        resolved: dict[str, tuple[str, str, Writer]] = {}
        strict = self.strict

        def write_structure(value: object, out: Out) -> None:
            for name, member_value in value.items():  # type: ignore[attr-defined]
                if member_value is None:
                    continue
                if not member_value and name in omit_if_empty:
                    continue
                plan = resolved.get(name)
                if plan is None:
                    spec = members.get(name)
                    if spec is None:
                        if strict and name != PRIVATE:
                            raise UnknownMember(f"{shape_name} has no member {name!r}")
                        continue
                    plan = (spec[0], spec[1], self._writer(spec[2]))
                    resolved[name] = plan
                out.append(plan[0])
                plan[2](member_value, out)
                out.append(plan[1])

        self._writers[key] = write_structure
        return write_structure


def _joined(body: Writer) -> Writer:
    """Wrap a list item's writer so that the item is appended as one string.

    The many small strings of one item are joined at once and freed, their memory reused
    item after item, instead of piling up until the whole response is joined.
    """

    def write(value: object, out: Out) -> None:
        parts: list[str] = []
        body(value, parts)
        out.append("".join(parts))

    return write


def error_response(code: str, message: str, request_id: str) -> bytes:
    """EC2's error document."""
    return (
        f"{_XML_DECL}<Response><Errors><Error><Code>{escape(code)}</Code>"
        f"<Message>{escape(message)}</Message></Error></Errors>"
        f"<RequestID>{escape(request_id)}</RequestID></Response>"
    ).encode()
