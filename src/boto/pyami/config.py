"""boto 2's configuration object: an INI parser over the boto config files.

Files read, in order (later files override earlier ones): `BOTO_CONFIG` if set, else
`/etc/boto.cfg` and `~/.boto`; then every file listed in `BOTO_PATH` (os.pathsep-separated).
Locations are computed when a `Config` is created, so environment changes apply to new ones.
"""

from __future__ import annotations

import os
from configparser import ConfigParser, NoOptionError, NoSectionError

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import IO, Any, TypeVar, overload

    _T = TypeVar("_T")

BotoConfigPath = "/etc/boto.cfg"


def user_config_path() -> str:
    return os.path.join(os.path.expanduser("~"), ".boto")


def config_locations() -> list[str]:
    if os.environ.get("BOTO_CONFIG"):
        locations = [os.path.expanduser(os.environ["BOTO_CONFIG"])]
    else:
        locations = [BotoConfigPath, user_config_path()]
    for path in os.environ.get("BOTO_PATH", "").split(os.pathsep):
        if path:
            locations.append(os.path.expanduser(path))
    return locations


class Config(ConfigParser):
    """ConfigParser with boto 2's forgiving getters: a missing section or option returns
    the default instead of raising."""

    def __init__(
        self, path: str | None = None, fp: IO[str] | None = None, do_load: bool = True
    ) -> None:
        super().__init__(interpolation=None)
        self.loaded_paths: list[str] = []
        if not do_load:
            return
        if path:
            self.load_from_path(path)
        elif fp is not None:
            self.read_file(fp)
        else:
            self.loaded_paths = self.read(config_locations())

    def load_from_path(self, path: str) -> None:
        with open(path) as handle:
            self.read_file(handle)
        self.loaded_paths.append(path)

    # The getters answer `default` (None unless given) where ConfigParser would raise: for
    # type checkers, the value's text or the default's type.
    if TYPE_CHECKING:

        @overload  # type: ignore[override]  # boto 2's signature: a positional default
        def get(
            self, section: str, name: str, *, raw: bool = ..., vars: Any = ...
        ) -> str | None: ...
        @overload
        def get(
            self, section: str, name: str, default: _T, *, raw: bool = ..., vars: Any = ...
        ) -> str | _T: ...
        @overload
        def get(
            self, section: str, name: str, *, raw: bool = ..., vars: Any = ..., fallback: _T
        ) -> str | _T: ...

    def get(self, section: str, name: str, default: Any = None, **kwargs: Any) -> Any:
        try:
            return super().get(section, name, **kwargs)
        except (NoOptionError, NoSectionError):
            return default

    if TYPE_CHECKING:

        @overload
        def get_value(self, section: str, name: str) -> str | None: ...
        @overload
        def get_value(self, section: str, name: str, default: _T) -> str | _T: ...

    def get_value(self, section: str, name: str, default: Any = None) -> Any:
        return self.get(section, name, default)

    # boto 2's signatures: a positional default, where ConfigParser's is keyword-only.
    def getint(self, section: str, name: str, default: int = 0, **kwargs: Any) -> int:  # type: ignore[override]
        value = self.get(section, name)
        return default if value is None else int(value)

    def getfloat(  # type: ignore[override]  # as getint
        self, section: str, name: str, default: float = 0.0, **kwargs: Any
    ) -> float:
        value = self.get(section, name)
        return default if value is None else float(value)

    def getbool(self, section: str, name: str, default: bool = False) -> bool:
        """boto 2's rule: only the (case-insensitive) string `true` is true."""
        value = self.get(section, name)
        return default if value is None else value.strip().lower() == "true"

    def setbool(self, section: str, name: str, value: bool) -> None:
        self._ensure_section(section)
        self.set(section, name, "true" if value else "false")

    def _ensure_section(self, section: str) -> None:
        if not self.has_section(section):
            self.add_section(section)

    def save_option(self, path: str, section: str, option: str, value: str) -> None:
        """Write one option into the file at `path` (keeping its other content) and here."""
        on_disk = ConfigParser(interpolation=None)
        on_disk.read(path)
        if not on_disk.has_section(section):
            on_disk.add_section(section)
        on_disk.set(section, option, value)
        with open(path, "w") as handle:
            on_disk.write(handle)
        self._ensure_section(section)
        self.set(section, option, value)

    def save_user_option(self, section: str, option: str, value: str) -> None:
        self.save_option(user_config_path(), section, option, value)

    def save_system_option(self, section: str, option: str, value: str) -> None:
        self.save_option(BotoConfigPath, section, option, value)

    if TYPE_CHECKING:

        @overload
        def get_instance(self, name: str) -> str | None: ...
        @overload
        def get_instance(self, name: str, default: _T) -> str | _T: ...

    def get_instance(self, name: str, default: Any = None) -> Any:
        return self.get("Instance", name, default)

    if TYPE_CHECKING:

        @overload
        def get_user(self, name: str) -> str | None: ...
        @overload
        def get_user(self, name: str, default: _T) -> str | _T: ...

    def get_user(self, name: str, default: Any = None) -> Any:
        return self.get("User", name, default)

    def getint_user(self, name: str, default: int = 0) -> int:
        return self.getint("User", name, default)

    def dump(self) -> None:
        """Print the configuration, as boto 2 did (secrets included: it is the user's own)."""
        import sys

        self.write(sys.stdout)
