"""Helpers shared by the `test_ec2_*` modules: a connection to moto's server and an image."""

from __future__ import annotations

from urllib.parse import urlsplit

from boto.ec2.connection import EC2Connection

KEY = "testing"


def connect(endpoint_url: str) -> EC2Connection:
    """An EC2Connection to moto's server, given explicitly by host and port."""
    parts = urlsplit(endpoint_url)
    return EC2Connection(
        aws_access_key_id=KEY,
        aws_secret_access_key=KEY,
        host=parts.hostname,
        port=parts.port,
        is_secure=False,
    )


def x86_image_id(conn: EC2Connection) -> str:
    """An Amazon-owned x86_64 image the server knows."""
    return conn.get_all_images(owners=["amazon"], filters={"architecture": "x86_64"})[0].id


ZONE = "us-east-1a"  # a zone of moto's default region
