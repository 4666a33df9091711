"""The Query plumbing EC2Connection builds on, end to end against moto's server."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

import boto
from boto.connection import AWSQueryConnection
from boto.exception import EC2ResponseError
from boto.regioninfo import RegionInfo


class QueryEC2(AWSQueryConnection):
    APIVersion = "2016-11-15"
    ResponseError = EC2ResponseError


@pytest.fixture
def conn(moto_endpoint):
    parts = urlsplit(moto_endpoint)
    return QueryEC2("testing", "testing", host=parts.hostname, port=parts.port, is_secure=False)


def test_build_list_params():
    params: dict = {}
    QueryEC2("A", "a").build_list_params(params, ["i-1", "i-2"], "InstanceId")
    assert params == {"InstanceId.1": "i-1", "InstanceId.2": "i-2"}
    single: dict = {}
    QueryEC2("A", "a").build_list_params(single, "sg-1", "GroupId")
    assert single == {"GroupId.1": "sg-1"}


def test_build_complex_list_params():
    params: dict = {}
    QueryEC2("A", "a").build_complex_list_params(
        params, [("foo", "bar"), ("foo2", "bar2")], "Tag", ("Key", "Value")
    )
    assert params == {
        "Tag.1.Key": "foo",
        "Tag.1.Value": "bar",
        "Tag.2.Key": "foo2",
        "Tag.2.Value": "bar2",
    }


def test_get_list_parses_items_with_markers(conn):
    regions = conn.get_list("DescribeRegions", {}, [("item", RegionInfo)], verb="POST")
    names = {region.name for region in regions}
    assert "us-east-1" in names and "eu-west-1" in names
    assert all(region.endpoint for region in regions)


def test_get_status_true_on_success(conn):
    created = conn.make_request(
        "CreateSecurityGroup", {"GroupName": "web", "GroupDescription": "d"}, verb="POST"
    )
    assert created.status == 200
    assert conn.get_status("DeleteSecurityGroup", {"GroupName": "web"}, verb="POST") is True


def test_get_object_builds_cls_with_parent(conn):
    class KeyPairish:
        def __init__(self, connection):
            self.connection = connection
            self.name = self.fingerprint = None

        def startElement(self, name, attrs, connection):
            return None

        def endElement(self, name, value, connection):
            if name == "keyName":
                self.name = value
            elif name == "keyFingerprint":
                self.fingerprint = value

    key = conn.get_object("CreateKeyPair", {"KeyName": "k1"}, KeyPairish, verb="POST")
    assert key.connection is conn
    assert key.name == "k1" and key.fingerprint


def test_get_list_raises_the_connection_response_error(conn):
    with pytest.raises(EC2ResponseError) as caught:
        conn.get_list(
            "DescribeInstances", {"InstanceId.1": "i-00000000"}, [("item", object)], verb="POST"
        )
    assert caught.value.error_code == "InvalidInstanceID.NotFound"


def test_set_stream_logger_makes_it_boto_log(capsys):
    import logging

    original = boto.log
    logger = boto.set_stream_logger("boto.test-stream", format_string="%(message)s")
    try:
        assert boto.log is logger and logger.level == logging.DEBUG
        logger.debug("hello from boto")
        assert "hello from boto" in capsys.readouterr().err
    finally:
        logger.handlers.clear()
        boto.log = original
