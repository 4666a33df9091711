"""botocore's EC2 API model, read as data (botocore itself is never imported).

The model is the spec: operations name their input and output shapes, shapes name their
members, types, wire names and constraints. Documentation is dropped on load to keep the
resident model small.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import threading
from pathlib import Path

API_VERSION = "2016-11-15"
XML_NAMESPACE = f"http://ec2.amazonaws.com/doc/{API_VERSION}/"

_lock = threading.Lock()
_model: ServiceModel | None = None


def _model_path() -> Path:
    spec = importlib.util.find_spec("botocore")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("botocore is not installed: localec2 reads its EC2 model")
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / "data" / "ec2" / API_VERSION / "service-2.json.gz"


def _strip_docs(node: object) -> object:
    if isinstance(node, dict):
        return {k: _strip_docs(v) for k, v in node.items() if k != "documentation"}
    if isinstance(node, list):
        return [_strip_docs(v) for v in node]
    return node


class ServiceModel:
    """Operations and shapes of the EC2 model, plus per-shape caches for the protocol."""

    def __init__(self, raw: dict) -> None:
        self.metadata: dict = raw["metadata"]
        self.operations: dict[str, dict] = raw["operations"]
        self.shapes: dict[str, dict] = raw["shapes"]
        # The protocol modules keep what they derive from a shape here, keyed by their own
        # (kind, shape name) so that each derivation is computed once per process.
        self.derived: dict[tuple[str, str], object] = {}

    def operation(self, name: str) -> dict | None:
        return self.operations.get(name)

    def shape(self, name: str) -> dict:
        return self.shapes[name]

    def input_shape(self, operation: str) -> str | None:
        ref = self.operations[operation].get("input")
        return ref["shape"] if ref else None

    def output_shape(self, operation: str) -> str | None:
        ref = self.operations[operation].get("output")
        return ref["shape"] if ref else None


def load_model(path: str | Path | None = None) -> ServiceModel:
    """The EC2 model, loaded once per process (or from `path`, uncached, for tests)."""
    global _model
    if path is not None:
        return ServiceModel(_strip_docs(json.loads(gzip.open(path).read())))  # type: ignore[arg-type]
    with _lock:
        if _model is None:
            raw = json.loads(gzip.open(_model_path()).read())
            _model = ServiceModel(_strip_docs(raw))  # type: ignore[arg-type]
        return _model
