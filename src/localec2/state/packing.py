"""Documents at rest in memory: compact JSON deflated against a sample of their kind, and
the read-only copies `get` shares between requests."""

from __future__ import annotations

import functools
import json
import zlib
from typing import Any, NoReturn

Doc = dict[str, Any]


def _refuse(*args: object, **kwargs: object) -> NoReturn:
    raise TypeError("a stored document is shared; put a changed copy instead")


class SharedDoc(dict[str, Any]):
    """A document, or a structure inside one, that `get` shares between requests: changing
    it in place is a bug, caught here (a copy, `{**doc}` or `dict(doc)`, is an ordinary dict)."""

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse


class SharedList(list[Any]):
    """A list inside a shared document: as read-only as the document (`list(x)` copies)."""

    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = extend = insert = pop = remove = clear = sort = reverse = _refuse


def _frozen(value: Any) -> Any:
    return SharedList(_frozen(item) for item in value) if type(value) is list else value


def _shared_object(pairs: dict[str, Any]) -> SharedDoc:
    """The `object_hook` of a shared read: JSON objects come bottom-up, so every dict below
    is already shared; its lists are frozen here."""
    return SharedDoc({key: _frozen(value) for key, value in pairs.items()})


class DocumentPacker:
    """Documents as bytes: compact JSON deflated with a preset dictionary per kind.

    The dictionary is the JSON of the first document of the kind packed in this process;
    documents of one kind share most of their keys and many values, so each packs to a few
    hundred bytes instead of the few kilobytes its dicts and strings take.
    """

    RECENT = 1024  # documents `unpack_shared` keeps unpacked

    def __init__(self) -> None:
        self._samples: dict[str, bytes] = {}
        # Keyed by the packed bytes: a changed document packs differently, so never stale.
        self.unpack_shared = functools.lru_cache(maxsize=self.RECENT)(self._unpack_shared)

    def pack_json(self, kind: str, text: bytes) -> bytes:
        sample = self._samples.setdefault(kind, text)
        packer = zlib.compressobj(6, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY, sample)
        return packer.compress(text) + packer.flush()

    def _json(self, kind: str, packed: bytes) -> bytes:
        unpacker = zlib.decompressobj(-15, self._samples[kind])
        return unpacker.decompress(packed) + unpacker.flush()

    def unpack(self, kind: str, packed: bytes) -> Doc:
        """A fresh document, the caller's own."""
        doc: Doc = json.loads(self._json(kind, packed))
        return doc

    def _unpack_shared(self, kind: str, packed: bytes) -> Doc:
        doc: Doc = json.loads(self._json(kind, packed), object_hook=_shared_object)
        return doc
