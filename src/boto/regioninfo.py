"""Regions: boto 2's `RegionInfo` and the endpoint table shipped as `endpoints.json`."""

from __future__ import annotations

import functools
import os

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any

    from typing_extensions import TypeVar  # a TypeVar with a default (typing's, from 3.13)

    _R = TypeVar("_R", bound="RegionInfo", default="RegionInfo")

ENDPOINTS_PATH = os.path.join(os.path.dirname(__file__), "endpoints.json")


@functools.cache
def load_endpoint_table() -> dict[str, dict[str, str]]:
    """`{service: {region name: hostname}}`, read from the package data on first use."""
    import json

    with open(ENDPOINTS_PATH, encoding="utf-8") as handle:
        table: dict[str, dict[str, str]] = json.load(handle)
    return table


def service_endpoints(service: str) -> dict[str, str]:
    return load_endpoint_table().get(service, {})


def load_endpoint_json(path: str) -> Any:
    """The JSON document at `path` (an endpoints file in boto 2's format)."""
    import json

    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def merge_endpoints(
    defaults: dict[str, dict[str, str]], additions: dict[str, dict[str, str]]
) -> dict[str, dict[str, str]]:
    """`defaults` updated in place, service by service, with `additions`; returned."""
    for service, endpoints in additions.items():
        defaults.setdefault(service, {}).update(endpoints)
    return defaults


def load_regions() -> dict[str, dict[str, str]]:
    """`{service: {region name: endpoint}}`: the shipped table, extended by the JSON file
    named by `BOTO_ENDPOINTS` or by the boto config's `[Boto] endpoints_path`."""
    table = {service: dict(endpoints) for service, endpoints in load_endpoint_table().items()}
    extra = os.environ.get("BOTO_ENDPOINTS")
    if not extra:
        import boto

        extra = boto.config.get("Boto", "endpoints_path")
    if extra:
        table = merge_endpoints(table, load_endpoint_json(extra))
    return table


def connect(
    service_name: str,
    region_name: str,
    region_cls: type[RegionInfo] | None = None,
    connection_cls: type | None = None,
    **kw_params: Any,
) -> Any:
    """A connection of `connection_cls` to `region_name` of the service, or None when the
    service has no such region."""
    for region in get_regions(service_name, region_cls, connection_cls):
        if region.name == region_name:
            return region.connect(**kw_params)
    return None


def default_endpoint(service: str, region_name: str) -> str:
    """`ec2.<region>.amazonaws.com` (`.com.cn` in China), without reading the table."""
    suffix = "amazonaws.com.cn" if region_name.startswith("cn-") else "amazonaws.com"
    return "%s.%s.%s" % (service, region_name, suffix)


def is_public_endpoint(host: str | None) -> bool:
    """Whether `host` is one of AWS's own hostnames (as opposed to one the user chose)."""
    if not host:
        return False
    return host.lower().rstrip(".").endswith((".amazonaws.com", ".amazonaws.com.cn"))


def get_regions(
    service_name: str, region_cls: type[_R] | None = None, connection_cls: type | None = None
) -> list[_R]:
    """One `region_cls` per region the service is offered in (boto 2's helper)."""
    # Without `region_cls`, `_R` is its default, RegionInfo: a link mypy cannot follow.
    make: type[_R] = region_cls or RegionInfo  # type: ignore[assignment]
    return [
        make(name=name, endpoint=endpoint, connection_cls=connection_cls)
        for name, endpoint in sorted(service_endpoints(service_name).items())
    ]


class RegionInfo:
    """A region's name and endpoint; `connect()` opens a connection to it."""

    def __init__(
        self,
        connection: Any = None,
        name: str | None = None,
        endpoint: str | None = None,
        connection_cls: type | None = None,
    ) -> None:
        self.connection = connection
        self.name = name
        self.endpoint = endpoint
        self.connection_cls = connection_cls or self.default_connection_cls()

    @classmethod
    def default_connection_cls(cls) -> type | None:
        """The class `connect()` uses when none is given (a service's subclass names one)."""
        return None

    def __repr__(self) -> str:
        return "RegionInfo:%s" % self.name

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "regionName":
            self.name = value
        elif name == "regionEndpoint":
            self.endpoint = value
        else:
            setattr(self, name, value)

    def connect(self, **kw_params: Any) -> Any:
        """A connection of `connection_cls` to this region, or None without one."""
        if self.connection_cls:
            return self.connection_cls(region=self, **kw_params)
        return None
