"""Credentials: every source, their precedence, profiles, boto config, the error message."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

import boto
from boto.exception import NoAuthHandlerFound
from boto.provider import ProfileNotFoundError, Provider


@pytest.fixture
def files(tmp_path, monkeypatch):
    """Writers for the three configuration files, each reset so `boto.config` re-reads."""
    paths = {
        "credentials": tmp_path / "credentials",
        "config": tmp_path / "config",
        "boto": tmp_path / "boto.cfg",
    }
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(paths["credentials"]))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(paths["config"]))
    monkeypatch.setenv("BOTO_CONFIG", str(paths["boto"]))
    monkeypatch.setattr(boto, "_config", None)

    def write(name: str, text: str) -> Path:
        paths[name].write_text(textwrap.dedent(text))
        monkeypatch.setattr(boto, "_config", None)
        return paths[name]

    return write


def keys(provider: Provider):
    return provider.access_key, provider.secret_key, provider.security_token


def test_explicit_arguments_win_over_everything(files, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "ENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "envsecret")
    files("credentials", "[default]\naws_access_key_id = FILE\naws_secret_access_key = f\n")
    provider = Provider("aws", "ARG", "argsecret", "argtoken")
    assert keys(provider) == ("ARG", "argsecret", "argtoken")
    assert provider.source == "arguments"


@pytest.mark.parametrize("token_variable", ["AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"])
def test_environment_beats_files(files, monkeypatch, token_variable):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "ENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "envsecret")
    monkeypatch.setenv(token_variable, "envtoken")
    files("credentials", "[default]\naws_access_key_id = FILE\naws_secret_access_key = f\n")
    assert keys(Provider()) == ("ENV", "envsecret", "envtoken")


def test_shared_credentials_default_profile(files):
    files(
        "credentials",
        """
        [default]
        aws_access_key_id = FILEKEY
        aws_secret_access_key = filesecret
        aws_session_token = filetoken
    """,
    )
    provider = Provider()
    assert keys(provider) == ("FILEKEY", "filesecret", "filetoken")
    assert "shared credentials file" in provider.source


def test_aws_profile_selects_section_in_both_files(files, monkeypatch):
    files("credentials", "[default]\naws_access_key_id = D\naws_secret_access_key = d\n")
    files("config", "[profile dev]\naws_access_key_id = DEV\naws_secret_access_key = dev\n")
    monkeypatch.setenv("AWS_PROFILE", "dev")
    assert keys(Provider()) == ("DEV", "dev", None)


def test_credentials_file_beats_config_file_for_same_profile(files):
    files("credentials", "[default]\naws_access_key_id = CRED\naws_secret_access_key = c\n")
    files("config", "[default]\naws_access_key_id = CONF\naws_secret_access_key = c\n")
    assert Provider().access_key == "CRED"


def test_profile_name_argument_skips_environment(files, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "ENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "envsecret")
    files("credentials", "[work]\naws_access_key_id = WORK\naws_secret_access_key = w\n")
    assert keys(Provider(profile_name="work")) == ("WORK", "w", None)


def test_unknown_profile_name_is_an_error(files):
    files("credentials", "[default]\naws_access_key_id = D\naws_secret_access_key = d\n")
    with pytest.raises(ProfileNotFoundError, match="nosuch"):
        Provider(profile_name="nosuch")


def test_boto_config_credentials_section(files):
    files(
        "boto",
        """
        [Credentials]
        aws_access_key_id = BOTOKEY
        aws_secret_access_key = botosecret
        aws_security_token = bototoken
    """,
    )
    provider = Provider()
    assert keys(provider) == ("BOTOKEY", "botosecret", "bototoken")
    assert provider.source == "boto config [Credentials]"


def test_boto_config_profile_section(files):
    files(
        "boto",
        """
        [Credentials]
        aws_access_key_id = PLAIN
        aws_secret_access_key = plain
        [profile ops]
        aws_access_key_id = OPS
        aws_secret_access_key = ops
    """,
    )
    assert Provider(profile_name="ops").access_key == "OPS"
    assert Provider().access_key == "PLAIN"


def test_shared_files_beat_boto_config(files):
    files("boto", "[Credentials]\naws_access_key_id = BOTO\naws_secret_access_key = b\n")
    files("credentials", "[default]\naws_access_key_id = SHARED\naws_secret_access_key = s\n")
    assert Provider().access_key == "SHARED"


def test_boto_path_files_are_read(files, tmp_path, monkeypatch):
    monkeypatch.delenv("BOTO_CONFIG")
    extra = tmp_path / "extra.cfg"
    extra.write_text("[Credentials]\naws_access_key_id = PATHKEY\naws_secret_access_key = p\n")
    monkeypatch.setenv("BOTO_PATH", str(tmp_path / "missing.cfg") + ":" + str(extra))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(boto, "_config", None)
    assert Provider().access_key == "PATHKEY"


def test_malformed_file_is_ignored_not_a_traceback(files):
    files("credentials", "this is not an ini file\n[[[\n")
    files("boto", "[Credentials]\naws_access_key_id = BOTO\naws_secret_access_key = b\n")
    assert Provider().access_key == "BOTO"


def test_nothing_found_names_every_place(files):
    with pytest.raises(NoAuthHandlerFound) as caught:
        Provider()
    message = str(caught.value)
    for place in (
        "explicit arguments",
        "AWS_ACCESS_KEY_ID",
        "shared credentials file",
        "[default]",
        "AWS config file",
        "boto config files",
        "[Credentials]",
        "instance metadata service",
        "AWS_EC2_METADATA_DISABLED",
    ):
        assert place in message
    assert os.environ["AWS_SHARED_CREDENTIALS_FILE"] in message
    assert os.environ["BOTO_CONFIG"] in message


def test_connection_without_credentials_raises_no_auth_handler_found(files):
    from boto.connection import AWSQueryConnection

    with pytest.raises(NoAuthHandlerFound):
        AWSQueryConnection()


def test_setting_keys_on_provider(files):
    provider = Provider("aws", "A", "a")
    provider.security_token = "t"
    provider.access_key = "B"
    assert keys(provider) == ("B", "a", "t")
