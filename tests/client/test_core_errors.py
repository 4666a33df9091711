"""EC2ResponseError parsed from a real moto error response, and defensive parsing."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from boto.connection import AWSQueryConnection
from boto.exception import BotoServerError, EC2ResponseError


class QueryEC2(AWSQueryConnection):
    APIVersion = "2016-11-15"
    ResponseError = EC2ResponseError


def moto_connection(url: str) -> QueryEC2:
    parts = urlsplit(url)
    return QueryEC2("testing", "testing", host=parts.hostname, port=parts.port, is_secure=False)


@pytest.mark.parametrize("verb", ["GET", "POST"])
def test_describe_instances_succeeds_against_moto(moto_endpoint, verb):
    response = moto_connection(moto_endpoint).make_request("DescribeInstances", {}, verb=verb)
    assert response.status == 200
    assert b"DescribeInstancesResponse" in response.read()
    assert response.read() == response.read()


def test_unknown_instance_error_fields(moto_endpoint):
    conn = moto_connection(moto_endpoint)
    response = conn.make_request("DescribeInstances", {"InstanceId.1": "i-00000000"}, verb="POST")
    error = EC2ResponseError(response.status, response.reason, response.read())
    assert error.status == 400
    assert error.error_code == "InvalidInstanceID.NotFound"
    assert "i-00000000" in error.error_message
    assert error.errors == [(error.error_code, error.error_message)]
    assert error.request_id
    assert error.code == error.error_code and error.message == error.error_message
    assert str(error).startswith("EC2ResponseError: 400 %s\n<" % response.reason)


def test_get_status_raises_response_error(moto_endpoint):
    conn = moto_connection(moto_endpoint)
    with pytest.raises(EC2ResponseError) as caught:
        conn.get_status("DeleteSecurityGroup", {"GroupName": "no-such-group"}, verb="POST")
    assert caught.value.status == 400
    assert caught.value.error_code.startswith("InvalidGroup")


@pytest.mark.parametrize(
    "body",
    [None, b"", "", b"not xml at all", b"<Response><Errors>", b"\xff\xfe<", b'{"json": true}'],
)
def test_unparseable_bodies_do_not_raise(body):
    for cls in (BotoServerError, EC2ResponseError):
        error = cls(503, "Service Unavailable", body)
        assert error.status == 503
        assert error.error_code is None
        assert str(error).startswith("%s: 503 Service Unavailable\n" % cls.__name__)


def test_multiple_errors_are_all_listed():
    body = (
        b"<Response><Errors><Error><Code>A</Code><Message>first</Message></Error>"
        b"<Error><Code>B</Code><Message>second</Message></Error></Errors>"
        b"<RequestID>req-1</RequestID></Response>"
    )
    error = EC2ResponseError(400, "Bad Request", body)
    assert error.errors == [("A", "first"), ("B", "second")]
    assert (error.error_code, error.error_message, error.request_id) == ("A", "first", "req-1")


def test_boto2_exception_hierarchy():
    from boto import exception

    for name in (
        "S3ResponseError",
        "SQSError",
        "SDBResponseError",
        "JSONResponseError",
        "EC2ResponseError",
    ):
        cls = getattr(exception, name)
        assert issubclass(cls, BotoServerError)
        assert str(cls(404, "Not Found", b"")).startswith(name + ": 404 Not Found")
    assert issubclass(exception.AWSConnectionError, exception.BotoClientError)
    assert str(exception.BotoClientError("bad input")) == "BotoClientError: bad input"
    assert exception.InvalidUriError("u").message == "u"
