"""Forged page cursors (RV17-io 3): a number too large for the database was a 500 on every paged endpoint."""

from __future__ import annotations

import base64
import json

import pytest
from fastapi.testclient import TestClient

from communique.api import create_app
from communique.model import CommuniqueError
from communique.store import Corpus
from communique.store.search import decode_cursor, encode_cursor
from communique.store.synthetic import synthetic_documents


def _forged(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


FORGED = [
    _forged(["", 2**63]),  # one past SQLite's (and PostgreSQL's bigint) largest integer
    _forged(["", 10**40]),
    _forged(["", -1]),
    _forged(["", True]),  # JSON true is a Python int: it was read as pk 1
    _forged(["2024-01-01-and-more", 3]),  # no stored sort date is longer than ten characters
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('api-ux17c') / 'c.db'}"
    with Corpus(url) as corpus:
        corpus.add_many(synthetic_documents(20, seed=3))
    return TestClient(create_app(url), raise_server_exceptions=False)


@pytest.mark.parametrize("cursor", FORGED)
@pytest.mark.parametrize("path", ["/api/v1/events", "/api/v1/documents", "/api/v1/stances"])
def test_a_forged_cursor_is_invalid_cursor_not_a_server_error(client, path, cursor):
    r = client.get(path, params={"cursor": cursor})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "invalid_cursor"


@pytest.mark.parametrize("cursor", FORGED)
def test_decode_cursor_refuses_what_encode_cursor_never_writes(cursor):
    with pytest.raises(CommuniqueError):
        decode_cursor(cursor)


@pytest.mark.parametrize("sort_date, pk", [("", 1), ("2024-03-09", 2**63 - 1), ("", 0)])
def test_a_cursor_the_store_wrote_still_reads_back(sort_date, pk):
    assert decode_cursor(encode_cursor(sort_date, pk)) == (sort_date, pk)
