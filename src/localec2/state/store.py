"""The state: JSON documents per (account, region, kind, id), in memory and in SQLite.

Every request runs in one `Transaction`. Its writes are buffered; when the action returns
they are committed to SQLite (WAL) in one transaction and only then applied to memory, so an
acknowledged change survives a crash and a failed action changes nothing.
Callers never mutate a document they got; they `put` a new (or copied) document instead.
At rest in memory a document is packed (`packing.DocumentPacker`: compact JSON, deflated
against a sample of its kind), about a tenth of its size as Python objects; documents must
therefore be JSON data, as SQLite stores them anyway. `all` unpacks fresh dicts (a listing of
every instance must not stay in memory). `get` shares documents read again and again between
requests (a group's rules are read on every change to it), frozen all the way down: a change
in place raises instead of leaking into later requests; a document's first read after a
change is a fresh copy (`packing.DocumentPacker.read`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .files import private_dir, private_file
from .packing import Doc, DocumentPacker

GLOBAL = "-"  # the account and region of things that belong to no account (accounts, keys)

Partition = dict[str, dict[str, bytes]]  # kind -> id -> packed document, in creation order

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL, region TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,
    doc TEXT NOT NULL,
    UNIQUE (account, region, kind, id)
);
"""
_BOOTSTRAPPED = ("_meta", "bootstrapped")
_SCHEMA_VERSION = ("_meta", "schema")  # in the GLOBAL partition: {"version": n}
# (version the document was stored at, kind, key, document) -> the document as it is now
Upgrade = Callable[[int, str, str, Doc], Doc]
_DELETED = None


class Transaction:
    """The view of one (account, region) partition during one request."""

    def __init__(self, store: Store, account: str, region: str) -> None:
        self.store = store
        self.account = account
        self.region = region
        self._base = store._partition(account, region)
        self._unpack = store._packer.unpack
        self._read = store._packer.read
        self._pending: dict[tuple[str, str], Doc | None] = {}

    def get(self, kind: str, id: str) -> Doc | None:
        key = (kind, id)
        if key in self._pending:
            return self._pending[key]
        packed = self._base.get(kind, {}).get(id)
        return None if packed is None else self._read(kind, packed)

    def all(self, kind: str) -> list[Doc]:
        """Every document of a kind, oldest first."""
        packed = self._base.get(kind, {})
        pending = {id: doc for (k, id), doc in self._pending.items() if k == kind}
        docs = [
            pending.pop(id) if id in pending else self._unpack(kind, value)
            for id, value in packed.items()
        ]
        docs.extend(pending.values())
        return [doc for doc in docs if doc is not _DELETED]

    def ids(self, kind: str) -> list[str]:
        """The ids of a kind, oldest first, without reading a document (cheap)."""
        stored = self._base.get(kind, {})
        pending = {id: doc for (k, id), doc in self._pending.items() if k == kind}
        out = [id for id in stored if pending.get(id, True) is not _DELETED]
        out += [id for id, doc in pending.items() if id not in stored and doc is not _DELETED]
        return out

    def put(self, kind: str, id: str, doc: Doc) -> None:
        self._pending[(kind, id)] = doc

    def delete(self, kind: str, id: str) -> None:
        self._pending[(kind, id)] = _DELETED

    def other(self, region: str) -> Transaction:
        """The same account's partition in another region, committed with this one."""
        return self.store._join(self, region)

    @property
    def dirty(self) -> bool:
        return bool(self._pending)


class Store:
    """All partitions, loaded into memory at start; SQLite behind them unless in memory."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None,
        bootstrap: Callable[[Transaction], None] | None = None,
        schema: int = 1,
        upgrade: Upgrade | None = None,
        bootstrap_version: int = 1,
    ) -> None:
        """`bootstrap` fills a new (account, region), and runs again in one bootstrapped at
        an older `bootstrap_version` (so it must only add what is missing); documents stored
        at an older `schema` version are brought up to date by `upgrade` once, when the
        database is opened."""
        self._lock = threading.RLock()
        self._parts: dict[tuple[str, str], Partition] = {}
        self._packer = DocumentPacker()
        self._bootstrap = bootstrap
        self._bootstrap_version = bootstrap_version
        self._db: sqlite3.Connection | None = None
        self._joined: dict[int, list[Transaction]] = {}
        self._data_version: int | None = None
        if path is not None:
            private_dir(Path(path).parent)
            private_file(Path(path))
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # durable across a process crash
            self._db.executescript(_SCHEMA)
            self._upgrade(schema, upgrade)
            self._load()
            self._data_version = self._db.execute("PRAGMA data_version").fetchone()[0]

    def _upgrade(self, schema: int, upgrade: Upgrade | None) -> None:
        """Rewrite every document stored at an older schema version, in one transaction.

        A database from before versions were recorded is version 1; a new one is current.
        """
        assert self._db is not None
        db = self._db
        row = db.execute(
            "SELECT doc FROM docs WHERE account=? AND region=? AND kind=? AND id=?",
            (GLOBAL, GLOBAL, *_SCHEMA_VERSION),
        ).fetchone()
        if row is not None:
            stored = int(json.loads(row[0])["version"])
        else:
            stored = 1 if db.execute("SELECT 1 FROM docs LIMIT 1").fetchone() else schema
        if stored >= schema and row is not None:
            return
        db.execute("BEGIN")
        try:
            if upgrade is not None and stored < schema:
                rows = db.execute(
                    "SELECT seq, kind, id, doc FROM docs WHERE account != ? AND kind != ?",
                    (GLOBAL, _BOOTSTRAPPED[0]),
                ).fetchall()
                for seq, kind, key, text in rows:
                    doc = upgrade(stored, kind, key, json.loads(text))
                    db.execute(
                        "UPDATE docs SET doc=? WHERE seq=?",
                        (json.dumps(doc, separators=(",", ":")), seq),
                    )
            db.execute(
                "INSERT INTO docs (account, region, kind, id, doc) VALUES (?,?,?,?,?) "
                "ON CONFLICT (account, region, kind, id) DO UPDATE SET doc=excluded.doc",
                (GLOBAL, GLOBAL, *_SCHEMA_VERSION, json.dumps({"version": schema})),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _load(self) -> None:
        assert self._db is not None
        rows = self._db.execute("SELECT account, region, kind, id, doc FROM docs ORDER BY seq")
        for account, region, kind, id, doc in rows:
            packed = self._packer.pack_json(kind, doc.encode())
            self._partition(account, region).setdefault(kind, {})[id] = packed

    def reload(self, account: str, region: str) -> bool:
        """Re-read one partition from SQLite if another process wrote to the database.

        For the GLOBAL partition: `localec2 accounts create` run beside a serving endpoint.
        Returns whether anything was re-read.
        """
        if self._db is None:
            return False
        with self._lock:
            version = self._db.execute("PRAGMA data_version").fetchone()[0]
            if version == self._data_version:
                return False
            self._data_version = version
            part = self._partition(account, region)
            part.clear()
            rows = self._db.execute(
                "SELECT kind, id, doc FROM docs WHERE account=? AND region=? ORDER BY seq",
                (account, region),
            )
            for kind, id, doc in rows:
                part.setdefault(kind, {})[id] = self._packer.pack_json(kind, doc.encode())
            return True

    def _partition(self, account: str, region: str) -> Partition:
        return self._parts.setdefault((account, region), {})

    @contextmanager
    def transaction(self, account: str, region: str) -> Iterator[Transaction]:
        """Run a request's reads and writes; commit them only if the block succeeds."""
        with self._lock:
            tx = Transaction(self, account, region)
            self._joined[id(tx)] = [tx]
            try:
                if account != GLOBAL:
                    self._bootstrapped(tx)
                yield tx
                self._commit(self._joined[id(tx)])
            finally:
                del self._joined[id(tx)]

    def _bootstrapped(self, tx: Transaction) -> None:
        """Bootstrap the partition if it is new or was bootstrapped by an older version."""
        if self._bootstrap is None:
            return
        done = tx.get(*_BOOTSTRAPPED)
        if done is None or done.get("version", 1) < self._bootstrap_version:
            self._bootstrap(tx)
            tx.put(*_BOOTSTRAPPED, {"version": self._bootstrap_version})

    def _join(self, tx: Transaction, region: str) -> Transaction:
        for joined in self._joined[id(tx)]:
            if joined.region == region:
                return joined
        other = Transaction(self, tx.account, region)
        self._bootstrapped(other)
        self._joined[id(tx)].append(other)
        return other

    def _commit(self, txs: list[Transaction]) -> None:
        writes = [(tx, key, doc) for tx in txs for key, doc in tx._pending.items()]
        if not writes:
            return
        texts = [
            None if doc is _DELETED else json.dumps(doc, separators=(",", ":"))
            for _, _, doc in writes
        ]
        packed = [
            None if text is None else self._packer.pack_json(kind, text.encode())
            for (_, (kind, _), _), text in zip(writes, texts, strict=True)
        ]
        if self._db is not None:
            self._write(writes, texts)
        for (tx, (kind, id), _), value in zip(writes, packed, strict=True):
            docs = tx._base.setdefault(kind, {})
            if value is None:
                docs.pop(id, None)
            else:
                docs[id] = value

    def _write(
        self, writes: list[tuple[Transaction, tuple[str, str], Doc | None]], texts: list[str | None]
    ) -> None:
        assert self._db is not None
        db = self._db
        db.execute("BEGIN")
        try:
            for (tx, (kind, id), _), text in zip(writes, texts, strict=True):
                if text is None:
                    db.execute(
                        "DELETE FROM docs WHERE account=? AND region=? AND kind=? AND id=?",
                        (tx.account, tx.region, kind, id),
                    )
                else:
                    db.execute(
                        "INSERT INTO docs (account, region, kind, id, doc) VALUES (?,?,?,?,?) "
                        "ON CONFLICT (account, region, kind, id) DO UPDATE SET doc=excluded.doc",
                        (tx.account, tx.region, kind, id, text),
                    )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def reset(self) -> None:
        """Forget every resource; accounts and their keys (the GLOBAL partition) stay."""
        with self._lock:
            if self._db is not None:
                self._db.execute("DELETE FROM docs WHERE account != ?", (GLOBAL,))
            for key in [key for key in self._parts if key[0] != GLOBAL]:
                del self._parts[key]

    def partitions(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self._parts)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
