"""`boto.utils` against a metadata service played by a real HTTP server on loopback
(IMDSv2 with tokens, or IMDSv1 only), and its plain helpers."""

from __future__ import annotations

import datetime
import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from boto import utils

IDENTITY = {
    "accountId": "123456789012",
    "instanceId": "i-1234567890abcdef0",
    "region": "us-west-2",
    "availabilityZone": "us-west-2b",
    "instanceType": "t2.micro",
}

TREE = {
    "/latest/meta-data/": "ami-id\nhostname\nblock-device-mapping/\npublic-keys/\niam/\nlocal-ipv4s",
    "/latest/meta-data/ami-id": "ami-0abcdef1234567890",
    "/latest/meta-data/hostname": "ip-10-251-50-12.ec2.internal",
    "/latest/meta-data/local-ipv4s": "10.0.0.5\n10.0.0.6",
    "/latest/meta-data/block-device-mapping/": "ami\nroot",
    "/latest/meta-data/block-device-mapping/ami": "/dev/xvda",
    "/latest/meta-data/block-device-mapping/root": "/dev/xvda",
    "/latest/meta-data/public-keys/": "0=my-key",
    "/latest/meta-data/public-keys/0/openssh-key": "ssh-rsa AAAA my-key",
    "/latest/meta-data/iam/": "info",
    "/latest/meta-data/iam/info": json.dumps({"Code": "Success", "InstanceProfileId": "AIPA"}),
    "/latest/dynamic/instance-identity/": "document\npkcs7\nsignature",
    "/latest/dynamic/instance-identity/document": json.dumps(IDENTITY),
    "/latest/dynamic/instance-identity/pkcs7": "MIAGCSqGSIb3DQ",
    "/latest/dynamic/instance-identity/signature": "dExamplesjNQhhJan7pORLpLSr7lJEF4V2DhKGlyoYVBoUYrY9njyBCmhEayaGrhtS",
    "/latest/user-data": "color=blue|size= large",
}


class MetadataService:
    """IMDS on loopback: `mode` "v2" (tokens required), "optional" (tokens taken, not
    required), or "v1" (the token request answered 405)."""

    def __init__(self, mode: str = "v2") -> None:
        self.mode = mode
        self.log: list[tuple[str, str, str | None]] = []
        self.tokens: set[str] = set()
        self.fail_next = 0  # answer this many GETs 500
        self.tree = dict(TREE)
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self) -> None:
                service.log.append(("PUT", self.path, None))
                if service.mode == "v1":
                    return self._answer(405, "")
                if self.path != "/latest/api/token":
                    return self._answer(404, "")
                if not self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
                    return self._answer(400, "")
                token = "token-%d" % len(service.tokens)
                service.tokens.add(token)
                self._answer(200, token)

            def do_GET(self) -> None:
                token = self.headers.get("X-aws-ec2-metadata-token")
                service.log.append(("GET", self.path, token))
                if service.mode == "v2" and token not in service.tokens:
                    return self._answer(401, "")
                if service.fail_next:
                    service.fail_next -= 1
                    return self._answer(500, "")
                body = service.tree.get(self.path)
                if body is None:
                    return self._answer(404, "")
                self._answer(200, body)

            def _answer(self, status: int, body: str) -> None:
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def fresh_tokens(tmp_path, monkeypatch):
    """No token survives a test; retries do not wait (`max_retry_delay = 0`)."""
    config = tmp_path / "boto.cfg"
    config.write_text("[Boto]\nmax_retry_delay = 0\n")
    monkeypatch.setenv("BOTO_CONFIG", str(config))
    import boto

    monkeypatch.setattr(boto, "_config", None)
    utils._tokens.clear()
    yield
    utils._tokens.clear()


@pytest.fixture(params=["v2", "v1"])
def imds(request):
    service = MetadataService(request.param)
    yield service
    service.close()


def test_get_instance_metadata(imds):
    metadata = utils.get_instance_metadata(url=imds.url, timeout=5, num_retries=2)
    assert isinstance(metadata, utils.LazyLoadMetadata)
    assert sorted(metadata) == [
        "ami-id",
        "block-device-mapping",
        "hostname",
        "iam",
        "local-ipv4s",
        "public-keys",
    ]
    reads = len(imds.log)
    assert metadata["ami-id"] == "ami-0abcdef1234567890"
    assert len(imds.log) > reads  # read when first asked for
    assert metadata["local-ipv4s"] == ["10.0.0.5", "10.0.0.6"]
    assert metadata["block-device-mapping"]["root"] == "/dev/xvda"
    assert dict(metadata["public-keys"].items()) == {"my-key": "ssh-rsa AAAA my-key"}
    assert metadata["iam"]["info"]["InstanceProfileId"] == "AIPA"
    assert metadata.get("no-such-thing") is None
    with pytest.raises(KeyError):
        metadata["no-such-thing"]
    assert dict(metadata.items())["hostname"] == "ip-10-251-50-12.ec2.internal"


def test_imdsv2_token_asked_once_and_sent(imds):
    utils.get_instance_metadata(url=imds.url, timeout=5, num_retries=1)["hostname"]
    puts = [entry for entry in imds.log if entry[0] == "PUT"]
    gets = [entry for entry in imds.log if entry[0] == "GET"]
    assert len(puts) == 1 and puts[0][1] == "/latest/api/token"
    if imds.mode == "v2":
        assert all(token == "token-0" for _, _, token in gets)
    else:  # the token request refused: IMDSv1, no token header
        assert all(token is None for _, _, token in gets)


def test_expired_token_is_renewed():
    service = MetadataService("v2")
    try:
        assert utils.retry_url(service.url + "/latest/meta-data/ami-id", num_retries=1)
        service.tokens.clear()  # the service forgot it (expired)
        assert utils.retry_url(service.url + "/latest/meta-data/ami-id", num_retries=1) == (
            "ami-0abcdef1234567890"
        )
        assert [entry[0] for entry in service.log].count("PUT") == 2
    finally:
        service.close()


def test_unanswered_token_request_falls_back_to_v1():
    """A token request that times out (a container beyond the hop limit) means IMDSv1."""
    service = MetadataService("optional")
    original = service.server.RequestHandlerClass.do_PUT

    def slow_put(handler):
        time.sleep(0.5)
        original(handler)

    service.server.RequestHandlerClass.do_PUT = slow_put
    try:
        text = utils.retry_url(service.url + "/latest/meta-data/ami-id", num_retries=1, timeout=0.2)
        assert text == "ami-0abcdef1234567890"
        assert service.log[-1] == ("GET", "/latest/meta-data/ami-id", None)
    finally:
        service.close()


def test_get_instance_identity(imds):
    identity = utils.get_instance_identity(url=imds.url, timeout=5, num_retries=2)
    assert identity["document"] == IDENTITY
    assert identity["pkcs7"] == "MIAGCSqGSIb3DQ"
    assert identity["signature"].startswith("dExample")


def test_get_instance_userdata(imds):
    assert utils.get_instance_userdata(url=imds.url, timeout=5) == "color=blue|size= large"
    assert utils.get_instance_userdata(url=imds.url, sep="|", timeout=5) == {
        "color": "blue",
        "size": "large",
    }
    del imds.tree["/latest/user-data"]
    before = len(imds.log)
    assert utils.get_instance_userdata(url=imds.url, timeout=5, num_retries=5) == ""
    assert len([e for e in imds.log[before:] if e[0] == "GET"]) == 1  # a 404 is not retried


def test_retry_url_retries_then_gives_up(imds):
    imds.fail_next = 2
    url = imds.url + "/latest/meta-data/hostname"
    assert utils.retry_url(url, num_retries=3, timeout=5) == "ip-10-251-50-12.ec2.internal"
    imds.fail_next = 5
    assert utils.retry_url(url, num_retries=2, timeout=5) == ""
    assert utils.retry_url(imds.url + "/nothing", num_retries=2, timeout=5) == ""
    assert utils.retry_url(imds.url + "/nothing", retry_on_404=False, timeout=5) == ""


def test_retry_url_ignores_proxies(imds, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    assert utils.retry_url(imds.url + "/latest/meta-data/ami-id", num_retries=1, timeout=5)


def test_no_service():
    assert utils.retry_url("http://127.0.0.1:9/latest/meta-data/", num_retries=1, timeout=1) == ""
    metadata = utils.get_instance_metadata(url="http://127.0.0.1:9", timeout=1, num_retries=1)
    assert metadata == {}


def test_timestamps():
    assert utils.get_ts(time.gmtime(0)) == "1970-01-01T00:00:00Z"
    assert len(utils.get_ts()) == 20
    assert utils.parse_ts("2013-07-01T12:30:00Z") == datetime.datetime(2013, 7, 1, 12, 30)
    assert utils.parse_ts(" 2013-07-01T12:30:00.250Z ") == datetime.datetime(
        2013, 7, 1, 12, 30, 0, 250000
    )
    assert utils.parse_ts("Mon, 01 Jul 2013 12:30:00 GMT") == datetime.datetime(2013, 7, 1, 12, 30)
    with pytest.raises(ValueError):
        utils.parse_ts("yesterday")


def test_names_and_lists():
    assert utils.pythonize_name("CamelCase") == "camel_case"
    assert utils.pythonize_name("already_pythonized") == "already_pythonized"
    assert utils.pythonize_name("HTTPRequest") == "http_request"
    assert utils.pythonize_name("HTTPStatus200Ok") == "http_status_200_ok"
    assert utils.pythonize_name("UPPER") == "upper"
    assert utils.pythonize_name("") == ""
    assert utils.mklist([1]) == [1]
    assert utils.mklist((1, 2)) == [1, 2]
    assert utils.mklist("a") == ["a"]


def test_write_mime_multipart():
    document = utils.write_mime_multipart(
        [("setup.sh", "#!/bin/sh\necho hi\n"), ("config", "#cloud-config\nruncmd: []\n")]
    )
    assert isinstance(document, str)
    from email import message_from_string

    message = message_from_string(document)
    assert message.is_multipart()
    parts = message.get_payload()
    assert [p.get_content_type() for p in parts] == ["text/x-shellscript", "text/cloud-config"]
    assert [p.get_filename() for p in parts] == ["setup.sh", "config"]
    assert parts[0].get_payload() == "#!/bin/sh\necho hi\n"
    compressed = utils.write_mime_multipart([("a", "plain text")], compress=True)
    assert isinstance(compressed, bytes)
    assert "plain text" in gzip.decompress(compressed).decode()
    assert utils.guess_mime_type("#include http://x", "text/plain") == "text/x-include-url"
    assert utils.guess_mime_type("hello", "text/plain") == "text/plain"
