"""Credentials: boto 2's `Provider`, resolving keys from the places users keep them.

First found wins:
1. explicit arguments;
2. `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN` or `AWS_SECURITY_TOKEN`);
3. the profile (`profile_name`, else `AWS_PROFILE`, else `default`) in the shared
   credentials file, then in the AWS config file;
4. the boto config: `[profile <name>]` for an explicit profile, else `[Credentials]`;
5. the instance metadata service (IMDSv2), refreshed when close to expiry.

An explicit `profile_name` skips the environment keys, as it did in boto 2.
"""

from __future__ import annotations

import os
from collections import namedtuple
from collections.abc import Callable

from boto.auth import Credentials
from boto.exception import NoAuthHandlerFound
from boto.sharedconfig import (
    aws_config_path,
    config_section,
    current_profile,
    read_ini,
    shared_credentials_path,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from configparser import ConfigParser
    from datetime import datetime
    from typing import NamedTuple

REFRESH_WINDOW_SECONDS = 300


class ProfileNotFoundError(ValueError):
    """The explicitly requested profile is in none of the configuration files."""


if TYPE_CHECKING:

    class _Found(NamedTuple):
        credentials: Credentials
        source: str
        expiration: datetime | None = None
        refresh: Callable[[], Found | None] | None = None

else:
    _Found = namedtuple("Found", "credentials source expiration refresh", defaults=(None, None))


class Found(_Found):
    """Credentials, where they came from, when they expire and how to fetch fresh ones."""

    __slots__ = ()


def _from_section(
    parser: ConfigParser, section: str, token_names: tuple[str, ...]
) -> Credentials | None:
    if not parser.has_section(section):
        return None
    access = parser.get(section, "aws_access_key_id", fallback=None)
    secret = parser.get(section, "aws_secret_access_key", fallback=None)
    if not (access and secret):
        return None
    token = next(
        (parser.get(section, name) for name in token_names if parser.has_option(section, name)),
        None,
    )
    return Credentials(access.strip(), secret.strip(), token.strip() if token else None)


def from_environment() -> Found | None:
    access = os.environ.get("AWS_ACCESS_KEY_ID")
    secret = os.environ.get("AWS_SECRET_ACCESS_KEY")
    if not (access and secret):
        return None
    token = os.environ.get("AWS_SESSION_TOKEN") or os.environ.get("AWS_SECURITY_TOKEN")
    return Found(Credentials(access, secret, token or None), "environment")


SESSION_TOKEN_NAMES = ("aws_session_token", "aws_security_token")


def from_shared_files(profile: str) -> Found | None:
    path = shared_credentials_path()
    credentials = _from_section(read_ini(path), profile, SESSION_TOKEN_NAMES)
    if credentials:
        return Found(credentials, "shared credentials file %s" % path)
    path = aws_config_path()
    credentials = _from_section(read_ini(path), config_section(profile), SESSION_TOKEN_NAMES)
    if credentials:
        return Found(credentials, "AWS config file %s" % path)
    return None


def from_boto_config(profile_name: str | None) -> Found | None:
    import boto

    section = "profile %s" % profile_name if profile_name else "Credentials"
    credentials = _from_section(boto.config, section, ("aws_security_token",))
    return Found(credentials, "boto config [%s]" % section) if credentials else None


def from_instance_metadata() -> Found | None:
    from boto import imds

    role = imds.fetch_role_credentials()
    if role is None:
        return None
    return Found(role.credentials, "instance metadata", role.expiration, from_instance_metadata)


def _profile_exists(profile: str) -> bool:
    import boto

    return (
        read_ini(shared_credentials_path()).has_section(profile)
        or read_ini(aws_config_path()).has_section(config_section(profile))
        or boto.config.has_section("profile %s" % profile)
    )


def _places_looked(profile: str, profile_name: str | None) -> list[str]:
    from boto import imds
    from boto.pyami.config import config_locations

    places = ["explicit arguments (aws_access_key_id, aws_secret_access_key)"]
    if not profile_name:
        places.append("environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)")
    boto_section = "profile %s" % profile_name if profile_name else "Credentials"
    places += [
        "shared credentials file %s [%s]" % (shared_credentials_path(), profile),
        "AWS config file %s [%s]" % (aws_config_path(), config_section(profile)),
        "boto config files %s [%s]" % (", ".join(config_locations()), boto_section),
        "instance metadata service %s%s"
        % (
            imds.endpoint(),
            " (disabled by AWS_EC2_METADATA_DISABLED)" if imds.is_disabled() else "",
        ),
    ]
    return places


def resolve(
    access_key: str | None = None,
    secret_key: str | None = None,
    security_token: str | None = None,
    profile_name: str | None = None,
) -> Found:
    """The first credentials found, in the order of this module's docstring."""
    if access_key and secret_key:
        return Found(Credentials(access_key, secret_key, security_token), "arguments")
    if profile_name and not _profile_exists(profile_name):
        raise ProfileNotFoundError("Profile %r not found" % profile_name)
    profile = current_profile(profile_name)
    lookups: list[Callable[[], Found | None]] = []
    if not profile_name:
        lookups.append(from_environment)
    lookups += [
        lambda: from_shared_files(profile),
        lambda: from_boto_config(profile_name),
        from_instance_metadata,
    ]
    for lookup in lookups:
        found = lookup()
        if found:
            return found
    raise NoAuthHandlerFound(
        "No AWS credentials found. Looked in: " + "; ".join(_places_looked(profile, profile_name))
    )


class Provider:
    """boto 2's credential holder: `access_key`, `secret_key` and `security_token`, which
    refresh themselves when temporary credentials are within 5 minutes of expiring."""

    def __init__(
        self,
        name: str = "aws",
        access_key: str | None = None,
        secret_key: str | None = None,
        security_token: str | None = None,
        profile_name: str | None = None,
    ) -> None:
        self.name = name
        self.profile_name = profile_name
        self._found = resolve(access_key, secret_key, security_token, profile_name)

    @property
    def source(self) -> str:
        """Where the credentials came from (never the credentials themselves)."""
        return self._found.source

    @property
    def expiration(self) -> datetime | None:
        return self._found.expiration

    def _needs_refresh(self) -> bool:
        expiration = self._found.expiration
        if expiration is None or self._found.refresh is None:
            return False
        from datetime import UTC, datetime, timedelta

        return datetime.now(UTC) >= expiration - timedelta(seconds=REFRESH_WINDOW_SECONDS)

    def get_credentials(self) -> Credentials:
        """A consistent snapshot of the three values, refreshed first if due."""
        refresh = self._found.refresh
        if refresh is not None and self._needs_refresh():
            fresh = refresh()
            if fresh is not None:
                self._found = fresh
        return self._found.credentials

    # `access_key`, `secret_key` and `security_token` read the current (refreshed)
    # credentials; assigning one pins the credentials, as setting it on a boto 2 provider did.

    def _pin(self, credentials: Credentials) -> None:
        self._found = Found(credentials, "arguments")

    @property
    def access_key(self) -> str:
        return self.get_credentials().access_key

    @access_key.setter
    def access_key(self, value: str) -> None:
        self._pin(self.get_credentials()._replace(access_key=value))

    @property
    def secret_key(self) -> str:
        return self.get_credentials().secret_key

    @secret_key.setter
    def secret_key(self, value: str) -> None:
        self._pin(self.get_credentials()._replace(secret_key=value))

    @property
    def security_token(self) -> str | None:
        return self.get_credentials().token

    @security_token.setter
    def security_token(self, value: str | None) -> None:
        self._pin(self.get_credentials()._replace(token=value))
