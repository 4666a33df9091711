"""The `localec2` command: serve, env, reset, accounts.

Imports are kept inside the subcommands so that `localec2 serve` answers quickly.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .state.store import Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8773
DEFAULT_REGION = "us-east-1"
RUNFILE = "server.json"  # written by a running `serve`: its pid and URL


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "localec2"


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="state directory (default: $XDG_DATA_HOME/localec2)",
    )
    parser = argparse.ArgumentParser(prog="localec2", description="A local EC2 endpoint.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", parents=[common], help="run the endpoint")
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--in-memory", action="store_true", help="keep nothing on disk")
    serve.add_argument(
        "--allow-any-credentials",
        action="store_true",
        help="accept any access key; each key is its own account",
    )
    serve.add_argument(
        "--boot-seconds",
        type=float,
        default=0.0,
        help="seconds an instance spends in each transitional state",
    )

    env = commands.add_parser("env", parents=[common], help="print export lines for clients")
    env.add_argument("--host", default=DEFAULT_HOST)
    env.add_argument("--port", type=int, default=DEFAULT_PORT)

    commands.add_parser("reset", parents=[common], help="forget every resource (keeps accounts)")

    acc = commands.add_parser("accounts", parents=[common], help="list or create accounts")
    acc_commands = acc.add_subparsers(dest="accounts_command")
    create = acc_commands.add_parser("create", parents=[common], help="create an account")
    create.add_argument("--json", action="store_true", help="print the new account as JSON")
    acc.add_argument("--json", action="store_true", help="print the accounts as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    if args.command == "serve":
        return _serve(args, data_dir)
    if args.command == "env":
        return _env(args, data_dir)
    if args.command == "reset":
        return _reset(data_dir)
    return _accounts(args, data_dir)


def _serve(args: argparse.Namespace, data_dir: Path) -> int:
    from .config import ServerConfig
    from .embedded import DataDirInUse, bind_socket, lock_data_dir, make_uvicorn_server
    from .server.app import LocalEC2App, open_store
    from .state import accounts
    from .state.files import write_private

    try:
        lock = None if args.in_memory else lock_data_dir(data_dir)
    except DataDirInUse as error:
        print(f"localec2: {error}", file=sys.stderr)
        return 1
    store = open_store(None if args.in_memory else data_dir)
    default = accounts.default_account(store)
    config = ServerConfig(
        boot_seconds=args.boot_seconds, allow_any_credentials=args.allow_any_credentials
    )
    sock = bind_socket(args.host, args.port)
    url = _url(args.host, sock.getsockname()[1])
    runfile = None if args.in_memory else data_dir / RUNFILE
    if runfile is not None:
        write_private(runfile, json.dumps({"pid": os.getpid(), "url": url}))
    print(f"localec2 serving on {url}; account {default['account_id']}", file=sys.stderr)
    if args.in_memory:  # nothing on disk: these lines are the only way to learn the key
        print(f"AWS_ACCESS_KEY_ID={default['access_key_id']}", file=sys.stderr)
        print(f"AWS_SECRET_ACCESS_KEY={default['secret_access_key']}", file=sys.stderr)
    else:
        print(
            f"state in {data_dir}; `localec2 env --data-dir {data_dir}` shows the key",
            file=sys.stderr,
        )
    sys.stderr.flush()
    # uvicorn re-raises the signal that stopped it once it has shut down; exiting through
    # SystemExit instead lets the runfile and the database be closed below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        make_uvicorn_server(LocalEC2App(store, config)).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        if runfile is not None and runfile.exists():
            runfile.unlink(missing_ok=True)
        store.close()
        if lock is not None:
            lock.close()
    return 0


def _open(data_dir: Path) -> Store:
    """The data directory's store; its first use creates the default account."""
    from .server.app import open_store
    from .state import accounts

    store = open_store(data_dir)
    accounts.default_account(store)
    return store


def _env(args: argparse.Namespace, data_dir: Path) -> int:
    from .state import accounts

    store = _open(data_dir)
    try:
        default = accounts.default_account(store)
    finally:
        store.close()
    print(f"export AWS_ACCESS_KEY_ID={default['access_key_id']}")
    print(f"export AWS_SECRET_ACCESS_KEY={default['secret_access_key']}")
    print(f"export AWS_ENDPOINT_URL_EC2={_url(args.host, args.port)}")
    print(f"export AWS_ENDPOINT_URL_STS={_url(args.host, args.port)}")
    print(f"export AWS_DEFAULT_REGION={DEFAULT_REGION}")
    return 0


def _running_server(data_dir: Path) -> str | None:
    """The URL of a live `serve` of this data directory, if one answers."""
    import urllib.request

    try:
        url = str(json.loads((data_dir / RUNFILE).read_text())["url"])
        urllib.request.urlopen(url + "/_localec2/health", timeout=2).read()
        return url
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _reset(data_dir: Path) -> int:
    import urllib.request

    url = _running_server(data_dir)
    if url is not None:
        request = urllib.request.Request(url + "/_localec2/reset", method="POST")
        urllib.request.urlopen(request, timeout=30).read()
    else:
        store = _open(data_dir)
        store.reset()
        store.close()
    print(f"localec2: state in {data_dir} reset (accounts kept)", file=sys.stderr)
    return 0


def _accounts(args: argparse.Namespace, data_dir: Path) -> int:
    from .state import accounts

    store = _open(data_dir)
    try:
        if args.accounts_command == "create":
            created = accounts.create_account(store)
            if args.json:
                print(json.dumps(created))
            else:
                print(
                    f"{created['account_id']} {created['access_key_id']} "
                    f"{created['secret_access_key']}"
                )
            return 0
        listed = accounts.list_accounts(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(listed, indent=2))
        return 0
    for account in listed:
        for key in account["access_keys"]:
            print(f"{account['account_id']} {key['access_key_id']} {key['secret_access_key']}")
    return 0
