"""boto 2's exception classes, as scripts catch them.

Error bodies are parsed lazily and defensively: an empty, truncated or non-XML body never
raises from inside an exception constructor.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any
    from xml.etree.ElementTree import Element


_REQUEST_ID_NAMES = ("RequestId", "RequestID", "requestId")


def _as_text(body: Any) -> str:
    if body is None:
        return ""
    if isinstance(body, bytes | bytearray):
        return bytes(body).decode("utf-8", "replace")
    return str(body)


def _local_name(tag: str) -> str:
    """The element name without its XML namespace (`{ns}Code` -> `Code`)."""
    return tag.rsplit("}", 1)[-1]


def _parse_xml(text: str) -> Element | None:
    """The root element of `text`, or None when it is not XML."""
    if not text.lstrip().startswith("<"):
        return None
    from xml.etree import ElementTree

    try:
        return ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return None


def _child_text(element: Element, name: str) -> str | None:
    for child in element:
        if _local_name(child.tag) == name:
            return child.text
    return None


class BotoClientError(Exception):
    """An error detected on the client side, before or without talking to AWS."""

    def __init__(self, reason: str, *args: Any) -> None:
        super().__init__(reason, *args)
        self.reason = reason

    def __repr__(self) -> str:
        return "BotoClientError: %s" % self.reason

    def __str__(self) -> str:
        return "BotoClientError: %s" % self.reason


class BotoServerError(Exception):
    """An error response from the service: HTTP status, reason and the parsed body."""

    # boto 2's aliases of `error_message` and `error_code`, answered by `__getattr__`.
    message: str | None
    code: str | None

    def __init__(self, status: int, reason: str, body: Any = None, *args: Any) -> None:
        super().__init__(status, reason, body, *args)
        self.status = status
        self.reason = reason
        self.body = _as_text(body)
        self.request_id: str | None = None
        self.error_code: str | None = None
        self.error_message: str | None = None
        self.box_usage: str | None = None
        self._parse_body()

    def _parse_body(self) -> None:
        root = _parse_xml(self.body)
        if root is None:
            return
        for element in root.iter():
            name = _local_name(element.tag)
            if name in _REQUEST_ID_NAMES:
                if self.request_id is None:
                    self.request_id = element.text
            else:
                self._parse_element(name, element)

    def _parse_element(self, name: str, element: Element) -> None:
        """Take what this error class wants from one element of the body (the request id
        is already handled)."""
        if name == "Code" and self.error_code is None:
            self.error_code = element.text
        elif name == "Message" and self.error_message is None:
            self.error_message = element.text
        elif name == "BoxUsage":
            self.box_usage = element.text

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        """boto 2's SAX protocol: one element of an error body read into this error."""
        if name in _REQUEST_ID_NAMES:
            self.request_id = value
        elif name == "Code":
            self.error_code = value
        elif name == "Message":
            self.error_message = value
        elif name == "BoxUsage":
            self.box_usage = value
        else:
            setattr(self, name, value)

    def __getattr__(self, name: str) -> Any:
        # boto 2 aliases: `e.message` and `e.code`.
        if name == "message":
            return self.error_message
        if name == "code":
            return self.error_code
        raise AttributeError(name)

    def __repr__(self) -> str:
        return "%s: %s %s\n%s" % (self.__class__.__name__, self.status, self.reason, self.body)

    def __str__(self) -> str:
        return self.__repr__()


class EC2ResponseError(BotoServerError):
    """An EC2 error: `<Response><Errors><Error>...</Errors><RequestID>...</Response>`.

    `errors` lists every `(code, message)`; `error_code`/`error_message` are the first.
    """

    def __init__(self, status: int, reason: str, body: Any = None) -> None:
        self.errors: list[tuple[str | None, str | None]] = []
        super().__init__(status, reason, body)

    def _parse_element(self, name: str, element: Element) -> None:
        if name == "Error":
            self.errors.append((_child_text(element, "Code"), _child_text(element, "Message")))
            self.error_code, self.error_message = self.errors[0]


class StorageResponseError(BotoServerError):
    """Kept so scripts written for boto 2 can name it in `except` clauses."""


class S3ResponseError(StorageResponseError):
    """Kept so scripts written for boto 2 can name it in `except` clauses."""


class SQSError(BotoServerError):
    """Kept so scripts written for boto 2 can name it in `except` clauses."""


class SDBResponseError(BotoServerError):
    """Kept so scripts written for boto 2 can name it in `except` clauses."""


class JSONResponseError(BotoServerError):
    """Kept so scripts written for boto 2 can name it in `except` clauses."""


class NoAuthHandlerFound(Exception):
    """No credentials could be found for the request (boto 2's name for it)."""


class AWSConnectionError(BotoClientError):
    """The connection to the service failed."""


class InvalidUriError(Exception):
    """A URI could not be parsed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInstanceMetadataError(Exception):
    """The instance metadata service answered something that is not valid metadata."""

    MSG = (
        "You can set the 'metadata_service_num_attempts' in your boto config file to "
        "increase the number of times boto will attempt to retrieve credentials from the "
        "instance metadata service."
    )

    def __init__(self, msg: str) -> None:
        super().__init__(msg + "\n" + self.MSG)


class TooManyRecordsException(Exception):
    """More records than expected were returned."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PleaseRetryException(Exception):
    """A transient error: the caller should retry the request."""

    def __init__(self, message: str, response: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.response = response

    def __repr__(self) -> str:
        return "PleaseRetryException(%r, %r)" % (self.message, self.response)


def __getattr__(name: str) -> Any:
    """`boto.exception.ConsoleOutput`: boto 2 kept a copy of `boto.ec2.instance`'s here."""
    if name == "ConsoleOutput":
        from boto.ec2.instance import ConsoleOutput

        return ConsoleOutput
    raise AttributeError("module 'boto.exception' has no attribute %r" % name)
