"""Drive boto 2's SAX-style parsing protocol from an ElementTree.

boto 2 objects parse themselves: `startElement(name, attrs, connection)` returns a child
object to receive the element's content (or None to keep it), and `endElement(name, value,
connection)` receives each finished element. This module parses the whole body with
ElementTree's C parser and walks the tree, calling those methods with namespace-free names.

Fast path: a class may declare
- `_leaf_fields = {'instanceId': 'id', 'ebsOptimized': ('ebs_optimized', is_true), ...}`:
  a leaf element named there is assigned straight to the attribute (converted when a
  converter is given), without the two method calls;
- `_child_factories = {'instanceState': factory, ...}`: the element's content goes to
  `factory(obj)` without calling `startElement`;
- `_ignored_elements`: elements that carry nothing for the object (their children, if any,
  still come to it).
The class's own methods must behave the same (so the declarations are only a shortcut; see
`set_leaf`), and a subclass that overrides `startElement` or `endElement` without
redeclaring `_leaf_fields` loses the shortcut and gets every element through its methods,
as in boto 2.

The cyclic garbage collector is paused while parsing: the tree and the objects are
allocated in bulk and hold no cycles worth collecting mid-way.
"""

from __future__ import annotations

import gc
import re

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from collections.abc import Callable, Iterable
    from typing import Any, TypeAlias
    from xml.etree.ElementTree import Element

    # A `_leaf_fields` entry: the attribute, or (attribute, converter of the text).
    LeafField: TypeAlias = str | tuple[str, Callable[[str], Any]]
    # A `_child_factories` entry: makes the object that receives a nested element.
    ChildFactory: TypeAlias = Callable[[Any], Any]
    _Plan: TypeAlias = tuple[dict[str, LeafField], dict[str, ChildFactory], frozenset[str]]

_ROOT_START_TAG = re.compile(rb"\s*(?:<\?[^>]*\?>\s*)?<[^>]*>")
_DEFAULT_NAMESPACE = re.compile(rb'\sxmlns="[^"]*"')

_plans: dict[type, _Plan] = {}


def parse(body: bytes | str, target: Any, connection: Any) -> None:
    """Parse an XML response `body` into `target` (a ResultSet or a boto object)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    from xml.etree.ElementTree import fromstring  # on first use: keeps `import boto` light

    body = _without_default_namespace(body)
    collecting = gc.isenabled()
    gc.disable()
    try:
        root = fromstring(body)
        if b"xmlns" in body:  # namespaces declared below the root, or prefixed ones
            _strip_namespaces(root)
        _walk((root,), target, connection)
    finally:
        if collecting:
            gc.enable()


def _without_default_namespace(body: bytes) -> bytes:
    """Drop the root element's default namespace so that tags come out unqualified."""
    match = _ROOT_START_TAG.match(body)
    if match is None:
        return body
    start_tag = match.group(0)
    bare = _DEFAULT_NAMESPACE.sub(b"", start_tag)
    return body if bare == start_tag else bare + body[match.end() :]


def _strip_namespaces(root: Element) -> None:
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and tag[:1] == "{":
            element.tag = tag.rsplit("}", 1)[1]


_NO_PLAN: _Plan = ({}, {}, frozenset())


def _plan(cls: type) -> _Plan:
    """The class's declarations (leaves, child factories, ignored elements), or empty ones
    when a subclass overrides the parse methods without redeclaring `_leaf_fields`."""
    try:
        return _plans[cls]
    except KeyError:
        pass
    mro = cls.__mro__

    def owner(attribute: str) -> int:
        return next((i for i, k in enumerate(mro) if attribute in k.__dict__), len(mro))

    declared = owner("_leaf_fields")
    usable = declared < len(mro) and declared <= min(owner("startElement"), owner("endElement"))
    plan: _Plan = (
        (
            mro[declared].__dict__["_leaf_fields"],  # what `cls._leaf_fields` finds
            getattr(cls, "_child_factories", {}),
            frozenset(getattr(cls, "_ignored_elements", ())),
        )
        if usable
        else _NO_PLAN
    )
    _plans[cls] = plan
    return plan


def set_leaf(obj: Any, name: str, value: str) -> bool:
    """Apply `obj`'s `_leaf_fields` entry for `name`, if any; True when there was one.

    An entry is an attribute name, or an (attribute, converter) pair such as
    `('ebs_optimized', is_true)`. Classes call this from `endElement` so that the walker's
    shortcut and the method do the same thing.
    """
    field = obj._leaf_fields.get(name)
    if field is None:
        return False
    if isinstance(field, str):
        setattr(obj, field, value)
    else:
        setattr(obj, field[0], field[1](value))
    return True


def is_true(value: str) -> bool:
    """An XML boolean as EC2 writes it."""
    return value == "true"


def _walk(elements: Iterable[Element], target: Any, connection: Any) -> None:
    leaves, factories, ignored = _plan(type(target))
    for element in elements:
        name = element.tag
        has_children = len(element)
        if not has_children:
            field = leaves.get(name)
            if field is not None:
                if isinstance(field, str):
                    setattr(target, field, element.text or "")
                else:
                    setattr(target, field[0], field[1](element.text or ""))
                continue
        if name in ignored:
            if has_children:
                _walk(element, target, connection)
            continue
        factory = factories.get(name)
        if factory is not None:
            child = factory(target)
        else:
            child = target.startElement(name, element.attrib, connection)
        value = "" if has_children else (element.text or "")
        if child is None:
            if has_children:
                _walk(element, target, connection)
            target.endElement(name, value, connection)
        else:
            if has_children:
                _walk(element, child, connection)
            child.endElement(name, value, connection)
            if hasattr(child, "endNode"):
                child.endNode(connection)
