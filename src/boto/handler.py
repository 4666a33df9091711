"""Drive boto 2's SAX-style parsing protocol from an ElementTree.

boto 2 objects parse themselves: `startElement(name, attrs, connection)` returns a child
object to receive the element's content (or None to keep it), and `endElement(name, value,
connection)` receives each finished element. This module parses the whole body with
ElementTree's C parser and walks the tree, calling those methods with namespace-free names.

Fast path: a class may declare `_leaf_fields = {'instanceId': 'id', ...}`; a leaf element
named there is assigned straight to the attribute, without the two method calls. The class's
own `endElement` must do the same assignment (so the path is only a shortcut), and a subclass
that overrides `startElement` or `endElement` without redeclaring `_leaf_fields` loses the
shortcut and gets every element through its methods, as in boto 2.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element, fromstring

_ROOT_START_TAG = re.compile(rb"\s*(?:<\?[^>]*\?>\s*)?<[^>]*>")
_DEFAULT_NAMESPACE = re.compile(rb'\sxmlns="[^"]*"')

_leaf_plans: dict[type, dict[str, str] | None] = {}


def parse(body: bytes | str, target: Any, connection: Any) -> None:
    """Parse an XML response `body` into `target` (a ResultSet or a boto object)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    body = _without_default_namespace(body)
    root = fromstring(body)
    if b"xmlns" in body:  # namespaces declared below the root, or prefixed ones
        _strip_namespaces(root)
    _walk((root,), target, connection)


def _without_default_namespace(body: bytes) -> bytes:
    """Drop the root element's default namespace so that tags come out unqualified."""
    match = _ROOT_START_TAG.match(body)
    if match is None:
        return body
    start_tag = match.group(0)
    bare = _DEFAULT_NAMESPACE.sub(b"", start_tag)
    return body if bare == start_tag else bare + body[match.end():]


def _strip_namespaces(root: Element) -> None:
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and tag[:1] == "{":
            element.tag = tag.rsplit("}", 1)[1]


def _leaf_fields(cls: type) -> dict[str, str] | None:
    """The class's `_leaf_fields` if no override of its parse methods hides them."""
    try:
        return _leaf_plans[cls]
    except KeyError:
        pass
    mro = cls.__mro__

    def owner(attribute: str) -> int:
        return next((i for i, k in enumerate(mro) if attribute in k.__dict__), len(mro))

    declared = owner("_leaf_fields")
    usable = declared < len(mro) and declared <= min(owner("startElement"), owner("endElement"))
    plan = mro[declared].__dict__["_leaf_fields"] if usable else None
    _leaf_plans[cls] = plan
    return plan


def _walk(elements: Any, target: Any, connection: Any) -> None:
    leaves = _leaf_fields(type(target))
    start = target.startElement
    end = target.endElement
    for element in elements:
        name = element.tag
        has_children = len(element)
        if leaves is not None and not has_children:
            attribute = leaves.get(name)
            if attribute is not None:
                setattr(target, attribute, element.text or "")
                continue
        child = start(name, element.attrib, connection)
        value = "" if has_children else (element.text or "")
        if child is None:
            if has_children:
                _walk(element, target, connection)
            end(name, value, connection)
        else:
            if has_children:
                _walk(element, child, connection)
            child.endElement(name, value, connection)
            end_node = getattr(child, "endNode", None)
            if end_node is not None:
                end_node(connection)
