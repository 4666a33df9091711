"""Retries against a scripted loopback HTTP server (no real peer can be told to throttle)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given
from hypothesis import strategies as st

import boto
from boto import retry
from boto.connection import AWSQueryConnection
from boto.ec2.instance import Reservation
from boto.exception import EC2ResponseError

OK_BODY = (
    b'<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">'
    b"<requestId>ok</requestId><regionInfo/></DescribeRegionsResponse>"
)


def error_body(code: str) -> bytes:
    return (
        "<Response><Errors><Error><Code>%s</Code><Message>scripted</Message></Error>"
        "</Errors><RequestID>r-1</RequestID></Response>" % code
    ).encode()


RESET = "reset"
HANG = "hang"


class ScriptedServer:
    """Answers each request with the next scripted (status, body), or drops the connection
    for RESET; once the script runs out it answers the last entry forever."""

    def __init__(self, script):
        self.script = list(script)
        self.requests: list[dict] = []
        self.client_ports: set[int] = set()
        self.released = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                server.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": body,
                    }
                )
                server.client_ports.add(self.client_address[1])
                index = len(server.requests) - 1
                step = server.script[min(index, len(server.script) - 1)]
                if step == HANG:  # never answer: the client must time out
                    server.released.wait()
                    return
                if step == RESET:
                    self.close_connection = True
                    self.connection.close()
                    return
                status, payload = step
                self.send_response(status)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _answer

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()


class QueryEC2(AWSQueryConnection):
    APIVersion = "2016-11-15"
    ResponseError = EC2ResponseError


def connect(server: ScriptedServer) -> QueryEC2:
    return QueryEC2("AKID", "secret", host="127.0.0.1", port=server.port, is_secure=False)


@pytest.mark.parametrize(
    "failure",
    [
        (503, error_body("Unavailable")),
        (500, error_body("InternalError")),
        (400, error_body("RequestLimitExceeded")),
        (400, error_body("Throttling")),
        (400, error_body("ThrottlingException")),
        (503, error_body("RequestThrottled")),
        RESET,
    ],
)
def test_transient_failures_are_retried_until_success(failure):
    with ScriptedServer([failure, failure, (200, OK_BODY)]) as server:
        response = connect(server).make_request("DescribeRegions", {}, verb="POST")
    assert response.status == 200
    assert response.read() == OK_BODY
    assert len(server.requests) == 3
    bodies = {request["body"] for request in server.requests}
    assert bodies == {b"Action=DescribeRegions&Version=2016-11-15"}
    assert all("Signature=" in r["headers"]["Authorization"] for r in server.requests)


@pytest.mark.parametrize(
    "code", ["InvalidParameterValue", "InvalidInstanceID.NotFound", "AuthFailure"]
)
def test_client_errors_are_not_retried(code):
    with ScriptedServer([(400, error_body(code)), (200, OK_BODY)]) as server:
        conn = connect(server)
        with pytest.raises(EC2ResponseError) as caught:
            conn.get_status("DeleteSecurityGroup", {"GroupName": "g"}, verb="POST")
    assert len(server.requests) == 1
    assert (caught.value.status, caught.value.error_code) == (400, code)


def test_num_retries_from_boto_config(tmp_path, monkeypatch):
    (tmp_path / "boto.cfg").write_text("[Boto]\nnum_retries = 2\n")
    monkeypatch.setenv("BOTO_CONFIG", str(tmp_path / "boto.cfg"))
    monkeypatch.setattr(boto, "_config", None)
    with ScriptedServer([(503, error_body("Unavailable"))]) as server:
        conn = connect(server)
        response = conn.make_request("DescribeRegions", verb="POST")
    assert conn.num_retries == 2
    assert len(server.requests) == 3
    assert response.status == 503


def test_exhausted_connection_failures_raise():
    with ScriptedServer([RESET]) as server:
        conn = connect(server)
        conn.num_retries = 1
        with pytest.raises(ConnectionError):
            conn.make_request("DescribeRegions", verb="POST")
    assert len(server.requests) == 2


def test_timeout_is_retried(tmp_path, monkeypatch):
    (tmp_path / "boto.cfg").write_text("[Boto]\nhttp_socket_timeout = 0.5\n")
    monkeypatch.setenv("BOTO_CONFIG", str(tmp_path / "boto.cfg"))
    monkeypatch.setattr(boto, "_config", None)
    with ScriptedServer([HANG, (200, OK_BODY)]) as server:
        response = connect(server).make_request("DescribeRegions", verb="POST")
    assert response.status == 200
    assert len(server.requests) >= 2


def test_keep_alive_connection_is_reused():
    with ScriptedServer([(200, OK_BODY)]) as server:
        conn = connect(server)
        for _ in range(3):
            assert conn.make_request("DescribeRegions", verb="POST").status == 200
    assert len(server.requests) == 3
    assert len(server.client_ports) == 1


def test_get_sends_signed_query_string():
    with ScriptedServer([(200, OK_BODY)]) as server:
        connect(server).make_request("DescribeRegions", {"RegionName.1": "a b/ü"}, verb="GET")
    request = server.requests[0]
    assert request["method"] == "GET" and request["body"] == b""
    assert request["path"] == (
        "/?Action=DescribeRegions&RegionName.1=a%20b%2F%C3%BC&Version=2016-11-15"
    )
    assert "SignedHeaders=host;x-amz-date" in request["headers"]["Authorization"]


def test_debug_log_has_no_secrets(caplog):
    caplog.set_level("DEBUG", logger="boto")
    with ScriptedServer([(200, OK_BODY)]) as server:
        conn = QueryEC2(
            "AKIDLOG",
            "topsecretvalue",
            host="127.0.0.1",
            port=server.port,
            is_secure=False,
            security_token="sessiontokenvalue",
        )
        conn.make_request("DescribeRegions", verb="POST")
    text = caplog.text
    assert "DescribeRegions" in text
    assert "topsecretvalue" not in text and "sessiontokenvalue" not in text
    assert "Signature=" not in text


NON_NUMERIC_STATE_CODE = (
    b"<DescribeInstancesResponse><reservationSet><item><reservationId>r-1</reservationId>"
    b"<instancesSet><item><instanceId>i-1</instanceId><instanceState><code>abc</code>"
    b"<name>running</name></instanceState></item></instancesSet></item></reservationSet>"
    b"</DescribeInstancesResponse>"
)


@pytest.mark.parametrize(
    "body", [b"<html><body>Gateway says hi", b"not xml at all", NON_NUMERIC_STATE_CODE]
)
def test_200_with_a_malformed_body_raises_the_response_error(body):
    with ScriptedServer([(200, body)]) as server:
        conn = connect(server)
        with pytest.raises(EC2ResponseError) as caught:
            conn.get_list("DescribeInstances", None, [("item", Reservation)])
    assert caught.value.status == 200 and caught.value.body == body.decode()
    assert len(server.requests) == 1  # a malformed success is not retried


def test_debug_argument_logs_parameter_values_and_the_response_body(caplog):
    caplog.set_level("DEBUG", logger="boto")
    with ScriptedServer([(200, OK_BODY)]) as server:
        QueryEC2(
            "AKID", "secret", host="127.0.0.1", port=server.port, is_secure=False, debug=1
        ).make_request("DescribeRegions", {"RegionName.1": "eu-west-9"})
        quiet = connect(server)
        assert quiet.debug == 0
        quiet.make_request("DescribeRegions", {"RegionName.1": "ap-quiet-1"})
    assert "eu-west-9" in caplog.text and "<requestId>ok</requestId>" in caplog.text
    assert caplog.text.count("<requestId>ok</requestId>") == 1
    assert "ap-quiet-1" not in caplog.text


def test_debug_2_turns_on_the_http_wire_trace(capsys):
    with ScriptedServer([(200, OK_BODY)]) as server:
        QueryEC2(
            "AKID", "secret", host="127.0.0.1", port=server.port, is_secure=False, debug=2
        ).make_request("DescribeRegions", verb="POST")
        connect(server).make_request("DescribeRegions", {"RegionName.1": "quiet"}, verb="POST")
    printed = capsys.readouterr().out
    assert printed.count("send: b'POST / HTTP/1.1") == 1 and "reply: 'HTTP/1.1 200" in printed


@given(st.integers(min_value=0, max_value=40))
def test_backoff_is_full_jitter_under_a_growing_cap(attempt):
    ceiling = min(retry.MAX_DELAY_SECONDS, retry.BASE_DELAY_SECONDS * 2**attempt)
    delays = [retry.backoff_delay(attempt) for _ in range(20)]
    assert all(0 <= delay <= ceiling for delay in delays)
    assert len(set(delays)) > 1
