"""`boto.handler.parse` against a streaming SAX driver of the same protocol.

The reference below drives boto 2's protocol from `xml.sax` events, as a streaming parser
does: it keeps a stack of (element depth, node), sends `startElement` to the top node,
pushes what it returns, sends `endElement` with the text collected since the last tag, and
pops a node when the element that pushed it ends. On random documents both drivers must
make the same calls to the same objects.
"""

from __future__ import annotations

import xml.sax
from xml.sax.saxutils import escape

from hypothesis import given, settings
from hypothesis import strategies as st

from boto import handler

NAMES = st.sampled_from(["a", "b", "item", "push", "value"])
TEXT = st.text(alphabet=st.characters(codec="ascii", exclude_categories=("Cc", "Cs")), max_size=8)


class Node:
    """Records every call; pushes a new Node for each element named `push`."""

    def __init__(self, log: list, label: str) -> None:
        self.log = log
        self.label = label
        self.children = 0

    def startElement(self, name, attrs, connection):
        self.log.append((self.label, "start", name, dict(attrs)))
        if name == "push":
            self.children += 1
            return Node(self.log, "%s/%d" % (self.label, self.children))
        return None

    def endElement(self, name, value, connection):
        self.log.append((self.label, "end", name, value))


class ReferenceDriver(xml.sax.handler.ContentHandler):
    def __init__(self, root: Node) -> None:
        super().__init__()
        self.stack = [(-1, root)]
        self.depth = 0
        self.text = ""

    def startElement(self, name, attrs):
        self.text = ""
        child = self.stack[-1][1].startElement(name, dict(attrs), None)
        if child is not None:
            self.stack.append((self.depth, child))
        self.depth += 1

    def characters(self, content):
        self.text += content

    def endElement(self, name):
        self.depth -= 1
        self.stack[-1][1].endElement(name, self.text, None)
        if self.stack[-1][0] == self.depth:
            self.stack.pop()
        self.text = ""


def element(children):
    return st.tuples(
        NAMES, st.dictionaries(st.sampled_from(["k", "v"]), TEXT, max_size=1), children
    )


DOCUMENTS = st.recursive(
    element(TEXT),
    lambda inner: element(st.lists(inner, min_size=1, max_size=4)),
    max_leaves=25,
)


def to_xml(node) -> str:
    name, attrs, content = node
    attributes = "".join(' %s="%s"' % (k, escape(v, {'"': "&quot;"})) for k, v in attrs.items())
    if isinstance(content, str):
        return "<%s%s>%s</%s>" % (name, attributes, escape(content), name)
    return "<%s%s>%s</%s>" % (name, attributes, "".join(map(to_xml, content)), name)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_tree_walk_makes_the_calls_a_sax_stream_makes(document):
    body = to_xml(document)
    expected: list = []
    xml.sax.parseString(body.encode(), ReferenceDriver(Node(expected, "root")))
    actual: list = []
    handler.parse(body, Node(actual, "root"), None)
    assert actual == expected
