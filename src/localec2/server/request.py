"""An HTTP request as the EC2 endpoint sees it, independent of the server running it."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl


@dataclass
class HttpRequest:
    method: str
    path: str  # as sent on the wire (percent-encoded), without the query string
    query: str  # the raw query string
    headers: dict[str, str]  # lower-cased names; repeated headers joined with ","
    body: bytes

    def form(self) -> list[tuple[str, str]]:
        """The Query parameters: the query string's, then the form body's."""
        pairs = parse_qsl(self.query, keep_blank_values=True)
        content_type = self.headers.get("content-type", "")
        if self.body and (
            not content_type or content_type.startswith("application/x-www-form-urlencoded")
        ):
            pairs += parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return pairs
