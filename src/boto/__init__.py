"""boto 2's EC2 interface on modern Python.

Importing `boto` is cheap: the configuration files are read the first time `boto.config`
is used, and the connection classes are imported by `connect_ec2`.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    import logging
    from typing import Any

    from boto.ec2.connection import EC2Connection
    from boto.pyami.config import Config
    from boto.vpc import VPCConnection

    # Created on first use by `__getattr__` below; declared here for type checkers.
    config: Config
    log: logging.Logger

__version__ = "2.49.0"  # the boto 2 API this package reproduces
Version = __version__
UserAgent = "Boto/%s Python/%d.%d.%d" % (__version__, *sys.version_info[:3])

_config: Config | None = None
DEBUG = 10  # logging.DEBUG, without importing logging
INFO = 20  # logging.INFO


def __getattr__(name: str) -> Any:
    """`boto.config` (reading the boto config files) and `boto.log` (importing `logging`)
    are created on first use, so `import boto` stays cheap."""
    if name == "config":
        return _get_config()
    if name == "log":
        return _get_log()
    if name == "NullHandler":  # boto 2's own; logging has had one since Python 2.7
        import logging

        return logging.NullHandler
    raise AttributeError("module 'boto' has no attribute %r" % name)


def _get_log() -> logging.Logger:
    """The `boto` logger, with a NullHandler so boto is silent unless the user says so."""
    import logging

    logger = logging.getLogger("boto")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())
    globals()["log"] = logger
    return logger


def _get_config() -> Config:
    global _config
    if _config is None:
        from boto.pyami.config import Config

        _config = Config()
    return _config


def init_logging() -> None:
    """Kept from boto 2, where it read logging settings from the config; a no-op here."""


def set_file_logger(
    name: str, filepath: str, level: int = INFO, format_string: str | None = None
) -> logging.Logger:
    """Send the `name` logger's records at `level` and above to the file at `filepath`."""
    import logging

    return _add_handler(name, logging.FileHandler(filepath), level, format_string)


def set_stream_logger(
    name: str, level: int = DEBUG, format_string: str | None = None
) -> logging.Logger:
    """Send the `name` logger's records at `level` and above to stderr."""
    import logging

    return _add_handler(name, logging.StreamHandler(), level, format_string)


def _add_handler(
    name: str, handler: logging.Handler, level: int, format_string: str | None
) -> logging.Logger:
    """Attach `handler` to the `name` logger; like boto 2, that logger becomes `boto.log`."""
    import logging

    _get_log()
    logger = logging.getLogger(name)
    logger.setLevel(level)
    handler.setLevel(level)
    handler.setFormatter(
        logging.Formatter(format_string or "%(asctime)s %(name)s [%(levelname)s]:%(message)s")
    )
    logger.addHandler(handler)
    globals()["log"] = logger
    return logger


def connect_ec2(
    aws_access_key_id: str | None = None, aws_secret_access_key: str | None = None, **kwargs: Any
) -> EC2Connection:
    """An `EC2Connection` (boto 2's shortcut)."""
    from boto.ec2.connection import EC2Connection

    return EC2Connection(aws_access_key_id, aws_secret_access_key, **kwargs)


def connect_ec2_endpoint(
    url: str,
    aws_access_key_id: str | None = None,
    aws_secret_access_key: str | None = None,
    **kwargs: Any,
) -> EC2Connection:
    """An `EC2Connection` to the EC2 endpoint at `url` (`https://host:port/path`); the scheme
    decides `is_secure` unless it is given."""
    from urllib.parse import urlparse

    from boto.ec2.regioninfo import RegionInfo

    parsed = urlparse(url)
    kwargs["port"] = parsed.port
    kwargs["host"] = parsed.hostname
    kwargs["path"] = parsed.path or "/"
    kwargs.setdefault("is_secure", parsed.scheme == "https")
    kwargs["region"] = RegionInfo(name=parsed.hostname, endpoint=parsed.hostname)
    return connect_ec2(aws_access_key_id, aws_secret_access_key, **kwargs)


def connect_euca(
    host: str | None = None,
    aws_access_key_id: str | None = None,
    aws_secret_access_key: str | None = None,
    port: int = 8773,
    path: str = "/services/Eucalyptus",
    is_secure: bool = False,
    **kwargs: Any,
) -> EC2Connection:
    """An `EC2Connection` to a Eucalyptus cloud; what is not given comes from the boto config
    (`[Credentials] euca_access_key_id`, `euca_secret_access_key`, `[Boto] eucalyptus_host`)."""
    from boto.ec2.connection import EC2Connection
    from boto.ec2.regioninfo import RegionInfo

    cfg = _get_config()
    aws_access_key_id = aws_access_key_id or cfg.get("Credentials", "euca_access_key_id")
    aws_secret_access_key = aws_secret_access_key or cfg.get(
        "Credentials", "euca_secret_access_key"
    )
    host = host or cfg.get("Boto", "eucalyptus_host")
    region = RegionInfo(name="eucalyptus", endpoint=host)
    return EC2Connection(
        aws_access_key_id,
        aws_secret_access_key,
        region=region,
        port=port,
        path=path,
        is_secure=is_secure,
        **kwargs,
    )


def connect_vpc(
    aws_access_key_id: str | None = None, aws_secret_access_key: str | None = None, **kwargs: Any
) -> VPCConnection:
    """A `VPCConnection` (boto 2's shortcut)."""
    from boto.vpc import VPCConnection

    return VPCConnection(aws_access_key_id, aws_secret_access_key, **kwargs)
