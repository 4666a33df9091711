"""Transport: TLS verification on by default, `validate_certs=False`, CONNECT proxies (given
as arguments or by `http_proxy`/`HTTPS_PROXY`/`no_proxy`), one pooled connection per thread."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from boto.connection import AWSQueryConnection
from boto.exception import BotoClientError

BODY = b"<DescribeRegionsResponse><requestId>1</requestId></DescribeRegionsResponse>"


class QueryEC2(AWSQueryConnection):
    APIVersion = "2016-11-15"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.client_ports.add(self.client_address[1])
        self.send_response(200)
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)


def serve(httpd) -> int:
    httpd.client_ports = set()
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd.server_address[1]


def self_signed_cert(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def https_port(tmp_path):
    cert_path, key_path = self_signed_cert(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    port = serve(httpd)
    yield port
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def http_server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    serve(httpd)
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_untrusted_certificate_is_rejected_by_default(https_port):
    conn = QueryEC2("AKID", "secret", host="127.0.0.1", port=https_port)
    with pytest.raises(ssl.SSLCertVerificationError):
        conn.make_request("DescribeRegions", verb="POST")


def test_validate_certs_false_accepts_it(https_port):
    conn = QueryEC2("AKID", "secret", host="127.0.0.1", port=https_port, validate_certs=False)
    response = conn.make_request("DescribeRegions", verb="POST")
    assert (response.status, response.read()) == (200, BODY)


class HttpProxy:
    """A minimal HTTP proxy: records each request's first line and headers, then relays
    CONNECT tunnels byte for byte and forwards absolute-form requests in origin form."""

    def __init__(self):
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        reader = client.makefile("rb")
        request_line = reader.readline().decode().strip()
        headers = {}
        for line in iter(reader.readline, b"\r\n"):
            name, _, value = line.decode().partition(":")
            headers[name.strip().lower()] = value.strip()
        self.requests.append((request_line, headers))
        method, target, version = request_line.split()
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            upstream = socket.create_connection((host, int(port)))
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        else:
            parts = urlsplit(target)
            upstream = socket.create_connection((parts.hostname, parts.port or 80))
            body = reader.read(int(headers.get("content-length") or 0))
            head = "".join(
                "%s: %s\r\n" % item for item in headers.items() if item[0] != "proxy-authorization"
            )
            origin_form = parts.path + ("?" + parts.query if parts.query else "")
            upstream.sendall(
                ("%s %s %s\r\n%s\r\n" % (method, origin_form, version, head)).encode() + body
            )

        def pipe(source, sink):
            try:
                while data := source.recv(65536):
                    sink.sendall(data)
            except OSError:
                pass
            finally:
                sink.close()

        threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()
        pipe(client, upstream)

    def close(self):
        self.listener.close()


def test_plain_http_goes_to_the_proxy_in_absolute_form_with_credentials(http_server):
    proxy = HttpProxy()
    try:
        port = http_server.server_address[1]
        conn = QueryEC2(
            "AKID",
            "secret",
            host="127.0.0.1",
            port=port,
            is_secure=False,
            proxy="127.0.0.1",
            proxy_port=proxy.port,
            proxy_user="u",
            proxy_pass="p",
        )
        response = conn.make_request("DescribeRegions", verb="POST")
    finally:
        proxy.close()
    assert (response.status, response.read()) == (200, BODY)
    request_line, headers = proxy.requests[0]
    assert request_line.startswith("POST http://127.0.0.1:%d/ HTTP/" % port)
    assert headers["proxy-authorization"] == "Basic dTpw"


@pytest.fixture
def proxy_server(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    proxy = HttpProxy()
    yield proxy
    proxy.close()


def test_http_proxy_environment_variable_is_used(http_server, proxy_server, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://env%%40user:pw@127.0.0.1:%d" % proxy_server.port)
    port = http_server.server_address[1]
    conn = QueryEC2("AKID", "secret", host="127.0.0.1", port=port, is_secure=False)
    response = conn.make_request("DescribeRegions", verb="POST")
    assert (response.status, response.read()) == (200, BODY)
    assert (conn.proxy, conn.proxy_port, conn.proxy_user) == (
        "127.0.0.1",
        proxy_server.port,
        "env@user",
    )
    request_line, headers = proxy_server.requests[0]
    assert request_line.startswith("POST http://127.0.0.1:%d/ HTTP/" % port)
    assert headers["proxy-authorization"] == "Basic ZW52QHVzZXI6cHc="


def test_https_proxy_environment_variable_is_used_for_tls(https_port, proxy_server, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "127.0.0.1:%d" % proxy_server.port)
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:1")  # would fail if it were chosen
    conn = QueryEC2("AKID", "secret", host="127.0.0.1", port=https_port, validate_certs=False)
    response = conn.make_request("DescribeRegions", verb="POST")
    assert (response.status, response.read()) == (200, BODY)
    assert proxy_server.requests[0][0].startswith("CONNECT 127.0.0.1:%d HTTP/" % https_port)


def test_no_proxy_bypasses_the_environment_proxy(http_server, proxy_server, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:%d" % proxy_server.port)
    monkeypatch.setenv("NO_PROXY", "example.com, .127.0.0.1")
    port = http_server.server_address[1]
    conn = QueryEC2("AKID", "secret", host="127.0.0.1", port=port, is_secure=False)
    assert conn.make_request("DescribeRegions", verb="POST").status == 200
    assert conn.use_proxy is False and proxy_server.requests == []


def test_explicit_proxy_argument_wins_over_the_environment(http_server, proxy_server, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:1")
    port = http_server.server_address[1]
    conn = QueryEC2(
        "AKID",
        "secret",
        host="127.0.0.1",
        port=port,
        is_secure=False,
        proxy="127.0.0.1",
        proxy_port=proxy_server.port,
    )
    assert conn.make_request("DescribeRegions", verb="POST").status == 200
    assert len(proxy_server.requests) == 1


def test_tls_goes_through_a_connect_tunnel_with_credentials(https_port, proxy_server):
    conn = QueryEC2(
        "AKID",
        "secret",
        host="127.0.0.1",
        port=https_port,
        validate_certs=False,
        proxy="127.0.0.1",
        proxy_port=proxy_server.port,
        proxy_user="u",
        proxy_pass="p",
    )
    response = conn.make_request("DescribeRegions", verb="POST")
    assert (response.status, response.read()) == (200, BODY)
    request_line, headers = proxy_server.requests[0]
    assert request_line.startswith("CONNECT 127.0.0.1:%d HTTP/" % https_port)
    assert headers["proxy-authorization"] == "Basic dTpw"


def test_malformed_proxy_environment_variable_is_a_client_error(proxy_server, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:notaport")
    with pytest.raises(BotoClientError, match="notaport"):
        QueryEC2("AKID", "secret", host="127.0.0.1", port=8, is_secure=False)


def test_each_thread_gets_its_own_pooled_connection(http_server):
    port = http_server.server_address[1]
    conn = QueryEC2("AKID", "secret", host="127.0.0.1", port=port, is_secure=False)

    def two_requests():
        for _ in range(2):
            assert conn.make_request("DescribeRegions", verb="POST").status == 200

    threads = [threading.Thread(target=two_requests) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    two_requests()
    assert len(http_server.client_ports) == 4
