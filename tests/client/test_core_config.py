"""boto config files, endpoint selection (explicit, region, AWS_ENDPOINT_URL*), regions."""

from __future__ import annotations

import textwrap
from urllib.parse import urlsplit

import pytest

import boto
import boto.ec2
from boto.connection import AWSQueryConnection
from boto.pyami.config import Config
from boto.regioninfo import RegionInfo


class QueryEC2(AWSQueryConnection):
    APIVersion = "2016-11-15"


@pytest.fixture
def boto_cfg(tmp_path, monkeypatch):
    path = tmp_path / "boto.cfg"
    monkeypatch.setenv("BOTO_CONFIG", str(path))

    def write(text: str) -> None:
        path.write_text(textwrap.dedent(text))
        monkeypatch.setattr(boto, "_config", None)

    return write


def test_config_getters_and_defaults(boto_cfg):
    boto_cfg("""
        [Boto]
        num_retries = 3
        http_socket_timeout = 2.5
        debug = TRUE
        is_secure = False
    """)
    config = boto.config
    assert isinstance(config, Config)
    assert config.get("Boto", "num_retries") == "3"
    assert config.getint("Boto", "num_retries") == 3
    assert config.getfloat("Boto", "http_socket_timeout") == 2.5
    assert config.getbool("Boto", "debug") is True
    assert config.getbool("Boto", "is_secure", True) is False
    assert config.get("Boto", "missing", "fallback") == "fallback"
    assert config.get("NoSection", "x") is None
    assert config.getint("Boto", "missing", 7) == 7
    assert config.getbool("Boto", "missing", True) is True
    assert config.get_value("Boto", "num_retries") == "3"
    assert config.has_option("Boto", "debug") and not config.has_option("Boto", "nope")


def test_boto_config_alone_when_set_then_boto_path_added(tmp_path, monkeypatch):
    main = tmp_path / "main.cfg"
    main.write_text("[Boto]\na = main\nb = main\n")
    extra = tmp_path / "extra.cfg"
    extra.write_text("[Boto]\nb = extra\n")
    monkeypatch.setenv("BOTO_CONFIG", str(main))
    monkeypatch.setenv("BOTO_PATH", str(extra))
    config = Config()
    assert (config.get("Boto", "a"), config.get("Boto", "b")) == ("main", "extra")


def test_home_boto_file_read_without_boto_config(tmp_path, monkeypatch):
    monkeypatch.delenv("BOTO_CONFIG")
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".boto").write_text("[Boto]\nfrom_home = yes\n")
    assert Config().get("Boto", "from_home") == "yes"


def test_save_option_writes_file_and_memory(tmp_path):
    path = tmp_path / "saved.cfg"
    path.write_text("[Other]\nkeep = 1\n")
    config = Config(path=str(path))
    config.save_option(str(path), "Boto", "num_retries", "9")
    assert config.getint("Boto", "num_retries") == 9
    reread = Config(path=str(path))
    assert reread.get("Boto", "num_retries") == "9" and reread.get("Other", "keep") == "1"


def test_connection_reads_boto_section(boto_cfg):
    boto_cfg("""
        [Boto]
        num_retries = 2
        http_socket_timeout = 4
        is_secure = false
    """)
    conn = QueryEC2("A", "a", host="example.test")
    assert conn.num_retries == 2
    assert conn.http_connection_kwargs["timeout"] == 4
    assert (conn.is_secure, conn.protocol, conn.port) == (False, "http", 80)


@pytest.mark.parametrize(("setting", "level"), [("2", 2), ("TRUE", 1), ("false", 0)])
def test_connection_debug_level_from_the_boto_section(boto_cfg, setting, level):
    boto_cfg("[Boto]\ndebug = %s\n" % setting)
    assert QueryEC2("A", "a", host="example.test", debug=5).debug == level


def test_debug_argument_without_config():
    assert QueryEC2("A", "a", host="example.test", debug=1).debug == 1
    assert QueryEC2("A", "a", host="example.test").debug == 0


def test_defaults_without_config():
    conn = QueryEC2("A", "a")
    assert conn.host == "ec2.us-east-1.amazonaws.com"
    assert (conn.is_secure, conn.protocol, conn.port, conn.num_retries) == (True, "https", 443, 5)
    assert conn.auth_region_name == "us-east-1"
    assert conn.aws_access_key_id == "A" and conn.aws_secret_access_key == "a"


def test_endpoint_url_for_ec2_beats_generic(monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://generic.test:1111")
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", "http://127.0.0.1:4566/base/")
    conn = QueryEC2("A", "a")
    assert (conn.host, conn.port, conn.is_secure, conn.path) == ("127.0.0.1", 4566, False, "/base/")
    assert conn.get_path("/") == "/base/"


def test_generic_endpoint_url_and_https_default_port(monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL", "https://ec2.local.test")
    conn = QueryEC2("A", "a")
    assert (conn.host, conn.port, conn.is_secure) == ("ec2.local.test", 443, True)
    assert conn.server_name() == "ec2.local.test"


def test_explicit_host_beats_endpoint_url(monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", "http://127.0.0.1:4566")
    conn = QueryEC2("A", "a", host="my.endpoint.test", port=8443)
    assert (conn.host, conn.port) == ("my.endpoint.test", 8443)
    assert conn.server_name() == "my.endpoint.test:8443"


def test_endpoint_url_replaces_a_public_region_endpoint(monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", "http://127.0.0.1:4566")
    conn = QueryEC2("A", "a", host="ec2.eu-west-1.amazonaws.com")
    assert (conn.host, conn.port) == ("127.0.0.1", 4566)


def test_ignore_configured_endpoint_urls(monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", "http://127.0.0.1:4566")
    monkeypatch.setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
    assert QueryEC2("A", "a").host == "ec2.us-east-1.amazonaws.com"


def test_signing_region_from_environment_then_config(monkeypatch, boto_cfg):
    boto_cfg("[Boto]\nec2_region_name = ap-south-1\n")
    assert QueryEC2("A", "a").auth_region_name == "ap-south-1"
    assert QueryEC2("A", "a").host == "ec2.ap-south-1.amazonaws.com"
    monkeypatch.setenv("AWS_REGION", "eu-north-1")
    assert QueryEC2("A", "a").auth_region_name == "eu-north-1"
    monkeypatch.setenv("AWS_DEFAULT_REGION", "sa-east-1")
    assert QueryEC2("A", "a").auth_region_name == "sa-east-1"


def test_config_region_endpoint(boto_cfg):
    boto_cfg("[Boto]\nec2_region_name = eu-west-1\nec2_region_endpoint = ec2.internal.test\n")
    conn = QueryEC2("A", "a")
    assert (conn.host, conn.auth_region_name) == ("ec2.internal.test", "eu-west-1")


def test_region_object_names_the_signing_region_whatever_the_host(monkeypatch):
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-west-2")

    class Regional(QueryEC2):
        def __init__(self, region, **kw):
            self.region = region
            super().__init__(**kw)

    conn = Regional(
        RegionInfo(name="cn-north-1", endpoint="x"),
        aws_access_key_id="A",
        aws_secret_access_key="a",
        host="127.0.0.1",
        port=9,
        is_secure=False,
    )
    assert conn.auth_region_name == "cn-north-1"


def test_requests_reach_moto_through_endpoint_url(moto_endpoint, monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", moto_endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    conn = QueryEC2()
    assert conn.port == urlsplit(moto_endpoint).port
    response = conn.make_request("DescribeRegions", {}, verb="POST")
    assert response.status == 200
    assert b"<regionName>us-east-1</regionName>" in response.read()
    assert response.getheader("content-type", "").startswith("text/xml")


def test_regions_table():
    regions = {region.name: region for region in boto.ec2.regions()}
    assert regions["cn-north-1"].endpoint == "ec2.cn-north-1.amazonaws.com.cn"
    assert regions["cn-northwest-1"].endpoint == "ec2.cn-northwest-1.amazonaws.com.cn"
    assert regions["us-gov-west-1"].endpoint == "ec2.us-gov-west-1.amazonaws.com"
    assert {"us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1", "us-gov-east-1"} <= set(
        regions
    )
    assert repr(regions["eu-west-1"]) == "RegionInfo:eu-west-1"
    assert boto.ec2.RegionData["us-west-2"] == "ec2.us-west-2.amazonaws.com"
    assert boto.ec2.get_region("eu-central-1").endpoint == "ec2.eu-central-1.amazonaws.com"
    assert boto.ec2.get_region("xx-nowhere-1") is None


def test_connect_to_region():
    assert (
        boto.ec2.connect_to_region("xx-nowhere-1", aws_access_key_id="A", aws_secret_access_key="a")
        is None
    )
    conn = boto.ec2.connect_to_region("eu-west-3", aws_access_key_id="A", aws_secret_access_key="a")
    assert conn.host == "ec2.eu-west-3.amazonaws.com"
    assert conn.region.name == "eu-west-3" and conn.auth_region_name == "eu-west-3"
    local = boto.ec2.connect_to_region(
        "eu-west-3",
        host="127.0.0.1",
        port=8000,
        is_secure=False,
        aws_access_key_id="A",
        aws_secret_access_key="a",
    )
    assert (local.host, local.port, local.auth_region_name) == ("127.0.0.1", 8000, "eu-west-3")


def test_connect_ec2_shortcut():
    conn = boto.connect_ec2("A", "a")
    assert type(conn).__name__ == "EC2Connection"
    assert conn.aws_access_key_id == "A"


def test_plain_query_connection_has_a_region_for_its_host():
    conn = QueryEC2("A", "a", host="127.0.0.1", port=4566, is_secure=False)
    assert isinstance(conn.region, RegionInfo)
    assert (conn.region.name, conn.region.endpoint) == ("us-east-1", "127.0.0.1")


@pytest.fixture
def aws_config(tmp_path, monkeypatch):
    path = tmp_path / "aws-config"
    monkeypatch.setenv("AWS_CONFIG_FILE", str(path))
    return lambda text: path.write_text(textwrap.dedent(text))


def test_profile_region_from_aws_config(aws_config, monkeypatch, boto_cfg):
    aws_config("""
        [default]
        region = eu-south-1
        [profile dev]
        region = ap-northeast-3
    """)
    boto_cfg("[Boto]\nec2_region_name = ap-south-1\n")
    assert QueryEC2("A", "a").auth_region_name == "eu-south-1"
    monkeypatch.setenv("AWS_PROFILE", "dev")
    assert QueryEC2("A", "a").host == "ec2.ap-northeast-3.amazonaws.com"
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-west-1")
    assert QueryEC2("A", "a").auth_region_name == "us-west-1"


def test_endpoint_url_from_aws_config_services_section(aws_config, monkeypatch):
    aws_config("""
        [default]
        endpoint_url = http://127.0.0.1:1111
        services = local
        [services local]
        ec2 =
          endpoint_url = http://127.0.0.1:2222
        [profile plain]
        endpoint_url = http://127.0.0.1:3333
    """)
    assert QueryEC2("A", "a").port == 2222
    monkeypatch.setenv("AWS_PROFILE", "plain")
    assert QueryEC2("A", "a").port == 3333
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:4444")
    assert QueryEC2("A", "a").port == 4444
    monkeypatch.setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")
    assert QueryEC2("A", "a").host == "ec2.us-east-1.amazonaws.com"


@pytest.mark.parametrize(
    "config_text, env",
    [
        ("[default]\nregion = eu-west-2\n", {}),
        ("[default]\nregion = eu-west-2\nendpoint_url = http://127.0.0.1:1111\n", {}),
        (
            "[default]\nservices = s\n[services s]\nec2 =\n  endpoint_url = http://127.0.0.1:2222\n",
            {"AWS_DEFAULT_REGION": "ca-central-1"},
        ),
        (
            "[profile p]\nregion = sa-east-1\n",
            {"AWS_PROFILE": "p", "AWS_ENDPOINT_URL": "http://127.0.0.1:3333"},
        ),
        (
            "[default]\nregion = me-south-1\n",
            {
                "AWS_ENDPOINT_URL_EC2": "https://localhost:4444",
                "AWS_ENDPOINT_URL": "http://127.0.0.1:5555",
            },
        ),
    ],
)
def test_endpoint_and_region_agree_with_boto3(aws_config, monkeypatch, config_text, env):
    import boto3

    aws_config(config_text)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    client = boto3.session.Session().client("ec2", aws_access_key_id="A", aws_secret_access_key="a")
    ours = QueryEC2("A", "a")
    assert "%s://%s" % (ours.protocol, ours.server_name()) == client.meta.endpoint_url
    assert ours.auth_region_name == client.meta.region_name


def test_connect_ec2_signs_for_the_environment_region(moto_endpoint, monkeypatch):
    """moto answers for the region in the signature's scope, so the zones prove it."""
    monkeypatch.setenv("AWS_ENDPOINT_URL_EC2", moto_endpoint)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    conn = boto.connect_ec2()
    response = conn.make_request("DescribeAvailabilityZones", {}, verb="POST")
    assert response.status == 200
    assert b"<zoneName>eu-west-1a</zoneName>" in response.read()
    assert b"us-east-1a" not in response.read()
