"""The store's contract: buffered writes, packed documents, shared reads that cannot go stale."""

from __future__ import annotations

import pytest

from localec2.state.store import Store


@pytest.fixture
def store():
    return Store(None)


def test_get_shares_a_document_read_again_and_refuses_changes_in_place(store):
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.put("thing", "t-1", {"Name": "a", "Tags": [{"Key": "k", "Value": "v"}]})
    with store.transaction("111122223333", "us-east-1") as tx:
        once = tx.get("thing", "t-1")  # the first read of this version: a copy of its own
    with store.transaction("111122223333", "us-east-1") as tx:
        first = tx.get("thing", "t-1")
    with store.transaction("111122223333", "us-east-1") as tx:
        assert tx.get("thing", "t-1") is first
    assert once is not first and once == first
    for change in (
        lambda d: d.__setitem__("Name", "b"),
        lambda d: d.pop("Name"),
        lambda d: d.update(Name="b"),
        lambda d: d["Tags"][0].update(Key="x"),
    ):
        with pytest.raises(TypeError):
            change(first)
    assert first == {"Name": "a", "Tags": [{"Key": "k", "Value": "v"}]}


def test_a_put_copy_replaces_the_shared_document(store):
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.put("thing", "t-1", {"Name": "a"})
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.put("thing", "t-1", dict(tx.get("thing", "t-1"), Name="b"))
    with store.transaction("111122223333", "us-east-1") as tx:
        assert tx.get("thing", "t-1") == {"Name": "b"}
        assert [doc["Name"] for doc in tx.all("thing")] == ["b"]


def test_all_hands_out_fresh_documents(store):
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.put("thing", "t-1", {"Name": "a"})
    with store.transaction("111122223333", "us-east-1") as tx:
        listed = tx.all("thing")
        listed[0]["Name"] = "changed by a caller"
        assert tx.all("thing") == [{"Name": "a"}]


def test_a_failed_request_changes_nothing(store):
    with pytest.raises(RuntimeError):
        with store.transaction("111122223333", "us-east-1") as tx:
            tx.put("thing", "t-1", {"Name": "a"})
            raise RuntimeError("the action failed")
    with store.transaction("111122223333", "us-east-1") as tx:
        assert tx.get("thing", "t-1") is None
        assert tx.all("thing") == []


def test_lists_inside_a_shared_document_are_frozen_too(store):
    """Clearing a list of a document a failed request read must not reach later requests."""
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.put("thing", "t-1", {"Tags": [{"Key": "k", "Value": "v"}], "Ids": [["a", "b"]]})
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.get("thing", "t-1")  # the first read; from the second on, it is shared
    with pytest.raises(TypeError):
        with store.transaction("111122223333", "us-east-1") as tx:
            tx.get("thing", "t-1")["Tags"].clear()
    for change in (
        lambda d: d["Tags"].append({}),
        lambda d: d["Tags"].__setitem__(0, {}),
        lambda d: d["Tags"].__delitem__(0),
        lambda d: d["Tags"].__iadd__([{}]),
        lambda d: d["Tags"].sort(),
        lambda d: d["Ids"][0].pop(),
    ):
        with store.transaction("111122223333", "us-east-1") as tx:
            with pytest.raises(TypeError):
                change(tx.get("thing", "t-1"))
    with store.transaction("111122223333", "us-east-1") as tx:
        shared = tx.get("thing", "t-1")
        assert shared == {"Tags": [{"Key": "k", "Value": "v"}], "Ids": [["a", "b"]]}
        copied = list(shared["Tags"])
        copied.append({"Key": "x", "Value": "y"})  # a copy is the caller's own
        assert len(tx.get("thing", "t-1")["Tags"]) == 1


def test_documents_of_an_older_schema_are_upgraded_once(tmp_path):
    calls = []

    def upgrade(version, kind, key, doc):
        calls.append((version, kind, key))
        return {**doc, "Upgraded": version}

    path = tmp_path / "db.sqlite3"
    old = Store(path)  # schema 1, as every store before versions were recorded
    with old.transaction("111122223333", "us-east-1") as tx:
        tx.put("thing", "t-1", {"Name": "a"})
    old.close()
    first = Store(path, schema=2, upgrade=upgrade)
    with first.transaction("111122223333", "us-east-1") as tx:
        assert tx.get("thing", "t-1") == {"Name": "a", "Upgraded": 1}
    first.close()
    assert calls == [(1, "thing", "t-1")]
    again = Store(path, schema=2, upgrade=upgrade)
    again.close()
    assert calls == [(1, "thing", "t-1")]  # already current: not upgraded twice


def test_a_new_database_starts_at_the_current_schema(tmp_path):
    def upgrade(version, kind, key, doc):
        raise AssertionError("a new database has nothing to upgrade")

    path = tmp_path / "db.sqlite3"
    store = Store(path, schema=3, upgrade=upgrade)
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.put("thing", "t-1", {"Name": "a"})
    store.close()
    Store(path, schema=3, upgrade=upgrade).close()


def test_a_first_read_is_the_readers_own_copy(store):
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.put("thing", "t-1", {"Tags": [{"Key": "k", "Value": "v"}]})
    with store.transaction("111122223333", "us-east-1") as tx:
        own = tx.get("thing", "t-1")
        own["Tags"].clear()  # a bug in an action, but one that cannot reach anyone else
    with store.transaction("111122223333", "us-east-1") as tx:
        assert tx.get("thing", "t-1") == {"Tags": [{"Key": "k", "Value": "v"}]}


def test_ids_lists_a_kind_oldest_first_with_the_transactions_own_changes(store):
    with store.transaction("111122223333", "us-east-1") as tx:
        for name in ("a", "b", "c"):
            tx.put("thing", name, {"Name": name})
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.delete("thing", "b")
        tx.put("thing", "d", {"Name": "d"})
        tx.put("thing", "a", {"Name": "a2"})
        assert tx.ids("thing") == ["a", "c", "d"] == [d["Name"][0] for d in tx.all("thing")]
    with store.transaction("111122223333", "us-east-1") as tx:
        assert tx.ids("thing") == ["a", "c", "d"]
