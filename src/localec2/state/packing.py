"""Documents at rest in memory: compact JSON deflated against a sample of their kind, and
the read-only copies `get` shares between requests."""

from __future__ import annotations

import json
import zlib
from collections import OrderedDict
from typing import Any, NoReturn, TypeVar

Doc = dict[str, Any]
K = TypeVar("K")
V = TypeVar("V")


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


def _frozen_list(items: list[Any]) -> SharedList:
    return SharedList([_frozen_list(i) if i.__class__ is list else i for i in items])


def _shared_object(pairs: dict[str, Any]) -> SharedDoc:
    """The `object_hook` of a shared read: JSON objects come bottom-up, so every dict below
    is already shared; its lists are frozen here (`pairs` is the decoder's own new dict)."""
    for key, value in pairs.items():
        if value.__class__ is list:
            pairs[key] = _frozen_list(value)
    return SharedDoc(pairs)


class DocumentPacker:
    """Documents as bytes: compact JSON deflated with a preset dictionary per kind.

    The dictionary is the JSON of the first document of the kind packed in this process;
    documents of one kind share most of their keys and many values, so each packs to a few
    hundred bytes instead of the few kilobytes its dicts and strings take.
    """

    RECENT = 1024  # documents `read` keeps unpacked and shares

    def __init__(self) -> None:
        self._samples: dict[str, bytes] = {}
        # Both keyed by (kind, packed bytes): a changed document packs differently, so an
        # entry is never stale; least recently used first.
        self._shared: OrderedDict[tuple[str, bytes], Doc] = OrderedDict()
        self._read_once: OrderedDict[tuple[str, bytes], None] = OrderedDict()

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

    def read(self, kind: str, packed: bytes) -> Doc:
        """The document, to read only: from its second read on (of this version of it) the
        one copy every reader shares, frozen all the way down; the first read gets a fresh
        copy of its own.

        Freezing costs about twice a plain decode, so a document read once after each change
        (a group whose rules just changed) never pays it, and one read again and again (each
        of that group's rules) pays it once.
        """
        key = (kind, packed)
        shared = self._shared.get(key)
        if shared is not None:
            self._shared.move_to_end(key)
            return shared
        if key not in self._read_once:
            _remember(self._read_once, key, None, self.RECENT)
            return self.unpack(kind, packed)
        del self._read_once[key]
        doc: Doc = json.loads(self._json(kind, packed), object_hook=_shared_object)
        _remember(self._shared, key, doc, self.RECENT)
        return doc


def _remember(recent: OrderedDict[K, V], key: K, value: V, size: int) -> None:
    recent[key] = value
    if len(recent) > size:
        recent.popitem(last=False)
