"""IMDSv2 credentials against a loopback fake metadata service (the one place no real peer
can answer), including refresh before expiry and failing fast."""

from __future__ import annotations

import json
import socket
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from boto import imds
from boto.exception import NoAuthHandlerFound
from boto.provider import Provider

ROLE = "web-role"
CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/"


class FakeIMDS:
    """Issues tokens on PUT /latest/api/token and role credentials to holders of one; every
    credentials fetch hands out a new key (ASIA1, ASIA2, ...) expiring `lifetime` later."""

    def __init__(self, lifetime: timedelta, token_status: int = 200, hang: bool = False):
        self.lifetime = lifetime
        self.token_status = token_status
        self.hang = hang
        self.requests: list[tuple[str, str, dict]] = []
        self.issued = 0
        self.released = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def reply(self, status: int, body: str):
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_PUT(self):
                fake.requests.append(("PUT", self.path, dict(self.headers)))
                if fake.hang:
                    fake.released.wait()
                    return
                if self.path != "/latest/api/token" or fake.token_status != 200:
                    return self.reply(fake.token_status if fake.token_status != 200 else 404, "")
                if not self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
                    return self.reply(400, "missing TTL")
                self.reply(200, "token-abc")

            def do_GET(self):
                fake.requests.append(("GET", self.path, dict(self.headers)))
                wants_token = fake.token_status == 200
                if wants_token and self.headers.get("X-aws-ec2-metadata-token") != "token-abc":
                    return self.reply(401, "")
                if self.path == CREDENTIALS_PATH:
                    return self.reply(200, ROLE + "\n")
                if self.path == CREDENTIALS_PATH + ROLE:
                    fake.issued += 1
                    expiration = datetime.now(UTC) + fake.lifetime
                    return self.reply(
                        200,
                        json.dumps(
                            {
                                "Code": "Success",
                                "Type": "AWS-HMAC",
                                "AccessKeyId": "ASIA%d" % fake.issued,
                                "SecretAccessKey": "secret%d" % fake.issued,
                                "Token": "token%d" % fake.issued,
                                "Expiration": expiration.strftime("%Y-%m-%dT%H:%M:%SZ"),
                            }
                        ),
                    )
                self.reply(404, "")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d" % self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def metadata(monkeypatch):
    servers = []

    def start(**kwargs) -> FakeIMDS:
        server = FakeIMDS(**{"lifetime": timedelta(hours=6), **kwargs})
        servers.append(server)
        monkeypatch.setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", server.url)
        monkeypatch.delenv("AWS_EC2_METADATA_DISABLED")
        return server

    yield start
    for server in servers:
        server.close()


def test_token_flow_and_role_credentials(metadata):
    server = metadata()
    provider = Provider()
    assert (provider.access_key, provider.secret_key, provider.security_token) == (
        "ASIA1",
        "secret1",
        "token1",
    )
    assert provider.source == "instance metadata"
    method, path, headers = server.requests[0]
    assert (method, path) == ("PUT", "/latest/api/token")
    assert int(headers["X-aws-ec2-metadata-token-ttl-seconds"]) > 0
    gets = [request for request in server.requests if request[0] == "GET"]
    assert [path for _, path, _ in gets] == [CREDENTIALS_PATH, CREDENTIALS_PATH + ROLE]
    assert all(h["X-aws-ec2-metadata-token"] == "token-abc" for _, _, h in gets)


def test_credentials_far_from_expiry_are_kept(metadata):
    server = metadata(lifetime=timedelta(hours=1))
    provider = Provider()
    assert [provider.access_key for _ in range(3)] == ["ASIA1"] * 3
    assert server.issued == 1


def test_credentials_within_five_minutes_of_expiry_are_refreshed(metadata):
    server = metadata(lifetime=timedelta(minutes=4))
    provider = Provider()
    first = provider.get_credentials()
    second = provider.get_credentials()
    assert first.access_key != second.access_key
    assert second == (
        "ASIA%d" % server.issued,
        "secret%d" % server.issued,
        "token%d" % server.issued,
    )


def test_imdsv1_fallback_when_tokens_are_not_supported(metadata):
    server = metadata(token_status=405)
    assert Provider().access_key == "ASIA1"
    assert all("X-aws-ec2-metadata-token" not in h for m, _, h in server.requests if m == "GET")


def test_disabled_metadata_is_never_contacted(metadata, monkeypatch):
    server = metadata()
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    with pytest.raises(NoAuthHandlerFound, match="disabled by AWS_EC2_METADATA_DISABLED"):
        Provider()
    assert server.requests == []


def test_environment_credentials_beat_metadata(metadata, monkeypatch):
    server = metadata()
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "ENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env")
    assert Provider().access_key == "ENV"
    assert server.requests == []


def test_refused_endpoint_fails_with_no_auth_handler_found(monkeypatch):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.delenv("AWS_EC2_METADATA_DISABLED")
    monkeypatch.setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:%d" % port)
    with pytest.raises(NoAuthHandlerFound, match="127.0.0.1:%d" % port):
        Provider()


def test_unresponsive_endpoint_gets_one_short_attempt(metadata):
    server = metadata(hang=True)
    with pytest.raises(NoAuthHandlerFound):
        Provider()
    assert len(server.requests) == 1
    assert imds.TIMEOUT_SECONDS <= 0.3
