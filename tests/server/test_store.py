"""The store's contract: buffered writes, packed documents, shared reads that cannot go stale."""

from __future__ import annotations

import pytest

from localec2.state.store import Store


@pytest.fixture
def store():
    return Store(None)


def test_get_shares_a_document_between_requests_and_refuses_changes_in_place(store):
    with store.transaction("111122223333", "us-east-1") as tx:
        tx.put("thing", "t-1", {"Name": "a", "Tags": [{"Key": "k", "Value": "v"}]})
    with store.transaction("111122223333", "us-east-1") as tx:
        first = tx.get("thing", "t-1")
    with store.transaction("111122223333", "us-east-1") as tx:
        assert tx.get("thing", "t-1") is first
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
