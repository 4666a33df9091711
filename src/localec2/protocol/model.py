"""botocore's API models of EC2 (and STS), read as data (botocore itself is never imported).

The model is the spec: operations name their input and output shapes, shapes name their
members, types, wire names and constraints; its metadata names the protocol (`ec2`, or
`query` for STS) and the XML namespace. Documentation is dropped on load to keep the
resident model small.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

API_VERSION = "2016-11-15"
XML_NAMESPACE = f"http://ec2.amazonaws.com/doc/{API_VERSION}/"
STS_API_VERSION = "2011-06-15"

Json = dict[str, Any]  # a part of the model, as JSON data

_lock = threading.Lock()
_model: ServiceModel | None = None
_served: dict[tuple[str, frozenset[str]], ServiceModel] = {}


def _model_path(service: str = "ec2", version: str = API_VERSION) -> Path:
    spec = importlib.util.find_spec("botocore")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("botocore is not installed: localec2 reads its API models")
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / "data" / service / version / "service-2.json.gz"


def _without_docs(pairs: list[tuple[str, object]]) -> Json:
    return {key: value for key, value in pairs if key != "documentation"}


class ServiceModel:
    """Operations and shapes of the EC2 model, plus per-shape caches for the protocol."""

    def __init__(self, raw: Json) -> None:
        self.metadata: Json = raw["metadata"]
        self.operations: dict[str, Json] = raw["operations"]
        self.shapes: dict[str, Json] = raw["shapes"]
        # The protocol modules keep what they derive from a shape here, keyed by their own
        # (kind, shape name) so that each derivation is computed once per process.
        self.derived: dict[tuple[str, str], object] = {}

    def operation(self, name: str) -> Json | None:
        return self.operations.get(name)

    def shape(self, name: str) -> Json:
        return self.shapes[name]

    def input_shape(self, operation: str) -> str | None:
        ref = self.operations[operation].get("input")
        return ref["shape"] if ref else None

    def output_shape(self, operation: str) -> str | None:
        ref = self.operations[operation].get("output")
        return ref["shape"] if ref else None

    def result_wrapper(self, operation: str) -> str | None:
        """The element the query protocol wraps an output in (`AssumeRoleResult`)."""
        ref = self.operations[operation].get("output")
        return ref.get("resultWrapper") if ref else None

    @property
    def protocol(self) -> str:
        """`ec2` (EC2's dialect of the Query protocol) or `query` (STS's)."""
        protocol: str = self.metadata["protocol"]
        return protocol

    def restricted_to(self, operations: Iterable[str]) -> ServiceModel:
        """A model that knows every operation but keeps only the shapes of `operations`.

        A server refuses other operations before looking at their shapes; the EC2 model's
        thousands of shapes are most of its resident size.
        """
        pending = [
            ref["shape"]
            for name in operations
            for ref in (self.operations[name].get("input"), self.operations[name].get("output"))
            if ref
        ]
        kept: dict[str, Json] = {}
        while pending:
            name = pending.pop()
            if name in kept:
                continue
            shape = kept[name] = self.shapes[name]
            refs = [
                shape.get("member"),
                shape.get("key"),
                shape.get("value"),
                *shape.get("members", {}).values(),
            ]
            pending.extend(ref["shape"] for ref in refs if ref)
        return ServiceModel(
            {"metadata": self.metadata, "operations": self.operations, "shapes": kept}
        )


def _read_raw(path: Path) -> Json:
    """The model without its documentation, dropped as it is parsed (a smaller peak)."""
    with gzip.open(path) as source:
        raw: Json = json.load(source, object_pairs_hook=_without_docs)
    return raw


def load_served_model(
    operations: Iterable[str], service: str = "ec2", version: str = API_VERSION
) -> ServiceModel:
    """`service`'s model restricted to the implemented `operations`, loaded once per process.

    The full EC2 model is not kept unless something else in the process loaded it.
    """
    key = (service, frozenset(operations))
    with _lock:
        served = _served.get(key)
        if served is None:
            if service == "ec2" and _model is not None:
                full = _model
            else:
                full = ServiceModel(_read_raw(_model_path(service, version)))
            served = full.restricted_to(sorted(key[1]))
            _served[key] = served
        return served


def load_model(path: str | Path | None = None) -> ServiceModel:
    """The EC2 model, loaded once per process (or from `path`, uncached, for tests)."""
    global _model
    if path is not None:
        return ServiceModel(_read_raw(Path(path)))
    with _lock:
        if _model is None:
            _model = ServiceModel(_read_raw(_model_path()))
        return _model
