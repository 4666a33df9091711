"""The AWS CLI's shared files (`~/.aws/credentials`, `~/.aws/config`): paths, profiles and
the settings boto reads from them (credentials, region, endpoint URLs)."""

from __future__ import annotations

import os
from configparser import ConfigParser


def shared_credentials_path() -> str:
    return os.path.expanduser(os.environ.get("AWS_SHARED_CREDENTIALS_FILE") or "~/.aws/credentials")


def aws_config_path() -> str:
    return os.path.expanduser(os.environ.get("AWS_CONFIG_FILE") or "~/.aws/config")


def read_ini(path: str) -> ConfigParser:
    """The parsed file; a missing or malformed file reads as empty, never a traceback."""
    parser = ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except Exception:
        return ConfigParser(interpolation=None)
    return parser


def current_profile(profile_name: str | None = None) -> str:
    return profile_name or os.environ.get("AWS_PROFILE") or "default"


def config_section(profile: str) -> str:
    """The profile's section name in `~/.aws/config` (`[default]`, `[profile dev]`)."""
    return profile if profile == "default" else "profile %s" % profile


def profile_setting(name: str, profile_name: str | None = None) -> str | None:
    """A setting of the current profile in `~/.aws/config`, e.g. `region`."""
    parser = read_ini(aws_config_path())
    value = parser.get(config_section(current_profile(profile_name)), name, fallback=None)
    return value.strip() if value else None


def service_endpoint_url(service: str, profile_name: str | None = None) -> str | None:
    """The profile's endpoint URL for `service`: its `services` section's nested
    `<service> = endpoint_url = ...` entry, else the profile's own `endpoint_url`."""
    parser = read_ini(aws_config_path())
    section = config_section(current_profile(profile_name))
    services = parser.get(section, "services", fallback=None)
    if services:
        nested = parser.get("services %s" % services.strip(), service, fallback="") or ""
        for line in nested.splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "endpoint_url" and value.strip():
                return value.strip()
    own = parser.get(section, "endpoint_url", fallback=None)
    return own.strip() if own else None
