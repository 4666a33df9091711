"""boto 2's EC2 interface on modern Python.

Importing `boto` is cheap: the configuration files are read the first time `boto.config`
is used, and the connection classes are imported by `connect_ec2`.
"""

from __future__ import annotations

import logging
from typing import Any

__version__ = "2.49.0"
Version = __version__

log = logging.getLogger("boto")
log.addHandler(logging.NullHandler())

_config = None


def __getattr__(name: str) -> Any:
    """`boto.config` is created on first use (reading the boto config files once)."""
    if name == "config":
        return _get_config()
    raise AttributeError("module 'boto' has no attribute %r" % name)


def _get_config():
    global _config
    if _config is None:
        from boto.pyami.config import Config

        _config = Config()
    return _config


def init_logging() -> None:
    """Kept from boto 2, where it read logging settings from the config; a no-op here."""


def set_file_logger(
    name: str, filepath: str, level: int = logging.INFO, format_string: str | None = None
) -> logging.Logger:
    """Send the `name` logger's records at `level` and above to the file at `filepath`."""
    return _add_handler(name, logging.FileHandler(filepath), level, format_string)


def set_stream_logger(
    name: str, level: int = logging.DEBUG, format_string: str | None = None
) -> logging.Logger:
    """Send the `name` logger's records at `level` and above to stderr."""
    return _add_handler(name, logging.StreamHandler(), level, format_string)


def _add_handler(
    name: str, handler: logging.Handler, level: int, format_string: str | None
) -> logging.Logger:
    global log
    logger = logging.getLogger(name)
    logger.setLevel(level)
    handler.setLevel(level)
    handler.setFormatter(
        logging.Formatter(format_string or "%(asctime)s %(name)s [%(levelname)s]:%(message)s")
    )
    logger.addHandler(handler)
    log = logger
    return logger


def connect_ec2(
    aws_access_key_id: str | None = None, aws_secret_access_key: str | None = None, **kwargs: Any
):
    """An `EC2Connection` (boto 2's shortcut)."""
    from boto.ec2.connection import EC2Connection

    return EC2Connection(aws_access_key_id, aws_secret_access_key, **kwargs)
