"""boto 2's parsing protocol as `boto.handler.parse` drives it."""

from __future__ import annotations

from boto import handler
from boto.ec2.instance import Instance, Reservation
from boto.resultset import BooleanResult, ResultSet

RESERVATIONS = b"""<?xml version="1.0" encoding="UTF-8"?>
<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>req-1</requestId>
  <reservationSet>
    <item>
      <reservationId>r-1</reservationId>
      <instancesSet>
        <item>
          <instanceId>i-1</instanceId>
          <instanceState><code>16</code><name>running</name></instanceState>
          <ebsOptimized>true</ebsOptimized>
          <metadataOptions><state>applied</state></metadataOptions>
          <monitoring><state>enabled</state></monitoring>
          <someNewField>new</someNewField>
        </item>
      </instancesSet>
    </item>
  </reservationSet>
  <nextToken>token-2</nextToken>
</DescribeInstancesResponse>"""


def parse_reservations(body: bytes | str = RESERVATIONS, cls: type = Reservation) -> ResultSet:
    result = ResultSet([("item", cls)])
    handler.parse(body, result, None)
    return result


def test_result_set_carries_paging_and_request_id():
    result = parse_reservations()
    assert result.next_token == "token-2"
    assert result.request_id == "req-1"
    [instance] = result[0].instances
    assert (instance.id, instance.state, instance.state_code) == ("i-1", "running", 16)
    assert instance.ebs_optimized is True
    assert instance.monitored is True  # a nested <state> elsewhere does not confuse it
    assert instance.someNewField == "new"  # unknown elements kept, as boto 2 did


def test_text_bodies_and_bodies_without_namespace_parse_alike():
    bare = RESERVATIONS.replace(b' xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"', b"")
    for body in (RESERVATIONS.decode(), bare):
        [reservation] = parse_reservations(body)
        assert reservation.instances[0].id == "i-1"


def test_prefixed_namespaces_are_stripped():
    body = (
        b'<ns:DescribeInstancesResponse xmlns:ns="urn:x"><ns:reservationSet><ns:item>'
        b"<ns:reservationId>r-9</ns:reservationId></ns:item></ns:reservationSet>"
        b"</ns:DescribeInstancesResponse>"
    )
    assert [r.id for r in parse_reservations(body)] == ["r-9"]


class Recorder:
    """A boto 2-style object that records every call made to it."""

    def __init__(self, connection=None):
        self.calls = []

    def startElement(self, name, attrs, connection):
        self.calls.append(("start", name))
        return None

    def endElement(self, name, value, connection):
        self.calls.append(("end", name, value))


def test_sax_order_for_a_plain_object():
    recorder = Recorder()
    handler.parse(b"<R><a>1</a><b><c>2</c></b></R>", recorder, None)
    assert recorder.calls == [
        ("start", "R"),
        ("start", "a"),
        ("end", "a", "1"),
        ("start", "b"),
        ("start", "c"),
        ("end", "c", "2"),
        ("end", "b", ""),
        ("end", "R", ""),
    ]


def test_a_pushed_child_receives_its_own_end_and_end_node():
    class Child(Recorder):
        def endNode(self, connection):
            self.calls.append(("endNode",))

    class Parent(Recorder):
        def startElement(self, name, attrs, connection):
            super().startElement(name, attrs, connection)
            if name == "child":
                self.child = Child()
                return self.child
            return None

    parent = Parent()
    handler.parse(b'<R><child kind="k"><x>1</x></child><y>2</y></R>', parent, None)
    assert parent.child.calls == [
        ("start", "x"),
        ("end", "x", "1"),
        ("end", "child", ""),
        ("endNode",),
    ]
    assert ("end", "y", "2") in parent.calls
    assert ("end", "child", "") not in parent.calls


def test_a_subclass_overriding_end_element_sees_every_leaf():
    seen = []

    class AuditedInstance(Instance):
        def endElement(self, name, value, connection):
            seen.append(name)
            super().endElement(name, value, connection)

    class AuditedReservation(Reservation):
        def startElement(self, name, attrs, connection):
            if name == "instancesSet":
                self.instances = ResultSet([("item", AuditedInstance)])
                return self.instances
            return super().startElement(name, attrs, connection)

    [reservation] = parse_reservations(cls=AuditedReservation)
    instance = reservation.instances[0]
    assert "instanceId" in seen and "ebsOptimized" in seen  # the shortcut is not taken
    assert (instance.id, instance.ebs_optimized, instance.state) == ("i-1", True, "running")


def test_boolean_result():
    result = BooleanResult()
    handler.parse(b"<X><requestId>r</requestId><return>false</return></X>", result, None)
    assert (bool(result), repr(result), result.request_id) == (False, "False", "r")
